"""Where the writer finds rows and cells in a worksheet's XML.

A sheet without comments, CDATA or processing instructions is laid out from its tags by
pattern (fast); any other sheet through expat. Both must give the same layout on every sheet
they can both take: the samples, sheets the tests write in every style a producer uses, and
the corpus. Look-alike rows in comments, CDATA and instructions are never edited."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from conftest import CORPUS, ROOT
from xlrecon.read.opc import PackageError
from xlrecon.write import sheetxml
from xlrecon.write.sheetxml import SheetXml, _Layout
from xlrecon.write.xmlscan import well_formed

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def sheet(rows: str, *, prefix: str = "", head: str = "", tail: str = "") -> bytes:
    """A worksheet part: ``rows`` inside <sheetData>, written with ``prefix`` (e.g. "x:")."""
    decl = f'xmlns:{prefix[:-1]}="{MAIN}"' if prefix else f'xmlns="{MAIN}"'
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<{prefix}worksheet {decl} xmlns:r="{R}">'
            f'{head}<{prefix}sheetData>{rows}</{prefix}sheetData>{tail}</{prefix}worksheet>').encode()


def worksheet_parts(path: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as z:
        return [(n, z.read(n)) for n in z.namelist() if n.startswith("xl/worksheets/") and n.endswith(".xml")]


def both(data: bytes, part: str = "sheet1.xml") -> tuple[_Layout, _Layout]:
    return _Layout.scan(data, part), _Layout.parse(data, part)


STYLES = {
    "plain": sheet('<row r="1"><c r="A1" s="2"><v>1</v></c><c r="C1" t="s"><v>0</v></c></row>'
                   '<row r="3" s="4" customFormat="1"/><row r="7" spans="1:2"><c r="B7"/></row>'),
    "prefixed": sheet('<x:row r="2"><x:c r="B2" s="1"><x:v>2</x:v></x:c></x:row><x:row r="5"/>', prefix="x:"),
    "no r attributes": sheet("<row><c><v>1</v></c><c><v>2</v></c></row><row><c/></row>"),
    "out of order": sheet('<row r="9"><c r="A9"/></row><row r="2"><c r="A2"/></row>'),
    "quotes and spacing": sheet("<row r='4' ><c r = 'D4' s = '7' ><v>4</v></c></row>"),
    "gt in a value": sheet('<row r="1" x:foo="a>b" xmlns:x="urn:x"><c r="A1" x:t="1>0"><v>1</v></c></row>'),
    "gt in a single-quoted value": sheet("<row r=\"1\" x:foo='a>b' xmlns:x=\"urn:x\"><c r=\"A1\"/></row>"
                                         '<row r="2"><c r="A2"/></row>'),
    "empty sheetData": sheet("").replace(b"<sheetData></sheetData>", b"<sheetData/>"),
    "after sheetData": sheet('<row r="1"><c r="A1"/></row>', tail=(
        '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><legacyDrawing r:id="rId9"/>'
        '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        '<mc:Choice Requires="x14"><controls/></mc:Choice></mc:AlternateContent><extLst/>')),
    "cols": sheet('<row r="1"><c r="A1"/></row>', head='<cols><col min="2" max="3" style="5" width="9"/></cols>'),
}


@pytest.mark.parametrize("name", sorted(STYLES))
def test_the_tag_scan_and_the_parse_agree_on_every_way_of_writing_a_sheet(name):
    data = STYLES[name]
    assert sheetxml.plain(data)
    scanned, parsed = both(data)
    assert scanned == parsed
    assert len(parsed.top) >= 1


def test_the_two_layouts_agree_on_every_sample_sheet():
    books = sorted((ROOT / "workbooks").rglob("*.xlsx"))
    assert books
    n = 0
    for book in books:
        for part, data in worksheet_parts(book):
            if sheetxml.plain(data):
                assert _Layout.scan(data, part) == _Layout.parse(data, part), (book, part)
                n += 1
    assert n >= len(books)


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"third-party corpus not present at {CORPUS}")
def test_the_two_layouts_agree_on_the_corpus():
    n = 0
    for book in sorted(CORPUS.rglob("*")):
        if book.suffix.lower() not in (".xlsx", ".xlsm") or not zipfile.is_zipfile(book):
            continue
        try:
            parts = worksheet_parts(book)
        except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError):
            continue
        for part, data in parts:
            if not sheetxml.plain(data):
                continue
            try:
                parsed = _Layout.parse(data, part)
            except PackageError:
                continue  # not well-formed, or a DTD: the writer refuses it either way
            assert _Layout.scan(data, part) == parsed, (book, part)
            n += 1
    assert n > 100


def test_rows_are_found_by_number_and_cells_by_column():
    xml = SheetXml(STYLES["plain"], "s.xml")
    row, at = xml.locate(3)
    assert row.number == 3 and row.style == 4 and row.open_end == row.end
    assert xml.locate(2) == (None, xml.locate(3)[1])  # row 2 would go before row 3
    row7 = xml.locate(7)[0]
    assert [c.col for c in xml.cells(row7)] == [2]
    assert [(c.col, c.s) for c in xml.cells(xml.locate(1)[0])] == [(1, "2"), (3, None)]
    assert xml.locate(8) == (None, xml.data.rfind(b"</sheetData>"))


def test_a_sheet_out_of_order_is_searched_row_by_row():
    xml = SheetXml(STYLES["out of order"], "s.xml")
    assert not xml.layout.ready().ascending
    assert xml.locate(2)[0].number == 2 and xml.locate(9)[0].number == 9


MARKUP = sheet(
    '<!-- <row r="2"><c r="B2" s="9"/></row> -->'
    '<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[<row r="2"><c r="B2"/></row>]]></t></is></c></row>'
    '<?pi <row r="2"/> ?>'
    '<row r="2"><!-- <c r="B2" s="8"/> --><c r="A2"/><c r="B2" s="3"/></row>')


def test_comments_cdata_and_instructions_are_not_rows_or_cells():
    assert not sheetxml.plain(MARKUP)
    xml = SheetXml(MARKUP, "s.xml")
    assert [r.number for r in xml.rows()] == [1, 2]
    row2 = xml.locate(2)[0]
    assert xml.data[row2.start:row2.start + 12] == b'<row r="2"><'
    assert [(c.col, c.s) for c in xml.cells(row2)] == [(1, None), (2, "3")]
    made = xml.set_styles({"B2": 11, "C2": 12, "D3": 13})
    assert made == ({"C2", "D3"}, {3}, set())
    well_formed(xml.data, "s.xml")
    out = xml.data
    assert out.count(b'<!-- <row r="2"><c r="B2" s="9"/></row> -->') == 1
    assert out.count(b'<![CDATA[<row r="2"><c r="B2"/></row>]]>') == 1
    assert b'<!-- <c r="B2" s="8"/> --><c r="A2"/><c r="B2" s="11"/><c r="C2" s="12"/></row>' in out
    assert b'<row r="3"><c r="D3" s="13"/></row></sheetData>' in out
    xml.drop_created({"C2", "D3"}, {3}, set())
    xml.set_styles({"B2": "3"})
    assert xml.data == MARKUP  # undone exactly


def test_a_style_is_set_and_removed_in_any_attribute_spelling():
    xml = SheetXml(STYLES["quotes and spacing"], "s.xml")
    xml.set_styles({"D4": 9})
    assert b"<c r = 'D4' s = \"9\" >" in xml.data
    xml.set_styles({"D4": None})
    assert b"<c r = 'D4' >" in xml.data
    xml = SheetXml(STYLES["gt in a value"], "s.xml")
    xml.set_styles({"A1": 4})
    assert b'<c s="4" r="A1" x:t="1>0">' in xml.data


def test_the_legacy_drawing_goes_before_the_elements_that_follow_it():
    xml = SheetXml(STYLES["cols"], "s.xml")
    assert xml.legacy_drawing() == (None, None)
    assert xml.column_styles() == {2: 5, 3: 5}
    text = xml.add_legacy_drawing("rId3")
    assert xml.data.endswith(text + b"</worksheet>")
    assert xml.legacy_drawing() == ("rId3", text)
    assert xml.remove_text(text) and xml.data == STYLES["cols"]
    xml = SheetXml(STYLES["after sheetData"], "s.xml")
    assert xml.legacy_drawing()[0] == "rId9"
    xml.remove_text(xml.legacy_drawing()[1])
    text = xml.add_legacy_drawing("rId4")
    assert text + b"<mc:AlternateContent" in xml.data


@pytest.mark.parametrize("bad, reason", [
    (sheet('<row r="1"><c r="A1"></row>'), "bad_xml"),
    (b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY e "x">]><worksheet><sheetData/></worksheet>', "dtd"),
    (b'<?xml version="1.0"?><workbook><sheets/></workbook>', "not_worksheet"),
    (sheet("").replace(b"<sheetData></sheetData>", b""), "no_sheet_data"),
    (b'<?xml version="1.0" encoding="UTF-16"?><worksheet/>', "encoding"),
])
def test_a_part_the_writer_cannot_take_is_a_typed_error(bad, reason):
    with pytest.raises(PackageError) as exc:
        xml = SheetXml(bad, "s.xml")
        xml.set_styles({"A1": 1})
        well_formed(xml.data, "s.xml")
    assert exc.value.reason == reason
