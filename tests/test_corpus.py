"""Every file of the third-party corpus through ``xlrecon check``: zero tracebacks, zero
hangs, and the failure kinds that ../shared/corpus/SOURCES.md lists reported as typed errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from xlrecon.errors import ERROR_CODES

from conftest import requires_corpus

pytestmark = requires_corpus

ENCRYPTED = [
    "apache-poi/poifs/protect.xlsx", "apache-poi/poifs/extenxls_pwd123.xlsx", "apache-poi/poifs/protected_sha512.xlsx",
    "apache-poi/poifs/60320-protected.xlsx", "apache-poi/spreadsheet/protected_passtika.xlsx",
    "calamine/pass_protected.xlsx", "python-calamine/password.xlsx", "python-calamine/password.xls",
    "sheetjs/password_2002_128_strong.xls", "apache-poi/spreadsheet/password.xls", "calamine/pass_protected.ods",
]
DAMAGED = [
    "apache-poi/openxml4j/invalid.xlsx", "apache-poi/spreadsheet/xlsx-corrupted.xlsx", "calamine/issue252.xlsx",
    "calamine/too_small.xls", "apache-poi/spreadsheet/poc-xmlbomb.xlsx", "apache-poi/spreadsheet/poc-xmlbomb-empty.xlsx",
    "apache-poi/spreadsheet/clusterfuzz-testcase-minimized-POIXSSFFuzzer-6123461607817216.xlsx",
]
EMPTY = ["python-calamine/empty_file.xlsx", "python-calamine/empty_file.xlsb", "python-calamine/empty_file.ods"]


@pytest.fixture(scope="module")
def corpus_run(corpus):
    files = sorted(str(p.relative_to(corpus)) for p in corpus.rglob("*") if p.is_file() and p.name != "SOURCES.md")
    out = subprocess.run([sys.executable, "-m", "xlrecon", "check", "--format", "json", *files],
                         capture_output=True, text=True, cwd=corpus, timeout=600)
    return files, out


def test_every_corpus_file_gives_a_typed_entry_and_no_traceback(corpus_run):
    files, out = corpus_run
    assert "Traceback" not in out.stderr and "panicked" not in out.stderr, out.stderr[-2000:]
    assert out.returncode in (0, 1, 2)
    data = json.loads(out.stdout)
    assert [f["path"] for f in data["files"]] == files
    for entry in data["files"]:
        if entry["status"] == "error":
            assert entry["error"]["code"] in ERROR_CODES
            assert entry["path"] in entry["error"]["message"]
    counts = {}
    for entry in data["files"]:
        key = entry["error"]["code"] if entry["error"] else entry["status"]
        counts[key] = counts.get(key, 0) + 1
    print(f"\ncorpus: {len(files)} files -> {counts}")


def test_corpus_edge_cases_get_the_right_code(corpus_run):
    _, out = corpus_run
    by_path = {f["path"]: f for f in json.loads(out.stdout)["files"]}
    for path in ENCRYPTED:
        assert by_path[path]["error"]["code"] == "encrypted", path
    for path in DAMAGED:
        assert by_path[path]["error"]["code"] in ("corrupt-file", "not-a-workbook"), path
    for path in EMPTY:
        assert by_path[path]["error"]["code"] == "empty-file", path
    for path in ("apache-poi/spreadsheet/xlmmacro.xlsm", "apache-poi/spreadsheet/testEXCEL_4.xls"):
        assert by_path[path]["error"]["code"] == "unsupported-format", path
    # Gnumeric file with styled cells down to row 1,048,576: read, not hung, just unrelated content
    assert by_path["calamine/issue_174.xlsx"]["error"]["code"] == "no-table"
