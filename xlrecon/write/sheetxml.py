"""Edits of one worksheet part, made on its text so that everything else stays byte for byte.

A worksheet can hold hundreds of thousands of rows; parsing and re-serialising it
would be slow and would rewrite every byte. Only three things are ever edited:
the ``s`` (style) attribute of named cells, cells or rows that have to be created
so that an empty cell can carry a fill, and the ``<legacyDrawing>`` element that
links the sheet's notes. Rows and cells are found with patterns over the tags of
``<sheetData>``, whose attributes are all numbers or booleans; a row or cell
without an ``r`` attribute takes the position after the previous one, as the
format says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from xlrecon.findings import column_letter, parse_a1
from xlrecon.read.opc import DTD, MAIN_NS, R_NS, PackageError

_NAME = rb"(?:[A-Za-z_][\w.-]*:)?"
_ROOT = re.compile(rb"<(" + _NAME + rb")worksheet[\s>/]")
_DECL_ENC = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']""")
_ROW = re.compile(rb"<(" + _NAME + rb")row(?=[\s/>])([^>]*?)(/?)>")
_ROW_END = re.compile(rb"</" + _NAME + rb"row\s*>")
_CELL = re.compile(rb"<(" + _NAME + rb")c(?=[\s/>])([^>]*?)(/?)>")
_CELL_END = re.compile(rb"</" + _NAME + rb"c\s*>")
_ATTR_R = re.compile(rb"""(?<![\w:])r\s*=\s*["']([^"']*)["']""")
_ATTR_S = re.compile(rb"""\s(?<![\w:])s\s*=\s*["'](\d*)["']""")
_ATTR_CUSTOM = re.compile(rb"""customFormat\s*=\s*["'](1|true)["']""")
_COL = re.compile(rb"<" + _NAME + rb"col(?=[\s/>])([^>]*?)/?>")
_TAG = re.compile(rb"""<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|<(/?)([\w:.-]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(/?)>""",
                  re.S)

#: elements that must come after <legacyDrawing> in a worksheet (ECMA-376 CT_Worksheet order)
_AFTER_LEGACY = {b"legacyDrawingHF", b"drawingHF", b"picture", b"oleObjects", b"controls",
                 b"webPublishItems", b"tableParts", b"extLst"}


def _attr(pattern: re.Pattern[bytes], attrs: bytes) -> bytes | None:
    m = pattern.search(attrs)
    return m.group(1) if m else None


@dataclass
class CellStyle:
    """What a named cell looks like now: its tag's style (None when it has no ``s``), whether
    the cell exists, and the style it shows when it does not (row or column style)."""

    ref: str
    exists: bool
    s: str | None  # the ``s`` attribute as written (None: no attribute; it may be "")
    shown: int  # the style index the cell displays


