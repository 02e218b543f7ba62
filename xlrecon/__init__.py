"""xlrecon: check and reconcile the Excel workbooks that counties and budget units submit.

The public API (imported lazily, so that ``xlrecon --help`` does not load pandas):

- :func:`xlrecon.check` — check workbooks, returning a :class:`~xlrecon.findings.Report`
- :func:`xlrecon.batch` — a folder in worker processes, then across files (a :class:`~xlrecon.findings.BatchReport`)
- :func:`xlrecon.annotate`, :func:`xlrecon.write_report` — findings into the workbooks, or a report workbook
- :func:`xlrecon.draft_template`, :func:`xlrecon.template_tables` — a template drafted from an example of a
  form; where a template finds its columns
- :func:`xlrecon.diff` — a resubmission against the version it corrects
- :func:`xlrecon.compare` — two tables of the same things matched line by line (两表核对)
- :class:`~xlrecon.findings.Report`, :class:`~xlrecon.findings.FileReport`,
  :class:`~xlrecon.findings.Finding`, :class:`~xlrecon.findings.CellRef`
- :class:`~xlrecon.errors.XlreconError`
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["BatchReport", "CellRef", "FileReport", "Finding", "Report", "XlreconError", "annotate", "batch", "check",
           "compare", "diff", "draft_template", "located", "template_tables", "write_report",
           "__version__"]

_LAZY = {
    "check": ("xlrecon.api", "check"),
    "batch": ("xlrecon.api", "batch"),
    "BatchReport": ("xlrecon.findings", "BatchReport"),
    "annotate": ("xlrecon.api", "annotate"),
    "write_report": ("xlrecon.api", "write_report"),
    "draft_template": ("xlrecon.api", "draft_template"),
    "diff": ("xlrecon.api", "diff"),
    "compare": ("xlrecon.api", "compare"),
    "located": ("xlrecon.api", "located"),
    "template_tables": ("xlrecon.api", "template_tables"),
    "Report": ("xlrecon.findings", "Report"),
    "FileReport": ("xlrecon.findings", "FileReport"),
    "Finding": ("xlrecon.findings", "Finding"),
    "CellRef": ("xlrecon.findings", "CellRef"),
    "XlreconError": ("xlrecon.errors", "XlreconError"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        return getattr(importlib.import_module(module), attr)
    raise AttributeError(f"module 'xlrecon' has no attribute {name!r}")
