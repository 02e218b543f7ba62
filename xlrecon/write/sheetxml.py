"""Edits of one worksheet part, made on its bytes so that everything else stays byte for byte.

A worksheet can hold hundreds of thousands of rows; re-serialising a parsed tree would rewrite
every byte. Only three things are ever edited: the ``s`` (style) attribute of named cells, cells
or rows that have to be created so that an empty cell can carry a fill, and the
``<legacyDrawing>`` element that links the sheet's notes. Where each element is comes from a
streaming XML parse (:mod:`xlrecon.write.xmlscan`): the worksheet's children and its rows in one
pass, a row's cells from a parse of that row; text in a comment, a CDATA section or a processing
instruction is never taken for an element. A row or cell without an ``r`` attribute takes the
position after the previous one, as the format says.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from dataclasses import dataclass

from xlrecon.findings import column_letter, parse_a1
from xlrecon.read.opc import DTD, MAIN_NS, R_NS, PackageError
from xlrecon.write import xmlscan

_DECL_ENC = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']""")
#: one attribute of a start tag, from where the previous one ended
_ATTRIBUTE = re.compile(rb"""\s*([^\s=/>]+)\s*=\s*("[^"]*"|'[^']*')""")
_TAG_NAME = re.compile(rb"<[^\s/>]+")

#: elements that must come after <legacyDrawing> in a worksheet (ECMA-376 CT_Worksheet order)
_AFTER_LEGACY = {"legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls",
                 "webPublishItems", "tableParts", "extLst"}


@dataclass(frozen=True)
class Element:
    """A child of ``<worksheet>``: its local name and byte offsets (start, end of its start tag,
    end); for ``mc:AlternateContent``, the local names of its grandchildren (what it holds)."""

    name: str
    start: int
    open_end: int
    end: int
    inner: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Row:
    number: int
    start: int
    open_end: int  # end of the start tag (== end for a self-closing <row/>)
    end: int
    style: int | None  # the row's style when it sets one (customFormat), else None


@dataclass(frozen=True)
class Cell:
    col: int  # 1-based
    start: int
    open_end: int
    s: str | None  # the ``s`` attribute as written


@dataclass
class CellStyle:
    """What a named cell looks like now: its tag's style (None when it has no ``s``), whether
    the cell exists, and the style it shows when it does not (row or column style)."""

    ref: str
    exists: bool
    s: str | None  # the ``s`` attribute as written (None: no attribute; it may be "")
    shown: int  # the style index the cell displays


def _style_number(s: str | None) -> int | None:
    return int(s) if s and s.isdigit() else None


def _row_style(attrs: dict[str, str]) -> int:
    """The style a row's attributes give its empty cells (``s`` with ``customFormat``), -1 for none."""
    s = _style_number(attrs.get("s"))
    return s if s is not None and attrs.get("customFormat") in ("1", "true") else -1


#: a sheet holding none of these has a tag wherever it has a ``<`` (well-formed XML allows a
#: ``<`` nowhere else: not in a text, not in an attribute value), so its tags can be found by pattern
_MARKUP = (b"<!--", b"<![CDATA[", b"<?")
_NAME = rb"(?:[A-Za-z_][\w.-]*:)?"
_TAG = re.compile(rb"""<(/?)([^\s/>!?]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(/?)>""")
#: a row's start or end tag (in a plain sheet's <sheetData>, where nothing else is named row)
_ROW_TAG = re.compile(rb"<(/?)" + _NAME + rb"""row(?=[\s/>])((?:[^>"'/]|/(?!>)|"[^"]*"|'[^']*')*)(/?)>""")
#: a row's start tag as office suites write it (its number first, double quotes); group 2 is "/"
#: for a self-closing one
_ROW_QUICK = re.compile(rb"""<row r="(\d+)"(?:[^>"'/]|"[^"]*")*(/?)>""")
_ROW_CLOSE = re.compile(rb"</row\s*>")
_SHEET_DATA_END = re.compile(rb"</" + _NAME + rb"sheetData\s*>")


