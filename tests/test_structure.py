"""Tables as they are really built: of-which rows, subtotals inside the list, parents over their
children, subtracted rows; each on workbooks the tests write, checked end to end."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from openpyxl import load_workbook

import xlrecon
from xlrecon.cli import main

from conftest import WORKBOOKS

TRADE = ["序号", "县（市、区）", "预算单位采购金额", "本地农产品销售金额", "供应商入驻数量", "供应商订单数量"]
#: a title of another year, so that the province's published 2021 figures do not apply
TRADE_TITLE = ["2022 年县（市、区）交易情况"]


def run(path, schema=None):
    (fr,) = xlrecon.check(path, schema=schema).files
    assert fr.error is None, fr.error and fr.error.message("en")
    return fr


def furong(of_which_row):
    return [TRADE_TITLE, TRADE,
            [1, "芙蓉区", 1000, 500, 10, 100],
            of_which_row,
            [2, "天心区", 2000, 700, 20, 200],
            ["合计", None, 3000, 1200, 30, 300]]


def test_an_of_which_line_is_no_part_of_the_total_and_its_name_is_read_without_the_marker(xlsx):
    path = xlsx({"县区": furong([None, "其中：长沙市直单位", 400, None, 4, 40])})
    fr = run(path, "county-trade")
    assert fr.findings == [], [f.message("zh") for f in fr.findings]
    (table,) = fr.tables
    assert table["structure"]["of_which"] == [{"row": 3, "rows": [4]}]
    assert table["structure"]["top_level"] == 2
    assert any(k == "table_structure" for k, _ in fr.notes)


def test_without_the_marker_the_same_row_is_counted_and_the_total_is_wrong(xlsx):
    """The check above can fail: the same figures as a row of their own give the four errors."""
    path = xlsx({"县区": furong([None, "长沙市直单位", 400, None, 4, 40])})
    errors = [f for f in run(path, "county-trade").findings if f.severity == "error"]
    assert {(f.check, f.cell) for f in errors} == {("total", "C6"), ("total", "E6"), ("total", "F6")}


@pytest.mark.parametrize("label", ["其中：长沙市直单位", "其中:长沙市直单位", "其中 长沙市直单位",
                                   "　其中：长沙市直单位"])
def test_of_which_markers_as_typed(xlsx, label):
    path = xlsx({"县区": furong([None, label, 400, None, 4, 40])})
    assert run(path, "county-trade").findings == []


def test_an_of_which_figure_larger_than_its_parent_is_an_error_at_it(xlsx):
    path = xlsx({"县区": furong([None, "其中：长沙市直单位", 1400, None, 4, 40])})
    fr = run(path, "county-trade")
    (f,) = [f for f in fr.findings if f.severity == "error"]
    assert (f.check, f.cell, f.row_label) == ("total", "C4", "其中:长沙市直单位")
    assert f.message_key == "of_which_item.exceeds"
    assert (f.expected, f.actual, f.difference) == (Decimal(1000), Decimal(1400), Decimal(400))
    assert "芙蓉区" in f.message("zh") and "C3" in f.message("zh")
    # the 合计 still leaves the of-which row out: no total error
    assert not [g for g in fr.findings if g.message_key.startswith("total.")]


def test_of_which_rows_together_may_not_exceed_their_parent(xlsx):
    rows = furong([None, "其中：长沙市直单位", 600, None, 4, 40])
    rows.insert(4, [None, "其中：芙蓉区直属单位", 500, None, 4, 40])
    fr = run(xlsx({"县区": rows}), "county-trade")
    (f,) = [f for f in fr.findings if f.severity == "error" and f.check == "total"]
    assert (f.cell, f.message_key, f.expected, f.actual) == ("C3", "of_which.exceeds", Decimal(1000), Decimal(1100))
    assert "第 4、5 行" in f.message("zh")


def test_complete_of_which_rows_must_add_up_to_their_parent(xlsx, tmp_path):
    text = (WORKBOOKS.parent / "schemas" / "county-trade.yaml").read_text(encoding="utf-8")
    text = text.replace("table:\n", "table:\n  of_which_complete: true\n", 1)
    text = text.replace("name: county-trade", "name: trade-complete")
    schema = tmp_path / "complete.yaml"
    schema.write_text(text, encoding="utf-8")
    rows = furong([None, "其中：长沙市直单位", 600, 500, 6, 60])
    rows.insert(4, [None, "其中：芙蓉区直属单位", 300, None, 4, 40])
    fr = run(xlsx({"县区": rows}), str(schema))
    (f,) = [f for f in fr.findings if f.severity == "error" and f.check == "total"]
    assert (f.cell, f.message_key, f.expected, f.actual) == ("C3", "of_which.mismatch", Decimal(1000), Decimal(900))


SUB_HEAD = ["单位", "预算单位采购金额", "本地农产品销售金额", "供应商入驻数量", "供应商订单数量"]


def subtotal_rows(second_subtotal):
    return [TRADE_TITLE, SUB_HEAD,
            ["芙蓉区", 100, 50, 1, 10],
            ["天心区", 200, 70, 2, 20],
            ["小计", 300, 120, 3, 30],
            ["荷塘区", 10, 5, 1, 1],
            ["芦淞区", 20, 6, 1, 2],
            ["小计", second_subtotal, 11, 2, 3],
            ["合计", 330, 131, 5, 33]]


def test_subtotals_inside_the_list_are_checked_and_the_total_is_their_sum(xlsx):
    fr = run(xlsx({"S": subtotal_rows(30)}), "county-trade")
    assert fr.findings == [], [f.message("zh") for f in fr.findings]
    (table,) = fr.tables
    assert [g["rows"] for g in table["structure"]["subtotals"]] == [[3, 4], [6, 7]]


def test_one_wrong_subtotal_is_an_error_at_that_subtotal_only(xlsx):
    fr = run(xlsx({"S": subtotal_rows(35)}), "county-trade")
    errors = [f for f in fr.findings if f.severity == "error"]
    # the 合计 agrees with the rows under the subtotals: the subtotal is the wrong cell, not the 合计
    assert [(f.cell, f.message_key) for f in errors] == [("B8", "subtotal.mismatch")]
    sub = errors[0]
    assert (sub.row_label, sub.expected, sub.actual, sub.difference) == ("小计", Decimal(35), Decimal(30), Decimal(-5))
    assert "第 6、7 行" in sub.message("zh")
    # 小计 twice is no duplicate name, and no region
    assert not [f for f in fr.findings if f.check in ("duplicate", "unknown-region")]


def test_a_subtotal_left_blank_is_said_not_passed(xlsx):
    rows = subtotal_rows(None)
    fr = run(xlsx({"S": rows}), "county-trade")
    assert any(f.message_key == "subtotal.blank" and f.cell == "B8" and not f.evaluated for f in fr.findings)
    assert fr.status != "ok"


def _sets(fr):
    """What a finding says, wherever it stands: its row, verdict and figures, and its fix-up."""
    return {(f.row_label, f.severity, f.expected, f.actual, f.difference, f.tolerance,
             tuple((c.row_label, c.old, c.new) for c in f.fixup or ())) for f in fr.findings}


def _targets():
    """The 2023 targets as the sample holds them: cities, the province's 合计, counties with their city."""
    wb = load_workbook(WORKBOOKS / "hunan-2023-retail-targets.xlsx", data_only=True)
    cities = [(r[1], r[2]) for r in wb["市州目标"].iter_rows(min_row=3, values_only=True)
              if isinstance(r[0], (int, float))]
    total = next(r[2] for r in wb["市州目标"].iter_rows(values_only=True) if r[0] == "合计")
    counties = [(r[1], r[2], r[3]) for r in wb["县市区目标"].iter_rows(min_row=3, values_only=True)
                if isinstance(r[0], (int, float))]
    return cities, total, counties


