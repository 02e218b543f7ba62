"""The discrepancy sheet made to be printed and signed (issue 21): landscape A4, one page
wide, the column headings on every page, the messages wrapped in rows high enough to show
them, the header block whole, the checks by their names, the time as a reader writes it.

Real files throughout: a shipped sample annotated, its sheet's XML read back, and (where
LibreOffice is installed) the sheet printed to PDF and the PDF's words and pages measured."""

from __future__ import annotations

import importlib.util
import math
import re
import shutil
import subprocess
import time
import unicodedata
import zipfile
from datetime import datetime, timezone
from html import unescape
from pathlib import Path

import pytest
from lxml import etree

import xlrecon
from xlrecon import checks
from xlrecon.checks.registry import RULES
from xlrecon.findings import CHECKS
from xlrecon.messages import CHECK_NAMES, check_name, time_text
from xlrecon.write.annotate import annotate_file

from conftest import ROOT, WORKBOOKS, soffice

M = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
NOW = datetime(2026, 12, 2, 6, 5, 5, tzinfo=timezone.utc)  # 14:05 in Beijing
SAMPLE = WORKBOOKS / "zhengzhou-2020-reserve-progress.xlsx"  # 13 findings, messages of three lines
#: CT_Worksheet's children in the order the schema requires (ECMA-376 Part 1, 18.3.1.99)
WORKSHEET_ORDER = [
    "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection",
    "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews",
    "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions",
    "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches",
    "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "picture", "oleObjects",
    "controls", "webPublishItems", "tableParts", "extLst",
]


