"""Cell values as counties type them, read from real workbook cells."""

from __future__ import annotations

from decimal import Decimal

import pytest

from xlrecon.read.workbook import Workbook
from xlrecon.read.values import in_unit, parse_number, parse_text

from conftest import write_xlsxwriter


@pytest.mark.parametrize(
    ("typed", "value", "unit"),
    [
        ("363.73万元", Decimal("363.73"), "万元"),
        (" 1,234.5 ", Decimal("1234.5"), None),
        ("１２３．４５", Decimal("123.45"), None),  # full-width digits and point
        ("1，234", Decimal("1234"), None),  # full-width comma as thousands separator
        ("95.94%", Decimal("0.9594"), "%"),
        ("95.94％", Decimal("0.9594"), "%"),
        ("(12.5)", Decimal("-12.5"), None),
        ("−5", Decimal("-5"), None),
        ("\u00a042\u3000", Decimal("42"), None),  # no-break and ideographic spaces
        ("789家", Decimal("789"), "家"),
    ],
)
def test_text_numbers_are_read_and_marked_as_converted(tmp_path, typed, value, unit):
    path = write_xlsxwriter(tmp_path / "v.xlsx", {"S": [[typed]]})
    with Workbook(path) as wb:
        raw = wb.grid("S").rows[0][0]
    assert isinstance(raw, str)  # the file really holds text
    v = parse_number(raw)
    assert (v.kind, v.value, v.unit, v.from_text) == ("number", value, unit, True)


@pytest.mark.parametrize("typed", ["待核实", "12,34", "1.2.3", "十二", "N/A"])
def test_non_numbers_are_invalid_not_zero(typed):
    v = parse_number(typed)
    assert v.kind == "invalid"
    assert v.value == typed


@pytest.mark.parametrize("typed", ["(-5)", "(+5)", "（-5）", "10²", "2³", "①", "½", "1 2", "1 234.5", "1,2,3",
                                   "12 3万元"])
def test_texts_that_are_not_plainly_one_number_are_invalid(tmp_path, typed):
    """A sign inside accounting parentheses, a superscript (NFKC would make 10² read 102), a
    space between digits: none of them is read as the digits it holds."""
    path = write_xlsxwriter(tmp_path / "v.xlsx", {"S": [[typed]]})
    with Workbook(path) as wb:
        v = parse_number(wb.grid("S").rows[0][0])
    assert (v.kind, v.value) == ("invalid", typed)


@pytest.mark.parametrize("raw", [1e18, -1e18, 1e29, 1e300, 10**18, "1e30", "1e30%", "9" * 40, "-1e20万元"])
def test_figures_beyond_the_checked_range_are_invalid_as_out_of_range(raw):
    v = parse_number(raw)
    assert (v.kind, v.reason) == ("invalid", "out_of_range")


@pytest.mark.parametrize("raw", [999999999999999900.0, -999999999999999900.0, "1e17%", 10**18 - 1])
def test_figures_just_inside_the_range_are_numbers(raw):
    assert parse_number(raw).kind == "number"


@pytest.mark.parametrize("typed", [None, "", "   ", "-", "—", "/"])
def test_blank_is_missing(typed):
    assert parse_number(typed).kind == "blank"


def test_real_numbers_keep_their_digits_without_float_noise(tmp_path):
    path = write_xlsxwriter(tmp_path / "n.xlsx", {"S": [[1438.26, 0.1 + 0.2, 21079.720000000005, 0.9594, 7]]},
                            strings_as_text=False)
    with Workbook(path) as wb:
        row = wb.grid("S").rows[0]
    vals = [parse_number(x).value for x in row]
    assert vals == [Decimal("1438.26"), Decimal("0.3"), Decimal("21079.72"), Decimal("0.9594"), Decimal("7")]
    assert not any(parse_number(x).from_text for x in row)


