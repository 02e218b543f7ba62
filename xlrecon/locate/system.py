"""A workbook's equations, gathered from each rule kind that writes them, and the weights a
change of each kind of cell costs (``schemas/locate/weights.yaml``, or the template's own)."""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

import yaml

from xlrecon.checks import rollup, totals
from xlrecon.checks.context import Context
from xlrecon.checks.equations import System, ratio_equations
from xlrecon.templates.model import Template


def system(ctx: Context) -> System:
    """The equations of every ``total`` (relation ``eq``), ``rollup`` and ``ratio`` rule of the
    file's template, over its tables."""
    out = System()
    if not ctx.tables:
        return out
    for rule in ctx.tables[0].template.rules:
        if rule.kind == "total" and rule.relation == "eq":
            totals.equations(rule, ctx, out)
        elif rule.kind == "rollup":
            rollup.equations(rule, ctx, out)
        elif rule.kind == "ratio":
            ratio_equations(rule, ctx, out)
    return out


@functools.cache
def defaults() -> dict[str, Any]:
    text = (resources.files("xlrecon.schemas") / "locate" / "weights.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def weights(template: Template) -> dict[str, float]:
    """What a change costs by kind of cell: the defaults, then the template's ``locate.weights``."""
    out = {k: float(v) for k, v in defaults()["weights"].items()}
    out.update(template.extra.get("locate", {}))
    return out


def time_limit() -> float:
    return float(defaults()["time_limit"])
