"""Driving the Excel layer without Excel: xlwings' remote engine, fed what its VBA client sends.

:func:`payload` builds the JSON that xlwings' VBA client (``Remote.bas``, ``RunRemotePython``)
sends for a workbook, from a real file: every sheet's values from A1 to the end of its used
range, empty cells as null, dates as ISO texts, whole numbers as JSON integers (as VBA's JSON
writes them). ``xw.Book(json=payload(path))`` is then a real xlwings Book, and what the Excel
layer does to it is recorded as actions (``book.json()["actions"]``).

:func:`replay` carries those actions out on a copy of the file with openpyxl, the way
``Remote.bas`` carries them out in Excel (its ``setValues`` assigns ``Range.Value``: a text
with a leading apostrophe stays text, one with "=" becomes a formula), so that the resulting
cells can be checked. A text written bare, which Excel would take for a number, a date or a
formula as it sees fit, is refused. :func:`remote_subs` lists the actions the VBA client can
carry out: the Subs of the installed xlwings' ``Remote.bas``.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import PatternFill
from python_calamine import CalamineWorkbook


def _json_value(v: Any) -> Any:
    if v == "" or v is None:
        return None
    if isinstance(v, dt.datetime):
        return v.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    if isinstance(v, dt.date):
        return v.strftime("%Y-%m-%dT00:00:00.000Z")
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def payload(path: Path, *, version: str | None = None) -> dict[str, Any]:
    """What the VBA client sends for the workbook at ``path`` (its values as last saved)."""
    import xlwings

    wb = CalamineWorkbook.from_path(str(path))
    sheets = []
    for name in wb.sheet_names:
        rows = wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
        values = [[_json_value(v) for v in row] for row in rows]
        width = max((len(r) for r in values), default=0)
        values = [r + [None] * (width - len(r)) for r in values] if width else [[]]
        sheets.append({"name": name, "values": values, "pictures": [], "tables": []})
    return {
        "client": "VBA",
        "version": version or xlwings.__version__,
        "book": {"name": path.name, "active_sheet_index": 0, "selection": "A1"},
        "names": [],
        "sheets": sheets,
    }


def remote_subs() -> set[str]:
    """The actions xlwings' VBA client carries out: the Subs of the installed Remote.bas
    taking (wb As Workbook, action As Dictionary)."""
    import xlwings

    text = (Path(xlwings.__file__).parent / "addin" / "Remote.bas").read_text(encoding="utf-8", errors="replace")
    return set(re.findall(r"^Sub (\w+)\(wb As Workbook, action As Dictionary\)", text, re.M))


class Replayed:
    """The copy after the actions: the workbook, the message boxes shown, the active sheet."""

    def __init__(self, wb: openpyxl.Workbook) -> None:
        self.wb, self.alerts, self.active = wb, [], None


def replay(path: Path, actions: list[dict[str, Any]], out: Path) -> Replayed:
    """Carry ``actions`` out on a copy of ``path`` (saved at ``out``) as Remote.bas would."""
    wb = openpyxl.load_workbook(path, keep_vba=path.suffix.lower() == ".xlsm")
    done = Replayed(wb)
    for a in actions:
        func, args = a["func"], a["args"]
        if func == "addSheet":  # Sheets.Add, moved after the sheet at args[0], named args[1]
            ws = wb.create_sheet(args[1], index=args[0] + 1)
        elif func == "alert":
            done.alerts.append({"prompt": args[0], "title": args[1], "buttons": args[2], "mode": args[3]})
        else:
            ws = wb.worksheets[a["sheet_position"]]
            if func == "setValues":
                for i, row in enumerate(a["values"]):
                    for j, v in enumerate(row):
                        cell = ws.cell(a["start_row"] + 1 + i, a["start_column"] + 1 + j)
                        cell.value = as_stored(v)
                        if isinstance(v, str) and v.startswith("'"):
                            cell.data_type = "s"  # a text, even one that begins with "="
            elif func == "setRangeColor":
                fill = PatternFill("solid", fgColor="FF" + args[0].lstrip("#").upper())
                for r in range(a["start_row"] + 1, a["start_row"] + a["row_count"] + 1):
                    for c in range(a["start_column"] + 1, a["start_column"] + a["column_count"] + 1):
                        ws.cell(r, c).fill = fill
            elif func == "setSheetName":
                ws.title = args[0]
            elif func == "sheetDelete":
                wb.remove(ws)
            elif func == "sheetClear":
                for row in ws.iter_rows():
                    for c in row:
                        c.value, c.fill = None, PatternFill()
            elif func == "activateSheet":
                done.active = wb.worksheets[args[0]].title
            else:
                raise AssertionError(f"the replay does not know {func}")
    wb.save(out)
    return done


def as_stored(v: Any, program: str = "Excel") -> Any:
    """A value as Range.Value (Excel, through xlwings) or Range.Value2 (WPS) stores it: a text
    with a leading apostrophe stays text, one with "=" becomes a formula; a bare text (the
    program would guess its type) is refused."""
    if v == "":  # xlwings sends an empty cell as ""; Range.Value = "" leaves it empty
        return None
    if isinstance(v, str):
        if v.startswith("'"):
            return v[1:]
        if v.startswith("="):
            return v
        raise AssertionError(f"a text written bare, for {program} to guess its type: {v!r}")
    return v
