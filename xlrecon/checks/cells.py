"""What reading the cells found: values that are not numbers (or not dates), numbers typed
as text, units written in cells, fractions in whole-number columns.

Converting a text number is a warning (the value is used); a value that is not a
number at all is an error at its cell, and checks that need it report themselves
as not evaluated.
"""

from __future__ import annotations

from decimal import Decimal

from xlrecon import units
from xlrecon.checks import register
from xlrecon.findings import Finding
from xlrecon.workbook.table import Table


@register("cells")
def cell_findings(table: Table) -> list[Finding]:
    out: list[Finding] = header_unit_findings(table)
    rows = table.rows_for("all")
    for name in table.columns:  # column by column; the findings are put in cell order afterwards
        spec = table.template.column(name)
        if spec.type == "date":
            out.extend(Finding("type", f"{name}.type", "error", "type.invalid_date", where=r.cells[name].where,
                               row_label=r.label, column=spec.label, actual=r.cells[name].value.value)
                       for r in rows if r.cells[name].value.kind == "invalid")
        if not spec.numeric:
            continue
        unit = table.units[name]
        integer = spec.type == "integer"
        for row in rows:
            cell = row.cells[name]
            v = cell.value
            if v.kind == "number" and not v.converted_from and not v.from_text and (
                    not integer or v.value == v.value.to_integral_value()):
                continue  # a plain number: nothing to say
            if v.kind == "blank":
                continue
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
                if integer and v.value != v.value.to_integral_value():
                    out.append(Finding("type", f"{name}.integer", "error", "type.not_integer", actual=v.value, **common))
    return out


def header_unit_findings(table: Table) -> list[Finding]:
    """A header ("（元）") or a "单位：元" line that names another unit than the template's.

    Same dimension: the column's values are converted (1 元 = 0.0001 万元) and this warning
    says so once, at the cell that states the unit, so a table in 元 is never compared
    10,000 times too large. Another dimension (a percent where money is expected): an
    error, and the values are used as they are."""
    out: list[Finding] = []
    for name, (stated, where) in table.stated_units.items():
        spec = table.template.column(name)
        if spec.unit is None or stated == spec.unit:
            continue
        common = dict(where=where, column=spec.label, unit=spec.unit, params={"stated": stated})
        if units.dimension(stated) == units.dimension(spec.unit) and "%" not in (stated, spec.unit):
            factor = units.convert(Decimal(1), stated, spec.unit)
            if factor != 1:
                out.append(Finding("type", f"{name}.unit", "warning", "type.header_unit_converted",
                                   params={"stated": stated, "factor": format(factor.normalize(), "f")},
                                   **{k: v for k, v in common.items() if k != "params"}))
        else:
            out.append(Finding("type", f"{name}.unit", "error", "type.header_unit_mismatch", **common))
    return out
