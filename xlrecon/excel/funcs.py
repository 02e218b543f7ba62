"""Worksheet functions (``@xw.func``) for auditors: xlrecon's rounding and unit rules in a cell.

Import them with the xlwings add-in (``UDF Modules: xlrecon.excel.funcs`` on the
``xlwings.conf`` sheet, then *Import Functions*):

- ``=xlrecon_sumcheck(B2:B124, B125)`` -- do the parts add up to the total? One row of three
  cells: the imbalance (parts minus total), the most rounding can explain, and TRUE when
  rounding explains the imbalance (an exact match included). Each figure stands for what its
  shown digits can round from (399.94 against 400.00 over 123 county figures of 2 decimals:
  -0.06, ±0.62, TRUE), as in the 合计 check; ``decimals`` sets the fewest digits a figure
  stands for (a column shown with 2 decimals whose cells hold 3.1).
- ``=xlrecon_fixup(B2:B124, B125)`` -- the same parts, each moved by at most one rounding
  step so that they add up to the total exactly (the largest remainder method, as
  ``xlrecon fix-rounding``), or an error when rounding cannot explain the gap.
- ``=xlrecon_convert(400, "亿元", "万元")`` -- an amount in another unit (4000000).

Blank cells are left out; a cell that is not a number makes the result ``#VALUE!`` with
the reason. The functions are plain Python functions too (the tests call them so).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import xlwings as xw

from xlrecon import units
from xlrecon.apportion import largest_remainder
from xlrecon.precision import Interval, Outcome, compare, half_unit, interval_sum
from xlrecon.read.values import Value, parse_number


def _figures(values: list[Any], decimals: int | None) -> tuple[list[Value], list[int]]:
    """The numbers among ``values`` (blanks left out) and the decimals each stands for."""
    out, dec = [], []
    for v in values:
        p = parse_number(v)
        if p.kind == "blank":
            continue
        if p.kind != "number":
            raise ValueError(f"not a number: {v!r}")
        out.append(p)
        dec.append(max(p.decimals or 0, decimals if decimals is not None else 0))
    return out, dec


def _interval(p: Value, d: int) -> Interval:
    return Interval.around(p.value, half_unit(d))


def _balance(values: list[Any], total: Any, decimals: Any) -> tuple[list[Value], list[int], Value, int, Outcome]:
    """The parts and the total with the decimals each stands for, and how the parts' sum
    compares with the total (as the 合计 check compares them)."""
    d = _int(decimals)
    parts, dec = _figures(values, d)
    whole, wd = _figures([total], d)
    if not whole:
        raise ValueError("the total is blank")
    o = compare(interval_sum(_interval(p, k) for p, k in zip(parts, dec)), "==", _interval(whole[0], wd[0]))
    return parts, dec, whole[0], wd[0], o


@xw.func
@xw.arg("values", ndim=1)
@xw.ret(expand="right")
def xlrecon_sumcheck(values: list[Any], total: Any, decimals: int | None = None) -> list[list[Any]]:
    """Do the parts add up to the total? [imbalance, what rounding can explain, explained]."""
    o = _balance(values, total, decimals)[-1]
    return [[float(o.difference), float(o.tolerance), bool(o.consistent)]]


@xw.func
@xw.arg("values", ndim=1)
@xw.ret(transpose=True)
def xlrecon_fixup(values: list[Any], total: Any, decimals: int | None = None) -> list[Any]:
    """The parts moved by a rounding step each at most so that they add up to the total."""
    parts, dec, whole, wd, o = _balance(values, total, decimals)
    if not o.consistent:
        raise ValueError(f"rounding cannot explain a gap of {-o.difference} (at most ±{o.tolerance})")
    d = max([*dec, wd])
    step = Decimal(1).scaleb(-d)
    residue = whole.value - sum((p.value for p in parts), Decimal(0))
    steps = largest_remainder([p.value for p in parts], int(residue / step))
    out, k = [], 0
    for v in values:  # blanks stay blank, in their places
        if parse_number(v).kind == "blank":
            out.append(None)
            continue
        out.append(float(parts[k].value + steps[k] * step))
        k += 1
    return out


@xw.func
def xlrecon_convert(amount: Any, from_unit: str, to_unit: str) -> float:
    """An amount in another unit of the same kind (亿元 -> 万元 multiplies by 10,000)."""
    p = parse_number(amount)
    if p.kind != "number":
        raise ValueError(f"not a number: {amount!r}")
    return float(units.convert(p.value, from_unit, to_unit))


def _int(decimals: Any) -> int | None:
    """Excel gives a whole number as a float (2.0)."""
    if decimals is None or decimals == "":
        return None
    d = float(decimals)
    if not d.is_integer() or not 0 <= d <= 15:
        raise ValueError(f"decimals must be a whole number from 0 to 15, not {decimals!r}")
    return int(d)