def test_the_2023_targets_on_one_sheet_give_the_findings_of_the_two_sheet_sample(tmp_path):
    """Each city's row above its counties (told by the region registry), then 合计: each city
    against its counties, the 合计 against the cities and against the counties, as the sample's
    city sheet, county sheet and rollup give them."""
    from conftest import write_openpyxl

    cities, total, counties = _targets()
    rows = [["2023 年农产品网络零售目标任务"], ["序号", "地区", "农产品网络零售额（亿元）"]]
    for i, (city, value) in enumerate(cities, 1):
        rows.append([i, city, value])
        rows += [[None, n, a] for n, c, a in counties if c == city]
    rows.append(["合计", None, total])
    one = run(write_openpyxl(tmp_path / "one.xlsx", {"目标": rows}))
    two = run(WORKBOOKS / "hunan-2023-retail-targets.xlsx")
    assert two.findings and _sets(one) == _sets(two)
    (table,) = one.tables
    subs = table["structure"]["subtotals"]
    assert len(subs) == 14 and sum(len(g["rows"]) for g in subs) == 123 and {g["by"] for g in subs} == {"registry"}
    # and the layout is shown in the JSON, as the library gives it
    assert table["structure"]["top_level"] == 14 and table["structure"]["leaves"] == 123


def test_one_wrong_county_on_the_one_sheet_is_an_error_at_its_city(tmp_path):
    from conftest import write_openpyxl

    rows = [["农产品网络零售目标"], ["序号", "地区", "农产品网络零售额（亿元）"],
            [1, "长沙市", 10.00], [None, "芙蓉区", 4.00], [None, "天心区", 6.50],
            [2, "株洲市", 5.00], [None, "荷塘区", 2.00], [None, "芦淞区", 3.00],
            ["合计", None, 15.00]]
    two_decimals = {"目标": {f"C{i}": "0.00" for i in range(3, 10)}}
    fr = run(write_openpyxl(tmp_path / "one.xlsx", {"目标": rows}, formats=two_decimals))
    errors = [(f.cell, f.message_key) for f in fr.findings if f.severity == "error"]
    # the 合计 agrees with the cities: the gap is 长沙市's against its counties, said there only
    assert errors == [("C3", "subtotal.mismatch")]
    rows[8][2] = 16.00  # now the 合计 disagrees with the cities too, and with the counties
    fr = run(write_openpyxl(tmp_path / "two.xlsx", {"目标": rows}, formats=two_decimals))
    errors = [(f.cell, f.message_key) for f in fr.findings if f.severity == "error"]
    assert errors == [("C3", "subtotal.mismatch"), ("C9", "total.mismatch"), ("C9", "leaves.mismatch")]


