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


def test_the_corpus_as_one_batch_gives_the_same_entries_as_check(corpus_run, corpus):
    """The whole corpus through ``xlrecon batch`` in two workers: every file an entry with
    the same status and error code as ``check`` gave it, no traceback, and the corpus's
    byte-identical files reported as the same submission twice."""
    files, checked = corpus_run
    out = subprocess.run([sys.executable, "-m", "xlrecon", "batch", "--format", "json", "--jobs", "2",
                          "--timeout", "60", "."], capture_output=True, text=True, cwd=corpus, timeout=600)
    assert "Traceback" not in out.stderr and "panicked" not in out.stderr, out.stderr[-2000:]
    assert out.returncode == 2
    data = json.loads(out.stdout)

    def entries(report):
        return {str(f["path"]).removeprefix("./"): (f["status"], (f["error"] or {}).get("code"))
                for f in report["files"]}

    from xlrecon.read.workbook import WORKBOOK_SUFFIXES

    batch, check = entries(data), entries(json.loads(checked.stdout))
    # a folder is searched for workbooks by their suffix; check was given every file by name
    workbooks = {p for p in check if "." + p.rsplit(".", 1)[-1].lower() in WORKBOOK_SUFFIXES
                 and not p.split("/")[-1].startswith("~$")}
    assert set(batch) == workbooks and len(batch) > 350
    assert {p: check[p] for p in batch} == batch
    same = [b for b in data["batch_findings"] if b["rule"] == "batch.same-file"]
    for b in same:
        first = corpus / b["related"][0]["path"]
        assert (corpus / b["path"]).read_bytes() == first.read_bytes()
