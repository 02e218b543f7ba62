"""The ``total`` rule: a column's parts against a whole, rounding-aware.

The whole is the table's 合计 row, a labelled cell on another sheet (概况!交易金额), or
a published figure written in the rule; a rule may list several and the first one the
workbook has is used. Sums are exact Decimals; each figure stands for the interval
its displayed digits allow, so a gap that rounding can explain is ``info`` (with a
fix-up), and only a gap beyond that bound takes the rule's severity. The finding
stands at the whole's cell (the 合计 cell, the labelled cell), or for a published
figure at the table's 合计 cell or else the column's header; ``expected`` is the
whole, ``actual`` the sum, ``difference`` their signed gap (actual − expected).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from xlrecon import units
from xlrecon.apportion import fixup
from xlrecon.checks.causes import Whole as CauseWhole
from xlrecon.checks.causes import likely_causes, screened_parts
from xlrecon.checks.context import Context, whole_interval
from xlrecon.checks.equations import Equation, System, Term, term
from xlrecon.checks.formulae import summed_spans
from xlrecon.checks.judge import judged
from xlrecon.checks.registry import rule_kind
from xlrecon.checks.subtotals import structure_findings
from xlrecon.findings import CellRef, Finding
from xlrecon.precision import Interval, Outcome, compare
from xlrecon.read.formats import SheetFormats
from xlrecon.read.formulatext import hidden_rows_left_out
from xlrecon.read.intervals import cell_decimals, cell_interval, column_sum, signed_sum, visible_sum
from xlrecon.read.roles import Structure
from xlrecon.read.table import Cell, Table
from xlrecon.templates.rules import Rule, Whole

_OPS = {"eq": "==", "le": "<=", "ge": ">="}


@rule_kind("total")
def total_findings(rule: Rule, ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    for table in ctx.tables:
        if rule.column not in table.columns:
            continue
        for whole in _first_available(rule, table, ctx):
            found = _check(rule, table, whole, ctx)
            if whole.kind == "total_row" and _nested(table):
                found = _localised(found, _leaves(rule, table, whole))
            out.extend(found)
        st = table.structure
        if st is not None and not st.flat and any(w.kind == "total_row" for w in rule.wholes):
            out.extend(structure_findings(rule, table, st))
    return out


def equations(rule: Rule, ctx: Context, out: System) -> None:
    """The rule as equations (:mod:`xlrecon.checks.equations`): for each table, its parts as the
    check adds them minus the whole it is compared with, zero within their rounding."""
    col = rule.column
    for table in ctx.tables:
        if col not in table.columns:
            continue
        for whole in _first_available(rule, table, ctx):
            st = table.structure
            if st is not None and not st.flat:
                ks = [k for k in st.top_level() if table.cell_ref(col, k).row not in whole.hidden]
                signs = list(st.signs)
            else:
                ks = [k for k in range(table.n) if table.cell_ref(col, k).row not in whole.hidden]
                signs = [1] * table.n
            values = table.values(col)
            labels = table.labels_and_keys()[0]
            bad = [k for k in ks if values[k].kind not in ("number", "blank")]
            if bad or whole.value.kind != "number" or any(values[k].factor != 1 for k in ks
                                                          if values[k].kind == "number"):
                at = table.cell_ref(col, bad[0]) if bad else whole.where
                out.left_out.append(("locate_rule_left_out", {"rule_label": rule.label, "why": "not_a_number",
                                                              "cell": f"{at.sheet}!{at.a1}"}))
                continue
            terms = [(term(table, col, Cell(table.cell_ref(col, k), values[k]), labels[k]), signs[k])
                     for k in ks if values[k].kind == "number"]
            constant = Decimal(0)
            iv = whole.interval
            half = (iv.hi - iv.lo) / 2 if iv is not None else Decimal(0)
            if whole.kind == "constant":
                constant = -whole.value.value
            else:
                cell = Cell(whole.where, whole.value)
                w = Term(whole.where, whole.value.value, "total", whole.label, table.template.column(col).label,
                         table.unit_of(col), Decimal(1).scaleb(-whole.decimals) if whole.decimals is not None else None,
                         half)
                if whole.kind == "total_row":
                    w = term(table, col, cell, whole.label, total=True)
                terms.append((w, -1))
            tol = sum((t.half for t, _ in terms), Decimal(0)) + (half if whole.kind == "constant" else Decimal(0))
            out.equations.append(Equation(rule.id, rule.label, whole.where, tuple(terms), constant, tol))
            if st is not None and not st.flat and whole.kind == "total_row":
                _nested_equations(rule, table, st, terms[-1], out)


def _nested_equations(rule: Rule, table: Table, st: Structure, whole: tuple[Term, int], out: System) -> None:
    """Of a table that is not flat, each subtotal or parent row against the rows under it, and the
    合计 against the finest rows: a county under its city as much a part of the hierarchy as on a
    sheet of its own."""
    col = rule.column
    values = table.values(col)
    labels = table.labels_and_keys()[0]

    def t(k: int) -> Term:
        return term(table, col, Cell(table.cell_ref(col, k), values[k]), labels[k])

    for k, kids in [*st.groups(), (None, st.leaves())]:
        rows = kids if k is None else [*kids, k]
        if any(values[j].kind != "number" or values[j].factor != 1 for j in rows):
            continue
        terms = [(t(j), st.signs[j]) for j in kids]
        terms.append(whole if k is None else (t(k), -1))
        out.equations.append(Equation(rule.id, rule.label, terms[-1][0].where, tuple(terms), Decimal(0),
                                      sum((x.half for x, _ in terms), Decimal(0)),
                                      "leaves" if k is None else "subtotal"))


def _nested(table: Table) -> bool:
    """Whether a table has rows under other rows (subtotals, parents): its 合计 is then compared
    with its top-level rows, and with its finest rows too."""
    return table.structure is not None and bool(table.structure.groups())


class _Resolved:
    """A whole as found in this workbook: its value and interval in the column's unit. The
    interval and decimals may be given as a function, called only when a sum differs."""

    def __init__(self, kind: str, where: CellRef, value: Any,
                 precision: tuple[Interval | None, int | None] | Callable[[], tuple[Interval | None, int | None]],
                 params: dict[str, Any], label: str | None) -> None:
        self.kind, self.where, self.value, self._precision = kind, where, value, precision
        self.params, self.label = params, label
        #: sheet rows the whole leaves out of its parts (hidden rows under a SUBTOTAL 合计)
        self.hidden: frozenset[int] = frozenset()

    @functools.cached_property
    def _measured(self) -> tuple[Interval | None, int | None]:
        return self._precision() if callable(self._precision) else self._precision

    @property
    def interval(self) -> Interval | None:
        return self._measured[0]

    @property
    def decimals(self) -> int | None:
        return self._measured[1]


def _first_available(rule: Rule, table: Table, ctx: Context) -> list[_Resolved]:
    col = rule.column
    unit = table.unit_of(col)
    for whole in rule.wholes:
        if whole.kind == "total_row":
            rows = table.total_rows
            if not rows:
                continue
            out = []
            for trow in rows:
                cell = trow.cells[col]
                r = _Resolved("total_row", cell.where, cell.value, functools.partial(_precision, table, col, cell),
                              {"whole_kind": "total_row"}, trow.label)
                r.hidden = _left_out(table, cell.where)
                if r.hidden:
                    r.params["visible_only"] = table.formulas[(cell.where.row, cell.where.col)]
                    r.params["hidden_rows"] = "、".join(str(x + 1) for x in sorted(r.hidden))
                out.append(r)
            return out
        if whole.kind == "cell":
            found = ctx.labelled_value(whole.sheet, whole.label)
            if found is None:
                continue
            where, value, label_unit, grid = found
            stated = label_unit or (ctx.sheet_unit_line(grid) if units.dimension(whole.unit or "") == "money" else None)
            return [_from_cell(table, col, whole, where, value, stated or whole.unit or unit, grid.formats)]
        if whole.kind == "constant":
            reason = _out_of_scope(whole, table, ctx)
            if reason is not None:
                ctx.notes.append(("published_out_of_scope", {
                    "file": ctx.path, "sheet": table.sheet, "rule_label": rule.label, "published": _published(whole),
                    "source": whole.source or "", "scope": _scope_text(whole), **reason}))
                continue
            where = table.total.cells[col].where if table.total else table.columns[col].header_cell
            value = units.convert_stated(whole.value, whole.unit, unit)
            factor = units.convert_stated(Decimal(1), whole.unit, unit)
            iv = whole_interval(whole.value, whole.decimals).scale(factor)
            params = {"whole_kind": "constant", "published": _published(whole), "source": whole.source or ""}
            return [_Resolved("constant", where, _number(value), (iv, whole.decimals if factor == 1 else None),
                              params, table.total.label if table.total else None)]
    return []


def _left_out(table: Table, where: CellRef) -> frozenset[int]:
    """The table's hidden data rows that a 合计 formula leaves out (SUBTOTAL(109, …) all of them,
    SUBTOTAL(9, …) those a filter hides); empty for a SUM, a constant, a table without hidden rows."""
    if not table.hidden_rows:
        return frozenset()
    formula = table.formulas.get((where.row, where.col))
    how = hidden_rows_left_out(formula) if formula else None
    if how == "all" or (how == "filtered" and table.filtered):
        return frozenset(table.hidden_rows)
    return frozenset()


def _out_of_scope(whole: Whole, table: Table, ctx: Context) -> dict[str, Any] | None:
    """Why a published figure does not hold for this table (as a note's parameters), or None
    when it does: the table's regions lie in another province, or none can be told, or its
    title states other years."""
    from xlrecon.regions import province_short

    province, years = ctx.table_scope(table)
    if whole.province is not None:
        if province is None:
            return {"reason_key": "scope_province_unknown"}
        if province_short(province) != province_short(whole.province):
            return {"reason_key": "scope_other_province", "table_province": province}
    if whole.year is not None and years and whole.year not in years:
        return {"reason_key": "scope_other_year", "table_years": "、".join(map(str, years))}
    return None


def _scope_text(w: Whole) -> str:
    return " ".join(x for x in (w.province, f"{w.year}" if w.year else None) if x)


def _precision(table: Table, col: str, cell: Cell) -> tuple[Interval | None, int | None]:
    """A 合计 cell's interval, and its decimals when it is not converted."""
    if cell.value.kind != "number":
        return None, None
    return cell_interval(table, col, cell), cell_decimals(table, col, cell) if cell.value.factor == 1 else None


def _from_cell(table: Table, col: str, whole: Whole, where: CellRef, value: Any, stated_unit: str | None,
               formats: SheetFormats | None) -> _Resolved:
    unit = table.unit_of(col)
    spec = table.template.column(col)
    if spec.type == "integer":
        decimals = None
    else:
        shown = formats.decimals(where.row, where.col) if formats is not None and not value.from_text else None
        decimals = shown if shown is not None else max(value.decimals or 0, whole.decimals or 0)
    factor = units.convert_stated(Decimal(1), stated_unit, unit)
    iv = whole_interval(value.value, decimals).scale(factor)
    params = {"whole_kind": "cell", "whole_sheet": where.sheet, "whole_cell": where.a1, "whole_label": whole.label}
    return _Resolved("cell", where, _number(value.value * factor), (iv, decimals if factor == 1 else None), params,
                     whole.label)


def _number(x: Decimal) -> Any:
    from xlrecon.read.values import Value

    return Value("number", x, x)


def _published(w: Whole) -> str:
    from xlrecon.messages import fmt_number

    return fmt_number(w.value, w.unit)


def _check(rule: Rule, table: Table, whole: _Resolved, ctx: Context | None = None) -> list[Finding]:
    col = rule.column
    spec = table.template.column(col)
    unit = table.unit_of(col)
    tv = whole.value
    st = table.structure
    keep: list[int] | None = None
    if st is not None and not st.flat:  # the top-level rows (no of-which line, no child twice), signed
        keep = [k for k in st.top_level() if table.cell_ref(col, k).row not in whole.hidden]
        total, s, unreadable = signed_sum(table, col, keep, st.signs)
    elif whole.hidden:  # a SUBTOTAL 合计: the visible rows are its parts
        total, s, unreadable = visible_sum(table, col, whole.hidden)
    else:
        nums = table.numbers(col)
        total = nums.sum()
        s = None
        unreadable = sorted(k for k, v in nums.odd.items() if v.kind != "number")
    if tv.kind == "number" and total == tv.value:
        return []  # the parts add up exactly: no need to look at them one by one
    common: dict[str, Any] = dict(where=whole.where, row_label=whole.label, column=spec.label, unit=unit)
    params = dict(whole.params, rule_label=rule.label)
    if keep is not None:
        params.update(parts="top_level", parts_count=len(keep), parts_kinds=_kinds(st))
    if tv.kind != "number":  # nothing compared: what a SUBTOTAL leaves out is not said
        params = {k: v for k, v in params.items()
                  if k not in ("visible_only", "hidden_rows", "parts", "parts_count", "parts_kinds")}
    if tv.kind == "blank":
        return [Finding("total", rule.id, "warning", "total.blank_total", evaluated=False, params=params, **common)]
    if tv.kind != "number":
        return [Finding("total", rule.id, "warning", "total.total_invalid", evaluated=False,
                        actual=str(tv.value), params=params, **common)]
    if unreadable:
        first = table.cell_ref(col, unreadable[0])
        return [Finding("total", rule.id, "warning", "total.not_evaluated", evaluated=False, expected=tv.value,
                        params=dict(params, count=len(unreadable), first_cell=f"{first.sheet}!{first.a1}"), **common)]
    assert total is not None  # every part is a number
    if s is None:
        s = column_sum(table, col)[1]  # the parts' rounding intervals added up, without making the rows
    op = _OPS[rule.relation]
    outcome = compare(s, op, whole.interval)
    if outcome.holds:
        return _remainder(rule, s, whole, outcome, total, common, params)
    return [judged(rule, "total", outcome, expected=tv.value, actual=total, common=common, params=params,
                   key={"eq": "total.mismatch", "le": "total.exceeds", "ge": "total.short"}[rule.relation],
                   fix=(lambda: fixup(table, col, _parts(table, col, whole.hidden, keep), tv.value - total,
                                      whole.decimals)) if op == "==" else None,
                   causes=(lambda gap, tol: _causes(table, col, whole, keep, gap, tol, ctx, rule))
                   if op == "==" else None)]


def _causes(table: Table, col: str, whole: _Resolved, keep: list[int] | None, gap: Decimal, tol: Decimal,
            ctx: Context | None, rule: Rule | None = None) -> list | None:
    """The likely causes of a 合计's gap: the parts as compared (the top-level rows of a table
    that is not flat, the visible rows under a SUBTOTAL), the whole's cell unless it is a
    published figure or a cell that agrees with the published figure the rule also names (then
    two sources state it, and a slip in it does not explain the gap), the rows its SUM formula
    adds, and the previous version's sum."""
    summed = formula = previous = None
    if whole.kind == "total_row":
        formula = table.formulas.get((whole.where.row, whole.where.col))
        spans = summed_spans(formula, whole.where.col) if formula else None
        summed = frozenset(r for a, b in spans for r in range(a, b + 1)) if spans else None
        previous = _previous_sum(table, col, ctx)
    # the rows the 合计's SUM leaves out explain the gap together; the others only one by one
    rows = table.cell_rows(col)
    left_out = frozenset(r for r in rows if r not in summed) if summed is not None else frozenset()
    st = table.structure
    if keep is not None and st is not None:
        screened = screened_parts(table, col, keep, st.signs, gap, tol, left_out)
    elif whole.hidden:
        screened = screened_parts(table, col, [k for k in range(table.n) if rows[k] not in whole.hidden], None,
                                  gap, tol, left_out)
    else:
        screened = screened_parts(table, col, None, None, gap, tol, left_out)
    if screened is None:
        return None
    parts, unlisted = screened
    at = whole.where if whole.kind != "constant" and not _corroborated(rule, table, whole, ctx) else None
    return likely_causes(parts, CauseWhole(at, whole.value.value, whole.label, summed, formula, previous), gap, tol,
                         unlisted)


def _corroborated(rule: Rule | None, table: Table, whole: _Resolved, ctx: Context | None) -> bool:
    """Whether a whole read from the workbook equals a published figure of the same rule that
    applies to this table."""
    if rule is None or ctx is None:
        return False
    unit = table.unit_of(rule.column)
    for w in rule.wholes:
        if w.kind == "constant" and w.value is not None and _out_of_scope(w, table, ctx) is None:
            if units.convert_stated(w.value, w.unit, unit) == whole.value.value:
                return True
    return False


def _previous_sum(table: Table, col: str, ctx: Context | None) -> Decimal | None:
    """The sum of ``col`` in the previous version's table of the same template on the same sheet."""
    if ctx is None or ctx.previous is None:
        return None
    for t in ctx.previous.tables:
        if t.template.name == table.template.name and t.sheet == table.sheet and col in t.columns:
            return t.numbers(col).sum()
    return None


def _parts(table: Table, col: str, hidden: frozenset[int] = frozenset(), keep: list[int] | None = None
           ) -> list[tuple[Cell, str | None]]:
    """The column's cells that hold something, with their rows' labels (for a fix-up), but for
    the rows the whole leaves out; of a table that is not flat, its top-level rows ``keep`` that
    add (a fix-up moves no subtracted row)."""
    labels = table.labels_and_keys()[0]
    values = table.values(col)
    if keep is not None:
        st = table.structure
        assert st is not None
        return [(Cell(table.cell_ref(col, k), values[k]), labels[k]) for k in keep
                if values[k].kind != "blank" and st.signs[k] > 0]
    out = [(Cell(table.cell_ref(col, k), v), labels[k]) for k, v in enumerate(values) if v.kind != "blank"]
    return [p for p in out if p[0].where.row not in hidden] if hidden else out


def _localised(top: list[Finding], leaves: tuple[list[Finding], bool | None]) -> list[Finding]:
    """A 合计 compared with a table's top-level rows and with its finest rows (``leaves``: the
    findings and whether the finest rows agree with it, rounding aside; None when not compared
    apart). Where one of the two agrees, the other's gap lies in a subtotal or parent row, which is
    reported at its own cell; the 合计 is then not the wrong cell, and only what agrees is kept.
    Where both disagree, both are said."""
    found, leaves_agree = leaves

    def wrong(fs: list[Finding]) -> bool:
        return any(f.evaluated and f.rounding_explainable is False for f in fs)

    if leaves_agree is None:
        return top + found
    if wrong(top) and leaves_agree:
        return [f for f in top if not f.evaluated or f.rounding_explainable] + found
    if not leaves_agree and not wrong(top):
        return top + [f for f in found if f.rounding_explainable]
    return top + found


def _kinds(st: Structure) -> str:
    """What makes a table's parts differ from its rows, for the 合计's message."""
    kinds = [k for k, present in (("nested", bool(st.groups())), ("of_which", "of_which" in st.roles),
                                  ("subtracted", -1 in st.signs)) if present]
    return ",".join(kinds)


def _leaves(rule: Rule, table: Table, whole: _Resolved) -> tuple[list[Finding], bool | None]:
    """The 合计 against the table's finest rows (each county, not its city's row): in exact
    figures the same as against the top-level rows, but rounding lets the two differ (400.00
    against 14 cities' 400.01 and 123 counties' 399.94), and each is said. Also whether the
    finest rows agree with the 合计 (rounding aside); None when they were not compared apart
    (their sum is the top-level rows', or a part is unreadable)."""
    col = rule.column
    st = table.structure
    tv = whole.value
    if st is None or tv.kind != "number" or rule.relation != "eq":
        return [], None
    ks = [k for k in st.leaves() if table.cell_ref(col, k).row not in whole.hidden]
    total, s, unreadable = signed_sum(table, col, ks, st.signs)
    if unreadable:
        return [], None  # an unreadable part is said by the comparison with the top-level rows
    if total == tv.value:
        return [], True
    top = [k for k in st.top_level() if table.cell_ref(col, k).row not in whole.hidden]
    if signed_sum(table, col, top, st.signs)[0] == total:
        return [], None  # the subtotals hold their rows' sums: the comparison with them says it all
    outcome = compare(s, "==", whole.interval)
    spec = table.template.column(col)
    common: dict[str, Any] = dict(where=whole.where, row_label=whole.label, column=spec.label, unit=table.unit_of(col))
    params = dict(whole.params, rule_label=rule.label, count=len(ks))
    labels = table.labels_and_keys()[0]
    values = table.values(col)
    parts = [(Cell(table.cell_ref(col, k), values[k]), labels[k]) for k in ks
             if values[k].kind == "number" and st.signs[k] > 0]
    return [judged(rule, "total", outcome, expected=tv.value, actual=total, common=common, params=params,
                   key="leaves.mismatch", fix=lambda: fixup(table, col, parts, tv.value - total, whole.decimals),
                   causes=lambda gap, tol: _causes(table, col, whole, ks, gap, tol, None))
            ], outcome.consistent


def _remainder(rule: Rule, s: Interval, whole: _Resolved, outcome: Outcome, total: Decimal, common: dict,
               params: dict) -> list[Finding]:
    """Under ``le``, what the parts leave of the whole, when the rule asks for it and
    rounding cannot explain it."""
    if rule.remainder is None or outcome.difference == 0:
        return []
    if compare(s, "==", whole.interval).consistent:
        return []
    return [Finding("total", rule.id, rule.remainder, "total.remainder", expected=whole.value.value, actual=total,
                    difference=outcome.difference, params=dict(params, remainder=-outcome.difference),
                    tolerance=compare(s, "==", whole.interval).tolerance, tolerance_kind="rounding",
                    rounding_explainable=False, **common)]