def test_cell_unit_is_converted_to_the_column_unit():
    v = in_unit(parse_number("3637300元"), "万元")
    assert (v.kind, v.value, v.converted_from) == ("number", Decimal("363.73"), "元")
    assert in_unit(parse_number("4亿元"), "万元").value == Decimal("40000")
    bad = in_unit(parse_number("12%"), "万元")
    assert bad.kind == "invalid"


def test_text_cells_are_stripped_and_normalised():
    assert parse_text("  茶陵县 ").value == "茶陵县"
    assert parse_text(123.0).value == "123"
    assert parse_text("").kind == "blank"


def _packages(pattern: str) -> list:
    """The samples' workbooks, and the corpus's under 2 MB matching ``pattern`` where it is present."""
    from conftest import CORPUS, WORKBOOKS

    paths = sorted(WORKBOOKS.rglob("*.xlsx"))
    if CORPUS.is_dir():
        paths += sorted(p for p in CORPUS.rglob(pattern) if p.stat().st_size < 2_000_000)
    return paths


def _sheets():
    """Each sheet of the samples and the corpus (see :func:`_packages`) that python-calamine can open."""
    import python_calamine

    for p in _packages("*.xlsx"):
        try:
            sheets = python_calamine.CalamineWorkbook.from_path(str(p)).sheet_names
        except Exception:  # noqa: BLE001 - unreadable corpus files have no formats to compare
            continue
        for sheet in sheets:
            yield p, sheet


def _formats_both_ways(path, sheet, monkeypatch):
    """The decimals of every cell that has a tag: read column by column (one search per column's
    letters, for the rows of the column's tags), and by the general scan of every tag."""
    from xlrecon.findings import column_index
    from xlrecon.read import formats, opc

    with monkeypatch.context() as m:
        m.setattr(formats, "_unprefixed", lambda data: False)  # the general scan
        g = formats.SheetFormats(path, sheet)
        g.decimals(0, 0)
        general = {k: d for k, d in (g._cells or {}).items() if d is not None}
    with opc.ZipParts(path) as parts:
        workbook = opc.workbook_part(parts)
        part = opc.sheet_part(parts, workbook, sheet) if workbook else None
        data = parts.read(part) if part else b""
    tagged: dict[int, set[int]] = {}  # column -> rows that have a tag
    for tag in formats._CELL_TAG.finditer(data):
        r = formats._ATTR_R.search(tag.group(0))
        if r:
            tagged.setdefault(column_index(r.group(1).decode("ascii")), set()).add(int(r.group(2)) - 1)
    f = formats.SheetFormats(path, sheet)
    fast = {(r, c): d for c, rows in tagged.items() for r, d in f.column(c, rows).items() if r in rows}
    return fast, {k: d for k, d in general.items() if k[0] in tagged.get(k[1], ())}


def test_number_formats_read_column_by_column_equal_the_general_scan(monkeypatch):
    compared = 0
    for p, sheet in _sheets():
        try:
            fast, general = _formats_both_ways(p, sheet, monkeypatch)
        except Exception:  # noqa: BLE001 - damaged packages: SheetFormats.decimals falls back to {}
            continue
        assert fast == general, f"{p}!{sheet}"
        compared += bool(fast)
    assert compared >= 8  # the samples' sheets have formats; the corpus adds many more


def _every_column(path, sheet) -> dict:
    """Every tagged cell's decimals as SheetFormats reads them, column by column."""
    from xlrecon.findings import column_index
    from xlrecon.read import formats, opc

    with opc.ZipParts(path) as parts:
        workbook = opc.workbook_part(parts)
        part = opc.sheet_part(parts, workbook, sheet) if workbook else None
        data = parts.read(part) if part else b""
    tagged: dict[int, list[int]] = {}
    for tag in formats._CELL_TAG.finditer(data):
        r = formats._ATTR_R.search(tag.group(0))
        if r:
            tagged.setdefault(column_index(r.group(1).decode("ascii")), []).append(int(r.group(2)) - 1)
    with opc.ZipParts(path) as parts:
        workbook = opc.workbook_part(parts)
        styles = opc.styles_part(parts, workbook) if workbook else None
        xf = formats.style_decimals(parts.read(styles)) if styles and parts.name(styles) else ()
    out = []
    # read from the file, and given the XML as the workbook reader gives it
    for f in (formats.SheetFormats(path, sheet), formats.SheetFormats.of(path, sheet, data, xf)):
        out.append({c: (dict(f.column(c, rows)), [f.decimals(r, c) for r in rows]) for c, rows in tagged.items()})
    assert out[0] == out[1], (path, sheet)
    return out[0]


