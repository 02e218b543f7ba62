"""Screening: a rule expression over all rows at once, on floats.

The exact evaluation (:mod:`xlrecon.templates.expr`) runs on Decimal intervals, row by row.
Most rows pass with room to spare, and floats can tell so. ``_screen`` evaluates the nominal
values (the intervals' ``mid``, which alone decide whether a comparison holds) of every row at
once, each with a bound on its distance from the Decimal result, and a comparison is decided
only where the gap is larger than that bound. What it decides, the exact path finds too: a
truth where the exact path gives that truth, "raises" where it surely raises NotEvaluated (a
blank). Everything else (a gap within the bound, a condition on a quotient) is left undecided.

numpy is imported here only: a batch's parent process, which reads the templates but checks
no rows, never loads it.
"""

from __future__ import annotations

import ast
from decimal import Decimal
from typing import Any, NamedTuple

import numpy as np

from xlrecon.templates.terms import COMPARISONS, Columns, quantity


def condition(tree: ast.expr, cols: Columns) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A condition's rows where the exact evaluation surely finds it holds, fails, raises."""
    try:
        with np.errstate(all="ignore"):
            out = _screen(tree, cols, False)
    except _Unscreenable:
        out = _Truth(False, False, False)
    return tuple(_rows(m, cols.n) for m in out)  # type: ignore[return-value]


def amount(tree: ast.expr, cols: Columns) -> tuple[np.ndarray, np.ndarray]:
    """An amount's nominal values and bounds on their error, NaN where they cannot be had."""
    try:
        with np.errstate(all="ignore"):
            out = _screen(tree, cols, True)
    except _Unscreenable:
        out = _Num(np.nan, np.nan, False)
    return _rows(out.x, cols.n), _rows(out.err, cols.n)


#: relative error allowed per operation: several float roundings, and Decimal's at 28 digits
_U = 2.0 ** -50
#: absolute error floor, for values below float's normal range
_TINY = 1e-300


class _Unscreenable(Exception):
    """An expression the screen leaves entirely to the exact path."""


class _Num(NamedTuple):
    """An amount: nominal values, bounds on their error (NaN: unknown), and the rows where
    the exact path raises NotEvaluated."""

    x: Any
    err: Any
    raises: Any


class _Truth(NamedTuple):
    """A condition: the rows where it surely holds, surely fails, surely raises NotEvaluated."""

    holds: Any
    fails: Any
    raises: Any


def _none(cols: Columns) -> np.ndarray:
    return np.zeros(cols.n, dtype=bool)


def _rows(a: Any, n: int) -> np.ndarray:
    """``a`` (a value for every row, or one for all) as a read-only array of the ``n`` rows."""
    if isinstance(a, np.ndarray) and a.shape == (n,):
        a = a.view()  # np.broadcast_to's result, without its cost
        a.flags.writeable = False
        return a
    return np.broadcast_to(a, (n,))


def _leaf(cols: Columns, x: Any) -> _Num:
    """Numbers as RowEnv gives them (NaN: not a number, where it raises NotEvaluated)."""
    nan = np.isnan(x)
    return _Num(x, _U * np.abs(x) + _TINY, nan if np.ndim(nan) == 1 and len(nan) == cols.n else
                np.broadcast_to(nan, (cols.n,)))


def _constant(node: ast.expr) -> float:
    """A number or quantity written in a rule (10%, 300元) as the float the screens use, once per node."""
    x = getattr(node, "_screen_constant", None)
    if x is None:
        if isinstance(node, ast.Constant):
            x = float(Decimal(str(node.value)))
        else:
            x = float(quantity(node.args[0].value, node.args[1].value).iv.mid)  # type: ignore[attr-defined]
        node._screen_constant = x  # type: ignore[attr-defined]
    return x


def _exactly(cols: Columns, t: Any) -> _Truth:
    """A truth computed exactly for every row (texts, ``blank``)."""
    t = np.broadcast_to(np.asarray(t, dtype=bool), (cols.n,))
    return _Truth(t, ~t, _none(cols))


_RELATIONS = {">=": np.greater_equal, ">": np.greater, "<=": np.less_equal, "<": np.less, "==": np.equal,
              "!=": np.not_equal}


def _cells_compared(node: ast.Compare, o: str, cols: Columns, t: _Truth) -> _Truth:
    """Two columns compared as they stand (``reserve >= last_reserve``): where both cells are
    floats read as is, the comparison of their floats is the exact one (at most 15 significant
    digits: distinct Decimals are distinct floats, in the same order), equal values included,
    which the error bounds above can never decide."""
    a, b = node.left, node.comparators[0]
    plain = getattr(cols, "plain", None)
    if plain is None or not (isinstance(a, ast.Name) and isinstance(b, ast.Name)):
        return t
    pa, pb = plain(a.id), plain(b.id)
    if pa is None or pb is None or pa[1] != pb[1]:
        return t  # not two numeric columns in one unit
    known = ~(np.isnan(pa[0]) | np.isnan(pb[0]))
    rel = _RELATIONS[o](pa[0], pb[0])
    return _Truth(t.holds | (known & rel), t.fails | (known & ~rel), t.raises)


def _texts_and_text(a: Any, b: Any, n: int) -> bool:
    """A text column's values (an object array of texts and None) and a text constant."""
    return isinstance(a, np.ndarray) and a.dtype == object and a.shape == (n,) and isinstance(b, str)


def _key(node: ast.expr) -> str:
    """A subexpression's structure as text, the same for equal subexpressions of any rule."""
    key = getattr(node, "_screen_key", None)
    if key is None:
        key = node._screen_key = ast.dump(node)  # type: ignore[attr-defined]
    return key


