"""A table found in a sheet: its columns, its rows, and where every value came from.

A table read from a sheet keeps its data rows column by column, as they were read
(:class:`TableData`): the sheet row of every data row, recorded when it was read, and
for every template column its sheet column and the raw cell values. Typed values and
:class:`Row`/:class:`Cell` objects are made from these on demand -- a check that screens
whole columns (:meth:`Table.numbers`) only ever makes the cells it reports. A table can
also be given its rows ready-made (``row_list``); every accessor then reads them, and
gives the same answers (tests hold both ways to each other).
"""

from __future__ import annotations

import datetime as _dt
import math
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

import numpy as np

from xlrecon.findings import CellRef
from xlrecon.read.values import MAX_MAGNITUDE, Value, text_of

if TYPE_CHECKING:
    import pandas as pd

    from xlrecon.read.formats import SheetFormats
    from xlrecon.read.roles import Structure
    from xlrecon.templates.model import Template


class Cell(NamedTuple):
    """One value of a table and the cell it was read from (a named tuple: one per cell read)."""

    where: CellRef
    value: Value


@dataclass(frozen=True)
class ColumnHit:
    """Where a template column was found: its sheet column, header path and header unit."""

    name: str
    col: int  # 0-based sheet column
    header: tuple[str, ...]  # normalised header texts, top level first
    header_cell: CellRef
    header_unit: str | None = None


@dataclass
class Row:
    row: int  # 0-based sheet row
    kind: Literal["data", "total"]
    label: str | None  # the key cell's text as typed (stripped), or the total marker
    key: str | None  # the label normalised for comparison (whitespace removed)
    cells: dict[str, Cell] = field(default_factory=dict)


@dataclass
class TableData:
    """A table's data rows as read, column by column.

    ``sheet_rows[k]`` is the 0-based sheet row of data row ``k``; ``raw[name][k]`` what the
    reader returned for its cell in template column ``name`` (None when empty), at sheet
    column ``cols[name]``; ``readers[name]`` turns a raw value into the column's
    :class:`~xlrecon.read.values.Value`; ``plain[name]`` says whether that reader
    leaves a plain float as :func:`~xlrecon.read.values.parse_number` reads it (no
    unit to convert it from)."""

    sheet_rows: Sequence[int]  # an array("i") as the layout reads it
    cols: dict[str, int]
    raw: dict[str, list[Any]]
    readers: dict[str, Callable[[Any], Value]]
    plain: dict[str, bool]


#: decimals tried when a float is read as an integer coefficient and a scale (see :func:`_scaled`)
_MAX_DECIMALS = 15
_POW10 = [10.0 ** d for d in range(_MAX_DECIMALS + 1)]
#: the scale of _scaled's test that tells most floats short at once (amounts of 2 decimals,
#: rates of 4, counts): any scale that passes the test makes a float short
_ONE_TEST = 4


_UNSUMMED = object()