def test_a_large_sheets_formats_read_piece_by_piece_equal_the_xml_held(monkeypatch):
    """A sheet too large to hold its XML for the formats (above formats.HELD) has it inflated
    again piece by piece for each column: the same decimals for every cell of the samples and
    the corpus, with pieces small enough to cut through many tags."""
    from xlrecon.read import formats

    compared = 0
    for p, sheet in _sheets():
        try:
            held = _every_column(p, sheet)
        except Exception:  # noqa: BLE001 - damaged packages: SheetFormats.decimals falls back to {}
            continue
        with monkeypatch.context() as m:
            m.setattr(formats, "HELD", 0)
            m.setattr(formats, "_PIECE", 997)
            assert _every_column(p, sheet) == held, f"{p}!{sheet}"
        compared += any(d for d, _ in held.values())
    assert compared >= 8


def test_number_formats_asked_cell_by_cell_equal_the_general_scan(monkeypatch):
    """SheetFormats.decimals, asked one cell at a time before and after its column is read, in
    a short column (a dict) and a long one (a search of the arrays), gives the general scan's
    decimals for every tagged cell, and None for a cell with no tag."""
    from xlrecon.read import formats

    compared = 0
    for p, sheet in _sheets():
        try:
            _, general = _formats_both_ways(p, sheet, monkeypatch)
        except Exception:  # noqa: BLE001 - damaged packages: SheetFormats.decimals falls back to {}
            continue
        if not general:
            continue
        cols = sorted({c for _, c in general})
        rows = sorted({r for r, _ in general})
        asked = [(r, c) for c in cols for r in rows[:200]] + [(max(rows) + 5, cols[0])]
        for few in (formats._FEW, 0):
            with monkeypatch.context() as m:
                m.setattr(formats, "_FEW", few)
                f = formats.SheetFormats(p, sheet)
                got = {(r, c): f.decimals(r, c) for r, c in asked}
                again = {(r, c): f.decimals(r, c) for r, c in asked}
            assert got == again == {k: general.get(k) for k in asked}, f"{p}!{sheet}"
        compared += 1
    assert compared >= 8


def test_a_cell_whose_tag_the_column_search_misses_is_read_the_general_way(tmp_path):
    """A tag written with its style before its address (``<c s="1" r="F5">``) is not met by the
    column's search: asking for that cell reads the whole sheet the general way, and its
    decimals are still the format's."""
    import re
    import zipfile

    from conftest import WORKBOOKS
    from xlrecon.findings import column_index
    from xlrecon.read import formats, opc

    src = WORKBOOKS / "zhengzhou-2020-districts" / "郑州经开区.xlsx"
    sheet = "预留份额填报"
    with opc.ZipParts(src) as parts:
        part = opc.sheet_part(parts, opc.workbook_part(parts), sheet)
    held = formats.SheetFormats(src, sheet)
    with zipfile.ZipFile(src) as z:
        xml = z.read(part)
        # every styled tag written with s= first
        odd = re.sub(rb'<c r="([A-Z]+\d+)" s="(\d+)"', rb'<c s="\2" r="\1"', xml)
        assert odd != xml
        out = tmp_path / "odd.xlsx"
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
            for info in z.infolist():
                w.writestr(info, odd if info.filename == part else z.read(info))
    tags = [(int(m.group(2)) - 1, column_index(m.group(1).decode()))
            for m in re.finditer(rb'<c s="\d+" r="([A-Z]+)(\d+)"', odd)]
    f = formats.SheetFormats(out, sheet)
    got = [f.decimals(r, c) for r, c in tags]
    assert got == [held.decimals(r, c) for r, c in tags]
    assert any(d is not None for d in got)


