"""Failures of the tool itself: a file it cannot read, a template it cannot load.

A discrepancy *in* a workbook is a :class:`~xlrecon.findings.Finding`, not an
exception. An :class:`XlreconError` means xlrecon could not do its job for one
file (or one template); it carries a short, stable ``code`` and the parameters
of a message that names the file, and the sheet / column / cell where they apply.
"""

from __future__ import annotations

from typing import Any

#: Every file-level error code, with what it means. The CLI's JSON carries the code;
#: the message catalogue (:mod:`xlrecon.messages`) has a sentence for each one.
ERROR_CODES: dict[str, str] = {
    "file-not-found": "the path does not exist or is not a file",
    "not-a-file": "the path is a folder, a FIFO, a broken or looping link, or cannot be reached",
    "empty-file": "the file has zero bytes",
    "not-a-workbook": "the file is not a spreadsheet of a kind xlrecon reads",
    "corrupt-file": "the file looks like a spreadsheet but is truncated or damaged",
    "encrypted": "the workbook is password-protected",
    "unsupported-format": "a spreadsheet format or feature the reader cannot take",
    "no-sheets": "the workbook has no worksheet with any cells",
    "no-table": "no sheet holds a table that matches any template",
    "missing-column": "the template's table is there, but a required column is missing",
    "unknown-template": "--schema names no built-in template and no file",
    "bad-template": "a template file is not valid",
    "bad-regions": "a region registry file (--regions) is missing, unreadable or not valid",
    "read-error": "the reader failed on this file for another reason",
    "too-large": "a part, a sheet's extent or a cell beyond xlrecon's limits (a zip bomb, a cell far out)",
    "cannot-annotate": "the file cannot be annotated safely (format, encryption, damaged or Strict package)",
    "cannot-round": "fix-rounding --apply cannot write a corrected copy (a cell to change is not a typed number, "
                    "or the package cannot be edited safely)",
    "write-failed": "the annotated file or report could not be written or did not re-read correctly",
    "timeout": "checking the file took longer than the batch's time limit per file; it was stopped",
    "worker-failed": "the worker process checking the file ended abnormally (a crash, or out of memory)",
    "no-dask": "batch --engine dask without Dask installed (the xlrecon[dask] extra)",
    "no-scheduler": "batch --engine dask: the Dask cluster cannot be reached, or a LocalCluster cannot start",
    "bad-manifest": "batch --resume: the file is not an xlrecon progress file, or was made with other options",
    "bad-summary": "the --against summary cannot be used (unreadable, or not a table of the expected template)",
    "unknown-column": "--key names no column of the template",
    "file-exists": "the file to write is there already; xlrecon does not overwrite it",
    "no-such-sheet": "the workbook has no sheet of the name given (--sheet)",
    "no-table-to-draft": "template init found no header of texts over rows of figures in the example",
    "compare-column": "compare: a column named with --key/--columns (or a key or amounts to compare) is not in a table",
    "compare-units": "compare: two columns to compare are in units of different kinds (万元 against %)",
    "compare-tolerance": "compare: --tolerance is not a number of 0 or more (with a unit or not)",
}


def os_reason(path: Any, exc: OSError) -> str:
    """Why a file (a template, a region file) could not be opened, as a word its message
    catalogue says in each language: ``missing``, ``folder``, ``denied`` or ``unreadable``
    (never the operating system's own text)."""
    import errno
    from pathlib import Path

    if exc.errno == errno.ENOENT:
        return "missing"
    if exc.errno == errno.EISDIR or Path(path).is_dir():
        return "folder"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "denied"
    return "unreadable"


class XlreconError(Exception):
    """A failure that stops xlrecon from checking one file or loading one template."""

    def __init__(self, code: str, **params: Any) -> None:
        if code not in ERROR_CODES:
            raise ValueError(f"unknown error code {code!r}")
        self.code = code
        self.params = params
        super().__init__(f"{code}: {params}")

    def __reduce__(self) -> tuple:
        # sent between batch worker processes: rebuilt from code and parameters
        return (_rebuild, (self.code, self.params))

    def message(self, lang: str = "zh") -> str:
        from xlrecon.messages import error_message

        return error_message(self.code, self.params, lang)

    def to_dict(self, lang: str = "zh") -> dict[str, str]:
        return {"code": self.code, "message": self.message(lang)}


def _rebuild(code: str, params: dict[str, Any]) -> XlreconError:
    return XlreconError(code, **params)