def plain(data: bytes) -> bool:
    """Whether a part holds no comment, CDATA section or processing instruction past its XML
    declaration (so that every ``<`` in it starts a tag)."""
    decl = data.find(b"?>") + 2 if data[:64].lstrip()[:5] == b"<?xml" else 0
    return all(data.find(m, decl if m == b"<?" else 0) < 0 for m in _MARKUP)


class _Layout:
    """Where a worksheet's elements are: the root, its children, and the rows of ``<sheetData>``
    (offsets in arrays: a sheet of a million rows costs tens of MB, not a million objects).

    Made by :meth:`parse` (expat, for any sheet) or by :meth:`scan` (patterns over the tags, for a
    :func:`plain` sheet: the same result, several times faster; the tests hold the two equal)."""

    def __init__(self) -> None:
        self.root: tuple[str, int, int] | None = None  # name, start, end of start tag
        self.root_end = 0
        self.top: list[Element] = []
        self.numbers, self.starts, self.opens, self.ends = array("q"), array("q"), array("q"), array("q")
        self.styles = array("q")
        self.ascending = True
        #: for a scanned layout, the <sheetData> whose rows are found when first asked for
        self._pending: tuple[bytes, str, int, int] | None = None

    def ready(self) -> _Layout:
        """The layout with its rows (a scan finds them now, the first time)."""
        if self._pending is not None:
            data, part, start, end = self._pending
            self._pending = None
            self._scan_rows(data, part, start, end)
        return self

    def _add_row(self, attrs: dict[str, str], start: int, open_end: int) -> None:
        r = attrs.get("r")
        number = int(r) if r and r.isdigit() else (self.numbers[-1] if self.numbers else 0) + 1
        if self.numbers and number <= self.numbers[-1]:
            self.ascending = False
        self.numbers.append(number)
        self.starts.append(start)
        self.opens.append(open_end)
        self.styles.append(_row_style(attrs))

    @classmethod
    def parse(cls, data: bytes, part: str) -> _Layout:
        self = cls()
        p = xmlscan.make_parser(part)
        state: dict = {"depth": 0, "top": None, "in_data": False, "seen_data": False, "row": False}
        local, tag_end, element_end = xmlscan.local, xmlscan.tag_end, xmlscan.element_end

        def start(name: str, attrs: dict[str, str]) -> None:
            depth = state["depth"] = state["depth"] + 1
            if depth > 3:
                top = state["top"]
                if depth == 4 and top is not None and top[0] == "AlternateContent":
                    top[3].add(local(name))
                return
            at = p.CurrentByteIndex
            if depth == 3:
                state["row"] = state["in_data"] and local(name) == "row"
                if state["row"]:
                    self._add_row(attrs, at, tag_end(data, at))
            elif depth == 2:
                state["top"] = [local(name), at, tag_end(data, at), set()]
                state["in_data"] = state["top"][0] == "sheetData" and not state["seen_data"]
            else:
                self.root = (name, at, tag_end(data, at))

        def end(name: str) -> None:
            depth = state["depth"]
            state["depth"] = depth - 1
            if depth > 3:
                return
            at = p.CurrentByteIndex
            if depth == 3:
                if state["row"]:
                    self.ends.append(element_end(data, self.opens[-1], at))
                    state["row"] = False
            elif depth == 2:
                name_, start_, open_end, inner = state["top"]
                self.top.append(Element(name_, start_, open_end, element_end(data, open_end, at), frozenset(inner)))
                if state["in_data"]:
                    state["in_data"], state["seen_data"] = False, True
                state["top"] = None
            else:
                self.root_end = element_end(data, self.root[2], at)

        p.StartElementHandler = start
        p.EndElementHandler = end
        xmlscan.feed(p, data, part)
        return self

    @classmethod
    def scan(cls, data: bytes, part: str) -> _Layout:
        """The layout of a :func:`plain` sheet, from its tags: the worksheet's children by walking
        the tags outside ``<sheetData>``, the rows by a search for row tags inside it."""
        self = cls()
        depth = 0
        top: list | None = None
        pos = 0
        seen_data = False
        while True:
            m = _TAG.search(data, pos)
            if m is None:
                break
            closing, name, self_closing = m.group(1), m.group(2).decode("utf-8", "replace"), m.group(4)
            pos = m.end()
            if closing:
                if depth == 2 and top is not None:
                    self.top.append(Element(top[0], top[1], top[2], m.end(), frozenset(top[3])))
                    top = None
                elif depth == 1:
                    self.root_end = m.end()
                    break
                depth -= 1
                continue
            depth += 1
            if depth == 1:
                self.root = (name, m.start(), m.end())
            elif depth == 2:
                top = [xmlscan.local(name), m.start(), m.end(), set()]
                if top[0] == "sheetData" and not seen_data and not self_closing:
                    seen_data = True
                    close = _SHEET_DATA_END.search(data, m.end())
                    if close is None:
                        raise PackageError("no_sheet_data", part=part)
                    self._pending = (data, part, m.end(), close.start())
                    pos = close.start()
            elif depth == 4 and top is not None and top[0] == "AlternateContent":
                top[3].add(xmlscan.local(name))
            if self_closing:
                if depth == 2 and top is not None:
                    self.top.append(Element(top[0], top[1], top[2], m.end(), frozenset(top[3])))
                    top = None
                depth -= 1
        if self.root is not None and not self.root_end:
            raise PackageError("bad_xml", part=part, detail="the worksheet is not closed")
        return self

    def _scan_rows(self, data: bytes, part: str, start: int, end: int) -> None:
        """The rows of a plain sheet's <sheetData>, where nothing else is named row: the quick
        scan for rows as office suites write them, else every row tag by pattern."""
        if data.find(b":row", start, end) >= 0 or not self._scan_rows_quickly(data, start, end):
            self._scan_rows_by_pattern(data, part, start, end)

    def _scan_rows_quickly(self, data: bytes, start: int, end: int) -> bool:
        """The rows as office suites write them (``<row r="12" …>``, double quotes): one search for
        the start tags, one for the end tags, then a check that they pair up. False when any row
        is written otherwise; nothing is kept then."""
        starts: list[int] = []
        opens: list[int] = []
        numbers: list[int] = []
        empty: list[bool] = []
        styles: list[int] = []
        for m in _ROW_QUICK.finditer(data, start, end):
            starts.append(m.start())
            opens.append(m.end())
            numbers.append(int(m.group(1)))
            empty.append(bool(m.group(2)))
            tag = m.group(0)
            styles.append(_row_style(_tag_attributes(tag)) if b"customFormat" in tag else -1)
        if len(starts) != data.count(b"<row", start, end):
            return False
        closes = [m.end() for m in _ROW_CLOSE.finditer(data, start, end)]
        if len(closes) != empty.count(False):
            return False
        ends: list[int] = []
        k = 0
        for i, is_empty in enumerate(empty):
            if is_empty:
                ends.append(opens[i])
                continue
            close = closes[k]
            k += 1
            if close <= opens[i] or (i + 1 < len(starts) and close > starts[i + 1]):
                return False
            ends.append(close)
        self.numbers, self.starts, self.opens, self.ends = (array("q", x) for x in (numbers, starts, opens, ends))
        self.styles = array("q", styles)
        self.ascending = all(a < b for a, b in zip(numbers, numbers[1:]))
        return True

    def _scan_rows_by_pattern(self, data: bytes, part: str, start: int, end: int) -> None:
        open_row = False
        for m in _ROW_TAG.finditer(data, start, end):
            if m.group(1):  # </row>
                if not open_row:
                    raise PackageError("bad_xml", part=part, detail=f"an unopened </row> at byte {m.start()}")
                self.ends.append(m.end())
                open_row = False
                continue
            if open_row:
                raise PackageError("bad_row", part=part, row=str(self.numbers[-1]))
            self._row_tag(data, m)
            if m.group(3):
                self.ends.append(m.end())
            else:
                open_row = True
        if open_row:
            raise PackageError("bad_row", part=part, row=str(self.numbers[-1]))

    def _row_tag(self, data: bytes, m: re.Match[bytes]) -> None:
        self._add_row(_tag_attributes(m.group(0)), m.start(), m.end())

    def row(self, i: int) -> Row:
        s = self.styles[i]
        return Row(self.numbers[i], self.starts[i], self.opens[i], self.ends[i], None if s < 0 else s)

    def __len__(self) -> int:
        return len(self.numbers)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, _Layout):
            return False
        self.ready(), other.ready()
        return all(getattr(self, k) == getattr(other, k) for k in (
            "root", "root_end", "top", "numbers", "starts", "opens", "ends", "styles", "ascending"))


