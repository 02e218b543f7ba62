"""Near-miss headers: a table that matches a template but for a renamed column is an error that
names the template, the columns found, the column missing, the text standing in its place and
the template line that accepts it; a fuzzy match is never accepted silently."""

from __future__ import annotations

import re

import openpyxl
import pytest

import xlrecon

from conftest import ROOT, WORKBOOKS

DISTRICT = WORKBOOKS / "zhengzhou-2020-districts" / "郑州航空港区.xlsx"


def renamed(tmp_path, cell: str, text: str):
    wb = openpyxl.load_workbook(DISTRICT)
    wb.active[cell] = text
    out = tmp_path / f"renamed-{cell}.xlsx"
    wb.save(out)
    return out


@pytest.mark.parametrize("schema", [None, "unit-reserve"])
def test_renamed_key_header_names_the_text_and_the_yaml_line(tmp_path, schema):
    p = renamed(tmp_path, "B3", "预算单位全称")
    (fr,) = xlrecon.check(p, schema=schema).files
    assert fr.status == "error" and fr.error.code == "missing-column" and fr.findings == []
    zh, en = fr.error.message("zh"), fr.error.message("en")
    assert "unit-reserve" in zh and "预算单位预留份额填报表" in zh
    assert "缺少必需的列：单位名称" in zh and "找到 13 列" in zh and "主管部门" in zh
    assert "（B3）是「预算单位全称」" in zh
    assert "`header: [单位名称, 预算单位名称, 预算单位, 预算单位全称]`" in zh
    assert "name: unit_name" in zh and "--schema" in zh
    assert "where “单位名称” should stand (B3)" in en


def test_the_suggested_line_makes_the_table_readable(tmp_path):
    p = renamed(tmp_path, "B3", "预算单位全称")
    (fr,) = xlrecon.check(p).files
    line = re.search(r"`(header: \[.*?\])`", fr.error.message("zh")).group(1)
    text = (ROOT / "schemas" / "unit-reserve.yaml").read_text(encoding="utf-8")
    old = "    header: [单位名称, 预算单位名称, 预算单位]\n"
    assert old in text
    mine = tmp_path / "mine.yaml"
    mine.write_text(text.replace(old, "    " + line + "\n"), encoding="utf-8")
    (fixed,) = xlrecon.check(p, schema=mine).files
    (orig,) = xlrecon.check(DISTRICT).files
    assert fixed.status == orig.status == "discrepancies"
    assert [(f.rule, f.where) for f in fixed.findings] == [(f.rule, f.where) for f in orig.findings]


def test_two_renamed_headers_each_get_their_stand(tmp_path):
    wb = openpyxl.load_workbook(DISTRICT)
    wb.active["B3"] = "单位全称"
    wb.active["G3"] = "预留资金（万元）"
    p = tmp_path / "two.xlsx"
    wb.save(p)
    (fr,) = xlrecon.check(p).files
    zh = fr.error.message("zh")
    assert fr.error.code == "missing-column"
    assert "（B3）是「单位全称」" in zh and "（G3）是「预留资金」" in zh
    assert "`header: [预留份额, 预留金额, 预留资金]`" in zh


def test_no_similar_text_says_so(tmp_path):
    p = renamed(tmp_path, "B3", None)
    (fr,) = xlrecon.check(p, schema="unit-reserve").files
    assert fr.error.code == "missing-column"
    zh = fr.error.message("zh")
    assert "单位名称" in zh and "header: [" not in zh
    assert "no header text is near “单位名称”" in fr.error.message("en")


def test_nearmiss_scores_prefer_the_renamed_text():
    from xlrecon.read.nearmiss import similarity, yaml_line
    from xlrecon.templates import load_builtin

    spec = load_builtin("unit-reserve").column("unit_name")
    assert similarity("预算单位全称", spec) >= 50 > similarity("联系电话", spec)
    assert yaml_line(spec, "a, b") == 'header: [单位名称, 预算单位名称, 预算单位, "a, b"]'
