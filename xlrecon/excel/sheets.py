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
from typing import Any

from xlrecon.read.openbook import (CONFIG_SHEET, STATE_HEADINGS, STATE_SHEET, TITLES, Read,  # noqa: F401
                                   from_values)


def read(book: Any) -> Read:
    """Every sheet's used range, one ``.value`` read each (an earlier discrepancy sheet's title
    alone): :func:`xlrecon.read.openbook.from_values`."""
    def each() -> Any:
        for sheet in book.sheets:
            if sheet["A1"].value in TITLES:  # an earlier discrepancy sheet: only its title is read
                yield sheet.name, 1, 1, [[sheet["A1"].value]]
                continue
            rng = sheet.used_range
            yield sheet.name, rng.row, rng.column, _values(sheet, rng)

    return from_values(each())


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
