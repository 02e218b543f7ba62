"""The ``rollup`` rule: child rows grouped by their parent against the parent's own row.

In the 2023 targets, the county sheet names each county's city (所属市州); the counties
of a city must add up to that city's row on the city sheet. Children are the tables
of the file that have the ``parent_column``; parents are the tables of the same
template that do not, matched by name (长沙 = 长沙市, 湘西自治州 = 湘西土家族苗族自治州,
through the region registry). Each comparison is rounding-aware like a total; the
finding stands at the parent's cell. A group whose parent is missing, or a parent
with no children, is reported too. :func:`rollup` takes any lists of tables, so the
same check reconciles county files against a city's summary across workbooks.
"""

from __future__ import annotations

from decimal import Decimal

from xlrecon.apportion import fixup
from xlrecon.checks.causes import Part, Whole, likely_causes
from xlrecon.checks.context import Context
from xlrecon.checks.equations import Equation, System, term
from xlrecon.checks.judge import judged
from xlrecon.checks.registry import rule_kind
from xlrecon.findings import Finding
from xlrecon.precision import compare, interval_sum
from xlrecon.read.intervals import cell_decimals, cell_interval
from xlrecon.read.table import Cell, Row, Table
from xlrecon.templates.rules import Rule
from xlrecon.textnorm import squash


@rule_kind("rollup")
def rollup_findings(rule: Rule, ctx: Context) -> list[Finding]:
    children = [t for t in ctx.tables if rule.parent_column in t.columns and rule.column in t.columns]
    parents = [t for t in ctx.tables if rule.parent_column not in t.columns and rule.column in t.columns]
    if not children or not parents:
        return []
    return rollup(rule, children, parents, ctx)


def rollup(rule: Rule, children: list[Table], parents: list[Table], ctx: Context) -> list[Finding]:
    col, pcol = rule.column, rule.parent_column
    groups, names = _by_parent(rule, children, ctx)
    out: list[Finding] = []
    seen: set[str] = set()
    for pt in parents:
        spec = pt.template.column(col)
        for prow in _rows(pt, "own"):
            if not prow.label:
                continue
            k = _canonical(prow.label, ctx)
            pcell = prow.cells[col]
            common = dict(where=pcell.where, row_label=prow.label, column=spec.label, unit=pt.unit_of(col))
            kids = groups.get(k)
            if kids is None:
                out.append(Finding("rollup", rule.id, "warning", "rollup.no_children", params={
                    "rule_label": rule.label, "parent_column": pt.template.column(pcol).label}, **common))
                continue
            seen.add(k)
            if pcell.value.kind != "number" or any(c.value.kind not in ("number", "blank") for _, _, c in kids):
                continue  # unreadable figures are reported by the reading checks
            nums = [(t, r, c) for t, r, c in kids if c.value.kind == "number"]
            total = sum((c.value.value for _, _, c in nums), Decimal(0))
            if total == pcell.value.value:
                continue
            s = interval_sum(cell_interval(t, col, c) for t, _, c in nums)
            o = compare(s, "==", cell_interval(pt, col, pcell))
            sheets = sorted({t.sheet for t, _, _ in nums})
            child_table = nums[0][0] if nums else None
            whole_dec = cell_decimals(pt, col, pcell) if pcell.value.factor == 1 else None
            out.append(judged(
                rule, "rollup", o, expected=pcell.value.value, actual=total, key="rollup.mismatch", common=common,
                params={"rule_label": rule.label, "count": len(nums), "child_sheets": "、".join(sheets)},
                fix=(lambda nums=nums, t=child_table, pv=pcell.value.value, tot=total, wd=whole_dec:
                     fixup(t, col, [(c, r.label) for _, r, c in nums], pv - tot, wd))
                if len(sheets) == 1 else None,
                causes=lambda gap, tol, nums=nums, pcell=pcell, label=prow.label: likely_causes(
                    [Part(c.where, c.value.value, 1, r.label) for _, r, c in nums],
                    Whole(pcell.where, pcell.value.value, label), gap, tol),
            ))
    out.extend(_grand_totals(rule, children, parents))
    for k, kids in groups.items():
        if k in seen:
            continue
        t, r, _ = kids[0]
        cell = r.cells[pcol]
        out.append(Finding("rollup", rule.id, rule.severity, "rollup.no_parent", where=cell.where, row_label=r.label,
                           column=t.template.column(pcol).label, actual=names[k],
                           params={"rule_label": rule.label, "count": len(kids),
                                   "parent_sheets": "、".join(p.sheet for p in parents)}))
    return out


