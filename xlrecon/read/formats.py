"""How many decimals a cell shows: read from the number format of an .xlsx/.xlsm cell.

python-calamine gives values, not styles, so this reads the two parts that say how a
cell is displayed (found as :mod:`xlrecon.read.opc` finds them): the styles part (number
formats and the cell-format table) and the sheet's XML (each ``<c r="B5" s="3">``'s style
index). It is read lazily, only when a comparison needs a value's precision (a sum that is
not exact), so a workbook whose totals agree never pays for it.

A value shown with d decimals stands for the interval ±0.5·10⁻ᵈ; a cell in the
General format has no stated precision (``None``), and the caller falls back to
the digits stored.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

import numpy as np

from xlrecon.findings import column_index, column_letter
from xlrecon.read import opc

#: Excel's built-in number formats that fix the decimals shown (id -> decimals of the value)
_BUILTIN: dict[int, int] = {
    1: 0, 2: 2, 3: 0, 4: 2, 9: 2, 10: 4,  # 9 "0%", 10 "0.00%": decimals of the fraction
    37: 0, 38: 0, 39: 2, 40: 2,  # accounting
    5: 0, 6: 0, 7: 2, 8: 2,  # currency
}
_DATE_IDS = frozenset(range(14, 23)) | frozenset(range(45, 48))

_CELL_TAG = re.compile(rb"<(?:\w+:)?c\s[^>]*>")
_ATTR_R = re.compile(rb'\sr="([A-Z]{1,3})(\d+)"')
_ATTR_S = re.compile(rb'\ss="(\d+)"')
_NUMFMT = re.compile(rb'<(?:\w+:)?numFmt\s[^>]*?numFmtId="(\d+)"[^>]*?formatCode="([^"]*)"')
_NUMFMT_REV = re.compile(rb'<(?:\w+:)?numFmt\s[^>]*?formatCode="([^"]*)"[^>]*?numFmtId="(\d+)"')
_CELLXFS = re.compile(rb"<(?:\w+:)?cellXfs\b[^>]*>(.*?)</(?:\w+:)?cellXfs>", re.S)
_XF = re.compile(rb"<(?:\w+:)?xf\b([^>]*)>")
_XF_FMT = re.compile(rb'numFmtId="(\d+)"')


def format_decimals(code: str) -> int | None:
    """Decimals of the value that a format code shows, or None (General, text, dates).

    >>> format_decimals("0.00"), format_decimals("#,##0.0_ "), format_decimals("0.00%")
    (2, 1, 4)
    >>> format_decimals("General") is None
    True
    """
    section = code.split(";", 1)[0]
    section = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.', "", section)
    if not section or section.lower() == "general" or "@" in section:
        return None
    if re.search(r"[yYmMdDhHsS]", section.replace("E+", "").replace("e+", "")):
        return None  # a date or time
    if re.search(r"[eE][+-]", section):
        return None  # scientific: the shown precision is relative, not fixed
    if not re.search(r"[0#?]", section):
        return None
    m = re.search(r"\.([0#?]*)", section)
    decimals = len(m.group(1)) if m else 0
    # trailing commas scale by thousands: "0.0," shows thousands with one decimal
    scale = len(re.search(r"(,*)[^0#?,]*$", section).group(1))
    decimals -= 3 * scale
    if "%" in section:
        decimals += 2
    return decimals


#: no decimals stated (a General cell, a date, text) in a :class:`Shown`'s arrays
NONE = -(1 << 15)
#: a sheet's XML larger than this is not held for its formats: a column's cell tags are looked
#: for as the part is inflated again, piece by piece (a 200,000-row sheet's XML is 120 MiB)
HELD = 16 << 20
_PIECE = 2 << 20


class Shown(Mapping[int, int]):
    """The decimals the cells of one column show, by 0-based row: only the cells whose number
    format fixes them, as two arrays (``rows`` ascending, ``decimals``), not one dict entry a
    cell. :meth:`at` looks many rows up at once."""

    __slots__ = ("rows", "decimals", "_few")

    def __init__(self, rows: np.ndarray, decimals: np.ndarray) -> None:
        self.rows, self.decimals = rows, decimals
        self._few: dict[int, int] | None = None  # a short column's cells as a dict, for one()

    @classmethod
    def of(cls, by_row: dict[int, int]) -> Shown:
        rows = sorted(by_row)
        return cls(np.array(rows, dtype=np.int64), np.array([by_row[r] for r in rows], dtype=np.int16))

    def at(self, rows: Iterable[int]) -> list[int | None]:
        """The decimals of each of ``rows``, None for a cell that states none."""
        q = np.fromiter(rows, dtype=np.int64)
        if not len(self.rows) or not q.size:
            return [None] * int(q.size)
        i = np.minimum(np.searchsorted(self.rows, q), len(self.rows) - 1)
        d = np.where(self.rows[i] == q, self.decimals[i], NONE).tolist()
        return [None if x == NONE else x for x in d]

    def one(self, row: int) -> int | None:
        """The decimals of the cell of ``row``, None when it states none: as :meth:`at` gives
        them, without its arrays (a rule's terms ask cell by cell, thousands of times a file)."""
        if len(self.rows) <= _FEW:
            if self._few is None:
                self._few = dict(zip(self.rows.tolist(), self.decimals.tolist()))
            return self._few.get(row)
        i = int(self.rows.searchsorted(row))
        return int(self.decimals[i]) if i < len(self.rows) and int(self.rows[i]) == row else None

    def __getitem__(self, row: int) -> int:
        got = self.one(row)
        if got is None:
            raise KeyError(row)
        return got

    def __iter__(self) -> Iterator[int]:
        return iter(self.rows.tolist())

    def __len__(self) -> int:
        return len(self.rows)


#: a column of at most this many cells stating decimals is looked up cell by cell in a dict
_FEW = 4096

#: a column none of whose cells states decimals
EMPTY = Shown(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int16))


