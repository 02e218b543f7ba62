"""`xlrecon template init` drafts a template from a filled-in example; `template check` says
where a template finds its columns. Tested on the four samples (the draft finds what the
built-in template finds, for the rules it can draft) and on a form the tests write that is
like no built-in template, with real mistakes in it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import xlrecon
from xlrecon.errors import ERROR_CODES
from conftest import ROOT, WORKBOOKS, requires_corpus, write_openpyxl
from forms import town_form
from xlrecon.templates.loader import load_builtin, parse_text

SAMPLES = {
    "county-trade": WORKBOOKS / "hunan-2021-xiangcun-zhenxing-bill.xlsx",
    "retail-targets": WORKBOOKS / "hunan-2023-retail-targets.xlsx",
    "reserve-progress": WORKBOOKS / "zhengzhou-2020-reserve-progress.xlsx",
    "unit-reserve": WORKBOOKS / "zhengzhou-2020-districts" / "郑州市郑东新区.xlsx",
}


def cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "xlrecon", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=180)


def _key(f):
    return f.check, f.severity, f.sheet, f.cell


def _undraftable(template, rule_id: str | None, sheet: str | None, drafted_sheet: str) -> bool:
    """A built-in finding a draft from one sheet cannot make: a rule from a policy document
    (threshold, deadline), a roll-up across sheets, a total against a published figure, or a
    finding on another sheet's table."""
    if sheet != drafted_sheet:
        return True
    rule = next((r for r in template.rules if r.id == rule_id), None)
    if rule is None:
        return False
    return rule.kind in ("threshold", "deadline", "rollup") or getattr(rule, "whole", None) is not None


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_a_draft_of_each_sample_finds_what_the_builtin_template_finds(name):
    path = SAMPLES[name]
    drafted = xlrecon.draft_template(path)
    template = parse_text(drafted.text, "draft.yaml")  # the text loads as it is
    builtin = load_builtin(name)
    ours = xlrecon.check(path, schema=template).files[0]
    theirs = xlrecon.check(path, schema=name).files[0]
    assert ours.error is None and theirs.error is None
    sheet = drafted.draft.sheet
    # every column of the built-in template that stands in the drafted sheet is drafted, typed alike
    found = {c.name: c for c in template.columns}
    for spec in builtin.columns:
        if spec.name in found:
            assert found[spec.name].type == spec.type, spec.name
            if spec.unit and found[spec.name].unit:
                assert found[spec.name].unit == spec.unit, spec.name
    mine = {_key(f) for f in ours.findings}
    shared = {_key(f) for f in theirs.findings if not _undraftable(builtin, f.rule, f.sheet, sheet)}
    assert mine == shared, (sorted(mine - shared, key=str), sorted(shared - mine, key=str))


def test_the_drafted_sample_columns_match_the_builtin_names_and_rules():
    drafted = xlrecon.draft_template(SAMPLES["reserve-progress"])
    t = parse_text(drafted.text, "draft.yaml")
    assert [c.name for c in t.columns] == [c.name for c in load_builtin("reserve-progress").columns]
    ratios = {r.column: r for r in t.rules if r.kind == "ratio"}
    assert set(ratios) == {"mgmt_rate", "trade_rate", "completion_rate"}
    assert [f.cell for f in drafted.disagreements] == ["I5", "J5"]
    assert "I5" in drafted.text and "J5" in drafted.text


# --- a form like no built-in template ---------------------------------------------------------

def test_a_form_the_tests_write_is_drafted_column_by_column(tmp_path):
    path = town_form(tmp_path / "乡镇采购.xlsx")
    drafted = xlrecon.draft_template(path)
    t = parse_text(drafted.text, "draft.yaml")
    cols = {c.name: c for c in t.columns}
    assert list(cols) == ["seq", "town", "purchase_plan_amount", "purchase_actual_amount", "purchase_completed_rate",
                          "supplier_households", "phone", "filed"]
    assert all(n.isascii() for n in cols)
    assert [cols[n].type for n in cols] == ["integer", "text", "number", "number", "percent", "integer", "text", "date"]
    assert cols["purchase_plan_amount"].under == ("采购情况",) and cols["purchase_plan_amount"].headers == ("计划金额",)
    assert cols["purchase_plan_amount"].unit == "元" and cols["purchase_plan_amount"].decimals == 2
    assert cols["purchase_completed_rate"].decimals == 2
    assert t.key == "town"
    assert {c.name for c in t.columns if c.total == "sum"} == {"purchase_plan_amount", "purchase_actual_amount",
                                                               "supplier_households"}
    ratio = next(r for r in t.rules if r.kind == "ratio")
    assert ratio.column == "purchase_completed_rate"
    assert str(ratio.formula) .replace(" ", "") == "purchase_actual_amount/purchase_plan_amount" or \
        "purchase_actual_amount / purchase_plan_amount" in drafted.text
    assert "合计" in t.total_markers
    # the unit came from the 单位：元 line: the YAML asks a person to confirm it, naming the cell
    assert "请确认：单位取自表上方的「单位：元」（G2）" in drafted.text