def test_a_subtracted_row_counts_negatively(xlsx):
    rows = [TRADE_TITLE, SUB_HEAD,
            ["芙蓉区", 100, 50, 1, 10],
            ["天心区", 200, 70, 2, 20],
            ["减：退货", 30, 20, None, None],
            ["合计", 270, 100, 3, 30]]
    fr = run(xlsx({"S": rows}), "county-trade")
    assert fr.findings == [], [f.message("zh") for f in fr.findings]
    assert fr.tables[0]["structure"]["subtracted"] == [5]
    rows[5][1] = 330  # the return added instead of subtracted
    (f,) = [f for f in run(xlsx({"S": rows}), "county-trade").findings if f.severity == "error"]
    assert (f.cell, f.expected, f.actual) == ("B6", Decimal(330), Decimal(270))
    assert "减" in f.message("zh")


def test_a_net_column_is_income_minus_expense_with_one_wrong_row(xlsx, tmp_path):
    schema = tmp_path / "net.yaml"
    schema.write_text("""
name: net-income
title: {zh: 收支表, en: Income and expense}
key: unit
columns:
  - {name: unit, label: 单位, header: [单位], type: text}
  - {name: income, label: 收入, header: [收入], type: number, unit: 万元, decimals: 2, total: sum}
  - {name: expense, label: 支出, header: [支出], type: number, unit: 万元, decimals: 2, total: sum}
  - {name: net, label: 净额, header: [净额], type: number, unit: 万元, decimals: 2, total: sum}
rules:
  - id: net.formula
    kind: ratio
    label: {zh: 净额 = 收入 − 支出, en: Net = income − expense}
    column: net
    formula: income - expense
""", encoding="utf-8")
    rows = [["单位", "收入", "支出", "净额"], ["甲", 100, 40, 60], ["乙", 50, 20, 20], ["合计", 150, 60, 80]]
    fr = run(xlsx({"S": rows}), str(schema))
    # 乙's net is wrong, and the 合计's net (the sum of the rows' nets) with it: 150 − 60 is 90
    errors = [(f.check, f.cell) for f in fr.findings if f.severity == "error"]
    assert errors == [("ratio", "D3"), ("ratio", "D4")], [f.message("zh") for f in fr.findings]
    f = next(f for f in fr.findings if f.check == "ratio")
    assert (f.expected, f.actual) == (Decimal(30), Decimal(20))
    rows[2][3] = 30
    rows[3][3] = 90
    assert run(xlsx({"S": rows}), str(schema)).findings == []


def test_the_layout_is_in_the_cli_json(xlsx, capsys):
    path = xlsx({"S": subtotal_rows(30)})
    main(["check", str(path), "--schema", "county-trade", "--format", "json"])
    doc = json.loads(capsys.readouterr().out)
    (table,) = doc["files"][0]["tables"]
    assert table["sheet"] == "S" and table["header_rows"] == [2, 2] and table["total_rows"] == [9]
    assert table["structure"]["subtotals"][1] == {"row": 8, "by": "subtotal_marker", "rows": [6, 7]}


