"""Reading an open workbook through xlwings: each sheet's used range in one bulk read.

What Excel holds is read as the checks read a file (:class:`~xlrecon.read.workbook.Grid`):
each value with the position it stands at, empty cells as None. Number formats and merged
ranges are not read (that would cost a call per cell): a figure's precision is then the
digits it holds, at least the template's decimals, and a group label over merged columns is
taken as typed once over them. Left out of the check: xlrecon's own sheets (the discrepancy
sheet, recognised by its title in A1, and the state sheet) and xlwings' ``xlwings.conf``,
whose ``xlrecon lang`` / ``xlrecon schema`` rows are this layer's settings.
"""

from __future__ import annotations

import datetime as dt
import re
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


def read(book: Any) -> Read:
    """Every sheet's used range, one ``.value`` read each."""
    out = Read(grids=[], names=[])
    for sheet in book.sheets:
        name = sheet.name
        out.names.append(name)
        if sheet["A1"].value in TITLES:  # an earlier discrepancy sheet: only its title is read
            out.earlier.append(name)
            continue
        rng = sheet.used_range
        values = _values(sheet, rng)
        if name == STATE_SHEET:
            out.state = [list(r) for r in values if r and r[0] is not None and list(r[:5]) != STATE_HEADINGS]
            continue
        if name.lower() == CONFIG_SHEET:
            out.settings.update(_settings(values))
            continue
        rows = [[_cell(v) for v in row] for row in values]
        while rows and all(v is None for v in rows[-1]):
            rows.pop()
        out.grids.append(Grid(sheet=name, rows=rows, origin=(rng.row - 1, rng.column - 1)))
    return out


def _values(sheet: Any, rng: Any) -> list[list[Any]]:
    """The used range's values, one read. xlwings' remote engine takes every text shaped like
    an ISO date and time for a date, and fails on one with a time zone ("2026-12-02T09:30:00+08:00",
    as xlrecon writes the time it checked): there the values the client sent are taken as they
    are, its dates (written "…T…Z") turned into dates as xlwings would."""
    try:
        return rng.options(ndim=2, err_to_str=True).value or []
    except ValueError:
        raw = getattr(sheet, "api", None)
        if not isinstance(raw, dict) or not isinstance(raw.get("values"), list):
            raise
        r0, c0 = rng.row - 1, rng.column - 1
        return [[_sent(v) for v in row[c0:]] for row in raw["values"][r0:]]


def _sent(v: Any) -> Any:
    """A value as the VBA client sends it: a date as "yyyy-mm-ddTHH:MM:SS.000Z", empty as null."""
    if isinstance(v, str) and v.endswith("Z") and _CLIENT_DATE.match(v):
        return dt.datetime.fromisoformat(v[:-1])
    return v


_CLIENT_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")


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
