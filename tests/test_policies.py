"""The seeds' policies on a budget unit's filing (template unit-reserve): the 10% reserve
except units without a canteen, not below last year's (in the row, and against the previous
period's file with --previous), the reserve rate, and the union's 300 元 / 15% standard."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal

import xlrecon

from conftest import write_xlsxwriter

HEAD = ["序号", "单位名称", "食堂情况", "年度食堂食材采购总额（万元）", "预留比例", "预留份额（万元）",
        "上年度预留份额（万元）", "工会会员人数", "工会福利总额（万元）", "工会采购额（万元）", "联系电话"]


def filing(path, rows):
    return write_xlsxwriter(path, {"填报表": [["郑州市某区预算单位预留份额填报表"], HEAD, *rows]})


ROWS = [
    # seq, unit, canteen, purchase, rate, reserve, last year, members, welfare, union, phone
    [1, "区财政局", "自办", 100, 0.1, 10, 9, 100, 20, 3, "13812345678"],           # all met (3 万元 = 300 元 × 100)
    [2, "区教育局", "自办", 100, 0.08, 8, 8, None, None, None, "0371-12345678"],  # 2 万元 short of 10%
    [3, "区档案馆", "无食堂", None, None, None, None, None, None, None, None],     # no canteen: exempt
    [4, "区科协", "共用", 50, None, None, None, None, None, None, None],           # shared: filed by the representative
    [5, "区卫健委", "外包", 200, 0.125, 25, 30, None, None, None, None],          # 5 万元 below last year
    [6, "区文联", "自办", 40, 0.12, 4, 4, None, None, None, None],                # rate stated 12%, is 10%
    [7, "区妇联", "自办", 30, 0.1, 3, 3, 100, 20, 2.9, "12345"],                  # union: 2.9 < 3 and < 15% × 20
    [8, "区团委", "自办", 30, 0.1, 3, 3, 100, 19, 2.9, None],                     # union: 2.9 >= 15% × 19 = 2.85
]


def findings(path, **kw):
    (fr,) = xlrecon.check(path, schema="unit-reserve", **kw).files
    assert fr.error is None, fr.error and fr.error.message("en")
    return fr.findings


def test_each_policy_is_reported_at_its_row_with_the_gap_in_wan_yuan(tmp_path):
    got = {(f.rule, f.row_label): f for f in findings(filing(tmp_path / "f.xlsx", ROWS)) if f.check != "total"}
    assert {k for k in got if got[k].severity == "error"} == {
        ("reserve.min-share", "区教育局"), ("reserve.not-below-last-year", "区卫健委"),
        ("reserve_rate.ratio", "区文联"), ("union.standard", "区妇联"),
    }
    assert got[("reserve.min-share", "区教育局")].difference == Decimal("-2")
    assert got[("reserve.min-share", "区教育局")].unit == "万元" and got[("reserve.min-share", "区教育局")].cell == "F4"
    assert got[("reserve.not-below-last-year", "区卫健委")].difference == Decimal("-5")
    assert got[("reserve_rate.ratio", "区文联")].expected == Decimal("0.1")
    union = got[("union.standard", "区妇联")]
    # the nearer alternative is reported: 15% × 20 = 3 万元 and 300 元 × 100 = 3 万元, short by 0.1 万元
    assert (union.expected, union.actual, union.difference, union.unit) == (Decimal("3"), Decimal("2.9"), Decimal("-0.1"), "万元")
    assert ("range", "区妇联") in {(f.check, f.row_label) for f in findings(filing(tmp_path / "g.xlsx", ROWS))}
    assert not [k for k in got if k[1] in ("区档案馆", "区科协", "区团委", "区财政局")]


def test_units_are_kept_apart_300_yuan_per_member_against_wan_yuan(tmp_path):
    # 2.99 万元 for 100 members is 299 元 each: short by 0.01 万元 (100 元), not by 29,900
    rows = [[1, "区审计局", "自办", 10, 0.1, 1, 1, 100, None, 2.99, None]]
    (f,) = [f for f in findings(filing(tmp_path / "u.xlsx", rows)) if f.rule == "union.standard"]
    assert (f.expected, f.actual, f.difference) == (Decimal("3"), Decimal("2.99"), Decimal("-0.01"))


def test_previous_period_file_is_compared_by_unit_name(tmp_path):
    last = filing(tmp_path / "2022.xlsx", [[1, "区财政局", "自办", 100, 0.12, 12, None, None, None, None, None],
                                          [2, "区教育局", "自办", 90, 0.1, 9, None, None, None, None, None]])
    this = filing(tmp_path / "2023.xlsx", [[1, "区教育局", "自办", 100, 0.1, 10, None, None, None, None, None],
                                          [2, "区财政局", "自办", 100, 0.1, 10, None, None, None, None, None]])
    assert not [f for f in findings(this) if f.rule == "reserve.previous-period"]  # no --previous: not evaluated
    got = [f for f in findings(this, previous=last) if f.rule == "reserve.previous-period"]
    assert [(f.row_label, f.expected, f.difference) for f in got] == [("区财政局", Decimal("12"), Decimal("-2"))]
    out = subprocess.run([sys.executable, "-m", "xlrecon", "check", str(this), "--schema", "unit-reserve",
                          "--previous", str(last), "--format", "json"], capture_output=True, text=True)
    data = json.loads(out.stdout)
    assert out.returncode == 1
    assert [f["row_label"] for f in data["files"][0]["findings"] if f["rule"] == "reserve.previous-period"] == ["区财政局"]
