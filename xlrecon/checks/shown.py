"""Figures that hold more digits than their cells show: the printed table and the file disagree.

A cell formatted ``0`` that holds 1.01 prints as "1"; the sums xlrecon checks are of what the
file holds, the sums an auditor checks on paper are of what it shows. Each such cell typed by
hand is said (``info``, with the stored and the shown value); the cells of a column that a
formula fills (a computed amount, a ratio: their results carry every digit by design) are said
once per column, at the first of them, with their count. Where showing the figures rounded
changes whether the column adds up to its 合计 (the file's figures add up and the printed ones
do not, or the other way round), the findings are ``warning``: the table as printed is then
not the table as filed.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import numpy as np

from xlrecon.checks.registry import register
from xlrecon.findings import Finding
from xlrecon.precision import round_to
from xlrecon.read.formats import EMPTY, Shown
from xlrecon.read.table import Cell, Table

#: decimals counted for a float that no short decimal gives back (more than any format shows)
_MAX_DECIMALS = 15
#: how many formula cells a column's finding names before "…"
NAMED = 5


@register("shown")
def shown_findings(table: Table) -> list[Finding]:
    if table.formats is None:
        return []
    out: list[Finding] = []
    for name in table.columns:
        spec = table.template.column(name)
        if spec.numeric:
            out.extend(_column(table, name))
    return out


def _hidden(table: Table, name: str) -> tuple[Shown, list[int]]:
    """The decimals each data cell of the column shows (cells with a number format that fixes
    them), and the data rows whose stored number has more decimals than that. A column none of
    whose plain floats has more decimals than the fewest any format of the workbook shows hides
    nothing, and its cells' formats are not read."""
    assert table.formats is not None
    nums = table.numbers(name)
    fewest = table.formats.fewest_decimals()
    if fewest is None:
        return EMPTY, []
    plain = ~nums.blank
    if nums.odd:
        plain[list(nums.odd)] = False
    dec = nums.dec
    stored = np.where(dec >= 0, dec, _MAX_DECIMALS + 1)
    if not (stored[plain] > max(fewest, 0)).any():
        return EMPTY, []
    rows = table.cell_rows(name)
    shown = table.formats.column(table.columns[name].col, [r for p, r in zip(plain.tolist(), rows) if p])
    more: list[int] = []
    ks = np.flatnonzero(plain & (stored > max(fewest, 0))).tolist()
    for k, d in zip(ks, shown.at(rows[k] for k in ks)):
        if d is None:
            continue  # General: shows what it holds, up to the cell's width
        if (int(dec[k]) if dec[k] >= 0 else nums.typed_decimals(k)) > max(d, 0):
            more.append(k)
    return shown, more


def _column(table: Table, name: str) -> list[Finding]:
    shown, more = _hidden(table, name)
    total_cell = _total_cell(table, name)
    total_more = total_cell is not None and _more_than_shown(table, total_cell)
    if not more and not total_more:
        return []
    severity = "warning" if _changes_verdict(table, name, shown, total_cell) else "info"
    spec = table.template.column(name)
    unit = table.unit_of(name)
    labels = table.labels_and_keys()[0]
    col = table.columns[name].col
    cells = [(Cell(table.cell_ref(name, k), table.value(name, k)), labels[k]) for k in more]
    if total_more:
        assert total_cell is not None and table.total is not None
        cells.append((total_cell, table.total.label))
    typed = [(c, lab) for c, lab in cells if (c.where.row, col) not in table.formulas]
    computed = [(c, lab) for c, lab in cells if (c.where.row, col) in table.formulas]
    out: list[Finding] = []
    params: dict[str, Any] = {"verdict": "changed" if severity == "warning" else "same"}
    for cell, label in typed:
        out.append(_finding(cell, label, spec.label, unit, severity, _shown(table, cell), params))
    if computed:
        first, label = computed[0]
        d = _shown(table, first)
        named = "、".join(c.where.a1 for c, _ in computed[:NAMED]) + ("…" if len(computed) > NAMED else "")
        out.append(Finding("shown", "cell.shown_digits", severity, "shown.formulas", where=first.where,
                           row_label=label, column=spec.label, unit=unit, actual=first.value.value,
                           expected=round_to(first.value.value, d),
                           params=dict(params, count=len(computed), cells=named, decimals=d)))
    return out


def _finding(cell: Cell, label: str | None, column: str, unit: str | None, severity: str, d: int,
             params: dict[str, Any]) -> Finding:
    return Finding("shown", "cell.shown_digits", severity, "shown.digits", where=cell.where, row_label=label,
                   column=column, unit=unit, actual=cell.value.value, expected=round_to(cell.value.value, max(d, 0)),
                   params=dict(params, decimals=max(d, 0)))


def _shown(table: Table, cell: Cell) -> int:
    assert table.formats is not None
    return max(table.formats.decimals(cell.where.row, cell.where.col) or 0, 0)


def _total_cell(table: Table, name: str) -> Cell | None:
    if table.total is None:
        return None
    cell = table.total.cells.get(name)
    return cell if cell is not None and cell.value.kind == "number" else None


def _more_than_shown(table: Table, cell: Cell) -> bool:
    v = cell.value
    assert table.formats is not None
    if v.from_text or v.factor != 1 or v.raw.__class__ is not float:
        return False
    fewest = table.formats.fewest_decimals()
    if fewest is None or (v.decimals or 0) <= max(fewest, 0):
        return False
    d = table.formats.decimals(cell.where.row, cell.where.col)
    return d is not None and (v.decimals or 0) > max(d, 0)


def _changes_verdict(table: Table, name: str, shown: Shown, total: Cell | None) -> bool:
    """Whether the column adds up to its 合计 in the file's figures and not in the printed ones,
    or the other way round (a column summed against its 合计 row only)."""
    spec = table.template.column(name)
    if spec.total != "sum" or total is None:
        return False
    st = table.structure
    ks = st.top_level() if st is not None and not st.flat else list(range(table.n))
    signs = st.signs if st is not None else [1] * table.n
    nums = table.numbers(name)
    rows = table.cell_rows(name)
    stored = printed = Decimal(0)
    for k, d in zip(ks, shown.at(rows[k] for k in ks)):
        x = nums.exact(k)
        if x is None:
            if not nums.blank[k]:
                return False  # a part that is not a number: the 合计 is not evaluated at all
            continue
        p = round_to(x, max(d, 0)) if d is not None else x
        stored, printed = stored + signs[k] * x, printed + signs[k] * p
    t = total.value.value
    d = table.formats.decimals(total.where.row, total.where.col)
    tp = round_to(t, max(d, 0)) if d is not None and total.value.factor == 1 else t
    return (stored == t) != (printed == tp)