class SheetXml:
    """One worksheet part's bytes and the edits made on them."""

    def __init__(self, data: bytes, part: str) -> None:
        enc = _DECL_ENC.match(data)
        if enc and enc.group(1).lower().replace(b"-", b"") not in (b"utf8",):
            raise PackageError("encoding", part=part, encoding=enc.group(1).decode("ascii", "replace"))
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            raise PackageError("encoding", part=part, encoding="UTF-16")
        if DTD.search(data):
            raise PackageError("dtd", part=part)
        self.part = part
        self.data = data
        self._plain = plain(data)
        self._layout: _Layout | None = None
        layout = self.layout
        if layout.root is None or xmlscan.local(layout.root[0]) != "worksheet":
            raise PackageError("not_worksheet", part=part)
        name = layout.root[0]
        self.prefix = (name.rpartition(":")[0] + ":").encode() if ":" in name else b""  # b"" or b"x:"
        if self._sheet_data() is None:
            raise PackageError("no_sheet_data", part=part)

    # -- where things are ------------------------------------------------------
    @property
    def layout(self) -> _Layout:
        """The elements' offsets, parsed when first needed after the bytes changed."""
        if self._layout is None:
            build = _Layout.scan if self._plain else _Layout.parse
            self._layout = build(self.data, self.part)
        return self._layout

    def _changed(self, data: bytes) -> None:
        if data is not self.data:
            self.data = data
            self._plain = plain(data)
            self._layout = None

    def _sheet_data(self) -> Element | None:
        return next((e for e in self.layout.top if e.name == "sheetData"), None)

    @property
    def root_tag(self) -> bytes:
        _, start, open_end = self.layout.root
        return self.data[start:open_end]

    def _data_close(self) -> tuple[int, int]:
        """The offsets of ``</sheetData>`` (both its open end for ``<sheetData/>``)."""
        sd = self._sheet_data()
        if sd.open_end == sd.end:
            return sd.open_end, sd.open_end
        return self.data.rfind(b"</", sd.open_end, sd.end), sd.end

    def rows(self) -> list[Row]:
        layout = self.layout.ready()
        return [layout.row(i) for i in range(len(layout))]

    def locate(self, n: int) -> tuple[Row | None, int]:
        """Row ``n`` (or None) and the offset where a row ``n`` would be inserted. Rows stored in
        ascending order (as they must be) are found by bisection; otherwise row by row."""
        layout = self.layout.ready()
        count = len(layout)
        if layout.ascending:
            i = bisect_left(layout.numbers, n)
            if i < count and layout.numbers[i] == n:
                return layout.row(i), layout.starts[i]
            return None, layout.starts[i] if i < count else self._data_close()[0]
        numbers = layout.numbers
        if n in numbers:
            i = numbers.index(n)
            return layout.row(i), layout.starts[i]
        after = next((i for i in range(count) if numbers[i] > n), None)
        return None, layout.starts[after] if after is not None else self._data_close()[0]

    def cells(self, row: Row) -> list[Cell]:
        """The cells of a row, from a parse of that row's bytes."""
        if row.open_end == row.end:
            return []
        out: list[Cell] = []
        last = 0
        for at, attrs in _children(self.data, row.start, row.end, self.part, "c"):
            r = attrs.get("r")
            col = _column_of(r) if r else None
            last = last + 1 if col is None else col
            out.append(Cell(last, at, xmlscan.tag_end(self.data, at), attrs.get("s")))
        return out

    def _row_close(self, row: Row) -> int:
        """Where the end tag of a row that is not self-closing starts."""
        return self.data.rfind(b"</", row.open_end, row.end)

    def column_styles(self) -> dict[int, int]:
        """Column styles declared in ``<cols>`` (what an empty cell in that column shows)."""
        out: dict[int, int] = {}
        for el in self.layout.top:
            if el.name != "cols":
                continue
            for _, child in _children(self.data, el.start, el.end, self.part, "col"):
                lo, hi, s = (_style_number(child.get(k)) for k in ("min", "max", "style"))
                if lo is not None and hi is not None and s is not None and hi - lo < 20000:
                    for c in range(lo, hi + 1):
                        out[c] = s
        return out

    def styles(self, refs: list[str]) -> dict[str, CellStyle]:
        """The current style of each named cell."""
        wanted: dict[int, list[tuple[str, int]]] = {}
        for ref in refs:
            r, c = parse_a1(ref)
            wanted.setdefault(r, []).append((ref, c))
        cols = None
        out: dict[str, CellStyle] = {}
        for r, items in wanted.items():
            row = self.locate(r)[0]
            cells = {c.col: c for c in self.cells(row)} if row else {}
            row_s = row.style if row is not None else None
            for ref, c in items:
                cell = cells.get(c)
                if cell is not None:
                    out[ref] = CellStyle(ref, True, cell.s, _style_number(cell.s) or 0)
                else:
                    if row_s is None and cols is None:
                        cols = self.column_styles()
                    shown = row_s if row_s is not None else (cols or {}).get(c, 0)
                    out[ref] = CellStyle(ref, False, None, shown)
        return out

    # -- editing ---------------------------------------------------------------
    def set_numbers(self, changes: dict[str, str]) -> list[str]:
        """Write a new number (its decimal text) into each named cell that holds a typed number
        (no formula, no text, no error); returns the cells that could not be written so, which
        are left as they were."""
        data = self.data
        p = self.prefix
        edits: list[tuple[int, int, bytes]] = []
        refused: list[str] = []
        by_row: dict[int, dict[int, tuple[str, str]]] = {}
        for ref, text in changes.items():
            r, c = parse_a1(ref)
            by_row.setdefault(r, {})[c] = (ref, text)
        for r, wanted in by_row.items():
            row = self.locate(r)[0]
            cells = {c.col: c for c in self.cells(row)} if row is not None else {}
            for c, (ref, text) in wanted.items():
                cell = cells.get(c)
                tag = data[cell.start:cell.open_end] if cell is not None else b""
                open_cell = cell is not None and not tag.endswith(b"/>")
                close = data.find(b"</" + p + b"c>", cell.open_end) if open_cell else -1
                inner = data[cell.open_end:close] if close >= 0 else b""
                kind = _tag_attributes(tag).get("t") if tag else None
                if close < 0 or kind not in (None, "n") or b"<" + p + b"f" in inner or b"<" + p + b"v" not in inner:
                    refused.append(ref)
                    continue
                edits.append((cell.open_end, close, b"<" + p + b"v>" + text.encode("ascii") + b"</" + p + b"v>"))
        for start, end, new in sorted(edits, reverse=True):
            data = data[:start] + new + data[end:]
        self._changed(data)
        return refused

    def set_styles(self, changes: dict[str, int | str | None]) -> tuple[set[str], set[int], set[int]]:
        """Set the ``s`` of each named cell (None removes the attribute). A cell that does not
        exist is created, empty, with the style; a row that does not exist is created around
        it. Returns what had to be made: (cells created, rows created, rows opened — a
        self-closing ``<row …/>`` that now holds a created cell)."""
        data = self.data
        p = self.prefix
        edits: list[tuple[int, int, bytes]] = []
        made_cells: set[str] = set()
        made_rows: set[int] = set()
        opened: set[int] = set()
        by_row: dict[int, dict[int, tuple[str, int | str | None]]] = {}
        for ref, s in changes.items():
            r, c = parse_a1(ref)
            by_row.setdefault(r, {})[c] = (ref, s)

        def new_cell(ref: str, s: int) -> bytes:
            return b"<" + p + b"c r=\"" + ref.encode() + b"\" s=\"" + str(s).encode() + b"\"/>"

        for r in sorted(by_row):
            row, at = self.locate(r)
            wanted = sorted(by_row[r].items())
            if row is None:
                new = [(ref, s) for _, (ref, s) in wanted if s is not None]
                if not new:
                    continue
                text = (b"<" + p + b"row r=\"" + str(r).encode() + b"\">" + b"".join(new_cell(*x) for x in new)
                        + b"</" + p + b"row>")
                edits.append((at, at, text))
                made_rows.add(r)
                made_cells.update(ref for ref, _ in new)
                continue
            cells = self.cells(row)
            present = {cell.col: cell for cell in cells}
            if row.open_end == row.end:  # <row …/>
                missing = [(ref, s) for c, (ref, s) in wanted if c not in present and s is not None]
                if missing:
                    edits.append((row.open_end - 2, row.open_end, b">" + b"".join(new_cell(*x) for x in missing)
                                  + b"</" + p + b"row>"))
                    made_cells.update(ref for ref, _ in missing)
                    opened.add(r)
                continue
            close = self._row_close(row)
            for c, (ref, s) in wanted:
                cell = present.get(c)
                if cell is None:
                    if s is None:
                        continue
                    at = next((cl.start for cl in cells if cl.col > c), close)
                    edits.append((at, at, new_cell(ref, s)))
                    made_cells.add(ref)
                    continue
                edits.append((cell.start, cell.open_end, _with_style(data[cell.start:cell.open_end], s)))
        sd = self._sheet_data()
        if sd.open_end == sd.end and edits:
            # <sheetData/> becomes <sheetData>…</sheetData> around the new rows (0 in ``opened`` says so)
            tag = data[sd.start:sd.open_end]
            inner = b"".join(text for _, _, text in sorted(edits, key=lambda e: e[0]))
            edits = [(sd.start, sd.open_end, tag[:-2].rstrip() + b">" + inner + b"</" + p + b"sheetData>")]
            opened.add(0)
        self._changed(_apply(data, edits))
        return made_cells, made_rows, opened

    def drop_created(self, cells: set[str], rows: set[int], opened: set[int]) -> None:
        """Undo :meth:`set_styles`' creations: cells still exactly as created, then rows left
        empty, then rows that were self-closing before."""
        p = re.escape(self.prefix)
        edits = []
        for number in sorted({parse_a1(ref)[0] for ref in cells}):
            row = self.locate(number)[0]
            if row is None:
                continue
            for cell in self.cells(row):
                ref = column_letter(cell.col - 1) + str(row.number)
                if ref in cells and re.fullmatch(rb"<" + p + rb"c r=\"" + ref.encode() + rb"\" s=\"\d+\"/>",
                                                 self.data[cell.start:cell.open_end]):
                    edits.append((cell.start, cell.open_end, b""))
        self._changed(_apply(self.data, edits))
        edits = []
        for number in sorted(rows | opened - {0}):
            row = self.locate(number)[0]
            if row is None or row.open_end == row.end or self.data[row.open_end:self._row_close(row)].strip():
                continue  # self-closing, or still holds something
            if number in rows and re.fullmatch(rb"<" + p + rb"row r=\"" + str(number).encode() + rb"\">",
                                               self.data[row.start:row.open_end]):
                edits.append((row.start, row.end, b""))
            elif number in opened:
                edits.append((row.open_end - 1, row.end, b"/>"))
        self._changed(_apply(self.data, edits))
        sd = self._sheet_data()
        if 0 in opened and sd.open_end != sd.end and not self.data[sd.open_end:self._data_close()[0]].strip():
            self._changed(self.data[:sd.open_end - 1] + b"/>" + self.data[sd.end:])

    def legacy_drawing(self) -> tuple[str | None, bytes | None]:
        """The relationship id of the sheet's ``<legacyDrawing>`` and the element's text, if any."""
        el = next((e for e in self.layout.top if e.name == "legacyDrawing"), None)
        if el is None:
            return None, None
        tag = self.data[el.start:el.open_end]
        rid = next((value for name, value in _attributes(tag) if name.endswith(b":id")), None)
        return (rid.decode("utf-8", "replace") if rid is not None else None), self.data[el.start:el.end]

    def legacy_drawing_text(self, rid: str) -> bytes:
        p = self.prefix
        rp = re.search(rb"""xmlns:([\w.-]+)\s*=\s*["']""" + re.escape(R_NS.encode()) + rb"""["']""", self.root_tag)
        if rp:
            return b"<" + p + b"legacyDrawing " + rp.group(1) + b":id=\"" + rid.encode() + b"\"/>"
        return (b"<" + p + b"legacyDrawing xmlns:r=\"" + R_NS.encode() + b"\" r:id=\"" + rid.encode() + b"\"/>")

    def add_legacy_drawing(self, rid: str) -> bytes:
        """Insert ``<legacyDrawing r:id=…/>`` where the schema wants it; returns the text inserted."""
        text = self.legacy_drawing_text(rid)
        at = self._insert_point()
        self._changed(self.data[:at] + text + self.data[at:])
        return text

    def remove_text(self, text: bytes) -> bool:
        """Remove the child of ``<worksheet>`` written exactly as ``text`` (one xlrecon added)."""
        el = next((e for e in self.layout.top if self.data[e.start:e.end] == text), None)
        if el is None:
            return False
        self._changed(self.data[:el.start] + self.data[el.end:])
        return True

    def _insert_point(self) -> int:
        """Offset before the first child of <worksheet> that must follow <legacyDrawing>."""
        for el in self.layout.top:
            if el.name in _AFTER_LEGACY or (el.name == "AlternateContent" and el.inner & _AFTER_LEGACY):
                return el.start
        _, _, open_end = self.layout.root
        return self.data.rfind(b"</", open_end, self.layout.root_end)


