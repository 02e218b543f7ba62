"""Likely causes of a total's or a roll-up's gap: the auditor's rules of thumb, as arithmetic.

A gap ``d`` (the parts' sum minus the whole) that is more than rounding is looked at one
explanation at a time, each a single slip at one place: a row the whole leaves out (a part
equal to ``d``) or counts twice (equal to ``−d``); two digits of one figure swapped (the
difference a multiple of 9 steps); a figure typed in the wrong unit (a factor of 10⁴ or 10⁸:
元, 万元, 亿元) or with its decimal point misplaced (10, 100, 1000); a figure whose sign is wrong
(equal to half the gap); one row's figures in two columns swapped; a 合计 formula whose
range misses rows (their values add up to the gap); a 合计 that still holds the previous
version's sum. A candidate is listed only when its arithmetic explains the whole gap within
the comparison's tolerance; none is made up, and an empty list says that no single slip
explains it. The most likely come first: an exact fit before one within rounding, what a
formula or the last round shows before the commonest slips, then the closest fit. Places that
explain the gap equally well are listed in the workbook's order, and the first says how many
there are: the arithmetic cannot tell them apart, and xlrecon does not pretend to.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

import numpy as np

from xlrecon.findings import Cause, CellRef
from xlrecon.read.table import Table

#: the order kinds are listed in when they explain a gap equally well: evidence from a formula
#: or the last round first, then the slips auditors meet most
_PRIOR = ("formula_range", "stale", "omitted", "counted_twice", "transposed", "unit_slip", "decimal_slip",
          "sign", "swapped")
_UNIT_FACTORS = (Decimal(10) ** 4, Decimal(10) ** 8)
_DECIMAL_FACTORS = (Decimal(10), Decimal(100), Decimal(1000))
#: at most this many causes are kept on a finding (the count of the others is said)
LIMIT = 5


@dataclass(frozen=True)
class Part:
    """One figure the comparison adds up: its cell, value, sign (−1 for a subtracted row), row
    label, and the row's figures in the table's other columns of the same unit (for a swap)."""

    where: CellRef
    value: Decimal
    sign: int = 1
    label: str | None = None
    others: tuple[tuple[str, CellRef, Decimal], ...] = ()
    #: the slips worth working out exactly (None: all), as a screen found them: a kind and its
    #: variant, if it has any: ("omitted",), ("unit_slip", factor, figure the larger), and
    #: ("transposed", p, q) for the digits at places p > q counted from the last one as written,
    #: from 0 (("transposed", 3, 1) of 1348.26 is 1328.46)
    kinds: frozenset[tuple] | None = None


@dataclass(frozen=True)
class Whole:
    """What the parts are compared with: its cell (None for a published figure, which is not
    typed in the workbook), its value, the sheet rows its SUM formula adds (None when it is
    no such formula), and the sum of the previous version's parts (None without one)."""

    where: CellRef | None
    value: Decimal
    label: str | None = None
    summed_rows: frozenset[int] | None = None
    formula: str | None = None
    previous_sum: Decimal | None = None


