"""What reading the cells found: values that are not numbers (or not dates), numbers typed
as text, units written in cells, fractions in whole-number columns.

Converting a text number is a warning (the value is used); a value that is not a
number at all is an error at its cell, and checks that need it report themselves
as not evaluated.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import numpy as np

from xlrecon import units
from xlrecon.checks.registry import register
from xlrecon.findings import CellRef, Finding
from xlrecon.read.table import Table
from xlrecon.read.values import MARKERS, MAX_TEXT, Value


@register("cells")
def cell_findings(table: Table) -> list[Finding]:
    out: list[Finding] = header_unit_findings(table)
    for name in table.columns:  # column by column; the findings are put in cell order afterwards
        spec = table.template.column(name)
        if spec.type == "date":
            out.extend(marked_finding(name, v, dict(where=where, row_label=label, column=spec.label))
                       or Finding("type", f"{name}.type", "error", "type.invalid_date", where=where,
                                  row_label=label, column=spec.label, actual=v.value)
                       for where, label, v in _cells(table, name, table.unreadable(name))
                       if v.kind == "invalid")
        if spec.type == "text":
            marked = (marked_finding(name, v, dict(where=where, row_label=label, column=spec.label))
                      for where, label, v in _cells(table, name, _marked_rows(table, name)))
            out.extend(f for f in marked if f is not None)
            out.extend(Finding("type", f"{name}.type", "error", "type.text_too_long", where=where, row_label=label,
                               column=spec.label, actual=v.value, params={"limit": f"{MAX_TEXT:,}"})
                       for where, label, v in _cells(table, name, _long_rows(table, name))
                       if v.kind == "invalid" and isinstance(v.raw, str) and len(v.raw) > MAX_TEXT)
        if not spec.numeric:
            continue
        unit = table.units[name]
        integer = spec.type == "integer"
        # a float read as is says nothing (unless it has a fraction in a whole-number column):
        # only the other cells are looked at
        nums = table.numbers(name)
        ks = set(nums.odd)
        if integer:
            f = nums.floats
            ks.update(np.flatnonzero((f != np.floor(f)) & ~np.isnan(f)).tolist())
        for where, label, v in _cells(table, name, sorted(ks)):
            out.extend(_number_findings(name, spec.label, unit, integer, where, label, v))
    return out


def _long_rows(table: Table, name: str) -> list[int]:
    """The data rows whose cell in text column ``name`` holds more text than a cell can."""
    raw = table.data.raw[name] if table.data is not None else [v.raw for v in table.values(name)]
    return [k for k, x in enumerate(raw) if isinstance(x, str) and len(x) > MAX_TEXT]


def _marked_rows(table: Table, name: str) -> list[int]:
    """The data rows whose cell in text column ``name`` holds an error value or a formula without a value."""
    raw = table.data.raw[name] if table.data is not None else [v.raw for v in table.values(name)]
    return [k for k, x in enumerate(raw) if x.__class__ in MARKERS]


def _cells(table: Table, name: str, ks: list[int]) -> Iterator[tuple[CellRef, str | None, Value]]:
    """Data rows ``ks`` and then the total rows: each one's cell of ``name``, label and value."""
    labels = table.labels_and_keys()[0]
    for k in ks:
        yield table.cell_ref(name, k), labels[k], table.value(name, k)
    for r in table.total_rows:
        cell = r.cells[name]
        yield cell.where, r.label, cell.value


