"""Several tables on one sheet: stacked sections of one template (each with its title, header
and 合计), with or without a blank line between them, are read and checked each on its own;
an unrelated table below a 合计 is never read as data; a header repeated after a page break
(no 合计, no title before it) is still one table."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

import xlrecon
from xlrecon.pipeline import read_tables, templates_for

HEAD = ["序号", "单位名称", "主管部门", "食堂情况", "年度食堂食材采购总额（万元）", "预留比例", "预留份额（万元）",
        "上年度预留份额（万元）"]


def section(ws, district, base, year=2023, total_off=0.0, title=True):
    if title:
        ws.append([f"{district}预算单位{year}年度预留份额填报表"])
        ws.append(["单位：万元"])
    ws.append(HEAD)
    for k in range(1, 5):
        ws.append([k, f"{district}单位{k}", district, "自办", base + k, 0.12, round((base + k) * 0.12, 2), 1.0])
    tot = sum(base + k for k in range(1, 5))
    res = round(sum(round((base + k) * 0.12, 2) for k in range(1, 5)), 2)
    ws.append([None, "合计", None, None, tot + total_off, None, res, 4.0])


def stacked(path: Path, gap: bool, second_off=0.0, second_year=2023) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "预留份额"
    section(ws, "中原区", 100.0)
    if gap:
        ws.append([])
    section(ws, "二七区", 200.0, year=second_year, total_off=second_off)
    wb.save(path)
    return path


@pytest.mark.parametrize("gap", [True, False])
def test_two_stacked_sections_are_two_tables(tmp_path, gap):
    p = stacked(tmp_path / "two.xlsx", gap)
    tables = read_tables(p, templates_for("unit-reserve")[1])
    assert [[r.label for r in t.rows] for t in tables] == [[f"中原区单位{k}" for k in range(1, 5)],
                                                          [f"二七区单位{k}" for k in range(1, 5)]]
    assert [t.total.row + 1 for t in tables] == [8, 17 if gap else 16]
    (fr,) = xlrecon.check(p).files
    assert fr.status == "ok" and fr.findings == []
    [note] = [n for k, n in fr.notes if k == "tables_on_sheet"]
    assert note["count"] == 2


def test_each_section_is_checked_against_its_own_total(tmp_path):
    (fr,) = xlrecon.check(stacked(tmp_path / "two.xlsx", gap=False, second_off=10.0)).files
    [f] = [f for f in fr.findings if f.check == "total"]
    assert f.cell == "E16" and f.severity == "error"
    assert f.expected == 810 + 10 and f.actual == 810  # 201 + 202 + 203 + 204, not all eight rows


def test_each_section_has_its_own_title(tmp_path):
    p = stacked(tmp_path / "two.xlsx", gap=True, second_year=2022)
    from xlrecon.checks.context import Context
    from xlrecon.read.workbook import Workbook

    tables = read_tables(p, templates_for("unit-reserve")[1])
    with Workbook(p) as wb:
        grids = {n: wb.grid(n) for n in wb.sheet_names}
    ctx = Context(path=str(p), grids=grids, tables=tables)
    assert [ctx.table_scope(t)[1] for t in tables] == [(2023,), (2022,)]


def test_an_unrelated_table_below_the_total_is_not_data(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    section(ws, "中原区", 100.0)
    ws.append(["填报说明汇总", "联系人", "电话"])
    ws.append(["财务科", "张三", "0371-12345678"])
    p = tmp_path / "other.xlsx"
    wb.save(p)
    [t] = read_tables(p, templates_for("unit-reserve")[1])
    assert t.n == 4
    (fr,) = xlrecon.check(p).files
    assert fr.findings == []


def test_a_header_repeated_after_a_page_break_is_one_table(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["中原区预算单位2023年度预留份额填报表"])
    ws.append(HEAD)
    for k in range(1, 9):
        if k == 5:
            ws.append(HEAD)  # the header printed again on the next page
        ws.append([k, f"单位{k}", "中原区", "自办", 100.0 + k, 0.12, round((100.0 + k) * 0.12, 2), 1.0])
    ws.append([None, "合计", None, None, sum(100.0 + k for k in range(1, 9)), None,
               round(sum(round((100.0 + k) * 0.12, 2) for k in range(1, 9)), 2), 8.0])
    p = tmp_path / "pages.xlsx"
    wb.save(p)
    [t] = read_tables(p, templates_for("unit-reserve")[1])
    assert t.n == 8 and t.skipped_header_repeats == 1
    assert xlrecon.check(p).files[0].findings == []