def table_parts(table: Table, column: str, rows: Iterable[int] | None = None, signs: list[int] | None = None,
                explaining: tuple[Decimal, Decimal, frozenset[int]] | None = None) -> list[Part] | None:
    """The figures of ``column`` at the table's rows ``rows`` (all its data rows by default),
    with their signs and the same rows' figures in the table's other columns of that unit;
    None when one of them is not a number (an unreadable figure explains nothing).
    ``explaining``: (gap, tolerance, sheet rows): only the figures that may explain the gap by
    a slip of their own (:func:`explaining_rows`), and those on the sheet rows given (the rows
    a 合计 formula leaves out, which explain it together)."""
    ks = list(range(table.n) if rows is None else rows)
    nums = table.numbers(column)
    if ks and (~nums.blank[ks] & np.isnan(nums.floats[ks])).any():
        return None
    unit = table.unit_of(column)
    others = [(c, table.template.column(c).label) for c in table.columns
              if c != column and table.template.column(c).numeric and table.unit_of(c) == unit]
    picked: dict[int, frozenset[tuple] | None] = {}
    if explaining is not None:
        gap, tol, left_out = explaining
        picked = explaining_rows(table, column, others, ks, signs, gap, tol)
        sheet_rows = table.cell_rows(column)
        ks = [k for k in ks if k in picked or sheet_rows[k] in left_out]
    labels = table.labels_and_keys()[0]
    out = []
    for k in ks:
        if nums.blank[k]:
            continue
        kinds = picked.get(k, frozenset()) if explaining is not None else None
        alt = []
        if kinds is None or ("swapped",) in kinds:
            for c, label in others:
                o = table.value(c, k)
                if o.kind == "number":
                    alt.append((label, table.cell_ref(c, k), o.value))
        out.append(Part(table.cell_ref(column, k), table.value(column, k).value, signs[k] if signs else 1,
                        labels[k], tuple(alt), kinds))
    return out


