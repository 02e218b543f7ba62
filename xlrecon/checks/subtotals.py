"""A table's rows against the rows they belong to: subtotals, parents and of-which lines.

Run by the ``total`` rule of a column summed against its 合计 row, for a table whose rows are
not flat (:mod:`xlrecon.read.structure`): each 小计 or parent row (a city over its counties)
against its children, rounding-aware as a 合计 is, the finding at the subtotal's cell; each
of-which row (其中：…) against its parent row, which it may not exceed (an error at the
of-which cell), and the of-which rows of a parent together against it (at most the parent,
exactly it where the template says its of-which rows are complete), the finding at the
parent's cell. A figure that cannot be read leaves its comparison unevaluated, and says so.
"""

from __future__ import annotations

from typing import Any

from xlrecon.apportion import fixup
from xlrecon.checks.judge import judged
from xlrecon.findings import Finding
from xlrecon.precision import compare
from xlrecon.read.intervals import cell_decimals, cell_interval, signed_sum
from xlrecon.read.roles import Structure
from xlrecon.read.table import Cell, Table
from xlrecon.templates.rules import Rule


def structure_findings(rule: Rule, table: Table, st: Structure) -> list[Finding]:
    out: list[Finding] = []
    for p, kids in st.groups():
        out.extend(_against_parent(rule, table, st, p, kids, "subtotal", "=="))
    complete = table.template.structure.of_which_complete
    for p, kids in st.of_which():
        out.extend(_of_which_each(rule, table, p, kids))
        if len(kids) > 1 or complete:
            out.extend(_against_parent(rule, table, st, p, kids, "of_which", "==" if complete else "<="))
    return out


def _cell(table: Table, col: str, k: int) -> Cell:
    return Cell(table.cell_ref(col, k), table.value(col, k))


def _rows_text(table: Table, col: str, ks: list[int]) -> str:
    rows = [table.cell_ref(col, k).row + 1 for k in ks]
    if len(rows) > 2 and rows == list(range(rows[0], rows[-1] + 1)):
        return f"{rows[0]}–{rows[-1]}"
    return "、".join(map(str, rows))


def _against_parent(rule: Rule, table: Table, st: Structure, p: int, kids: list[int], family: str,
                    op: str) -> list[Finding]:
    """A subtotal (parent) row's figure against its children's, or a parent's against its
    of-which rows' (``op`` "<=": they may not exceed it)."""
    col = rule.column
    spec = table.template.column(col)
    labels = table.labels_and_keys()[0]
    pcell = _cell(table, col, p)
    common: dict[str, Any] = dict(where=pcell.where, row_label=labels[p], column=spec.label, unit=table.unit_of(col))
    params: dict[str, Any] = {"rule_label": rule.label, "count": len(kids), "rows": _rows_text(table, col, kids),
                              "by": st.how.get(p, "subtotal_marker")}
    total, s, unreadable = signed_sum(table, col, kids, st.signs)
    pv = pcell.value
    if pv.kind == "number" and not unreadable and total == pv.value and op == "==":
        return []
    if pv.kind == "blank":
        if all(table.value(col, k).kind == "blank" for k in kids):
            return []
        return [Finding("total", rule.id, "warning", f"{family}.blank", evaluated=False, params=params, **common)]
    if pv.kind != "number" or unreadable:
        first = table.cell_ref(col, unreadable[0]) if unreadable else pcell.where
        return [Finding("total", rule.id, "warning", f"{family}.not_evaluated", evaluated=False,
                        params=dict(params, first_cell=f"{first.sheet}!{first.a1}"), **common)]
    outcome = compare(s, op, cell_interval(table, col, pcell))
    if outcome.holds:
        return []
    whole_dec = cell_decimals(table, col, pcell) if pv.factor == 1 else None
    parts = [(_cell(table, col, k), labels[k]) for k in kids
             if st.signs[k] > 0 and table.value(col, k).kind == "number"]
    key = f"{family}.mismatch" if op == "==" else f"{family}.exceeds"
    return [judged(rule, "total", outcome, expected=pv.value, actual=total, common=common, params=params, key=key,
                   fix=(lambda: fixup(table, col, parts, pv.value - total, whole_dec))
                   if op == "==" and len(parts) == len(kids) else None)]


def _of_which_each(rule: Rule, table: Table, p: int, kids: list[int]) -> list[Finding]:
    """Each of-which figure at most its parent's: an of-which row larger than the row it is
    part of is wrong (or its parent is), reported at the of-which cell."""
    col = rule.column
    spec = table.template.column(col)
    labels = table.labels_and_keys()[0]
    pcell = _cell(table, col, p)
    if pcell.value.kind != "number":
        return []  # compared where the parent is looked at (_against_parent) or by the reading checks
    out: list[Finding] = []
    piv = cell_interval(table, col, pcell)
    for k in kids:
        cell = _cell(table, col, k)
        if cell.value.kind != "number" or cell.value.value <= pcell.value.value:
            continue
        outcome = compare(cell_interval(table, col, cell), "<=", piv)
        out.append(judged(rule, "total", outcome, expected=pcell.value.value, actual=cell.value.value,
                          key="of_which_item.exceeds", common=dict(
                              where=cell.where, row_label=labels[k], column=spec.label, unit=table.unit_of(col)),
                          params={"rule_label": rule.label, "parent_label": labels[p] or "",
                                  "parent_cell": pcell.where.a1}, difference=cell.value.value - pcell.value.value))
    return out

