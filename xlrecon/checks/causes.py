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


def table_parts(table: Table, column: str, rows: Iterable[int] | None = None, signs: list[int] | None = None
                ) -> list[Part] | None:
    """The figures of ``column`` at the table's rows ``rows`` (all its data rows by default),
    with their signs and the same rows' figures in the table's other columns of that unit;
    None when one of them is not a number (an unreadable figure explains nothing)."""
    ks = list(range(table.n) if rows is None else rows)
    if not _all_numbers(table, column, ks):
        return None
    return _parts(table, column, ks, signs, _others(table, column), None)


def screened_parts(table: Table, column: str, rows: Iterable[int] | None, signs: list[int] | None,
                   gap: Decimal, tol: Decimal, left_out: frozenset[int] = frozenset()
                   ) -> tuple[list[Part], int] | None:
    """What :func:`likely_causes` needs of :func:`table_parts` to explain ``gap`` within
    ``tol``: only the figures that may explain it by a slip of their own and that can rank
    among the causes listed or tie with the first (:func:`explaining_rows`), and those on the
    sheet rows ``left_out`` (the rows a 合计 formula leaves out, which explain it together);
    with the number of further causes that certainly explain it, counted but not worked out
    (``unlisted``). None when a figure is not a number."""
    ks = list(range(table.n) if rows is None else rows)
    if not _all_numbers(table, column, ks):
        return None
    others = _others(table, column)
    picked, unlisted = explaining_rows(table, column, others, ks, signs, gap, tol)
    sheet_rows = table.cell_rows(column)
    ks = [k for k in ks if k in picked or sheet_rows[k] in left_out]
    return _parts(table, column, ks, signs, others, picked), unlisted


def _all_numbers(table: Table, column: str, ks: list[int]) -> bool:
    nums = table.numbers(column)
    return not (ks and (~nums.blank[ks] & np.isnan(nums.floats[ks])).any())


def _others(table: Table, column: str) -> list[tuple[str, str]]:
    """The table's other numeric columns in ``column``'s unit (a figure may be swapped with one)."""
    unit = table.unit_of(column)
    return [(c, table.template.column(c).label) for c in table.columns
            if c != column and table.template.column(c).numeric and table.unit_of(c) == unit]


def _parts(table: Table, column: str, ks: list[int], signs: list[int] | None, others: list[tuple[str, str]],
           picked: dict[int, frozenset[tuple] | None] | None) -> list[Part]:
    nums = table.numbers(column)
    labels = table.labels_and_keys()[0]
    out = []
    for k in ks:
        if nums.blank[k]:
            continue
        kinds = picked.get(k, frozenset()) if picked is not None else None
        alt = []
        if kinds is None or ("swapped",) in kinds:
            for c, label in others:
                o = table.value(c, k)
                if o.kind == "number":
                    alt.append((label, table.cell_ref(c, k), o.value))
        out.append(Part(table.cell_ref(column, k), table.value(column, k).value, signs[k] if signs else 1,
                        labels[k], tuple(alt), kinds))
    return out


