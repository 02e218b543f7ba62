"""Annotation fidelity over every OOXML file of the third-party corpus that the reader opens:
parts the writer need not change stay byte for byte (vbaProject.bin, form controls, charts,
pivots, …), changed parts keep every original element, values re-read the same, and a
second annotation gives the same content. Prints annotated / refused / failed; failed is 0."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl
import pytest

from conftest import requires_corpus, soffice
from fidelity import check_file, parts

pytestmark = requires_corpus
OOXML = (".xlsx", ".xlsm", ".xltx", ".xltm")
#: files with macros and form controls, notes, threaded comments, pivots, charts, custom XML
FEATURED = [
    "apache-poi/spreadsheet/mv-calculator-final-2-20-2013.xlsm", "apache-poi/spreadsheet/SimpleMacro.xlsm",
    "apache-poi/spreadsheet/62629_target.xlsm", "calamine/vba.xlsm", "apache-poi/spreadsheet/right-to-left.xlsx",
    "apache-poi/spreadsheet/SimpleWithComments.xlsx", "apache-poi/spreadsheet/ExcelPivotTableSample.xlsx",
    "apache-poi/spreadsheet/WithChart.xlsx", "apache-poi/spreadsheet/CustomXMLMappings.xlsx",
    "apache-poi/spreadsheet/NewStyleConditionalFormattings.xlsx", "sheetjs/metadata_2019.xlsx",
    "calamine/pictures_in_cell_and_over_cell.xlsx", "sheetjs/wps/image.xlsx",
]


@pytest.fixture(scope="module")
def fidelity(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("fidelity")
    results = {}
    for i, path in enumerate(sorted(p for p in corpus.rglob("*") if p.suffix.lower() in OOXML)):
        d = out / str(i)
        d.mkdir()
        results[str(path.relative_to(corpus))] = check_file(path, d)
    return results


def test_every_openable_ooxml_file_is_annotated_or_refused_never_damaged(fidelity):
    counts = {k: sum(1 for s, _ in fidelity.values() if s == k) for k in ("annotated", "refused", "failed", "skipped")}
    print(f"\nannotation fidelity over the corpus: {counts['annotated']} annotated, {counts['refused']} refused, "
          f"{counts['failed']} failed ({counts['skipped']} not opened by the reader)")
    for name, (status, detail) in sorted(fidelity.items()):
        if status == "refused":
            print(f"  refused {name}: {detail}")
    failed = {n: d for n, (s, d) in fidelity.items() if s == "failed"}
    assert not failed
    assert counts["annotated"] >= 250
    strict = [n for n in fidelity if "strict" in n.lower()]
    assert strict and all(fidelity[n][0] == "refused" and "Strict" in fidelity[n][1] for n in strict)


@pytest.mark.parametrize("name", [n for n in FEATURED if n.endswith(".xlsm")])
def test_macros_and_form_controls_survive(fidelity, corpus, name):
    status, out = fidelity[name]
    assert status == "annotated"
    before, after = parts(corpus / name), parts(out)
    assert before["xl/vbaProject.bin"] == after["xl/vbaProject.bin"]
    for part, data in before.items():
        if part.startswith(("xl/ctrlProps/", "xl/activeX/")):
            assert after[part] == data
        if part.endswith(".vml"):  # buttons and their macro links are all still there
            for tag in (b'ObjectType="Button"', b"<x:FmlaMacro>"):
                assert after[part].count(tag) == data.count(tag)


def test_featured_files_reread_in_openpyxl_and_open_in_libreoffice(fidelity, corpus, tmp_path):
    written = []
    for name in FEATURED:
        status, out = fidelity[name]
        assert status == "annotated", (name, out)
        written.append(out)
        try:
            wa = openpyxl.load_workbook(corpus / name)
        except Exception:  # noqa: BLE001 - openpyxl cannot read some valid files (SOURCES.md)
            continue
        wb = openpyxl.load_workbook(out)
        for ws in wa.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    assert _v(wb[ws.title][c.coordinate].value) == _v(c.value), (name, ws.title, c.coordinate)
    r = subprocess.run([soffice(), "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), *written],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    made = {p.stem for p in tmp_path.glob("*.pdf")}
    assert made == {Path(w).stem for w in written}


def _v(value):
    """openpyxl gives array formulas as objects: compare their text."""
    return getattr(value, "text", value)
