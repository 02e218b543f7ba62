"""Likely causes of a 合计's or roll-up's gap, on planted faults in copies of the samples.

Each test first makes the sample's figures agree (so that the only fault is the planted one),
then plants one slip and checks that the cause listed first is that slip at its cell; and
that a gap no single slip explains is said to be so, with no cause made up.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

import xlrecon
from xlrecon.checks.causes import Part, Whole, likely_causes, transpositions
from xlrecon.findings import CellRef

ROOT = Path(__file__).resolve().parent.parent
ZZ = ROOT / "workbooks" / "zhengzhou-2020-reserve-progress.xlsx"
HN23 = ROOT / "workbooks" / "hunan-2023-retail-targets.xlsx"


def _agreeing_zhengzhou(tmp_path: Path):
    """The Zhengzhou sample with its 合计 row set to its rows' sums (the 2131.38 and 312.59 gone)."""
    wb = openpyxl.load_workbook(ZZ)
    ws = wb.active
    for col in "IJK":
        ws[f"{col}5"] = float(sum(Decimal(str(v)) for r in range(6, 25)
                                  if isinstance(v := ws[f"{col}{r}"].value, (int, float))))
    ws["L5"] = round(ws["K5"].value / ws["J5"].value, 4)
    return wb, ws


def _errors(path: Path, check: str = "total"):
    r = xlrecon.check(path)
    return [f for f in r.files[0].findings if f.check == check and f.severity == "error"]


def test_the_agreeing_copy_has_no_total_error(tmp_path):
    wb, _ = _agreeing_zhengzhou(tmp_path)
    wb.save(tmp_path / "ok.xlsx")
    assert _errors(tmp_path / "ok.xlsx") == []


def test_a_row_left_out_of_the_total_is_named_first(tmp_path):
    wb, ws = _agreeing_zhengzhou(tmp_path)
    ws["I5"] = float(Decimal(str(ws["I5"].value)) - Decimal("1438.26"))  # 中原 (I7) left out
    wb.save(tmp_path / "omitted.xlsx")
    [f] = _errors(tmp_path / "omitted.xlsx")
    assert f.cell == "I5" and f.difference == Decimal("1438.26")
    first = f.causes[0]
    assert (first.kind, first.cells[0].a1, first.row_label) == ("omitted", "I7", "中原")
    assert "I7（中原，1438.26 万元）与差额相符，合计可能漏计了这一行" in f.message("zh")
    assert "the whole may leave this row out" in f.message("en")
    d = f.to_dict()
    assert d["causes"][0]["kind"] == "omitted" and d["causes"][0]["cells"] == [{"sheet": ws.title, "cell": "I7"}]


def test_two_digits_swapped_are_named_first_with_the_value_they_give(tmp_path):
    wb, ws = _agreeing_zhengzhou(tmp_path)
    ws["I7"] = 1348.26  # 1438.26 typed with two digits swapped
    wb.save(tmp_path / "swap.xlsx")
    [f] = _errors(tmp_path / "swap.xlsx")
    assert f.difference == Decimal(-90)
    first = f.causes[0]
    assert (first.kind, first.cells[0].a1, first.corrected) == ("transposed", "I7", Decimal("1438.26"))
    assert "I7（中原）现为 1348.26 万元，若为 1438.26 万元（两位数字颠倒）则差额消除" in f.message()
    # 管城 1892.01 → 1982.01 and 二七 1129.36 → 1219.36 fit as exactly: the sentence says so
    assert [c.cells[0].a1 for c in f.causes] == ["I7", "I8", "I9"] and first.params["ties"] == 3
    assert "以下 3 处同样能解释差额" in f.message() and "3 places explain it equally well" in f.message("en")


def test_a_figure_typed_in_the_wrong_unit_is_named_first(tmp_path):
    wb = openpyxl.load_workbook(HN23)
    ws = wb["县市区目标"]
    at = next(c for c in ws["D"] if isinstance(c.value, (int, float)) and c.value > 5)
    typed = at.value
    at.value = typed * 10000  # 亿元 typed as 万元
    wb.save(tmp_path / "unit.xlsx")
    found = [f for f in xlrecon.check(tmp_path / "unit.xlsx").files[0].findings if f.severity == "error"
             and f.check in ("total", "rollup")]
    assert len(found) >= 2  # the county's city and the 合计s
    for f in found:
        first = f.causes[0]
        assert (first.kind, first.cells[0].a1, first.corrected) == ("unit_slip", at.coordinate,
                                                                    Decimal(str(typed)).normalize()), f.message()
    assert "1 万" not in found[0].message()  # the factor as a number, not a unit
    assert "的 10000 倍，可能混用了元、万元、亿元" in found[0].message()


def test_a_sign_error_is_named_first(tmp_path):
    wb, ws = _agreeing_zhengzhou(tmp_path)
    ws["K13"] = -ws["K13"].value  # 上街's trade typed negative
    wb.save(tmp_path / "sign.xlsx")
    [f] = [f for f in _errors(tmp_path / "sign.xlsx") if f.cell == "K5"]
    first = f.causes[0]
    assert (first.kind, first.cells[0].a1) == ("sign", "K13")