def explaining_rows(table: Table, column: str, others: list[tuple[str, str]], rows: list[int],
                    signs: list[int] | None, gap: Decimal, tol: Decimal) -> dict[int, frozenset[tuple] | None]:
    """Of ``rows``, those whose figure of ``column`` may explain ``gap`` within ``tol`` by one
    of :func:`_one_figure`'s slips, each with the kinds of slip that may: a screen of the
    whole column at once, in floats, wide enough (a billionth of the figures' size) never to
    drop what the exact arithmetic keeps; a figure it cannot screen (typed as text, converted,
    of more than 15 digits) is kept with every kind (None). Only these are then worked out
    exactly, not every row of a 200,000-row table."""
    ks = np.asarray(rows, dtype=np.int64)
    if not ks.size:
        return {}
    nums = table.numbers(column)
    x = nums.floats[ks]
    sg = np.asarray(signs, dtype=float)[ks] if signs else np.ones(len(ks))
    d, t = float(gap), float(tol)

    def near(y: np.ndarray) -> np.ndarray:
        with np.errstate(invalid="ignore"):
            return np.abs(y - d) <= t + 1e-9 * (np.abs(y) + abs(d) + t)

    sx = sg * x
    masks: dict[tuple, np.ndarray] = {}

    def mark(kind: tuple, hit: np.ndarray) -> None:
        masks[kind] = masks[kind] | hit if kind in masks else hit

    # omitted, counted twice, the sign, a unit or a decimal point: the gap is c × (sign × figure)
    mark(("omitted",), near(sx))
    mark(("counted_twice",), near(-sx))
    mark(("sign",), near(2.0 * sx))
    for kind, factors in (("unit_slip", _UNIT_FACTORS), ("decimal_slip", _DECIMAL_FACTORS)):
        for f in factors:
            mark((kind, f, True), near((1 - 1 / float(f)) * sx))
            mark((kind, f, False), near((1 - float(f)) * sx))
    mark(("swapped",), np.zeros(len(ks), dtype=bool))
    for c, _ in others:  # a swap with the row's figure in another column
        mark(("swapped",), near(sg * (x - table.numbers(c).floats[ks])))
    coef, dec = nums.coef[ks], nums.dec[ks]
    # no coefficient: a float of more than 15 digits, or a cell that is not a plain float (typed
    # as text, converted: Numbers holds no raw float for it, so no coefficient either)
    unscreened = dec < 0
    # two digits swapped: figure = ±C × 10^-e with C's digits as written; digits p > q swapped
    # change it by (digit_p − digit_q)(10^p − 10^q) × 10^-e
    rest = ~unscreened & (x != 0)
    for e in np.unique(dec[rest]).tolist():
        sel = np.flatnonzero(rest & (dec == e))
        cs = np.abs(coef[sel]).astype(np.int64)
        sign = sg[sel] * np.sign(x[sel])
        for p in range(1, 16):
            for q in range(p):
                u = (10.0 ** p - 10.0 ** q) / 10.0 ** e
                if 9 * u < (abs(d) - t) * (1 - 1e-9) or u > (abs(d) + t) * (1 + 1e-9):
                    continue  # no digit difference of 1 to 9 makes the gap
                diff = (cs // 10 ** p) % 10 - (cs // 10 ** q) % 10
                hit = np.zeros(len(ks), dtype=bool)
                hit[sel[near(sign * diff * u)]] = True
                mark(("transposed", p, q), hit)
    out: dict[int, frozenset[tuple] | None] = {int(k): None for k in ks[unscreened].tolist()}
    any_kind = np.logical_or.reduce(list(masks.values())) & ~unscreened
    names = list(masks)
    stacked = np.stack([masks[n] for n in names])
    for i in np.flatnonzero(any_kind).tolist():
        out[int(ks[i])] = frozenset(n for n, hit in zip(names, stacked[:, i].tolist()) if hit)
    return out


#: the unit and decimal slips in the order they are worked out: (kind, factor, figure the larger)
_SCALINGS = [(kind, f, larger) for kind, factors in (("unit_slip", _UNIT_FACTORS), ("decimal_slip", _DECIMAL_FACTORS))
             for f in factors for larger in (True, False)]


def likely_causes(parts: list[Part], whole: Whole, gap: Decimal, tolerance: Decimal) -> list[Cause]:
    """The single slips that explain ``gap`` (Σ parts − whole) within ``tolerance``, most
    likely first (at most :data:`LIMIT`, the number of others in the last one's ``more``)."""
    if gap == 0:
        return []
    found = list(_formula_range(parts, whole, gap, tolerance))
    found += _stale(whole, gap, tolerance)
    for p in parts:
        found += _one_figure(p, gap, tolerance)
    if whole.where is not None:  # a typed whole may hold the slip itself; a published one is taken as given
        found += _one_figure(Part(whole.where, whole.value, -1, whole.label), gap, tolerance, whole_cell=True)
    found.sort(key=_rank)
    kept = _unique(found)
    ties = sum(1 for c in kept if _strength(c) == _strength(kept[0])) if kept else 0
    if ties > 1:  # several places explain the gap as well: said, not decided by an order of no meaning
        kept[0] = Cause(kept[0].kind, kept[0].cells, kept[0].row_label, kept[0].value, kept[0].corrected,
                        kept[0].residual, dict(kept[0].params, ties=ties))
    if len(kept) > LIMIT:
        more = len(kept) - LIMIT
        kept = kept[:LIMIT]
        last = kept[-1]
        kept[-1] = Cause(last.kind, last.cells, last.row_label, last.value, last.corrected, last.residual,
                         dict(last.params, more=more))
    return kept


def _rank(c: Cause) -> tuple:
    return (*_strength(c), [(w.sheet, w.row, w.col) for w in c.cells])


def _strength(c: Cause) -> tuple:
    """How well a cause explains its gap: exactly before within rounding, then by kind, then by
    how close; causes of equal strength are equally likely, and listed in the workbook's order."""
    return (c.residual != 0, _PRIOR.index(c.kind), abs(c.residual))


def _unique(causes: Iterable[Cause]) -> list[Cause]:
    """One cause per kind and cell (a row both omitted and counted twice cannot be)."""
    seen: set[tuple] = set()
    out = []
    for c in causes:
        k = (c.kind, c.cells)
        if k not in seen:
            seen.add(k)
            out.append(c)
    return out


def _fits(explained: Decimal, gap: Decimal, tolerance: Decimal) -> Decimal | None:
    """How far ``explained`` is from ``gap``, when within ``tolerance``; else None."""
    r = abs(explained - gap)
    return r if r <= tolerance else None


def _one_figure(p: Part, gap: Decimal, tol: Decimal, whole_cell: bool = False) -> list[Cause]:
    """The slips of one figure (a part, or the whole as a part of sign −1) that explain the gap.
    A figure typed ``v`` whose true value is ``t`` makes the gap ``sign × (v − t)``."""
    out: list[Cause] = []
    v, s = p.value, p.sign
    if v == 0:
        return out
    kinds = p.kinds

    def add(kind: str, true: Decimal, **params: object) -> None:
        r = _fits(s * (v - true), gap, tol)
        if r is not None:
            out.append(Cause(kind, (p.where,), p.label, v, true, r, dict(params, whole_cell=whole_cell)))

    if not whole_cell:
        r = _fits(s * v, gap, tol) if kinds is None or ("omitted",) in kinds else None
        if r is not None:
            out.append(Cause("omitted", (p.where,), p.label, v, None, r, {}))
        r = _fits(-s * v, gap, tol) if kinds is None or ("counted_twice",) in kinds else None
        if r is not None:
            out.append(Cause("counted_twice", (p.where,), p.label, v, None, r, {}))
    if kinds is None:
        swaps = None
    else:  # the places the screen found, as indices from the first digit
        n = len(v.as_tuple().digits)
        swaps = {(n - 1 - k[1], n - 1 - k[2]) for k in kinds if k[0] == "transposed"}
    if swaps is None or swaps:
        for t in transpositions(v, swaps):
            add("transposed", t)
    for kind, f, larger in _SCALINGS:
        if kinds is None or (kind, f, larger) in kinds:
            add(kind, v / f if larger else v * f, factor=f, larger=larger)
    if kinds is None or ("sign",) in kinds:
        add("sign", -v)
    if not whole_cell and (kinds is None or ("swapped",) in kinds):
        for label, where, other in p.others:
            r = _fits(s * (v - other), gap, tol)
            if r is not None and other != v:
                out.append(Cause("swapped", (p.where, where), p.label, v, other, r, {"other_column": label}))
    return out


def transpositions(v: Decimal, only: set[tuple[int, int]] | None = None) -> list[Decimal]:
    """Every value made by swapping two different digits of ``v`` as it is written (1348.26 →
    1438.26, 3148.26, …), keeping its decimals, sign, and no new leading zero; ``only``: just
    the swaps of these digits (indices from the first), in the same order."""
    sign, digits, exp = v.as_tuple()
    if not isinstance(exp, int) or len(digits) < 2:
        return []
    out = []
    ds = list(digits)
    for i in range(len(ds)):
        for j in range(i + 1, len(ds)):
            if only is not None and (i, j) not in only:
                continue
            if ds[i] == ds[j] or (i == 0 and ds[j] == 0 and len(ds) + exp > 1):
                continue
            swapped = ds[:]
            swapped[i], swapped[j] = swapped[j], swapped[i]
            out.append(Decimal((sign, tuple(swapped), exp)))
    return out


def _formula_range(parts: list[Part], whole: Whole, gap: Decimal, tol: Decimal) -> list[Cause]:
    """A 合计 SUM formula whose range misses parts that add up to the gap."""
    if whole.summed_rows is None or whole.where is None:
        return []
    missed = [p for p in parts if p.where.row not in whole.summed_rows]
    if not missed:
        return []
    left_out = sum((p.sign * p.value for p in missed), Decimal(0))
    r = _fits(left_out, gap, tol)
    if r is None:
        return []
    return [Cause("formula_range", (whole.where, *(p.where for p in missed)), whole.label, whole.value,
                  whole.value + left_out, r, {"formula": whole.formula or "", "count": len(missed),
                                              "rows": "、".join(str(p.where.row + 1) for p in missed)})]


def _stale(whole: Whole, gap: Decimal, tol: Decimal) -> list[Cause]:
    """A whole that equals the previous version's parts' sum: it was not updated."""
    if whole.previous_sum is None or whole.where is None or whole.previous_sum == whole.value + gap:
        return []
    if abs(whole.value - whole.previous_sum) > tol:
        return []
    return [Cause("stale", (whole.where,), whole.label, whole.value, whole.value + gap,
                  abs(whole.value - whole.previous_sum), {"previous_sum": whole.previous_sum})]
