"""The discrepancy sheet (核对结果 / Discrepancies): one row per finding, as worksheet XML.

Built as text, with inline strings, so that the workbook's shared-strings table is
never touched and no value can become a formula (a text beginning with "=" is a
string cell, not an ``<f>``). The same builder makes the sheet inside an annotated
workbook and the separate report workbook (``--report``), which adds a 文件 column.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from xlrecon.findings import SEVERITIES, FileReport, Finding, column_letter
from xlrecon.messages import note_text, ui
from xlrecon.write.text import xml_safe

#: (message key of the heading, column width)
COLUMNS: list[tuple[str, float]] = [
    ("sheet.col.no", 6), ("sheet.col.severity", 9), ("sheet.col.check", 13), ("sheet.col.sheet", 16),
    ("sheet.col.cell", 9), ("sheet.col.row", 18), ("sheet.col.column", 20), ("sheet.col.expected", 14),
    ("sheet.col.actual", 14), ("sheet.col.difference", 13), ("sheet.col.unit", 7), ("sheet.col.message", 80),
]
FILE_COLUMN = ("sheet.col.file", 28)
HEADER_ROW = 8  # 1-based row of the column headings; findings start below it

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


@dataclass
class Line:
    """One finding (or a file's error) as a row of the sheet."""

    severity: str
    values: list[Any]  # the cells after 序号 and 严重程度, in COLUMNS order (plus 文件 first in a report)
    sheet: str | None = None
    cell: str | None = None
    file_rel: str | None = None  # a report's hyperlink relationship to the checked file


@dataclass
class Header:
    file: str
    template: str
    time: str
    version: str
    counts: dict[str, int]
    status: str | None = None  # the file-level error, if the file could not be checked
    #: the run's notes on the file (formulas computed, published figures not applied, tables
    #: per sheet, sheets skipped), as sentences; the template picked is in ``template``
    notes: list[str] = field(default_factory=list)
    extra: list[tuple[str, str]] = field(default_factory=list)


def lines(report: FileReport, lang: str, *, with_file: bool = False) -> list[Line]:
    out = []
    prefix = [report.path] if with_file else []
    if report.error is not None:
        out.append(Line("error", prefix + ["error:" + report.error.code, None, None, None, None,
                                           None, None, None, None, report.error.message(lang)]))
    for f in report.findings:
        out.append(_line(f, lang, prefix))
    return out


def _line(f: Finding, lang: str, prefix: list[Any]) -> Line:
    return Line(
        f.severity,
        prefix + [f.check, f.sheet, f.cell, f.row_label, f.column, f.expected, f.actual, f.difference, f.unit,
                  f.message(lang)],
        sheet=f.sheet, cell=f.cell,
    )


_RANK = {s: i for i, s in enumerate(SEVERITIES)}


def by_cell(findings: Sequence[Finding], lang: str) -> dict[str, dict[str, tuple[str, str]]]:
    """What each flagged cell gets: sheet -> cell -> (its worst severity, the note: every
    finding at that cell, worst first)."""
    out: dict[str, dict[str, list[Finding]]] = {}
    for f in findings:
        if f.where is not None:
            out.setdefault(f.where.sheet, {}).setdefault(f.where.a1, []).append(f)
    result: dict[str, dict[str, tuple[str, str]]] = {}
    for sheet, cells in out.items():
        result[sheet] = {}
        for ref, fs in cells.items():
            fs = sorted(fs, key=lambda f: _RANK[f.severity])
            text = "\n".join(f"[{ui('severity.' + f.severity, lang)}] {f.message(lang)}" for f in fs)
            result[sheet][ref] = (fs[0].severity, text)
    return result


def template_title(fr: FileReport, lang: str) -> str | None:
    """"name（title）" of the template the check chose, from the note it left (no re-reading)."""
    for key, params in fr.notes:
        if key in ("picked", "given") and isinstance(params.get("title"), dict):
            return f"{params['template']}（{params['title'].get(lang) or params['title'].get('zh', '')}）"
    return fr.schema


def file_header(report: FileReport, lang: str, now: datetime, template_title: str | None) -> Header:
    """The header block of one checked file's discrepancy sheet."""
    return Header(
        file=Path(report.path).name, template=template_title or report.schema or "—",
        time=now.isoformat(timespec="seconds"), version=version_text(), counts=report.counts(),
        status=report.error.message(lang) if report.error is not None else None,
        notes=[note_text(k, p, lang) for k, p in report.notes if k not in ("picked", "given")],
    )


def free_name(base: str, taken: Iterable[str], sep: str = " ") -> str:
    """``base``, else ``base (2)``, ``base (3)`` …: the first that is not ``taken`` (sheet names
    compare without case)."""
    used = {t.lower() for t in taken}
    name, n = base, 2
    while name.lower() in used:
        name = f"{base}{sep}({n})"
        n += 1
    return name


def location(sheet: str, cell: str) -> str:
    """An in-workbook hyperlink location: 'My Sheet'!B5 (quotes doubled)."""
    return "'" + sheet.replace("'", "''") + "'!" + cell


def escape(text: str, attr: bool = False) -> str:
    """Text for XML content (or, with ``attr``, for a double-quoted attribute)."""
    text = xml_safe(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if attr:
        text = text.replace('"', "&quot;").replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    return text


def cell(ref: str, value: Any, style: int) -> str:
    """One cell as worksheet XML: a number as a value, anything else as an inline string."""
    s = f' s="{style}"' if style else ""
    if value is None or value == "":
        return f'<c r="{ref}"{s}/>' if style else ""
    if isinstance(value, bool):
        value = str(value)
    if isinstance(value, (int, Decimal)) or (isinstance(value, float) and value == value and abs(value) != float("inf")):
        num = format(value, "f") if isinstance(value, Decimal) else repr(value)
        if isinstance(value, Decimal):
            num = num.rstrip("0").rstrip(".") if "." in num else num
        return f'<c r="{ref}"{s}><v>{num}</v></c>'
    text = str(value)[:32767]
    return f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{escape(text)}</t></is></c>'


@dataclass(frozen=True)
class Laid:
    """One cell of the discrepancy sheet: 1-based row, 0-based column, value, style name
    (``title``, ``label``, ``text``, ``number``, ``header``, ``sev.<severity>``, ``link``,
    ``wrap``), and for a finding's 单元格 the line it links to."""

    row: int
    col: int
    value: Any
    style: str
    line: Line | None = None


def columns_of(with_file: bool = False) -> list[tuple[str, float]]:
    """The sheet's columns (message key of the heading, width)."""
    return ([COLUMNS[0], FILE_COLUMN] + COLUMNS[1:]) if with_file else COLUMNS


def laid_out(header: Header, rows: Sequence[Line], lang: str, *, with_file: bool = False) -> list[Laid]:
    """Every cell of the discrepancy sheet, in row order: the header block, the column
    headings in row :data:`HEADER_ROW`, one row per finding below. The part-level writer
    (:func:`sheet_xml`) and the Excel layer (:mod:`xlrecon.excel.writer`) both write these."""
    columns = columns_of(with_file)
    ncols = len(columns)
    cell_col = 5 if with_file else 4  # 0-based index of 单元格
    sev_col = 2 if with_file else 1
    out = [Laid(1, 0, ui("sheet.title", lang), "title")]
    info = [("sheet.file", header.file), ("sheet.template", header.template), ("sheet.time", header.time),
            ("sheet.version", header.version)]
    for i, (key, value) in enumerate(info, start=2):
        out += [Laid(i, 0, ui(key, lang), "label"), Laid(i, 1, value, "text")]
    out.append(Laid(6, 0, ui("sheet.counts", lang), "label"))
    for j, sev in enumerate(SEVERITIES):
        out += [Laid(6, 1 + 2 * j, ui("severity." + sev, lang), "sev." + sev),
                Laid(6, 2 + 2 * j, header.counts.get(sev, 0), "number")]
    if header.status:
        out += [Laid(7, 0, ui("sheet.status", lang), "label"), Laid(7, 1, header.status, "text")]
    out += [Laid(HEADER_ROW, j, ui(key, lang), "header") for j, (key, _) in enumerate(columns)]
    for n, line in enumerate(rows, start=1):
        r = HEADER_ROW + n
        severity = ui("severity." + line.severity, lang)
        values = ([n, line.values[0], severity] + list(line.values[1:])) if with_file \
            else [n, severity] + list(line.values)
        for j, value in enumerate(values):
            linked = j == cell_col and bool(line.cell)
            if j == sev_col:
                st = "sev." + line.severity
            elif linked:
                st = "link"
            elif j == ncols - 1:
                st = "wrap"
            else:
                st = "text" if not isinstance(value, (int, float, Decimal)) else "number"
            out.append(Laid(r, j, value, st, line if linked and line.sheet else None))
    # the run's notes below the findings (after a blank row, outside the filter), each in the
    # message column, which is wide and wraps: a long note prints within the page
    below = HEADER_ROW + max(len(rows), 1) + 2
    for k, note in enumerate(header.notes):
        out += [Laid(below + k, 0, ui("sheet.notes", lang), "label"), Laid(below + k, ncols - 1, note, "wrap")]
    return out


def sheet_xml(header: Header, rows: Sequence[Line], lang: str, style: Callable[[str], int], *,
              with_file: bool = False, link: Callable[[Line], tuple[str | None, str | None]] | None = None
              ) -> tuple[bytes, str]:
    """The worksheet part and the range its filter covers (A8:L{n})."""
    columns = columns_of(with_file)
    last_col = column_letter(len(columns) - 1)
    heights = {1: ' ht="22" customHeight="1"', HEADER_ROW: ' ht="30" customHeight="1"'}
    body: list[str] = []
    links: list[str] = []
    current, cells = 0, []

    def flush() -> None:
        if current:
            body.append(f'<row r="{current}"{heights.get(current, "")}>' + "".join(cells) + "</row>")

    for c in laid_out(header, rows, lang, with_file=with_file):
        if c.row != current:
            flush()
            current, cells = c.row, []
        ref = f"{column_letter(c.col)}{c.row}"
        cells.append(cell(ref, c.value, style(c.style)))
        if c.line is not None:
            line = c.line
            loc, rid = link(line) if link else (location(line.sheet, line.cell), None)
            attrs = f' ref="{ref}"'
            if rid:
                attrs += f' r:id="{rid}"'
            if loc:
                attrs += f' location="{escape(loc, True)}"'
            attrs += f' display="{escape(line.sheet + "!" + line.cell, True)}"'
            links.append(f"<hyperlink{attrs}/>")
    flush()
    last = HEADER_ROW + max(len(rows), 1)
    filter_ref = f"A{HEADER_ROW}:{last_col}{last}"
    tab = "FFC00000" if header.counts.get("error") or header.status else "FF00B050"
    cols = "".join(f'<col min="{j + 1}" max="{j + 1}" width="{w}" customWidth="1"/>'
                   for j, (_, w) in enumerate(columns))
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<worksheet xmlns="{MAIN}" xmlns:r="{RELS}">'
        f'<sheetPr><tabColor rgb="{tab}"/></sheetPr>'
        f'<dimension ref="A1:{last_col}{last}"/>'
        '<sheetViews><sheetView workbookViewId="0">'
        f'<pane ySplit="{HEADER_ROW}" topLeftCell="A{HEADER_ROW + 1}" activePane="bottomLeft" state="frozen"/>'
        f'<selection pane="bottomLeft" activeCell="A{HEADER_ROW + 1}" sqref="A{HEADER_ROW + 1}"/>'
        '</sheetView></sheetViews>'
        '<sheetFormatPr defaultRowHeight="15"/>'
        f'<cols>{cols}</cols>'
        f'<sheetData>{"".join(body)}</sheetData>'
        f'<autoFilter ref="{filter_ref}"/>'
        + (f'<hyperlinks>{"".join(links)}</hyperlinks>' if links else "")
        + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
        '<pageSetup orientation="landscape"/>'
        '</worksheet>'
    )
    return xml.encode("utf-8"), filter_ref


def counts(reports: Sequence[FileReport]) -> dict[str, int]:
    out = {s: 0 for s in SEVERITIES}
    for r in reports:
        for f in r.findings:
            out[f.severity] += 1
        if r.error is not None:
            out["error"] += 1
    return out


def filter_formula(sheet: str, filter_ref: str) -> str:
    """The ``_xlnm._FilterDatabase`` formula of the sheet's filter: 'Sheet'!$A$8:$L$20."""
    return location(sheet, ":".join(_absolute(ref) for ref in filter_ref.split(":")))


def _absolute(ref: str) -> str:
    letters = "".join(ch for ch in ref if ch.isalpha())
    return f"${letters}${ref[len(letters):]}"


def version_text() -> str:
    """What the header block says made the sheet: "xlrecon 0.1.0"."""
    from xlrecon import __version__

    return f"xlrecon {__version__}"
