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

from typing import Any

import xlwings as xw

from xlrecon import cellfuncs


@xw.func
@xw.arg("values", ndim=1)
@xw.ret(expand="right")
def xlrecon_sumcheck(values: list[Any], total: Any, decimals: int | None = None) -> list[list[Any]]:
    """Do the parts add up to the total? [imbalance, what rounding can explain, explained]."""
    return cellfuncs.sumcheck(values, total, decimals)


@xw.func
@xw.arg("values", ndim=1)
@xw.ret(transpose=True)
def xlrecon_fixup(values: list[Any], total: Any, decimals: int | None = None) -> list[Any]:
    """The parts moved by a rounding step each at most so that they add up to the total."""
    return cellfuncs.fixup(values, total, decimals)


@xw.func
def xlrecon_convert(amount: Any, from_unit: str, to_unit: str) -> float:
    """An amount in another unit of the same kind (亿元 -> 万元 multiplies by 10,000)."""
    return cellfuncs.convert(amount, from_unit, to_unit)