def test_the_example_s_own_mistakes_are_named_and_the_rules_kept(tmp_path):
    path = town_form(tmp_path / "乡镇采购.xlsx")
    drafted = xlrecon.draft_template(path)
    assert sorted((f.check, f.cell) for f in drafted.disagreements) == [("ratio", "E8"), ("total", "D11")]
    lines = drafted.text.splitlines()
    at = next(i for i, line in enumerate(lines) if "name: purchase_actual_amount" in line)
    block = "\n".join(lines[at:at + 12])
    assert "total: sum" in block and "注意：示例文件本身与此规则不符：D11" in block
    assert any("注意：示例文件本身与此规则不符：E8" in line for line in lines)
    # checking the example with the draft gives exactly the findings the example deserves
    report = xlrecon.check(path, schema=parse_text(drafted.text, "draft.yaml")).files[0]
    assert sorted((f.severity, f.check, f.cell) for f in report.findings) == [
        ("error", "ratio", "E8"), ("error", "total", "D11")]


def test_a_clean_example_gives_a_draft_that_finds_nothing_and_says_so(tmp_path):
    path = town_form(tmp_path / "clean.xlsx", wrong_total=False, wrong_ratio=False)
    drafted = xlrecon.draft_template(path)
    assert drafted.disagreements == [] and "不符" not in drafted.text
    assert xlrecon.check(path, schema=parse_text(drafted.text, "d.yaml")).files[0].findings == []
    # and the draft catches the mistakes of another filing of the same form
    wrong = town_form(tmp_path / "wrong.xlsx")
    found = xlrecon.check(wrong, schema=parse_text(drafted.text, "d.yaml")).files[0].findings
    assert sorted((f.check, f.cell) for f in found) == [("ratio", "E8"), ("total", "D11")]


def test_english_comments_under_lang_en(tmp_path):
    path = town_form(tmp_path / "f.xlsx")
    text = xlrecon.draft_template(path, lang="en").text
    assert "the example itself disagrees with this rule: D11" in text
    comments = [line.split("#", 1)[1] for line in text.splitlines() if "#" in line]
    assert comments and not any("请确认" in c or "注意" in c for c in comments)
    parse_text(text, "en.yaml")


def test_init_writes_a_new_file_and_never_overwrites_one(tmp_path):
    path = town_form(tmp_path / "f.xlsx")
    out = tmp_path / "form.yaml"
    r = cli("template", "init", str(path), "--output", str(out))
    assert r.returncode == 0, r.stderr
    assert out.read_text(encoding="utf-8") == xlrecon.draft_template(path).text
    assert "D11" in r.stdout and "E8" in r.stdout and "xlrecon template check" in r.stdout
    before = out.read_bytes()
    r = cli("template", "init", str(path), "--output", str(out))
    assert r.returncode == 2 and "已存在" in r.stderr and "Traceback" not in r.stderr
    assert out.read_bytes() == before
    # without --output the YAML is the standard output, what it found the standard error
    r = cli("template", "init", str(path))
    assert r.returncode == 0 and r.stdout == before.decode("utf-8") and "D11" in r.stderr


def test_init_on_what_holds_no_table_says_so(tmp_path):
    empty = write_openpyxl(tmp_path / "notes.xlsx", {"说明": [["只有一行说明文字"], ["第二行"]]})
    r = cli("template", "init", str(empty))
    assert r.returncode == 2 and "notes.xlsx" in r.stderr and "未找到可起草模板的表格" in r.stderr
    assert "Traceback" not in r.stderr
    r = cli("template", "init", str(SAMPLES["retail-targets"]), "--sheet", "没有这张")
    assert r.returncode == 2 and "没有这张" in r.stderr and "市州目标" in r.stderr
    r = cli("template", "init", str(tmp_path / "missing.xlsx"))
    assert r.returncode == 2 and "missing.xlsx" in r.stderr and "Traceback" not in r.stderr


def test_init_takes_the_sheet_asked_for():
    drafted = xlrecon.draft_template(SAMPLES["retail-targets"], sheet="市州目标")
    assert drafted.draft.sheet == "市州目标" and drafted.draft.data_rows == 14
    assert "市州" in drafted.text


def test_template_check_gives_the_line_and_column_of_an_error(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: my-form\nkey: region\ncolumns:\n  - name: region\n    header: [地区]\n    type: text\n"
                   "  - name: amount\n    header: [金额]\n    type: numbr\n", encoding="utf-8")
    r = cli("template", "check", str(bad))
    assert r.returncode == 2 and f"{bad}:9:11" in r.stderr and "numbr" in r.stderr
    r = cli("template", "check", str(bad), "--format", "json")
    assert r.returncode == 2 and json.loads(r.stdout)["error"]["code"] == "bad-template"


