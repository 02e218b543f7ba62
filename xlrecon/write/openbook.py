"""What a front end writes into a workbook open in an office program (Excel through xlwings,
WPS through its add-in): the discrepancy sheet's cells as one block from A1 (the cells
:func:`xlrecon.write.discrepancy.laid_out` lays out, as an annotated copy shows them, each
finding's 单元格 a link to its cell), its few fills, the fill and the note of each flagged cell,
and the message box's text. Worked out here once; each front end only carries it out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from xlrecon.findings import SEVERITIES, FileReport, column_letter
from xlrecon.messages import ui
from xlrecon.write import discrepancy
from xlrecon.write.stylesheet import HEADER_FILL, SEVERITY_COLOURS


def hex_colour(argb: str) -> str:
    """"FFFFC7CE" -> "#FFC7CE"."""
    return "#" + argb[-6:]


SEVERITY_FILL = {sev: hex_colour(colours[0]) for sev, colours in SEVERITY_COLOURS.items()}


@dataclass
class Plan:
    """What a run writes."""

    name: str  # the discrepancy sheet's name
    values: list[list[Any]]  # its cells from A1, as written
    fills: list[tuple[str, str]]  # (range on it, "#RRGGBB")
    marks: dict[str, dict[str, tuple[str, str]]]  # sheet -> cell -> (worst severity, note text)
    counts: dict[str, int] = field(default_factory=dict)


def plan(report: FileReport, lang: str, names: Sequence[str], earlier: Sequence[str] = (), *,
         now: dt.datetime | None = None, template_title: str | None = None) -> Plan:
    """What a run writes into the open workbook whose sheets are ``names`` (``earlier``: the
    discrepancy sheets of earlier runs, replaced)."""
    now = now or dt.datetime.now().astimezone()
    header = discrepancy.file_header(report, lang, now, template_title)
    cells = discrepancy.laid_out(header, discrepancy.lines(report, lang), lang)
    width = len(discrepancy.columns_of())
    values: list[list[Any]] = [[None] * width for _ in range(max(c.row for c in cells))]
    for c in cells:
        values[c.row - 1][c.col] = _link(c.line) if c.line is not None else as_written(c.value)
    fills = [(f"A{discrepancy.HEADER_ROW}:{column_letter(width - 1)}{discrepancy.HEADER_ROW}", hex_colour(HEADER_FILL))]
    fills += _runs([(c.row, c.col, c.style[4:]) for c in cells if c.style.startswith("sev.")])
    return Plan(name=_name(names, earlier, lang), values=values, fills=fills,
                marks=discrepancy.by_cell(report.findings, lang), counts=report.counts())


def as_written(value: Any) -> Any:
    """A value as it goes into a cell: a text with a leading apostrophe (Excel keeps it as
    text, showing neither: no "1-2" becomes a date, no "=..." a formula), a Decimal as a float."""
    if isinstance(value, str):
        return "'" + value if value else None
    if isinstance(value, Decimal):
        return float(value)
    return value


def _link(line: discrepancy.Line) -> str:
    """A finding's 单元格 as a link to the cell it is about."""
    def quoted(text: str) -> str:
        return '"' + text.replace('"', '""') + '"'

    assert line.sheet is not None and line.cell is not None
    return f"=HYPERLINK({quoted('#' + discrepancy.location(line.sheet, line.cell))},{quoted(line.cell)})"


def _runs(cells: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    """One fill per run of cells of a column, one under the other, of the same severity."""
    out: list[tuple[str, str]] = []
    start = prev = None
    for row, col, sev in sorted(cells, key=lambda c: (c[1], c[0])):
        if prev is not None and col == prev[1] and row == prev[0] + 1 and sev == prev[2]:
            prev = (row, col, sev)
            continue
        if start is not None:
            out.append(_run(start, prev))
        start = prev = (row, col, sev)
    if start is not None:
        out.append(_run(start, prev))
    return out


def _run(start: tuple[int, int, str], end: tuple[int, int, str]) -> tuple[str, str]:
    letter = column_letter(start[1])
    ref = f"{letter}{start[0]}" + (f":{letter}{end[0]}" if end[0] != start[0] else "")
    return ref, SEVERITY_FILL[start[2]]


def _name(names: Sequence[str], earlier: Sequence[str], lang: str) -> str:
    """The discrepancy sheet's name: 核对结果, or 核对结果 (2) … beside a sheet of the user's
    that already has it (earlier discrepancy sheets are replaced, so their names are free)."""
    return discrepancy.free_name(ui("sheet.name", lang), (n for n in names if n not in earlier))


def summary(p: Plan, lang: str, *, marked: bool) -> str:
    """The message box after a run: the findings by severity, where they are."""
    text = ui("excel.done", lang, sheet=p.name, **{s: p.counts.get(s, 0) for s in SEVERITIES})
    if p.marks:
        text += "\n" + ui("excel.marked" if marked else "excel.not_marked", lang)
    return text
