"""The sample workbooks made from the seeds: what xlrecon reports on them, and that the
script in the repo regenerates them."""

from __future__ import annotations

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


def test_zhengzhou_has_no_other_findings():
    # the other summed columns (accounts, 已完成交易总额 176.32) agree; nothing else is wrong
    assert [f.check for f in only(ZHENGZHOU).findings] == ["total", "total"]


def test_hunan_2021_county_table_is_found_and_read_completely():
    fr = only(HUNAN_2021)
    assert fr.schema == "county-trade"
    assert fr.findings == []  # no 合计 row in the bill's county table; reconciliation is issue #3's
    from xlrecon.templates import load_builtin
    from xlrecon.workbook.layout import build_table, locate
    from xlrecon.workbook.reader import Workbook

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


def test_hunan_2023_targets_sum_to_their_printed_figures():
    fr = only(HUNAN_2023)
    assert fr.schema == "retail-targets"
    totals = {(f.sheet, f.cell): f.actual for f in fr.findings if f.check == "total"}
    assert totals == {("县市区目标", "D126"): Decimal("399.94"), ("市州目标", "C17"): Decimal("400.01")}


def test_generator_reproduces_the_committed_workbooks(tmp_path):
    pytest.importorskip("openpyxl")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_workbooks.py"), str(tmp_path)], check=True,
                   capture_output=True)
    for committed in (ZHENGZHOU, HUNAN_2021, HUNAN_2023):
        fresh = tmp_path / committed.name
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
