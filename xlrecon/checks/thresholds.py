"""The ``threshold`` rule: a policy bound on an expression of a row's columns.

``reserve >= 10% * annual_purchase`` reports, at the row's 拟预留采购总额 cell, the
amount set aside (``actual``), the amount the bound asks for (``expected``) and the
signed gap (``difference``, negative for a shortfall), all in that column's unit
(万元), not only as a percentage. ``when`` limits the rule to some rows (not units
marked 无食堂); an ``or`` is met when any alternative is (300 元 per member, or 15% of
the welfare total), and otherwise the alternative closest to being met is reported.
Rows whose figures are blank or unreadable are left to the other checks.

Rows are first screened all at once on floats (:meth:`~xlrecon.templates.expr.Expr.screen`):
a row whose condition surely fails, or whose check surely holds, or that surely lacks a
figure the rule needs, gives no finding; every other row is evaluated exactly, and only the
exact evaluation makes findings.
"""

from __future__ import annotations

import numpy as np

from xlrecon.checks.context import Context, RowColumns, RowEnv, from_base, is_money
from xlrecon.checks.judge import judged
from xlrecon.checks.registry import rule_kind
from xlrecon.findings import Finding
from xlrecon.precision import Outcome
from xlrecon.templates.expr import NotEvaluated, truth, verdict
from xlrecon.templates.rules import Rule


@rule_kind("threshold")
def threshold_findings(rule: Rule, ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    col = rule.column
    for table in ctx.tables:
        if col not in table.columns:
            continue
        spec = table.template.column(col)
        unit = table.unit_of(col)
        cols = ctx.columns(table, rule.rows)
        for i in np.flatnonzero(~_surely_passing(rule, cols)).tolist():
            row = cols.row(i)
            env = RowEnv(table, row, ctx)
            try:
                if rule.when is not None and not truth(rule.when.evaluate(env)):
                    continue
                result = rule.check.evaluate(env)
            except NotEvaluated:
                continue
            holds, consistent, cmp = verdict(result)
            if holds:
                continue
            common = dict(where=row.cells[col].where, row_label=row.label, column=spec.label)
            params = {"rule_label": rule.label, "check_text": rule.check.text}
            if cmp is None:
                out.append(Finding("threshold", rule.id, rule.severity, "threshold.failed", params=params, **common))
                continue
            shown = unit if (cmp.left.money and is_money(unit)) or not cmp.left.money else "元"
            o = cmp.outcome
            o = Outcome(from_base(o.difference, shown), o.holds, consistent, from_base(o.tolerance, shown))
            out.append(judged(
                rule, "threshold", o, expected=from_base(cmp.right.iv.mid, shown), actual=from_base(cmp.left.iv.mid, shown),
                key="threshold.violated", common=dict(common, unit=shown),
                params=dict(params, op=cmp.op),
            ))
    return out


def _surely_passing(rule: Rule, cols: RowColumns) -> np.ndarray:
    """Rows that surely give no finding: the rule does not apply to them (or cannot say
    whether it does), or the check holds (or cannot be evaluated)."""
    holds, _, unevaluated = rule.check.screen(cols)
    settled = holds | unevaluated
    if rule.when is None or settled.all():
        # a row whose check surely gives no finding gives none whatever the condition says
        # (no previous period: prev() is never evaluated): the condition is not screened
        return settled
    applies, exempt, unknown = rule.when.screen(cols)
    return exempt | unknown | (applies & settled)
