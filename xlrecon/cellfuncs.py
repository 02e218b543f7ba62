"""xlrecon's rounding and unit rules as worksheet functions compute them, for the front ends
that offer them in a cell: the Excel layer (``=xlrecon_sumcheck(...)`` through xlwings,
:mod:`xlrecon.excel.funcs`) and the WPS add-in's custom functions (through ``POST
/api/functions/{name}`` of ``xlrecon serve``). One computation, whichever program asks:

- :func:`sumcheck` -- do the parts add up to the total? [imbalance (parts minus total), the most
  rounding can explain, whether rounding explains it], each figure standing for what its shown
  digits can round from (399.94 against 400.00 over 123 county figures of 2 decimals: -0.06,
  ±0.62, True), as in the 合计 check; ``decimals`` sets the fewest digits a figure stands for;
- :func:`fixup` -- the parts, each moved by at most one rounding step so that they add up to the
  total exactly (the largest remainder method, as ``xlrecon fix-rounding``), or ValueError when
  rounding cannot explain the gap;
- :func:`convert` -- an amount in another unit (400 亿元 in 万元: 4000000).

Blank values are left out; a value that is not a number is a ValueError with the reason.
"""


from __future__ import annotations

from decimal import Decimal
from typing import Any

from xlrecon import units
from xlrecon.apportion import largest_remainder
from xlrecon.precision import Interval, Outcome, compare, half_unit, interval_sum
from xlrecon.read.values import Value, parse_number


class FunctionError(ValueError):
    """Arguments a function cannot take: ``what`` names the reason (a key of
    :data:`xlrecon.messages.WEB`, ``fn.<what>``), ``params`` its parameters; the text (English,
    as the Excel layer shows it in the cell) is the exception's."""

    def __init__(self, what: str, text: str, **params: Any) -> None:
        super().__init__(text)
        self.what, self.params = what, params


def _figures(values: list[Any], decimals: int | None) -> tuple[list[Value], list[int]]:
    """The numbers among ``values`` (blanks left out) and the decimals each stands for."""
    out, dec = [], []
    for v in values:
        p = parse_number(v)
        if p.kind == "blank":
            continue
        if p.kind != "number":
            raise FunctionError("not_a_number", f"not a number: {v!r}", value=str(v))
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
        raise FunctionError("blank_total", "the total is blank")
    o = compare(interval_sum(_interval(p, k) for p, k in zip(parts, dec)), "==", _interval(whole[0], wd[0]))
    return parts, dec, whole[0], wd[0], o


def sumcheck(values: list[Any], total: Any, decimals: int | None = None) -> list[list[Any]]:
    """Do the parts add up to the total? [imbalance, what rounding can explain, explained]."""
    o = _balance(values, total, decimals)[-1]
    return [[float(o.difference), float(o.tolerance), bool(o.consistent)]]


def fixup(values: list[Any], total: Any, decimals: int | None = None) -> list[Any]:
    """The parts moved by a rounding step each at most so that they add up to the total."""
    parts, dec, whole, wd, o = _balance(values, total, decimals)
    if not o.consistent:
        raise FunctionError("gap", f"rounding cannot explain a gap of {-o.difference} (at most ±{o.tolerance})",
                            gap=str(-o.difference), tolerance=str(o.tolerance))
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


def convert(amount: Any, from_unit: str, to_unit: str) -> float:
    """An amount in another unit of the same kind (亿元 -> 万元 multiplies by 10,000)."""
    p = parse_number(amount)
    if p.kind != "number":
        raise FunctionError("not_a_number", f"not a number: {amount!r}", value=str(amount))
    return float(units.convert(p.value, from_unit, to_unit))


def _int(decimals: Any) -> int | None:
    """Excel gives a whole number as a float (2.0)."""
    if decimals is None or decimals == "":
        return None
    d = float(decimals)
    if not d.is_integer() or not 0 <= d <= 15:
        raise FunctionError("decimals", f"decimals must be a whole number from 0 to 15, not {decimals!r}",
                            value=str(decimals))
    return int(d)
