"""Findings as data: what a check found, where, and by how much.

A :class:`Finding` is one problem at one place. Its location is a :class:`CellRef`
recorded by the reader when it read the value, never recomputed from a frame
index. Its message is rendered from a catalogue key and parameters, so the same
finding reads in Chinese or English (:mod:`xlrecon.messages`).

The JSON contract of ``xlrecon check --format json`` is exactly
:meth:`Report.to_dict`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal, NamedTuple, get_args

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")

#: The check-name vocabulary. Every finding's ``check`` is one of these.
CHECKS: dict[str, str] = {
    "type": "a value is not of the column's type (or was converted from text)",
    "range": "a value is outside the column's allowed range or set",
    "missing": "a required value is blank",
    "duplicate": "a key (such as a county) appears more than once",
    "total": "the parts of a column do not add up to their whole",
    "ratio": "a derived column disagrees with the value recomputed from its parts",
    "threshold": "a policy bound on an expression of columns is not met",
    "rollup": "child rows aggregated by their parent disagree with the parent's row",
    "unknown-region": "a region name is not in the region registry",
    "deadline": "a date is later than the rule's deadline (a late filing)",
    "coverage": "a region or unit expected in a batch has no file, or a file has no place in the summary",
    "formula": "a formula that does not add up what it should, breaks its column's pattern, or links elsewhere",
    "hidden": "rows or columns of a table are hidden in the sheet (still read and checked)",
    "shown": "a cell holds more digits than its number format shows (the printed table differs from the file)",
    "diff": "a cell or row a resubmission changed (xlrecon diff --annotate writes them, not xlrecon check)",
    "suspect": "a cell the fewest changes that make every rule hold would change (xlrecon locate, check --locate)",
}

FileStatus = Literal["ok", "incomplete", "discrepancies", "error"]
STATUSES: tuple[FileStatus, ...] = get_args(FileStatus)


class CellRef(NamedTuple):
    """Where a value came from: sheet name and A1 address (plus 0-based row/col for sorting).

    A named tuple: a table makes one for every cell it reads, so it must be cheap."""

    sheet: str
    row: int  # 0-based, absolute in the sheet
    col: int  # 0-based, absolute in the sheet

    @property
    def a1(self) -> str:
        return a1(self.row, self.col)


def column_letter(col: int) -> str:
    """0-based column index to Excel letters: 0 -> A, 26 -> AA."""
    letters = ""
    n = col + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def column_index(letters: str) -> int:
    """Excel letters to a 0-based column index: A -> 0, AA -> 26 (any case)."""
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n - 1


def a1(row: int, col: int) -> str:
    """0-based row/column to an A1 address: (0, 0) -> A1."""
    return f"{column_letter(col)}{row + 1}"


_A1 = re.compile(r"^\$?([A-Z]{1,3})\$?(\d+)$")


def parse_a1(ref: str) -> tuple[int, int]:
    """'B5' (or '$B$5') -> (5, 2): 1-based row and column; ValueError for anything else."""
    m = _A1.match(ref.upper())
    if not m:
        raise ValueError(ref)
    return int(m.group(2)), column_index(m.group(1)) + 1


def json_number(value: Any) -> Any:
    """Numbers for JSON: a Decimal becomes an int when integral, else the float whose
    shortest repr is the same digits; other values pass through."""
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            return int(value)
        return float(value)
    return value


@dataclass(frozen=True)
class Change:
    """One suggested edit of a fix-up: the cell, its row, its value now and the value suggested."""

    where: CellRef
    row_label: str | None
    old: Decimal
    new: Decimal

    def to_dict(self) -> dict[str, Any]:
        return {"sheet": self.where.sheet, "cell": self.where.a1, "row_label": self.row_label,
                "from": json_number(self.old), "to": json_number(self.new)}


@dataclass(frozen=True)
class Cause:
    """One arithmetic explanation of a total's or roll-up's gap (:mod:`xlrecon.checks.causes`):
    its ``kind`` (a key of :data:`CAUSE_KINDS`), the cell(s) it puts the error in, the value
    there now and the value that would explain the whole gap, and the evidence as parameters
    of its sentence."""

    kind: str
    cells: tuple[CellRef, ...]
    row_label: str | None = None
    value: Decimal | None = None
    corrected: Decimal | None = None
    #: how far the explained gap is from the gap found (0: exactly), in the column's unit
    residual: Decimal = Decimal(0)
    params: dict[str, Any] = field(default_factory=dict)

    def to_dict(self, lang: str = "zh", unit: str | None = None, sheet: str | None = None) -> dict[str, Any]:
        return {"kind": self.kind, "cells": [{"sheet": c.sheet, "cell": c.a1} for c in self.cells],
                "row_label": self.row_label, "value": json_number(self.value),
                "corrected": json_number(self.corrected), "residual": json_number(self.residual),
                "message": self.message(lang, unit, sheet)}

    def message(self, lang: str = "zh", unit: str | None = None, sheet: str | None = None) -> str:
        from xlrecon.messages import cause_text

        return cause_text(self, lang, unit, sheet)


#: The kinds of likely cause a total or roll-up error is given (:class:`Cause`).
CAUSE_KINDS: dict[str, str] = {
    "formula_range": "the whole's SUM formula leaves out rows whose values add up to the gap",
    "stale": "the whole equals the previous version's sum: it was not updated",
    "omitted": "one row's value equals the gap: the whole leaves that row out",
    "counted_twice": "one row's value equals minus the gap: the whole counts that row twice",
    "transposed": "two digits of one cell swapped give a value that removes the gap",
    "unit_slip": "one cell is off by a factor of 10^4 or 10^8 (元/万元/亿元 confused)",
    "decimal_slip": "one cell's decimal point is misplaced (a factor of 10, 100 or 1000)",
    "sign": "one cell's value is half the gap: its sign is wrong",
    "swapped": "one row's values in two columns are swapped",
}


@dataclass
class Finding:
    check: str
    rule: str
    severity: Severity
    message_key: str
    where: CellRef | None = None
    row_label: str | None = None
    column: str | None = None
    expected: Any = None
    actual: Any = None
    difference: Any = None
    unit: str | None = None
    evaluated: bool = True
    params: dict[str, Any] = field(default_factory=dict)
    #: for comparisons: how far the gap may go before it is a discrepancy, and by what measure
    #: ("rounding": the displayed digits' intervals; "absolute"/"relative": set by the rule)
    tolerance: Any = None
    tolerance_kind: str | None = None
    #: whether rounding of the displayed figures alone can explain the gap
    rounding_explainable: bool | None = None
    #: the smallest set of one-step edits that removes a rounding residue (largest remainder)
    fixup: list[Change] | None = None
    #: the formula of the finding's cell when it was saved without its value and xlrecon computed it
    computed_formula: str | None = None
    #: of a total or roll-up error: the arithmetic explanations of its gap, most likely first
    #: ([] when none explains it; None when not looked for)
    causes: list[Cause] | None = None

    def __post_init__(self) -> None:
        if self.check not in CHECKS:
            raise ValueError(f"unknown check {self.check!r}")
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r}")

    @property
    def sheet(self) -> str | None:
        return self.where.sheet if self.where else None

    @property
    def cell(self) -> str | None:
        return self.where.a1 if self.where else None

    def message(self, lang: str = "zh") -> str:
        return _message(self, lang)

    def rule_name(self, lang: str = "zh") -> str:
        """The finding's rule as a reader names it: its label in the template, or what the
        catalogue calls a check xlrecon makes of every table (never the id, where it has a name)."""
        from xlrecon.messages import rule_name

        return rule_name(self.rule, self.column, self.params.get("rule_label"), lang)

    def to_dict(self, lang: str = "zh") -> dict[str, Any]:
        return {
            "check": self.check,
            "rule": self.rule,
            "severity": self.severity,
            "sheet": self.sheet,
            "cell": self.cell,
            "row_label": self.row_label,
            "column": self.column,
            "expected": json_number(self.expected),
            "actual": json_number(self.actual),
            "difference": json_number(self.difference),
            "unit": self.unit,
            "tolerance": json_number(self.tolerance),
            "tolerance_kind": self.tolerance_kind,
            "rounding_explainable": self.rounding_explainable,
            "fixup": [c.to_dict() for c in self.fixup] if self.fixup is not None else None,
            "evaluated": self.evaluated,
            "computed_formula": self.computed_formula,
            **({"causes": [c.to_dict(lang, self.unit, self.sheet) for c in self.causes]}
               if self.causes is not None else {}),
            "message": self.message(lang),
        }

    def sort_key(self, sheet_order: dict[str, int] | None = None) -> tuple:
        """Workbook order: sheet (by its position when given), then row, then column."""
        w, order = self.where, sheet_order or {}
        if w is None:
            return (-1, "", -1, -1)
        return (order.get(w.sheet, len(order)), w.sheet, w.row, w.col)



def _message(f: Finding, lang: str) -> str:
    """A finding's sentence in ``lang``: its catalogue entry filled in with its figures."""
    from xlrecon.messages import FINDINGS, UI, fmt_number, lang_of, unit_text

    lang = lang_of(lang)
    params = dict(f.params)
    params.setdefault("column", f.column or "")
    params.setdefault("row_label", f.row_label or "")
    params.setdefault("unit", f.unit or "")
    params.setdefault("actual", "" if f.actual is None else f.actual)
    unit = unit_text(f.unit, lang)  # the figures' unit as the language writes it (天: day(s))
    params["actual_fmt"] = fmt_number(f.actual, unit)
    params["expected_fmt"] = fmt_number(f.expected, unit)
    params["difference_fmt"] = fmt_number(f.difference, unit)
    if "kind" in params and f"kind.{params['kind']}" in UI:
        params["kind"] = UI[f"kind.{params['kind']}"][lang]
    _rule_params(f, params, lang)
    text = FINDINGS[f.message_key][lang].format(**params)
    if params.get("parts") == "top_level":
        kinds = [UI[f"parts.{k}"][lang] for k in params.get("parts_kinds", "").split(",") if k]
        text += UI["parts.top_level"][lang].format(parts_count=params.get("parts_count", ""),
                                                   parts_text=("；" if lang == "zh" else "; ").join(kinds))
    if "visible_only" in params:
        text += UI["visible_only"][lang].format(formula=params["visible_only"], rows=params.get("hidden_rows", ""))
    if f.causes is not None:
        from xlrecon.messages import causes_text

        text += causes_text(f.causes, lang, f.unit, f.sheet)
    if f.computed_formula is not None and f.check != "formula":  # a formula finding quotes it already
        text += UI["computed"][lang].format(formula=f.computed_formula)
    return text


