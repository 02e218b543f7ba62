"""The batch's console view tells the story in order: the files with problems (only those), the
most frequent findings by their rules' names, the findings across files errors first, what was
not reconciled and how to do it, the summary, how to see every finding. And a --previous path
that does not exist is an error of the run, for check and batch alike."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

import xlrecon
from xlrecon.cli import main
from xlrecon.errors import XlreconError

from conftest import WORKBOOKS, write_openpyxl

DISTRICTS = WORKBOOKS / "zhengzhou-2020-districts"
SUMMARY = WORKBOOKS / "zhengzhou-2020-reserve-progress.xlsx"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["batch", *args, "--jobs", "2"])
    out = capsys.readouterr()
    return code, out.out, out.err


def section(text: str, start: str, end: str | None = None) -> str:
    body = text.split(start, 1)[1]
    return body.split(end, 1)[0] if end else body


def test_rules_are_named_by_their_labels_and_the_missing_summary_is_said(capsys):
    code, out, _ = run(capsys, str(DISTRICTS))
    assert code == 1
    top = section(out, "最常见的问题", "跨文件核对")
    assert "食堂食材预留份额不低于当年度食堂食材采购总额的 10%（无食堂除外）" in top
    assert "每年3月20日前填报当年度预留份额" in top and "「联系电话」的格式" in top
    assert not re.search(r"\b(phone\.regex|reserve\.min-share|filed\.deadline|union\.standard)\b", out)
    lines = [line for line in out.splitlines() if line.strip()]
    assert lines[-3] == ("各县市区的合计未与市级汇总表（县市区预留比例填报和交易情况表）核对："
                         "没有指定汇总表，文件夹中也没有；请用 --against 汇总表.xlsx 指定")
    assert lines[-2].startswith("共 5 个文件")
    assert lines[-1] == "每个文件的全部问题：xlrecon check 文件；写入一个报告工作簿：加上 --report 报告.xlsx"
    code, out, _ = run(capsys, str(DISTRICTS), "--lang", "en")
    assert "│phone.regex" not in out and "联系电话: the required format" in out
    assert "The reserve is at least 10% of canteen food purchases" in section(out, "Most frequent findings", "Across")
    assert "name it with --against SUMMARY.xlsx" in out and "--report REPORT.xlsx" in out.splitlines()[-1]


def test_with_a_summary_the_findings_across_files_go_errors_first(capsys):
    code, out, _ = run(capsys, str(DISTRICTS), "--against", str(SUMMARY))
    cross = section(out, "跨文件核对", "共 5 个文件")
    order = re.findall(r"^│(错误|警告|提示) ", cross, re.M)
    assert {"错误", "警告", "提示"} <= set(order)
    assert order == sorted(order, key=["错误", "警告", "提示"].index)
    # each check by its name; the where column wide enough that a message is not cut into single characters
    assert "│错误     │ 重复 " in cross and "│警告     │ 覆盖 " in cross and "duplicate" not in cross
    assert "未与市级汇总表" not in out  # reconciled: nothing to say about it
    report = xlrecon.batch(DISTRICTS, against=SUMMARY, jobs=2)
    assert [n for n, _ in report.notes if n == "batch.no_summary"] == []


def _unit_file(path: Path, rows: list, hidden: tuple[int, ...] = ()) -> Path:
    from openpyxl import load_workbook

    head = ["序号", "单位名称", "食堂情况", "年度食堂食材采购总额（万元）", "预留份额（万元）", "填报日期"]
    write_openpyxl(path, {"填报": [["中原区预算单位2023年度预留份额填报表"], head, *rows]})
    if hidden:
        wb = load_workbook(path)
        for r in hidden:
            wb["填报"].row_dimensions[r].hidden = True
        wb.save(path)
    return path


def test_a_file_with_notes_only_is_not_a_file_with_problems(tmp_path, capsys):
    clean = [[1, "单位甲", "自办", 100.0, 12.0, dt.datetime(2023, 3, 10)],
             [2, "单位乙", "自办", 50.0, 6.0, dt.datetime(2023, 3, 1)]]
    _unit_file(tmp_path / "只有提示.xlsx", clean, hidden=(4,))
    _unit_file(tmp_path / "有差错.xlsx", [[1, "单位丙", "自办", 100.0, 1.0, dt.datetime(2023, 3, 10)]])
    report = xlrecon.batch(tmp_path, schema="unit-reserve", jobs=2)
    info_only = next(fr for fr in report.files if fr.path.endswith("只有提示.xlsx"))
    assert info_only.findings and {f.severity for f in info_only.findings} == {"info"}
    code, out, _ = run(capsys, str(tmp_path), "--schema", "unit-reserve")
    listed = section(out, "有问题的文件", "最常见的问题")
    assert "有差错.xlsx" in listed and "只有提示.xlsx" not in listed


def test_when_no_file_could_be_read_the_checks_across_files_were_not_run(tmp_path, capsys):
    (tmp_path / "坏的.xlsx").write_bytes(b"PK\x03\x04 truncated")
    (tmp_path / "空的.xlsx").write_bytes(b"")
    code, out, _ = run(capsys, str(tmp_path))
    assert code == 2
    assert "跨文件核对未发现问题" not in out and "未能进行跨文件核对：没有一个文件能够读取核对" in out
    code, out, _ = run(capsys, str(tmp_path), "--lang", "en")
    assert "no findings across files" not in out and "the checks across files could not be run" in out


def test_when_some_files_failed_the_checks_across_files_say_so(tmp_path, capsys):
    shutil.copy(DISTRICTS / "郑州市郑东新区.xlsx", tmp_path)
    (tmp_path / "空的.xlsx").write_bytes(b"")
    code, out, _ = run(capsys, str(tmp_path))
    assert "跨文件核对未发现问题（1 个无法处理的文件未参与核对）" in out


@pytest.mark.parametrize("command", ["check", "batch"])
@pytest.mark.parametrize("lang, says", [("zh", "上期文件（--previous）{p}：文件不存在"),
                                        ("en", "the previous period's file (--previous) {p}: no such file")])
def test_a_missing_previous_path_is_an_error_naming_it(tmp_path, capsys, command, lang, says):
    missing = tmp_path / "上期" / "郑州经开区.xlsx"
    target = DISTRICTS / "郑州经开区.xlsx" if command == "check" else DISTRICTS
    assert main([command, str(target), "--previous", str(missing), "--lang", lang]) == 2
    out = capsys.readouterr()
    assert out.err.strip() == says.format(p=missing) and out.out == ""


def test_the_library_refuses_a_missing_previous_path_before_any_file(tmp_path):
    missing = tmp_path / "nope.xlsx"
    for call in (lambda: xlrecon.check(DISTRICTS, previous=[DISTRICTS, missing]),
                 lambda: xlrecon.batch(DISTRICTS, previous=missing, jobs=1)):
        with pytest.raises(XlreconError) as info:
            call()
        assert info.value.code == "file-not-found" and info.value.params == {"file": str(missing), "role": "previous"}
    # a previous folder that exists is taken as before
    assert xlrecon.check(DISTRICTS / "郑州经开区.xlsx", previous=DISTRICTS).files[0].status == "discrepancies"


def test_on_a_narrow_terminal_the_messages_across_files_stay_readable():
    import io

    from rich.console import Console

    from xlrecon.render.batch import render_batch

    report = xlrecon.batch(DISTRICTS, jobs=2)
    out = io.StringIO()
    render_batch(report, Console(file=out, width=100, color_system=None), "zh", 1.0)
    text = out.getvalue()
    assert max(len(line) for line in section(text, "跨文件核对", "各县市区").splitlines()) <= 100
    assert "同一单位出现在两个文件里" in text  # not one character a line in a squeezed column


def test_the_files_with_problems_are_listed_worst_first_and_only_they_are_unpacked(tmp_path, monkeypatch):
    """The view keeps the worst 30 rows as the files go by: worst first, then in the files' order,
    the count of the rest said; the clean files' packed reports are never opened."""
    import io

    from rich.console import Console

    from xlrecon.batches.store import Results
    from xlrecon.render import batch as view

    folder = tmp_path / "in"
    shutil.copytree(DISTRICTS, folder)
    clean = _unit_file(folder / "一个没有问题的单位.xlsx", [])
    report = xlrecon.batch(folder, jobs=2)
    files = list(report.files)
    flagged = [i for i, fr in enumerate(files) if fr.status != "ok" or any(f.severity != "info" for f in fr.findings)]
    assert str(clean) not in [files[i].path for i in flagged] and 0 < len(flagged) < len(files)
    opened: list[int] = []
    unpack = Results._unpack
    monkeypatch.setattr(Results, "_unpack", lambda self, i: opened.append(i) or unpack(self, i))
    monkeypatch.setattr(view, "MAX_FILES", 2)
    out = io.StringIO()
    view.render_batch(report, Console(file=out, width=200, color_system=None), "en", 1.0)
    assert sorted(set(opened)) == flagged  # the clean file was not unpacked
    from xlrecon.messages import ui

    text = section(out.getvalue(), ui("batch.files_heading", "en"), ui("batch.top_heading", "en"))
    rows = [line for line in text.splitlines() if re.search(r"│ \d+/\d+/\d+ ", line)]  # a file's first line
    expected = sorted(flagged, key=lambda i: view._badness(files[i]), reverse=True)[:2]  # stable: file order
    counts = ["{error}/{warning}/{info}".format(**files[i].counts()) for i in expected]
    assert [re.search(r"│ (\d+/\d+/\d+) ", row).group(1) for row in rows] == counts
    assert all(ui("status." + files[i].status, "en") in row for i, row in zip(expected, rows))
    assert ui("batch.more_files", "en", n=len(flagged) - 2) in text