@pytest.fixture
def beijing(monkeypatch):
    """Local time is Beijing's for the test (the sheet shows the time in the machine's zone)."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def annotated(tmp_path: Path, lang: str, sample: Path = SAMPLE) -> tuple[Path, xlrecon.FileReport]:
    src = tmp_path / sample.name
    shutil.copy(sample, src)
    report = xlrecon.check(src).files[0]
    return annotate_file(src, tmp_path / lang / (src.stem + ".checked.xlsx"), report, lang=lang, now=NOW), report


class Sheet:
    """The discrepancy sheet of an annotated workbook, as its XML says."""

    def __init__(self, path: Path, name: str) -> None:
        with zipfile.ZipFile(path) as z:
            self.workbook = etree.fromstring(z.read("xl/workbook.xml"))
            rels = etree.fromstring(z.read("xl/_rels/workbook.xml.rels"))
            entries = self.workbook.findall(f"{M}sheets/{M}sheet")
            self.index = next(i for i, e in enumerate(entries) if e.get("name") == name)
            target = next(r.get("Target") for r in rels if r.get("Id") == entries[self.index].get(R_ID))
            self.root = etree.fromstring(z.read("xl/" + target.lstrip("/").removeprefix("xl/")))
            self.xfs = etree.fromstring(z.read("xl/styles.xml")).findall(f"{M}cellXfs/{M}xf")
        self.cells = {c.get("r"): c for c in self.root.iter(f"{M}c")}
        self.rows = {int(r.get("r")): r for r in self.root.iter(f"{M}row")}
        self.widths = [float(c.get("width")) for c in self.root.iter(f"{M}col")]

    def value(self, ref: str) -> str | None:
        c = self.cells.get(ref)
        if c is None:
            return None
        t = c.find(f"{M}is/{M}t")
        return t.text if t is not None else c.findtext(f"{M}v")

    def wraps(self, ref: str) -> bool:
        align = self.xfs[int(self.cells[ref].get("s", "0"))].find(f"{M}alignment")
        return align is not None and align.get("wrapText") == "1"

    def child(self, name: str) -> etree._Element:
        found = self.root.find(M + name)
        assert found is not None, name
        return found


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def test_every_check_a_finding_can_have_has_a_name_in_both_languages():
    checks.load()
    # every check= a Finding is made with in the code, as written there (table families, rule
    # kinds, the batch's checks across files), and the vocabulary Finding enforces
    made = set()
    for path in (ROOT / "xlrecon").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        made |= set(re.findall(r'Finding\(\s*"([a-z-]+)"', text))
        made |= set(re.findall(r'\bcheck="([a-z-]+)"', text))
    assert {"total", "threshold", "rollup", "duplicate", "coverage", "formula", "shown"} <= made
    families = made | set(CHECKS) | set(RULES) | {"error"}  # error: a file that could not be checked
    for check in sorted(families):
        names = CHECK_NAMES.get(check)
        assert names is not None, f"no name for the check {check!r}"
        zh, en = names["zh"], names["en"]
        assert all("\u4e00" <= ch <= "\u9fff" for ch in zh), (check, zh)
        assert en and en[0].isupper() and en.isascii() and en != check, (check, en)
        assert check_name(check, "zh") == zh and check_name(check, "en") == en
    assert len({n["zh"] for n in CHECK_NAMES.values()}) == len(CHECK_NAMES)  # no two alike
    assert len({n["en"] for n in CHECK_NAMES.values()}) == len(CHECK_NAMES)
    assert [check_name(c, "zh") for c in ("total", "ratio", "threshold", "rollup", "unknown-region", "deadline",
                                           "coverage")] == ["合计", "比率", "阈值", "汇总", "地区名称", "期限", "覆盖"]
    assert [check_name(c, "en") for c in ("total", "rollup", "unknown-region")] == ["Total", "Roll-up", "Region name"]
    assert check_name("no-such-check", "zh") == "no-such-check"


def test_the_time_as_a_reader_writes_it(beijing):
    assert time_text(NOW, "zh") == "2026年12月2日 14:05"
    assert time_text(NOW, "en") == "2 December 2026 14:05"
    assert time_text(datetime(2027, 1, 9, 8, 7), "en") == "9 January 2027 08:07"  # naive: taken as local


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_sheet_is_set_up_for_printing(tmp_path, beijing, lang):
    out, report = annotated(tmp_path, lang)
    name = "核对结果" if lang == "zh" else "Discrepancies"
    sheet = Sheet(out, name)
    # CT_Worksheet's children in the schema's order
    children = [etree.QName(c).localname for c in sheet.root if isinstance(c.tag, str)]
    assert children == sorted(children, key=WORKSHEET_ORDER.index)
    assert {"printOptions", "pageMargins", "pageSetup"} <= set(children)
    pr = [etree.QName(c).localname for c in sheet.child("sheetPr")]
    assert pr == ["tabColor", "pageSetUpPr"] and sheet.child("sheetPr")[1].get("fitToPage") == "1"
    setup = sheet.child("pageSetup")
    assert (setup.get("orientation"), setup.get("paperSize"), setup.get("fitToWidth"), setup.get("fitToHeight")) \
        == ("landscape", "9", "1", "0")
    # the column headings' row is printed on every page: a defined name local to the sheet
    names = sheet.workbook.findall(f"{M}definedNames/{M}definedName")
    titles = [n for n in names if n.get("name") == "_xlnm.Print_Titles"]
    assert len(titles) == 1 and titles[0].get("localSheetId") == str(sheet.index)
    assert titles[0].text == f"'{name}'!$8:$8"
    assert [n.get("localSheetId") for n in names if n.get("name") == "_xlnm._FilterDatabase"] == [str(sheet.index)]
    # one landscape page wide at a readable scale: the columns together no wider than ~170
    # characters (about 80 % on A4 with its margins), the message column narrower than before
    assert len(sheet.widths) == 12 and sum(sheet.widths) <= 170 and sheet.widths[-1] < 80
    assert sheet.widths[2] >= max(display_width(check_name(f.check, lang)) for f in report.findings)
    # the checks by their names, the header block whole (label over A:B, value over C:L)
    checks_shown = [sheet.value(f"C{r}") for r in range(9, 9 + len(report.findings))]
    assert checks_shown == [check_name(f.check, lang) for f in report.findings]
    assert set(checks_shown) == ({"合计", "阈值"} if lang == "zh" else {"Total", "Threshold"})
    assert sheet.value("C4") == ("2026年12月2日 14:05" if lang == "zh" else "2 December 2026 14:05")
    merged = {m.get("ref") for m in sheet.root.iter(f"{M}mergeCell")}
    assert {f"A{r}:B{r}" for r in range(2, 7)} | {f"C{r}:L{r}" for r in range(2, 6)} <= merged
    # every message wraps, in a row high enough for the lines it takes
    width = sheet.widths[-1]
    for r, f in enumerate(report.findings, start=9):
        text = sheet.value(f"L{r}")
        assert text == f.message(lang) and sheet.wraps(f"L{r}")
        lines = math.ceil(display_width(text) / width) if lang == "zh" else math.ceil(len(text) * 0.8 / width)
        row = sheet.rows[r]
        if lines > 1:
            assert row.get("customHeight") == "1" and float(row.get("ht")) >= 15 * lines, (r, lines, row.get("ht"))
    assert max(float(sheet.rows[r].get("ht", 15)) for r in range(9, 9 + len(report.findings))) >= 45


def test_annotating_again_keeps_one_print_titles_name(tmp_path):
    out, _ = annotated(tmp_path, "zh")
    for lang in ("en", "zh"):
        annotate_file(out, out, xlrecon.check(out).files[0], lang=lang, now=NOW)
    with zipfile.ZipFile(out) as z:
        book = z.read("xl/workbook.xml").decode()
    assert book.count("_xlnm.Print_Titles") == 1 and book.count("_xlnm._FilterDatabase") == 1
    assert "localSheetId=\"1\">'核对结果'!$8:$8<" in book


def test_the_report_workbook_prints_its_headings_on_every_page(tmp_path):
    report = xlrecon.check([SAMPLE])
    dest = xlrecon.write_report(report, tmp_path / "report.xlsx", now=NOW)
    sheet = Sheet(dest, "核对结果")
    titles = [n for n in sheet.workbook.iter(f"{M}definedName") if n.get("name") == "_xlnm.Print_Titles"]
    assert [(n.get("localSheetId"), n.text) for n in titles] == [("0", "'核对结果'!$8:$8")]
    assert sheet.child("pageSetup").get("orientation") == "landscape" and len(sheet.widths) == 13


# -- printed by LibreOffice --------------------------------------------------------------
def _script():
    spec = importlib.util.spec_from_file_location("make_print_images", ROOT / "scripts" / "make_print_images.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def printed(tmp_path: Path, out: Path, sheet: str) -> Path:
    """The discrepancy sheet alone printed to PDF by LibreOffice (the other sheets hidden in a copy)."""
    for tool in ("pdftotext", "pdfinfo"):
        if shutil.which(tool) is None:
            reason = f"{tool} is not installed (poppler-utils)"
            if __import__("os").environ.get("XLRECON_REQUIRE_LIBREOFFICE") == "1":
                pytest.fail(reason)
            pytest.skip(reason)
    copy = _script().only_sheet(out, tmp_path / "print.xlsx", sheet)
    r = subprocess.run([soffice(), f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"), str(copy)],
                       capture_output=True, text=True, timeout=300)
    pdf = tmp_path / "pdf" / "print.pdf"
    assert r.returncode == 0 and pdf.exists(), r.stderr
    return pdf


def pages(pdf: Path) -> list[tuple[float, float, list[tuple[float, float, float, float, str]]]]:
    """Each page's width, height and words (xMin, yMin, xMax, yMax, text)."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    out = []
    for m in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S):
        words = [(float(a), float(b), float(c), float(d), unescape(t)) for a, b, c, d, t in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', m.group(3))]
        out.append((float(m.group(1)), float(m.group(2)), words))
    return out


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_printed_the_sheet_is_landscape_one_page_wide_and_shows_every_message_whole(tmp_path, lang):
    out, report = annotated(tmp_path, lang)
    name, headings = ("核对结果", ["序号", "严重程度", "检查", "工作表", "单元格", "行", "列", "期望值", "实际值",
                                   "差额", "单位", "说明"]) if lang == "zh" else \
        ("Discrepancies", ["No.", "Severity", "Check", "Sheet", "Cell", "Row", "Column", "Expected", "Actual",
                           "Difference", "Unit", "Message"])
    printed_pages = pages(printed(tmp_path, out, name))
    assert 1 <= len(printed_pages) <= 4
    seen: list[str] = []
    for width, height, words in printed_pages:
        assert (round(width), round(height)) == (842, 595)  # A4, landscape
        texts = [w[4] for w in words]
        # every column on every page (one page wide), the headings repeated at the top of each
        assert all(h in texts for h in headings), [h for h in headings if h not in texts]
        top = {w[4]: w for w in reversed(words) if w[4] in headings}  # the first of each
        severity, unit = top[headings[1]], top[headings[10]]
        heading_y = top[headings[0]][3]
        # what stands in column A below the headings: the findings' numbers (top-aligned), the
        # notes' label, the footer. The words right of the 单位 column between a finding's number
        # and what comes next in column A are its message, whole: none cut off, none spilling over
        in_a = sorted((w for w in words if w[1] > heading_y and w[0] < severity[0]), key=lambda w: w[1])
        for k, num in enumerate(in_a):
            if not num[4].isdigit():
                continue
            below = in_a[k + 1][1] if k + 1 < len(in_a) else height
            band = sorted((w for w in words if w[0] > unit[2] and num[1] - 2 <= w[1] and w[3] <= below + 1),
                          key=lambda w: (round(w[1]), w[0]))
            f = report.findings[int(num[4]) - 1]
            assert squeezed(" ".join(w[4] for w in band)) == squeezed(f.message(lang)), (lang, num[4])
            seen.append(num[4])
    assert seen == [str(n) for n in range(1, len(report.findings) + 1)]  # every finding, in order, once
    # the header block is whole: its time on the first page in full
    first = " ".join(w[4] for w in printed_pages[0][2])
    assert squeezed(time_text(NOW, lang)) in squeezed(first)