@dataclass
class Numbers:
    """A numeric column's data rows at once.

    ``floats[k]`` is ``float(value)`` of row ``k``'s value when it is a number, else NaN;
    ``blank[k]`` whether it is blank. ``odd`` holds the value of every other cell that is
    not a plain float (a text number, a converted or unreadable value, an integer, a date):
    a cell in neither is a float read as is (``raw[k]``) -- a number of Excel's 15
    significant digits, no unit, not converted. Most such floats are short (at most 15
    significant digits and 15 decimals): ``coef[k]`` and ``dec[k]`` then hold that number
    as ``coef[k] * 10**-dec[k]``, the fewest decimals that give the float back (-1 for the
    others), so sums and decimals are worked out in integers. Those two are worked out on
    first use: most columns are only screened, never added up."""

    floats: np.ndarray
    blank: np.ndarray
    odd: dict[int, Value]
    raw: np.ndarray
    _exacts: list[Decimal | None] | None = None
    _pairs: tuple[np.ndarray, np.ndarray] | None = None  # (coef, dec), once worked out
    _sum: Any = _UNSUMMED

    @property
    def coef(self) -> np.ndarray:
        if self._pairs is None:
            self._pairs = _scaled(self.raw)
        return self._pairs[0]

    @property
    def dec(self) -> np.ndarray:
        if self._pairs is None:
            self._pairs = _scaled(self.raw)
        return self._pairs[1]

    def is_plain(self, k: int) -> bool:
        return not self.blank[k] and k not in self.odd

    def digits(self, k: int) -> str:
        """A plain float's digits as :func:`~xlrecon.read.values.parse_number` keeps them."""
        return float_digits(float(self.raw[k]))

    def exact(self, k: int) -> Decimal | None:
        """Row ``k``'s number as a Decimal (the value's ``value``); None when not a number."""
        if self._exacts is not None:
            return self._exacts[k]
        v = self.odd.get(k)
        if v is not None:
            return v.value if v.kind == "number" else None
        if self.blank[k]:
            return None
        d = int(self.dec[k])
        return Decimal(int(self.coef[k])).scaleb(-d) if d >= 0 else Decimal(self.digits(k))

    @property
    def exacts(self) -> list[Decimal | None]:
        """Every row's number as a Decimal; None where not a number."""
        if self._exacts is None:
            self._exacts = [self.exact(k) for k in range(len(self.floats))]
        return self._exacts

    def sum(self) -> Decimal | None:
        """The exact sum of the numbers, as adding them in row order to ``Decimal(0)`` gives it
        (the same digits and exponent); None when some cell holds something that is not a number.
        Worked out once (a 合计 check and a batch digest both ask)."""
        if self._sum is _UNSUMMED:
            self._sum = self._add()
        return self._sum

    def _add(self) -> Decimal | None:
        if any(v.kind != "number" for v in self.odd.values()):
            return None
        plain = ~self.blank
        if not self.odd and (self.dec[plain] >= 0).all():
            # short floats only: an exact integer sum at the finest scale, whose exponent the
            # Decimal sum has too
            total = scaled_sum(self.coef[plain], self.dec[plain])
            if total is not None:
                return total
        return sum([x for x in self.exacts if x is not None], Decimal(0))

    def numbers_sum(self) -> tuple[Decimal, int]:
        """The numbers alone (cells that are not numbers left out) added up in row order, as
        :meth:`sum` adds them, and how many there are."""
        total = self.sum()
        if total is None:
            total = sum([x for x in self.exacts if x is not None], Decimal(0))
        count = int((~self.blank).sum()) if not self.odd else sum(1 for x in self.exacts if x is not None)
        return total, count

    def typed_decimals(self, k: int) -> int:
        """Digits after the point of a plain float as stored (its value's ``decimals``)."""
        if self.dec[k] >= 0:
            return int(self.dec[k])
        d = self.digits(k)
        if "e" in d:
            exp = Decimal(d).as_tuple().exponent
            return max(0, -exp) if isinstance(exp, int) else 0
        point = d.find(".")
        return 0 if point < 0 else len(d) - point - 1


#: coefficients below this stay exact in Decimal's default context (28 digits)
DECIMAL_EXACT = 10 ** 28


def scaled_ints(coef: np.ndarray, dec: np.ndarray, top: int) -> tuple[int, int]:
    """``sum(coef[i] * 10**(top - dec[i]))`` and the same sum of absolute values, as exact
    integers (``top`` at least every ``dec[i]``): numpy sums per scale where int64 cannot
    overflow, Python integers otherwise."""
    c = coef.astype(np.int64)
    if len(c) * int(np.abs(c).max(initial=0)) < 2 ** 62:
        scales = np.unique(dec).tolist()
        return (sum(int(c[dec == d].sum()) * 10 ** (top - d) for d in scales),
                sum(int(np.abs(c[dec == d]).sum()) * 10 ** (top - d) for d in scales))
    xs = [v * 10 ** (top - d) for v, d in zip(c.tolist(), dec.tolist())]
    return sum(xs), sum(map(abs, xs))


def scaled_sum(coef: np.ndarray, dec: np.ndarray) -> Decimal | None:
    """``sum(coef[i] * 10**-dec[i])`` as adding their Decimals to ``Decimal(0)`` one by one gives
    it: the exponent ``-max(dec)`` (0 when empty). None when a step of that Decimal sum could
    round (a coefficient of 28 digits or more)."""
    if not len(coef):
        return Decimal(0)
    top = int(dec.max())
    total, bound = scaled_ints(coef, dec, top)
    return None if bound >= DECIMAL_EXACT else Decimal(total).scaleb(-top)