def equations(rule: Rule, ctx: Context, out: System) -> None:
    """The rule as equations (:mod:`xlrecon.checks.equations`): each parent row's children minus
    its own figure, and each child table's rows minus the parent table's 合计, zero within
    their rounding."""
    col, pcol = rule.column, rule.parent_column
    children = [t for t in ctx.tables if pcol in t.columns and col in t.columns]
    parents = [t for t in ctx.tables if pcol not in t.columns and col in t.columns]
    groups = _by_parent(rule, children, ctx)[0]

    def add(at: tuple[Table, Cell, str | None, bool], kids: list[tuple[Table, Row, Cell]]) -> None:
        pt, pcell, plabel, is_total = at
        if pcell.value.kind != "number" or any(c.value.kind not in ("number", "blank") or
                                               (c.value.kind == "number" and c.value.factor != 1) for _, _, c in kids):
            bad = next((c for _, _, c in kids if c.value.kind not in ("number", "blank")), pcell)
            out.left_out.append(("locate_rule_left_out", {"rule_label": rule.label, "why": "not_a_number",
                                                          "cell": f"{bad.where.sheet}!{bad.where.a1}"}))
            return
        terms = [(term(t, col, c, r.label), 1) for t, r, c in kids if c.value.kind == "number"]
        terms.append((term(pt, col, pcell, plabel, total=is_total), -1))
        out.equations.append(Equation(rule.id, rule.label, pcell.where, tuple(terms), Decimal(0),
                                      sum((t.half for t, _ in terms), Decimal(0)), "rollup"))

    for pt in parents:
        for prow in _rows(pt, "own"):
            kids = groups.get(_canonical(prow.label, ctx)) if prow.label else None
            if kids:
                add((pt, prow.cells[col], prow.label, False), kids)
        if pt.total is not None:
            for ct in children:
                kids = [(ct, r, r.cells[col]) for r in _rows(ct, "leaves")]
                if kids:
                    add((pt, pt.total.cells[col], pt.total.label, True), kids)


def _by_parent(rule: Rule, children: list[Table], ctx: Context
               ) -> tuple[dict[str, list[tuple[Table, Row, Cell]]], dict[str, str]]:
    """The child tables' finest rows grouped by their parent's name as compared, each with its
    cell of the rule's column, and each group's parent name as first written."""
    col, pcol = rule.column, rule.parent_column
    groups: dict[str, list[tuple[Table, Row, Cell]]] = {}
    names: dict[str, str] = {}
    for t in children:
        for r in _rows(t, "leaves"):
            pc = r.cells[pcol]
            if pc.value.kind != "text":
                continue
            k = _canonical(pc.value.value, ctx)
            groups.setdefault(k, []).append((t, r, r.cells[col]))
            names.setdefault(k, pc.value.value)
    return groups, names


def _rows(table: Table, which: str) -> list[Row]:
    """A table's rows that are parts of a roll-up: of a child table its finest rows (``leaves``:
    no 小计, parent or of-which row, whose figures its other rows hold already); of a parent
    table the rows that stand for a region (``own``: no 小计 or of-which row)."""
    st = table.structure
    if st is None or st.flat:
        return table.rows
    if which == "leaves":
        ks = set(st.leaves())
        return [r for k, r in enumerate(table.rows) if k in ks]
    return [r for k, r in enumerate(table.rows) if st.roles[k] not in ("subtotal", "of_which")]


def _canonical(name: str, ctx: Context) -> str:
    """A parent's name as compared: the registry's full city name for 长沙 / 湘西自治州, else
    the text without spaces."""
    res = ctx.registry.resolve(name)
    if res.status == "known" and res.region is not None and res.region.level == "city":
        return res.region.name
    return squash(name)


def _grand_totals(rule: Rule, children: list[Table], parents: list[Table]) -> list[Finding]:
    """All the children together against the parent table's 合计 row (the county sheet's
    123 targets against the city sheet's 400.00)."""
    col = rule.column
    out: list[Finding] = []
    for pt in parents:
        if pt.total is None or pt.total.cells[col].value.kind != "number":
            continue
        tcell = pt.total.cells[col]
        for ct in children:
            rows = _rows(ct, "leaves")
            nums = [(r, r.cells[col]) for r in rows if r.cells[col].value.kind == "number"]
            if not nums or any(r.cells[col].value.kind not in ("number", "blank") for r in rows):
                continue
            total = sum((c.value.value for _, c in nums), Decimal(0))
            if total == tcell.value.value:
                continue
            s = interval_sum(cell_interval(ct, col, c) for _, c in nums)
            o = compare(s, "==", cell_interval(pt, col, tcell))
            wd = cell_decimals(pt, col, tcell) if tcell.value.factor == 1 else None
            out.append(judged(
                rule, "rollup", o, expected=tcell.value.value, actual=total, key="rollup.mismatch",
                common=dict(where=tcell.where, row_label=pt.total.label, column=pt.template.column(col).label,
                            unit=pt.unit_of(col)),
                params={"rule_label": rule.label, "count": len(nums), "child_sheets": ct.sheet},
                fix=lambda ct=ct, nums=nums, tv=tcell.value.value, tot=total, wd=wd:
                    fixup(ct, col, [(c, r.label) for r, c in nums], tv - tot, wd),
                causes=lambda gap, tol, nums=nums, tcell=tcell, label=pt.total.label: likely_causes(
                    [Part(c.where, c.value.value, 1, r.label) for r, c in nums],
                    Whole(tcell.where, tcell.value.value, label), gap, tol),
            ))
    return out
