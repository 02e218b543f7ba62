"""A template file that is not valid is said in the user's language: under zh a Chinese sentence
naming the file (file:line:column where the place is known), the place (columns[1].type) and what
it should hold, with no Latin words but the identifiers and values quoted from the file, never
PyYAML's, Python's or the OS's English; under --lang en the English one. Each from a real file
the test writes, through the library and both commands (exit code 2)."""

from __future__ import annotations

import ast
import os
import re
import string
import subprocess
import sys
from pathlib import Path

import pytest

from xlrecon import messages as m
from xlrecon.errors import XlreconError
from xlrecon.templates import load_template

from conftest import ROOT
from test_messages import _template_words

WORKBOOK = ROOT / "workbooks" / "hunan-2023-retail-targets.xlsx"

GOOD = """\
name: my-form
key: region
columns:
  - name: region
    header: [地区]
    type: text
  - name: amount
    header: [金额]
    type: number
rules:
  - id: amount.min
    kind: threshold
    label: 金额不低于 10
    check: amount >= 10
"""


def _edit(old: str, new: str) -> str:
    assert GOOD.count(old) == 1, old
    return GOOD.replace(old, new)


#: name: (the file's text or bytes, the place, "line:column" of the place or None, what zh says, what en says)
CASES: dict[str, tuple[str | bytes | None, str, str | None, str, str]] = {
    "unknown column type": (_edit("type: number", "type: numbr"), "columns[1].type", "9:11",
                            "“numbr”不是可用的取值（应为 text、integer、number、percent、date 之一）",
                            "'numbr' is not one of text, integer, number, percent, date"),
    "unknown key": (_edit("    header: [金额]\n", "    header: [金额]\n    colour: red\n"), "columns[1]", "7:5",
                    "未知的键 colour（可用的键：", "unknown key(s) colour; allowed: "),
    "bad rule expression": (_edit("check: amount >= 10", "check: amount >= (10"), "rules[0].check", "14:12",
                            "第 11 个字符处的“(”没有闭合", "the “(” at character 11 is never closed"),
    "unknown column in a rule": (_edit("check: amount >= 10", "check: purchases >= 10"), "rules[0].check", "14:12",
                                 "没有“purchases”这一列（列：region、amount）",
                                 "unknown column 'purchases'; columns: region, amount"),
    "key not a text column": (_edit("key: region", "key: amount"), "key", "2:6",
                              "应为文本列（每行的单位或地区名称）；“amount”列的类型是 number",
                              "must name a text column (each row's unit or region; amount is of type number)"),
    "YAML: two colons": (_edit("name: my-form", "name: my-form: 2023"), "", None,
                         "第 1 行第 14 列：YAML 格式有误（同一行里出现了第二个“键:”",
                         "line 1, column 14: not valid YAML (mapping values are not allowed here"),
    "YAML: a tab": (_edit("    type: text", "\ttype: text"), "", None,
                    "第 6 行第 1 列：YAML 格式有误（用了制表符缩进，YAML 只能用空格缩进）",
                    "line 6, column 1: not valid YAML (a tab character: YAML is indented with spaces only)"),
    "YAML: no colon": (_edit("key: region", "key region"), "", None,
                       "第 2 行第 1 列：YAML 格式有误（这里的键后面缺少冒号“:”",
                       "line 2, column 1: not valid YAML (could not find the “:” after this key"),
    "YAML: unknown problem": (_edit("name: my-form", "name: |x"), "", None,
                              "第 1 行第 8 列：YAML 格式有误", "line 1, column 8: not valid YAML"),
    "missing file": (None, "", None, "文件不存在", "no such file"),
    "not UTF-8": (GOOD.encode("gbk"), "", None,  # saved as GBK: the first Chinese text is on line 5
                  "不是 UTF-8 编码的文本（第 5 行起），请用 UTF-8 编码另存",
                  "it is not UTF-8 text (from line 5 on): save it as UTF-8"),
}

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_\-]*")
_ENGLISH = re.compile(r"\b(is|not|a|an|the|of|expected|while|found|line|column|mapping|allowed|such|errno)\b", re.I)


def _write(tmp_path: Path, content: str | bytes | None) -> Path:
    path = tmp_path / "我的模板.yaml"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    return path


def _latin_words(zh: str, path: Path, place: str) -> list[str]:
    rest = zh.replace(str(path), " ").replace(place, " ") if place else zh.replace(str(path), " ")
    return _WORD.findall(rest)


def test_the_unedited_template_loads(tmp_path):
    assert [c.name for c in load_template(_write(tmp_path, GOOD)).columns] == ["region", "amount"]


