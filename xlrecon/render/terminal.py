"""The terminal: a rich Console that never prints a cell's control characters as they are.

A workbook's texts reach the console in findings, row labels, notes and file names; an escape
sequence typed into a cell (``\\x1b]0;TITLE``, colours, a bell) would otherwise act on the
user's terminal. Every text printed is escaped here, once, whatever the caller built: rich's
own styling is added afterwards and is not touched.
"""

from __future__ import annotations

import re
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

#: C0 and C1 controls but for line feed and tab, and DEL
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` with each control character as a visible escape (\\x1b)."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text) if _CONTROL.search(text) else text


def _safe(obj: Any) -> Any:
    if isinstance(obj, str):
        return printable(obj)
    if isinstance(obj, Text):
        if _CONTROL.search(obj.plain):
            out = Text(printable(obj.plain), style=obj.style, justify=obj.justify, overflow=obj.overflow,
                       no_wrap=obj.no_wrap)
            return out  # spans of the original no longer line up with the escaped text
        return obj
    if isinstance(obj, Table):
        for col in obj.columns:
            cells = getattr(col, "_cells", None)  # rich keeps a column's cells here
            if isinstance(cells, list):
                col._cells = [_safe(c) for c in cells]
        return obj
    return obj


class SafeConsole(Console):
    """A Console whose printed texts, tables and their cells are escaped (see :func:`printable`)."""

    def print(self, *objects: Any, **kw: Any) -> None:  # noqa: A003 - rich's name
        super().print(*(_safe(o) for o in objects), **kw)
