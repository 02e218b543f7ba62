"""Turning what a cell holds into a typed value, without losing what was typed.

Counties send numbers as text, with surrounding spaces, full-width digits,
thousands separators, a unit after the number ("363.73万元") or a percent sign
("95.94%"). :func:`parse_number` accepts all of these and says that it had to
convert, so the check can warn; a text it cannot read as a number (e.g.
"待核实") is reported as invalid, never read as zero. Blank is missing, not zero. A text
that is not plainly one number is invalid too, never read as the digits it happens to hold:
``(-5)`` (a sign inside accounting parentheses), ``10²`` (a superscript), ``1 2`` (a space
between digits). A figure of 10¹⁸ or more is invalid as out of range: the checks add figures
exactly in 28 significant digits, and no report holds such a figure.

Numbers are :class:`~decimal.Decimal`: a float from the file is taken at Excel's
15 significant digits, so float noise (21079.720000000001) never becomes a finding.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from xlrecon import units
from xlrecon.textnorm import nfkc

Kind = Literal["blank", "number", "text", "date", "bool", "invalid"]

#: texts that mean "nothing here" in Chinese tables
BLANK_MARKS = frozenset({"", "-", "--", "—", "——", "－", "/", "／"})

_NUMBER = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$")
_GROUPED = re.compile(r"^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$")
_INF = float("inf")
#: figures at or beyond this magnitude (in their cell's own unit) are not checked, but reported
MAX_MAGNITUDE = Decimal("1e18")
_MAX_FLOAT = 1e18
#: compatibility characters that NFKC would turn into digits but that are not the digits typed
_NOT_DIGITS = ("<super>", "<sub>", "<circle>", "<fraction>", "<square>")
_MINUS = str.maketrans({"−": "-", "–": "-", "﹣": "-"})


@dataclass(frozen=True)
class CellError:
    """An error value saved in a cell (``#DIV/0!``), which python-calamine reads as empty."""

    code: str

    def __str__(self) -> str:
        return self.code


@dataclass(frozen=True)
class NotComputed:
    """A formula saved without its value that xlrecon could not compute, and why: a function
    the engine lacks ("function"), a link to another workbook ("external"), a defined name or
    a whole-column range ("reference"), a range too large ("range"), a circular reference
    ("circular"), a text the engine cannot parse ("syntax"), a failure of the engine ("engine")."""

    formula: str
    why: str

    def __str__(self) -> str:
        return "=" + self.formula


#: what the reader puts in a cell python-calamine read as empty, but is not
MARKERS = (CellError, NotComputed)


def marked(raw: CellError | NotComputed) -> Value:
    """A cell holding an error value, or a formula whose value is unknown: never a number."""
    return Value("invalid", str(raw), raw, reason="error_value" if isinstance(raw, CellError) else "not_computed")


@dataclass(frozen=True)
class Value:
    """A parsed cell: its kind, the typed value, and how it was written."""

    kind: Kind
    value: Any  # Decimal for numbers, str for text, datetime/bool as read, None when blank
    raw: Any  # what the reader returned for the cell
    from_text: bool = False  # a number that was stored as text
    unit: str | None = None  # a unit written in the cell ("万元", "%")
    decimals: int | None = None  # digits after the point as typed/stored
    converted_from: str | None = None  # the cell's own unit, when the value was converted to the column's
    #: what the value was multiplied by to put it in the column's unit (10000 for 亿元 -> 万元);
    #: the precision of the digits as stored scales by the same factor
    factor: Decimal = Decimal(1)
    #: why an invalid value is invalid, when not because it is no number: "out_of_range",
    #: "error_value" (the cell holds #DIV/0! or another), "not_computed" (a formula without a
    #: saved value that could not be computed)
    reason: str | None = None

    @property
    def is_blank(self) -> bool:
        return self.kind == "blank"


def decimal_from_float(x: float) -> Decimal:
    """A float at Excel's precision of 15 significant digits."""
    if x == 0:
        return Decimal(0)
    return Decimal(format(x, ".15g"))


def _decimals(d: Decimal) -> int:
    exp = d.as_tuple().exponent
    return max(0, -exp) if isinstance(exp, int) else 0


def parse_number(raw: Any) -> Value:
    """Read a cell as a number, tolerating what counties type. Never raises."""
    if isinstance(raw, float):  # the usual cell first
        if raw != raw or raw in (_INF, -_INF):
            return Value("invalid", str(raw), raw)
        if not -_MAX_FLOAT < raw < _MAX_FLOAT:
            return Value("invalid", format(raw, ".15g"), raw, reason="out_of_range")
        if raw == 0:
            return Value("number", Decimal(0), raw, decimals=0)
        digits = format(raw, ".15g")
        d = Decimal(digits)
        # the digits after the point as written (.15g writes no trailing zeros), unless in e-notation
        point = digits.find(".")
        decimals = _decimals(d) if "e" in digits else 0 if point < 0 else len(digits) - point - 1
        return Value("number", d, raw, decimals=decimals)
    if raw is None:
        return Value("blank", None, raw)
    if raw.__class__ in MARKERS:
        return marked(raw)
    if isinstance(raw, bool):
        return Value("bool", raw, raw)
    if isinstance(raw, int):
        if not -MAX_MAGNITUDE < raw < MAX_MAGNITUDE:
            return Value("invalid", str(raw), raw, reason="out_of_range")
        return Value("number", Decimal(raw), raw, decimals=0)
    if isinstance(raw, (_dt.date, _dt.time, _dt.timedelta)):
        return Value("date", raw, raw)
    typed = str(raw)
    text = nfkc(typed).translate(_MINUS)
    s = text.strip()
    if "".join(s.split()) in BLANK_MARKS:
        return Value("blank", None, raw)
    unit = None
    for suffix in units.CELL_SUFFIXES:
        if s.endswith(suffix) and len(s) > len(suffix):
            unit = units.canonical(suffix)
            s = s[: -len(suffix)].rstrip()
            break
    negative = False
    if s.startswith("(") and s.endswith(")"):  # accounting negative: (123.45)
        negative, s = True, s[1:-1].strip()
        if s[:1] in ("+", "-"):  # (-5): which sign was meant?
            return Value("invalid", typed.strip(), raw)
    if not typed.isascii() and _compatibility_digits(typed):
        return Value("invalid", typed.strip(), raw)  # 10² is not 102
    if _GROUPED.match(s):
        s = s.replace(",", "")
    if not _NUMBER.match(s):
        return Value("invalid", str(raw).strip(), raw)
    try:
        d = Decimal(s)
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid literals
        return Value("invalid", str(raw).strip(), raw)
    if negative:
        d = -d
    if not -MAX_MAGNITUDE < d < MAX_MAGNITUDE:
        return Value("invalid", typed.strip(), raw, reason="out_of_range")
    decimals = _decimals(d)
    if unit in ("%", "‰"):
        d = d * units.UNITS[unit][1]
        decimals += 2 if unit == "%" else 3  # digits of the fraction: "95.94%" is 0.9594
    return Value("number", d, raw, from_text=True, unit=unit, decimals=decimals)


def _compatibility_digits(text: str) -> bool:
    """Whether ``text`` holds a superscript, subscript, circled or fraction character, which
    NFKC would read as plain digits."""
    return any(not ch.isascii() and unicodedata.decomposition(ch).startswith(_NOT_DIGITS) for ch in text)


def _figure_text(x: float | int) -> str:
    """A number cell's figure as the sheet shows it in General format: 20230322, not 20230322.0."""
    if isinstance(x, float) and x == x and x not in (_INF, -_INF):
        return str(int(x)) if x.is_integer() and abs(x) < 1e15 else format(x, ".15g")
    return str(x)


def text_of(raw: Any) -> str | None:
    """A cell's text as :func:`parse_text` reads it (its ``value``); None when it is blank."""
    if raw is None:
        return None
    if raw.__class__ is str:
        return nfkc(raw).strip() or None
    if isinstance(raw, float) and raw.is_integer():
        raw_text = str(int(raw))
    else:
        raw_text = str(raw)
    return nfkc(raw_text).strip() or None


#: Excel's limit on a cell's text; a longer one was not written by an office suite
MAX_TEXT = 32_767


def parse_text(raw: Any) -> Value:
    """Read a cell as text (names, labels, phone numbers): stripped, blank when empty."""
    if raw.__class__ in MARKERS:
        return marked(raw)
    s = text_of(raw)
    if s is None:
        return Value("blank", None, raw)
    if len(s) > MAX_TEXT:
        return Value("invalid", f"{s[:40]}…（{len(s):,}）", raw)  # no office suite writes such a cell
    return Value("text", s, raw)


def in_unit(v: Value, target: str | None, assumed: str | None = None) -> Value:
    """A number expressed in the column's unit ``target``.

    The number's unit is the one written in its cell ("3637300元"), else ``assumed``
    (what the header or a "单位：" line says the column is in). Same dimension (元 to
    万元): converted, with ``factor`` recording the scale, and ``converted_from`` set when
    the cell itself named the unit. A cell naming a unit of another dimension (a percent
    in a money column) is invalid for this column; a header of another dimension is
    reported once for the column, and the values are left as they are.
    """
    if v.kind != "number" or target is None:
        return v
    own = units.canonical(v.unit) if v.unit else None
    source = own or units.canonical(assumed)
    col_unit = units.canonical(target)
    if source is None or col_unit is None or source == col_unit:
        return v
    if units.dimension(source) == units.dimension(col_unit) and source not in ("%", "‰"):
        factor = units.convert(Decimal(1), source, col_unit)
        return replace(v, value=v.value * factor, factor=factor, converted_from=own)
    if own is not None:
        return replace(v, kind="invalid", value=str(v.raw).strip())
    return v


#: Excel's day zero for serial dates (1900 system, after its 1900-02-29 bug)
_EXCEL_EPOCH = _dt.date(1899, 12, 30)
_DATE_TEXT = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_DATE_DIGITS = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


def parse_date(raw: Any) -> Value:
    """Read a cell as a date: a real Excel date, an Excel serial number, or a typed date
    ("2023-03-10", "2023/3/10", "2023.3.10", "2023年3月10日", "20230310"). Never raises;
    a text that is not a calendar date is invalid, never guessed."""
    if raw is None:
        return Value("blank", None, raw)
    if raw.__class__ in MARKERS:
        return marked(raw)
    if isinstance(raw, _dt.datetime):
        return Value("date", raw.date(), raw)
    if isinstance(raw, _dt.date):
        return Value("date", raw, raw)
    if isinstance(raw, bool):
        return Value("invalid", str(raw), raw)
    if isinstance(raw, (int, float)):
        # a date cell without a date format reads as its serial number (44995 = 2023-03-10)
        if raw == raw and float(raw).is_integer() and 1 <= raw <= 2958465:
            return Value("date", _EXCEL_EPOCH + _dt.timedelta(days=int(raw)), raw, converted_from="serial")
        return Value("invalid", _figure_text(raw), raw)  # 20230322 typed as a number: not 20230322.0
    if not isinstance(raw, str):
        return Value("invalid", str(raw), raw)
    s = nfkc(raw).strip()
    if s in BLANK_MARKS:
        return Value("blank", None, raw)
    m = _DATE_TEXT.match(s) or _DATE_DIGITS.match(s)
    if m:
        try:
            return Value("date", _dt.date(int(m[1]), int(m[2]), int(m[3])), raw, from_text=True)
        except ValueError:
            pass
    return Value("invalid", s, raw)
