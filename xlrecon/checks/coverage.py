"""Rows a rule could not be evaluated on: a value it needs is not a number.

A threshold or ratio rule reads the numbers of its columns in each row. Where one of them
holds something that is not a number (a text, an error value, a formula xlrecon could not
compute), the rule cannot say whether the row meets it, and the rule itself passes over the
row. The value has its own finding at its cell; this one says, at the cell the rule checks,
that the rule was not evaluated there (``evaluated: false``), so that a file is never
counted as checked where it was not.
"""

from __future__ import annotations

from xlrecon.checks.registry import register
from xlrecon.findings import Finding
from xlrecon.read.table import Table

#: the rule kinds that judge each row on its own
_ROW_RULES = ("threshold", "ratio")


@register("not-evaluated")
def not_evaluated_findings(table: Table) -> list[Finding]:
    out: list[Finding] = []
    labels = None
    for rule in table.template.rules:
        exprs = [e for e in (rule.check, rule.formula, rule.when) if e is not None]
        if rule.kind not in _ROW_RULES or rule.column not in table.columns or any(e.uses_prev for e in exprs):
            continue  # (a rule on the previous period's figures runs only with them, row by row)
        used = set().union(*(e.columns for e in exprs))
        needed = sorted(c for c in used if c in table.columns and table.template.column(c).numeric)
        blocked: dict[int, str] = {}  # data row -> the first column it needs that holds no number
        for c in needed:
            for k in table.unreadable(c):
                blocked.setdefault(k, c)
        if not blocked:
            continue
        if labels is None:
            labels = table.labels_and_keys()[0]
        spec = table.template.column(rule.column)
        for k in sorted(blocked):
            c = blocked[k]
            out.append(Finding(rule.kind, rule.id, "info", "rule.not_evaluated", evaluated=False,
                               where=table.cell_ref(rule.column, k), row_label=labels[k], column=spec.label,
                               params={"rule_label": rule.label, "needed": table.template.column(c).label,
                                       "needed_cell": table.cell_ref(c, k).a1}))
    return out
