"""Checks: plain functions registered by name.

Two registries: *table families* (``@register``) take one Table and return Findings
(the reading checks and the pandera schema); *rule kinds* (``@rule_kind``) take one
rule of the template's ``rules:`` list and the file's :class:`Context` (all its tables,
its sheets, the region registry, the previous period) and return Findings. A rule
file refers to a kind by its name, so adding a kind means adding a function to a module
here, registered (:mod:`.registry`), and its module to :func:`load`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from xlrecon.checks.registry import REGISTRY, RULES
from xlrecon.findings import Finding

if TYPE_CHECKING:
    from xlrecon.checks.context import Context

__all__ = ["REGISTRY", "RULES", "load", "run"]


def run(ctx: Context) -> list[Finding]:
    """Every table family over each of the file's tables, then each of the template's rules."""
    load()
    findings: list[Finding] = []
    for table in ctx.tables:
        for fn in REGISTRY.values():
            findings.extend(fn(table))
    if ctx.tables:
        for rule in ctx.tables[0].template.rules:
            findings.extend(RULES[rule.kind](rule, ctx))
    return findings


def load() -> None:
    """Import every check module (importing a family's module registers it)."""
    from xlrecon.checks import (cells, coverage, deadlines, formulae, hidden, ratios, regions,  # noqa: F401
                                rollup, schema, shown, thresholds, totals)
