"""A sheet as a page shows it: each cell's text by position (sheet coordinates), the merged
ranges, and whether the sheet goes on beyond what was taken. Read with the same reader as a
check (python-calamine, error values and formulas saved without values marked), never by an
office program: a workbook's macros never run."""

from __future__ import annotations

import datetime
from typing import Any

from xlrecon.read.workbook import Workbook


def _text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() and abs(v) < 1e15 else format(v, ".15g")
    if isinstance(v, datetime.datetime):
        return v.strftime("%Y-%m-%d %H:%M") if (v.hour, v.minute, v.second) != (0, 0, 0) else v.strftime("%Y-%m-%d")
    if isinstance(v, datetime.date):
        return v.isoformat()
    return str(v)


def sheet_view(path: str, sheet: str | None = None, max_rows: int = 1000, max_cols: int = 60) -> dict[str, Any]:
    """The cells of ``sheet`` (default: the first) of the workbook at ``path``, at most
    ``max_rows`` × ``max_cols`` of them from the top left of the sheet's used range. Raises
    :class:`~xlrecon.errors.XlreconError` as a check's reading does."""
    from xlrecon.errors import XlreconError

    with Workbook(path) as wb:
        names = wb.sheet_names
        if not names:
            raise XlreconError("no-sheets", file=str(path))
        if sheet is None:
            sheet = names[0]
        if sheet not in names:
            raise XlreconError("no-such-sheet", file=str(path), sheet=sheet, sheets="、".join(names))
        grid = wb.grid(sheet)
    rows = [[_text(v) for v in r[:max_cols]] for r in grid.rows[:max_rows]]
    r0, c0 = grid.origin
    merges = [[a, b, c, d] for (a, b), (c, d) in grid.merges if a < r0 + max_rows and b < c0 + max_cols]
    return {"sheets": names, "sheet": sheet, "origin": [r0, c0], "rows": rows, "merges": merges,
            "hidden_rows": sorted(grid.hidden_rows), "hidden_cols": sorted(grid.hidden_cols),
            "truncated": grid.n_rows > max_rows or grid.n_cols > max_cols}
