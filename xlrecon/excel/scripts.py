"""xlrecon as a script of xlwings Lite or xlwings Server (``@xw.script``).

In xlwings Lite (Python in Excel's task pane) or behind an xlwings Server, a function marked
``@xw.script`` is given the workbook as an xlwings Book and its changes are sent back to
Excel when it returns. :func:`check_workbook` is :func:`xlrecon.excel.run.run_on_book` in that
form: the discrepancy sheet and a message box (those clients cannot read a cell's fill nor,
except Office.js, add notes, so the cells are not marked). Outside those hosts ``@xw.script``
changes nothing and the function is an ordinary one.
"""

from __future__ import annotations

import xlwings as xw

from xlrecon.excel.run import run_on_book


@xw.script
def check_workbook(book: xw.Book) -> None:
    """Check the workbook and write what was found into it (xlrecon's button, as a script)."""
    run_on_book(book)