def _scaled(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each finite float as an integer coefficient and decimals, ``x == coef / 10**dec``, with
    the fewest decimals (up to 15) and fewer than 10**15 as coefficient; dec -1 where there is none.

    Such a decimal has at most 15 significant digits and rounds to the float, so it is the
    float's nearest 15-digit decimal (those lie far more than half a float step apart): the
    digits ``format(x, ".15g")`` writes, with as many decimals, and ``float`` of them is x.
    The products and quotients are single IEEE operations on exact integers and powers of
    ten, so each test is exact."""
    n = len(x)
    coef = np.zeros(n)
    dec = np.full(n, -1, dtype=np.int8)  # -1 to 15: a byte a row
    todo = np.flatnonzero(np.isfinite(x))
    with np.errstate(all="ignore"):
        for d, p in enumerate(_POW10):
            if not todo.size:
                break
            xs = x[todo]
            c = np.rint(xs * p)
            ok = (np.abs(c) < 1e15) & (c / p == xs)
            hit = todo[ok]
            coef[hit], dec[hit] = c[ok], d
            todo = todo[~ok]
    return coef, dec


def plain_value(v: Value) -> bool:
    """Whether a value is a float read as is: what :class:`Numbers` leaves out of ``odd``."""
    return (v.kind == "number" and v.raw.__class__ is float and not v.from_text and v.unit is None
            and v.converted_from is None and v.factor == 1)


def float_digits(x: float) -> str:
    """The digits :func:`~xlrecon.read.values.parse_number` keeps of a finite float."""
    return "0" if x == 0 else format(x, ".15g")


class Table:
    """A table read from a sheet: where its header and columns are, its data and total rows."""

    def __init__(self, sheet: str, template: Template, header_rows: tuple[int, int], columns: dict[str, ColumnHit],
                 *, data: TableData | None = None, row_list: list[Row] | None = None, total: Row | None = None,
                 more_totals: list[Row] | None = None, formats: SheetFormats | None = None) -> None:
        assert (data is None) != (row_list is None), "a table is given either its data or its rows"
        self.sheet, self.template, self.header_rows, self.columns = sheet, template, header_rows, columns
        self.data = data
        self._rows = row_list
        self.total = total  # the first total (合计) row, wherever it stands
        self.more_totals: list[Row] = more_totals or []  # any further total rows
        self.unit_line: str | None = None  # unit from a "单位：万元" line above the header
        self.unit_line_cell: CellRef | None = None
        self.skipped_header_repeats = 0
        #: the sheet rows where the table's zone starts (its title lines, for the first table of a
        #: sheet the sheet's top) and where it ended (None: at the sheet's end)
        self.top = 0
        self.end: int | None = None
        #: the data rows (sheet rows, 0-based) and the columns (names) the sheet hides: still
        #: the table's, read and checked; and whether an autofilter hides the rows
        self.hidden_rows: tuple[int, ...] = ()
        self.hidden_cols: tuple[str, ...] = ()
        self.filtered = False
        #: the formulas of the table's columns, anywhere on the sheet ((row, col) -> text without
        #: "="), and which of those columns' cells hold a value (for a 合计 formula's range)
        self.formulas: dict[tuple[int, int], str] = {}
        self.filled: frozenset[tuple[int, int]] = frozenset()
        #: the unit each found column's values are in, decided once when the table is read:
        #: the template's, else the header's ("（万元）"), else a money column takes the unit line's.
        #: Values stated in another unit of the same dimension are converted into it when read.
        self.units: dict[str, str | None] = {}
        #: the unit the sheet itself states for a column (header suffix or unit line), and where
        self.stated_units: dict[str, tuple[str, CellRef]] = {}
        #: the decimals each cell displays (number formats), for .xlsx files; None otherwise
        self.formats = formats
        #: how the data rows stand to each other (of-which, subtotal, parent rows), set once the
        #: file's registry is known (:func:`xlrecon.read.structure.find`); None: not looked at (flat)
        self.structure: Structure | None = None
        #: what checks work out once per table and column (a column's precision)
        self.memo: dict[str, dict[str, Any]] = {}
        self._row: dict[int, Row] = {}
        self._values: dict[str, list[Value]] = {}
        self._numbers: dict[str, Numbers] = {}
        self._texts: dict[str, list[str | None]] = {}
        self._dates: dict[str, list[_dt.date | None]] = {}
        self._labels: tuple[list[str | None], list[str | None]] | None = None

    def __repr__(self) -> str:
        return f"Table({self.template.name!r} on {self.sheet!r}, {self.n} rows)"

    # --- rows -----------------------------------------------------------------------------

    @property
    def n(self) -> int:
        """How many data rows the table has."""
        return len(self.data.sheet_rows) if self.data is not None else len(self._rows or [])

    @property
    def rows(self) -> list[Row]:
        """The data rows, in sheet order (made, for a table read from a sheet, on first use)."""
        if self._rows is None:
            self._rows = [self.row(k) for k in range(self.n)]
        return self._rows

    def row(self, k: int) -> Row:
        """Data row ``k`` (0-based among the data rows)."""
        if self._rows is not None:
            return self._rows[k]
        out = self._row.get(k)
        if out is None:
            d = self.data
            assert d is not None
            i = d.sheet_rows[k]
            cells = {name: Cell(CellRef(self.sheet, i, d.cols[name]), self.value(name, k)) for name in d.cols}
            labels, keys = self.labels_and_keys()
            out = self._row[k] = Row(i, "data", labels[k], keys[k], cells)
        return out

    def cell_ref(self, name: str, k: int) -> CellRef:
        """Where data row ``k``'s value of column ``name`` was read."""
        if self.data is None:
            return self.rows[k].cells[name].where
        return CellRef(self.sheet, self.data.sheet_rows[k], self.data.cols[name])

    def cell_rows(self, name: str) -> Sequence[int]:
        """The sheet row of every data row's cell of column ``name``."""
        if self.data is None:
            return [r.cells[name].where.row for r in self.rows]
        return self.data.sheet_rows

    def labels_and_keys(self) -> tuple[list[str | None], list[str | None]]:
        """Every data row's label (the key cell's text) and key (the label as compared)."""
        if self._labels is None:
            if self.data is None:
                self._labels = [r.label for r in self.rows], [r.key for r in self.rows]
            else:
                key = self.template.key
                labels = list(self.texts(key)) if key in self.data.cols else [None] * self.n
                # a label is a text() already in NFKC, which squash() would apply again: only the
                # whitespace is left to take out
                self._labels = labels, [None if t is None else "".join(t.split()) for t in labels]
        return self._labels

    @property
    def total_rows(self) -> list[Row]:
        """Every total (合计) row, the first one first."""
        return ([self.total] if self.total else []) + self.more_totals

    def sheet_rows(self) -> Sequence[int]:
        """The sheet row (0-based) of every data row."""
        return self.data.sheet_rows if self.data is not None else [r.row for r in self.rows]

    def unit_of(self, column: str) -> str | None:
        return self.units.get(column)

    # --- columns --------------------------------------------------------------------------

    def value(self, name: str, k: int) -> Value:
        """Data row ``k``'s value of column ``name``."""
        if name in self._values:
            return self._values[name][k]
        if self.data is None:
            return self.rows[k].cells[name].value
        return self.data.readers[name](self.data.raw[name][k])

    def values(self, name: str) -> list[Value]:
        """Every data row's value of column ``name``."""
        out = self._values.get(name)
        if out is None:
            if self.data is None:
                out = [r.cells[name].value for r in self.rows]
            else:
                read = self.data.readers[name]
                out = [read(v) for v in self.data.raw[name]]
            self._values[name] = out
        return out

    def dates(self, name: str) -> list[_dt.date | None]:
        """Every data row's date in a date column (its value's ``value`` where it reads as a
        date), None elsewhere: a cell typed as a date is its date, only the others are read."""
        out = self._dates.get(name)
        if out is None:
            if self.data is None or name in self._values:
                out = [v.value if v.kind == "date" else None for v in self.values(name)]
            else:
                read = self.data.readers[name]
                out = [v if v.__class__ is _dt.date else v.date() if v.__class__ is _dt.datetime
                       else None if v is None else _date_of(read(v)) for v in self.data.raw[name]]
            self._dates[name] = out
        return out

    def unreadable(self, name: str) -> list[int]:
        """The data rows whose cell in column ``name`` cannot be read as the column's type (its
        value is ``invalid``): of a date column, only cells not typed as dates are read; of a
        numeric column, only the cells that are not plain numbers (:class:`Numbers`' ``odd``)."""
        spec = self.template.column(name)
        if spec.numeric and name not in self._values:
            return sorted(k for k, v in self.numbers(name).odd.items() if v.kind == "invalid")
        if self.data is None or name in self._values or spec.type != "date":
            return [k for k, v in enumerate(self.values(name)) if v.kind == "invalid"]
        read = self.data.readers[name]
        return [k for k, v in enumerate(self.data.raw[name])
                if v is not None and v.__class__ is not _dt.date and v.__class__ is not _dt.datetime
                and read(v).kind == "invalid"]

    def texts(self, name: str) -> list[str | None]:
        """Every data row's text in a text column (its value's ``value``), None where blank."""
        out = self._texts.get(name)
        if out is None:
            assert self.template.column(name).type == "text", name
            if self.data is None:
                out = [v.value if v.kind == "text" else None for v in self.values(name)]
            else:
                norm = unicodedata.normalize  # text_of, its usual case inline
                out = [(norm("NFKC", v).strip() or None) if v.__class__ is str else text_of(v)
                       for v in self.data.raw[name]]
            self._texts[name] = out
        return out

    def numbers(self, name: str) -> Numbers:
        """A numeric column's data rows as :class:`Numbers`, without a value object for the
        plain floats that most cells hold."""
        out = self._numbers.get(name)
        if out is None:
            if self.data is None or not self.data.plain[name]:
                out = _numbers_of(self.values(name))
            else:
                out = _numbers_from_raw(self.data.raw[name], self.data.readers[name])
            self._numbers[name] = out
        return out

    def frame(self) -> pd.DataFrame:
        """The data rows as a DataFrame (one column per template column found, position index).

        Numbers are floats, text is ``object``; a value that could not be read is NaN, and
        the findings of the reading checks say why. Row ``i`` of the frame is ``self.rows[i]``.
        """
        import pandas as pd

        data: dict[str, Any] = {}
        for name in self.columns:
            spec = self.template.column(name)
            if spec.numeric:
                data[name] = pd.Series(self.numbers(name).floats, dtype="float64")
            else:
                data[name] = pd.Series([v.value if v.kind in ("text", "date") else None for v in self.values(name)],
                                       dtype="object")
        return pd.DataFrame(data)


def _date_of(v: Value) -> _dt.date | None:
    return v.value if v.kind == "date" else None


def _numbers_of(values: list[Value]) -> Numbers:
    """Numbers from values already read (a table given its rows)."""
    n = len(values)
    floats = np.full(n, np.nan)
    blank = np.zeros(n, dtype=bool)
    raw = np.full(n, np.nan)
    odd: dict[int, Value] = {}
    for k, v in enumerate(values):
        if v.kind == "number":
            floats[k] = float(v.value)
        if v.kind == "blank":
            blank[k] = True
        elif plain_value(v):
            raw[k] = v.raw
        else:
            odd[k] = v
    return Numbers(floats, blank, odd, raw)


_FLOAT_ONLY = frozenset({float})
#: floats read as is lie inside this magnitude; the others are read (and reported) one by one
_MAX_FLOAT = float(MAX_MAGNITUDE)


def _numbers_from_raw(raw: list[Any], read: Callable[[Any], Value]) -> Numbers:
    """Numbers from a column's raw cells: the floats at once, every other cell read one by one."""
    n = len(raw)
    nan = math.nan
    xs = np.array(raw, dtype=float) if set(map(type, raw)) <= _FLOAT_ONLY else None
    # the usual column: floats only, each finite and inside the range the checks take (NaN fails)
    if xs is not None and (np.abs(xs) < _MAX_FLOAT).all():
        blank = np.zeros(n, dtype=bool)
        odd: dict[int, Value] = {}
    else:
        plain = [nan] * n
        blanks = [False] * n
        odd = {}
        for k, x in enumerate(raw):
            if x.__class__ is float and -_MAX_FLOAT < x < _MAX_FLOAT:
                plain[k] = x
            elif x is None:
                blanks[k] = True
            else:
                v = read(x)
                if v.kind == "blank":
                    blanks[k] = True
                else:
                    odd[k] = v
        xs = np.array(plain, dtype=float)
        blank = np.array(blanks, dtype=bool)
    # long or tiny floats (no coefficient and decimals, see _scaled) read as their 15 digits;
    # a float that one scale turns into such a pair is short, only the others are looked at
    with np.errstate(all="ignore"):
        c = np.rint(xs * _POW10[_ONE_TEST])
        maybe_long = np.flatnonzero(~((np.abs(c) < 1e15) & (c / _POW10[_ONE_TEST] == xs)) & np.isfinite(xs))
    del c
    long = maybe_long[_scaled(xs[maybe_long])[1] < 0].tolist() if maybe_long.size else []
    # the floats as read, the same array, unless one reads otherwise: -0.0 as 0, a long float
    # as its 15 digits, a cell that is not a plain float as its value
    floats = xs + 0.0 if long or odd or (np.signbit(xs) & (xs == 0)).any() else xs
    for k in long:
        floats[k] = float(float_digits(float(xs[k])))
    for k, v in odd.items():
        floats[k] = float(v.value) if v.kind == "number" else nan
    return Numbers(floats, blank, odd, xs)
