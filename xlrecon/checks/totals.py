"""The ``total`` check: each summed column against the table's 合计 row(s).

Sums are exact (Decimal, from values taken at Excel's 15 significant digits), so a
difference is never float noise. The finding stands at the 合计 cell, with
``expected`` the stated total, ``actual`` the sum of the rows and ``difference``
their signed gap (actual − expected). If a part or the total cannot be read, the
rule is reported as not evaluated, never as a violation.
"""

from __future__ import annotations

from decimal import Decimal

from xlrecon.checks import register
from xlrecon.findings import Finding
from xlrecon.workbook.table import Table


@register("totals")
def total_findings(table: Table) -> list[Finding]:
    out: list[Finding] = []
    totals = ([table.total] if table.total else []) + table.more_totals
    if not totals:
        return out
    for spec in table.template.columns:
        if spec.total != "sum" or spec.name not in table.columns:
            continue
        parts = [r.cells[spec.name] for r in table.rows]
        unreadable = [c for c in parts if c.value.kind not in ("number", "blank")]
        unit = table.unit_of(spec.name)
        rule = f"{spec.name}.total"
        for trow in totals:
            tcell = trow.cells[spec.name]
            common = dict(where=tcell.where, row_label=trow.label, column=spec.label, unit=unit)
            tv = tcell.value
            if tv.kind == "blank":
                out.append(Finding("total", rule, "warning", "total.blank_total", evaluated=False, **common))
                continue
            if tv.kind != "number":
                out.append(Finding("total", rule, "warning", "total.total_invalid", evaluated=False,
                                   actual=str(tv.value), **common))
                continue
            if unreadable:
                first = unreadable[0].where
                out.append(Finding("total", rule, "warning", "total.not_evaluated", evaluated=False,
                                   expected=tv.value,
                                   params={"count": len(unreadable), "first_cell": f"{first.sheet}!{first.a1}"},
                                   **common))
                continue
            actual = sum((c.value.value for c in parts if c.value.kind == "number"), Decimal(0))
            difference = actual - tv.value
            if difference != 0:
                out.append(Finding("total", rule, "error", "total.mismatch", expected=tv.value, actual=actual,
                                   difference=difference, **common))
    return out