def _attributes(tag: bytes) -> list[tuple[bytes, bytes]]:
    """A start tag's attributes as (name, value as written, without its quotes)."""
    return [(name, value[1:-1]) for name, value, _, _, _ in _attribute_spans(tag)]


def _tag_attributes(tag: bytes) -> dict[str, str]:
    """A start tag's attributes as expat gives them (names and values as text; entity
    references in values are left as written, which numbers and booleans never hold)."""
    return {k.decode("utf-8", "replace"): v.decode("utf-8", "replace") for k, v in _attributes(tag)}


def _attribute_spans(tag: bytes) -> list[tuple[bytes, bytes, int, int, int]]:
    """A start tag's attributes: name, quoted value, where the value (quotes included) is, and
    where the attribute begins (the space before its name)."""
    m = _TAG_NAME.match(tag)
    pos = m.end() if m else 0
    out = []
    while True:
        a = _ATTRIBUTE.match(tag, pos)
        if a is None:
            return out
        out.append((a.group(1), a.group(2), a.start(2), a.end(2), a.start()))
        pos = a.end()


def _children(data: bytes, start: int, end: int, part: str, name: str) -> list[tuple[int, dict[str, str]]]:
    """The children named ``name`` of the element at ``data[start:end]`` (a row, ``<cols>``),
    parsed: each one's offset in ``data`` and its attributes."""
    p = xmlscan.make_parser(part)
    out: list[tuple[int, dict[str, str]]] = []
    depth = [0]

    def on_start(tag: str, attrs: dict[str, str]) -> None:
        depth[0] += 1
        if depth[0] == 2 and xmlscan.local(tag) == name:
            out.append((start + p.CurrentByteIndex, attrs))

    def on_end(tag: str) -> None:
        depth[0] -= 1

    p.StartElementHandler = on_start
    p.EndElementHandler = on_end
    xmlscan.feed(p, data, part, start, end)
    return out


def _with_style(tag: bytes, s: int | str | None) -> bytes:
    """A cell's start tag with its style set to ``s`` (None: no style attribute)."""
    span = next(((a, b, begin) for name, _, a, b, begin in _attribute_spans(tag) if name == b"s"), None)
    if s is None:  # the attribute goes, from the space before its name to its closing quote
        return tag if span is None else tag[:span[2]] + tag[span[1]:]
    if span is not None:
        return tag[:span[0]] + b"\"" + str(s).encode() + b"\"" + tag[span[1]:]
    name_end = _TAG_NAME.match(tag).end()
    return tag[:name_end] + b" s=\"" + str(s).encode() + b"\"" + tag[name_end:]


def _apply(data: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    if not edits:
        return data
    out = []
    pos = 0
    for start, end, text in sorted(edits, key=lambda e: (e[0], e[1])):
        out.append(data[pos:start])
        out.append(text)
        pos = end
    out.append(data[pos:])
    return b"".join(out)


__all__ = ["SheetXml", "CellStyle", "Row", "Cell", "Element", "MAIN_NS"]


def _column_of(ref: str) -> int | None:
    """The 1-based column of an A1 address, None when it is not one."""
    try:
        return parse_a1(ref)[1]
    except ValueError:
        return None
