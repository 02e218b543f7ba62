"""A workbook's rules as equations over its cells: what the fewest-changes localisation
(:mod:`xlrecon.locate`) and the controlled rounding of a hierarchy solve. Each rule kind
writes its own (``totals.equations``, ``rollup.equations``, :func:`ratio_equations`);
:func:`xlrecon.locate.system.system` gathers them.

Each ``total`` rule of relation ``eq`` gives one :class:`Equation` per table: its parts (as
the check adds them: the top-level rows of a table that is not flat, with their signs; the
visible rows under a SUBTOTAL) minus the whole (a 合计 cell, a labelled cell, or a published
figure, which is a constant) is zero within the rounding of the figures as shown. A
``rollup`` rule gives one per parent row (its children minus its own figure) and one per
child table against the parent table's 合计. A ``ratio`` rule whose formula is one column
divided by another gives a :class:`Ratio` per row. A rule that cannot be written so (a
figure that is not a number, another formula) is left out with a note saying which and why,
never silently.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from xlrecon.checks.context import Context
from xlrecon.findings import CellRef
from xlrecon.read.intervals import cell_decimals, cell_interval
from xlrecon.read.table import Cell, Table
from xlrecon.templates.rules import Rule

_TWO = Decimal(2)


@dataclass(frozen=True)
class Term:
    """One cell of an equation: where, its value, what kind of figure it is (``typed``, ``total``,
    ``formula``, ``derived``: what a change of it costs), its row and column for a reader, one
    step of the digits it shows (None when exact), half its rounding interval, and the least
    value the template allows (0 for a column checked ``ge 0``)."""

    where: CellRef
    value: Decimal
    kind: str
    row_label: str | None
    column: str
    unit: str | None
    step: Decimal | None
    half: Decimal
    lower: Decimal | None = None
    upper: Decimal | None = None


@dataclass(frozen=True)
class Equation:
    """Σ coef × cell + constant = 0, within ``tolerance``: the rule's id and label, where its
    finding stands, and which of the rule's comparisons it is."""

    rule: str
    label: dict[str, str]
    where: CellRef
    terms: tuple[tuple[Term, int], ...]
    constant: Decimal
    tolerance: Decimal
    #: which comparison of the rule it is, as its findings' message keys begin: ``total`` (the
    #: parts as the check adds them), ``leaves`` (a 合计 against the finest rows), ``subtotal``
    #: (a subtotal or parent row against its rows), ``rollup``
    kind: str = "total"

    def residual(self, values: dict[CellRef, Decimal] | None = None) -> Decimal:
        v = values or {}
        return sum((c * v.get(t.where, t.value) for t, c in self.terms), self.constant)

    def holds(self, values: dict[CellRef, Decimal] | None = None) -> bool:
        return abs(self.residual(values)) <= self.tolerance


@dataclass(frozen=True)
class Ratio:
    """ratio × denominator = numerator, within ``tolerance`` (the ratio's rounding times the
    denominator, and the parts' own rounding)."""

    rule: str
    label: dict[str, str]
    ratio: Term
    numerator: Term
    denominator: Term
    tolerance: Decimal

    @property
    def where(self) -> CellRef:
        return self.ratio.where

    def residual(self, values: dict[CellRef, Decimal] | None = None) -> Decimal:
        v = values or {}
        r, a, b = (v.get(t.where, t.value) for t in (self.ratio, self.numerator, self.denominator))
        return r * b - a

    def holds(self, values: dict[CellRef, Decimal] | None = None) -> bool:
        """Whether the ratio holds with ``values`` in place, its tolerance taken at the new figures."""
        v = values or {}
        r, b = v.get(self.ratio.where, self.ratio.value), v.get(self.denominator.where, self.denominator.value)
        tol = self.ratio.half * abs(b) + self.numerator.half + abs(r) * self.denominator.half
        return abs(self.residual(values)) <= tol


@dataclass
class System:
    """A workbook's equations and ratios, and the rules left out (note keys with parameters)."""

    equations: list[Equation] = field(default_factory=list)
    ratios: list[Ratio] = field(default_factory=list)
    left_out: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def terms(self) -> dict[CellRef, Term]:
        out: dict[CellRef, Term] = {}
        for e in self.equations:
            for t, _ in e.terms:
                out.setdefault(t.where, t)
        for r in self.ratios:
            for t in (r.ratio, r.numerator, r.denominator):
                out.setdefault(t.where, t)
        return out


def term(table: Table, column: str, cell: Cell, label: str | None, total: bool = False) -> Term:
    """A numeric cell as a :class:`Term` (its value a number: the caller has checked)."""
    spec = table.template.column(column)
    iv = cell_interval(table, column, cell)
    d = cell_decimals(table, column, cell)
    step = Decimal(1).scaleb(-d) * abs(cell.value.factor) if d is not None else (
        Decimal(1) if spec.type == "integer" else None)
    if (cell.where.row, cell.where.col) in table.formulas:
        kind = "formula"
    elif column in table.template.derived_columns:
        kind = "derived"  # a ratio, in a data row or in the 合计 row
    elif total:
        kind = "total"
    else:
        kind = "typed"
    lower = upper = None
    for c in spec.checks:
        p = c.params
        if c.kind in ("ge", "gt") and _number(p.get("value")):
            lower = Decimal(str(p["value"]))
        elif c.kind in ("le", "lt") and _number(p.get("value")):
            upper = Decimal(str(p["value"]))
        elif c.kind == "between":
            lower = Decimal(str(p["min"])) if _number(p.get("min")) else lower
            upper = Decimal(str(p["max"])) if _number(p.get("max")) else upper
    return Term(cell.where, cell.value.value, kind, label, spec.label, table.unit_of(column), step,
                (iv.hi - iv.lo) / _TWO, lower, upper)


def _number(x: Any) -> bool:
    return isinstance(x, (int, float, Decimal)) and not isinstance(x, bool)


def ratio_equations(rule: Rule, ctx: Context, out: System) -> None:
    """A ratio rule ``a / b`` as a :class:`Ratio` for each row whose three figures are numbers."""
    node = rule.formula.tree if rule.formula is not None else None
    if not (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div) and isinstance(node.left, ast.Name)
            and isinstance(node.right, ast.Name)):
        out.left_out.append(("locate_rule_left_out", {"rule_label": rule.label, "why": "formula",
                                                      "formula": rule.formula.text if rule.formula else ""}))
        return
    col, a, b = rule.column, node.left.id, node.right.id
    for table in ctx.tables:
        if not {col, a, b} <= set(table.columns):
            continue
        if table.unit_of(col) != "%" and table.unit_of(a) != table.unit_of(b):
            continue
        cols = ctx.columns(table, rule.rows)
        for i in range(cols.n):
            row = cols.row(i)
            cells = [row.cells.get(c) for c in (col, a, b)]
            if any(c is None or c.value.kind != "number" or c.value.factor != 1 for c in cells):
                continue
            ratio, num, den = (term(table, c, cell, row.label, row.kind == "total")
                               for c, cell in zip((col, a, b), cells))
            if den.value == 0:
                continue
            tol = ratio.half * abs(den.value) + num.half + abs(ratio.value) * den.half
            out.ratios.append(Ratio(rule.id, rule.label, ratio, num, den, tol))