@pytest.mark.parametrize("case", list(CASES))
def test_a_bad_template_is_said_in_chinese_and_in_english(case, tmp_path):
    content, place, at, zh_says, en_says = CASES[case]
    path = _write(tmp_path, content)
    with pytest.raises(XlreconError) as info:
        load_template(path)
    err = info.value
    assert err.code == "bad-template" and "detail" not in err.params  # said from the catalogue, not as a text
    zh, en = err.message("zh"), err.message("en")
    file = f"{path}:{at}" if at else str(path)
    assert zh.startswith(f"模板文件 {file} 有误："), zh
    assert en.startswith(f"template file {file} is not valid: "), en
    if place:
        assert f"有误：{place}：" in zh and f"is not valid: {place}: " in en
    assert zh_says in zh and en_says in en, (zh, en)
    assert re.search(r"[\u4e00-\u9fff]", zh.replace(str(path), "")) and "Traceback" not in zh
    # no Latin words but what the file holds, the template language's identifiers, YAML and UTF-8
    text = content.decode("gbk") if isinstance(content, bytes) else content or ""
    allowed = set(_WORD.findall(text)) | _template_words() | {"YAML", "UTF-8"}
    assert not [w for w in _latin_words(zh, path, place) if w not in allowed], zh
    assert not _ENGLISH.search(zh.replace(str(path), " ").replace(place or "\0", " ")), zh
    assert not re.search(r"[\u4e00-\u9fff]", en_says)


def _run(*args: str, lang: str | None = None) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "xlrecon", *args] + (["--lang", lang] if lang else [])
    return subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=120,
                          env={**os.environ, "COLUMNS": "100"})


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("case", ["unknown column type", "unknown key", "bad rule expression", "key not a text column",
                                  "YAML: two colons", "YAML: a tab", "missing file", "not UTF-8"])
def test_both_commands_say_it_and_exit_2(case, tmp_path):
    path = _write(tmp_path, CASES[case][0])
    with pytest.raises(XlreconError) as info:
        load_template(path)
    for command in (["check", str(WORKBOOK), "--schema", str(path)], ["template", "check", str(path)]):
        for lang in ("zh", "en"):
            r = _run(*command, lang=None if lang == "zh" else lang)
            assert r.returncode == 2, (command, r.stdout, r.stderr)
            assert _flat(info.value.message(lang)) in _flat(r.stderr), (command, lang, r.stderr)
            assert "Traceback" not in r.stderr + r.stdout


def test_a_folder_given_as_the_template_is_said_to_be_a_folder(tmp_path):
    folder = tmp_path / "模板.yaml"
    folder.mkdir()
    with pytest.raises(XlreconError) as info:
        load_template(folder)
    assert info.value.message("zh") == f"模板文件 {folder} 有误：是一个文件夹，不是文件"
    assert info.value.message("en") == f"template file {folder} is not valid: it is a folder, not a file"
    r = _run("check", str(WORKBOOK), "--schema", str(folder))
    assert r.returncode == 2 and "是一个文件夹" in r.stderr


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads a file whatever its mode")
def test_an_unreadable_template_is_said_to_be_so(tmp_path):
    path = _write(tmp_path, GOOD)
    path.chmod(0)
    with pytest.raises(XlreconError) as info:
        load_template(path)
    assert info.value.message("zh").endswith("有误：没有读取权限")


# --- the catalogue ---------------------------------------------------------------------------------------------

def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_every_template_sentence_has_both_languages_with_the_same_placeholders():
    for key, texts in m.TEMPLATE_FILE.items():
        assert set(texts) == set(m.LANGS), key
        assert _fields(texts["zh"]) == _fields(texts["en"]), key
        assert key == "at" or re.search(r"[\u4e00-\u9fff]", texts["zh"]), f"{key}: the zh text is not Chinese"


#: the argument that is the ``what`` of each function raising a template's error
_WHAT_ARG = {"_expect": 2, "_Bad": 1, "RuleError": 1, "ExprError": 0}


def test_every_what_the_loader_gives_is_in_the_catalogue():
    used = set()
    for name in ("loader.py", "rules.py", "expr.py"):
        tree = ast.parse((ROOT / "xlrecon" / "templates" / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _WHAT_ARG:
                i = _WHAT_ARG[node.func.id]
                if len(node.args) > i:
                    used |= {c.value for c in ast.walk(node.args[i])
                             if isinstance(c, ast.Constant) and isinstance(c.value, str)}
    assert len(used) > 60 and used <= set(m.TEMPLATE_FILE), used - set(m.TEMPLATE_FILE)
    from xlrecon.templates.loader import _YAML_PROBLEMS

    assert {f"yaml.{key}" for _, _, key, _ in _YAML_PROBLEMS} <= set(m.TEMPLATE_FILE)
