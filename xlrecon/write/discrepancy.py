"""The discrepancy sheet (核对结果 / Discrepancies): one row per finding, as worksheet XML.

Built as text, with inline strings, so that the workbook's shared-strings table is
never touched and no value can become a formula (a text beginning with "=" is a
string cell, not an ``<f>``). The same builder makes the sheet inside an annotated
workbook and the separate report workbook (``--report``), which adds a 文件 column.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from xlrecon.findings import SEVERITIES, FileReport, Finding, column_letter
from xlrecon.messages import check_name, note_text, page_footer, time_text, ui, unit_text
from xlrecon.write.text import xml_safe

#: (message key of the heading, narrowest and widest width): each column is as wide as its
#: widest text (a Chinese character counts two) within these; the message column (last) takes
#: what is left of :data:`PAGE_WIDTH`
COLUMNS: list[tuple[str, float, float]] = [
    ("sheet.col.no", 5, 6), ("sheet.col.severity", 7, 10), ("sheet.col.check", 7, 13), ("sheet.col.sheet", 8, 16),
    ("sheet.col.cell", 6, 9), ("sheet.col.row", 8, 20), ("sheet.col.column", 8, 18), ("sheet.col.expected", 8, 13),
    ("sheet.col.actual", 8, 13), ("sheet.col.difference", 8, 13), ("sheet.col.unit", 5, 8),
    ("sheet.col.message", 36, 80),
]
FILE_COLUMN = ("sheet.col.file", 10, 24)
#: the columns' widths together (in Excel's character widths) that print on one landscape A4
#: page at about 90 %; wider (long labels), the page is scaled down to its width
PAGE_WIDTH = 150
HEADER_ROW = 8  # 1-based row of the column headings; findings start below it
LINE_HEIGHT = 15  # points a line of wrapped text takes (Excel's default row height)
#: the columns whose text wraps (sheet, row, column, message and, in a report, file)
WRAPPED = ("sheet.col.file", "sheet.col.sheet", "sheet.col.row", "sheet.col.column", "sheet.col.message")

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
        out.append(Line("error", prefix + [check_name("error", lang), None, None, None, None,
                                           None, None, None, None, report.error.message(lang)]))
    for f in report.findings:
        out.append(_line(f, lang, prefix))
    return out


def _line(f: Finding, lang: str, prefix: list[Any]) -> Line:
    return Line(
        f.severity,
        prefix + [check_name(f.check, lang), f.sheet, f.cell, f.row_label, f.column, f.expected, f.actual,
                  f.difference, unit_text(f.unit, lang), f.message(lang)],
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
        time=time_text(now, lang), version=version_text(), counts=report.counts(),
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
    if isinstance(value, (int, Decimal)) or (isinstance(value, float) and value == value
                                             and abs(value) != float("inf")):
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
    ``wrap``), the last column of the cells it is merged with (``to``), and for a finding's
    单元格 the line it links to."""

    row: int
    col: int
    value: Any
    style: str
    line: Line | None = None
    to: int | None = None


def columns_of(with_file: bool = False) -> list[tuple[str, float, float]]:
    """The sheet's columns (message key of the heading, narrowest and widest width)."""
    return ([COLUMNS[0], FILE_COLUMN] + COLUMNS[1:]) if with_file else COLUMNS


#: the sheets this builder makes, by kind: their name, title, and the headings that differ from
#: the discrepancy sheet's (a resubmission's changes, ``xlrecon diff --annotate``: 原值, 新值)
SHEET_KINDS: dict[str, dict[str, str]] = {
    "check": {"name": "sheet.name", "title": "sheet.title"},
    "diff": {"name": "sheet.diff_name", "title": "sheet.diff_title", "sheet.col.expected": "sheet.col.old",
             "sheet.col.actual": "sheet.col.new"},
}