#: a budget table's template, its ``table:`` settings filled in by each test
BUDGET = """
name: {name}
title: {{zh: 收支表, en: Budget}}
key: item
table:
{table}
columns:
  - {{name: code, label: 编码, header: [编码], type: text, required: false}}
  - {{name: item, label: 项目, header: [项目], type: text}}
  - {{name: amount, label: 金额, header: [金额], type: number, unit: 万元, decimals: 2, total: sum}}
"""


def test_rows_under_a_parent_by_code_and_by_indentation(xlsx, tmp_path):
    """A template that names a code column, or indentation, as what tells a parent row."""
    by_code = tmp_path / "code.yaml"
    by_code.write_text(BUDGET.format(name="by-code", table="  hierarchy: code\n  code_column: code"), encoding="utf-8")
    rows = [["编码", "项目", "金额"], ["01", "一般公共服务", 30], ["0101", "人大事务", 10], ["0102", "政协事务", 25],
            ["02", "教育", 5], ["0201", "普通教育", 5], ["合计", None, 35]]
    fr = run(xlsx({"S": rows}), str(by_code))
    assert [(f.cell, f.message_key) for f in fr.findings if f.severity == "error"] == [("C2", "subtotal.mismatch")]
    assert [g["by"] for g in fr.tables[0]["structure"]["subtotals"]] == ["code", "code"]

    by_indent = tmp_path / "indent.yaml"
    by_indent.write_text(BUDGET.format(name="by-indent", table="  hierarchy: indent"), encoding="utf-8")
    rows = [["项目", "金额"], ["一般公共服务", 35], ["  人大事务", 10], ["  政协事务", 25], ["教育", 5],
            ["\u3000普通教育", 5], ["合计", 40]]
    fr = run(xlsx({"S": rows}), str(by_indent))
    assert fr.findings == [], [f.message("zh") for f in fr.findings]
    assert [g["rows"] for g in fr.tables[0]["structure"]["subtotals"]] == [[3, 4], [6]]


def test_a_bad_structure_setting_is_a_template_error_naming_the_key(tmp_path):
    from xlrecon.errors import XlreconError
    from xlrecon.templates.loader import load_template

    bad = tmp_path / "bad.yaml"
    bad.write_text("""
name: bad
key: item
table: {hierarchy: code}
columns:
  - {name: item, label: 项目, header: [项目], type: text}
""", encoding="utf-8")
    with pytest.raises(XlreconError) as exc:
        load_template(bad)
    assert "table.code_column" in exc.value.message("en")


def test_of_which_rows_by_a_pattern_or_by_indentation(xlsx, tmp_path):
    by_pattern = tmp_path / "pattern.yaml"
    pattern = '  of_which_pattern: "[（(][一二三四五六七八九十]+[)）]"'
    by_pattern.write_text(BUDGET.format(name="by-pattern", table=pattern),
                          encoding="utf-8")
    rows = [["项目", "金额"], ["一般公共服务", 35], ["（一）人大事务", 10], ["（二）政协事务", 20], ["教育", 5],
            ["合计", 40]]
    fr = run(xlsx({"S": rows}), str(by_pattern))
    assert fr.findings == [], [f.message("zh") for f in fr.findings]
    assert fr.tables[0]["structure"]["of_which"] == [{"row": 2, "rows": [3, 4]}]
    rows[3][1] = 30  # 10 + 30 is more than 35
    (f,) = run(xlsx({"S": rows}), str(by_pattern)).findings
    assert (f.cell, f.message_key) == ("B2", "of_which.exceeds")

    by_indent = tmp_path / "indent.yaml"
    by_indent.write_text(BUDGET.format(name="of-which-indent", table="  of_which_indent: true"), encoding="utf-8")
    rows = [["项目", "金额"], ["一般公共服务", 35], ["　　人大事务", 40], ["教育", 5], ["合计", 40]]
    (f,) = run(xlsx({"S": rows}), str(by_indent)).findings
    assert (f.cell, f.message_key, f.severity) == ("B3", "of_which_item.exceeds", "error")