def test_template_check_shows_where_each_column_is_found(tmp_path):
    path = town_form(tmp_path / "f.xlsx")
    out = tmp_path / "form.yaml"
    xlrecon.draft_template(path, output=out)
    r = cli("template", "check", str(out), str(path), str(SAMPLES["retail-targets"]), "--format", "json")
    data = json.loads(r.stdout)
    assert r.returncode == 2  # the second workbook holds no such table, and says so
    first, second = data["files"]
    cells = {c["name"]: c["cell"] for c in first["tables"][0]["columns"]}
    assert cells == {"seq": "A4", "town": "B4", "purchase_plan_amount": "C4", "purchase_actual_amount": "D4",
                     "purchase_completed_rate": "E4", "supplier_households": "F4", "phone": "G4", "filed": "H4"}
    assert first["tables"][0]["header_rows"] == [3, 4] and first["tables"][0]["total_rows"] == [11]
    assert second["error"]["code"] == "no-table"
    r = cli("template", "check", str(out), str(path))
    assert r.returncode == 0 and "表头在第 3–4 行" in r.stdout and "D4" in r.stdout


def test_a_sheet_of_figures_only_is_drafted_with_its_first_column_as_the_key(tmp_path):
    rows = [["月份", "收入", "支出"]] + [[m, 100.0 + m, 50.0 + m] for m in range(1, 13)] + [["合计", 1278.0, 678.0]]
    path = write_openpyxl(tmp_path / "months.xlsx", {"月报": rows})
    drafted = xlrecon.draft_template(path)
    t = parse_text(drafted.text, "d.yaml")
    assert t.key == t.columns[0].name and t.columns[0].type == "text"
    assert {c.name for c in t.columns if c.total == "sum"} == {"income", "expense"}
    assert xlrecon.check(path, schema=t).files[0].findings == []


@requires_corpus
def test_template_init_on_the_corpus_drafts_or_says_why(corpus):
    """Every eighth file of the third-party corpus (a stable choice; the rest take minutes more):
    a draft that loads, or a typed error, never a traceback."""
    from xlrecon.errors import XlreconError

    files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.name != "SOURCES.md")[::8]
    drafted = failed = 0
    for p in files:
        try:
            parse_text(xlrecon.draft_template(p).text, f"{p.name}.yaml")
            drafted += 1
        except XlreconError as exc:
            assert exc.code in ERROR_CODES, (p, exc.code)
            failed += 1
    assert drafted >= 5 and drafted + failed == len(files)


def test_a_one_level_county_form_with_units_in_brackets_and_percent_texts(tmp_path):
    """Units stated in the header's brackets, rates typed as "12.50%" texts, county names the
    register knows with their cities beside them: a region key with a registry rule under its
    city, a percent column, amounts in 万元 from the header (nothing to confirm about them)."""
    counties = [("芙蓉区", "长沙市", 390.0, 312.0), ("天心区", "长沙市", 518.0, 466.2),
                ("荷塘区", "株洲市", 210.0, 126.0), ("芦淞区", "株洲市", 180.0, 171.0),
                ("雨湖区", "湘潭市", 260.0, 208.0)]
    rows = [["县区", "所属市州", "目标金额（万元）", "完成金额（万元）", "完成率"]]
    rows += [[c, city, t, d, f"{d / t * 100:.2f}%"] for c, city, t, d in counties]
    rows.append(["合计", None, sum(r[2] for r in counties), sum(r[3] for r in counties), None])
    path = write_openpyxl(tmp_path / "county.xlsx", {"完成情况": rows})
    drafted = xlrecon.draft_template(path)
    t = parse_text(drafted.text, "d.yaml")
    cols = {c.name: c for c in t.columns}
    assert t.key == "region" and cols["city"].type == "text"
    assert [cols[n].unit for n in ("target_amount", "completed_amount")] == ["万元", "万元"]
    assert cols["completed_rate"].type == "percent" and cols["completed_rate"].decimals == 2
    registry = next(r for r in t.rules if r.kind == "unknown-region")
    assert registry.column == "region" and registry.parent_column == "city"
    ratio = next(r for r in t.rules if r.kind == "ratio")
    assert ratio.column == "completed_rate"
    assert "单位取自表上方" not in drafted.text and drafted.disagreements == []
    report = xlrecon.check(path, schema=t).files[0]
    # the rates typed as text are said (a warning each), and nothing else
    assert {(f.check, f.severity) for f in report.findings} == {("type", "warning")}
    assert {f.cell for f in report.findings} == {f"E{r}" for r in range(2, 7)}