def _rule_params(f: Finding, params: dict[str, Any], lang: str) -> None:
    """The phrases a reconciliation finding's message is built from, in ``lang``."""
    from xlrecon.messages import UI, fmt_number, unit_text

    unit = unit_text(f.unit, lang)
    label = params.get("rule_label")
    if isinstance(label, dict):
        params["rule"] = label.get(lang) or label.get("zh", "")
    params["tolerance_fmt"] = fmt_number(f.tolerance, unit)
    if isinstance(params.get("column_list"), list):  # the columns a "单位：" line converts
        labels = [str(x) for x in params["column_list"]]
        joined = "」「".join(labels) if lang == "zh" else (
            ", ".join(labels[:-1]) + " and " + labels[-1] if len(labels) > 1 else labels[0] if labels else "")
        params["column_text"] = UI["columns.many" if len(labels) > 1 else "columns.one"][lang].format(columns=joined)
    src = params.get("source")
    params["source_text"] = (f"（{src}）" if lang == "zh" else f" ({src})") if src else ""
    if "whole_kind" in params:
        params["whole"] = UI[f"whole.{params['whole_kind']}"][lang].format(**params)
    if "remainder" in params:
        params["remainder_fmt"] = fmt_number(params["remainder"], unit)
    if "basis" in params:
        params["basis_text"] = UI[f"deadline.basis.{params['basis']}"][lang]
    if "op" in params:
        params["op_text"] = UI[f"op.{params['op']}"][lang]
    if "filter" in params:
        params["filter_text"] = UI[f"hidden.filter.{params['filter']}"][lang]
    if "verdict" in params:
        params["verdict_text"] = UI["verdict.changed"][lang] if params["verdict"] == "changed" else ""
    if "failed" in params:
        params["failed_text"] = UI[f"locate.failed.{params['failed']}"][lang]
    if isinstance(params.get("rule_labels"), list):
        names = [x.get(lang) or x.get("zh", "") for x in params["rule_labels"]]
        params["rules"] = ("、".join(n if n.startswith("「") else f"「{n}」" for n in names) if lang == "zh"
                           else "; ".join(names))
    if "more" in params:  # cells left out of a long list
        params["more_text"] = UI["cells.more"][lang].format(n=params["more"]) if params["more"] else ""
    if "why" in params:
        params["why_text"] = UI[f"not_computed.{params['why']}"][lang]
    if isinstance(f.difference, Decimal):
        params["gap_text"] = UI["gap.short" if f.difference < 0 else "gap.over"][lang]
        params["gap_fmt"] = fmt_number(abs(f.difference), unit)
    if "suggestions" in params:
        names = params["suggestions"]
        params["suggest"] = (UI["suggest"][lang].format(names=names) if names
                             else UI["no_suggest"][lang].format(scope=params.get("scope") or "全国"))
    if f.fixup:
        changes = "、".join(f"{c.where.a1} {fmt_number(c.old)}→{fmt_number(c.new)}" for c in f.fixup)
        key = "fixup.joint" if params.get("fixup_joint") else "fixup"
        params["fixup"] = UI[key][lang].format(n=len(f.fixup), changes=changes)
    else:
        params["fixup"] = ""