class SheetFormats:
    """The decimals each cell of one sheet displays, read on first use, column by column.

    A column is read by one search for its cell tags in the usual form (``<c r="F12" s="3">``,
    as Excel, LibreOffice, WPS and XlsxWriter write them): the tags it meets are recorded, and
    when a caller reads a cell whose tag it did not meet (a tag of another form, with another
    attribute first or without an address), the whole sheet is read the general way instead.
    A large sheet's XML is not kept: it is inflated again, a piece at a time, for each column."""

    def __init__(self, path: str | Path, sheet: str) -> None:
        self.path = Path(path)
        self.sheet = sheet
        self._cells: dict[tuple[int, int], int | None] | None = None  # the whole sheet, when read so
        self._columns: dict[int, Shown] = {}
        self._met: dict[int, np.ndarray] = {}  # rows (ascending) whose tags a column's search met
        #: the sheet's XML (None: inflated again when needed), the decimals of each cell format
        self._parts: tuple[bytes | None, tuple[int | None, ...]] | None = None
        #: the decimals the workbook's cell formats fix (none: every cell is General), once known
        self._fixed: frozenset[int] | None = None

    @classmethod
    def of(cls, path: str | Path, sheet: str, data: bytes, xf_decimals: tuple[int | None, ...]) -> SheetFormats:
        """The formats of a sheet whose XML and styles' decimals the caller has read already
        (the workbook reader, which inflates each sheet once)."""
        out = cls(path, sheet)
        out._parts = out._prepared(data, xf_decimals)
        if out._parts is None and out._cells is None:
            out._cells = {}
        return out

    def decimals(self, row: int, col: int) -> int | None:
        """Decimals shown by the cell at 0-based ``row``/``col``; None when unknown or General."""
        shown = self.column(col)
        met = self._met.get(col)
        if met is not None:
            i = int(met.searchsorted(row))  # met is ascending
            if not (i < len(met) and int(met[i]) == row):
                return self.column(col, (row,)).get(row)  # a tag the search did not meet
        return shown.one(row)

    def column(self, col: int, rows: Iterable[int] = ()) -> Shown:
        """Decimals shown by the cells of 0-based column ``col`` that state them, by 0-based row,
        right for the cells of ``rows`` (the ones the caller reads)."""
        out = self._columns.get(col)
        if out is None:
            try:
                out = self._read_column(col)
            except Exception:  # noqa: BLE001 - precision is a refinement; fall back to stored digits
                out = EMPTY
            self._columns[col] = out
        met = self._met.get(col)
        if met is not None:
            q = np.fromiter(rows, dtype=np.int64)
            if q.size and not np.isin(q, met, assume_unique=False).all():
                self._read_all()  # a cell whose tag the column's search did not meet
                return self.column(col)
        return out

    def _pieces(self) -> Iterator[bytes | memoryview]:
        """The sheet's XML in pieces that end where a tag starts: the XML kept, or the part
        inflated again from the file."""
        assert self._parts is not None
        data = self._parts[0]
        if data is not None:
            yield data
            return
        with opc.ZipParts(self.path) as parts:
            workbook = opc.workbook_part(parts)
            target = opc.sheet_part(parts, workbook, self.sheet) if workbook is not None else None
            if target is None:
                return
            carry = b""
            for piece in parts.pieces(target, _PIECE):
                if carry:
                    piece = carry + piece
                cut = piece.rfind(b"<")
                if cut <= 0:
                    carry = piece
                    continue
                carry = piece[cut:]
                yield memoryview(piece)[:cut]
            if carry:
                yield carry

    def _read_all(self) -> None:
        """Read every cell tag of the sheet, whatever its form, for every column from now on."""
        assert self._parts is not None
        xf_decimals = self._parts[1]
        try:
            cells: dict[tuple[int, int], int | None] = {}
            for piece in self._pieces():
                got = _read_cells(piece, xf_decimals)
                if got is None:
                    cells = {}
                    break
                cells.update(got)
            self._cells = cells
        except Exception:  # noqa: BLE001 - precision is a refinement; fall back to stored digits
            self._cells = {}
        self._parts = None
        self._columns.clear()
        self._met.clear()

    def _read_column(self, col: int) -> Shown:
        if self._cells is None and self._parts is None:
            self._parts = self._load()
        if self._cells is None:
            assert self._parts is not None
            xf_decimals = self._parts[1]
            if not xf_decimals:
                return EMPTY
            # one search for this column's tags in the usual form; the rows met are kept
            pattern = re.compile(rb'<c r="' + column_letter(col).encode() + rb'(\d+)"(?: s="(\d+)")?([^>]*)>')
            rows, styles = [], []
            for piece in self._pieces():
                found = pattern.findall(piece)
                if found:
                    r, st = _styles(found)
                    rows.append(r)
                    styles.append(st)
            if not rows:
                self._met[col] = np.zeros(0, dtype=np.int64)
                return EMPTY
            r, st = np.concatenate(rows), np.concatenate(styles)
            lut = np.array([NONE if d is None else d for d in xf_decimals] + [NONE], dtype=np.int16)
            dec = lut[np.where((st < 0) | (st >= len(xf_decimals)), len(xf_decimals), st)]
            if len(r) > 1 and not (r[1:] > r[:-1]).all():  # tags out of order, or one cell twice: the last counts
                last = len(r) - 1 - np.unique(r[::-1], return_index=True)[1]
                r, dec = r[last], dec[last]
            self._met[col] = r
            stated = dec != NONE
            return Shown(r[stated], dec[stated])
        return Shown.of({r: d for (r, c), d in self._cells.items() if c == col and d is not None})

    def _load(self) -> tuple[bytes | None, tuple[int | None, ...]] | None:
        """The sheet's XML (None when it is large: read again as needed) and the decimals each
        cell format shows; None when the sheet's elements carry a namespace prefix, and the
        whole sheet has been read the general way."""
        with opc.ZipParts(self.path) as parts:
            workbook = opc.workbook_part(parts)
            if workbook is None:
                return b"", ()
            target = opc.sheet_part(parts, workbook, self.sheet)
            styles = opc.styles_part(parts, workbook)
            if target is None or styles is None or parts.name(styles) is None:
                return b"", ()
            xf_decimals = style_decimals(parts.read(styles))
            if not any(d is not None for d in xf_decimals):
                return b"", ()
            if parts.size(target) > HELD:
                head = next(iter(parts.pieces(target, 4096)), b"")
                if _unprefixed(head):
                    self._fixed = frozenset(d for d in xf_decimals if d is not None)
                    return None, xf_decimals
            data = parts.read(target)
        return self._prepared(data, xf_decimals)

    def fewest_decimals(self) -> int | None:
        """The fewest decimals that any of the workbook's cell formats fixes, None when none fixes
        any (every cell is General): no cell of the sheet shows fewer. Known without reading the
        sheet's cells."""
        if self._fixed is None:
            if self._cells is not None:
                self._fixed = frozenset(d for d in self._cells.values() if d is not None)
            else:
                try:
                    self._parts = self._parts or self._load()
                except Exception:  # noqa: BLE001 - precision is a refinement; as if every cell were General
                    self._parts = (b"", ())
                if self._fixed is None:
                    self._fixed = frozenset()
        return min(self._fixed) if self._fixed else None

    def _prepared(self, data: bytes, xf_decimals: tuple[int | None, ...]
                  ) -> tuple[bytes | None, tuple[int | None, ...]] | None:
        self._fixed = frozenset(d for d in xf_decimals if d is not None)
        if not any(d is not None for d in xf_decimals):
            return b"", ()
        if _unprefixed(data):
            return (data if len(data) <= HELD else None), xf_decimals
        self._cells = _read_cells(data, xf_decimals) or {}
        return None