def test_a_sum_formula_that_misses_rows_is_named_first(tmp_path):
    wb, ws = _agreeing_zhengzhou(tmp_path)
    wb.save(tmp_path / "values.xlsx")
    ws["I5"] = "=SUM(I6:I21)"  # the last row (经开, I22) left out of the range
    wb.save(tmp_path / "formula.xlsx")
    from conftest import recalculated  # LibreOffice writes the formula's saved value

    path = recalculated(tmp_path / "formula.xlsx", tmp_path / "out")
    [f] = _errors(path)
    first = f.causes[0]
    assert first.kind == "formula_range" and [c.a1 for c in first.cells] == ["I5", "I22"]


def test_the_unchanged_sample_gap_is_said_to_have_no_single_cause():
    found = _errors(ZZ)
    assert {f.cell for f in found} == {"I5", "J5"}
    for f in found:
        assert f.causes == []
        assert "没有单处差错" in f.message() and "no single slip" in f.message("en")


def test_a_rounding_residue_gets_no_causes():
    for f in xlrecon.check(HN23).files[0].findings:
        assert f.causes is None


@pytest.mark.parametrize("v, swapped", [
    (Decimal("1348.26"), Decimal("1438.26")), (Decimal("12.5"), Decimal("21.5")), (Decimal("-30.1"), Decimal("-10.3")),
])
def test_transpositions_swap_two_digits_as_written(v, swapped):
    assert swapped in transpositions(v)
    assert v not in transpositions(v)


def test_nothing_is_listed_that_does_not_explain_the_whole_gap():
    w = CellRef("s", 9, 1)
    parts = [Part(CellRef("s", k, 1), Decimal(x)) for k, x in enumerate(["10.00", "20.00", "30.00"])]
    # 60.00 stated as 47.00: 13 is no row, no swap, no factor, no sign: nothing
    assert likely_causes(parts, Whole(w, Decimal("47.00")), Decimal(13), Decimal("0.02")) == []
    # stated 40: the row of 20 left out
    [c] = [c for c in likely_causes(parts, Whole(w, Decimal("40.00")), Decimal(20), Decimal("0.02"))
           if c.kind == "omitted"]
    assert c.cells == (CellRef("s", 1, 1),)


def test_a_total_left_as_it_was_last_round_is_named_stale_first(tmp_path):
    wb, ws = _agreeing_zhengzhou(tmp_path)
    wb.save(tmp_path / "last-round.xlsx")
    ws["I8"] = ws["I8"].value + 100  # a district's figure revised, the 合计 not updated
    wb.save(tmp_path / "this-round.xlsx")
    r = xlrecon.check(tmp_path / "this-round.xlsx", previous=tmp_path / "last-round.xlsx")
    [f] = [f for f in r.files[0].findings if f.check == "total" and f.severity == "error"]
    assert (f.causes[0].kind, f.causes[0].cells[0].a1) == ("stale", "I5")
    assert "与上一版各行之和" in f.message() and "previous version's sum" in f.message("en")
    # without the last round, nothing says stale
    assert "stale" not in {c.kind for f in _errors(tmp_path / "this-round.xlsx") for c in f.causes}


def test_one_rows_figures_swapped_between_two_columns_are_named_in_both_totals(tmp_path):
    wb, ws = _agreeing_zhengzhou(tmp_path)
    ws["J7"], ws["K7"] = ws["K7"].value, ws["J7"].value  # 中原's reserve and trade typed in each other's column
    wb.save(tmp_path / "columns.xlsx")
    found = {f.cell: f for f in _errors(tmp_path / "columns.xlsx")}
    assert [(c.kind, [x.a1 for x in c.cells]) for c in found["J5"].causes][0] == ("swapped", ["J7", "K7"])
    assert [(c.kind, [x.a1 for x in c.cells]) for c in found["K5"].causes][0] == ("swapped", ["K7", "J7"])
    assert "与同行「已完成交易总额」K7 可能填反" in found["J5"].message()


def test_a_transposed_hunan_2021_county_figure_is_among_the_equally_likely_first_and_said_to_tie(tmp_path):
    """平江县's local sales 1133.46 typed 1313.46: 180 more. 石门县's 641.72 read as a slip of 461.72
    explains it as exactly, and the sentence says that two places do; the 概况 sheet's 交易金额
    (12790.7, also the province's published figure) is not offered as the slip: two sources state it."""
    wb = openpyxl.load_workbook(ROOT / "workbooks" / "hunan-2021-xiangcun-zhenxing-bill.xlsx")
    ws = wb["县区交易情况"]
    assert (ws["A6"].value, ws["C6"].value) == ("平江县", 1133.46)
    ws["C6"] = 1313.46
    wb.save(tmp_path / "hn21.xlsx")
    [f] = _errors(tmp_path / "hn21.xlsx")
    assert f.difference == Decimal(180)
    ties = f.causes[0].params["ties"]
    first = [(c.kind, c.cells[0].a1, c.corrected) for c in f.causes[:ties]]
    assert ("transposed", "C6", Decimal("1133.46")) in first and all(k == "transposed" for k, _, _ in first)
    assert all(c.cells[0].sheet == "县区交易情况" for c in f.causes)  # not 概况!B6
    assert f"以下 {ties} 处同样能解释差额" in f.message()
