"""The library API: one entry point for the CLI, the batch and the Excel layer."""

from __future__ import annotations

import doctest
import os
import shutil

import pytest

import xlrecon
import xlrecon.api
from xlrecon.errors import XlreconError

from conftest import ROOT, WORKBOOKS


def test_api_docstring_example_runs(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = doctest.testmod(xlrecon.api, raise_on_error=False)
    assert result.attempted >= 3 and result.failed == 0


def test_folder_is_searched_recursively_skipping_lock_files_and_outputs(tmp_path):
    sub = tmp_path / "district" / "2020"
    sub.mkdir(parents=True)
    src = WORKBOOKS / "zhengzhou-2020-reserve-progress.xlsx"
    shutil.copy(src, sub / "中原区.xlsx")
    shutil.copy(src, tmp_path / "~$中原区.xlsx")  # Excel's lock file
    shutil.copy(src, sub / "中原区.checked.xlsx")  # xlrecon's own output
    (tmp_path / "readme.txt").write_text("not a workbook")
    report = xlrecon.check(tmp_path)
    assert [os.path.relpath(f.path, tmp_path) for f in report.files] == [os.path.join("district", "2020", "中原区.xlsx")]


def test_a_list_of_paths_keeps_its_order_and_the_report_counts():
    paths = [WORKBOOKS / "hunan-2023-retail-targets.xlsx", WORKBOOKS / "zhengzhou-2020-reserve-progress.xlsx"]
    report = xlrecon.check(paths)
    assert [f.status for f in report.files] == ["ok", "discrepancies"]
    assert report.summary() == {"files": 2, "ok": 1, "incomplete": 0, "discrepancies": 1, "errors": 0, "not_evaluated": 0}
    assert report.exit_code == 1


def test_bad_schema_argument_raises_a_typed_error():
    with pytest.raises(XlreconError) as exc:
        xlrecon.check(WORKBOOKS, schema="nope")
    assert exc.value.code == "unknown-template" and "county-trade" in exc.value.message("en")


def test_findings_are_in_sheet_order_then_row_then_column(xlsx):
    path = xlsx({"S": [["序号", "县区", "所属市州", "农产品网络零售额（亿元）"],
                       [1, "甲", None, "x"], [2, None, "A市", -1], ["合计", None, None, 9]]})
    (fr,) = xlrecon.check(path).files
    cells = [(f.where.row, f.where.col) for f in fr.findings]
    assert cells == sorted(cells) and len(cells) >= 4
