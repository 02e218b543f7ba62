"""A separate report workbook (``--report FILE.xlsx``): every file's findings on one
discrepancy sheet with a 文件 column, each cell reference a hyperlink into the checked file."""

from __future__ import annotations

import os
import posixpath
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from lxml import etree

from xlrecon.findings import SEVERITIES, BatchFinding, BatchReport, Report, column_letter
from xlrecon.messages import time_text, ui
from xlrecon.read.opc import PR_NS, R_NS
from xlrecon.write import discrepancy, files
from xlrecon.write.package import Package
from xlrecon.write.stylesheet import Stylesheet

_CT_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
)
_CT_SHEET = ('<Override PartName="/xl/worksheets/sheet{n}.xml" '
             'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<Relationships xmlns="{PR_NS}"><Relationship Id="rId1" Type="{R_NS}/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


class _Links:
    """One sheet's hyperlinks to other files, as relationships of that sheet."""

    def __init__(self, base: Path) -> None:
        self.base, self.ids, self.rels = base, {}, []

    def rid(self, target: str) -> str:
        if target not in self.ids:
            rid = f"rId{len(self.ids) + 1}"
            self.ids[target] = rid
            self.rels.append(f'<Relationship Id="{rid}" Type="{R_NS}/hyperlink" '
                             f'Target="{_relative(Path(target), self.base)}" TargetMode="External"/>')
        return self.ids[target]

    def part(self) -> bytes | None:
        if not self.rels:
            return None
        return (_XML + f'<Relationships xmlns="{PR_NS}">' + "".join(self.rels) + "</Relationships>").encode()


def write_report(report: Report, dest: str | os.PathLike[str], *, lang: str = "zh",
                 now: datetime | None = None) -> Path:
    """The report workbook: every finding on one sheet with a 文件 column; for a batch,
    first a sheet of the files (status, counts, links to each file and its annotated
    copy) and last a sheet of the findings across files."""
    dest = Path(dest)
    stamp = time_text(now or datetime.now().astimezone(), lang)
    n_sheets = 3 if isinstance(report, BatchReport) else 1
    pkg = Package.blank({
        "[Content_Types].xml": (_CT_HEAD + "".join(_CT_SHEET.format(n=i) for i in range(1, n_sheets + 1))
                                + "</Types>").encode(),
        "_rels/.rels": _ROOT_RELS.encode(),
        "xl/workbook.xml": b"",
        "xl/_rels/workbook.xml.rels": (_XML + f'<Relationships xmlns="{PR_NS}">' + "".join(
            f'<Relationship Id="rId{i}" Type="{R_NS}/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, n_sheets + 1)) + "</Relationships>").encode(),
    })
    styles = Stylesheet(pkg, "xl/workbook.xml")
    sheets: list[tuple[str, bytes, str, bytes | None]] = []  # name, xml, filter range, rels

    def findings_sheet(name: str, lines: list[discrepancy.Line], n_files: int, counts: dict[str, int]) -> None:
        links = _Links(dest.parent)

        def link(line: discrepancy.Line) -> tuple[str | None, str | None]:
            return discrepancy.location(line.sheet, line.cell), links.rid(line.values[0])

        header = discrepancy.Header(
            file=ui("sheet.files", lang, n=n_files),
            template="、".join(sorted({f.schema for f in report.files if f.schema})) or "—",
            time=stamp, version=discrepancy.version_text(), counts=counts,
        )
        xml, ref = discrepancy.sheet_xml(header, lines, lang, styles.own, with_file=True, link=link)
        sheets.append((name, xml, ref, links.part()))

    if isinstance(report, BatchReport):
        links = _Links(dest.parent)
        xml, ref = files_sheet_xml(report, lang, styles.own, links.rid)
        sheets.append((ui("sheet.files_name", lang), xml, ref, links.part()))
    findings_sheet(ui("sheet.name", lang),
                   [ln for fr in report.files for ln in discrepancy.lines(fr, lang, with_file=True)],
                   len(report.files), discrepancy.counts(report.files))
    if isinstance(report, BatchReport):
        cross = [_cross_line(b, lang) for b in report.batch_findings]
        counts = {s: sum(1 for b in report.batch_findings if b.severity == s) for s in SEVERITIES}
        findings_sheet(ui("sheet.cross_name", lang), cross, len({b.path for b in report.batch_findings}), counts)
    styles.save()
    assert len(sheets) == n_sheets
    entries = "".join(f'<sheet name="{discrepancy.escape(name, True)}" sheetId="{i}" r:id="rId{i}"/>'
                      for i, (name, _, _, _) in enumerate(sheets, start=1))
    names = "".join(f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">'
                    f'{discrepancy.escape(discrepancy.filter_formula(name, ref))}</definedName>'
                    for i, (name, _, ref, _) in enumerate(sheets))
    # the findings sheets print their column headings (row 8) on every page
    start = 1 if isinstance(report, BatchReport) else 0
    names += "".join(f'<definedName name="_xlnm.Print_Titles" localSheetId="{i}">'
                     f'{discrepancy.escape(discrepancy.print_titles(name))}</definedName>'
                     for i, (name, _, _, _) in enumerate(sheets) if i >= start)
    pkg.write("xl/workbook.xml", (
        _XML + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'xmlns:r="{R_NS}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>{entries}</sheets>'
        f'<definedNames>{names}</definedNames></workbook>').encode())
    for i, (_, xml, _, rels) in enumerate(sheets, start=1):
        pkg.write(f"xl/worksheets/sheet{i}.xml", xml)
        if rels is not None:
            pkg.write(f"xl/worksheets/_rels/sheet{i}.xml.rels", rels)
    return save_book(pkg, dest)


def save_book(pkg: Package, dest: Path) -> Path:
    """A workbook xlrecon wrote from nothing (a report, a comparison) saved to ``dest``: its
    workbook part well-formed (or it fails here rather than in Excel), written beside ``dest``
    and moved into place whole; ``write-failed`` when the folder refuses."""
    etree.fromstring(pkg.read("xl/workbook.xml"))
    files.write_in_place(dest, pkg.save)
    return dest


def _cross_line(b: BatchFinding, lang: str) -> discrepancy.Line:
    f = b.finding
    return discrepancy.Line(
        f.severity,
        [b.path or "", f.check, f.sheet, f.cell, f.row_label, f.column, f.expected, f.actual, f.difference, f.unit,
         f.message(lang)],
        sheet=f.sheet, cell=f.cell,
    )


#: the files sheet's columns: (message key, width)
FILES_COLUMNS = [("sheet.col.no", 6), ("sheet.col.file", 48), ("files.col.status", 10), ("files.col.template", 16),
                 ("severity.error", 8), ("severity.warning", 8), ("severity.info", 8), ("files.col.annotated", 40),
                 ("files.col.problem", 80)]


def files_sheet_xml(report: BatchReport, lang: str, style: Callable[[str], int],
                    rid: Callable[[str], str]) -> tuple[bytes, str]:
    """One row per file: its status, template, counts by severity, a link to the file and
    to its annotated copy, and why it could not be checked (or annotated)."""
    esc = discrepancy.escape
    cell = discrepancy.cell
    rows = ['<row r="1">' + "".join(cell(f"{column_letter(j)}1", ui(k, lang), style("header"))
                                    for j, (k, _) in enumerate(FILES_COLUMNS)) + "</row>"]
    links = []
    status_style = {"ok": "text", "incomplete": "sev.warning", "discrepancies": "sev.error", "error": "sev.error"}
    for n, fr in enumerate(report.files, start=1):
        r = n + 1
        c = fr.counts()
        a = fr.annotation
        problem = fr.error.message(lang) if fr.error is not None else (
            a.error.message(lang) if a is not None and a.error is not None else "")
        annotated = a.output if a is not None and a.status == "annotated" else ""
        cells = [cell(f"A{r}", n, style("number")), cell(f"B{r}", fr.path, style("link")),
                 cell(f"C{r}", ui("status." + fr.status, lang), style(status_style[fr.status])),
                 cell(f"D{r}", fr.schema or "", style("text"))]
        cells += [cell(f"{col}{r}", c[sev], style("number")) for col, sev in zip("EFG", SEVERITIES)]
        cells += [cell(f"H{r}", annotated, style("link")), cell(f"I{r}", problem, style("wrap"))]
        rows.append(f'<row r="{r}">' + "".join(cells) + "</row>")
        links.append(f'<hyperlink ref="B{r}" r:id="{rid(fr.path)}" display="{esc(fr.path, True)}"/>')
        if annotated:
            links.append(f'<hyperlink ref="H{r}" r:id="{rid(annotated)}" display="{esc(annotated, True)}"/>')
    last = column_letter(len(FILES_COLUMNS) - 1)
    ref = f"A1:{last}{len(report.files) + 1}"
    cols = "".join(f'<col min="{j + 1}" max="{j + 1}" width="{w}" customWidth="1"/>'
                   for j, (_, w) in enumerate(FILES_COLUMNS))
    xml = (
        _XML + f'<worksheet xmlns="{discrepancy.MAIN}" xmlns:r="{discrepancy.RELS}">'
        f'<dimension ref="{ref}"/>'
        '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" '
        'state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
        f'<sheetFormatPr defaultRowHeight="15"/><cols>{cols}</cols><sheetData>{"".join(rows)}</sheetData>'
        f'<autoFilter ref="{ref}"/>' + (f'<hyperlinks>{"".join(links)}</hyperlinks>' if links else "")
        + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
    )
    return xml.encode("utf-8"), ref


def _relative(target: Path, base: Path) -> str:
    try:
        rel = os.path.relpath(target.resolve(), base.resolve())
    except ValueError:  # another drive on Windows
        rel = str(target.resolve())
    # percent-encoded: nothing left that XML would need escaped
    return quote(rel.replace(os.sep, posixpath.sep), safe="/._-~")

