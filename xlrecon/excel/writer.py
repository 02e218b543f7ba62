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
from typing import Any

from xlrecon.excel.sheets import STATE_HEADINGS, STATE_SHEET, Read
from xlrecon.findings import FileReport
from xlrecon.write import discrepancy
from xlrecon.write.openbook import SEVERITY_FILL, Plan, as_written, hex_colour, summary  # noqa: F401 - used by tests
from xlrecon.write.openbook import _runs  # noqa: F401 - its test is here
from xlrecon.write.openbook import plan as _plan


def plan(report: FileReport, lang: str, read: Read, *, now: dt.datetime | None = None,
         template_title: str | None = None) -> Plan:
    """What a run writes into the book as read (:func:`xlrecon.write.openbook.plan`)."""
    return _plan(report, lang, read.names, read.earlier, now=now, template_title=template_title)


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
    _put(st, [[as_written(v) for v in r] for r in state])


def _put(sheet: Any, values: list[list[Any]]) -> None:
    sheet["A1"].value = values


def _set_fill(rng: Any, colour: str | None, journal: Journal) -> str | None:
    """Set a cell's fill (None: no fill); returns the one it had, as "#RRGGBB" or None."""
    before = rng.color
    was = None if before is None else "#%02X%02X%02X" % tuple(before)
    rng.color = colour
    journal.did(lambda: setattr(rng, "color", was))
    return was
