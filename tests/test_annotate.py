"""Writing findings back into workbooks: the discrepancy sheet, fills and notes, idempotence,
in-place safety, refusals, and a separate report workbook. Every file here is real: the shipped
samples, workbooks openpyxl writes, and (in test_annotate_corpus.py) the third-party corpus."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import openpyxl
import pytest

import xlrecon
from xlrecon.findings import CellRef, FileReport, Finding
from xlrecon.messages import check_name, time_text
from xlrecon.write.annotate import annotate_file
from xlrecon.read.workbook import Workbook

from conftest import WORKBOOKS, soffice
from fidelity import changeable, elements, parts

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=timezone.utc)
SAMPLES = sorted(WORKBOOKS.glob("*.xlsx"))


def look(cell) -> tuple:
    return (cell.fill.patternType, cell.fill.fgColor.rgb, cell.font.b, cell.number_format, cell.border.left.style)


def annotated(tmp_path: Path, sample: Path, lang: str = "zh") -> tuple[Path, FileReport]:
    src = tmp_path / sample.name
    shutil.copy(sample, src)
    report = xlrecon.check(src).files[0]
    out = annotate_file(src, tmp_path / "out" / (src.stem + ".checked.xlsx"), report, lang=lang, now=NOW)
    return out, report


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_sample_annotation_changes_only_what_it_must(tmp_path, sample):
    out, report = annotated(tmp_path, sample)
    before, after = parts(sample), parts(out)
    allowed = changeable(before)
    for name, data in before.items():
        assert name in after
        if after[name] != data:
            assert name.lower() in allowed, name
            assert not elements(data, name) - elements(after[name], name), name
    # every original cell reads the same in python-calamine and in openpyxl
    with Workbook(sample) as a, Workbook(out) as b:
        for name in a.sheet_names:
            assert a.grid(name).rows == b.grid(name).rows
    wa, wb = openpyxl.load_workbook(sample), openpyxl.load_workbook(out)
    for ws in wa.worksheets:
        for row in ws.iter_rows():
            for c in row:
                assert wb[ws.title][c.coordinate].value == c.value, (ws.title, c.coordinate)
    assert wb.sheetnames == wa.sheetnames + ["核对结果"]


def test_discrepancy_sheet_lists_every_finding_with_a_link_to_its_cell(tmp_path):
    sample = WORKBOOKS / "zhengzhou-2020-reserve-progress.xlsx"
    out, report = annotated(tmp_path, sample)
    wb = openpyxl.load_workbook(out)
    ws = wb["核对结果"]
    assert ws["A1"].value == "xlrecon 核对结果"
    # the header block: each label over A:B, its value over C to L
    assert ws["C2"].value == sample.name and ws["C4"].value == time_text(NOW, "zh")
    assert {str(m) for m in ws.merged_cells.ranges} >= {"A2:B2", "C2:L2", "A4:B4", "C4:L4", "A6:B6"}
    assert [ws.cell(6, c).value for c in range(3, 9)] == ["错误", 13, "警告", 0, "提示", 0]
    assert [c.value for c in ws[8]] == ["序号", "严重程度", "检查", "工作表", "单元格", "行", "列", "期望值",
                                       "实际值", "差额", "单位", "说明"]
    assert ws.freeze_panes == "A9" and ws.auto_filter.ref == f"A8:L{8 + len(report.findings)}"
    for i, f in enumerate(report.findings, start=9):
        assert ws.cell(i, 1).value == i - 8
        assert ws.cell(i, 3).value == check_name(f.check, "zh")
        assert ws.cell(i, 4).value == f.sheet and ws.cell(i, 5).value == f.cell
        assert ws.cell(i, 5).hyperlink.location == f"'{f.sheet}'!{f.cell}"
        assert ws.cell(i, 12).value == f.message("zh")
    first = report.findings[0]  # I5: 21079.72 against the stated 18948.34
    assert (ws["H9"].value, ws["I9"].value, ws["J9"].value) == (18948.34, 21079.72, 2131.38)
    # the flagged cells carry the error fill and a note with the message; others are untouched
    data = wb[first.sheet]
    assert data[first.cell].fill.fgColor.rgb == "FFFFC7CE"
    assert first.message("zh") in data[first.cell].comment.text
    orig = openpyxl.load_workbook(sample)[first.sheet]
    assert look(data["A1"]) == look(orig["A1"]) and data["A1"].comment is None


def test_english_sheet_and_values_that_look_like_formulas_stay_text(tmp_path):
    src = tmp_path / "f.xlsx"
    wbk = openpyxl.Workbook()
    wbk.active.title = "数据"
    wbk.active["B3"] = "=1+1 is text here"
    wbk.active["B3"].data_type = "s"
    wbk.save(src)
    report = FileReport(path=str(src), schema="test", findings=[Finding(
        check="type", rule="t", severity="warning", message_key="type.invalid", where=CellRef("数据", 2, 1),
        column="金额", actual="=SUM(A1:A9)", params={})])
    out = annotate_file(src, tmp_path / "f.checked.xlsx", report, lang="en", now=NOW)
    sheet_xml = next(v for k, v in parts(out).items() if k.startswith("xl/worksheets/sheet2"))
    assert b"<f>" not in sheet_xml and b"=SUM(A1:A9)" in sheet_xml
    ws = openpyxl.load_workbook(out)["Discrepancies"]
    assert ws["A8"].value == "No." and ws["I9"].value == "=SUM(A1:A9)" and ws["I9"].data_type == "s"
    with Workbook(out) as wb:
        assert wb.grid("Discrepancies").rows[8][8] == "=SUM(A1:A9)"


def test_annotating_twice_gives_the_same_file(tmp_path):
    out = tmp_path / "hunan.xlsx"
    shutil.copy(WORKBOOKS / "hunan-2021-xiangcun-zhenxing-bill.xlsx", out)
    annotate_file(out, out, xlrecon.check(out).files[0], now=NOW)
    first = parts(out)
    annotate_file(out, out, xlrecon.check(out).files[0], now=NOW)
    assert parts(out) == first
    later = datetime(2027, 1, 1, tzinfo=timezone.utc)
    annotate_file(out, out, xlrecon.check(out).files[0], now=later)
    diff = [n for n, d in parts(out).items() if d != first[n]]
    assert len(diff) == 1 and time_text(later, "zh").encode() in parts(out)[diff[0]]


def test_a_finding_that_is_gone_gives_the_cell_its_look_back(tmp_path):
    sample = WORKBOOKS / "zhengzhou-2020-reserve-progress.xlsx"
    out, report = annotated(tmp_path, sample)
    fewer = FileReport(path=report.path, schema=report.schema, findings=report.findings[1:])
    direct = annotate_file(tmp_path / sample.name, tmp_path / "direct.xlsx", fewer, now=NOW)
    annotate_file(out, out, fewer, now=NOW)
    a, b = parts(out), parts(direct)
    assert a == b  # undoing the earlier annotation leaves nothing of it behind
    gone = report.findings[0]
    ws, orig = openpyxl.load_workbook(out)[gone.sheet], openpyxl.load_workbook(sample)[gone.sheet]
    assert look(ws[gone.cell]) == look(orig[gone.cell]) and ws[gone.cell].comment is None
    # with no findings at all, every part but the discrepancy sheet and its bookkeeping is as submitted
    annotate_file(out, out, FileReport(path=report.path, schema=report.schema), now=NOW)
    before, after = parts(sample), parts(out)
    assert before["xl/worksheets/sheet1.xml"] == after["xl/worksheets/sheet1.xml"]
    assert not [n for n in after if n not in before and ("comments" in n or n.endswith(".vml"))]


def test_existing_notes_are_kept_and_empty_cells_can_be_flagged(tmp_path):
    src = tmp_path / "notes.xlsx"
    wbk = openpyxl.Workbook()
    ws = wbk.active
    ws.title = "表"
    ws["A1"], ws["B2"] = "县", 5
    ws["B2"].comment = openpyxl.comments.Comment("submitter's own note", "填报人")
    wbk.save(src)
    f = lambda r, c, sev: Finding(check="missing", rule="t", severity=sev, message_key="missing.value",  # noqa: E731
                                  where=CellRef("表", r, c), column="金额", params={})
    report = FileReport(path=str(src), schema="t", findings=[f(1, 1, "error"), f(9, 5, "warning")])
    out = annotate_file(src, tmp_path / "notes.checked.xlsx", report, now=NOW)
    ws2 = openpyxl.load_workbook(out)["表"]
    assert ws2["B2"].comment.text == "submitter's own note" and ws2["B2"].comment.author == "填报人"
    assert ws2["B2"].fill.fgColor.rgb == "FFFFC7CE"
    assert ws2["F10"].value is None and ws2["F10"].fill.fgColor.rgb == "FFFFEB9C" and ws2["F10"].comment
    again = annotate_file(out, tmp_path / "clean.xlsx", FileReport(path=str(src), schema="t"), now=NOW)
    ws3 = openpyxl.load_workbook(again)["表"]
    assert ws3["B2"].comment.text == "submitter's own note" and ws3["F10"].comment is None
    assert parts(again)["xl/worksheets/sheet1.xml"] == parts(src)["xl/worksheets/sheet1.xml"]


@pytest.mark.parametrize("name", ["zhengzhou-2020-reserve-progress.xls", "zhengzhou-2020-reserve-progress.ods"])
def test_read_only_formats_are_refused_and_left_alone(tmp_path, name):
    src = tmp_path / name
    shutil.copy(Path(__file__).parent / "data" / name, src)
    out = subprocess.run([sys.executable, "-m", "xlrecon", "check", str(src), "--annotate", "--format", "json"],
                         capture_output=True, text=True)
    assert out.returncode == 2
    entry = json.loads(out.stdout)["files"][0]
    assert entry["annotation"]["status"] == "refused"
    assert entry["annotation"]["error"]["code"] == "cannot-annotate" and name in entry["annotation"]["error"]["message"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_encrypted_workbook_is_refused(tmp_path):
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = tmp_path / "plain.xlsx"
    shutil.copy(WORKBOOKS / "zhengzhou-2020-reserve-progress.xlsx", plain)
    enc = tmp_path / "secret.xlsx"
    with plain.open("rb") as fi, enc.open("wb") as fo:
        OOXMLFile(fi).encrypt("pw", fo)
    report = xlrecon.check(enc)
    (a,) = xlrecon.annotate(report)
    assert a.status == "refused" and a.error.code == "cannot-annotate"
    assert not (tmp_path / "secret.checked.xlsx").exists()


def test_cli_in_place_keeps_backups_and_output_dir(tmp_path):
    src = tmp_path / "z.xlsx"
    shutil.copy(WORKBOOKS / "zhengzhou-2020-reserve-progress.xlsx", src)
    original = src.read_bytes()
    run = lambda *a: subprocess.run([sys.executable, "-m", "xlrecon", "check", *a], capture_output=True, text=True)  # noqa: E731
    r = run(str(src), "--annotate", "--output", str(tmp_path / "out"))
    assert r.returncode == 1 and (tmp_path / "out" / "z.checked.xlsx").exists() and src.read_bytes() == original
    r = run(str(src), "--annotate", "--in-place")
    assert r.returncode == 1 and (tmp_path / "z.bak.xlsx").read_bytes() == original
    assert openpyxl.load_workbook(src)["核对结果"]["C3"].value == "reserve-progress（县市区预留比例填报和交易情况表）"
    r = run(str(src), "--annotate", "--in-place", "--lang", "en")
    assert (tmp_path / "z.bak.xlsx").read_bytes() == original and (tmp_path / "z.bak2.xlsx").exists()
    assert openpyxl.load_workbook(src).sheetnames == ["预留比例填报和交易情况", "Discrepancies"]
    r = run(str(src), "--annotate", "--in-place", "--no-backup")
    assert not (tmp_path / "z.bak3.xlsx").exists()
    listed = json.loads(run(str(tmp_path), "--format", "json").stdout)["files"]
    assert [Path(f["path"]).name for f in listed] == ["z.xlsx"]  # backups and .checked copies are skipped
    for bad in (["--in-place"], ["--annotate", "--in-place", "--output", "x"], ["--no-backup"]):
        r = run(str(src), *bad)
        assert r.returncode == 2 and "--annotate" in r.stderr and "Traceback" not in r.stderr


def test_report_workbook_collects_every_file(tmp_path):
    for s in SAMPLES:
        shutil.copy(s, tmp_path / s.name)
    out = subprocess.run([sys.executable, "-m", "xlrecon", "check", str(tmp_path), "--report",
                          str(tmp_path / "r" / "report.xlsx"), "--format", "json"], capture_output=True, text=True)
    report = json.loads(out.stdout)
    n = sum(len(f["findings"]) for f in report["files"])
    ws = openpyxl.load_workbook(tmp_path / "r" / "report.xlsx")["核对结果"]
    assert ws["C2"].value == "3 个文件" and ws["B8"].value == "文件"
    assert ws.max_row == 8 + n
    link = ws["F9"].hyperlink
    assert link.target.startswith("../") and link.location == f"'{ws['E9'].value}'!{ws['F9'].value}"
    assert sorted(p.name for p in tmp_path.glob("*.xlsx")) == sorted(s.name for s in SAMPLES)


def test_libreoffice_opens_annotated_workbooks(tmp_path):
    files = [annotated(tmp_path, s)[0] for s in SAMPLES]
    r = subprocess.run([soffice(), "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"),
                        *map(str, files)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert sorted(p.stem for p in (tmp_path / "pdf").glob("*.pdf")) == sorted(f.stem for f in files)
