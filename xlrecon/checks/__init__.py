"""Checks: plain functions registered by name, each taking a Table and returning Findings.

A check family lives in its own module and registers itself with :func:`register`;
:func:`run` runs every registered family over a table, in registration order.
"""

from __future__ import annotations

from collections.abc import Callable

from xlrecon.findings import Finding
from xlrecon.workbook.table import Table

CheckFn = Callable[[Table], list[Finding]]
REGISTRY: dict[str, CheckFn] = {}


def register(name: str) -> Callable[[CheckFn], CheckFn]:
    def deco(fn: CheckFn) -> CheckFn:
        if name in REGISTRY:
            raise ValueError(f"check family {name!r} registered twice")
        REGISTRY[name] = fn
        return fn

    return deco


def run(table: Table) -> list[Finding]:
    _load()
    findings: list[Finding] = []
    for fn in REGISTRY.values():
        findings.extend(fn(table))
    return findings


def _load() -> None:
    # importing a family's module registers it
    from xlrecon.checks import cells, schema, totals  # noqa: F401
