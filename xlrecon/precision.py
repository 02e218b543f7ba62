"""Rounding-aware comparison: every reported figure stands for an interval.

A value displayed with d decimals stands for the interval ±0.5·10⁻ᵈ around it; a
count (an integer column) is exact. Sums, products and quotients of such values are
intervals too (interval arithmetic), and two figures are *consistent* when their
intervals overlap. This is the semantics of XBRL Calculations 1.1: a stated total is
inconsistent with its parts only when no choice of unrounded values inside their
intervals could make them agree. A gap inside that bound is rounding residue
(``info``); beyond it, a real discrepancy.

Which interval a table's cell stands for (its number format, its digits, the template's
decimals) is :mod:`xlrecon.read.intervals`; this module is the arithmetic.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

ZERO = Decimal(0)
HALF = Decimal("0.5")

Op = Literal["==", ">=", "<=", ">", "<", "!="]


@dataclass(frozen=True)
class Interval:
    """A figure as reported (``mid``) and the range of true values it can stand for."""

    lo: Decimal
    mid: Decimal
    hi: Decimal

    @classmethod
    def exact(cls, x: Decimal) -> Interval:
        return cls(x, x, x)

    @classmethod
    def around(cls, x: Decimal, half: Decimal) -> Interval:
        return cls(x - half, x, x + half)

    @property
    def is_exact(self) -> bool:
        return self.lo == self.hi

    def __add__(self, o: Interval) -> Interval:
        return Interval(self.lo + o.lo, self.mid + o.mid, self.hi + o.hi)

    def __sub__(self, o: Interval) -> Interval:
        return Interval(self.lo - o.hi, self.mid - o.mid, self.hi - o.lo)

    def __neg__(self) -> Interval:
        return Interval(-self.hi, -self.mid, -self.lo)

    def __mul__(self, o: Interval) -> Interval:
        ends = (self.lo * o.lo, self.lo * o.hi, self.hi * o.lo, self.hi * o.hi)
        return Interval(min(ends), self.mid * o.mid, max(ends))

    def __truediv__(self, o: Interval) -> Interval:
        """Raises ZeroDivisionError when the divisor's interval contains 0 (undefined)."""
        if o.lo <= 0 <= o.hi:
            raise ZeroDivisionError("divisor may be zero")
        return self * Interval(1 / o.hi, 1 / o.mid, 1 / o.lo)

    def scale(self, k: Decimal) -> Interval:
        """Multiply by an exact constant (a unit factor)."""
        a, b = self.lo * k, self.hi * k
        return Interval(min(a, b), self.mid * k, max(a, b))

    def abs(self) -> Interval:
        if self.lo >= 0:
            return self
        if self.hi <= 0:
            return -self
        return Interval(ZERO, abs(self.mid), max(-self.lo, self.hi))


def interval_sum(intervals: Iterable[Interval]) -> Interval:
    """The sum of figures, each standing for its interval."""
    total = Interval.exact(ZERO)
    for iv in intervals:
        total = total + iv
    return total


def half_unit(decimals: int) -> Decimal:
    """0.5·10⁻ᵈ: the half-width of a value shown with ``decimals`` digits."""
    return HALF.scaleb(-decimals)


def round_to(x: Decimal, decimals: int) -> Decimal:
    """Round half away from zero, as Excel does."""
    return x.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Outcome:
    """How ``left op right`` came out."""

    difference: Decimal  # left − right, as reported
    holds: bool  # the relation holds for the reported figures
    consistent: bool  # some values inside the intervals satisfy it: rounding can explain the gap
    tolerance: Decimal  # how far the reported gap could move within the intervals, on its side


def compare(left: Interval, op: Op, right: Interval) -> Outcome:
    d = left - right
    gap = d.mid
    if op == "==":
        holds, consistent = gap == 0, d.lo <= 0 <= d.hi
        tol = (d.hi - gap) if gap < 0 else (gap - d.lo)
    elif op == "!=":
        holds, consistent = gap != 0, not (d.lo == d.hi == 0)
        tol = ZERO
    elif op in (">=", ">"):
        holds = gap >= 0 if op == ">=" else gap > 0
        consistent = d.hi >= 0 if op == ">=" else d.hi > 0
        tol = d.hi - gap
    else:  # "<=", "<"
        holds = gap <= 0 if op == "<=" else gap < 0
        consistent = d.lo <= 0 if op == "<=" else d.lo < 0
        tol = gap - d.lo
    return Outcome(difference=gap, holds=holds, consistent=consistent or holds, tolerance=tol)
