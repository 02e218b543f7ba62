"""``xlrecon diff OLD NEW``: a resubmission against the version it corrects, on versions of the
seed-derived samples that the tests write with openpyxl."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import openpyxl

import xlrecon
from conftest import ROOT, WORKBOOKS

ZHENGZHOU = WORKBOOKS / "zhengzhou-2020-reserve-progress.xlsx"
HUNAN_2021 = WORKBOOKS / "hunan-2021-xiangcun-zhenxing-bill.xlsx"


def _resubmission(path: Path) -> Path:
    """The Zhengzhou table sent again, corrected: 中原's reserve raised to 10 % (143.83), 经开's
    trade completed 1.04 → 2.04 (its rate with it), 二七's purchases 1129.36 → 1129.364 in a cell
    shown with two decimals (a change inside the rounding: none), 航空港区 added, 郑州市本级 and 中原
    swapped, and the 合计 row made the sum of its rows."""
    wb = openpyxl.load_workbook(ZHENGZHOU)
    ws = wb.active
    ws["J7"], ws["L7"] = 143.83, round(5.42 / 143.83, 4)
    ws["K22"], ws["L22"] = 2.04, round(2.04 / 38.49, 4)
    ws["I8"] = 1129.364
    ws["I8"].number_format = "0.00"
    ws.insert_rows(23)  # below 经开, above the blank row and the note
    for c, v in enumerate([17, "航空港区", 10, 10, 1, 8, 8, 1, 500.0, 60.0, 6.0, 0.1], start=1):
        ws.cell(23, c).value = v
    first = [ws.cell(6, c).value for c in range(1, 13)]
    second = [ws.cell(7, c).value for c in range(1, 13)]
    for c in range(1, 13):
        ws.cell(6, c).value, ws.cell(7, c).value = second[c - 1], first[c - 1]
    for col in "CDFGIJK":
        ws[f"{col}5"] = round(sum(ws[f"{col}{r}"].value for r in range(6, 24)), 2)
    ws["E5"] = round(ws["D5"].value / ws["C5"].value, 4)
    ws["H5"] = round(ws["G5"].value / ws["F5"].value, 4)
    ws["L5"] = round(ws["K5"].value / ws["J5"].value, 4)
    wb.save(path)
    return path


def test_a_resubmission_lists_exactly_its_changes_and_the_findings_it_fixed(tmp_path):
    new = _resubmission(tmp_path / "郑州-更正.xlsx")
    d = xlrecon.diff(ZHENGZHOU, new)
    [t] = d.tables
    by = {(r.status, r.label): r for r in t.rows if r.status != "same"}
    changed = {label: {c.column: (float(c.old), float(c.new)) for c in r.cells} for (s, label), r in by.items()
               if s == "changed" and label != "合计"}
    assert changed == {"中原": {"reserve": (138.04, 143.83), "completion_rate": (0.0393, 0.0377)},
                       "经开": {"completed": (1.04, 2.04), "completion_rate": (0.027, 0.053)}}
    assert "二七" not in {label for _, label in by}  # 1129.364 shown as 1129.36: no change
    assert [label for s, label in by if s == "added"] == ["航空港区"]
    assert not [label for s, label in by if s == "removed"]
    # the swap: one of the two rows is out of its place among the rows both versions hold
    moved = [label for s, label in by if s == "moved"] + [r.label for r in t.rows if r.moved]
    assert moved and set(moved) <= {"郑州市本级", "中原"}
    total = by[("changed", "合计")]
    assert {c.new_cell.a1 for c in total.cells} >= {"I5", "J5"}
    fixed = {(f.rule, f.cell) for f in d.fixed}
    assert {("annual_purchase.total", "I5"), ("reserve.total", "J5"), ("reserve.min-share", "J7")} <= fixed
    assert not [f for f in d.new_findings if f.severity == "error"]
    # the other ten shortfalls are still there, where they were
    assert {f.cell for f in d.still if f.rule == "reserve.min-share"} == {
        "J9", "J10", "J12", "J13", "J14", "J15", "J16", "J18", "J21", "J22"}


def test_former_names_align_with_current_ones_without_false_rows(tmp_path):
    """The Hunan 2021 county table, its old version with former names (株洲县 for 渌口区 and the
    like) and the new one with current names: the same rows, nothing added or removed."""
    old = tmp_path / "old.xlsx"
    wb = openpyxl.load_workbook(HUNAN_2021)
    ws = wb["县区交易情况"]
    renamed = {"茶陵县": "株洲县"}  # a county of 株洲市, named as the old version names 渌口区
    current = {"资兴县": "资兴市", "祁阳县": "祁阳市", "茶陵县": "渌口区"}
    for r in range(4, ws.max_row + 1):
        v = ws.cell(r, 1).value
        if v in renamed:
            ws.cell(r, 1).value = renamed[v]
    wb.save(old)
    new = tmp_path / "new.xlsx"
    wb = openpyxl.load_workbook(HUNAN_2021)
    ws = wb["县区交易情况"]
    for r in range(4, ws.max_row + 1):
        v = ws.cell(r, 1).value
        if v in current:
            ws.cell(r, 1).value = current[v]
    wb.save(new)
    d = xlrecon.diff(old, new)
    t = next(t for t in d.tables if t.new_sheet == "县区交易情况")
    counts = t.counts()
    assert counts["added"] == 0 and counts["removed"] == 0 and counts["moved"] == 0
    # the rows whose name was brought up to date say so, and nothing else of them changed
    renames = {(c.old, c.new) for r in t.rows if r.status == "changed" for c in r.cells}
    assert renames == {("株洲县", "渌口区"), ("资兴县", "资兴市"), ("祁阳县", "祁阳市")}
    assert counts["changed"] == 3 and counts["same"] + counts["changed"] == 139


def test_the_cli_prints_the_library_s_diff(tmp_path):
    new = _resubmission(tmp_path / "郑州-更正.xlsx")
    r = subprocess.run([sys.executable, "-m", "xlrecon", "diff", str(ZHENGZHOU), str(new), "--format", "json"],
                       capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == json.loads(json.dumps(xlrecon.diff(ZHENGZHOU, new).to_dict("zh"),
                                                         ensure_ascii=False, default=float))
    r = subprocess.run([sys.executable, "-m", "xlrecon", "diff", str(ZHENGZHOU), str(new)], capture_output=True,
                       text=True, cwd=ROOT)
    assert "已改正" in r.stdout and "航空港区" in r.stdout and "新增" in r.stdout


def test_a_file_that_cannot_be_read_is_said(tmp_path):
    r = subprocess.run([sys.executable, "-m", "xlrecon", "diff", str(ZHENGZHOU), str(tmp_path / "missing.xlsx")],
                       capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 2 and "missing.xlsx" in r.stdout + r.stderr and "Traceback" not in r.stderr
    # a version that cannot be read fixes nothing and removes nothing: nothing was compared
    assert "未能对比" in r.stdout and "已改正" not in r.stdout
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04broken")
    d = xlrecon.diff(ZHENGZHOU, broken)
    assert not d.compared and d.fixed == [] and d.tables == [] and d.notes == []
    assert d.to_dict("zh")["compared"] is False and d.to_dict("zh")["errors"][0]["error"]["code"] == "corrupt-file"


def test_key_columns_can_be_named_and_a_wrong_one_is_said(tmp_path):
    new = _resubmission(tmp_path / "郑州-更正.xlsx")
    by_name = xlrecon.diff(ZHENGZHOU, new, key=["县市区"]).to_dict("zh")
    assert by_name["tables"] == xlrecon.diff(ZHENGZHOU, new).to_dict("zh")["tables"]
    # a key of a column that is not unique pairs rows by their order among their own, and says so
    by_rate = xlrecon.diff(ZHENGZHOU, new, key=["mgmt_rate"])
    assert by_rate.tables[0].by_order > 0
    r = subprocess.run([sys.executable, "-m", "xlrecon", "diff", str(ZHENGZHOU), str(new), "--key", "没有这列"],
                       capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 2 and "没有“没有这列”这一列" in r.stderr and "Traceback" not in r.stderr


def test_annotate_writes_the_changes_into_a_copy_of_the_new_version(tmp_path):
    new = _resubmission(tmp_path / "郑州-更正.xlsx")
    out = tmp_path / "out"
    r = subprocess.run([sys.executable, "-m", "xlrecon", "diff", str(ZHENGZHOU), str(new), "--annotate", "--output",
                        str(out), "--format", "json"], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["annotation"]["status"] == "annotated"
    wb = openpyxl.load_workbook(data["annotation"]["output"])
    assert wb.sheetnames == ["预留比例填报和交易情况", "修改对照"]
    sheet = wb["修改对照"]
    assert sheet["A1"].value == "xlrecon 修改对照" and sheet["H8"].value == "原值" and sheet["I8"].value == "新值"
    rows = [r for r in sheet.iter_rows(min_row=9, values_only=True) if r[0]]
    where = {(r[4], r[7], r[8]) for r in rows}
    assert ("J6", 138.04, 143.83) in where  # 中原, now in row 6
    assert any(r[4] == "B23" and "航空港区" in r[11] for r in rows)  # the added row
    data_sheet = wb["预留比例填报和交易情况"]
    assert "138.04" in data_sheet["J6"].comment.text and data_sheet["J6"].value == 143.83
    assert data_sheet["I8"].comment is None  # inside the rounding shown: no change, no mark


def test_batch_with_previous_says_what_changed_since_the_last_round(tmp_path):
    """Each file against the last round's file of its name: new, unchanged (the same bytes, or
    the same figures in other bytes), or changed (how many cells, the findings fixed and new)."""
    import shutil

    districts = WORKBOOKS / "zhengzhou-2020-districts"
    now, prev = tmp_path / "now", tmp_path / "prev"
    now.mkdir()
    prev.mkdir()
    for p in districts.glob("*.xlsx"):
        shutil.copy(p, now / p.name)
    shutil.copy(districts / "郑州经开区.xlsx", prev / "郑州经开区.xlsx")  # the same bytes
    wb = openpyxl.load_workbook(districts / "郑州市郑东新区.xlsx")
    wb.save(prev / "郑州市郑东新区.xlsx")  # other bytes, the same figures
    wb = openpyxl.load_workbook(districts / "郑州航空港区.xlsx")
    wb.active["G4"] = 9.0  # last round's reserve for the first unit (now 10.73)
    wb.save(prev / "郑州航空港区.xlsx")
    r = subprocess.run([sys.executable, "-m", "xlrecon", "batch", str(now), "--previous", str(prev), "--format",
                        "json"], capture_output=True, text=True, cwd=ROOT)
    since = {Path(f["path"]).name: f["since_last"] for f in json.loads(r.stdout)["files"]}
    assert since["郑州经开区.xlsx"]["status"] == "unchanged" and since["郑州经开区.xlsx"]["same_bytes"] is True
    assert since["郑州市郑东新区.xlsx"]["status"] == "unchanged" and since["郑州市郑东新区.xlsx"]["same_bytes"] is False
    assert since["郑州航空港区.xlsx"]["status"] == "changed" and since["郑州航空港区.xlsx"]["cells"] == 1
    assert since["郑州高新区.xlsx"] == {"status": "new", "previous": None}
    r = subprocess.run([sys.executable, "-m", "xlrecon", "batch", str(now), "--previous", str(prev)],
                       capture_output=True, text=True, cwd=ROOT)
    assert ("与上一轮相比：新文件 2 个，未变 2 个（其中内容完全相同 1 个），有修改 1 个，"
            "上一轮文件无法读取 0 个") in r.stdout
    # a last-round file that cannot be read is said, never taken as unchanged
    (prev / "郑州高新区.xlsx").write_bytes(b"PK\x03\x04broken")
    r = subprocess.run([sys.executable, "-m", "xlrecon", "batch", str(now), "--previous", str(prev), "--format",
                        "json"], capture_output=True, text=True, cwd=ROOT)
    since = {Path(f["path"]).name: f.get("since_last") for f in json.loads(r.stdout)["files"]}
    assert since["郑州高新区.xlsx"]["status"] == "unreadable" and since["郑州高新区.xlsx"]["error"] == "corrupt-file"
