"""Hidden rows and columns: still the table's, read and checked, and said once per table.

A person looking at the sheet does not see them, and a ``SUBTOTAL``/``AGGREGATE`` 合计 leaves
them out (see :mod:`xlrecon.checks.totals`); the auditor is told which they are, so that a
difference between what the screen shows and what xlrecon reports is never a mystery.
"""

from __future__ import annotations

from xlrecon.checks.registry import register
from xlrecon.findings import CellRef, Finding
from xlrecon.read.table import Table

#: how many hidden rows a finding names before "…"
SHOWN = 20


@register("hidden")
def hidden_findings(table: Table) -> list[Finding]:
    out: list[Finding] = []
    key = table.template.key
    if table.hidden_rows:
        rows = table.hidden_rows
        col = table.columns[key].col if key in table.columns else min(h.col for h in table.columns.values())
        names = "、".join(str(r + 1) for r in rows[:SHOWN]) + ("…" if len(rows) > SHOWN else "")
        out.append(Finding("hidden", "table.hidden_rows", "info", "hidden.rows", where=CellRef(table.sheet, rows[0], col),
                           params={"count": len(rows), "rows": names,
                                   "filter": "filter" if table.filtered else "plain"}))
    if table.hidden_cols:
        hits = [table.columns[n] for n in table.hidden_cols]
        out.append(Finding("hidden", "table.hidden_cols", "info", "hidden.cols", where=hits[0].header_cell,
                           params={"count": len(hits),
                                   "columns": "、".join(f"{h.header_cell.a1}（{table.template.column(h.name).label}）"
                                                       for h in hits)}))
    return out
