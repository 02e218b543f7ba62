"""Published figures hold where and when they were published: a county table of another
province, or one whose title states another year, is not compared with Hunan's 2021 figures,
and a note in the console and the JSON says which figure did not apply and why."""

from __future__ import annotations

import json
import subprocess
import sys

import openpyxl
import pytest

import xlrecon
from xlrecon.errors import XlreconError
from xlrecon.templates.loader import load_template

from conftest import ROOT

HENAN = ["中牟县", "巩义市", "新郑市", "登封市", "新密市", "荥阳市"]
HUNAN = ["茶陵县", "炎陵县", "攸县", "醴陵市"]
PUBLISHED_RULES = {"local_sales.province", "unit_purchase.province", "orders.province", "suppliers.province"}


def county_table(path, names, title="县（市、区）交易情况"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "县区交易情况"
    ws.append([title])
    ws.append(["单位：万元、家、笔"])
    ws.append(["县（市、区）", "预算单位\n采购金额", "本地农产品\n销售金额", "供应商\n入驻数量", "供应商\n订单数量"])
    for i, n in enumerate(names):
        ws.append([n, 100 + i, 200 + i, 3, 50 + i])
    ws.append(["合计", sum(100 + i for i in range(len(names))), 1, 3 * len(names), sum(50 + i for i in range(len(names)))])
    wb.save(path)
    return path


def scope_notes(fr):
    return [p for k, p in fr.notes if k == "published_out_of_scope"]


def test_henan_table_is_not_compared_with_hunan_figures(tmp_path):
    (fr,) = xlrecon.check(county_table(tmp_path / "henan.xlsx", HENAN), schema="county-trade").files
    assert not [f for f in fr.findings if f.rule in PUBLISHED_RULES]
    # still checked within itself: the 合计 of 本地农产品销售金额 (1) is not the rows' sum
    assert [f.where.a1 for f in fr.findings if f.rule == "local_sales.total"] == ["C10"]
    notes = scope_notes(fr)
    assert {n["published"] for n in notes} == {"12790.7 万元", "18647 笔", "789 家"}
    assert all(n["reason_key"] == "scope_other_province" and n["table_province"] == "河南省" for n in notes)
    out = subprocess.run([sys.executable, "-m", "xlrecon", "check", str(tmp_path / "henan.xlsx"), "--schema",
                          "county-trade", "--format", "json"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    messages = [n["message"] for n in json.loads(out.stdout)["files"][0]["notes"]]
    assert any("未与公布数 12790.7 万元" in m and "表中地区属于河南省" in m for m in messages)


def test_hunan_table_of_another_year_is_not_compared(tmp_path):
    p = county_table(tmp_path / "hunan22.xlsx", HUNAN, title="2022年县（市、区）交易情况")
    (fr,) = xlrecon.check(p, schema="county-trade").files
    assert not [f for f in fr.findings if f.rule in PUBLISHED_RULES]
    assert {n["reason_key"] for n in scope_notes(fr)} == {"scope_other_year"}
    en = xlrecon.check(p, schema="county-trade").files[0]
    from xlrecon.messages import note_text

    [text] = {note_text("published_out_of_scope", n, "en").split(" in “")[0] for n in scope_notes(en)
              if n["published"] == "18647 笔"}
    assert "published figure 18647 笔" in text


@pytest.mark.parametrize("title", ["2021年县（市、区）交易情况", "县（市、区）交易情况"])
def test_hunan_2021_table_or_no_year_is_compared(tmp_path, title):
    (fr,) = xlrecon.check(county_table(tmp_path / "hunan.xlsx", HUNAN, title), schema="county-trade").files
    assert {f.rule for f in fr.findings} >= {"local_sales.province", "orders.province"}
    assert not scope_notes(fr)


def test_unknown_province_is_said(tmp_path):
    (fr,) = xlrecon.check(county_table(tmp_path / "x.xlsx", ["甲县", "乙县", "丙县"]), schema="county-trade").files
    assert not [f for f in fr.findings if f.rule in PUBLISHED_RULES]
    assert {n["reason_key"] for n in scope_notes(fr)} == {"scope_province_unknown"}


@pytest.mark.parametrize("scope, where", [("{province: 1}", "scope.province"), ("{year: 21}", "scope.year"),
                                          ("{city: 长沙市}", "scope"), ("[湖南省]", "scope")])
def test_a_bad_scope_is_a_template_error(tmp_path, scope, where):
    text = (ROOT / "schemas" / "county-trade.yaml").read_text(encoding="utf-8")
    text = text.replace("scope: {province: 湖南省, year: 2021}}", f"scope: {scope}}}", 1)
    mine = tmp_path / "mine.yaml"
    mine.write_text(text, encoding="utf-8")
    with pytest.raises(XlreconError) as exc:
        load_template(mine)
    assert exc.value.code == "bad-template" and where in exc.value.message("en")


def test_the_note_is_in_the_annotated_workbooks_result_sheet(tmp_path):
    p = county_table(tmp_path / "henan.xlsx", HENAN)
    report = xlrecon.check(p, schema="county-trade")
    [done] = xlrecon.annotate(report, output=tmp_path / "out")
    wb = openpyxl.load_workbook(done.output)
    ws = wb["核对结果"]
    # one row per figure not applied, below the findings: 说明 over A:B, the note over C:L (merged)
    notes = [next(v for v in row[1:] if v) for row in ws.iter_rows(values_only=True) if row[0] == "说明"]
    assert len(notes) == 4
    assert all("未与公布数" in note and "表中地区属于河南省" in note for note in notes)
    assert any("12790.7 万元" in note for note in notes)
