"""The ``ratio`` rule: a derived column (激活比率, 完成比例) recomputed from its parts.

A stated ratio is right when it is the recomputed value rounded to the decimals it is
displayed with (95.94% for 2127 / 2217 = 0.959404…), and so is one that holds more digits
than it shows (a ratio computed by a formula) when what it shows is: such a ratio gives
no finding at all, not a rounding note per cell. Otherwise the stated figure and
the recomputed one are compared as intervals (the parts may be rounded amounts): a
gap rounding can explain is ``info``, anything else takes the rule's severity. The
finding stands at the stated cell, ``expected`` is the recomputed value.

The recomputed values are first estimated for all rows at once on floats
(:meth:`~xlrecon.templates.expr.Expr.estimate`); a stated ratio that surely is the
estimate rounded gives no finding, and every other row is evaluated exactly.
"""

from __future__ import annotations

import math
from decimal import Decimal

import numpy as np

from xlrecon.checks.context import Context, RowEnv, from_base, to_base, unit_factor
from xlrecon.checks.judge import judged
from xlrecon.checks.registry import rule_kind
from xlrecon.findings import Finding
from xlrecon.precision import Outcome, compare, round_to
from xlrecon.read.intervals import cell_decimals, cell_interval, column_decimals
from xlrecon.read.table import Table
from xlrecon.templates.expr import NotEvaluated
from xlrecon.templates.rules import Rule
from xlrecon.templates.terms import Q


@rule_kind("ratio")
def ratio_findings(rule: Rule, ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    col = rule.column
    for table in ctx.tables:
        if col not in table.columns or not rule.formula.columns <= set(table.columns):
            continue
        spec = table.template.column(col)
        unit = table.unit_of(col)
        cols = ctx.columns(table, rule.rows)
        scale = unit_factor(unit)
        estimates, errors = rule.formula.estimate(cols)
        settled = _settled(table, col, estimates[:table.n] / scale, errors[:table.n] / scale)
        # the data rows decided without making them are left out; the 合计 rows are looked at
        for i in np.flatnonzero(np.concatenate([~settled, np.ones(cols.n - table.n, dtype=bool)])).tolist():
            estimate, error = estimates[i], errors[i]
            row = cols.row(i)
            cell = row.cells[col]
            if cell.value.kind != "number":
                continue
            d = cell_decimals(table, col, cell)
            if d is not None and cell.value.factor == 1 and _surely_rounds_to(
                    cell.value.value, estimate / scale, error / scale, d):
                continue
            try:
                computed = rule.formula.evaluate(RowEnv(table, row, ctx))
            except NotEvaluated:
                continue
            assert isinstance(computed, Q)
            value = from_base(computed.iv.mid, unit)
            if d is not None and cell.value.factor == 1 and round_to(value, d) in (
                    cell.value.value, round_to(cell.value.value, d)):
                continue  # the stated ratio (as shown, if it holds more digits) is the recomputed one rounded
            stated = to_base(cell_interval(table, col, cell), unit)
            o = compare(stated, "==", computed.iv)
            if o.holds:
                continue
            o = Outcome(from_base(o.difference, unit), o.holds, o.consistent, from_base(o.tolerance, unit))
            out.append(judged(
                rule, "ratio", o, expected=value, actual=cell.value.value, key="ratio.mismatch",
                common=dict(where=cell.where, row_label=row.label, column=spec.label, unit=unit),
                params={"rule_label": rule.label, "formula": _formula_text(rule, table)},
            ))
    return out


#: 10.0 ** d as Python computes it, for the decimals _surely_rounds_to accepts
_POW10 = np.array([10.0 ** d for d in range(-15, 16)])
#: 10 ** k for k = 0..22, each exact as a float
_EXACT_POW10 = np.array([float(10 ** k) for k in range(23)])


def _settled(table: Table, col: str, values: np.ndarray, errors: np.ndarray) -> np.ndarray:
    """The data rows that give no finding: no number in the stated cell, or one that
    :func:`_surely_rounds_to` accepts -- its float test for every row at once (the same
    operations on the same floats), the comparison of Decimals only for rows that pass it."""
    nums = table.numbers(col)
    out = np.isnan(nums.floats)  # not a number: nothing to check
    decimals = column_decimals(table, col)
    d = np.array([-99 if x is None or (k in nums.odd and nums.odd[k].factor != 1) else x
                  for k, x in enumerate(decimals)], dtype=np.int64)
    usable = (d >= -15) & (d <= 15) & np.isfinite(values) & np.isfinite(errors) & ~out
    scale = _POW10[np.clip(d, -15, 15) + 15]
    with np.errstate(all="ignore"):
        y, e = np.abs(values) * scale, errors * scale
        n = np.floor(y + 0.5)
        clear = usable & (np.abs(y - n) + e + y * 2.0 ** -50 < 0.5)
    odd = np.zeros(len(out), dtype=bool)
    if nums.odd:
        odd[list(nums.odd)] = True
    short = clear & (nums.dec >= 0) & ~odd
    decided, equal = _equal_scaled(nums.coef, nums.dec, np.where(values < 0, -n, n), d)
    exact = short & decided
    out[exact] = equal[exact]
    for k in np.flatnonzero(clear & ~exact).tolist():
        m = int(n[k])
        m, dk = (-m if values[k] < 0 else m), int(d[k])
        if short[k]:  # compare the integers
            dec = int(nums.dec[k])
            out[k] = int(nums.coef[k]) * 10 ** max(dk - dec, 0) == m * 10 ** max(dec - dk, 0)
        else:
            out[k] = nums.exact(k) == Decimal(m).scaleb(-dk)
    return out


def _equal_scaled(coef: np.ndarray, dec: np.ndarray, m: np.ndarray, d: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Whether ``coef * 10**-dec == m * 10**-d`` (integer-valued floats, ``0 <= dec``): the rows
    where floats decide it, and the answer there. It is ``coef * 10**(d - dec) == m * 10**(dec - d)``
    (one of the powers is 1); floats hold those integers and products exactly while a product
    stays below 2**53 (a rounded product below it means the exact one is too)."""
    a, b = np.maximum(d - dec, 0), np.maximum(dec - d, 0)
    with np.errstate(all="ignore"):
        lhs = coef * _EXACT_POW10[np.minimum(a, 22)]
        rhs = m * _EXACT_POW10[np.minimum(b, 22)]
        decided = (a <= 22) & (b <= 22) & (np.abs(lhs) < 2.0 ** 53) & (np.abs(rhs) < 2.0 ** 53)
    return decided, lhs == rhs


def _surely_rounds_to(stated: Decimal, value: float, error: float, d: int) -> bool:
    """Whether every number within ``error`` of ``value`` rounds, to ``d`` decimals, to
    ``stated``: then so does the exact recomputed value."""
    if not (math.isfinite(value) and math.isfinite(error) and -15 <= d <= 15):
        return False
    y, e = abs(value) * 10.0 ** d, error * 10.0 ** d
    n = math.floor(y + 0.5)
    # y's own roundings are within 2**-50 of it; the exact value must stay clear of n ± 0.5
    if not abs(y - n) + e + y * 2.0 ** -50 < 0.5:
        return False
    return stated == Decimal(-n if value < 0 else n).scaleb(-d)


def _formula_text(rule: Rule, table) -> str:  # noqa: ANN001
    """The formula with column labels: 预算单位激活数量 / 预算单位数量."""
    text = rule.formula.text
    for name in sorted(rule.formula.columns, key=len, reverse=True):
        text = text.replace(name, table.template.column(name).label.split("/")[-1])
    return text