def laid_out(header: Header, rows: Sequence[Line], lang: str, *, with_file: bool = False,
             kind: str = "check") -> list[Laid]:
    """Every cell of the discrepancy sheet, in row order: the header block (each label over
    columns A:B, its value over C to the last column), the column headings in row
    :data:`HEADER_ROW`, one row per finding below. The part-level writer (:func:`sheet_xml`)
    and the Excel layer (:mod:`xlrecon.excel.writer`) both write these."""
    columns = columns_of(with_file)
    ncols = len(columns)
    last = ncols - 1
    cell_col = 5 if with_file else 4  # 0-based index of 单元格
    sev_col = 2 if with_file else 1
    wrapped = {j for j, (key, _, _) in enumerate(columns) if key in WRAPPED}
    words = SHEET_KINDS[kind]
    out = [Laid(1, 0, ui(words["title"], lang), "title")]
    info = [("sheet.file", header.file), ("sheet.template", header.template), ("sheet.time", header.time),
            ("sheet.version", header.version)]
    for i, (key, value) in enumerate(info, start=2):
        out += [Laid(i, 0, ui(key, lang), "label", to=1), Laid(i, 2, value, "wrap", to=last)]
    out.append(Laid(6, 0, ui("sheet.counts", lang), "label", to=1))
    for j, sev in enumerate(SEVERITIES):
        out += [Laid(6, 2 + 2 * j, ui("severity." + sev, lang), "sev." + sev),
                Laid(6, 3 + 2 * j, header.counts.get(sev, 0), "number")]
    if header.status:
        out += [Laid(7, 0, ui("sheet.status", lang), "label", to=1), Laid(7, 2, header.status, "wrap", to=last)]
    out += [Laid(HEADER_ROW, j, ui(words.get(key, key), lang), "header") for j, (key, _, _) in enumerate(columns)]
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
            elif isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
                st = "number"
            else:
                st = "wrap" if j in wrapped else "text"
            out.append(Laid(r, j, value, st, line if linked and line.sheet else None))
    # the run's notes below the findings (after a blank row, outside the filter), each over
    # columns C to the last, wrapped: a long note prints within the page
    below = HEADER_ROW + max(len(rows), 1) + 2
    for k, note in enumerate(header.notes):
        out += [Laid(below + k, 0, ui("sheet.notes", lang), "label", to=1),
                Laid(below + k, 2, note, "wrap", to=last)]
    return out


def text_width(text: str) -> int:
    """How many of Excel's character widths a line of text takes: a wide (Chinese, Japanese,
    Korean, full-width) character two, any other one."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def wrapped_lines(text: str, width: float) -> int:
    """How many lines ``text`` takes wrapped in a cell ``width`` characters wide: filled as
    Excel and LibreOffice fill it, a word (a run of Latin letters, digits and signs) moving
    to the next line whole, a Chinese character wherever it falls."""
    room = max(width - 1.5, 2.0)  # the cell's padding, and a margin for glyphs wider than the digits
    n = 0
    for para in str(text).split("\n"):
        n += 1
        used = 0.0
        for word in _words(para):
            w = _drawn(word)
            if used + w <= room or (word.isspace()):
                used += w
                continue
            if w > room:  # longer than a line: broken where the line ends
                for ch in word:
                    c = _drawn(ch)
                    if used + c > room:
                        n += 1
                        used = 0.0
                    used += c
                continue
            n += 1
            used = float(w)
    return n


def _drawn(text: str) -> float:
    """:func:`text_width` as a proportional font draws it: a Latin letter is on average
    narrower than the digit 0 that a column's width counts (0.9 of it, to be safe), a space
    half of it."""
    wide = sum(1 for ch in text if unicodedata.east_asian_width(ch) in ("W", "F"))
    spaces = text.count(" ")
    return 2 * wide + 0.5 * spaces + 0.9 * (len(text) - wide - spaces)


def _words(text: str) -> list[str]:
    out: list[str] = []
    word = ""
    for ch in text:
        wide = unicodedata.east_asian_width(ch) in ("W", "F")
        if wide or ch.isspace():
            if word:
                out.append(word)
                word = ""
            out.append(ch)
        else:
            word += ch
    if word:
        out.append(word)
    return out


def widths(cells: Sequence[Laid], with_file: bool = False) -> list[float]:
    """Each column's width: its widest text (a heading of more than four Chinese characters
    may wrap onto two lines) within the column's bounds; the message column what
    :data:`PAGE_WIDTH` leaves, within its bounds."""
    columns = columns_of(with_file)
    need = [0.0] * len(columns)
    for c in cells:
        if c.row < HEADER_ROW or c.to is not None or c.value is None:
            continue
        text = _shown(c.value)
        w = max((text_width(part) for part in text.split("\n")), default=0)
        if c.style == "header" and w > 8:  # a long heading wraps: its longer half, or its longest word
            w = max(math.ceil(w / 2), max((text_width(x) for x in _words(text) if not x.isspace()), default=0))
        need[c.col] = max(need[c.col], w + 2)
    out = [min(max(n, lo), hi) for n, (_, lo, hi) in zip(need, columns)]
    _, lo, hi = columns[-1]
    out[-1] = float(min(max(PAGE_WIDTH - sum(out[:-1]), lo), hi))
    return out


def _shown(value: Any) -> str:
    if isinstance(value, Decimal):
        text = format(value, "f")
        return text.rstrip("0").rstrip(".") if "." in text else text
    return str(value)


def heights(cells: Sequence[Laid], width: Sequence[float]) -> dict[int, float]:
    """The height (points) of each row whose wrapped text takes more than one line."""
    lines: dict[int, int] = {}
    for c in cells:
        if c.style not in ("wrap", "header") or c.value is None:
            continue
        w = sum(width[c.col:(c.to if c.to is not None else c.col) + 1])
        lines[c.row] = max(lines.get(c.row, 1), wrapped_lines(_shown(c.value), w))
    out = {r: float(LINE_HEIGHT * n + 2) for r, n in lines.items() if n > 1}
    out[1] = 22.0
    out[HEADER_ROW] = max(out.get(HEADER_ROW, 0.0), 2.0 * LINE_HEIGHT)
    return out


def print_titles(sheet: str) -> str:
    """The ``_xlnm.Print_Titles`` formula: the column headings' row on every printed page."""
    return location(sheet, f"${HEADER_ROW}:${HEADER_ROW}")


