"""The terms a rule expression is evaluated in, shared by its two evaluations.

The exact evaluation (:mod:`xlrecon.templates.expr`, Decimal intervals, row by row) and the
screen (:mod:`xlrecon.templates.screen`, floats, every row at once) read the same things:
quantities with their units, the comparison operators, and a table's rows as columns.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol

from xlrecon import units
from xlrecon.precision import Interval, Op

if TYPE_CHECKING:
    import numpy as np

#: the comparisons a rule may make, by their ast node
COMPARISONS: dict[type, Op] = {ast.Eq: "==", ast.NotEq: "!=", ast.GtE: ">=", ast.Gt: ">", ast.LtE: "<=", ast.Lt: "<"}


@dataclass(frozen=True)
class Q:
    """A quantity: an interval in base units, and whether it is money (else a pure number)."""

    iv: Interval
    money: bool


class Columns(Protocol):
    """A table's rows as columns, for screening them all at once."""

    n: int  # how many rows

    def value(self, column: str) -> np.ndarray: ...  # texts (object, None when blank) or numbers
    # in base units (float, NaN where the exact path raises NotEvaluated)
    def blank(self, column: str) -> np.ndarray: ...  # bool
    def prev(self, column: str) -> np.ndarray: ...  # float, NaN when there is no previous value
    # optional: ``screened``, a dict in which the screens of the rules sharing these rows keep
    # what each subexpression came to (a condition such as ``canteen != '无食堂'`` recurs)


def quantity(num: str, unit: str) -> Q:
    """A number written with a unit in a rule (``300元``, ``10%``), in base units."""
    u = units.canonical(unit)
    dim, factor = units.UNITS[u]
    value = Decimal(num) * factor  # money in 元; % and ‰ as fractions
    return Q(Interval.exact(value), dim == "money")
