"""The command line: JSON contract, exit codes, languages, and a light start-up."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

import xlrecon
from xlrecon.cli import main

from conftest import ROOT, WORKBOOKS

ZHENGZHOU = str(WORKBOOKS / "zhengzhou-2020-reserve-progress.xlsx")


def cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "xlrecon", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=120)


def test_json_is_exactly_the_library_report():
    out = cli("check", ZHENGZHOU, "--format", "json")
    assert out.returncode == 1, out.stderr
    data = json.loads(out.stdout)
    assert data == json.loads(json.dumps(xlrecon.check(ZHENGZHOU).to_dict("zh"), ensure_ascii=False))


def test_json_contract_keys(tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook")
    out = cli("check", ZHENGZHOU, str(bad), "--format", "json", "--lang", "en")
    assert out.returncode == 2
    data = json.loads(out.stdout)
    assert list(data) == ["xlrecon", "files", "summary", "notes"]
    assert data["xlrecon"] == xlrecon.__version__
    assert list(data["summary"]) == ["files", "ok", "incomplete", "discrepancies", "errors", "not_evaluated"]
    assert data["summary"] == {"files": 2, "ok": 0, "incomplete": 0, "discrepancies": 1, "errors": 1,
                               "not_evaluated": 0}
    good, broken = data["files"]
    for entry in (good, broken):
        assert list(entry) == ["path", "schema", "status", "error", "findings", "notes", "tables", "annotation"]
        assert entry["annotation"] is None  # set only with --annotate
    assert good["status"] == "discrepancies" and good["error"] is None and good["schema"] == "reserve-progress"
    f = good["findings"][0]
    assert list(f) == ["check", "rule", "severity", "sheet", "cell", "row_label", "column", "expected",
                       "actual", "difference", "unit", "tolerance", "tolerance_kind", "rounding_explainable",
                       "fixup", "evaluated", "computed_formula", "causes", "message"]
    assert (f["tolerance"], f["tolerance_kind"], f["rounding_explainable"], f["fixup"]) == (0.09, "rounding", False, None)
    assert (f["expected"], f["actual"], f["difference"]) == (18948.34, 21079.72, 2131.38)
    assert broken["status"] == "error" and broken["findings"] == []
    assert broken["error"]["code"] == "not-a-workbook"
    assert "bad.xlsx" in broken["error"]["message"] and "not a spreadsheet" in broken["error"]["message"]


def test_exit_codes(xlsx, tmp_path):
    clean = xlsx({"S": [["序号", "县区", "农产品网络零售额（亿元）"], [1, "芙蓉区", 1], ["合计", None, 1]]})
    assert main(["check", str(clean)]) == 0
    assert main(["check", ZHENGZHOU]) == 1
    assert main(["check", str(tmp_path / "nope.xlsx")]) == 2
    assert main(["check", ZHENGZHOU, "--schema", "no-such-template"]) == 2
    with pytest.raises(SystemExit) as exc:
        main(["check"])  # misuse: no path
    assert exc.value.code == 2


def test_a_folder_without_workbooks_is_a_clear_misuse(tmp_path):
    (tmp_path / "readme.txt").write_text("nothing here")
    out = cli("check", str(tmp_path))
    assert out.returncode == 2 and str(tmp_path) in out.stderr and "没有找到工作簿" in out.stderr


def test_one_unreadable_file_does_not_stop_the_others(tmp_path):
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    out = cli("check", str(empty), ZHENGZHOU, "--format", "json")
    files = json.loads(out.stdout)["files"]
    assert [f["status"] for f in files] == ["error", "discrepancies"]
    assert files[0]["error"]["code"] == "empty-file"


def test_table_output_in_chinese_and_english():
    zh = cli("check", ZHENGZHOU)
    def flat(text: str) -> str:  # the table wraps long messages between its borders
        return "".join(text.replace("│", "").split())

    zh_flat = flat(zh.stdout)
    assert "选用模板reserve-progress" in zh_flat and "差额2131.38万元" in zh_flat
    en = cli("check", ZHENGZHOU, "--lang", "en")
    assert "using template reserve-progress" in en.stdout and "difference2131.38万元" in flat(en.stdout)
    assert "Traceback" not in zh.stderr + en.stderr


def test_schema_by_name_and_by_file(tmp_path):
    out = cli("check", ZHENGZHOU, "--schema", "reserve-progress", "--format", "json")
    assert json.loads(out.stdout)["files"][0]["schema"] == "reserve-progress"
    path = tmp_path / "mine.yaml"
    path.write_text((ROOT / "schemas" / "reserve-progress.yaml").read_text(encoding="utf-8")
                    .replace("name: reserve-progress", "name: my-progress"), encoding="utf-8")
    out = cli("check", ZHENGZHOU, "--schema", str(path), "--format", "json")
    assert json.loads(out.stdout)["files"][0]["schema"] == "my-progress"
    wrong = cli("check", ZHENGZHOU, "--schema", "county-trade", "--format", "json")
    entry = json.loads(wrong.stdout)["files"][0]
    assert entry["status"] == "error" and entry["error"]["code"] == "missing-column"
    assert "预算单位采购金额" in entry["error"]["message"]


def test_help_does_not_import_pandas_or_pandera():
    code = ("import sys; from xlrecon.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pandas', 'pandera', 'numpy')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.stdout.strip().splitlines()[-1] == "[]"
    assert "check" in out.stdout


def test_templates_command_lists_the_builtins():
    out = cli("templates", "--format", "json")
    names = [t["name"] for t in json.loads(out.stdout)]
    assert names == ["county-trade", "reserve-progress", "retail-targets", "unit-reserve"]


def test_the_command_ends_with_mains_exit_code_and_all_its_output(tmp_path):
    """``python -m xlrecon`` ends the process as soon as main returns (cli.run): the whole
    output (three times the samples: more than a pipe holds) is flushed first, and the exit
    code is main's."""
    out = cli("batch", *[str(WORKBOOKS)] * 3, "--format", "json", "--jobs", "1")
    assert out.returncode == 1, out.stderr
    assert len(out.stdout) > 1 << 16
    data = json.loads(out.stdout)  # complete: it parses, every file is there
    assert data["summary"]["files"] == len(data["files"]) == 24
    assert out.stderr == ""
    # less than a buffer, written buffered (as without PYTHONUNBUFFERED): still in it when main returns
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    small = subprocess.run([sys.executable, "-m", "xlrecon", "templates", "--format", "json"], capture_output=True,
                           text=True, cwd=ROOT, timeout=120, env=env)
    assert small.returncode == 0 and len(json.loads(small.stdout)) == 4


def test_the_console_and_the_discrepancy_sheet_name_checks_and_units_in_the_reports_language():
    """The 检查 column shows the check's name (合计, 阈值 / Total, Threshold), not its id, and a
    late filing's unit is 天 in Chinese and day(s) in English on the discrepancy sheet."""
    from xlrecon.write.discrepancy import lines

    zh = cli("check", ZHENGZHOU)
    en = cli("check", ZHENGZHOU, "--lang", "en")
    assert "│ 合计" in zh.stdout and "│ 阈值" in zh.stdout and "│ total" not in zh.stdout
    assert "│ Total" in en.stdout and "│ Threshold" in en.stdout
    late = xlrecon.check(str(WORKBOOKS / "zhengzhou-2020-districts" / "郑州经开区.xlsx")).files[0]
    for lang, unit in (("zh", "天"), ("en", "day(s)")):
        (line,) = [ln for ln in lines(late, lang) if ln.cell == "N9"]
        assert unit in line.values and ("天" not in line.values if lang == "en" else True)