@dataclass
class FileReport:
    """What xlrecon found in one file: either an error, or the findings of its checks."""

    path: str
    schema: str | None = None
    findings: list[Finding] = field(default_factory=list)
    error: Any = None  # an XlreconError, or None
    #: which sheets were checked and how the template was chosen, formulas xlrecon computed, published
    #: figures that did not apply: (key, parameters), in the JSON as ``{"key", "message"}``
    notes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    #: what ``annotate`` did with the file (an Annotation), None when not asked to
    annotation: Any = None
    #: how each table was read: its sheet, header rows, data and 合计 rows, and which rows are
    #: of-which, subtotal, parent or subtracted rows (plain data, for the JSON)
    tables: list[dict[str, Any]] = field(default_factory=list)
    #: in a batch with ``--previous``: the file against its counterpart of the last round
    #: (``{"status": "new"|"unchanged"|"changed", "previous", "cells", "added", "removed", "fixed",
    #: "new_findings"}``); None otherwise (and then not in the JSON)
    since_last: dict[str, Any] | None = None
    #: the rounding residues' fix-ups, one plan per hierarchy (``xlrecon fix-rounding``), when
    #: the file has residues; not in the check JSON (fix-rounding prints them)
    rounding: list[Any] = field(default_factory=list)

    @property
    def status(self) -> FileStatus:
        if self.error is not None:
            return "error"
        if any(f.severity == "error" for f in self.findings):
            return "discrepancies"
        if self.not_evaluated():
            return "incomplete"  # nothing wrong found, but not everything could be checked
        return "ok"

    def not_evaluated(self) -> int:
        """How many checks could not be evaluated (a value they need is not a number)."""
        return sum(1 for f in self.findings if not f.evaluated)

    def counts(self) -> dict[str, int]:
        out = {s: 0 for s in SEVERITIES}
        for f in self.findings:
            out[f.severity] += 1
        return out

    def to_dict(self, lang: str = "zh") -> dict[str, Any]:
        from xlrecon.messages import note_text

        return {
            "path": self.path,
            "schema": self.schema,
            "status": self.status,
            "error": self.error.to_dict(lang) if self.error is not None else None,
            "findings": [f.to_dict(lang) for f in self.findings],
            "notes": [{"key": k, "message": note_text(k, p, lang)} for k, p in self.notes],
            "tables": self.tables,
            "annotation": self.annotation.to_dict(lang) if self.annotation is not None else None,
            **({"since_last": self.since_last} if self.since_last is not None else {}),
        }