class _Fits:
    """The screen's account of each row's slips, kept per cause as :func:`_unique` keeps them
    (a kind at a cell, a swap with each other column apart): whether a slip of that cause may
    explain the gap (``near``), certainly does (``sure``), and bounds of its residual in floats
    (``lo`` the least over the slips that may, ``hi`` the least over those that certainly do)."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.causes: dict[tuple, list[np.ndarray]] = {}  # cause -> [near, sure, lo, hi]
        self.kinds: dict[tuple, list[tuple[tuple, np.ndarray]]] = {}  # cause -> [(kind, near)]

    def add(self, cause: tuple, kind: tuple, near: np.ndarray, sure: np.ndarray, r: np.ndarray, m: np.ndarray,
            at: np.ndarray | None = None) -> None:
        """One slip ``kind`` of ``cause``: its masks and residual ``r`` ± ``m``, over all rows
        or (``at``) over those rows only."""
        if at is not None:
            full = [np.zeros(self.n, dtype=bool), np.zeros(self.n, dtype=bool), np.full(self.n, np.inf),
                    np.full(self.n, np.inf)]
            full[0][at], full[1][at] = near, sure
            full[2][at] = np.where(near, r - m, np.inf)
            full[3][at] = np.where(sure, r + m, np.inf)
            near, sure, lo, hi = full
        else:
            lo, hi = np.where(near, r - m, np.inf), np.where(sure, r + m, np.inf)
        got = self.causes.get(cause)
        if got is None:
            self.causes[cause] = [near, sure, lo, hi]
        else:
            got[0], got[1] = got[0] | near, got[1] | sure
            got[2], got[3] = np.minimum(got[2], lo), np.minimum(got[3], hi)
        self.kinds.setdefault(cause, []).append((kind, near))


def explaining_rows(table: Table, column: str, others: list[tuple[str, str]], rows: list[int],
                    signs: list[int] | None, gap: Decimal, tol: Decimal
                    ) -> tuple[dict[int, frozenset[tuple] | None], int]:
    """Of ``rows``, those whose figure of ``column`` may explain ``gap`` within ``tol`` by one
    of :func:`_one_figure`'s slips and may be listed, each with the kinds of slip to work out;
    and the number of the causes left out that certainly explain the gap (``unlisted``).

    A screen of the whole column at once, in floats, with a margin (a billionth of the
    figures' size) wider than their rounding error: a slip within the tolerance plus the
    margin may explain the gap, one within the tolerance less the margin certainly does. Of
    the causes that may, kept are those whose residual may be as small as that of the
    :data:`LIMIT`-th that certainly do (they may be listed, or tie with the first), and every
    one that may explain it but is not certain to (it is worked out exactly, to be counted
    right); the others are certain, and only counted. A figure the screen cannot read (typed
    as text, converted, of more than 15 digits) is kept with every kind (None). So only a few
    rows of a 200,000-row table are worked out exactly, and the list, its ties and its count
    are those of working out every row."""
    ks = np.asarray(rows, dtype=np.int64)
    if not ks.size:
        return {}, 0
    nums = table.numbers(column)
    x = nums.floats[ks]
    sg = np.asarray(signs, dtype=float)[ks] if signs else np.ones(len(ks))
    d, t = float(gap), float(tol)
    coef, dec = nums.coef[ks], nums.dec[ks]
    # no coefficient: a float of more than 15 digits, or a cell that is not a plain float (typed
    # as text, converted: Numbers holds no raw float for it, so no coefficient either)
    unscreened = dec < 0
    # a zero explains nothing, a blank is no figure (its float is NaN: no slip fits it)
    screened = ~unscreened & (x != 0)
    fits = _Fits(len(ks))

    def mark(cause: tuple, kind: tuple, y: np.ndarray, at: np.ndarray | None = None) -> None:
        with np.errstate(invalid="ignore"):
            r = np.abs(y - d)
            m = 1e-9 * (np.abs(y) + abs(d) + t)
            fits.add(cause, kind, r <= t + m, r <= t - m, r, m, at)

    sx = sg * x
    # omitted, counted twice, the sign, a unit or a decimal point: the gap is c × (sign × figure)
    mark(("omitted",), ("omitted",), sx)
    mark(("counted_twice",), ("counted_twice",), -sx)
    mark(("sign",), ("sign",), 2.0 * sx)
    for kind, factors in (("unit_slip", _UNIT_FACTORS), ("decimal_slip", _DECIMAL_FACTORS)):
        for f in factors:
            mark((kind,), (kind, f, True), (1 - 1 / float(f)) * sx)
            mark((kind,), (kind, f, False), (1 - float(f)) * sx)
    for c, _ in others:  # a swap with the row's figure in another column (not one equal to it)
        o = table.numbers(c).floats[ks]
        mark(("swapped", c), ("swapped",), np.where(o == x, np.nan, sg * (x - o)))
    # two digits swapped: figure = ±C × 10^-e with C's digits as written; digits p > q swapped
    # change it by (digit_p − digit_q)(10^p − 10^q) × 10^-e
    for e in np.unique(dec[screened]).tolist():
        sel = np.flatnonzero(screened & (dec == e))
        cs = np.abs(coef[sel]).astype(np.int64)
        sign = sg[sel] * np.sign(x[sel])
        n = sum((cs >= 10 ** k).astype(np.int64) for k in range(16))  # digits as written
        for p in range(1, 16):
            for q in range(p):
                u = (10.0 ** p - 10.0 ** q) / 10.0 ** e
                if 9 * u < (abs(d) - t) * (1 - 1e-9) or u > (abs(d) + t) * (1 + 1e-9):
                    continue  # no digit difference of 1 to 9 makes the gap
                dq = (cs // 10 ** q) % 10
                diff = (cs // 10 ** p) % 10 - dq
                # as transpositions() makes them: two different digits of the figure, and no new
                # leading zero of a figure of more than one digit before its point
                made = (p < n) & (diff != 0) & ~((p == n - 1) & (dq == 0) & (n - e > 1))
                mark(("transposed",), ("transposed", p, q), np.where(made, sign * diff * u, np.nan), sel)
    keep, unlisted = _listable(fits, screened)
    out: dict[int, frozenset[tuple] | None] = {int(k): None for k in ks[unscreened].tolist()}
    for i in np.flatnonzero(np.logical_or.reduce(list(keep.values())) & screened).tolist():
        out[int(ks[i])] = frozenset(kind for cause, hit in keep.items() if hit[i]
                                    for kind, near in fits.kinds[cause] if near[i])
    return out, unlisted


def _listable(fits: _Fits, screened: np.ndarray) -> tuple[dict[tuple, np.ndarray], int]:
    """Which of each cause's rows to work out exactly, and how many certain causes are not.

    A cause's rank is (residual ≠ 0, its kind's place in :data:`_PRIOR`, residual). Its rank is
    at most (1, place, ``hi``) when it certainly explains the gap, and at least (0 or 1, place,
    ``lo``). Whatever ranks no lower than the :data:`LIMIT`-th certain cause may be listed, or
    tie with the first; it is worked out with every cause that may fit and is not certain to."""
    causes = {c: v for c, v in fits.causes.items() if (v[0] & screened).any()}
    if not causes:
        return {}, 0
    names = list(causes)
    near = np.stack([causes[c][0] for c in names]) & screened
    sure = np.stack([causes[c][1] for c in names]) & near
    lo = np.stack([causes[c][2] for c in names])
    hi = np.stack([causes[c][3] for c in names])
    place = np.array([_PRIOR.index(c[0]) for c in names], dtype=float)[:, None] * np.ones_like(lo)
    if sure.sum() >= LIMIT:
        # the LIMIT-th least upper bound of a certain cause's rank: (1, place, hi)
        order = np.lexsort((hi[sure], place[sure]))
        kth = order[LIMIT - 1]
        k_place, k_hi = place[sure][kth], hi[sure][kth]
        lo_nz = lo > 0
        # a rank (nz, place, lo) no greater than (1, k_place, k_hi)
        below = (~lo_nz) | (place < k_place) | ((place == k_place) & (lo <= k_hi))
        keep = near & (below | ~sure)
    else:
        keep = near
    # a row's swaps with the other columns are worked out together: all of them are kept
    swaps = [i for i, c in enumerate(names) if c[0] == "swapped"]
    if swaps:
        any_swap = keep[swaps].any(axis=0)
        for i in swaps:
            keep[i] = near[i] & any_swap
    unlisted = int((sure & ~keep).sum())
    return {c: keep[i] for i, c in enumerate(names)}, unlisted


#: the unit and decimal slips in the order they are worked out: (kind, factor, figure the larger)
_SCALINGS = [(kind, f, larger) for kind, factors in (("unit_slip", _UNIT_FACTORS), ("decimal_slip", _DECIMAL_FACTORS))
             for f in factors for larger in (True, False)]


def likely_causes(parts: list[Part], whole: Whole, gap: Decimal, tolerance: Decimal, unlisted: int = 0
                  ) -> list[Cause]:
    """The single slips that explain ``gap`` (Σ parts − whole) within ``tolerance``, most
    likely first (at most :data:`LIMIT`, the number of others in the last one's ``more``);
    ``unlisted``: how many more explain it among figures left out of ``parts`` because they
    cannot be listed (:func:`screened_parts`)."""
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
    if len(kept) + unlisted > LIMIT:
        more = len(kept) + unlisted - LIMIT
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
