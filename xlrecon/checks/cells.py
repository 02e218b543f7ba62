"""What reading the cells found: values that are not numbers, numbers typed as text,
units written in cells, fractions in whole-number columns.

Converting a text number is a warning (the value is used); a value that is not a
number at all is an error at its cell, and checks that need it report themselves
as not evaluated.
"""

from __future__ import annotations

from xlrecon.checks import register
from xlrecon.findings import Finding
from xlrecon.workbook.table import Table


@register("cells")
def cell_findings(table: Table) -> list[Finding]:
    out: list[Finding] = []
    for row in [*table.rows, *([table.total] if table.total else []), *table.more_totals]:
        for name, cell in row.cells.items():
            spec = table.template.column(name)
            if not spec.numeric:
                continue
            v = cell.value
            unit = table.units[name]
            common = dict(where=cell.where, row_label=row.label, column=spec.label, unit=unit)
            if v.kind == "invalid" and v.unit:
                out.append(Finding("type", f"{name}.unit", "error", "type.unit_mismatch", actual=v.value,
                                   params={"cell_unit": v.unit, "raw": str(v.raw).strip()}, **common))
            elif v.kind == "invalid":
                out.append(Finding("type", f"{name}.type", "error", "type.invalid", actual=v.value, **common))
            elif v.kind in ("date", "bool"):
                out.append(Finding("type", f"{name}.type", "error", "type.wrong_kind", actual=str(v.value),
                                   params={"kind": v.kind}, **common))
            elif v.kind == "number":
                if v.converted_from:
                    out.append(Finding("type", f"{name}.unit", "warning", "type.unit_converted", actual=v.value,
                                       params={"cell_unit": v.converted_from, "raw": str(v.raw).strip()}, **common))
                elif v.from_text:
                    out.append(Finding("type", f"{name}.text-number", "warning", "type.text_number",
                                       actual=v.value, params={"raw": str(v.raw).strip()}, **common))
                if spec.type == "integer" and v.value != v.value.to_integral_value():
                    out.append(Finding("type", f"{name}.integer", "error", "type.not_integer", actual=v.value, **common))
    return out
