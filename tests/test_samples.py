"""The sample workbooks made from the seeds: what xlrecon reports on them, and that the
script in the repo regenerates them."""

from __future__ import annotations

import csv
import subprocess
import sys
from decimal import Decimal

import python_calamine
import pytest

import xlrecon

from conftest import ROOT, WORKBOOKS

ZHENGZHOU = WORKBOOKS / "zhengzhou-2020-reserve-progress.xlsx"
HUNAN_2021 = WORKBOOKS / "hunan-2021-xiangcun-zhenxing-bill.xlsx"
HUNAN_2023 = WORKBOOKS / "hunan-2023-retail-targets.xlsx"


def only(path):
    (fr,) = xlrecon.check(path).files
    assert fr.error is None
    return fr


def test_zhengzhou_totals_disagree_in_exactly_two_columns():
    fr = only(ZHENGZHOU)
    assert fr.schema == "reserve-progress" and fr.status == "discrepancies"
    totals = [f for f in fr.findings if f.check == "total"]
    got = [(f.cell, f.column, f.actual, f.expected, f.difference) for f in totals]
    assert got == [
        ("I5", "年度农副产品采购总额", Decimal("21079.72"), Decimal("18948.34"), Decimal("2131.38")),
        ("J5", "拟预留采购总额", Decimal("1937.09"), Decimal("1624.5"), Decimal("312.59")),
    ]
    assert all(f.row_label == "合计" and f.unit == "万元" for f in totals)


def test_zhengzhou_the_eleven_districts_below_ten_percent_and_nothing_else():
    fr = only(ZHENGZHOU)
    # from the seed table itself: which districts set aside less than 10% of their purchases
    with (WORKBOOKS / "source" / "zhengzhou-2020-reserve-progress.csv").open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["region"] != "合计"]
    short = {r["region"]: Decimal(r["reserve"]) - Decimal("0.1") * Decimal(r["annual_purchase"])
             for r in rows if Decimal(r["reserve"]) < Decimal("0.1") * Decimal(r["annual_purchase"])}
    assert sorted(short) == sorted(["中原", "管城", "金水", "惠济", "上街", "巩义", "新密", "荥阳", "登封", "郑东新区", "经开"])
    got = {f.row_label: f for f in fr.findings if f.check == "threshold"}
    assert {k: f.difference for k, f in got.items()} == short
    assert got["中原"].difference == Decimal("-5.786") and got["新密"].difference == Decimal("-228.515")
    assert all(f.unit == "万元" and f.severity == "error" and f.cell.startswith("J") for f in got.values())
    assert "差 5.786 万元" in got["中原"].message("zh") and "short by 5.786 万元" in got["中原"].message("en")
    # the ratios (激活比率, 完成比例) agree with their parts at their displayed precision, every
    # district name is in the register, and the only other findings are the two totals
    assert [f.check for f in fr.findings if f.check != "threshold"] == ["total", "total"]


def test_hunan_2021_county_table_is_reconciled_against_the_overview_sheet():
    fr = only(HUNAN_2021)
    assert fr.schema == "county-trade"
    by_rule = {f.rule: f for f in fr.findings}
    # 本地农产品销售金额 sums to exactly 12790.7 and 供应商订单数量 to 18647; 787 suppliers <= 789
    assert not {"local_sales.province", "orders.province", "suppliers.province"} & set(by_rule)
    rem = by_rule["unit_purchase.province"]
    assert (rem.severity, rem.sheet, rem.cell, rem.row_label) == ("warning", "概况", "B6", "交易金额")
    assert (rem.expected, rem.actual, rem.difference) == (Decimal("12790.7"), Decimal("10056.38"), Decimal("-2734.32"))
    assert "少 2734.32 万元" in rem.message("zh") and rem.rounding_explainable is False
    regions = {f.row_label: f for f in fr.findings if f.check == "unknown-region"}
    assert set(regions) == {"涪口区", "祁阳县", "资兴县"}
    assert regions["涪口区"].severity == "error" and regions["涪口区"].params["suggestions"].split("、")[0] == "渌口区"
    assert regions["祁阳县"].severity == "info" and regions["祁阳县"].params["now"] == "祁阳市"
    assert [f.check for f in fr.findings if f.severity == "error"] == ["unknown-region"]


def test_a_county_table_sent_alone_is_reconciled_against_the_published_figures(tmp_path):
    from openpyxl import load_workbook

    wb = load_workbook(HUNAN_2021)
    del wb["概况"]
    alone = tmp_path / "county-table-alone.xlsx"
    wb.save(alone)
    fr = only(alone)
    rem = next(f for f in fr.findings if f.rule == "unit_purchase.province")
    assert rem.params["whole_kind"] == "constant" and rem.expected == Decimal("12790.7")
    assert rem.difference == Decimal("-2734.32") and (rem.sheet, rem.cell) == ("县区交易情况", "B3")
    assert "公布数" in rem.message("zh")
    assert not {"local_sales.province", "orders.province", "suppliers.province"} & {f.rule for f in fr.findings}


