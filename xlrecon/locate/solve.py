"""The fewest changes that make every equation hold: a small mixed-integer problem for HiGHS.

For each cell ``i`` of a part of the system where some rule fails, a change ``δᵢ`` and a
binary ``zᵢ`` (changed or not), ``|δᵢ| ≤ M·zᵢ``; every equation's residual after the changes
within its tolerance; a ratio ``r × b = a`` linearised (``r·δb + b·δr − δa``: a ratio is
recomputed from its new parts afterwards, which is exact). Stage one minimises the weighted
count of changed cells; stage two, with that set of cells, the nearest values (the sum of the
changes relative to each cell's size) that make each equation hold within its tolerance and as
nearly exactly as those cells allow (each equation's distance from exact counted against its
tolerance, before the size of the changes). Each solution is then checked again
in exact decimals, rounded to the digits each cell shows; one that does not hold is not
reported. Other sets of cells as small
are looked for by excluding each one found in turn, so a reader is told when the arithmetic
cannot pick one.

HiGHS is used through its plain ``_Highs`` class, which, unlike ``highspy.Highs``, prints
nothing to the standard output before its options are set (the JSON goes there).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from decimal import Decimal

import numpy as np

from xlrecon.checks.equations import Equation, Ratio, System, Term
from xlrecon.findings import CellRef

#: at most this many sets of cells as small as the first are looked for
ALTERNATIVES = 5


@dataclass
class Solution:
    """One set of cells whose change makes every rule hold, with the values they take."""

    cost: float
    changes: dict[CellRef, Decimal]


@dataclass
class Result:
    """What the solver found for one part of the system: ``status`` ``located`` (with the best
    solution and any others as small), ``time_limit``, ``infeasible`` (no change within the
    template's bounds makes every rule hold) or ``unverified`` (a solution that did not hold
    when checked in exact decimals)."""

    status: str
    broken: list[Equation | Ratio]
    best: Solution | None = None
    others: list[Solution] = field(default_factory=list)
    exhausted: bool = False  # every set as small as the best was found

    @property
    def certain(self) -> set[CellRef]:
        """The cells every solution found changes (all of the best's, when it is the only one)."""
        if self.best is None:
            return set()
        out = set(self.best.changes)
        for s in self.others:
            out &= set(s.changes)
        return out


def broken(system: System) -> list[Equation | Ratio]:
    return [e for e in [*system.equations, *system.ratios] if not e.holds()]


def connected(eqs: list[Equation | Ratio]) -> list[list[Equation | Ratio]]:
    """The equations in groups that share no cell with another group (a hierarchy, a table)."""
    parent: dict[CellRef, CellRef] = {}

    def find(x: CellRef) -> CellRef:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for e in eqs:
        cells = _cells(e)
        for c in cells[1:]:
            parent[find(c)] = find(cells[0])
    groups: dict[CellRef, list[Equation | Ratio]] = {}
    for e in eqs:
        if _cells(e):
            groups.setdefault(find(_cells(e)[0]), []).append(e)
    return list(groups.values())


def parts(system: System) -> list[tuple[list[Equation | Ratio], list[Term]]]:
    """The system's :func:`connected` groups where some rule fails, each with its cells."""
    out = []
    for group in connected([*system.equations, *system.ratios]):
        if any(not e.holds() for e in group):
            terms: dict[CellRef, Term] = {}
            for e in group:
                for t in _terms(e):
                    terms.setdefault(t.where, t)
            out.append((group, list(terms.values())))
    return out


def _terms(e: Equation | Ratio) -> list[Term]:
    return [t for t, _ in e.terms] if isinstance(e, Equation) else [e.ratio, e.numerator, e.denominator]


def _cells(e: Equation | Ratio) -> list[CellRef]:
    return [t.where for t in _terms(e)]


def fewest_changes(eqs: list[Equation | Ratio], terms: list[Term], weights: dict[str, float],
                   time_limit: float) -> Result:
    """The weighted-fewest cells of ``terms`` whose change makes every one of ``eqs`` hold."""
    import highspy
    from highspy.highs import _Highs

    fails = [e for e in eqs if not e.holds()]
    n = len(terms)
    index = {t.where: i for i, t in enumerate(terms)}
    big = 10 * max([abs(float(t.value)) for t in terms] + [abs(float(e.residual())) for e in eqs] + [1.0])
    inf = highspy.kHighsInf
    deadline = time.monotonic() + time_limit

    h = _Highs()
    h.setOptionValue("output_flag", False)
    for name, value in (("mip_feasibility_tolerance", 1e-9), ("primal_feasibility_tolerance", 1e-9),
                        ("mip_rel_gap", 0.0), ("threads", 1)):
        h.setOptionValue(name, value)
    lo = np.array([_low(t, big) for t in terms] + [0.0] * n)
    hi = np.array([_high(t, big) for t in terms] + [1.0] * n)
    if any(lo[:n] > hi[:n]):
        return Result("infeasible", fails)
    h.addVars(2 * n, lo, hi)
    h.changeColsIntegrality(n, np.arange(n, 2 * n, dtype=np.int32),
                            np.array([highspy.HighsVarType.kInteger] * n))
    h.changeColsCost(n, np.arange(n, 2 * n, dtype=np.int32),
                     np.array([weights.get(t.kind, 1.0) for t in terms]))
    rows: list[tuple[float, float, dict[int, float]]] = []
    for i in range(n):  # |δ| ≤ M·z
        rows.append((-inf, 0.0, {i: 1.0, n + i: -big}))
        rows.append((0.0, inf, {i: 1.0, n + i: big}))
    for e in eqs:
        r, tol = float(e.residual()), float(e.tolerance)
        if isinstance(e, Equation):
            coefs: dict[int, float] = {}
            for t, c in e.terms:
                coefs[index[t.where]] = coefs.get(index[t.where], 0.0) + c
        else:
            ir, ia, ib = index[e.ratio.where], index[e.numerator.where], index[e.denominator.where]
            coefs = {ib: float(e.ratio.value), ir: float(e.denominator.value)}
            coefs[ia] = coefs.get(ia, 0.0) - 1.0
        rows.append((-tol - r, tol - r, coefs))
    add_rows(h, rows)

    def solve() -> tuple[str, float, np.ndarray | None]:
        left = deadline - time.monotonic()
        if left <= 0:
            return "time_limit", 0.0, None
        h.setOptionValue("time_limit", left)
        h.run()
        status = h.getModelStatus()
        if status == highspy.HighsModelStatus.kOptimal:
            return "optimal", h.getInfo().objective_function_value, np.array(h.getSolution().col_value)
        if status == highspy.HighsModelStatus.kInfeasible:
            return "infeasible", 0.0, None
        return "time_limit", 0.0, None

    status, cost, x = solve()
    if x is None:
        return Result(status, fails)
    chosen = _support(x, n, terms)
    best = _nearest(eqs, terms, chosen, big, deadline)
    if best is None:
        return Result("unverified", fails)
    best.cost = cost
    result = Result("located", fails, best)
    for _ in range(ALTERNATIVES):  # other sets as small: each found set excluded in turn
        found = [best, *result.others]
        add_rows(h, [(-inf, len(s.changes) - 1.0, {n + index[c]: 1.0 for c in s.changes}) for s in found[-1:]])
        status, other_cost, x = solve()
        if status == "infeasible" or (status == "optimal" and other_cost > cost + 1e-6):
            result.exhausted = True
            break
        if x is None:
            break
        other = _nearest(eqs, terms, _support(x, n, terms), big, deadline)
        if other is None:
            break
        other.cost = other_cost
        result.others.append(other)
    return result


def _low(t: Term, big: float) -> float:
    """The least change of a cell: down to the template's lower bound (a figure below it must
    rise to it: a range check is a rule too)."""
    return -big if t.lower is None else max(-big, float(t.lower - t.value))


def _high(t: Term, big: float) -> float:
    return big if t.upper is None else min(big, float(t.upper - t.value))


def add_rows(h, rows: list[tuple[float, float, dict[int, float]]]) -> None:  # noqa: ANN001
    starts, idx, vals = [], [], []
    for _, _, coefs in rows:
        starts.append(len(idx))
        for k, v in coefs.items():
            if v != 0:
                idx.append(k)
                vals.append(v)
    h.addRows(len(rows), np.array([r[0] for r in rows]), np.array([r[1] for r in rows]), len(idx),
              np.array(starts, dtype=np.int32), np.array(idx, dtype=np.int32), np.array(vals))


def _support(x: np.ndarray, n: int, terms: list[Term]) -> list[int]:
    """The cells a solution changes: its binary set, or a change bigger than half a step."""
    out = []
    for i, t in enumerate(terms):
        tiny = float(t.step) / 2 if t.step else 1e-9
        if x[n + i] > 0.5 or abs(x[i]) > tiny:
            out.append(i)
    return out


def _nearest(eqs: list[Equation | Ratio], terms: list[Term], chosen: list[int], big: float,
             deadline: float) -> Solution | None:
    """Stage two: with only the ``chosen`` cells free, their nearest values (each change relative
    to the cell's size) that make every equation hold, rounded to the digits each cell shows and
    checked again in exact decimals; None when that check fails or the time is up."""
    import highspy
    from highspy.highs import _Highs

    inf = highspy.kHighsInf
    index = {t.where: i for i, t in enumerate(terms)}
    m = len(chosen)
    pos = {i: j for j, i in enumerate(chosen)}
    h = _Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("primal_feasibility_tolerance", 1e-9)
    h.setOptionValue("time_limit", max(deadline - time.monotonic(), 0.1))
    h.addVars(2 * m, np.array([_low(terms[i], big) for i in chosen] + [0.0] * m),
              np.array([_high(terms[i], big) for i in chosen] + [big] * m))
    scale = [max(abs(float(terms[i].value)), float(terms[i].step or 0), 1e-9) for i in chosen]
    h.changeColsCost(m, np.arange(m, 2 * m, dtype=np.int32), np.array([1.0 / s for s in scale]))
    base: list[tuple[float, float, dict[int, float]]] = []
    for j in range(m):
        base.append((0.0, inf, {m + j: 1.0, j: -1.0}))
        base.append((0.0, inf, {m + j: 1.0, j: 1.0}))
    add_rows(h, base)
    rows: list[tuple[Equation | Ratio, dict[int, float]]] = []
    for e in eqs:
        coefs: dict[int, float] = {}
        pairs = ([(t, float(c)) for t, c in e.terms] if isinstance(e, Equation) else
                 [(e.denominator, float(e.ratio.value)), (e.ratio, float(e.denominator.value)), (e.numerator, -1.0)])
        for t, c in pairs:
            i = index[t.where]
            if i in pos:
                coefs[pos[i]] = coefs.get(pos[i], 0.0) + c
        rows.append((e, coefs))
    # each equation's distance from exact, s ≥ |residual|, at the cost of its tolerance: the rules
    # as exact as the chosen cells allow, then the smallest changes
    k = h.getNumCol()
    h.addVars(len(rows), np.zeros(len(rows)), np.full(len(rows), inf))
    h.changeColsCost(len(rows), np.arange(k, k + len(rows), dtype=np.int32),
                     np.array([1.0 / max(float(e.tolerance), 1e-9) for e, _ in rows]))
    h.changeColsCost(m, np.arange(m, 2 * m, dtype=np.int32), np.array([1e-3 / s for s in scale]))
    limits, slack = [], []
    for q, (e, coefs) in enumerate(rows):
        r, tol = float(e.residual()), float(e.tolerance)
        limits.append((-tol - r, tol - r, coefs))
        slack.append((-r, inf, {**coefs, k + q: 1.0}))
        slack.append((-inf, -r, {**coefs, k + q: -1.0}))
    add_rows(h, limits + slack)
    h.run()
    if h.getModelStatus() != highspy.HighsModelStatus.kOptimal:
        return None
    return _rounded(eqs, terms, chosen, h.getSolution().col_value)


def _rounded(eqs: list[Equation | Ratio], terms: list[Term], chosen: list[int], x: list[float]) -> Solution | None:
    """A solution's values rounded to the digits each cell shows, each changed ratio recomputed
    from its new parts, and checked in exact decimals; None when it does not hold."""
    index = {t.where: i for i, t in enumerate(terms)}
    changes: dict[CellRef, Decimal] = {}
    for j, i in enumerate(chosen):
        t = terms[i]
        new = t.value + Decimal(repr(x[j]))
        changes[t.where] = new.quantize(t.step) if t.step else new.quantize(Decimal("0.000001")).normalize()
    for e in eqs:
        if isinstance(e, Ratio) and e.ratio.where in changes:
            b = changes.get(e.denominator.where, e.denominator.value)
            if b != 0:
                r = changes.get(e.numerator.where, e.numerator.value) / b
                changes[e.ratio.where] = r.quantize(e.ratio.step) if e.ratio.step else r
    changes = {c: v for c, v in changes.items() if v != terms[index[c]].value}
    if not changes or not all(e.holds(changes) for e in eqs):
        return None
    return Solution(0.0, changes)
