"""The reference (docs/reference.md) documents every command, option, check and error code, the
README stays a short guide whose links lead somewhere, and every message exists in both
languages with the same placeholders (after sqlite-utils' tests/test_docs.py)."""

from __future__ import annotations

import re
import string

import pytest

from xlrecon import messages
from xlrecon.cli import build_parser
from xlrecon.errors import ERROR_CODES
from xlrecon.findings import CHECKS

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
REFERENCE = (ROOT / "docs" / "reference.md").read_text(encoding="utf-8")
TEMPLATES = (ROOT / "docs" / "templates.md").read_text(encoding="utf-8")


def _commands():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return sorted(sub.choices)


@pytest.mark.parametrize("command", _commands())
def test_every_command_has_a_reference_section(command):
    assert f"### `xlrecon {command}`" in REFERENCE


@pytest.mark.parametrize("command", _commands())
def test_every_option_of_a_command_is_in_the_reference(command):
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command").choices[command]
    section = REFERENCE.split(f"### `xlrecon {command}`", 1)[1].split("\n### ", 1)[0]
    parsers = [sub] + [p for a in sub._actions if a.dest == "action" for p in a.choices.values()]
    for p in parsers:
        for action in p._actions:
            for opt in action.option_strings:
                if opt not in ("-h", "--help"):
                    assert opt in section, f"{command} {opt}"


@pytest.mark.parametrize("check", sorted(CHECKS))
def test_every_check_is_documented(check):
    assert f"| `{check}` |" in REFERENCE


@pytest.mark.parametrize("code", sorted(ERROR_CODES))
def test_every_error_code_is_documented_and_has_messages(code):
    assert f"| `{code}` |" in REFERENCE
    assert set(messages.ERRORS[code]) == set(messages.LANGS)


def _fields(text):
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


@pytest.mark.parametrize("catalogue", ["FINDINGS", "ERRORS", "UI"])
def test_messages_exist_in_both_languages_with_the_same_placeholders(catalogue):
    for key, texts in getattr(messages, catalogue).items():
        assert set(texts) == set(messages.LANGS), key
        assert _fields(texts["zh"]) == _fields(texts["en"]), key
        assert re.search(r"[\u4e00-\u9fff]", texts["zh"]), f"{key}: the zh text is not Chinese"


def test_every_message_key_used_in_the_code_exists():
    used = set()
    for path in (ROOT / "xlrecon").rglob("*.py"):
        used |= set(re.findall(r'"((?:type|range|missing|duplicate|total|ratio|threshold|rollup|unknown-region|deadline|batch|batch_sum)'
                               r'\.[a-z_]+)"', path.read_text(encoding="utf-8")))
    used = {u for u in used if not u.split(".", 1)[1] in ("type", "unit", "integer", "required", "unique", "total")}
    known = set(messages.FINDINGS) | set(messages.UI)  # batch.* holds finding and console keys
    assert used and used <= known, used - known


def test_readme_has_exactly_the_two_setup_commands_and_ci_runs_the_test_one():
    setup = README.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", setup, re.S)
    assert [b.strip() for b in blocks] == [
        'python3 -m pip install -e . && python3 -m xlrecon batch workbooks/',
        'python3 -m pip install -e ".[test]" && python3 -m pytest',
    ]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert 'python3 -m pip install -e ".[test]" && python3 -m pytest' in ci


def test_readme_template_example_is_a_valid_template(tmp_path):
    from xlrecon.templates import load_template

    example = re.search(r"```yaml\n(.*?)```", TEMPLATES.split("## Templates", 1)[1], re.S).group(1)
    path = tmp_path / "example.yaml"
    path.write_text(example, encoding="utf-8")
    t = load_template(path)
    assert t.name == "retail-targets" and t.column("amount").checks[1].severity == "warning"


def test_the_readme_is_a_short_guide_and_its_links_lead_somewhere():
    assert len(README.splitlines()) < 250
    for doc, text in [(ROOT / "README.md", README), (ROOT / "docs" / "reference.md", REFERENCE),
                      (ROOT / "docs" / "templates.md", TEMPLATES)]:
        for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", text):
            assert (doc.parent / target).exists(), f"{doc.name} links to {target}, which is not there"
