"""Controlled rounding of a hierarchy: one set of one-step edits that makes every level add up.

Rounded figures of a hierarchy (counties → cities → province, or any chain of ``total`` and
``rollup`` rules) each agree with the level above within rounding, but fixing each level on its
own gives edits that contradict each other (a county moved to mend the province total leaves
its city off). Here all levels are solved together: each figure may move by one step of the
digits it shows (up, down, or not at all), the stated wholes at the top (a 合计 that is part of
nothing, a published figure) and figures computed by formulas stay as they are, and every
equation of the hierarchy must then hold exactly; HiGHS finds the fewest such edits, ties going
to the larger figures (a step is a smaller part of them), then to the earlier cell. The edits
are checked again in exact decimals before they are offered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

import numpy as np

from xlrecon.checks.equations import Equation, System, Term
from xlrecon.findings import CellRef, Change
from xlrecon.locate.solve import add_rows, connected
from xlrecon.locate.system import time_limit


@dataclass
class Plan:
    """The edits for one hierarchy, or why there are none: ``status`` is ``planned``,
    ``beyond_rounding`` (a rule of it fails by more than rounding: that is a discrepancy, not a
    residue), ``mixed_decimals`` (its figures are not shown with the same decimals), ``infeasible``
    (no set of one-step edits makes every level exact), ``time_limit`` or ``solver_error``."""

    status: str
    equations: list[Equation]
    changes: list[Change] = field(default_factory=list)


def controlled_rounding(equations: System, seconds: float | None = None) -> list[Plan]:
    """A :class:`Plan` for each hierarchy of a file's equations (:func:`~xlrecon.locate.system.system`)
    whose rules hold within rounding but not exactly (none for one that adds up exactly)."""
    limit = time_limit() if seconds is None else seconds
    return [_safe_plan(group, limit) for group in _hierarchies(equations.equations)]


def _safe_plan(eqs: list[Equation], seconds: float) -> Plan:
    try:
        return _plan(eqs, seconds)
    except Exception:  # noqa: BLE001 - the solver failing is said, never a traceback
        return Plan("solver_error", eqs)


def _hierarchies(eqs: list[Equation]) -> list[list[Equation]]:
    """The equations in groups that share cells, only those where some equation is not exact."""
    return [g for g in connected(eqs) if any(e.residual() != 0 for e in g)]  # type: ignore[misc]


def _plan(eqs: list[Equation], seconds: float) -> Plan:
    import highspy
    from highspy.highs import _Highs

    if any(not e.holds() for e in eqs):
        return Plan("beyond_rounding", eqs)
    terms: dict[CellRef, Term] = {}
    as_part: set[CellRef] = set()
    for e in eqs:
        for t, c in e.terms:
            terms.setdefault(t.where, t)
            if c > 0:
                as_part.add(t.where)
    # the stated wholes at the top (in no equation a part) and formulas' figures stay
    free = [t for t in terms.values() if t.where in as_part and t.kind != "formula"]
    steps = {t.step for t in free}
    if len(steps) != 1 or None in steps:
        return Plan("mixed_decimals", eqs)
    step = steps.pop()
    assert step is not None
    index = {t.where: i for i, t in enumerate(free)}
    n = len(free)
    h = _Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("time_limit", max(seconds, 0.01))
    h.setOptionValue("mip_rel_gap", 0.0)
    h.setOptionValue("threads", 1)
    # a few hundred binaries with one equation each level: presolve costs more than it saves
    # (a fifth of the time of checking the 2023 retail targets); the optimum is the same
    h.setOptionValue("presolve", "off")
    # u (up one step), v (down one step): binaries; never below the template's bound
    up = np.ones(2 * n)
    for i, t in enumerate(free):
        if t.lower is not None and t.value - step < t.lower:
            up[n + i] = 0.0
        if t.upper is not None and t.value + step > t.upper:
            up[i] = 0.0
    h.addVars(2 * n, np.zeros(2 * n), up)
    h.changeColsIntegrality(2 * n, np.arange(2 * n, dtype=np.int32),
                            np.array([highspy.HighsVarType.kInteger] * (2 * n)))
    cost = [1.0 + 1e-3 * float(step / max(abs(t.value), step)) + 1e-7 * i / max(n, 1) for i, t in enumerate(free)]
    h.changeColsCost(2 * n, np.arange(2 * n, dtype=np.int32), np.array(cost + cost))
    rows: list[tuple[float, float, dict[int, float]]] = [(-highspy.kHighsInf, 1.0, {i: 1.0, n + i: 1.0})
                                                         for i in range(n)]
    for e in eqs:
        steps_needed = -e.residual() / step
        if steps_needed != steps_needed.to_integral_value():
            return Plan("mixed_decimals", eqs)
        coefs: dict[int, float] = {}
        for t, c in e.terms:
            if t.where in index:
                i = index[t.where]
                coefs[i] = coefs.get(i, 0.0) + c
                coefs[n + i] = coefs.get(n + i, 0.0) - c
        k = float(steps_needed)
        rows.append((k, k, coefs))
    add_rows(h, rows)
    h.run()
    status = h.getModelStatus()
    if status == highspy.HighsModelStatus.kInfeasible:
        return Plan("infeasible", eqs)
    if status != highspy.HighsModelStatus.kOptimal:
        return Plan("time_limit", eqs)
    x = h.getSolution().col_value
    changes: dict[CellRef, Decimal] = {}
    for i, t in enumerate(free):
        move = round(x[i]) - round(x[n + i])
        if move:
            changes[t.where] = (t.value + move * step).quantize(step)
    if not all(e.residual(changes) == 0 for e in eqs):
        return Plan("infeasible", eqs)
    order = sorted(changes, key=lambda c: (c.sheet, c.row, c.col))
    return Plan("planned", eqs, [Change(c, terms[c].row_label, terms[c].value, changes[c]) for c in order])