def _styles(found: list[tuple[bytes, bytes, bytes]]) -> tuple[np.ndarray, np.ndarray]:
    """The 0-based rows and style indices (-1: none) of a column's tags as found."""
    rows, styles, rests = [f[0] for f in found], [f[1] for f in found], [f[2] for f in found]  # zip(*) is slower
    r = np.array(rows).astype(np.int64) - 1
    st = np.array(styles)
    later = np.flatnonzero((st == b"") & (np.char.find(np.array(rests), b's="') >= 0)) \
        if b's="' in b"".join(rests) else ()
    if len(later):  # s after another attribute
        st = st.astype(object)
        for i in later.tolist():
            m = _ATTR_S.search(rests[i])
            st[i] = m.group(1) if m else b""
        st = st.astype(bytes)
    return r, np.where(st == b"", b"-1", st).astype(np.int64)


def _unprefixed(data: bytes) -> bool:
    """Whether a sheet's elements have no namespace prefix (``<worksheet>``, not ``<x:worksheet>``
    with ``<x:c>`` cells), so that its cell tags can be searched for as ``<c r="``."""
    head = data[:4096]
    i = head.find(b"worksheet")
    return i >= 1 and head[i - 1:i] == b"<"


def _read_cells(data: bytes | memoryview, xf_decimals: tuple[int | None, ...]
                ) -> dict[tuple[int, int], int | None] | None:
    """Every cell's decimals, whatever form its tag has; None when a cell has no address
    (positions cannot be trusted)."""
    out: dict[tuple[int, int], int | None] = {}
    for tag in _CELL_TAG.finditer(data):
        t = tag.group(0)
        s = _ATTR_S.search(t)
        if not s:
            continue
        idx = int(s.group(1))
        if idx >= len(xf_decimals) or xf_decimals[idx] is None:
            continue
        r = _ATTR_R.search(t)
        if not r:
            return None
        out[(int(r.group(2)) - 1, column_index(r.group(1).decode("ascii")))] = xf_decimals[idx]
    return out


def _unescape(b: bytes) -> str:
    import html

    return html.unescape(b.decode("utf-8", "replace"))


@functools.lru_cache(maxsize=64)
def style_decimals(styles: bytes) -> tuple[int | None, ...]:
    """The decimals each cell format (``cellXfs`` entry) shows; worked out once per distinct
    styles part (the files of a batch mostly share theirs)."""
    custom: dict[int, str] = {}
    for m in _NUMFMT.finditer(styles):
        custom[int(m.group(1))] = _unescape(m.group(2))
    for m in _NUMFMT_REV.finditer(styles):
        custom.setdefault(int(m.group(2)), _unescape(m.group(1)))
    block = _CELLXFS.search(styles)
    if not block:
        return ()
    out: list[int | None] = []
    for xf in _XF.finditer(block.group(1)):
        m = _XF_FMT.search(xf.group(1))
        fid = int(m.group(1)) if m else 0
        if fid in custom:
            out.append(format_decimals(custom[fid]))
        elif fid in _DATE_IDS:
            out.append(None)
        else:
            out.append(_BUILTIN.get(fid))
    return tuple(out)