def test_a_part_inflated_at_once_equals_zipfiles_read(tmp_path):
    """opc.read_zip_part gives every part's bytes as ZipFile.read does: deflated parts of the
    samples and the corpus, a stored part, and a deflated part whose CRC does not match its
    bytes (left to ZipFile.read, which refuses it)."""
    import zipfile

    from xlrecon.read.opc import read_zip_part

    deflated = 0
    for p in _packages("*.xls[xm]"):
        try:
            z = zipfile.ZipFile(p)
        except zipfile.BadZipFile:
            continue
        with z:
            for info in z.infolist():
                try:
                    want = z.read(info.filename)
                except Exception:  # noqa: BLE001 - a damaged part: compared below, made on purpose
                    continue
                assert read_zip_part(z, info.filename) == want, f"{p}!{info.filename}"
                deflated += info.compress_type == zipfile.ZIP_DEFLATED
    assert deflated >= 40

    stored, bad = tmp_path / "stored.zip", tmp_path / "bad-crc.zip"
    with zipfile.ZipFile(stored, "w", zipfile.ZIP_STORED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"<worksheet/>" * 100)
    with zipfile.ZipFile(stored) as z:
        assert read_zip_part(z, "xl/worksheets/sheet1.xml") == b"<worksheet/>" * 100
    with zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"<worksheet/>" * 100)
    data = bad.read_bytes()
    i = data.index(b"PK\x01\x02") + 16  # the central directory's CRC of the part
    bad.write_bytes(data[:i] + bytes([data[i] ^ 0xFF]) + data[i + 1:])
    with zipfile.ZipFile(bad) as z, pytest.raises(zipfile.BadZipFile):
        read_zip_part(z, "xl/worksheets/sheet1.xml")


@pytest.mark.parametrize("tag, usual, shown", [
    (b'<c r="B2" s="{s}" t="n">', True, (2, 2)),
    (b'<c r="B2" t="n" s="{s}">', True, (2, 2)),  # the style after another attribute
    (b'<c s="{s}" r="B2" t="n">', False, (2, 2)),  # the address after another attribute
    (b'<c\n r="B2" s="{s}" t="n">', False, (2, 2)),  # a line break inside the tag
    (b'<c s="{s}" t="n">', False, (None, None)),  # no address: no position on the sheet can be trusted
])
def test_a_cell_whose_tag_the_columns_search_misses_is_read_by_the_general_scan(tmp_path, tag, usual, shown):
    """A column is searched for as ``<c r="B``; a cell read whose tag that search did not meet
    sends the whole sheet to the general scan, so every form of tag gives the cell its format's
    decimals (B2 shows 0.00)."""
    import re
    import zipfile

    from conftest import write_openpyxl
    from xlrecon.read.formats import SheetFormats, _unprefixed

    src = write_openpyxl(tmp_path / "src.xlsx", {"S": [["名称", "金额"], ["甲", 1.5], ["乙", 2.25]]},
                         formats={"S": {"B2": "0.00", "B3": "0.00"}})
    with zipfile.ZipFile(src) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    s = re.search(rb'<c r="B2"[^>]*s="(\d+)"', sheet).group(1)
    parts["xl/worksheets/sheet1.xml"] = re.sub(rb'<c r="B2"[^>]*>', tag.replace(b"{s}", s), sheet)
    path = tmp_path / "edited.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in parts.items():
            z.writestr(n, b)
    f = SheetFormats(path, "S")
    assert f.column(1, [2]) == ({1: 2, 2: 2} if usual else {2: 2})  # B3's tag met: no need to look further
    assert (f.decimals(1, 1), f.decimals(2, 1)) == shown
    assert (f._cells is None) is usual  # the general scan only where a tag was missed
    assert _unprefixed(sheet)
    assert not _unprefixed(sheet.replace(b"<worksheet", b"<x:worksheet"))