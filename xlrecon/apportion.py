"""Rounding fix-ups: the smallest set of one-step edits that makes rounded parts add up
exactly to their stated whole.

The residue (whole − Σ parts) is shared out in proportion to the parts by the largest
remainder method (Hamilton's method): each part's share, in rounding steps, is split
into its whole steps and a remainder, and the steps still missing go to the largest
remainders. When the residue is rounding — fewer steps than parts, as a
rounding-explainable gap always is — every share is below one step, so each edit is a
single step, given to the parts that carry most of the total. Ties go to the larger
part, then to the earlier row, so the suggestion is the same on every run.
"""

from __future__ import annotations

from decimal import ROUND_FLOOR, Decimal

from xlrecon.findings import Change
from xlrecon.read.intervals import cell_decimals
from xlrecon.read.table import Cell, Table


def largest_remainder(values: list[Decimal], residue_steps: int) -> list[int]:
    """Steps to add to each value so that their sum grows by ``residue_steps`` (may be
    negative), shared out in proportion to the values' sizes by the largest remainder.

    >>> largest_remainder([Decimal("3.90"), Decimal("9.55"), Decimal("5.18")], 1)
    [0, 1, 0]
    >>> largest_remainder([Decimal(1), Decimal(1)], -1)
    [-1, 0]
    """
    n = len(values)
    if n == 0 or residue_steps == 0:
        return [0] * n
    weights = [abs(v) for v in values]
    total = sum(weights)
    if total == 0:
        weights, total = [Decimal(1)] * n, Decimal(n)
    sign = 1 if residue_steps > 0 else -1
    k = abs(residue_steps)
    shares = [Decimal(k) * w / total for w in weights]
    base = [int(s.to_integral_value(rounding=ROUND_FLOOR)) for s in shares]
    if k <= n:
        # a rounding residue: one step each at most (a figure moved by two steps would no
        # longer be a rounding of its own value), to the largest shares
        base = [0] * n
    left = k - sum(base)
    order = sorted(range(n), key=lambda i: (-(shares[i] - base[i]), -weights[i], i))
    for i in order[:left]:
        base[i] += 1
    return [sign * b for b in base]


def fixup(table: Table, column: str, parts: list[tuple[Cell, str | None]], residue: Decimal,
          whole_decimals: int | None) -> list[Change] | None:
    """The edits that remove ``residue`` (whole − Σ parts, in the column's unit) from
    ``parts`` (cells with their row labels), or None when no clean fix-up exists: the
    parts are not all shown with the whole's decimals, or the residue is not a whole
    number of steps."""
    if whole_decimals is None or residue == 0 or not parts:
        return None
    for cell, _ in parts:
        if cell.value.factor != 1 or cell_decimals(table, column, cell) != whole_decimals:
            return None
    step = Decimal(1).scaleb(-whole_decimals)
    steps = residue / step
    if steps != steps.to_integral_value() or abs(steps) > len(parts):
        return None
    values = [c.value.value for c, _ in parts]
    moves = largest_remainder(values, int(steps))
    return [
        Change(cell.where, label, cell.value.value, (cell.value.value + m * step).quantize(step))
        for (cell, label), m in zip(parts, moves) if m
    ]
