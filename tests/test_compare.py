"""xlrecon compare (两表核对): two tables matched by key, amounts compared in one unit within the
rounding shown or a tolerance, duplicates and unreadable amounts listed, and the self-check."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import xlrecon
from xlrecon.findings import CellRef
from xlrecon.precision import Interval
from xlrecon.versions import compare as c

from conftest import WORKBOOKS, write_openpyxl

SUMMARY = WORKBOOKS / "zhengzhou-2020-reserve-progress.xlsx"
DISTRICTS = WORKBOOKS / "zhengzhou-2020-districts"


def _district_table(path: Path) -> Path:
    """The districts' filings added up per district (each file's district: the summary row its name
    names, as the batch matches them), one row per district that has exactly one file."""
    from xlrecon.batches.reconcile import match_row
    from xlrecon.batches.submissions import Submission
    from xlrecon.pipeline import read_tables
    from xlrecon.read.intervals import column_total
    from xlrecon.templates.loader import load_builtin

    summary = read_tables(SUMMARY, [load_builtin("reserve-progress")])[0]
    filings = load_builtin("unit-reserve")
    groups: dict[int, list[list[Decimal]]] = {}
    for f in sorted(DISTRICTS.glob("*.xlsx")):
        i = match_row(Submission(str(f), "unit-reserve", ""), summary.rows)
        assert i is not None, f
        tables = read_tables(f, [filings])
        groups.setdefault(i, []).append([sum((column_total(t, col)[0] for t in tables), Decimal(0))
                                         for col in ("canteen_purchase", "reserve")])
    rows = [["县市区", "年度农副产品采购总额", "拟预留采购总额"]]
    rows += [[summary.rows[i].label, float(s[0][0]), float(s[0][1])] for i, s in sorted(groups.items())
             if len(s) == 1]  # a district filed twice is not summed (the batch says so instead)
    return write_openpyxl(path, {"区县汇总": rows})


@pytest.fixture(scope="module")
def districts(tmp_path_factory) -> Path:
    return _district_table(tmp_path_factory.mktemp("cmp") / "区县汇总.xlsx")


def test_the_summary_against_the_district_filings_gives_the_batchs_rollup_differences(districts):
    r = xlrecon.compare(SUMMARY, districts, key=["县市区"], columns=["annual_purchase", "reserve"])
    assert r.a.template == "reserve-progress" and r.b.template is None
    assert r.self_check_holds
    found = {(p.label, col.label): g.difference for p in r.pairs for col, g in zip(r.columns, p.gaps)
             if g.difference}
    batch = json.loads(json.dumps(xlrecon.batch([WORKBOOKS], jobs=1).to_dict("zh")))
    rollups = {(f["row_label"], f["column"]): Decimal(str(f["difference"]))
               for f in batch["batch_findings"] if f["check"] == "rollup"}
    assert rollups  # 经开 off by 2 万元, 港区 inside the rounding
    # the batch says files − summary, compare says A − B with the summary as A
    assert found == {k: -v for k, v in rollups.items()}
    by = {p.label: p for p in r.pairs}
    assert by["经开"].status == "differs" and by["港区"].status == "match" and by["郑东新区"].status == "match"
    assert by["经开"].gaps[0].difference == Decimal("-2.00")
    assert by["经开"].a.amounts[0].cell == CellRef("预留比例填报和交易情况", 21, 8)  # I22
    assert by["经开"].b.amounts[0].cell.a1 == "B4"
    assert by["高新"].status == "only_a"  # two files for it: not summed
    assert r.counts()["only_b"] == 0


def test_region_names_pair_former_names_and_short_forms(tmp_path):
    a = write_openpyxl(tmp_path / "a.xlsx", {"表": [["县市区", "金额"], ["株洲县", 10.5], ["祁阳县", 3.25],
                                                   ["中原", 7.0]]})
    b = write_openpyxl(tmp_path / "b.xlsx", {"表": [["县市区", "金额"], ["中原区", 7.0], ["渌口区", 10.5],
                                                   ["祁 阳 市", 3.25]]})
    r = xlrecon.compare(a, b, key=["县市区"], columns=["金额"])
    assert [p.status for p in r.pairs] == ["match"] * 3
    assert {(p.a.label, p.b.label) for p in r.pairs} == {("株洲县", "渌口区"), ("祁阳县", "祁 阳 市"),
                                                         ("中原", "中原区")}
    assert r.clean and r.self_check_holds


def test_duplicate_keys_are_listed_and_paired_only_when_asked(tmp_path):
    a = write_openpyxl(tmp_path / "a.xlsx", {"表": [["单位名称", "金额"], ["甲", 1.0], ["乙", 2.0], ["乙", 3.0],
                                                   ["丙", 4.0]]})
    b = write_openpyxl(tmp_path / "b.xlsx", {"表": [["单位名称", "金额"], ["乙", 2.0], ["甲", 1.0], ["乙", 3.5]]})
    r = xlrecon.compare(a, b, key=["单位名称"], columns=["金额"])
    assert len(r.duplicates) == 1
    d = r.duplicates[0]
    assert d.label == "乙" and [e.row + 1 for e in d.a] == [3, 4] and [e.row + 1 for e in d.b] == [2, 4]
    assert not d.paired and "乙" not in {p.label for p in r.pairs}
    assert {p.label: p.status for p in r.pairs} == {"甲": "match", "丙": "only_a"}
    assert r.self_check_holds and r.checks[0].unpaired == Decimal("5.0") - Decimal("5.5")
    r2 = xlrecon.compare(a, b, key=["单位名称"], columns=["金额"], pair_duplicates=True)
    pairs = [(p.label, p.status, p.by_order) for p in r2.pairs if p.label == "乙"]
    assert pairs == [("乙", "match", True), ("乙", "differs", True)]
    assert r2.duplicates[0].paired and r2.self_check_holds


def test_an_unreadable_amount_is_listed_never_taken_as_zero(tmp_path):
    a = write_openpyxl(tmp_path / "a.xlsx", {"表": [["单位名称", "金额"], ["甲", 1.5], ["乙", "待核"], ["丙", 2.0]]})
    b = write_openpyxl(tmp_path / "b.xlsx", {"表": [["单位名称", "金额"], ["甲", 1.5], ["乙", 0.0], ["丙", 2.0]]})
    r = xlrecon.compare(a, b, key=["单位名称"], columns=["金额"])
    by = {p.label: p for p in r.pairs}
    assert by["乙"].status == "unreadable" and by["乙"].gaps[0].difference is None
    assert [(u.entry.label, u.amount.text, u.amount.cell.a1) for u in r.unreadable] == [("乙", "待核", "B3")]
    assert r.self_check_holds and not r.clean
    d = r.to_dict("zh")
    assert d["unreadable"][0]["text"] == "待核" and d["counts"]["unreadable"] == 1


def test_a_wanyuan_column_against_a_yuan_column(tmp_path):
    a = write_openpyxl(tmp_path / "a.xlsx", {"表": [["单位名称", "金额（万元）"], ["甲", 1.23], ["乙", 2.5],
                                                   ["丙", 0.75]]},
                       formats={"表": {"B2": "0.00", "B3": "0.00", "B4": "0.00"}})
    b = write_openpyxl(tmp_path / "b.xlsx", {"表": [["单位名称", "金额（元）"], ["甲", 12300], ["乙", 25060],
                                                   ["丙", 7549]]})
    r = xlrecon.compare(a, b, key=["单位名称"], columns=["金额"])
    col = r.columns[0]
    assert (col.unit_a, col.unit_b, col.unit) == ("万元", "元", "万元")
    by = {p.label: p for p in r.pairs}
    assert by["甲"].status == "match" and by["甲"].gaps[0].difference == 0
    # 2.50 万元 stands for 24950 … 25050 元: 25060 元 is beyond it; 7549 元 is inside 0.75 万元's
    assert by["乙"].status == "differs" and by["乙"].gaps[0].difference == Decimal("-0.006")
    assert by["丙"].status == "match" and by["丙"].gaps[0].difference == Decimal("-0.0049")
    assert by["乙"].b.amounts[0].shown == 25060 and r.self_check_holds
    assert r.checks[0].residue == Decimal("-0.0049") and r.checks[0].differs == Decimal("-0.006")


def test_a_tolerance_absolute_or_with_its_unit(districts):
    r = xlrecon.compare(SUMMARY, districts, key=["县市区"], columns=["annual_purchase", "reserve"], tolerance="2")
    statuses = {p.label: p.status for p in r.pairs if p.a and p.b}
    assert statuses == {"港区": "match", "郑东新区": "match", "经开": "match"}
    r = xlrecon.compare(SUMMARY, districts, key=["县市区"], columns=["annual_purchase"], tolerance="19999元")
    assert {p.label: p.status for p in r.pairs if p.a and p.b}["经开"] == "differs"
    assert r.pairs[0].gaps == () and r.self_check_holds
    g = next(p for p in r.pairs if p.label == "经开").gaps[0]
    assert g.tolerance == Decimal("1.9999")
    with pytest.raises(xlrecon.XlreconError) as exc:
        xlrecon.compare(SUMMARY, districts, key=["县市区"], columns=["annual_purchase"], tolerance="-1")
    assert exc.value.code == "compare-tolerance"


def test_a_column_not_there_is_an_error_naming_the_headers(tmp_path, districts):
    with pytest.raises(xlrecon.XlreconError) as exc:
        xlrecon.compare(SUMMARY, districts, key=["县市区"], columns=["已完成交易总额"])
    assert exc.value.code == "compare-column" and "拟预留采购总额" in exc.value.message("zh")


def test_the_cli_json_is_the_librarys(districts):
    from xlrecon.cli import main

    out = io.StringIO()
    with redirect_stdout(out):
        code = main(["compare", str(SUMMARY), str(districts), "--key", "县市区", "--columns", "annual_purchase",
                     "reserve", "--format", "json"])
    assert code == 1  # amounts differ
    lib = xlrecon.compare(SUMMARY, districts, key=["县市区"], columns=["annual_purchase", "reserve"])
    assert json.loads(out.getvalue()) == json.loads(json.dumps(lib.to_dict("zh"), ensure_ascii=False))
    assert json.loads(out.getvalue())["self_check"]["holds"] is True


def test_the_console_says_the_self_check(districts):
    from rich.console import Console

    from xlrecon.render.compare import render_compare

    r = xlrecon.compare(SUMMARY, districts, key=["县市区"], columns=["annual_purchase", "reserve"])
    con = Console(record=True, width=200)
    render_compare(r, con, "zh")
    text = con.export_text()
    assert "金额不等" in text and "自检" in text and "成立" in text and "不成立" not in text
    assert "预留比例填报和交易情况!I22" in text


def test_the_workbook_has_the_pairs_side_by_side_with_links(tmp_path, districts):
    import openpyxl

    out = tmp_path / "核对.xlsx"
    r = xlrecon.compare(SUMMARY, districts, key=["县市区"], columns=["annual_purchase", "reserve"], output=out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["两表核对", "自检"]
    ws = wb["两表核对"]
    rows = {(ws.cell(i, 1).value, ws.cell(i, 3).value): i for i in range(2, ws.max_row + 1)}
    i = rows[("经开", "年度农副产品采购总额")]
    assert ws.cell(i, 2).value == "金额不等" and ws.cell(i, 9).value == -2
    assert ws.cell(i, 6).value == "预留比例填报和交易情况!I22" and ws.cell(i, 8).value == "区县汇总!B4"
    link_a, link_b = ws.cell(i, 6).hyperlink, ws.cell(i, 8).hyperlink
    assert link_a.target.endswith("zhengzhou-2020-reserve-progress.xlsx")
    assert link_a.location == "'预留比例填报和交易情况'!I22"
    assert link_b.target.endswith(".xlsx") and link_b.location == "'区县汇总'!B4"
    assert ws.max_row == 1 + len(r.pairs) * len(r.columns)
    assert wb["自检"].cell(2, 13).value == "成立"


# --- the identity, on random tables -------------------------------------------------------------

_amount = st.one_of(st.none(), st.decimals(min_value=-10**6, max_value=10**6, places=2, allow_nan=False,
                                           allow_infinity=False))


def _entry(side: str, i: int, key: str | None, values: list[Decimal | None]) -> c.Entry:
    cells = [CellRef("s", i, 1 + j) for j in range(len(values))]
    amounts = tuple(c.Amount(cell, v, None if v is None else Interval.around(v, Decimal("0.005")), shown=v,
                             text=None if v is not None else "待核") for cell, v in zip(cells, values))
    return c.Entry(side, i, None if key is None else (key,), (key or "",), (CellRef("s", i, 0),), amounts)


_rows = st.lists(st.tuples(st.one_of(st.none(), st.sampled_from("甲乙丙丁戊己庚辛")),
                           st.lists(_amount, min_size=2, max_size=2)), max_size=12)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_rows, _rows, st.one_of(st.none(), st.decimals(min_value=0, max_value=100, places=2)), st.booleans())
def test_the_self_check_holds_on_random_tables(rows_a, rows_b, tolerance, pair_duplicates):
    a = [_entry("a", i, k, v) for i, (k, v) in enumerate(rows_a)]
    b = [_entry("b", i, k, v) for i, (k, v) in enumerate(rows_b)]
    cols = [c.Column(n, n, n, n, "万元", "万元", "万元") for n in ("x", "y")]
    pairs, dups, _ = c.pair_rows(a, b, 2, [tolerance, tolerance], pair_duplicates)
    checks = c.self_checks(cols, a, b, pairs)
    assert all(ch.holds for ch in checks), checks
    for j, ch in enumerate(checks):  # each term is what it says
        assert ch.sum_a == sum((e.amounts[j].value for e in a if e.amounts[j].value is not None), Decimal(0))
        assert ch.only_a == sum((p.a.amounts[j].value or 0 for p in pairs if p.status == "only_a"), Decimal(0))
    paired = [e for p in pairs for e in (p.a, p.b) if e is not None]
    assert len(paired) == len({id(e) for e in paired})  # no row in two pairs
    if not pair_duplicates:
        assert not any(p.by_order and p.a and p.b for p in pairs)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                    HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(["中原区", "二七区", "金水区", "惠济区", "上街区", "巩义市"]),
                          st.decimals(min_value=0, max_value=10**5, places=2), st.integers(-2, 2)),
                min_size=1, max_size=8))
def test_the_self_check_holds_on_random_workbooks(tmp_path, rows):
    a = write_openpyxl(tmp_path / "a.xlsx", {"表": [["县市区", "金额（万元）"]] + [[k, float(v)] for k, v, _ in rows]})
    # d == 2: the row is left out of B, but B keeps one row (a header alone is no table: an error)
    kept = [(k, v, d) for k, v, d in rows[::-1] if d != 2] or [(rows[0][0], rows[0][1], 0)]
    b = write_openpyxl(tmp_path / "b.xlsx", {"表": [["县市区", "金额（元）"]] + [
        [k, float(v * 10000 + d * 100)] for k, v, d in kept]})
    r = xlrecon.compare(a, b, key=["县市区"], columns=["金额"])
    assert r.self_check_holds, r.to_dict("en")["self_check"]


def test_a_table_that_is_a_header_alone_is_an_error_not_an_empty_comparison(tmp_path):
    a = write_openpyxl(tmp_path / "a.xlsx", {"表": [["县市区", "金额（万元）"], ["中原区", 1.5]]})
    b = write_openpyxl(tmp_path / "b.xlsx", {"表": [["县市区", "金额（元）"]]})
    with pytest.raises(xlrecon.XlreconError) as exc:
        xlrecon.compare(a, b, key=["县市区"], columns=["金额"])
    assert exc.value.code == "compare-column" and "b.xlsx" in exc.value.message("zh")