def _screen(node: ast.expr, cols: Columns, divide: bool) -> Any:
    """:func:`_screen_node`, once per subexpression for the rows of ``cols`` (its results are
    never modified: arrays made anew by every operation, or read-only views)."""
    memo = getattr(cols, "screened", None)
    if memo is None:
        return _screen_node(node, cols, divide)
    key = (_key(node), divide)
    out = memo.get(key)
    if out is None:
        out = memo[key] = _screen_node(node, cols, divide)
    return out


def _screen_node(node: ast.expr, cols: Columns, divide: bool) -> Any:
    if isinstance(node, ast.Constant):
        if isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
            return _leaf(cols, _constant(node))
        return node.value
    if isinstance(node, ast.Name):
        v = cols.value(node.id)
        return _leaf(cols, v) if v.dtype.kind == "f" else v
    if isinstance(node, (ast.List, ast.Tuple)):
        return [e.value for e in node.elts]  # type: ignore[attr-defined]
    if isinstance(node, ast.Call):
        f = node.func.id  # type: ignore[attr-defined]
        if f == "__q__":
            return _leaf(cols, _constant(node))
        if f == "blank":
            return _exactly(cols, cols.blank(node.args[0].id))  # type: ignore[attr-defined]
        if f == "prev":
            return _leaf(cols, cols.prev(node.args[0].id))  # type: ignore[attr-defined]
        args = [_screen(a, cols, divide) for a in node.args]
        raises = np.logical_or.reduce([a.raises for a in args])
        if f == "abs":
            return _Num(np.abs(args[0].x), args[0].err, raises)
        pick = np.minimum if f == "min" else np.maximum  # NaN in any value stays NaN
        return _Num(pick.reduce([a.x for a in args]), np.maximum.reduce([a.err for a in args]), raises)
    if isinstance(node, ast.UnaryOp):
        v = _screen(node.operand, cols, divide)
        if isinstance(node.op, ast.Not):
            return _Truth(v.fails, v.holds, v.raises)
        return _Num(-v.x, v.err, v.raises) if isinstance(node.op, ast.USub) else v
    if isinstance(node, ast.BinOp):
        (xa, ea, ra), (xb, eb, rb) = _screen(node.left, cols, divide), _screen(node.right, cols, divide)
        if isinstance(node.op, (ast.Add, ast.Sub)):
            x = xa + xb if isinstance(node.op, ast.Add) else xa - xb
            e = ea + eb
        elif isinstance(node.op, ast.Mult):
            x = xa * xb
            e = ea * np.abs(xb) + eb * np.abs(xa) + ea * eb
        else:
            away = np.abs(xb) - eb  # > 0: the divisor surely is not 0
            x = xa / np.where(away > 0, xb, np.nan)
            e = (ea + np.abs(x) * eb) / away
            if not divide:
                # the exact path cannot divide where the divisor's interval holds 0, which these
                # floats cannot see: a condition on a quotient is left to it
                e = e * np.nan
        return _Num(x, e + _U * (np.abs(x) + e) + _TINY, ra | rb)
    if isinstance(node, ast.BoolOp):
        parts = [_screen(v, cols, divide) for v in node.values]
        holds = [p.holds for p in parts]
        fails = [p.fails for p in parts]
        raises = [p.raises for p in parts]
        if isinstance(node.op, ast.And):
            # a part that raises makes the whole raise, so the whole surely fails only
            # where every part is decided
            decided = np.logical_and.reduce([h | f for h, f in zip(holds, fails)])
            return _Truth(np.logical_and.reduce(holds), decided & np.logical_or.reduce(fails),
                          np.logical_or.reduce(raises))
        # ``or`` leaves out the parts that raise, and raises only when all of them do
        return _Truth(np.logical_or.reduce(holds), np.logical_and.reduce(fails), np.logical_and.reduce(raises))
    if isinstance(node, ast.Compare):
        op = node.ops[0]
        left, right = _screen(node.left, cols, divide), _screen(node.comparators[0], cols, divide)
        if isinstance(op, (ast.In, ast.NotIn)):
            inside = np.array([v in right for v in np.broadcast_to(left, (cols.n,))], dtype=bool)
            return _exactly(cols, inside if isinstance(op, ast.In) else ~inside)
        if isinstance(left, _Num) and isinstance(right, _Num):
            gap = left.x - right.x
            sure = np.abs(gap) > left.err + right.err + _U * np.abs(gap) + _TINY  # False where NaN
            above, below, raises = sure & (gap > 0), sure & (gap < 0), left.raises | right.raises
            o = COMPARISONS[type(op)]
            if o in (">=", ">"):
                out = _Truth(above, below, raises)
            elif o in ("<=", "<"):
                out = _Truth(below, above, raises)
            else:
                out = _Truth(_none(cols), sure, raises) if o == "==" else _Truth(sure, _none(cols), raises)
            return _cells_compared(node, o, cols, out)
        if isinstance(left, (_Num, _Truth)) or isinstance(right, (_Num, _Truth)):
            raise _Unscreenable  # two truths compared: the exact path cannot, and says so
        if _texts_and_text(left, right, cols.n) or _texts_and_text(right, left, cols.n):
            same = np.equal(left, right, dtype=object).astype(bool)  # each a == b, in numpy's loop
        else:
            pairs = zip(np.broadcast_to(left, (cols.n,)), np.broadcast_to(right, (cols.n,)))
            same = np.array([a == b for a, b in pairs], dtype=bool)
        return _exactly(cols, same if isinstance(op, ast.Eq) else ~same)
    raise _Unscreenable  # pragma: no cover - parse() admits nothing else