def _number_findings(name: str, label: str, unit: str | None, integer: bool, where: CellRef, row_label: str | None,
                     v: Value) -> list[Finding]:
    if v.kind == "number" and not v.converted_from and not v.from_text and (
            not integer or v.value == v.value.to_integral_value()):
        return []  # a plain number: nothing to say
    if v.kind == "blank":
        return []
    common = dict(where=where, row_label=row_label, column=label, unit=unit)
    if v.kind == "invalid" and v.unit:
        return [Finding("type", f"{name}.unit", "error", "type.unit_mismatch", actual=v.value,
                        params={"cell_unit": v.unit, "raw": str(v.raw).strip()}, **common)]
    if v.kind == "invalid":
        return [marked_finding(name, v, common) or Finding("type", f"{name}.type", "error", "type.invalid",
                                                           actual=v.value, **common)]
    if v.kind in ("date", "bool"):
        return [Finding("type", f"{name}.type", "error", "type.wrong_kind", actual=str(v.value),
                        params={"kind": v.kind}, **common)]
    if v.kind != "number":
        return []  # a text (a 合计 marker standing in a numeric column)
    out = []
    if v.converted_from:
        out.append(Finding("type", f"{name}.unit", "warning", "type.unit_converted", actual=v.value,
                           params={"cell_unit": v.converted_from, "raw": str(v.raw).strip()}, **common))
    elif v.from_text:
        out.append(Finding("type", f"{name}.text-number", "warning", "type.text_number",
                           actual=v.value, params={"raw": str(v.raw).strip()}, **common))
    if integer and v.value != v.value.to_integral_value():
        out.append(Finding("type", f"{name}.integer", "error", "type.not_integer", actual=v.value, **common))
    return out


#: findings for cells whose value is invalid for a reason other than not being a number
_REASONS = {"out_of_range": ("error", "type.out_of_range"), "error_value": ("error", "type.error_value"),
            "not_computed": ("warning", "type.not_computed")}


def marked_finding(name: str, v: Value, common: dict) -> Finding | None:
    """The finding for a value out of range, an error value, or a formula without a value that
    could not be computed (None for any other value)."""
    if v.reason not in _REASONS:
        return None
    severity, key = _REASONS[v.reason]
    params = {"why": v.raw.why, "formula": v.raw.formula} if v.reason == "not_computed" else {}
    return Finding("type", f"{name}.type", severity, key, actual=v.value, params=params, **common)


def header_unit_findings(table: Table) -> list[Finding]:
    """A header ("（元）") or a "单位：元" line that names another unit than the template's.

    Same dimension: the column's values are converted (1 元 = 0.0001 万元) and this warning
    says so once, at the cell that states the unit, so a table in 元 is never compared
    10,000 times too large. Another dimension (a percent where money is expected): an
    error, and the values are used as they are. A header's unit is said for its column; a
    "单位：" line's once for all the columns it converts, naming them."""
    out: list[Finding] = []
    by_line: dict[tuple[str, str, str | None], list[str]] = {}
    for name, (stated, where) in table.stated_units.items():
        spec = table.template.column(name)
        if spec.unit is None or stated == spec.unit:
            continue
        factor = _factor(stated, spec.unit)
        if factor == "1":
            continue
        if where == table.unit_line_cell and table.columns[name].header_unit is None:
            by_line.setdefault((stated, spec.unit, factor), []).append(spec.label)
            continue
        params = {"stated": stated} if factor is None else {"stated": stated, "factor": factor}
        out.append(Finding("type", f"{name}.unit", "warning" if factor else "error",
                           "type.header_unit_converted" if factor else "type.header_unit_mismatch",
                           where=where, column=spec.label, unit=spec.unit, params=params))
    for (stated, unit, factor), labels in by_line.items():
        params = {"stated": stated, "column_list": labels, **({"factor": factor} if factor else {})}
        out.append(Finding("type", "table.unit_line", "warning" if factor else "error",
                           "type.unit_line_converted" if factor else "type.unit_line_mismatch",
                           where=table.unit_line_cell, column="、".join(labels), unit=unit, params=params))
    return out


def _factor(stated: str, unit: str) -> str | None:
    """How many ``unit`` one ``stated`` is ("0.0001" for 元 into 万元); None when the two
    cannot be converted (another dimension, or a percent)."""
    if units.dimension(stated) != units.dimension(unit) or "%" in (stated, unit):
        return None
    return format(units.convert(Decimal(1), stated, unit).normalize(), "f")
