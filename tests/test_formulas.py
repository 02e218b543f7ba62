"""Formulas and error values: read from the sheet's XML, computed or reported, never taken as blanks.

Workbooks written by openpyxl hold formulas without saved values (as many systems' exports
do); the same files converted by LibreOffice headless hold the values an office suite
computes. Both must give the same findings.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

import xlrecon
from xlrecon.read.sheetcells import read_sheet_cells, translate
from xlrecon.read.values import CellError, NotComputed
from xlrecon.read.workbook import Workbook

from conftest import recalculated

HEAD = ["序号", "单位名称", "主管部门", "食堂情况", "年度食堂食材采购总额（万元）", "预留比例", "预留份额（万元）",
        "上年度预留份额（万元）"]


def _filing(path: Path, reserve: str = "=E{r}*0.05", total: str = "=SUM({c}3:{c}10)", extra=None) -> Path:
    """A budget unit's filing whose reserve cells and 合计 row are formulas (openpyxl: no saved values)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "预留份额"
    ws.append(["中原区预算单位2023年度预留份额填报表"])
    ws.append(HEAD)
    for r in range(3, 11):
        ws.append([r - 2, f"单位{r}", "中原区", "自办", 100.0 + r, f"=G{r}/E{r}", reserve.format(r=r), 1.0])
    ws.append([None, "合计", None, None, total.format(c="E"), None, total.format(c="G"), total.format(c="H")])
    for ref, value in (extra or {}).items():
        ws[ref] = value
    wb.save(path)
    return path


def _keys(fr) -> list[tuple]:
    return [(f.check, f.cell, f.severity, f.message_key, str(f.actual), str(f.expected), f.evaluated)
            for f in fr.findings]


def test_formulas_without_saved_values_are_computed_and_agree_with_an_office_suite(tmp_path):
    """The issue's filing: reserves typed as =E5*0.05 (below the 10 % rule), saved by openpyxl.
    It used to pass as 无差异 with one "合计 is blank" note; now every unit is below 10 %, as
    in the same file recalculated by LibreOffice."""
    plain = _filing(tmp_path / "filing.xlsx")
    with zipfile.ZipFile(plain) as z:  # openpyxl saved no values (<v></v>): python-calamine reads empty cells
        assert b'<c r="G3"><f>E3*0.05</f><v></v></c>' in z.read("xl/worksheets/sheet1.xml")
    with Workbook(plain) as book:
        assert book._calamine("预留份额")[0][2][6] is None
    computed = xlrecon.check(plain, schema="unit-reserve").files[0]
    office = xlrecon.check(recalculated(plain, tmp_path / "lo"), schema="unit-reserve").files[0]
    assert _keys(computed) == _keys(office)
    below = [f for f in computed.findings if f.check == "threshold" and f.severity == "error"]
    assert [f.cell for f in below] == [f"G{r}" for r in range(3, 11)]
    assert all(f.computed_formula == f"E{f.where.row + 1}*0.05" for f in below)
    assert "由 xlrecon 计算" in below[0].message("zh") and "xlrecon computed it" in below[0].message("en")
    [note] = [p for k, p in computed.notes if k == "formulas_computed"]
    assert note["count"] == 8 * 2 + 3  # 预留比例 and 预留份额 of each row, the three 合计 cells
    assert all(f.computed_formula is None for f in office.findings)  # values saved: nothing computed
    assert not [k for k, _ in office.notes if k == "formulas_computed"]


def test_an_error_value_is_an_error_at_its_cell_never_a_blank(tmp_path):
    """#DIV/0! (python-calamine reads it as empty) is an error at its cell, and the 合计 it is part
    of is not checked, whether the office suite saved it or xlrecon computed it."""
    plain = _filing(tmp_path / "div0.xlsx", reserve="=E{r}*0.12", extra={"E5": "=1/0"})
    for fr in (xlrecon.check(plain, schema="unit-reserve").files[0],
               xlrecon.check(recalculated(plain, tmp_path / "lo"), schema="unit-reserve").files[0]):
        errors = {f.cell: f for f in fr.findings if f.message_key == "type.error_value"}
        assert set(errors) >= {"E5", "G5"} and errors["E5"].severity == "error"
        assert "#DIV/0!" in errors["E5"].message("zh")
        assert any(f.check == "total" and f.cell == "G11" and not f.evaluated for f in fr.findings)
        assert not [f for f in fr.findings if f.check == "total" and f.severity == "error"]


