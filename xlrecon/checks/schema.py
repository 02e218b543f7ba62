"""The template's column rules, run by pandera, with each failure case turned into a
finding at the cell the value was read from; and the key's uniqueness.

pandera reports ``not_nullable`` (-> ``missing``) and the column's value checks by their
position (-> ``range``). A value that could not be read as a number is NaN in the frame;
the cells check has already reported it, so pandera's "missing" for it is dropped here.

A key (单位名称) typed more than once is one ``duplicate`` finding per key, at its second
cell, with how many times it stands and where (:func:`duplicate_findings`): a table of
200,000 rows naming 139 counties over and over has 139 such findings, not 199,861, and
is not sent through pandera for them.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from xlrecon.checks.registry import register
from xlrecon.findings import Finding
from xlrecon.read.table import Table
from xlrecon.templates.compile import to_pandera

_RANGE_PARAMS = {"ge": "value", "gt": "value", "le": "value", "lt": "value"}


def _is_nan(x: Any) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))


#: cells of a repeated key a message lists; the count says how many there are in all
LISTED_CELLS = 20


@register("schema")
def schema_findings(table: Table) -> list[Finding]:
    if not table.n:
        return []
    out = duplicate_findings(table)
    if surely_valid(table):
        return out  # pandera would find nothing more; it is only asked (and imported) when something may fail
    return out + _pandera_findings(table)


def duplicate_findings(table: Table) -> list[Finding]:
    """One finding for each key that stands in more than one data row (a 小计 row has no key;
    an of-which row's is its parent's and its own), at its second cell, naming the first."""
    name = table.template.key
    if name not in table.columns:
        return []
    labels, keys = table.labels_and_keys()
    if table.structure is not None and not table.structure.flat:
        keys = table.structure.unique_keys(keys)
    present = [k for k in keys if k is not None]
    if len(set(present)) == len(present):
        return []
    places: dict[str, list[int]] = {}
    for k, key in enumerate(keys):
        if key is not None:
            places.setdefault(key, []).append(k)
    spec = table.template.key_column
    out: list[Finding] = []
    for ks in places.values():
        if len(ks) < 2:
            continue
        refs = [table.cell_ref(name, k) for k in ks]
        listed = "、".join(f"{c.sheet}!{c.a1}" for c in refs[:LISTED_CELLS])
        out.append(Finding(
            "duplicate", f"{name}.unique", "error", "duplicate.key", where=refs[1], row_label=labels[ks[1]],
            column=spec.label, actual=labels[ks[1]],
            params={"first_cell": f"{refs[0].sheet}!{refs[0].a1}", "count": len(ks), "cells": listed,
                    "more": max(0, len(ks) - LISTED_CELLS)},
        ))
    return out


def _pandera_findings(table: Table) -> list[Finding]:
    import pandera.errors as pe

    frame = table.frame()
    schema = to_pandera(table.template, table.columns)
    try:
        schema.validate(frame, lazy=True)
        return []
    except pe.SchemaErrors as exc:
        cases = exc.failure_cases
    out: list[Finding] = []
    for case in cases.to_dict("records"):
        idx, column, check = case.get("index"), case.get("column"), str(case.get("check"))
        if _is_nan(idx) or column is None:
            continue
        row = table.row(int(idx))
        spec = table.template.column(column)
        cell = row.cells[column]
        common = dict(where=cell.where, row_label=row.label, column=spec.label, unit=table.unit_of(column))
        if check == "not_nullable":
            if cell.value.kind == "blank":
                out.append(Finding("missing", f"{column}.required", "error", "missing.value", **common))
            continue  # an unreadable value: reported by the cells check
        if check.startswith("dtype"):
            continue  # frames are built with the template's dtypes; nothing to report
        num = case.get("check_number")
        if _is_nan(num) or int(num) >= len(spec.checks):
            continue
        cs = spec.checks[int(num)]
        params: dict[str, Any] = {}
        if cs.kind in _RANGE_PARAMS:
            params["bound"] = _fmt_bound(cs.params["value"], spec.unit)
        elif cs.kind == "between":
            params["low"] = _fmt_bound(cs.params["min"], spec.unit)
            params["high"] = _fmt_bound(cs.params["max"], spec.unit)
        elif cs.kind == "isin":
            params["allowed"] = "、".join(map(str, cs.params["values"]))
        actual = cell.value.value
        out.append(Finding("range", cs.id, cs.severity, f"range.{cs.kind}", actual=actual, params=params, **common))
    return out


def surely_valid(table: Table) -> bool:
    """A conservative pre-check over the table's values (what :meth:`Table.frame` would
    hold): True only when every value check and nullability holds, so pandera's validation
    (about 20 ms of fixed cost per call, whatever the rows) and the frame can be skipped for
    the clean tables that make up most of a batch. Anything it is not sure of -- a failing
    value, a blank where one is not allowed, a check kind it does not know -- returns False
    and pandera decides. (A repeated key is :func:`duplicate_findings`'.)"""
    import re

    for name in table.columns:
        spec = table.template.column(name)
        if spec.nullable and not spec.checks:
            continue  # nothing to check in this column
        if spec.numeric:
            floats = table.numbers(name).floats
            values = floats[~np.isnan(floats)].tolist()  # the numbers (a number is never NaN)
        elif spec.type == "text":
            values = [t for t in table.texts(name) if t is not None]
        else:
            values = [v.value for v in table.values(name) if v.kind in ("text", "date")]
        if not spec.nullable and len(values) != table.n:
            return False
        for cs in spec.checks:
            p = cs.params
            if cs.kind == "ge":
                ok = all(x >= p["value"] for x in values)
            elif cs.kind == "gt":
                ok = all(x > p["value"] for x in values)
            elif cs.kind == "le":
                ok = all(x <= p["value"] for x in values)
            elif cs.kind == "lt":
                ok = all(x < p["value"] for x in values)
            elif cs.kind == "between":
                ok = all(p["min"] <= x <= p["max"] for x in values)
            elif cs.kind == "isin":
                allowed = set(p["values"])
                ok = all(x in allowed for x in values)
            elif cs.kind == "regex":
                pattern = re.compile(str(p["pattern"]))
                ok = all(isinstance(x, str) and pattern.match(x) for x in values)
            else:
                return False
            if not ok:
                return False
    return True


def _fmt_bound(x: Any, unit: str | None) -> str:
    from xlrecon.messages import fmt_number

    return fmt_number(x, unit)
