"""The README's "Your own form in five steps", walked as a newcomer walks it: its commands, in
its order, on a form the tests write that is like no built-in template, with the one edit
step 4 asks for; the findings at the end are the ones the filings deserve."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

from conftest import ROOT
from forms import town_form

OTHER_TOWNS = ["岳坪镇", "石门乡", "青山镇", "白沙乡", "龙潭镇", "花桥乡"]


def _section() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return readme.split("## Your own form in five steps", 1)[1].split("\n## ", 1)[0]


def _run(command: str, cwd: Path) -> subprocess.CompletedProcess:
    args = shlex.split(command)
    assert args[0] == "xlrecon", command
    return subprocess.run([sys.executable, "-m", "xlrecon", *args[1:]], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


def test_a_newcomer_following_the_readme_checks_a_form_of_their_own(tmp_path):
    section = _section()
    steps = re.findall(r"\*\*(\d)\. ([^*]+)\*\*(.*?)(?=\*\*\d\. |\Z)", section, re.S)
    assert [n for n, _, _ in steps] == ["1", "2", "3", "4", "5"]
    commands = {n: [c.strip() for b in re.findall(r"```sh\n(.*?)```", body, re.S) for c in b.strip().splitlines()]
                for n, _, body in steps}
    # the files the section names: the example, another county's copy, the folder of filings
    town_form(tmp_path / "my-form.xlsx")
    (tmp_path / "submissions").mkdir()
    other = town_form(tmp_path / "other-county.xlsx", actual="实际完成金额", wrong_ratio=False, towns=OTHER_TOWNS)
    (tmp_path / "submissions" / "other-county.xlsx").write_bytes(other.read_bytes())
    town_form(tmp_path / "submissions" / "third-county.xlsx", wrong_total=False, wrong_ratio=False,
              towns=[t.replace("镇", "街道") for t in OTHER_TOWNS])

    (init,) = commands["1"]
    r = _run(init, tmp_path)
    assert r.returncode == 0, r.stderr
    template = tmp_path / "my-form.yaml"
    text = template.read_text(encoding="utf-8")
    assert "D11" in r.stdout and "E8" in r.stdout  # the example's own mistakes, named

    # 2: the lines a person must confirm are marked as the README says
    assert "请确认" in steps[1][2] and "请确认" in text

    (check_example,) = commands["3"]
    r = _run(check_example, tmp_path)
    assert r.returncode == 0 and "D4" in r.stdout, r.stdout + r.stderr

    (check_other,) = commands["4"]
    r = _run(check_other, tmp_path)
    assert r.returncode == 2 and "实际完成金额" in r.stdout + r.stderr
    # the edit step 4 asks for: the new spelling added to the column's header list
    edit = re.search(r"`header: \[([^\]]+)\]`", steps[3][2]).group(1)
    spellings = [x.strip() for x in edit.split(",")]
    assert f"header: [{spellings[0]}]" in text
    template.write_text(text.replace(f"header: [{spellings[0]}]", f"header: [{', '.join(spellings)}]"),
                        encoding="utf-8")
    r = _run(check_other, tmp_path)
    assert r.returncode == 0 and "D4" in r.stdout, r.stdout + r.stderr

    check_file, check_folder = commands["5"]
    r = _run(check_file, tmp_path)
    assert r.returncode == 1, r.stdout + r.stderr
    r = _run(check_file + " --format json", tmp_path)
    import json

    findings = json.loads(r.stdout)["files"][0]["findings"]
    assert [(f["severity"], f["check"], f["cell"]) for f in findings] == [("error", "total", "D11")]
    r = _run(check_folder, tmp_path)
    assert r.returncode == 1 and (tmp_path / "report.xlsx").is_file(), r.stdout + r.stderr
    assert "D11" in r.stdout or "other-county.xlsx" in r.stdout