class SheetXml:
    """One worksheet part's text and the edits queued on it."""

    def __init__(self, data: bytes, part: str) -> None:
        enc = _DECL_ENC.match(data)
        if enc and enc.group(1).lower().replace(b"-", b"") not in (b"utf8",):
            raise PackageError("encoding", part=part, encoding=enc.group(1).decode("ascii", "replace"))
        self.part = part
        self.data = data
        if b"<!--" in data or b"<![CDATA[" in data or DTD.search(data):
            # rows and cells are found by their tags: text that only looks like a tag (in a comment,
            # a CDATA section) must not be taken for one. No office suite writes either in a sheet.
            raise PackageError("markup", part=part)
        root = _ROOT.search(data)
        if root is None:
            raise PackageError("not_worksheet", part=part)
        self.prefix = root.group(1)  # b"" or b"x:"
        self.root_start = root.start()
        root_end = data.index(b">", root.start())
        self.root_tag = data[root.start():root_end + 1]
        sd = re.compile(rb"<" + re.escape(self.prefix) + rb"sheetData(?=[\s/>])[^>]*?(/?)>").search(data)
        if sd is None:
            raise PackageError("no_sheet_data", part=part)
        self.sd_open_start, self.sd_open_end = sd.start(), sd.end()
        if sd.group(1):
            self.sd_close_start = self.sd_close_end = sd.end()
            self.sd_self_closing = True
        else:
            close = re.compile(rb"</" + re.escape(self.prefix) + rb"sheetData\s*>").search(data, sd.end())
            if close is None:
                raise PackageError("no_sheet_data", part=part)
            self.sd_close_start, self.sd_close_end = close.start(), close.end()
            self.sd_self_closing = False
        self._rows: list[tuple[int, int, int, int, bytes]] | None = None  # (number, start, open_end, end, attrs)

    # -- reading ---------------------------------------------------------------
    def rows(self) -> list[tuple[int, int, int, int, bytes]]:
        """Every row: (1-based number, tag start, end of start tag, end of row, start-tag attributes)."""
        if self._rows is None:
            out = []
            last = 0
            pos, end = self.sd_open_end, self.sd_close_start
            data = self.data
            for m in _ROW.finditer(data, pos, end):
                r = _attr(_ATTR_R, m.group(2))
                number = int(r) if r and r.isdigit() else last + 1
                last = number
                if m.group(3):
                    out.append((number, m.start(), m.end(), m.end(), m.group(2)))
                else:
                    close = _ROW_END.search(data, m.end(), end)
                    if close is None:
                        raise PackageError("bad_row", part=self.part, row=str(number))
                    out.append((number, m.start(), m.end(), close.end(), m.group(2)))
            self._rows = out
        return self._rows

    def _row(self, m: re.Match[bytes], number: int) -> tuple[int, int, int, int, bytes]:
        if m.group(3):
            return (number, m.start(), m.end(), m.end(), m.group(2))
        close = _ROW_END.search(self.data, m.end(), self.sd_close_start)
        if close is None:
            raise PackageError("bad_row", part=self.part, row=str(number))
        return (number, m.start(), m.end(), close.end(), m.group(2))

    def locate(self, n: int) -> tuple[tuple[int, int, int, int, bytes] | None, int]:
        """Row ``n`` (or None) and the offset where a row ``n`` would be inserted.

        Rows are stored in ascending order with their numbers, so a binary search over
        byte offsets finds a row without reading the sheet; a sheet that leaves row
        numbers out (or is out of order) is scanned row by row instead."""
        if self._rows is None:
            found = self._bisect(n)
            if found is not None:
                return found
        for row in self.rows():
            if row[0] == n:
                return row, row[1]
            if row[0] > n:
                return None, row[1]
        return None, self.sd_close_start

    def _bisect(self, n: int) -> tuple[tuple[int, int, int, int, bytes] | None, int] | None:
        data, lo, hi, end = self.data, self.sd_open_end, self.sd_close_start, self.sd_close_start
        best = None
        while lo < hi:
            mid = (lo + hi) // 2
            m = _ROW.search(data, mid, end)
            if m is None or m.start() >= hi:
                hi = mid
                continue
            r = _attr(_ATTR_R, m.group(2))
            if not r or not r.isdigit():
                return None
            if int(r) < n:
                lo = m.end()
            else:
                best, hi = (m, int(r)), m.start()
        # check the neighbours: the row before must be lower, the one found must be n or higher
        at = best[0].start() if best else end
        prev_start = data.rfind(b"<" + self.prefix + b"row", self.sd_open_end, at)
        while prev_start >= 0:
            pm = _ROW.match(data, prev_start)
            if pm is not None:
                r = _attr(_ATTR_R, pm.group(2))
                if not r or not r.isdigit() or int(r) >= n:
                    return None
                break
            prev_start = data.rfind(b"<" + self.prefix + b"row", self.sd_open_end, prev_start)
        if best is None:
            return None, end
        m, number = best
        return (self._row(m, number), m.start()) if number == n else (None, m.start())

    def _cells(self, row: tuple[int, int, int, int, bytes]) -> list[tuple[int, int, int, bytes]]:
        """Cells of a row: (1-based column, tag start, tag end, attributes)."""
        number, _, open_end, end, _ = row
        out = []
        last = 0
        for m in _CELL.finditer(self.data, open_end, end):
            r = _attr(_ATTR_R, m.group(2))
            col = _column_of(r.decode("ascii", "replace")) if r else None
            col = last + 1 if col is None else col
            last = col
            out.append((col, m.start(), m.end(), m.group(2)))
        return out

    def column_styles(self) -> dict[int, int]:
        """Column styles declared in ``<cols>`` (what an empty cell in that column shows)."""
        out: dict[int, int] = {}
        head = self.data[:self.sd_open_start]
        for m in _COL.finditer(head):
            a = m.group(1)
            lo = re.search(rb"""min\s*=\s*["'](\d+)""", a)
            hi = re.search(rb"""max\s*=\s*["'](\d+)""", a)
            s = re.search(rb"""style\s*=\s*["'](\d+)""", a)
            if lo and hi and s and int(hi.group(1)) - int(lo.group(1)) < 20000:
                for c in range(int(lo.group(1)), int(hi.group(1)) + 1):
                    out[c] = int(s.group(1))
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
            cells = {c[0]: c for c in self._cells(row)} if row else {}
            row_s = None
            if row is not None and _ATTR_CUSTOM.search(row[4]):
                s = _attr(_ATTR_S, row[4])
                row_s = int(s) if s else None
            for ref, c in items:
                cell = cells.get(c)
                if cell is not None:
                    s = _attr(_ATTR_S, cell[3])
                    raw = None if s is None else s.decode("ascii")
                    out[ref] = CellStyle(ref, True, raw, int(raw) if raw else 0)
                else:
                    if row_s is None and cols is None:
                        cols = self.column_styles()
                    shown = row_s if row_s is not None else (cols or {}).get(c, 0)
                    out[ref] = CellStyle(ref, False, None, shown)
        return out

    # -- editing ---------------------------------------------------------------
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
            cells = self._cells(row)
            present = {cell[0]: cell for cell in cells}
            self_closing = row[2] == row[3]
            if self_closing:
                missing = [(ref, s) for c, (ref, s) in wanted if c not in present and s is not None]
                if missing:
                    edits.append((row[2] - 2, row[2], b">" + b"".join(new_cell(*x) for x in missing)
                                  + b"</" + p + b"row>"))
                    made_cells.update(ref for ref, _ in missing)
                    opened.add(r)
                continue
            close = data.rfind(b"</", row[2], row[3])
            for c, (ref, s) in wanted:
                cell = present.get(c)
                if cell is None:
                    if s is None:
                        continue
                    at = next((cl[1] for cl in cells if cl[0] > c), close)
                    edits.append((at, at, new_cell(ref, s)))
                    made_cells.add(ref)
                    continue
                _, start, end, _ = cell
                edits.append((start, end, _with_style(data[start:end], p, s)))
        if self.sd_self_closing and edits:
            # <sheetData/> becomes <sheetData>…</sheetData> around the new rows (0 in ``opened`` says so)
            tag = data[self.sd_open_start:self.sd_open_end]
            inner = b"".join(text for _, _, text in sorted(edits, key=lambda e: e[0]))
            edits = [(self.sd_open_start, self.sd_open_end,
                      tag[:-2].rstrip() + b">" + inner + b"</" + p + b"sheetData>")]
            opened.add(0)
        self.data = _apply(data, edits)
        self._reset()
        return made_cells, made_rows, opened

    def drop_created(self, cells: set[str], rows: set[int], opened: set[int]) -> None:
        """Undo :meth:`set_styles`' creations: cells still exactly as created, then rows left
        empty, then rows that were self-closing before."""
        p = re.escape(self.prefix)
        edits = []
        targets = {parse_a1(ref)[0] for ref in cells}
        for number in sorted(targets):
            row = self.locate(number)[0]
            if row is None:
                continue
            for col, start, end, _ in self._cells(row):
                ref = column_letter(col - 1) + str(row[0])
                if ref in cells and re.fullmatch(rb"<" + p + rb"c r=\"" + ref.encode() + rb"\" s=\"\d+\"/>",
                                                 self.data[start:end]):
                    edits.append((start, end, b""))
        self.data = _apply(self.data, edits)
        self._reset()
        edits = []
        for number in sorted(rows | opened - {0}):
            row = self.locate(number)[0]
            if row is None:
                continue
            _, start, open_end, end, _ = row
            if open_end == end or self.data[open_end:self.data.rfind(b"</", open_end, end)].strip():
                continue  # self-closing, or still holds something
            if number in rows and re.fullmatch(rb"<" + p + rb"row r=\"" + str(number).encode() + rb"\">", 
                                               self.data[start:open_end]):
                edits.append((start, end, b""))
            elif number in opened:
                edits.append((open_end - 1, end, b"/>"))
        self.data = _apply(self.data, edits)
        self._reset()
        if 0 in opened and not self.sd_self_closing and not self.data[self.sd_open_end:self.sd_close_start].strip():
            self.data = (self.data[:self.sd_open_end - 1] + b"/>" + self.data[self.sd_close_end:])
            self._reset()

    def check_rows(self, numbers: set[int]) -> None:
        """The rows that were edited must still be well-formed XML (checked row by row, so a
        large sheet is not parsed whole)."""
        from lxml import etree

        close = b"</" + self.prefix + b"worksheet>"
        for n in sorted(numbers):
            row = self.locate(n)[0]
            if row is None:
                continue
            try:
                etree.fromstring(self.root_tag + self.data[row[1]:row[3]] + close,
                                 etree.XMLParser(resolve_entities=False, no_network=True))
            except etree.XMLSyntaxError as exc:
                raise PackageError("bad_xml", part=self.part, detail=f"row {n}: {exc}") from None

    def _reset(self) -> None:
        fresh = SheetXml(self.data, self.part)
        self.__dict__.update(fresh.__dict__)

    def legacy_drawing(self) -> tuple[str | None, bytes | None]:
        """The relationship id of the sheet's ``<legacyDrawing>`` and the element's text, if any."""
        m = re.compile(rb"<" + re.escape(self.prefix) + rb"legacyDrawing(?=[\s/>])[^>]*?/?>").search(
            self.data, self.sd_close_end)
        if m is None:
            return None, None
        rid = re.search(rb"""(?<![\w])[\w.-]+:id\s*=\s*["']([^"']+)["']""", m.group(0))
        return (rid.group(1).decode() if rid else None), m.group(0)

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
        self.data = self.data[:at] + text + self.data[at:]
        self._reset()
        return text

    def remove_text(self, text: bytes) -> bool:
        i = self.data.find(text, self.sd_close_end)
        if i < 0:
            return False
        self.data = self.data[:i] + self.data[i + len(text):]
        self._reset()
        return True

    def _insert_point(self) -> int:
        """Offset before the first top-level element after <sheetData> that must follow <legacyDrawing>."""
        data = self.data
        root_close = data.rfind(b"</")
        depth = 0
        top_start = None
        top_name = None
        for m in _TAG.finditer(data, self.sd_close_end, root_close):
            if m.group(2) is None:
                continue
            closing, name, _, selfclose = m.group(1), m.group(2), m.group(3), m.group(4)
            local = name.split(b":")[-1]
            if closing:
                depth -= 1
                continue
            if depth == 0:
                top_start, top_name = m.start(), local
                if local in _AFTER_LEGACY:
                    return m.start()
            elif top_name == b"AlternateContent" and depth == 2 and local in _AFTER_LEGACY:
                return top_start
            if not selfclose:
                depth += 1
        return root_close


def _with_style(tag: bytes, prefix: bytes, s: int | str | None) -> bytes:
    """A cell's start tag with its style set to ``s`` (None: no style attribute)."""
    name_end = 1 + len(prefix) + 1  # after "<" + prefix + "c"
    m = _ATTR_S.search(tag)
    if s is None:
        return tag[:m.start()] + tag[m.end():] if m else tag
    if m:
        return tag[:m.start(1)] + str(s).encode() + tag[m.end(1):]
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


__all__ = ["SheetXml", "CellStyle", "parse_a1", "MAIN_NS"]


def _column_of(ref: str) -> int | None:
    """The 1-based column of an A1 address, None when it is not one."""
    try:
        return parse_a1(ref)[1]
    except ValueError:
        return None