def test_a_formula_the_engine_cannot_compute_is_a_warning_and_its_rules_are_not_evaluated(tmp_path):
    """SUBTOTAL is not in the engine; a link to another workbook cannot be followed: the cell says
    so (open and save the file in Excel/WPS), and nothing that needs it is guessed."""
    plain = _filing(tmp_path / "subtotal.xlsx", total="=SUBTOTAL(109,{c}3:{c}10)",
                    extra={"H4": "=[1]Sheet1!A1"})
    fr = xlrecon.check(plain, schema="unit-reserve").files[0]
    warned = {f.cell: f for f in fr.findings if f.message_key == "type.not_computed"}
    assert {"E11", "G11", "H11", "H4"} <= set(warned)
    assert all(f.severity == "warning" for f in warned.values())
    assert warned["E11"].params["why"] == "function" and warned["H4"].params["why"] == "external"
    assert "Excel/WPS" in warned["E11"].message("zh") and "SUBTOTAL" in warned["E11"].message("zh")
    assert "another workbook" in warned["H4"].message("en")
    assert all(not f.evaluated for f in fr.findings if f.check == "total")


def test_formulas_refer_to_other_sheets_and_a_cycle_is_not_computed(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "预留份额"
    ws.append(HEAD)
    ws.append([1, "单位1", "中原区", "自办", "='参数 表'!B1*2", None, "=E2*0.2", 1.0])
    ws.append([2, "单位2", "中原区", "自办", 100.0, None, "=G3+0", 1.0])  # refers to itself
    other = wb.create_sheet("参数 表")
    other["B1"] = 60.0
    wb.save(tmp_path / "sheets.xlsx")
    with Workbook(tmp_path / "sheets.xlsx") as book:
        g = book.grid("预留份额")
    assert g.rows[1][4] == 120.0 and g.rows[1][6] == 24.0
    assert isinstance(g.rows[2][6], NotComputed) and g.rows[2][6].why == "circular"
    assert g.computed == {(1, 4): "'参数 表'!B1*2", (1, 6): "E2*0.2", (2, 6): "G3+0"}


def test_a_total_row_of_formulas_beyond_what_calamine_read_is_still_read(tmp_path):
    """openpyxl's 合计 row holds formulas only: no value, so python-calamine's range ends above
    it. The grid grows to hold the computed cells."""
    path = _filing(tmp_path / "filing.xlsx", reserve="=E{r}*0.12")
    with Workbook(path) as book:
        raw_rows = book._calamine("预留份额")[0]
        g = book.grid("预留份额")
    assert g.n_rows >= len(raw_rows)
    assert g.get(10 - g.origin[0], 4 - g.origin[1]) == sum(100.0 + r for r in range(3, 11))
    fr = xlrecon.check(path, schema="unit-reserve").files[0]
    assert not [f for f in fr.findings if f.check == "total" and (f.severity != "info" or not f.evaluated)]


def test_the_sheet_xml_is_parsed_not_searched(tmp_path):
    """A formula or an error value written inside a comment or a CDATA section is not a cell's."""
    data = (b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b'<sheetData><!-- <row r="2"><c r="B2"><f>1/0</f></c></row> -->'
            b'<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[<c r="C1" t="e"><v>#N/A</v></c>]]></t></is></c>'
            b'<c r="B1" t="e"><v>#REF!</v></c><c r="D1"><f t="shared" ref="D1:D3" si="0">A1*2</f><v>4</v></c></row>'
            b'<row r="2" hidden="1"><c r="D2"><f t="shared" si="0"/></c></row>'
            b'<row r="3"><c r="D3"><f t="shared" si="0"/><v>6</v></c></row></sheetData>'
            b'<cols/></worksheet>')
    cells = read_sheet_cells(data, "xl/worksheets/sheet1.xml")
    assert cells.errors == {(0, 1): "#REF!"}
    assert cells.formulas == {(0, 3): "A1*2", (1, 3): "A2*2", (2, 3): "A3*2"}
    assert cells.uncached == {(1, 3)}
    assert cells.hidden_rows == {1}


def test_a_shared_formula_reads_in_each_cells_own_terms():
    assert translate("SUM(B2:B10)*$C$1", (10, 1), (10, 2)) == "SUM(C2:C10)*$C$1"
    assert translate("E3*0.05", (2, 6), (7, 6)) == "E8*0.05"


def test_a_shared_formula_saved_by_libreoffice_is_read_in_every_cell(tmp_path):
    """LibreOffice saves a filled-down column as one shared formula; each cell gets its own."""
    plain = _filing(tmp_path / "filing.xlsx")
    saved = recalculated(plain, tmp_path / "lo")
    with Workbook(saved) as book:
        g = book.grid("预留份额")
    assert {g.formulas[(r, 6)] for r in range(2, 10)} == {f"E{r + 1}*0.05" for r in range(2, 10)}
    assert not g.computed  # values saved


def test_an_error_value_in_a_text_column_is_an_error_at_its_cell(tmp_path):
    path = _filing(tmp_path / "name.xlsx", reserve="=E{r}*0.12", extra={"B4": "=NA()"})
    saved = recalculated(path, tmp_path / "lo")
    with Workbook(saved) as book:
        assert book.grid("预留份额").rows[3][1] == CellError("#N/A")
    fr = xlrecon.check(saved, schema="unit-reserve").files[0]
    assert [(f.cell, f.severity) for f in fr.findings if f.message_key == "type.error_value"] == [("B4", "error")]


def test_an_xlsxwriter_file_with_cached_values_is_taken_at_them(tmp_path):
    """A formula with a saved value is taken at that value, as Excel shows it (nothing computed)."""
    import xlsxwriter

    path = tmp_path / "cached.xlsx"
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("S")
    ws.write_row(0, 0, ["a", "b"])
    ws.write_formula(1, 0, "=1+1", None, 7)  # a stale value: the file says 7, and 7 it is
    book.close()
    with Workbook(path) as wb:
        g = wb.grid("S")
    assert g.rows[1][0] == 7.0 and g.formulas == {(1, 0): "1+1"} and not g.computed


@pytest.fixture(autouse=True)
def _no_stray_lock_files(tmp_path):
    yield
    shutil.rmtree(tmp_path / "lo", ignore_errors=True)


def test_a_file_whose_checks_could_not_all_be_evaluated_is_never_shown_as_ok(tmp_path):
    """No error-severity finding, but a 合计 that is SUBTOTAL (not computable): the file is
    "incomplete" (未完全核对), the summary counts the checks not evaluated, the exit code is 1."""
    path = _filing(tmp_path / "incomplete.xlsx", reserve="=E{r}*0.12", total="=SUBTOTAL(109,{c}3:{c}10)")
    report = xlrecon.check(path, schema="unit-reserve")
    fr = report.files[0]
    assert not [f for f in fr.findings if f.severity == "error"]
    assert fr.status == "incomplete" and fr.not_evaluated() >= 2  # the two 合计 of money columns
    assert report.summary()["incomplete"] == 1 and report.summary()["not_evaluated"] == fr.not_evaluated()
    assert report.exit_code == 1
    r = subprocess.run([sys.executable, "-m", "xlrecon", "check", str(path), "--schema", "unit-reserve"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 1 and "未完全核对" in r.stdout and "无差异 0" in r.stdout


def test_a_row_rule_says_where_a_value_it_needs_is_not_a_number(tmp_path):
    path = _filing(tmp_path / "div0.xlsx", reserve="=E{r}*0.12", extra={"E5": "=1/0"})
    fr = xlrecon.check(path, schema="unit-reserve").files[0]
    passed = [f for f in fr.findings if f.message_key == "rule.not_evaluated"]
    assert {(f.check, f.cell) for f in passed} >= {("threshold", "G5"), ("ratio", "F5")}
    assert all(not f.evaluated and f.severity == "info" for f in passed)
    assert "E5" in passed[0].message("zh")