def test_hunan_2021_county_table_is_read_completely():
    from xlrecon.templates import load_builtin
    from xlrecon.read.layout import build_table, locate
    from xlrecon.read.workbook import Workbook

    with Workbook(HUNAN_2021) as wb:
        grid = wb.grid("县区交易情况")
    t = build_table(grid, load_builtin("county-trade"), locate(grid, load_builtin("county-trade")))
    assert len(t.rows) == 139
    sums = {c: sum((r.cells[c].value.value for r in t.rows if r.cells[c].value.kind == "number"), Decimal(0))
            for c in ("unit_purchase", "local_sales", "suppliers", "orders")}
    assert sums == {"unit_purchase": Decimal("10056.38"), "local_sales": Decimal("12790.70"),
                    "suppliers": 787, "orders": 18647}
    blanks = sum(1 for r in t.rows if r.cells["local_sales"].value.is_blank)
    assert blanks == 41  # 市直单位 and zones: blank, not zero


def test_hunan_2023_rounding_residues_are_info_with_a_fixup_to_exactly_400():
    fr = only(HUNAN_2023)
    assert fr.schema == "retail-targets" and fr.status == "ok"
    assert not [f for f in fr.findings if f.severity != "info"]
    totals = {(f.sheet, f.cell): f for f in fr.findings if f.check == "total"}
    assert {k: f.actual for k, f in totals.items()} == {("县市区目标", "D126"): Decimal("399.94"),
                                                        ("市州目标", "C17"): Decimal("400.01")}
    counties = totals[("县市区目标", "D126")]
    assert counties.rounding_explainable and counties.tolerance_kind == "rounding"
    assert counties.tolerance == Decimal("0.62")  # 123 × 0.005 + 0.005
    # the fix-up: six one-step edits, applied to the county figures, give exactly 400.00
    values = _county_values()
    assert len(counties.fixup) == 6 and all(abs(c.new - c.old) == Decimal("0.01") for c in counties.fixup)
    for c in counties.fixup:
        assert values[c.where.a1] == c.old
        values[c.where.a1] = c.new
    assert sum(values.values()) == Decimal("400.00")
    # the city-by-city gaps of 0.01-0.02 are rounding too
    cities = {f.row_label: f.difference for f in fr.findings if f.check == "rollup" and f.row_label != "合计"}
    assert cities == {"株洲市": Decimal("-0.01"), "湘潭市": Decimal("-0.02"), "衡阳市": Decimal("-0.02"),
                      "益阳市": Decimal("-0.01"), "郴州市": Decimal("-0.02"), "永州市": Decimal("0.01")}


def _county_values() -> dict[str, Decimal]:
    with (WORKBOOKS / "source" / "hunan-2023-retail-counties.csv").open(encoding="utf-8") as fh:
        return {f"D{i}": Decimal(r["amount"]) for i, r in enumerate(csv.DictReader(fh), start=3)}


@pytest.mark.parametrize("county_row", [3, 20, 64, 100, 125])
def test_one_county_moved_beyond_the_bound_is_an_error_at_its_city_and_at_the_totals(tmp_path, county_row):
    from openpyxl import load_workbook

    wb = load_workbook(HUNAN_2023)
    ws = wb["县市区目标"]
    city = ws.cell(county_row, 3).value
    # the county sheet's bound is 0.62 and its gap -0.06: one step (0.01) beyond the bound
    ws.cell(county_row, 4).value = float(Decimal(str(ws.cell(county_row, 4).value)) + Decimal("0.69"))
    path = tmp_path / "moved.xlsx"
    wb.save(path)
    fr = only(path)
    city_row = next(r for r in range(3, 17) if wb["市州目标"].cell(r, 2).value == city)
    errors = {(f.sheet, f.cell, f.check) for f in fr.findings if f.severity == "error"}
    assert errors == {("县市区目标", "D126", "total"), ("市州目标", f"C{city_row}", "rollup"),
                      ("市州目标", "C17", "rollup")}


def test_generator_reproduces_the_committed_workbooks(tmp_path):
    pytest.importorskip("openpyxl")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_workbooks.py"), str(tmp_path)], check=True,
                   capture_output=True)
    districts = sorted((ROOT / "workbooks" / "zhengzhou-2020-districts").glob("*.xlsx"))
    assert len(districts) == 5
    for committed in (ZHENGZHOU, HUNAN_2021, HUNAN_2023, *districts):
        fresh = tmp_path / committed.relative_to(ROOT / "workbooks")
        a = python_calamine.CalamineWorkbook.from_path(str(committed))
        b = python_calamine.CalamineWorkbook.from_path(str(fresh))
        assert a.sheet_names == b.sheet_names
        for name in a.sheet_names:
            sa, sb = a.get_sheet_by_name(name), b.get_sheet_by_name(name)
            assert sa.to_python() == sb.to_python(), f"{committed.name}!{name} differs from the generator's output"
            assert sa.merged_cell_ranges == sb.merged_cell_ranges


@pytest.mark.parametrize("suffix", [".ods", ".xls"])
def test_other_formats_written_by_libreoffice_give_the_same_findings(suffix):
    converted = ROOT / "tests" / "data" / f"zhengzhou-2020-reserve-progress{suffix}"
    want = [(f.check, f.cell, f.actual, f.expected, f.difference) for f in only(ZHENGZHOU).findings]
    fr = only(converted)
    assert fr.schema == "reserve-progress"
    assert [(f.check, f.cell, f.actual, f.expected, f.difference) for f in fr.findings] == want
