"""The package structure (xlrecon/read/opc.py) as the reader and the writer both follow it.

Producers name parts as they like: the workbook need not be ``xl/workbook.xml``, nor the
styles ``xl/styles.xml``; relationships say which part is which, and part names compare
case-insensitively. A workbook written by openpyxl is re-packed with such names, and the
reader's number formats and the writer's sheet list must find the same parts.
"""

from __future__ import annotations

import zipfile
from datetime import datetime, timezone
from decimal import Decimal

import openpyxl
import pytest

from xlrecon.findings import CellRef, FileReport, Finding
from xlrecon.read import opc
from xlrecon.read.formats import SheetFormats
from xlrecon.read.workbook import Workbook
from xlrecon.write.annotate import annotate_file
from xlrecon.write.package import Package
from xlrecon.write.workbookxml import WorkbookXml

#: part renames: an openpyxl workbook's names -> names another producer might choose
RENAMES = {
    "xl/workbook.xml": "xl/Book.xml",
    "xl/_rels/workbook.xml.rels": "xl/_rels/Book.xml.rels",
    "xl/worksheets/sheet1.xml": "xl/data/Table1.xml",
    "xl/worksheets/sheet2.xml": "xl/data/Table2.xml",
    "xl/styles.xml": "xl/Looks.xml",
}
#: the same renames in the texts that name the parts (relationship targets, content types)
TEXTS = [(b"/xl/workbook.xml", b"/xl/Book.xml"), (b"xl/workbook.xml", b"xl/Book.xml"),
         (b"/xl/worksheets/sheet", b"/xl/data/Table"), (b"worksheets/sheet", b"data/Table"),
         (b"/xl/styles.xml", b"/xl/Looks.xml"), (b'Target="styles.xml"', b'Target="Looks.xml"'),
         (b'Target="/xl/styles.xml"', b'Target="/xl/Looks.xml"')]


def _workbook(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "预留份额"
    ws.append(["单位", "金额（万元）"])
    ws.append(["甲", 1.5])
    ws["B2"].number_format = "0.000"
    other = wb.create_sheet("说明")
    other.append(["x"])
    wb.save(path)
    return path


def _renamed(src, dest, upper_case_sheet=False, workbook=True):
    """``src`` re-packed with the parts of RENAMES under their new names (all but the
    workbook's own, unless ``workbook``: python-calamine finds a workbook at its usual name only)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename.endswith((".rels", ".xml")):
                for a, b in TEXTS[0 if workbook else 2:]:
                    data = data.replace(a, b)
            name = RENAMES.get(info.filename, info.filename)
            if not workbook and info.filename.startswith(("xl/workbook.xml", "xl/_rels/workbook.xml")):
                name = info.filename
            if upper_case_sheet and name == "xl/data/Table1.xml":
                name = "XL/DATA/TABLE1.XML"  # the relationship still says xl/data/Table1.xml
            zout.writestr(name, data)
    return dest


@pytest.fixture
def renamed(tmp_path):
    return _renamed(_workbook(tmp_path / "plain.xlsx"), tmp_path / "renamed.xlsx")


def test_the_structure_is_read_from_relationships(renamed):
    with opc.ZipParts(renamed) as parts:
        assert opc.workbook_part(parts) == "xl/Book.xml"
        assert opc.sheet_part(parts, "xl/Book.xml", "预留份额") == "xl/data/Table1.xml"
        assert opc.sheet_part(parts, "xl/Book.xml", "说明") == "xl/data/Table2.xml"
        assert opc.sheet_part(parts, "xl/Book.xml", "no such sheet") is None
        assert opc.styles_part(parts, "xl/Book.xml") == "xl/Looks.xml"
        types = opc.content_types(parts)
        assert types.of("xl/Book.xml").endswith("sheet.main+xml")
        assert types.of("/XL/DATA/TABLE1.XML").endswith("worksheet+xml")  # case-insensitive, override
        assert types.of("xl/_rels/Book.xml.rels").endswith("relationships+xml")  # the extension's default


def test_part_names_compare_case_insensitively(tmp_path):
    path = _renamed(_workbook(tmp_path / "plain.xlsx"), tmp_path / "upper.xlsx", upper_case_sheet=True)
    with opc.ZipParts(path) as parts:
        assert opc.sheet_part(parts, "xl/Book.xml", "预留份额") == "XL/DATA/TABLE1.XML"
        assert parts.read("xl/data/table1.xml") == parts.read("XL/DATA/TABLE1.XML")
    assert SheetFormats(path, "预留份额").decimals(1, 1) == 3  # the reader follows the same structure


def test_reader_and_writer_find_the_same_parts(tmp_path):
    renamed = _renamed(_workbook(tmp_path / "plain.xlsx"), tmp_path / "renamed.xlsx", workbook=False)
    # the reader: python-calamine reads the values, the formats come from the renamed parts
    with Workbook(renamed) as wb:
        assert wb.sheet_names == ["预留份额", "说明"]
        assert wb.grid("预留份额").rows[1] == ["甲", 1.5]
    assert SheetFormats(renamed, "预留份额").decimals(1, 1) == 3
    # the writer: the sheet list through the same relationships, then a whole annotation
    entries = WorkbookXml(Package(renamed)).sheets()
    assert [(e.name, e.part) for e in entries] == [("预留份额", "xl/data/Table1.xml"), ("说明", "xl/data/Table2.xml")]
    report = FileReport(path=str(renamed), schema="test", findings=[Finding(
        check="total", rule="t", severity="error", message_key="total.mismatch", where=CellRef("预留份额", 1, 1),
        column="金额", expected=Decimal("2"), actual=Decimal("1.5"), difference=Decimal("-0.5"), unit="万元",
        params={"whole": "合计", "whole_kind": "total_row"})])
    out = annotate_file(renamed, tmp_path / "out.xlsx", report, now=datetime(2026, 1, 1, tzinfo=timezone.utc))
    # (openpyxl reads styles at xl/styles.xml only, so the output is read back part by part)
    with zipfile.ZipFile(renamed) as before, zipfile.ZipFile(out) as after:
        assert "xl/styles.xml" not in after.namelist()  # the fill went into the styles part there is
        assert after.read("xl/Looks.xml").count(b"<fill>") > before.read("xl/Looks.xml").count(b"<fill>")
        assert after.read("xl/data/Table2.xml") == before.read("xl/data/Table2.xml")
        assert after.read("xl/data/Table1.xml") != before.read("xl/data/Table1.xml")  # B2's style
    with Workbook(out) as wb:
        assert wb.sheet_names[:2] == ["预留份额", "说明"] and len(wb.sheet_names) == 3
        assert wb.grid("预留份额").rows[1] == ["甲", 1.5]
    assert SheetFormats(out, "预留份额").decimals(1, 1) == 3  # its number format kept with the fill


def test_a_part_that_declares_a_dtd_is_refused(tmp_path):
    path = tmp_path / "dtd.xlsx"
    with zipfile.ZipFile(_workbook(tmp_path / "plain.xlsx")) as zin, zipfile.ZipFile(path, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "_rels/.rels":
                decl = data.index(b"?>") + 2 if data.startswith(b"<?xml") else 0
                data = data[:decl] + b'<!DOCTYPE r [<!ENTITY e "x">]>' + data[decl:]
            zout.writestr(info.filename, data)
    with opc.ZipParts(path) as parts, pytest.raises(opc.PackageError) as exc:
        opc.workbook_part(parts)
    assert exc.value.reason == "dtd"
    assert SheetFormats(path, "预留份额").decimals(1, 1) is None  # precision falls back to the digits stored