@dataclass
class Report:
    files: list[FileReport] = field(default_factory=list)
    #: notes on the run as a whole (a summary used, a temporary file left by an interrupted write)
    notes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def files_with_problems(self) -> Iterator[tuple[int, FileReport]]:
        """The files (index, report) that could not be read, have a check not evaluated, or an
        error or warning finding, in order; of a batch's packed files, only these are unpacked
        (one at a time: none is kept)."""
        packed = getattr(self.files, "with_problems", None)
        if packed is not None:
            yield from packed()
            return
        for i, f in enumerate(self.files):
            if f.status != "ok" or any(x.severity == "warning" for x in f.findings):
                yield i, f

    def _counts(self) -> tuple[dict[str, int], int, bool]:
        """Files by status, checks not evaluated, whether an asked-for annotation failed; of a
        batch's packed files from its arrays (:meth:`xlrecon.batches.store.Results.counts`)."""
        packed = getattr(self.files, "counts", None)
        if packed is not None:
            return packed()
        statuses = [f.status for f in self.files]
        return ({s: statuses.count(s) for s in STATUSES}, sum(f.not_evaluated() for f in self.files),
                any(f.annotation is not None and f.annotation.status != "annotated" for f in self.files))

    def summary(self) -> dict[str, int]:
        by_status, not_evaluated, _ = self._counts()
        return {
            "files": len(self.files),
            "ok": by_status["ok"],
            "incomplete": by_status["incomplete"],
            "discrepancies": by_status["discrepancies"],
            "errors": by_status["error"],
            "not_evaluated": not_evaluated,
        }

    @property
    def exit_code(self) -> int:
        """2 when a file could not be read, else 1 when any error-severity finding or a check that
        could not be evaluated, else 0."""
        by_status, _, failed = self._counts()  # once: a batch's files are many
        if by_status["error"] or failed:
            return 2
        if by_status["discrepancies"] or by_status["incomplete"]:
            return 1
        return 0

    def to_dict(self, lang: str = "zh") -> dict[str, Any]:
        from xlrecon import __version__

        return {"xlrecon": __version__, "files": [f.to_dict(lang) for f in self.files], **self.after_files(lang)}

    def after_files(self, lang: str = "zh") -> dict[str, Any]:
        """The report's dict after its files (what a JSON written file by file ends with)."""
        from xlrecon.messages import note_text

        return {
            "summary": self.summary(),
            "notes": [{"key": k, "message": note_text(k, p, lang)} for k, p in self.notes],
        }


@dataclass
class BatchFinding:
    """A finding across files (``xlrecon batch``): the finding at one file's cell, and the
    other places it concerns (the file that repeats a unit, the summary row a district
    file is reconciled with), each ``{"path", "sheet", "cell"}``."""

    finding: Finding
    path: str | None
    related: list[dict[str, Any]] = field(default_factory=list)

    @property
    def severity(self) -> Severity:
        return self.finding.severity

    def to_dict(self, lang: str = "zh") -> dict[str, Any]:
        return {"path": self.path, **self.finding.to_dict(lang), "related": self.related}


@dataclass
class BatchReport(Report):
    """A batch run: every file's report, and the findings across files."""

    batch_findings: list[BatchFinding] = field(default_factory=list)
    #: the files were compared with the last round's (``--previous``): each has its ``since_last``
    with_previous: bool = False

    @property
    def exit_code(self) -> int:
        code = super().exit_code
        if code == 0 and any(b.severity == "error" for b in self.batch_findings):
            return 1
        return code

    def after_files(self, lang: str = "zh") -> dict[str, Any]:
        return {**super().after_files(lang), "batch_findings": [b.to_dict(lang) for b in self.batch_findings]}
