"""The template's ``rules:``: validation of rule files (at load time, naming the place),
tolerances, rounding bounds from number formats, units, thresholds, ratios and region
names, each on a real workbook written by openpyxl."""

from __future__ import annotations

import copy
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

import xlrecon
from xlrecon.errors import XlreconError
from xlrecon.templates.loader import load_template

from conftest import ROOT, WORKBOOKS, ZZ_HEADER_SUB, ZZ_HEADER_TOP, ZZ_MERGES, zz_row

ZHENGZHOU = str(WORKBOOKS / "zhengzhou-2020-reserve-progress.xlsx")
RESERVE = yaml.safe_load((ROOT / "schemas" / "reserve-progress.yaml").read_text(encoding="utf-8"))
RETAIL = yaml.safe_load((ROOT / "schemas" / "retail-targets.yaml").read_text(encoding="utf-8"))
COUNTY_HEAD = ["序号", "县市区", "所属市州", "农产品网络零售额（亿元）"]


def rule_index(doc: dict, rule_id: str) -> int:
    return next(i for i, r in enumerate(doc["rules"]) if r["id"] == rule_id)


THRESHOLD = rule_index(RESERVE, "reserve.min-share")
RATIO = rule_index(RESERVE, "completion_rate.ratio")


def write_template(path: Path, doc: dict) -> Path:
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def edited(base: dict, edit) -> dict:
    doc = copy.deepcopy(base)
    edit(doc["rules"])
    return doc


def run(path, schema):
    (fr,) = xlrecon.check(path, schema=schema).files
    assert fr.error is None, fr.error and fr.error.message("en")
    return fr.findings


def only(findings, **attrs):
    return [f for f in findings if all(getattr(f, k) == v for k, v in attrs.items())]


