"""An open workbook's sheets as a front end reads them (Excel through xlwings, WPS through its
add-in): each sheet's used range as values, turned into what the checks read
(:class:`~xlrecon.read.workbook.Grid`s, each value at the position it stands at, empty cells as
None), with xlrecon's own sheets set apart: the discrepancy sheets of earlier runs (recognised by
their title in A1), the state sheet (the marks an earlier run made, to undo), and the settings
sheet ``xlwings.conf`` (its ``xlrecon lang`` / ``xlrecon schema`` rows). Number formats and merged
ranges are not read there (a call per cell): a figure's precision is the digits it holds, at least
the template's decimals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from xlrecon.messages import ui
from xlrecon.read.workbook import Grid

#: xlwings' settings sheet (keys in column A, values in column B, from A1)
CONFIG_SHEET = "xlwings.conf"
#: the hidden sheet where desktop Excel's marks (fills, notes) are recorded for undoing, and its headings
STATE_SHEET = "xlrecon.state"
STATE_HEADINGS = ["sheet", "cell", "fill", "note added", "note"]
#: the discrepancy sheet's title in A1, in every language: how an earlier one is recognised
TITLES = frozenset(ui("sheet.title", lang) for lang in ("zh", "en"))


@dataclass
class Read:
    """An open workbook as read: its sheets to check, what xlrecon left in it before, and
    the settings of its ``xlwings.conf`` sheet."""

    grids: list[Grid]
    names: list[str]  # every sheet's name, in order
    earlier: list[str] = field(default_factory=list)  # discrepancy sheets of earlier runs
    state: list[list[Any]] = field(default_factory=list)  # the state sheet's rows (earlier marks)
    settings: dict[str, str] = field(default_factory=dict)  # "lang", "schema"


def from_values(sheets: Iterable[tuple[str, int, int, list[list[Any]] | None]]) -> Read:
    """The workbook as read from each sheet's ``(name, first row, first column, values)`` (1-based
    row and column of its used range's top left; ``values`` its rows, None for a sheet whose
    A1 alone was read: the caller may read only the title of a sheet it knows is xlrecon's)."""
    out = Read(grids=[], names=[])
    for name, row, column, values in sheets:
        out.names.append(name)
        values = values or []
        first = values[0][0] if values and values[0] and (row, column) == (1, 1) else None
        if first in TITLES:  # an earlier discrepancy sheet
            out.earlier.append(name)
            continue
        if name == STATE_SHEET:
            out.state = [list(r) for r in values if r and r[0] is not None and list(r[:5]) != STATE_HEADINGS]
            continue
        if name.lower() == CONFIG_SHEET:
            out.settings.update(_settings(values))
            continue
        rows = [[_cell(v) for v in r] for r in values]
        while rows and all(v is None for v in rows[-1]):
            rows.pop()
        out.grids.append(Grid(sheet=name, rows=rows, origin=(row - 1, column - 1)))
    return out


def _cell(v: Any) -> Any:
    """A value as the reader gives it for a file: None for an empty cell (Excel may give ""),
    a float for a number, a date for a date (Excel gives a datetime; midnight is the date
    alone, as python-calamine gives a cell formatted as a date)."""
    if v is None or v == "":
        return None
    if v.__class__ is int:  # a JSON client's 1 for Excel's 1.0: a number as a file's cell holds it
        return float(v)
    if isinstance(v, dt.datetime) and v.time() == dt.time(0) and v.tzinfo is None:
        return v.date()
    return v


def _settings(values: list[list[Any]]) -> dict[str, str]:
    """``xlrecon lang`` and ``xlrecon schema`` rows of the settings sheet (any case, spaces or
    underscores)."""
    out = {}
    for row in values:
        if len(row) < 2 or not isinstance(row[0], str) or row[1] in (None, ""):
            continue
        key = row[0].strip().lower().replace("_", " ")
        if key in ("xlrecon lang", "xlrecon schema"):
            out[key.split()[1]] = str(row[1]).strip()
    return out
