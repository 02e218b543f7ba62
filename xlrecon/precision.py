"""Rounding-aware comparison: every reported figure stands for an interval.

A value displayed with d decimals stands for the interval ±0.5·10⁻ᵈ around it; a
count (an integer column) is exact. Sums, products and quotients of such values are
intervals too (interval arithmetic), and two figures are *consistent* when their
intervals overlap. This is the semantics of XBRL Calculations 1.1: a stated total is
inconsistent with its parts only when no choice of unrounded values inside their
intervals could make them agree. A gap inside that bound is rounding residue
(``info``); beyond it, a real discrepancy.

Precision comes from the cell's number format (``0.00`` -> 2 decimals), else from the
digits stored in the cell, but never coarser than the template's ``decimals`` for the
column; text is taken exactly as typed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from xlrecon.read.table import Cell, Numbers, Table

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


def cell_decimals(table: Table, column: str, cell: Cell) -> int | None:
    """Decimals a numeric cell of ``column`` stands for, in the scale of the cell as written
    (before any unit conversion). None for an exact value (an integer column)."""
    spec = table.template.column(column)
    if spec.type == "integer":
        return None
    v = cell.value
    if v.from_text:
        return v.decimals or 0
    shown = table.formats.decimals(cell.where.row, cell.where.col) if table.formats is not None else None
    if shown is not None:
        return shown
    typed = v.decimals or 0
    if spec.decimals is not None:
        tmpl = spec.decimals + (2 if spec.type == "percent" else 0)
        return max(typed, tmpl)
    return typed


def column_decimals(table: Table, column: str) -> list[int | None]:
    """:func:`cell_decimals` of every data row's cell of a numeric ``column`` (None where
    the cell holds no number), reading the number formats column by column."""
    spec = table.template.column(column)
    if spec.type == "integer":
        return [None] * table.n
    nums = table.numbers(column)
    tmpl = None if spec.decimals is None else spec.decimals + (2 if spec.type == "percent" else 0)
    blank, odd = nums.blank.tolist(), nums.odd
    rows = table.cell_rows(column)
    shown = table.formats.column(table.columns[column].col, [r for b, r in zip(blank, rows) if not b]) \
        if table.formats is not None else {}
    # a plain float shows its cell's format's decimals; else the digits stored (at least the template's)
    out: list[int | None] = [None if b else shown.get(r) for b, r in zip(blank, rows)] if shown else [None] * table.n
    unformatted = [k for k, d in enumerate(out) if d is None and not blank[k] and k not in odd]
    if unformatted:
        dec = nums.dec
        for k in unformatted:
            d = int(dec[k]) if dec[k] >= 0 else nums.typed_decimals(k)
            out[k] = d if tmpl is None else max(d, tmpl)
    for k, v in odd.items():
        if v.kind == "number":
            from xlrecon.read.table import Cell

            out[k] = cell_decimals(table, column, Cell(table.cell_ref(column, k), v))
        else:
            out[k] = None
    return out


def column_sum(table: Table, column: str) -> tuple[Decimal, Interval, int]:
    """The numbers of a numeric ``column``'s data rows added up, in row order: their exact sum,
    the :func:`interval_sum` of their :func:`cell_interval`, and how many there are."""
    nums = table.numbers(column)
    decimals = column_decimals(table, column)
    fast = _scaled_column_sum(nums, decimals)
    if fast is not None:
        return fast
    from xlrecon.read.table import Cell

    cells = [Cell(table.cell_ref(column, k), table.value(column, k)) for k, x in enumerate(nums.exacts) if x is not None]
    return (sum((c.value.value for c in cells), ZERO), interval_sum(cell_interval(table, column, c) for c in cells),
            len(cells))


def column_total(table: Table, column: str) -> tuple[Decimal, int]:
    """The exact sum of a numeric ``column``'s numbers and how many there are: the first and
    last of :func:`column_sum`, without the displayed decimals its interval needs."""
    return table.numbers(column).numbers_sum()


def _scaled_column_sum(nums: Numbers, decimals: list[int | None]) -> tuple[Decimal, Interval, int] | None:
    """:func:`column_sum` in integers, for a column of short plain floats that all have decimals:
    the same Decimals (digits and exponents), since no step of the Decimal sums rounds. None
    for any other column."""
    from xlrecon.read.table import DECIMAL_EXACT, scaled_ints

    if nums.odd:
        return None
    plain = ~nums.blank
    coef, dec = nums.coef[plain], nums.dec[plain]
    shown = [d for d, p in zip(decimals, plain.tolist()) if p]
    if (dec < 0).any() or None in shown:
        return None
    if not shown:
        return ZERO, Interval(ZERO, ZERO, ZERO), 0
    # each number x - h and x + h, h = 5 * 10**-(d + 1), at the finest scale of all of them
    finest = int(dec.max())
    top = max(finest, max(shown) + 1)
    x_sum, x_abs = scaled_ints(coef, dec, top)
    h_sum = sum(k * 5 * 10 ** (top - d - 1) for d, k in Counter(shown).items())
    if x_abs + h_sum >= DECIMAL_EXACT:
        return None
    # the sum itself has the exponent of its finest number, as the Decimal sum would
    total = Decimal(x_sum // 10 ** (top - finest)).scaleb(-finest)
    return total, Interval(Decimal(x_sum - h_sum).scaleb(-top), total, Decimal(x_sum + h_sum).scaleb(-top)), len(coef)


def cell_interval(table: Table, column: str, cell: Cell) -> Interval:
    """The interval a numeric cell's value stands for, in the column's unit."""
    v = cell.value
    d = cell_decimals(table, column, cell)
    if d is None:
        return Interval.exact(v.value)
    return Interval.around(v.value, half_unit(d) * abs(v.factor))


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
