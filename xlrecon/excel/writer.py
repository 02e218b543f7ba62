"""Writing a check's findings into an open workbook through xlwings, in bulk.

Everything to write is worked out first (:func:`plan`): the discrepancy sheet's cells as one
block from A1 (the cells :func:`xlrecon.write.discrepancy.laid_out` lays out, the same as
a file's annotated copy shows, with each finding's 单元格 a link to the cell), its few fills,
and, for desktop Excel, the fill and the note of each flagged cell. Then :func:`write` makes
the changes, each with its undoing recorded, so that a failure half-way undoes what was done
and the workbook is as it was (:class:`Journal`):

1. a new sheet, its values in one write and a fill per run of equal severities;
2. (desktop Excel) the marks of an earlier run undone -- fills put back as they were, notes
   xlrecon added removed -- and the new ones made, each cell's fill read before it is
   changed; what was changed is kept in the hidden ``xlrecon.state`` sheet for the next run;
3. the discrepancy sheets of earlier runs deleted, the new one named and shown.

Only what xlwings' VBA client (``Remote.bas``) can carry out is used: values (texts written
with a leading apostrophe, so that Excel takes none for a number, a date or a formula; the
links as ``HYPERLINK`` formulas), fills, adding, naming, deleting and showing sheets, a message
box. Engines that cannot read a cell's fill or add a note (xlwings Server, Lite) get the
discrepancy sheet only: fills made there could not be undone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from xlrecon.excel.sheets import STATE_HEADINGS, STATE_SHEET, Read
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


def plan(report: FileReport, lang: str, read: Read, *, now: dt.datetime | None = None,
         template_title: str | None = None) -> Plan:
    now = now or dt.datetime.now().astimezone()
    header = discrepancy.file_header(report, lang, now, template_title)
    cells = discrepancy.laid_out(header, discrepancy.lines(report, lang), lang)
    width = len(discrepancy.columns_of())
    values: list[list[Any]] = [[None] * width for _ in range(max(c.row for c in cells))]
    for c in cells:
        values[c.row - 1][c.col] = _link(c.line) if c.line is not None else _as_written(c.value)
    fills = [(f"A{discrepancy.HEADER_ROW}:{column_letter(width - 1)}{discrepancy.HEADER_ROW}", hex_colour(HEADER_FILL))]
    fills += _runs([(c.row, c.col, c.style[4:]) for c in cells if c.style.startswith("sev.")])
    return Plan(name=_name(read, lang), values=values, fills=fills,
                marks=discrepancy.by_cell(report.findings, lang), counts=report.counts())


def _as_written(value: Any) -> Any:
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


def _name(read: Read, lang: str) -> str:
    """The discrepancy sheet's name: 核对结果, or 核对结果 (2) … beside a sheet of the user's
    that already has it (earlier discrepancy sheets are replaced, so their names are free)."""
    return discrepancy.free_name(ui("sheet.name", lang), (n for n in read.names if n not in read.earlier))


class Journal:
    """The changes made so far, each with its undoing; :meth:`undo` undoes them, last first."""

    def __init__(self) -> None:
        self.undos: list[Callable[[], None]] = []

    def did(self, undo: Callable[[], None]) -> None:
        self.undos.append(undo)

    def undo(self) -> None:
        while self.undos:
            try:
                self.undos.pop()()
            except Exception:  # noqa: BLE001 - undo all that can be undone
                pass


def write(book: Any, p: Plan, read: Read, *, marks: bool) -> None:
    """Make the plan's changes (``marks``: fills and notes at the flagged cells too); on any
    failure undo what was done and raise."""
    journal = Journal()
    try:
        temp = discrepancy.free_name(p.name + ".new", read.names, sep="")
        sheet = book.sheets.add(temp, after=book.sheets[len(book.sheets) - 1])
        journal.did(sheet.delete)
        sheet["A1"].value = p.values
        for ref, colour in p.fills:
            sheet[ref].color = colour
        if marks:
            _mark(book, p, read, journal)
        for name in read.earlier:  # from here on nothing is undone: the earlier sheets are gone
            book.sheets[name].delete()
        journal.undos.clear()
    except BaseException:
        journal.undo()
        raise
    sheet.name = p.name
    sheet.activate()


def _mark(book: Any, p: Plan, read: Read, journal: Journal) -> None:
    """Desktop Excel: the earlier run's marks undone, the new ones made and recorded."""
    sheets = {s.name: s for s in book.sheets}
    for row in read.state:  # sheet, cell, fill before ("" for none), note added (1/0), its text
        sheet, cell, fill, added, text = (list(row) + [None] * 5)[:5]
        if sheet not in sheets or not cell:
            continue
        rng = sheets[sheet][str(cell)]
        _set_fill(rng, fill or None, journal)
        if added and rng.note is not None and rng.note.text == text:
            rng.note.delete()
            journal.did(lambda rng=rng, text=text: rng.add_note(text))
    state: list[list[Any]] = [list(STATE_HEADINGS)]
    for name, cells in p.marks.items():
        if name not in sheets:
            continue
        for ref, (severity, note) in cells.items():
            rng = sheets[name][ref]
            was = _set_fill(rng, SEVERITY_FILL[severity], journal)
            added = rng.note is None
            if added:
                rng.add_note(note)
                journal.did(lambda rng=rng: rng.note.delete())
            state.append([name, ref, was or "", 1 if added else 0, note if added else ""])
    st = sheets.get(STATE_SHEET)
    if st is None:
        st = book.sheets.add(STATE_SHEET, after=book.sheets[len(book.sheets) - 1])
        journal.did(st.delete)
        st.visible = False
    else:
        old = st.used_range.options(ndim=2).value
        st.clear()
        journal.did(lambda: _put(st, old))
    _put(st, [[_as_written(v) for v in r] for r in state])


def _put(sheet: Any, values: list[list[Any]]) -> None:
    sheet["A1"].value = values


def _set_fill(rng: Any, colour: str | None, journal: Journal) -> str | None:
    """Set a cell's fill (None: no fill); returns the one it had, as "#RRGGBB" or None."""
    before = rng.color
    was = None if before is None else "#%02X%02X%02X" % tuple(before)
    rng.color = colour
    journal.did(lambda: setattr(rng, "color", was))
    return was


def summary(p: Plan, lang: str, *, marked: bool) -> str:
    """The message box after a run: the findings by severity, where they are."""
    text = ui("excel.done", lang, sheet=p.name, **{s: p.counts.get(s, 0) for s in SEVERITIES})
    if p.marks:
        text += "\n" + ui("excel.marked" if marked else "excel.not_marked", lang)
    return text
