"""A template's column rules compiled into a pandera ``DataFrameSchema``.

Only the columns found in the table are included (an optional column that is
absent is not an error). Each pandera check keeps its position in the column's
``checks`` list, so a failure case's ``check_number`` leads back to the
template's :class:`~xlrecon.templates.model.CheckSpec` and its rule id.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from xlrecon.templates.model import CheckSpec, Template


def _pandera_check(spec: CheckSpec) -> Any:
    import pandera.pandas as pa

    p = spec.params
    if spec.kind == "ge":
        return pa.Check.ge(p["value"])
    if spec.kind == "gt":
        return pa.Check.gt(p["value"])
    if spec.kind == "le":
        return pa.Check.le(p["value"])
    if spec.kind == "lt":
        return pa.Check.lt(p["value"])
    if spec.kind == "between":
        return pa.Check.in_range(p["min"], p["max"])
    if spec.kind == "isin":
        return pa.Check.isin(list(p["values"]))
    if spec.kind == "regex":
        return pa.Check.str_matches(str(p["pattern"]))
    raise ValueError(f"unknown check kind {spec.kind!r}")  # the loader admits no other kind


def to_pandera(template: Template, present: Iterable[str]) -> Any:
    import pandera.pandas as pa

    present = set(present)
    columns: dict[str, Any] = {}
    for spec in template.columns:
        if spec.name not in present:
            continue
        columns[spec.name] = pa.Column(
            "float64" if spec.numeric else None,
            checks=[_pandera_check(c) for c in spec.checks],
            nullable=spec.nullable,
            required=True,
        )
    return pa.DataFrameSchema(columns, strict=False, ordered=False, name=template.name)
