"""What python-calamine leaves out of a sheet: formulas, error values, hidden rows and columns.

python-calamine returns each cell's saved value only. An error value (``#DIV/0!``) and a
formula saved without its value (as openpyxl and many exports write them) both read as
empty, which a check would take for a blank. This reads the sheet's XML once more, with a
streaming parse (positions from the parse, never from a text search that could land in a
comment or a CDATA section), for what a check must know about a cell besides its value:
its formula (a shared formula given back in each cell's own terms), whether a value was
saved with it, an error value, and which rows and columns are hidden.

A sheet whose XML holds no formula, no error value and no hidden row or column (most
submissions' data sheets) is not parsed: a search of its bytes says so.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from lxml import etree

from xlrecon.findings import a1, parse_a1
from xlrecon.read import opc

Pos = tuple[int, int]  # 0-based (row, column)

#: the error values a cell may hold (Excel's, which WPS and LibreOffice write too)
ERROR_VALUES = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
                          "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!"})
#: what a sheet without formulas, error values or hidden rows and columns lacks (one search for
#: "hidden" rather than one for each way of writing hidden="1": a sheet that has the word
#: elsewhere is only parsed, and finds nothing hidden)
_MARKS = (b"<f", b":f>", b't="e"', b"t='e'", b"hidden")


@dataclass
class SheetCells:
    """A sheet's formulas, error values and hidden rows and columns (0-based positions)."""

    formulas: dict[Pos, str] = field(default_factory=dict)  # the formula's text, without "="
    uncached: set[Pos] = field(default_factory=set)  # formula cells saved without a value
    errors: dict[Pos, str] = field(default_factory=dict)  # error values saved in cells
    hidden_rows: set[int] = field(default_factory=set)
    hidden_cols: set[int] = field(default_factory=set)
    filtered: bool = False  # the sheet has an autofilter (rows it hides are hidden rows)

    def __bool__(self) -> bool:
        return bool(self.formulas or self.errors or self.hidden_rows or self.hidden_cols)


def read_sheet_cells(data: bytes, part: str) -> SheetCells:
    """The sheet part's cells as this module describes them; raises
    :class:`~xlrecon.read.opc.PackageError` for a part that cannot be parsed safely."""
    out = SheetCells()
    if not any(m in data for m in _MARKS):
        return out
    if opc.DTD.search(data):
        raise opc.PackageError("dtd", part=part)
    shared: dict[str, tuple[Pos, str]] = {}  # si -> (the master cell, its formula)
    try:
        for _, el in etree.iterparse(io.BytesIO(data), events=("end",), resolve_entities=False, no_network=True,
                                     load_dtd=False, huge_tree=True, remove_comments=True):
            tag = etree.QName(el).localname if isinstance(el.tag, str) else ""
            if tag == "c":
                _cell(el, out, shared)
                el.clear(keep_tail=False)
            elif tag == "row":
                if _true(el.get("hidden")) and (r := el.get("r", "")).isdigit():
                    out.hidden_rows.add(int(r) - 1)
                el.clear(keep_tail=False)
            elif tag == "col":
                if _true(el.get("hidden")):
                    lo, hi = int(el.get("min", "0") or 0), int(el.get("max", "0") or 0)
                    if 1 <= lo <= hi <= 16384:
                        out.hidden_cols.update(range(lo - 1, hi))
            elif tag == "autoFilter":
                out.filtered = True
    except etree.XMLSyntaxError as exc:
        raise opc.PackageError("bad_xml", part=part, detail=str(exc)) from None
    return out


def _cell(el: etree._Element, out: SheetCells, shared: dict[str, tuple[Pos, str]]) -> None:
    pos = parse_ref(el.get("r", ""))
    if pos is None:
        return
    f = v = None
    for child in el:
        if not isinstance(child.tag, str):
            continue
        local = etree.QName(child).localname
        if local == "f":
            f = child
        elif local == "v":
            v = child
    if el.get("t") == "e" and v is not None and (v.text or "").strip():
        out.errors[pos] = (v.text or "").strip()
    if f is None:
        return
    text = f.text or ""
    if f.get("t") == "shared" and (si := f.get("si")) is not None:
        if text:
            shared[si] = (pos, text)
        elif si in shared:
            origin, master = shared[si]
            text = translate(master, origin, pos)
    if not text:
        return
    out.formulas[pos] = text
    if v is None or (v.text is None and el.get("t") not in ("str", "inlineStr")):
        out.uncached.add(pos)


def translate(formula: str, origin: Pos, dest: Pos) -> str:
    """A shared formula written for ``origin``, as it reads in cell ``dest`` (relative
    references moved, absolute ones kept), by openpyxl's formula translator."""
    from openpyxl.formula.translate import Translator

    return Translator("=" + formula, origin=a1(*origin)).translate_formula(a1(*dest))[1:]


def parse_ref(ref: str) -> Pos | None:
    """ "B5" -> (4, 1); None for anything else."""
    try:
        row, col = parse_a1(ref)
    except ValueError:
        return None
    return row - 1, col - 1


def _true(v: str | None) -> bool:
    return v in ("1", "true")
