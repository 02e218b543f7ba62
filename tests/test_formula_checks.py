"""Checks on formulas an auditor makes by hand: a 合计 range short of a row, one taking in a
subtotal (counted twice) or rows outside the table, a formula off its column's pattern, a 合计
typed as a number among formulas, a link to another workbook. Each file is checked as openpyxl
wrote it (no saved values) and as LibreOffice saved it: the formula findings are the same."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

import xlrecon
from xlrecon.read import formulatext

from conftest import recalculated

HEAD = ["序号", "单位名称", "主管部门", "食堂情况", "年度食堂食材采购总额（万元）", "预留比例", "预留份额（万元）",
        "上年度预留份额（万元）"]


def filing(path: Path, rows=range(3, 11), totals=None, extra=None) -> Path:
    """A unit filing with reserve formulas; ``totals``: {row: (label, E formula, G formula, H)}."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "预留份额"
    ws.append(["中原区预算单位2023年度预留份额填报表"])
    ws.append(HEAD)
    for r in rows:
        ws.cell(r, 1, r - 2)
        ws.cell(r, 2, f"单位{r}")
        ws.cell(r, 3, "中原区")
        ws.cell(r, 4, "自办")
        ws.cell(r, 5, 100.0 + r * 10)
        ws.cell(r, 6, f"=G{r}/E{r}")
        ws.cell(r, 7, f"=E{r}*0.12")
        ws.cell(r, 8, 1.0)
    last = max(rows)
    for r, (label, e, g, h) in (totals or {last + 1: ("合计", f"=SUM(E3:E{last})", f"=SUM(G3:G{last})",
                                                     f"=SUM(H3:H{last})")}).items():
        ws.cell(r, 2, label)
        ws.cell(r, 5, e)
        ws.cell(r, 7, g)
        ws.cell(r, 8, h)
    for ref, v in (extra or {}).items():
        ws[ref] = v
    wb.save(path)
    return path


def formula_findings(path: Path) -> list[tuple[str, str, str]]:
    (fr,) = xlrecon.check(path, schema="unit-reserve").files
    assert fr.error is None
    return [(f.rule, f.cell, f.severity) for f in fr.findings if f.check == "formula"]


@pytest.fixture
def both(tmp_path):
    """The formula findings of a file as openpyxl wrote it, after asserting LibreOffice's copy gives the same."""
    def run(**kw):
        plain = filing(tmp_path / "f.xlsx", **kw)
        got = formula_findings(plain)
        assert formula_findings(recalculated(plain, tmp_path / "lo")) == got
        return got
    return run


def test_a_clean_filing_has_no_formula_finding(both):
    assert both() == []


def test_sum_range_that_misses_the_last_row(both, tmp_path):
    got = both(totals={11: ("合计", "=SUM(E3:E9)", "=SUM(G3:G10)", "=SUM(H3:H10)")})
    assert got == [("formula.total_range", "E11", "warning")]
    (fr,) = xlrecon.check(tmp_path / "f.xlsx", schema="unit-reserve").files
    [f] = [f for f in fr.findings if f.check == "formula"]
    assert "=SUM(E3:E9)" in f.message("zh") and "第 10 行" in f.message("zh")
    assert "(该单元格" not in f.message("zh") and "xlrecon 计算" not in f.message("zh")


def test_total_that_includes_a_subtotal_counts_it_twice(both):
    got = both(rows=range(3, 11), totals={11: ("小计", "=SUM(E3:E10)", "=SUM(G3:G10)", "=SUM(H3:H10)"),
                                          12: ("合计", "=SUM(E3:E11)", "=SUM(G3:G10)", "=SUM(H3:H10)")})
    assert got == [("formula.double_count", "E12", "error")]


def test_grand_total_made_of_its_subtotals_is_right(both):
    rows = [3, 4, 5, 7, 8, 9]
    got = both(rows=rows, totals={6: ("小计", "=SUM(E3:E5)", "=SUM(G3:G5)", "=SUM(H3:H5)"),
                                  10: ("小计", "=SUM(E7:E9)", "=SUM(G7:G9)", "=SUM(H7:H9)"),
                                  11: ("合计", "=E6+E10", "=SUM(G6,G10)", "=SUM(H6,H10)")})
    assert got == []


def test_subtotal_over_subtotals_counts_each_row_once(both):
    rows = [3, 4, 5, 7, 8, 9]
    got = both(rows=rows, totals={6: ("小计", "=SUBTOTAL(9,E3:E5)", "=SUM(G3:G5)", "=SUM(H3:H5)"),
                                  10: ("小计", "=SUBTOTAL(9,E7:E9)", "=SUM(G7:G9)", "=SUM(H7:H9)"),
                                  11: ("合计", "=SUBTOTAL(9,E3:E10)", "=SUBTOTAL(9,G3:G10)", "=SUM(H6,H10)")})
    # SUBTOTAL leaves out the SUBTOTALs in its range (E), not the SUMs (G)
    assert got == [("formula.double_count", "G11", "error")]


def test_range_that_takes_in_rows_outside_the_table(both):
    # the 合计 on top; its range runs past the note that ends the table, into a stray figure
    got = both(rows=range(4, 12), totals={3: ("合计", "=SUM(E4:E13)", "=SUM(G4:G11)", "=SUM(H4:H11)")},
               extra={"A12": "注：本表由财务科填报", "E13": 5})
    assert got == [("formula.total_range", "E3", "warning")]


def test_one_formula_off_its_columns_pattern(both):
    assert both(extra={"G7": "=E7*0.05"}) == [("formula.inconsistent", "G7", "warning")]


def test_typed_total_among_formulas(both):
    got = both(totals={11: ("合计", "=SUM(E3:E10)", "=SUM(G3:G10)", 8)})
    assert got == [("formula.constant_total", "H11", "info")]


def test_link_to_another_workbook(tmp_path):
    got = formula_findings(filing(tmp_path / "f.xlsx", extra={"H4": "=[1]Sheet1!A1"}))
    assert ("formula.external", "H4", "warning") in got


@pytest.mark.parametrize("formula, row, col, expected", [
    ("E5*0.1", 4, 6, "R[0]C[-2]*0.1"), ("$E$5*0.1", 9, 6, "R5C5*0.1"), ("SUM(E3:E10)", 10, 4, "SUM(R[-8]C[0]:R[-1]C[0])"),
    ("sum(E3:E10)", 10, 4, "SUM(R[-8]C[0]:R[-1]C[0])"), ("'其他 表'!B2", 0, 0, "'其他 表'!R[1]C[1]"), ('"abc', 0, 0, None)])
def test_r1c1_form(formula, row, col, expected):
    assert formulatext.r1c1(formula, row, col) == expected
