"""Rule expressions: a small, safe arithmetic over a row's columns, with units.

Auditors write rules such as::

    reserve >= 10% * annual_purchase
    union_purchase >= 300元 * union_members or union_purchase >= 15% * welfare_total
    canteen != '无食堂' and not blank(reserve)

Names are the template's column names; a number may carry a unit (``300元``,
``12790.7万元``, ``10%``); ``prev(column)`` is the same row's value in the previous
period's file (``--previous``) and ``blank(column)`` tests for an empty cell. Nothing
else is allowed: the text is parsed with :mod:`ast` and every node is checked when
the template loads, including the units (money may be compared only with money,
and two amounts cannot be multiplied), so a wrong rule fails at load time naming
its place, never in the middle of a check.

Evaluation is interval arithmetic in base units (money in 元): each value stands for
the range its displayed digits allow (:mod:`xlrecon.precision`). A rule over many rows
may first screen them all at once on floats (:meth:`Expr.screen`, :meth:`Expr.estimate`):
what the screen decides, the exact evaluation finds too, and it alone makes findings.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Protocol

from xlrecon import units
from xlrecon.precision import Interval, Op, Outcome, compare
from xlrecon.templates.terms import COMPARISONS, Columns, Q, quantity

if TYPE_CHECKING:
    import numpy as np

FUNCTIONS = ("prev", "blank", "abs", "min", "max")
_UNIT_NUMBER = re.compile(r"""('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")|(?<![\w.])(\d+(?:\.\d+)?)\s*(亿元|万元|元|%|‰)""")


class ExprError(ValueError):
    """A rule expression that cannot be used: ``what`` is a key (``expr.*``) of
    :data:`xlrecon.messages.TEMPLATE_FILE`, ``params`` its parameters (a syntax error's
    ``pos``: the 1-based character of the expression as written); ``str()`` says it in English."""

    def __init__(self, what: str, **params: Any) -> None:
        from xlrecon.messages import template_file_text

        super().__init__(template_file_text(what, params, "en"))
        self.what, self.params = what, params


class NotEvaluated(Exception):
    """A value the expression needs is blank or unreadable in this row."""

    def __init__(self, column: str) -> None:
        super().__init__(column)
        self.column = column


class Env(Protocol):
    def value(self, column: str) -> Q | str | None: ...  # text (None when blank) or a number;
    # a blank or unreadable number raises NotEvaluated
    def blank(self, column: str) -> bool: ...
    def prev(self, column: str) -> Q: ...  # raises NotEvaluated when there is no previous value


@dataclass(frozen=True)
class Cmp:
    """One evaluated comparison ``left op right`` and its outcome."""

    left: Q
    op: Op
    right: Q
    outcome: Outcome


@dataclass(frozen=True)
class Expr:
    text: str
    tree: ast.expr
    columns: frozenset[str]
    uses_prev: bool

    def evaluate(self, env: Env) -> Any:
        return _eval(self.tree, env)

    def screen(self, cols: Columns) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """A condition over every row at once, on floats (see :mod:`xlrecon.templates.screen`):
        the rows where the exact evaluation surely finds it holds, finds it fails, and raises
        NotEvaluated."""
        from xlrecon.templates import screen

        return screen.condition(self.tree, cols)

    def estimate(self, cols: Columns) -> tuple[np.ndarray, np.ndarray]:
        """An amount over every row at once, on floats: the nominal values (the intervals'
        ``mid``) and bounds on their distance from the exact ones, NaN where they cannot be
        had; where a divisor's interval holds 0 the exact path raises NotEvaluated instead."""
        from xlrecon.templates import screen

        return screen.amount(self.tree, cols)

    def first_column(self) -> str | None:
        """The first column named on the left of the (first) comparison."""
        node = self.tree
        while isinstance(node, ast.BoolOp):
            node = node.values[0]
        if isinstance(node, ast.Compare):
            node = node.left
        for n in ast.walk(node):
            if isinstance(n, ast.Name):
                return n.id
        return None


# --- parsing and static checks ---------------------------------------------------------


def parse(text: str, column_kinds: dict[str, str], *, boolean: bool) -> Expr:
    """Parse and check ``text``. ``column_kinds`` maps each column to ``money``, ``number``
    or ``text``. ``boolean``: the expression must be a comparison (or and/or/not of them)."""
    if not isinstance(text, str) or not text.strip():
        raise ExprError("expr.needed")
    if "__q__" in text:
        raise ExprError("expr.internal")
    # a number with a unit becomes an internal call; quoted texts are left as they are
    src, where = _substitute(text.strip())
    try:
        tree = ast.parse(src, mode="eval").body
    except SyntaxError as exc:
        raise _syntax_error(exc, src, where) from None
    names: set[str] = set()
    uses_prev = False
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            if not isinstance(node.func, ast.Name) or node.func.id not in (*FUNCTIONS, "__q__"):
                raise ExprError("expr.functions", allowed=list(FUNCTIONS))
            if node.func.id in ("prev", "blank"):
                if len(node.args) != 1 or not isinstance(node.args[0], ast.Name) or node.keywords:
                    raise ExprError("expr.one_column", name=node.func.id)
                uses_prev = uses_prev or node.func.id == "prev"
        elif isinstance(node, ast.Name):
            if node.id in (*FUNCTIONS, "__q__"):
                continue
            if node.id not in column_kinds:
                raise ExprError("expr.unknown_column", name=node.id, names=list(column_kinds))
            names.add(node.id)
    kind = _kind(tree, column_kinds)
    if boolean and kind != "bool":
        raise ExprError("expr.comparison")
    if not boolean and kind not in ("money", "number"):
        raise ExprError("expr.arithmetic")
    return Expr(text=text.strip(), tree=tree, columns=frozenset(names), uses_prev=uses_prev)


def _substitute(text: str) -> tuple[str, Callable[[int], int]]:
    """``text`` with each number with a unit made an internal call (``10%`` -> ``__q__("10", "%")``),
    and a map from a 0-based index into that text back to one into ``text``."""
    out, spans, at = [], [], 0  # spans: (start in the result, its end, start in text, end in text)
    length = 0
    for m in _UNIT_NUMBER.finditer(text):
        if m.group(1):
            continue
        out.append(text[at:m.start()])
        length += m.start() - at
        call = f'__q__("{m.group(2)}", "{m.group(3)}")'
        spans.append((length, length + len(call), m.start(), m.end()))
        out.append(call)
        length += len(call)
        at = m.end()
    out.append(text[at:])

    def back(i: int) -> int:
        shift = 0
        for start, end, t_start, t_end in spans:
            if i < start:
                break
            if i < end:
                return t_start
            shift = t_end - end
        return i + shift

    return "".join(out), back


def _syntax_error(exc: SyntaxError, src: str, back: Callable[[int], int]) -> ExprError:
    """A syntax error in words, at its character of the expression as written."""
    offset = exc.offset or 0
    i = min(max(offset - 1, 0), len(src)) if offset > 0 else len(src)
    pos = back(i) + 1
    msg = exc.msg or ""
    char = src[i] if i < len(src) else ""
    if "was never closed" in msg and char in "([{":
        return ExprError("expr.unclosed", pos=pos, char=char)
    if ("unmatched" in msg or "does not match" in msg) and char in ")]}":
        return ExprError("expr.unmatched", pos=pos, char=char)
    if "unterminated string" in msg:
        return ExprError("expr.quote", pos=pos)
    if char == "=" and src[i - 1:i] not in ("=", "<", ">", "!") and src[i + 1:i + 2] != "=":
        return ExprError("expr.equals", pos=pos)
    return ExprError("expr.syntax", pos=pos)


def _written(node: ast.expr) -> str:
    """A node as the expression writes it (its type's name where a unit's number is inside)."""
    text = ast.unparse(node)
    return type(node).__name__ if "__q__" in text else text


def static_kind(node: ast.expr, kinds: dict[str, str]) -> str:
    """The static type of an expression: money, number, text, list or bool."""
    return _kind(node, kinds)


def _kind(node: ast.expr, kinds: dict[str, str]) -> str:
    """The static type of a node: money, number, text or bool (raises ExprError)."""
    if isinstance(node, ast.Constant):
        if isinstance(node.value, bool):
            raise ExprError("expr.bool_value")
        if isinstance(node.value, (int, float)):
            return "number"
        if isinstance(node.value, str):
            return "text"
        raise ExprError("expr.constant", value=repr(node.value))
    if isinstance(node, ast.Name):
        return kinds[node.id]
    if isinstance(node, (ast.List, ast.Tuple)):
        for e in node.elts:
            if not isinstance(e, ast.Constant) or isinstance(e.value, bool):
                raise ExprError("expr.list")
        return "list"
    if isinstance(node, ast.Call):
        f = node.func.id  # type: ignore[attr-defined]
        if f == "__q__":
            unit = node.args[1].value  # type: ignore[attr-defined]
            return "money" if units.dimension(unit) == "money" else "number"
        if f == "blank":
            return "bool"
        if f == "prev":
            k = kinds[node.args[0].id]  # type: ignore[attr-defined]
            if k == "text":
                raise ExprError("expr.prev")
            return k
        args = [_kind(a, kinds) for a in node.args]
        if not args or any(a not in ("money", "number") for a in args):
            raise ExprError("expr.numbers", name=f)
        if f == "abs" and len(args) != 1:
            raise ExprError("expr.abs")
        if len(set(args)) > 1:
            raise ExprError("expr.mixed", name=f)
        return args[0]
    if isinstance(node, ast.UnaryOp):
        k = _kind(node.operand, kinds)
        if isinstance(node.op, ast.Not):
            if k != "bool":
                raise ExprError("expr.not")
            return "bool"
        if isinstance(node.op, (ast.USub, ast.UAdd)) and k in ("money", "number"):
            return k
        raise ExprError("expr.unary")
    if isinstance(node, ast.BinOp):
        a, b = _kind(node.left, kinds), _kind(node.right, kinds)
        if a not in ("money", "number") or b not in ("money", "number"):
            raise ExprError("expr.arith_numbers")
        if isinstance(node.op, (ast.Add, ast.Sub)):
            if a != b:
                raise ExprError("expr.add_mixed")
            return a
        if isinstance(node.op, ast.Mult):
            if a == b == "money":
                raise ExprError("expr.mul_money")
            return "money" if "money" in (a, b) else "number"
        if isinstance(node.op, ast.Div):
            if a == "number" and b == "money":
                raise ExprError("expr.div_money")
            return "money" if (a == "money" and b == "number") else "number"
        raise ExprError("expr.operators")
    if isinstance(node, ast.BoolOp):
        for v in node.values:
            if _kind(v, kinds) != "bool":
                raise ExprError("expr.boolop")
        return "bool"
    if isinstance(node, ast.Compare):
        if len(node.ops) != 1:
            raise ExprError("expr.chain")
        a, b = _kind(node.left, kinds), _kind(node.comparators[0], kinds)
        op = node.ops[0]
        if isinstance(op, (ast.In, ast.NotIn)):
            if a != "text" or b != "list":
                raise ExprError("expr.in")
            return "bool"
        if type(op) not in COMPARISONS:
            raise ExprError("expr.compare_op")
        if a == "text" or b == "text":
            if not (a == b == "text") or not isinstance(op, (ast.Eq, ast.NotEq)):
                raise ExprError("expr.texts")
            return "bool"
        if a != b:
            raise ExprError("expr.like")
        return "bool"
    raise ExprError("expr.syntax_node", value=_written(node))


# --- evaluation --------------------------------------------------------------------------


def _num(node: ast.expr, env: Env) -> Q:
    v = _eval(node, env)
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return Q(Interval.exact(Decimal(str(v))), False)
    assert isinstance(v, Q)
    return v


_ARITH: dict[type, Callable[[Interval, Interval], Interval]] = {
    ast.Add: lambda a, b: a + b,
    ast.Sub: lambda a, b: a - b,
    ast.Mult: lambda a, b: a * b,
    ast.Div: lambda a, b: a / b,
}


def _eval(node: ast.expr, env: Env) -> Any:
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        return env.value(node.id)
    if isinstance(node, (ast.List, ast.Tuple)):
        return [e.value for e in node.elts]  # type: ignore[attr-defined]
    if isinstance(node, ast.Call):
        f = node.func.id  # type: ignore[attr-defined]
        if f == "__q__":
            return quantity(node.args[0].value, node.args[1].value)  # type: ignore[attr-defined]
        if f == "blank":
            return env.blank(node.args[0].id)  # type: ignore[attr-defined]
        if f == "prev":
            return env.prev(node.args[0].id)  # type: ignore[attr-defined]
        args = [_num(a, env) for a in node.args]
        if f == "abs":
            return Q(args[0].iv.abs(), args[0].money)
        pick = min if f == "min" else max
        return Q(Interval(pick(a.iv.lo for a in args), pick(a.iv.mid for a in args), pick(a.iv.hi for a in args)),
                 args[0].money)
    if isinstance(node, ast.UnaryOp):
        if isinstance(node.op, ast.Not):
            return not _truth(_eval(node.operand, env))
        q = _num(node.operand, env)
        return Q(-q.iv, q.money) if isinstance(node.op, ast.USub) else q
    if isinstance(node, ast.BinOp):
        a, b = _num(node.left, env), _num(node.right, env)
        try:
            iv = _ARITH[type(node.op)](a.iv, b.iv)
        except ZeroDivisionError:
            raise NotEvaluated(_names(node.right) or "?") from None
        if isinstance(node.op, (ast.Add, ast.Sub)):
            money = a.money
        elif isinstance(node.op, ast.Mult):
            money = a.money or b.money
        else:
            money = a.money and not b.money
        return Q(iv, money)
    if isinstance(node, ast.BoolOp):
        if isinstance(node.op, ast.And):
            return AllOf([_eval(v, env) for v in node.values])
        # an alternative that cannot be evaluated (no welfare total given) is left out;
        # the others still decide
        parts, missing = [], None
        for v in node.values:
            try:
                parts.append(_eval(v, env))
            except NotEvaluated as exc:
                missing = exc
        if not parts:
            raise missing  # type: ignore[misc]
        return AnyOf(parts)
    if isinstance(node, ast.Compare):
        op = node.ops[0]
        if isinstance(op, (ast.In, ast.NotIn)):
            left = _eval(node.left, env)
            inside = left in _eval(node.comparators[0], env)
            return inside if isinstance(op, ast.In) else not inside
        left, right = _eval(node.left, env), _eval(node.comparators[0], env)
        if isinstance(left, str) or isinstance(right, str) or left is None or right is None:
            same = left == right
            return same if isinstance(op, ast.Eq) else not same
        lq = left if isinstance(left, Q) else Q(Interval.exact(Decimal(str(left))), False)
        rq = right if isinstance(right, Q) else Q(Interval.exact(Decimal(str(right))), False)
        o = COMPARISONS[type(op)]
        return Cmp(lq, o, rq, compare(lq.iv, o, rq.iv))
    raise NotEvaluated("?")  # pragma: no cover - parse() admits nothing else


def _names(node: ast.expr) -> str | None:
    for n in ast.walk(node):
        if isinstance(n, ast.Name) and n.id not in FUNCTIONS:
            return n.id
    return None


@dataclass(frozen=True)
class AnyOf:
    parts: list[Any]


@dataclass(frozen=True)
class AllOf:
    parts: list[Any]


def _truth(v: Any) -> bool:
    """Nominal truth, for conditions (``when``)."""
    if isinstance(v, Cmp):
        return v.outcome.holds
    if isinstance(v, AnyOf):
        return any(_truth(p) for p in v.parts)
    if isinstance(v, AllOf):
        return all(_truth(p) for p in v.parts)
    return bool(v)


def truth(v: Any) -> bool:
    return _truth(v)


def verdict(v: Any) -> tuple[bool, bool, Cmp | None]:
    """(holds, consistent, the comparison to report) for an evaluated boolean expression.

    ``or``: holds if any part holds; otherwise the part closest to holding is reported
    (a consistent one first, then the smallest gap). ``and``: the first part that fails
    (an inconsistent one first)."""
    if isinstance(v, Cmp):
        return v.outcome.holds, v.outcome.consistent, v
    if isinstance(v, bool):
        return v, v, None
    results = [verdict(p) for p in v.parts]
    if isinstance(v, AnyOf):
        if any(h for h, _, _ in results):
            return True, True, None
        best = min(results, key=lambda r: (not r[1], abs(r[2].outcome.difference) if r[2] else Decimal(0)))
        return False, best[1], best[2]
    failing = [r for r in results if not r[0]]
    if not failing:
        return True, True, None
    worst = min(failing, key=lambda r: r[1])  # an inconsistent part before a merely rounded one
    return False, worst[1], worst[2]
