"""Precision as the sheet shows it: a General-format figure that lost its trailing zeros takes its
column's precision, and a cell that holds more digits than it shows is said, at the cell."""

from __future__ import annotations

from decimal import Decimal

import pytest

import xlrecon

from conftest import write_openpyxl

PLAIN = """
name: plain-sums
title: {zh: 收入表, en: Income}
key: unit
columns:
  - {name: unit, label: 单位, header: [单位], type: text}
  - {name: amount, label: 金额, header: [金额], type: number, unit: 万元, total: sum}
"""


@pytest.fixture
def schema(tmp_path):
    p = tmp_path / "plain.yaml"
    p.write_text(PLAIN, encoding="utf-8")
    return str(p)


def findings(path, schema):
    (fr,) = xlrecon.check(path, schema=schema).files
    assert fr.error is None
    return fr.findings


def test_a_total_typed_2_00_in_general_format_is_held_to_two_decimals(tmp_path, schema):
    """Excel keeps 2.00 typed in a General cell as the number 2: shown as 2, but the column shows
    two decimals everywhere else, so the 合计 stands for 2.00 ± 0.005, and 1.04 + 1.04 is an error."""
    rows = [["单位", "金额"], ["甲", 1.04], ["乙", 1.04], ["合计", 2.00]]
    (f,) = findings(write_openpyxl(tmp_path / "a.xlsx", {"S": rows}), schema)
    assert (f.check, f.cell, f.severity, f.actual, f.expected) == ("total", "B4", "error", Decimal("2.08"), Decimal(2))
    assert f.tolerance == Decimal("0.015")


def test_whole_numbers_in_a_whole_number_column_keep_their_precision(tmp_path, schema):
    rows = [["单位", "金额"], ["甲", 1], ["乙", 2], ["丙", 3], ["合计", 6.4]]
    (f,) = findings(write_openpyxl(tmp_path / "a.xlsx", {"S": rows}), schema)
    assert f.severity == "info" and f.tolerance == Decimal("1.55")  # each figure ±0.5, the 合计 (6.4) ±0.05


def test_a_stray_long_figure_does_not_set_the_column_precision(tmp_path, schema):
    """The precision is the most common one the cells show, not the largest."""
    rows = [["单位", "金额"], ["甲", 1.04], ["乙", 1.1], ["丙", 2.25], ["丁", 0.0375], ["合计", 4.4]]
    (f,) = findings(write_openpyxl(tmp_path / "a.xlsx", {"S": rows}), schema)
    # 4.4275 against 4.40 ± 0.005; the parts ±0.005 each (0.0375 its own ±0.00005): rounding cannot explain it
    assert f.severity == "error" and f.tolerance == Decimal("0.02005")


def test_a_cell_showing_1_and_holding_1_01_is_reported(tmp_path, schema):
    rows = [["单位", "金额"], ["甲", 1.01], ["乙", 2], ["合计", 3.01]]
    fmt = {"S": {"B2": "0", "B3": "0", "B4": "0"}}
    out = findings(write_openpyxl(tmp_path / "a.xlsx", {"S": rows}, formats=fmt), schema)
    shown = [f for f in out if f.check == "shown"]
    assert [(f.cell, f.severity, f.actual, f.expected) for f in shown] == [
        ("B2", "info", Decimal("1.01"), Decimal(1)), ("B4", "info", Decimal("3.01"), Decimal(3))]
    assert "1.01" in shown[0].message("zh") and "只显示 1 万元" in shown[0].message("zh")


def test_hidden_digits_that_change_a_totals_verdict_are_a_warning(tmp_path, schema):
    """The file adds up to 3.01 against 3 (rounding); printed, 1 + 2 = 3 adds up: the printed table
    and the file disagree on whether the column adds up."""
    rows = [["单位", "金额"], ["甲", 1.01], ["乙", 2], ["合计", 3]]
    fmt = {"S": {"B2": "0", "B3": "0", "B4": "0"}}
    out = findings(write_openpyxl(tmp_path / "a.xlsx", {"S": rows}, formats=fmt), schema)
    (f,) = [f for f in out if f.check == "shown"]
    assert (f.cell, f.severity) == ("B2", "warning")
    assert "结论不同" in f.message("zh") and "differs" in f.message("en")


def test_formula_cells_with_more_digits_are_said_once_per_column(tmp_path, schema):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "S"
    ws.append(["单位", "金额"])
    for i, (name, d) in enumerate(zip("甲乙丙", (3, 6, 7)), start=2):
        ws.append([name, f"=1/{d}"])
        ws[f"B{i}"].number_format = "0.00"
    ws.append(["合计", "=SUM(B2:B4)"])
    ws["B5"].number_format = "0.00"
    path = tmp_path / "f.xlsx"
    wb.save(path)
    out = findings(path, schema)
    (f,) = [f for f in out if f.check == "shown"]
    # the three rows and the 合计 (=SUM), said once, at the first
    assert f.message_key == "shown.formulas" and f.cell == "B2" and f.params["count"] == 4
    assert "B2、B3、B4、B5" in f.message("zh") and f.severity == "info"


def test_a_general_column_is_never_said_to_hide_digits(tmp_path, schema):
    rows = [["单位", "金额"], ["甲", 1.0123], ["乙", 2], ["合计", 3.0123]]
    assert [f for f in findings(write_openpyxl(tmp_path / "a.xlsx", {"S": rows}), schema) if f.check == "shown"] == []
