"""The two registries of checks, filled as the check modules are imported.

*Table families* (``@register``) take one Table and return Findings (the reading checks
and the pandera schema); *rule kinds* (``@rule_kind``) take one rule of the template's
``rules:`` list and the file's :class:`~xlrecon.checks.context.Context` and return
Findings. A rule file refers to a kind by its name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from xlrecon.findings import Finding
from xlrecon.read.table import Table

if TYPE_CHECKING:
    from xlrecon.checks.context import Context
    from xlrecon.templates.rules import Rule

CheckFn = Callable[[Table], list[Finding]]
RuleFn = Callable[["Rule", "Context"], list[Finding]]
REGISTRY: dict[str, CheckFn] = {}
RULES: dict[str, RuleFn] = {}
F = TypeVar("F", CheckFn, RuleFn)


def register(name: str) -> Callable[[CheckFn], CheckFn]:
    """``@register("name")``: a table family."""
    return _into(REGISTRY, "check family", name)


def rule_kind(kind: str) -> Callable[[RuleFn], RuleFn]:
    """``@rule_kind("kind")``: the function a template's rules of that ``kind:`` run."""
    return _into(RULES, "rule kind", kind)


def _into(registry: dict[str, F], what: str, name: str) -> Callable[[F], F]:
    def deco(fn: F) -> F:
        if name in registry:
            raise ValueError(f"{what} {name!r} registered twice")
        registry[name] = fn
        return fn

    return deco
