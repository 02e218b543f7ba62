"""xlrecon from Excel: the button, xlwings Lite / Server scripts, and worksheet functions.

A thin layer over the library API, in three steps: :mod:`xlrecon.excel.sheets` reads the open
workbook (one bulk read of each sheet's used range), :func:`xlrecon.api.check_grids` checks
it as the CLI checks a file, and :mod:`xlrecon.excel.writer` writes what it found back in bulk
-- the discrepancy sheet, and on desktop Excel a fill and a note at each flagged cell -- or,
when anything fails, leaves the workbook as it was and says why in a message box.

- :func:`run_from_excel` -- for ``RunPython "import xlrecon.excel as x; x.run_from_excel()"``
  (the button of ``workbooks/xlrecon-template.xlsm``, the VBA module ``xlrecon.bas``);
- :func:`run_on_book` -- the same on any xlwings Book (what the tests drive, on xlwings'
  remote engine); :mod:`xlrecon.excel.scripts` wraps it as an ``@xw.script``;
- :mod:`xlrecon.excel.funcs` -- ``@xw.func`` worksheet functions (a rounding-aware sum check,
  its fix-up, a unit conversion).

xlwings is imported by these modules only (``pip install -e ".[excel]"`` in a clone).
"""

from __future__ import annotations

from typing import Any

#: the xlwings release the VBA module and the template are made for: the add-in
#: (xlwings.xlam) that ``xlrecon excel install`` installs, and the Python package pinned in the
#: ``excel`` extra. A test keeps this, the VBA, the pin and the installed package equal.
XLWINGS_VERSION = "0.37.8"
#: the call the button makes (the VBA module spells it out as it is here)
RUN_PYTHON_CALL = "import xlrecon.excel as x; x.run_from_excel()"

__all__ = ["XLWINGS_VERSION", "RUN_PYTHON_CALL", "run_from_excel", "run_on_book"]


def run_from_excel() -> None:
    """The button: check the workbook that called (``xw.Book.caller()``) and write the findings
    into it. Never raises: a failure becomes a message box, and the workbook is left as it was."""
    from xlrecon.excel.run import run_from_excel as run

    run()


def run_on_book(book: Any, **kwargs: Any) -> Any:
    """Check an xlwings Book and write what was found into it; see :func:`xlrecon.excel.run.run_on_book`."""
    from xlrecon.excel.run import run_on_book as run

    return run(book, **kwargs)
