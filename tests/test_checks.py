"""Each check family on real workbooks: findings at the right cells, with the right figures."""

from __future__ import annotations

from decimal import Decimal

import xlrecon

from conftest import ZZ_HEADER_SUB, ZZ_HEADER_TOP, ZZ_MERGES, zz_row

HEAD = ["序号", "县区", "所属市州", "农产品网络零售额（亿元）"]


def run(path, schema=None):
    (fr,) = xlrecon.check(path, schema=schema).files
    assert fr.error is None, fr.error and fr.error.message("en")
    return fr


def by(fr, check):
    return [f for f in fr.findings if f.check == check]


def test_total_reports_signed_difference_at_the_total_cell(xlsx):
    path = xlsx({"S": [HEAD, [1, "甲", "A市", 1.25], [2, "乙", "A市", 2.5], ["合计", None, None, 4]]})
    (f,) = by(run(path), "total")
    assert (f.sheet, f.cell, f.row_label, f.severity) == ("S", "D4", "合计", "error")
    assert (f.expected, f.actual, f.difference) == (Decimal("4"), Decimal("3.75"), Decimal("-0.25"))
    assert f.unit == "亿元" and f.evaluated


def test_float_noise_is_never_a_total_finding(xlsx):
    parts = [0.1, 0.2, 0.7, 1.1, 2.2, 3.3]  # float sum 7.6000000000000005
    rows = [HEAD] + [[i, f"县{i}", "A市", v] for i, v in enumerate(parts, 1)] + [["合计", None, None, 7.6]]
    assert by(run(xlsx({"S": rows})), "total") == []


def test_non_numeric_value_is_an_error_and_the_total_is_not_evaluated(xlsx):
    path = xlsx({"S": [HEAD, [1, "甲", "A市", "待核实"], [2, "乙", "A市", 2.5], ["合计", None, None, 4]]})
    fr = run(path)
    (t,) = by(fr, "type")
    assert (t.cell, t.severity, t.actual) == ("D2", "error", "待核实")
    (tot,) = by(fr, "total")
    assert tot.evaluated is False and tot.severity != "error" and tot.cell == "D4"
    assert tot.difference is None
    assert by(fr, "missing") == []  # the unreadable value is reported once, as a type error
    assert "D2" in tot.message("en")


def test_blank_total_cell_is_not_evaluated(xlsx):
    path = xlsx({"S": [HEAD, [1, "甲", "A市", 1], ["合计", None, None, None]]})
    (tot,) = by(run(path), "total")
    assert tot.evaluated is False and tot.severity == "warning"


def test_range_check_from_the_template(xlsx):
    path = xlsx({"S": [HEAD, [1, "甲", "A市", -3.5], [2, "乙", "A市", 2]]})
    (f,) = by(run(path), "range")
    assert (f.cell, f.rule, f.actual, f.severity) == ("D2", "amount.ge", Decimal("-3.5"), "error")
    assert "-3.5" in f.message() and "0" in f.message()


def test_percent_range_on_a_two_level_header(xlsx):
    rows = [ZZ_HEADER_TOP, ZZ_HEADER_SUB, zz_row(1, "中原"), zz_row(2, "二七")]
    rows[3][4] = 1.25  # 125% activated
    (f,) = by(run(xlsx({"S": rows}, merges={"S": ZZ_MERGES})), "range")
    assert (f.cell, f.rule, f.column) == ("E4", "mgmt_rate.between", "管理账号/激活比率")
    assert "125.00%" in f.message()


def test_missing_required_value_is_reported_blank_is_not_zero(xlsx):
    path = xlsx({"S": [HEAD, [1, "甲", "A市", None], [2, None, "A市", 2], [3, "丙", "A市", 3],
                       ["合计", None, None, 5]]})
    fr = run(path)
    assert sorted((f.cell, f.column) for f in by(fr, "missing")) == [("B3", "地区"), ("D2", "农产品网络零售额")]
    assert by(fr, "total") == []  # 2 + 3 = 5: the blank counts as nothing, not as a mistake in the sum


def test_duplicate_key_names_the_first_occurrence(xlsx):
    path = xlsx({"S": [HEAD, [1, "茶陵县", "株洲市", 1], [2, "石门县", "常德市", 2], [3, "茶陵 县", "株洲市", 3]]})
    (f,) = by(run(path), "duplicate")
    assert (f.cell, f.row_label) == ("B4", "茶陵 县")
    assert "S!B2" in f.message()


def test_a_key_typed_many_times_is_one_finding_with_its_count_and_cells(xlsx):
    """2,400 rows naming three counties over and over: three findings (one per key, at its
    second cell), each with how many times it stands and its cells, not 2,397."""
    names = ["茶陵县", "石门县", "攸县"]
    rows = [[i, names[i % 3], "株洲市" if i % 3 != 1 else "常德市", 1] for i in range(2400)]
    fr = run(xlsx({"S": [HEAD, *rows]}))
    found = by(fr, "duplicate")
    assert [(f.row_label, f.cell, f.params["count"], f.params["more"]) for f in found] == [
        ("茶陵县", "B5", 800, 780), ("石门县", "B6", 800, 780), ("攸县", "B7", 800, 780)]
    assert found[0].params["cells"].split("、")[:3] == ["S!B2", "S!B5", "S!B8"]
    assert "共 800 处" in found[0].message() and "另有 780 处" in found[0].message()
    assert "800 times" in found[0].message("en") and "S!B2" in found[0].message("en")


def test_integer_column_rejects_fractions(xlsx):
    rows = [ZZ_HEADER_TOP, ZZ_HEADER_SUB, zz_row(1, "中原")]
    rows[2][2] = 10.5
    fr = run(xlsx({"S": rows}, merges={"S": ZZ_MERGES}))
    assert [(f.cell, f.rule) for f in by(fr, "type")] == [("C3", "mgmt_units.integer")]


def test_dates_in_a_number_column_are_type_errors(xlsx):
    import datetime as dt

    path = xlsx({"S": [HEAD, [1, "甲", "A市", dt.datetime(2023, 3, 20)], [2, "乙", "A市", 2]]})
    (f,) = by(run(path), "type")
    assert f.cell == "D2" and f.severity == "error"


def test_unit_written_in_cells_is_converted_before_summing(xlsx):
    path = xlsx({"S": [HEAD, [1, "甲", "A市", "15000万元"], [2, "乙", "A市", 2.5], ["合计", None, None, 4]]})
    fr = run(path)
    (u,) = [f for f in fr.findings if f.rule == "amount.unit"]
    assert (u.cell, u.severity, u.actual) == ("D2", "warning", Decimal("1.5"))
    assert by(fr, "total") == []  # 1.5 亿元 + 2.5 = 4


def test_a_unit_of_another_kind_is_an_error(xlsx):
    path = xlsx({"S": [HEAD, [1, "甲", "A市", "15%"], [2, "乙", "A市", 2.5], ["合计", None, None, 4]]})
    fr = run(path)
    (u,) = [f for f in fr.findings if f.rule == "amount.unit"]
    assert u.severity == "error" and "%" in u.message("en")
    assert by(fr, "total")[0].evaluated is False


def test_findings_carry_every_field_of_the_contract(xlsx):
    path = xlsx({"S": [HEAD, [1, "芙蓉区", "长沙市", 1], ["合计", None, None, 2]]})
    (f,) = run(path).findings
    d = f.to_dict("zh")
    assert set(d) >= {"check", "rule", "severity", "sheet", "cell", "row_label", "column", "expected", "actual",
                      "difference", "unit", "message"}
    assert (d["expected"], d["actual"], d["difference"]) == (2, 1, -1)
