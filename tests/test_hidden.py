"""Hidden rows and columns: still the table's rows, listed once per table; a SUBTOTAL/AGGREGATE
合计 that leaves hidden rows out is compared with the visible rows, and says so. The files are
written by openpyxl and recalculated by LibreOffice headless (the cached values an office suite
writes, SUBTOTAL's among them)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

import xlrecon
from xlrecon.read.formulatext import hidden_rows_left_out

from conftest import recalculated

HEAD = ["序号", "单位名称", "主管部门", "食堂情况", "年度食堂食材采购总额（万元）", "预留比例", "预留份额（万元）",
        "上年度预留份额（万元）"]


def filing(path: Path, total: str = "=SUBTOTAL(109,{c}3:{c}10)", hidden=(5, 7), autofilter=False,
           hidden_cols=()) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "预留份额"
    ws.append(["中原区预算单位2023年度预留份额填报表"])
    ws.append(HEAD)
    for r in range(3, 11):
        ws.append([r - 2, f"单位{r}", "中原区", "自办", 100.0 + r * 10, 0.12, 12.0 + r * 1.2, 1.0])
    ws.append([None, "合计", None, None, total.format(c="E"), None, total.format(c="G"), total.format(c="H")])
    for r in hidden:
        ws.row_dimensions[r].hidden = True
    for c in hidden_cols:
        ws.column_dimensions[c].hidden = True
    if autofilter:
        ws.auto_filter.ref = "A2:H10"
    wb.save(path)
    return path


def check(path: Path):
    (fr,) = xlrecon.check(path, schema="unit-reserve").files
    return fr


def test_subtotal_109_total_is_compared_with_the_visible_rows(tmp_path):
    fr = check(recalculated(filing(tmp_path / "sub.xlsx"), tmp_path / "lo"))
    # SUBTOTAL(109) leaves rows 5 and 7 out: adding them would give a false 300 万元 difference
    assert not [f for f in fr.findings if f.check == "total"]
    [hidden] = [f for f in fr.findings if f.check == "hidden"]
    assert hidden.severity == "info" and hidden.cell == "B5" and hidden.params["rows"] == "5、7"
    assert "第 5、7 行" in hidden.message("zh") and fr.status == "ok"


def test_sum_total_adds_the_hidden_rows(tmp_path):
    fr = check(recalculated(filing(tmp_path / "sum.xlsx", total="=SUM({c}3:{c}10)"), tmp_path / "lo"))
    assert not [f for f in fr.findings if f.check == "total"]
    assert [f.rule for f in fr.findings if f.check == "hidden"] == ["table.hidden_rows"]


def test_a_subtotal_range_short_of_a_row_says_it_compares_visible_rows(tmp_path):
    fr = check(recalculated(filing(tmp_path / "short.xlsx", total="=SUBTOTAL(109,{c}3:{c}9)"), tmp_path / "lo"))
    [e] = [f for f in fr.findings if f.check == "total" and f.cell == "E11"]
    # visible rows 3, 4, 6, 8, 9, 10: 130 + 140 + 160 + 180 + 190 + 200; the total leaves row 10 out
    assert e.severity == "error" and e.actual == 1000 and e.expected == 800
    zh, en = e.message("zh"), e.message("en")
    assert "=SUBTOTAL(109,E3:E9)" in zh and "不计隐藏行" in zh and "第 5、7 行" in zh
    assert "visible rows only" in en


@pytest.mark.parametrize("autofilter", [True, False])
def test_subtotal_9_leaves_out_only_filtered_rows(tmp_path, autofilter):
    p = filing(tmp_path / "s9.xlsx", total="=SUBTOTAL(9,{c}3:{c}10)", autofilter=autofilter)
    fr = check(recalculated(p, tmp_path / "lo"))
    # LibreOffice leaves the rows out under a filter and adds them without one; xlrecon reads
    # SUBTOTAL(9) the same way, or one of the two cases would give a 300 万元 difference
    assert not [f for f in fr.findings if f.check == "total"]
    [hidden] = [f for f in fr.findings if f.check == "hidden"]
    assert ("由筛选隐藏" in hidden.message("zh")) is autofilter


def test_hidden_columns_are_listed(tmp_path):
    fr = check(recalculated(filing(tmp_path / "cols.xlsx", total="=SUM({c}3:{c}10)", hidden=(),
                                   hidden_cols=("C", "H")), tmp_path / "lo"))
    [f] = [f for f in fr.findings if f.check == "hidden"]
    assert f.rule == "table.hidden_cols" and f.cell == "C2"
    assert "C2（主管部门）" in f.message("zh") and "H2（上年度预留份额）" in f.message("zh")


def test_openpyxl_subtotal_without_value_is_reported_not_guessed(tmp_path):
    fr = check(filing(tmp_path / "plain.xlsx"))
    assert fr.status == "incomplete"
    totals = [f for f in fr.findings if f.check == "total"]
    assert totals and all(not f.evaluated for f in totals)
    assert "SUBTOTAL(109,E3:E10)" in totals[0].message("zh")


@pytest.mark.parametrize("formula, how", [
    ("SUBTOTAL(109,E3:E10)", "all"), ("SUBTOTAL(9,E3:E10)", "filtered"), ("subtotal( 101 , E3:E10)", "all"),
    ("_xlfn.AGGREGATE(9,5,E3:E10)", "all"), ("_xlfn.AGGREGATE(9,6,E3:E10)", "filtered"),
    ("SUM(E3:E10)", None), ("ROUND(SUBTOTAL(109,E3:E10),2)", "all"), ("SUBTOTAL(", None)])
def test_which_hidden_rows_a_formula_leaves_out(formula, how):
    assert hidden_rows_left_out(formula) == how