def test_a_batch_digest_and_a_re_read_add_up_the_parts_as_the_check_does(xlsx):
    """What a batch reconciles with a summary is the file's parts, not every row: the digest
    (read_and_check) and the re-read for intervals (read_tables) leave out of-which and 小计 rows."""
    from xlrecon.batches.submissions import summarize
    from xlrecon.pipeline import read_and_check, read_tables
    from xlrecon.read.intervals import column_sum, column_total
    from xlrecon.templates import resolve

    template = resolve("county-trade")
    path = xlsx({"S": subtotal_rows(30)})
    report, ctx = read_and_check(path, [template], True)
    (table,) = read_tables(path, [template])
    assert column_total(table, "unit_purchase") == (Decimal(330), 2)
    assert column_sum(table, "unit_purchase")[0] == Decimal(330)
    assert column_total(ctx.tables[0], "unit_purchase") == (Decimal(330), 2)
    sub = summarize(str(path), template.name, ctx)
    assert sub.rows == 4  # the units it lists: not its two 小计 rows
    assert "小计" not in {k for k in sub.keys.keys if k}


def test_the_same_of_which_line_under_two_rows_is_no_duplicate(xlsx):
    rows = furong([None, "其中：市直单位", 400, None, 4, 40])
    rows.insert(5, [None, "其中：市直单位", 100, None, 1, 10])
    fr = run(xlsx({"县区": rows}), "county-trade")
    assert not [f for f in fr.findings if f.check == "duplicate"]
    rows.insert(6, [3, "芙蓉区", 1, 1, 1, 1])  # a county twice is still one
    fr = run(xlsx({"县区": rows}), "county-trade")
    assert [f.row_label for f in fr.findings if f.check == "duplicate"] == ["芙蓉区"]


def test_an_of_which_line_on_the_county_sheet_changes_no_rollup(tmp_path):
    """The two-sheet targets with 其中：长沙市直单位 under 芙蓉区: the counties by city and against
    the city sheet's 合计 add up as in the sample, the of-which line counted in neither."""
    from conftest import write_openpyxl

    cities, total, counties = _targets()
    city_rows = [["2023 年市州农产品网络零售目标任务"], ["序号", "市州", "农产品网络零售额（亿元）"]]
    city_rows += [[i, c, v] for i, (c, v) in enumerate(cities, 1)] + [["合计", None, total]]
    county_rows = [["2023 年县市区农产品网络零售目标任务"], ["序号", "县区", "所属市州", "农产品网络零售额（亿元）"]]
    for i, (n, c, a) in enumerate(counties, 1):
        county_rows.append([i, n, c, a])
        if n == "芙蓉区":
            county_rows.append([None, "其中：长沙市直单位", c, 1.25])
    county_rows.append(["合计", None, None, total])
    fr = run(write_openpyxl(tmp_path / "two.xlsx", {"市州目标": city_rows, "县市区目标": county_rows}))
    assert _sets(fr) == _sets(run(WORKBOOKS / "hunan-2023-retail-targets.xlsx"))


@pytest.mark.parametrize("total, expected", [
    ("=B5+B8", []),  # the grand total of its subtotals
    ("=SUM(B3:B4,B6:B7)", []),  # of the rows under them
    ("=SUM(B3:B8)", [("formula.double_count_nested", "B9")]),  # both: counted twice
    ("=B5", [("formula.range_missing", "B9")]),  # one subtotal left out
])
def test_a_total_formula_over_subtotals_as_libreoffice_saves_it(tmp_path, total, expected):
    """小计 rows as =SUM formulas and a 合计 formula, with the values LibreOffice computes and saves."""
    from conftest import recalculated, write_openpyxl

    rows = [TRADE_TITLE, SUB_HEAD, ["芙蓉区", 100, 50, 1, 10], ["天心区", 200, 70, 2, 20],
            ["小计", "=SUM(B3:B4)", 120, 3, 30], ["荷塘区", 10, 5, 1, 1], ["芦淞区", 20, 6, 1, 2],
            ["小计", "=SUM(B6:B7)", 11, 2, 3], ["合计", total, 131, 5, 33]]
    path = recalculated(write_openpyxl(tmp_path / "f.xlsx", {"S": rows}), tmp_path / "lo")
    fr = run(path, "county-trade")
    assert [(f.message_key, f.cell) for f in fr.findings if f.check == "formula"] == expected
    # the 合计's value is right or wrong by the same reading: SUM(B3:B8) is 660 against 330
    assert [f.cell for f in fr.findings if f.check == "total" and f.severity == "error"] == (
        ["B9"] if total in ("=SUM(B3:B8)", "=B5") else [])