def sheet_xml(header: Header, rows: Sequence[Line], lang: str, style: Callable[[str], int], *,
              with_file: bool = False, link: Callable[[Line], tuple[str | None, str | None]] | None = None,
              kind: str = "check") -> tuple[bytes, str]:
    """The worksheet part and the range its filter covers (A8:L{n}). It prints on landscape
    A4, as many pages high as it takes and one page wide, the column headings on each page."""
    columns = columns_of(with_file)
    last_col = column_letter(len(columns) - 1)
    laid = laid_out(header, rows, lang, with_file=with_file, kind=kind)
    width = widths(laid, with_file)
    high = heights(laid, width)
    body: list[str] = []
    links: list[str] = []
    merged: list[str] = []
    current, cells = 0, []

    def flush() -> None:
        if current:
            ht = f' ht="{high[current]:g}" customHeight="1"' if current in high else ""
            body.append(f'<row r="{current}"{ht}>' + "".join(cells) + "</row>")

    for c in laid:
        if c.row != current:
            flush()
            current, cells = c.row, []
        ref = f"{column_letter(c.col)}{c.row}"
        cells.append(cell(ref, c.value, style(c.style)))
        if c.to is not None and c.to > c.col:
            merged.append(f'<mergeCell ref="{ref}:{column_letter(c.to)}{c.row}"/>')
            # the merged cells carry the style too, so that a border or fill covers them all
            cells += [cell(f"{column_letter(j)}{c.row}", None, style(c.style)) for j in range(c.col + 1, c.to + 1)]
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
    cols = "".join(f'<col min="{j + 1}" max="{j + 1}" width="{w:g}" customWidth="1"/>'
                   for j, w in enumerate(width))
    # the footer: the file on the left, "第 1 页，共 2 页" on the right ("&" is a code there: doubled)
    footer = f'&L{header.file.replace("&", "&&")}&R{page_footer(lang)}'
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<worksheet xmlns="{MAIN}" xmlns:r="{RELS}">'
        f'<sheetPr><tabColor rgb="{tab}"/><pageSetUpPr fitToPage="1"/></sheetPr>'
        f'<dimension ref="A1:{last_col}{max(last, max(c.row for c in laid))}"/>'
        '<sheetViews><sheetView workbookViewId="0">'
        f'<pane ySplit="{HEADER_ROW}" topLeftCell="A{HEADER_ROW + 1}" activePane="bottomLeft" state="frozen"/>'
        f'<selection pane="bottomLeft" activeCell="A{HEADER_ROW + 1}" sqref="A{HEADER_ROW + 1}"/>'
        '</sheetView></sheetViews>'
        f'<sheetFormatPr defaultRowHeight="{LINE_HEIGHT}"/>'
        f'<cols>{cols}</cols>'
        f'<sheetData>{"".join(body)}</sheetData>'
        f'<autoFilter ref="{filter_ref}"/>'
        + (f'<mergeCells count="{len(merged)}">{"".join(merged)}</mergeCells>' if merged else "")
        + (f'<hyperlinks>{"".join(links)}</hyperlinks>' if links else "")
        + '<printOptions horizontalCentered="1" gridLines="1"/>'
        '<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>'
        '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>'
        f'<headerFooter><oddFooter>{escape(footer)}</oddFooter></headerFooter>'
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