def cli(*args):
    return subprocess.run([sys.executable, "-m", "xlrecon", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=120)


# --- rule-file validation ----------------------------------------------------------------------------------

def _set(i: int, **kv):
    return lambda rules: rules[i].update(kv)


BAD_RULES = {
    "unknown kind": (_set(0, kind="sum"), "rules[0].kind"),
    "unknown column": (_set(0, column="mgmt_ratio"), "rules[0].column"),
    "expression names an unknown column": (_set(THRESHOLD, check="reserve >= 10% * purchases"),
                                           f"rules[{THRESHOLD}].check"),
    "syntax error": (_set(THRESHOLD, check="reserve >= (10% * annual_purchase"), f"rules[{THRESHOLD}].check"),
    "money against a ratio": (_set(THRESHOLD, check="reserve >= 10%"), f"rules[{THRESHOLD}].check"),
    "money times money": (_set(RATIO, formula="completed * reserve"), f"rules[{RATIO}].formula"),
    "__import__": (_set(THRESHOLD, check="__import__('os').system('touch PWNED') >= 0"), f"rules[{THRESHOLD}].check"),
    "eval": (_set(THRESHOLD, when="eval('1 == 1')"), f"rules[{THRESHOLD}].when"),
    "remainder under eq": (lambda rules: rules.append(
        {"id": "reserve.cap", "kind": "total", "label": "预留", "column": "reserve", "relation": "eq",
         "remainder": "warning", "whole": {"value": 2000, "unit": "万元"}}), f"rules[{len(RESERVE['rules'])}].remainder"),
    "negative tolerance": (_set(0, tolerance={"abs": -1}), "rules[0].tolerance.abs"),
    "duplicate ids": (lambda rules: rules.append(dict(rules[THRESHOLD])), "rules"),
}


@pytest.mark.parametrize("case", list(BAD_RULES))
def test_a_bad_rule_fails_at_load_time_naming_its_place(case, tmp_path):
    edit, place = BAD_RULES[case]
    path = write_template(tmp_path / "bad.yaml", edited(RESERVE, edit))
    with pytest.raises(XlreconError) as err:
        load_template(path)
    assert err.value.code == "bad-template"
    msg = err.value.message("en")
    assert str(path) in msg and f"{place}: " in msg, msg
    # and the same for the library's check() and the command line, which never print a traceback
    with pytest.raises(XlreconError) as err2:
        xlrecon.check(ZHENGZHOU, schema=str(path))
    assert err2.value.code == "bad-template" and err2.value.message("en") == msg
    out = subprocess.run([sys.executable, "-m", "xlrecon", "check", ZHENGZHOU, "--schema", str(path), "--lang", "en"],
                         capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert out.returncode == 2
    assert f"{place}:" in out.stderr and "Traceback" not in out.stderr + out.stdout
    assert not (tmp_path / "PWNED").exists()  # nothing in a rule is ever run


def test_the_unedited_copy_loads():
    """The bad-rule cases differ from a valid template only by their edit."""
    import tempfile

    with tempfile.TemporaryDirectory() as td:
        t = load_template(write_template(Path(td) / "ok.yaml", RESERVE))
    assert [r.id for r in t.rules if r.kind != "total"] == [r["id"] for r in RESERVE["rules"]]


# ``__q__`` is the name the parser gives a number with a unit (10% -> __q__("10", "%")); a rule
# that writes it itself is a bad template (before e2f869f: a traceback from the loader, or a
# KeyError in the middle of the check for an unknown unit).
INTERNAL_HELPER = {
    "a column as its unit": "reserve >= __q__(reserve, reserve)",
    "no arguments": "reserve >= __q__()",
    "an unknown unit": "mgmt_rate >= __q__('1', 'foo')",
}


@pytest.mark.parametrize("case", list(INTERNAL_HELPER))
def test_the_internal_unit_helper_is_not_part_of_the_rule_language(case, tmp_path):
    path = write_template(tmp_path / "bad.yaml", edited(RESERVE, _set(THRESHOLD, check=INTERNAL_HELPER[case])))
    with pytest.raises(XlreconError) as err:
        load_template(path)
    assert err.value.code == "bad-template" and f"rules[{THRESHOLD}].check: " in err.value.message("en")


# --- tolerance overrides --------------------------------------------------------------------------------------

def county_sheet(amounts: list[float], total: float, names=("芙蓉区", "天心区", "岳麓区"), city="长沙市",
                 total_format: str | None = "0.00", part_format: str = "0.00"):
    rows = [COUNTY_HEAD] + [[i, n, city, a] for i, (n, a) in enumerate(zip(names, amounts), 1)]
    rows.append(["合计", None, None, total])
    formats = {f"D{r}": part_format for r in range(2, len(amounts) + 2)}
    if total_format is not None:
        formats[f"D{len(amounts) + 2}"] = total_format
    return {"S": rows}, {"S": formats}, f"D{len(amounts) + 2}"


@pytest.mark.parametrize("total, severity", [(18.33, "info"), (18.13, "info"), (18.03, "error"), (18.93, "info")])
def test_a_rule_with_its_own_absolute_tolerance(total, severity, xlsx, tmp_path):
    doc = copy.deepcopy(RETAIL)
    doc["rules"].append({"id": "amount.loose", "kind": "total", "label": "零售额合计（容差 0.5 亿元）",
                         "column": "amount", "whole": "total_row", "tolerance": {"abs": 0.5}})
    schema = write_template(tmp_path / "loose.yaml", doc)
    amounts = [3.90, 5.18, 9.55]  # 18.63
    sheets, formats, cell = county_sheet(amounts, total)
    findings = run(xlsx(sheets, formats=formats), str(schema))
    gap = sum(map(Decimal, map(str, amounts))) - Decimal(str(total))
    (f,) = only(findings, rule="amount.loose")
    assert (f.check, f.sheet, f.cell, f.severity) == ("total", "S", cell, severity)
    assert f.tolerance_kind == "absolute" and f.tolerance == Decimal("0.5")
    assert f.difference == gap and f.unit == "亿元"
    assert f.rounding_explainable is False  # the gap is beyond rounding; only the rule's tolerance excuses it
    assert f.fixup is None  # a tolerated gap is not rounding: no edits are suggested
    # the template's own rule, with the rounding tolerance, still calls every such gap an error
    (own,) = only(findings, rule="amount.total")
    assert own.severity == "error" and own.tolerance_kind == "rounding"


def test_a_relative_tolerance_is_a_share_of_the_whole(xlsx, tmp_path):
    doc = copy.deepcopy(RETAIL)
    doc["rules"].append({"id": "amount.rel", "kind": "total", "label": "零售额合计（容差 1%）",
                         "column": "amount", "whole": "total_row", "tolerance": {"rel": 0.01}})
    schema = write_template(tmp_path / "rel.yaml", doc)
    for total, severity in ((18.50, "info"), (18.40, "error")):  # 1% of 18.50 is 0.185 >= 0.13; of 18.40, 0.184 < 0.23
        sheets, formats, cell = county_sheet([3.90, 5.18, 9.55], total)
        (f,) = only(run(xlsx(sheets, formats=formats), str(schema)), rule="amount.rel")
        assert (f.severity, f.tolerance_kind) == (severity, "relative")
        assert f.tolerance == Decimal("0.01") * Decimal(str(total))


# --- rounding bounds at their edge ------------------------------------------------------------------------------

@pytest.mark.parametrize("parts, total, total_format, bound, severity", [
    # three parts and the total, all shown with 2 decimals: 4 x 0.005
    ([1.00, 2.00, 3.00], 6.02, "0.00", "0.02", "info"),
    ([1.00, 2.00, 3.00], 5.98, "0.00", "0.02", "info"),
    ([1.00, 2.00, 3.00], 6.03, "0.00", "0.02", "error"),
    # the same total shown with 3 decimals: 3 x 0.005 + 0.0005, whatever digits it holds
    ([1.00, 2.00, 3.00], 6.015, "0.000", "0.0155", "info"),
    ([1.00, 2.00, 3.00], 6.02, "0.000", "0.0155", "error"),
    # a General total holding "6": the template's decimals (2) stand for it, not the 0 digits typed
    ([1.00, 2.00, 3.02], 6, None, "0.02", "info"),
    ([1.00, 2.00, 3.03], 6, None, "0.02", "error"),
])
def test_the_rounding_bound_comes_from_the_number_format(parts, total, total_format, bound, severity, xlsx):
    sheets, formats, cell = county_sheet(parts, total, total_format=total_format)
    (f,) = only(run(xlsx(sheets, formats=formats), "retail-targets"), check="total")
    assert (f.sheet, f.cell, f.severity, f.tolerance_kind) == ("S", cell, severity, "rounding")
    assert f.tolerance == Decimal(bound)
    assert f.difference == sum(Decimal(str(p)) for p in parts) - Decimal(str(total))
    assert f.rounding_explainable is (severity == "info")
    if severity == "info" and total_format != "0.000":
        # the total stands for whole cents, as the parts do: one-cent edits make the parts add up to it
        assert f.fixup and sum(ch.new - ch.old for ch in f.fixup) == -f.difference
        assert all(abs(ch.new - ch.old) == Decimal("0.01") for ch in f.fixup)
    else:
        assert not f.fixup  # no clean fix-up: the total is shown with other decimals than the parts, or an error


def test_parts_shown_with_one_decimal_widen_the_bound(xlsx):
    sheets, formats, cell = county_sheet([1.0, 2.0, 3.0], 6.02, part_format="0.0")
    (f,) = only(run(xlsx(sheets, formats=formats), "retail-targets"), check="total")
    assert f.tolerance == 3 * Decimal("0.05") + Decimal("0.005") and f.severity == "info"


# --- units ------------------------------------------------------------------------------------------------------

def yuan_table(purchases: list[int], reserves: list[int], stated_purchase: int, stated_reserve: int,
               merged: bool = True):
    """A reserve-progress table whose two money columns are headed （元） and hold 元."""
    top = list(ZZ_HEADER_TOP)
    top[8], top[9] = "年度农副产品采购总额（元）", "拟预留采购总额（元）"
    rows = [top, list(ZZ_HEADER_SUB)]
    names = ["中原区", "二七区", "金水区", "惠济区"]
    for i, (p, r) in enumerate(zip(purchases, reserves)):
        row = zz_row(i + 1, names[i], 10, 10, p, r, 1.0)
        row[11] = 1.0 / (r / 10000)  # 1 万元 done of the reserve, in 万元
        rows.append(row)
    n = len(purchases)
    rows.append(["合计", None, 10 * n, 10 * n, 1.0, 10 * n, 10 * n, 1.0, stated_purchase, stated_reserve, 1.0 * n,
                 n / (sum(reserves) / 10000)])
    return {"S": rows}, ({"S": ZZ_MERGES} if merged else None)


def test_a_header_in_yuan_is_converted_to_the_templates_wanyuan(xlsx):
    purchases, reserves = [1_000_000, 1_234_567], [100_000, 100_000]
    sheets, merges = yuan_table(purchases, reserves, sum(purchases), sum(reserves))
    findings = run(xlsx(sheets, merges=merges), "reserve-progress")
    conv = only(findings, message_key="type.header_unit_converted")
    assert {(f.rule, f.severity, f.sheet, f.cell[0], f.unit) for f in conv} == {
        ("annual_purchase.unit", "warning", "S", "I", "万元"), ("reserve.unit", "warning", "S", "J", "万元")}
    assert all(f.check == "type" for f in conv)
    assert {f.cell for f in conv} == {"I1", "J1"}  # the cells that say （元）, the upper cells of I1:I2, J1:J2
    assert all(f.params["stated"] == "元" and Decimal(f.params["factor"]) == Decimal("0.0001") for f in conv)
    # the 合计 row in 元 agrees with its rows in 元
    assert only(findings, check="total") == []
    # the first district sets aside exactly 10 %; the second 100000 元 of 10 % x 1234567 元, in 万元
    (t,) = only(findings, check="threshold")
    assert (t.rule, t.severity, t.cell, t.row_label, t.unit) == ("reserve.min-share", "error", "J4", "二七区", "万元")
    gap_yuan = Decimal(reserves[1]) - Decimal("0.1") * purchases[1]
    assert t.difference == gap_yuan / 10000 == Decimal("-2.34567")
    assert t.actual == Decimal(reserves[1]) / 10000 and t.expected == Decimal("0.1") * purchases[1] / 10000
    assert only(findings, severity="error") == [t]


def test_a_total_in_yuan_that_disagrees_is_reported_in_wanyuan(xlsx):
    purchases, reserves = [1_000_000, 1_500_000], [100_000, 150_000]
    sheets, merges = yuan_table(purchases, reserves, sum(purchases) - 10_000, sum(reserves))
    (f,) = only(run(xlsx(sheets, merges=merges), "reserve-progress"), check="total")
    assert (f.rule, f.cell, f.severity, f.unit) == ("annual_purchase.total", "I5", "error", "万元")
    assert (f.expected, f.actual, f.difference) == (Decimal("249"), Decimal("250"), Decimal("1"))


def test_the_header_unit_warning_stands_at_the_cell_that_states_the_unit(xlsx):
    purchases, reserves = [1_000_000, 1_500_000], [100_000, 150_000]
    sheets, _ = yuan_table(purchases, reserves, sum(purchases), sum(reserves), merged=False)
    findings = run(xlsx(sheets), "reserve-progress")
    assert {f.cell for f in only(findings, message_key="type.header_unit_converted")} == {"I1", "J1"}


# --- thresholds -------------------------------------------------------------------------------------------------

def test_threshold_exactly_met_short_by_a_hair_and_blank(xlsx):
    rows = [ZZ_HEADER_TOP, ZZ_HEADER_SUB,
            zz_row(1, "中原区", purchase=1234.56, reserve=123.456),  # exactly 10 %
            zz_row(2, "二七区", purchase=1_000_000.00, reserve=99_900.00),  # 9.99 % of a big purchase
            zz_row(3, "金水区", purchase=500.00, reserve=40.00)]  # blank reserve: not evaluated
    rows[4][9] = rows[4][10] = rows[4][11] = None
    findings = run(xlsx({"S": rows}, merges={"S": ZZ_MERGES}), "reserve-progress")
    (f,) = only(findings, check="threshold")
    assert (f.rule, f.severity, f.sheet, f.cell, f.row_label, f.unit) == (
        "reserve.min-share", "error", "S", "J4", "二七区", "万元")
    assert f.difference == Decimal("99900") - Decimal("0.1") * Decimal("1000000") == Decimal("-100")
    assert (f.actual, f.expected) == (Decimal("99900"), Decimal("100000"))
    assert f.rounding_explainable is False and abs(f.difference) > f.tolerance
    assert "short by 100 万元" in f.message("en") and "差 100 万元" in f.message("zh")


@pytest.mark.parametrize("reserve, severity", [(123.45, "info"), (123.44, "error")])
def test_a_shortfall_rounding_can_explain_is_info(reserve, severity, xlsx):
    # 1234.6 shown with 1 decimal is 1234.55..1234.65, so 10 % of it is 123.455..123.465; a reserve
    # shown as 123.45 (0.00) is 123.445..123.455: they touch, and rounding can explain the shortfall
    rows = [ZZ_HEADER_TOP, ZZ_HEADER_SUB, zz_row(1, "中原区", purchase=1234.6, reserve=reserve)]
    findings = run(xlsx({"S": rows}, merges={"S": ZZ_MERGES}, formats={"S": {"I3": "0.0", "J3": "0.00"}}),
                   "reserve-progress")
    (f,) = only(findings, check="threshold")
    assert (f.cell, f.severity, f.rounding_explainable) == ("J3", severity, severity == "info")
    assert f.difference == Decimal(str(reserve)) - Decimal("123.46")
    assert f.tolerance == Decimal("0.01")  # 0.005 on each side


# --- ratios -----------------------------------------------------------------------------------------------------

def test_a_stated_ratio_is_right_when_it_is_the_recomputed_one_rounded(xlsx):
    rows = [ZZ_HEADER_TOP, ZZ_HEADER_SUB, zz_row(1, "中原区", 2217, 2127), zz_row(2, "二七区", 2217, 2127)]
    rows[2][4], rows[3][4] = 0.9594, 0.9595
    findings = run(xlsx({"S": rows}, merges={"S": ZZ_MERGES}, formats={"S": {"E3": "0.00%", "E4": "0.00%"}}),
                   "reserve-progress")
    (f,) = only(findings, check="ratio")
    assert (f.rule, f.severity, f.sheet, f.cell, f.row_label) == ("mgmt_rate.ratio", "error", "S", "E4", "二七区")
    q = Decimal("0.0000001")
    assert f.expected.quantize(q) == (Decimal(2127) / Decimal(2217)).quantize(q) == Decimal("0.9594046")
    assert f.actual == Decimal("0.9595")
    assert (f.difference - (Decimal("0.9595") - Decimal(2127) / Decimal(2217))).quantize(q) == 0
    assert f.rounding_explainable is False


def test_a_ratio_that_holds_more_digits_than_it_shows_agrees_when_what_it_shows_does(xlsx):
    """A ratio computed by a formula holds every digit (0.959404…) and shows two decimals of
    a percent: when what it shows is the recomputed ratio rounded, there is nothing to say
    (no rounding note per cell); when what it shows is not, it is a finding as before."""
    rows = [ZZ_HEADER_TOP, ZZ_HEADER_SUB, zz_row(1, "中原区", 2217, 2127), zz_row(2, "二七区", 45, 44),
            zz_row(3, "金水区", 2217, 2127)]
    rows[2][4], rows[3][4] = 2127 / 2217, 44 / 45  # what =D3/C3 leaves in the cell
    rows[4][4] = 2127 / 2217 + 0.0001  # shows 95.95% where 95.94% is right
    formats = {"S": {"E3": "0.00%", "E4": "0.00%", "E5": "0.00%"}}
    findings = run(xlsx({"S": rows}, merges={"S": ZZ_MERGES}, formats=formats), "reserve-progress")
    (f,) = only(findings, check="ratio")
    assert (f.cell, f.severity, f.rounding_explainable) == ("E5", "error", False)


# --- region names -----------------------------------------------------------------------------------------------

def test_a_county_under_the_wrong_city(xlsx):
    rows = [COUNTY_HEAD, [1, "芙蓉区", "株洲市", 3.90], [2, "天心区", "长沙市", 5.18], [3, "荷塘区", "株洲市", 2.08],
            [4, "雨湖区", "湘潭市", 3.72], [5, "岳塘区", "湘潭市", 3.05], ["合计", None, None, 17.93]]
    findings = run(xlsx({"S": rows}), "retail-targets")
    (f,) = only(findings, check="unknown-region")
    assert (f.message_key, f.severity, f.sheet, f.cell, f.actual) == (
        "unknown-region.wrong_parent", "error", "S", "B2", "芙蓉区")
    assert f.params["stated"] == "株洲市" and f.params["registry_city"] == "长沙市"
    assert only(findings, severity="error") == [f]


def test_a_county_under_the_wrong_city_among_that_citys_counties(xlsx):
    rows = [COUNTY_HEAD, [1, "芙蓉区", "株洲市", 3.90], [2, "荷塘区", "株洲市", 2.08], [3, "芦淞区", "株洲市", 1.84],
            [4, "石峰区", "株洲市", 1.34], ["合计", None, None, 9.16]]
    (f,) = only(run(xlsx({"S": rows}), "retail-targets"), check="unknown-region")
    assert (f.message_key, f.cell) == ("unknown-region.wrong_parent", "B2")


# --- texts in rule expressions ----------------------------------------------------------------------------------

def test_a_number_with_a_unit_inside_a_quoted_text_stays_text(xlsx, tmp_path):
    doc = edited(RESERVE, lambda rules: rules[THRESHOLD].update(when="region != '5%样本'"))
    schema = write_template(tmp_path / "when.yaml", doc)
    rows = [ZZ_HEADER_TOP, ZZ_HEADER_SUB, zz_row(1, "5%样本", purchase=100.0, reserve=5.0),
            zz_row(2, "中原区", purchase=100.0, reserve=5.0)]
    findings = run(xlsx({"S": rows}, merges={"S": ZZ_MERGES}), str(schema))
    assert [f.row_label for f in only(findings, check="threshold")] == ["中原区"]
