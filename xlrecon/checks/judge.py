"""Turning a comparison that does not hold into a finding, the same way for every rule kind."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, getcontext
from typing import Any

from xlrecon.findings import Cause, Change, Finding
from xlrecon.precision import Outcome
from xlrecon.templates.rules import Rule


def judged(rule: Rule, check: str, outcome: Outcome, *, expected: Any, actual: Any, common: dict, params: dict,
           key: str, fix: Callable[[], list[Change] | None] | None = None, difference: Any = None,
           causes: Callable[[Decimal, Decimal], list[Cause] | None] | None = None) -> Finding:
    """A comparison that does not hold, as a finding: ``info`` when inside the tolerance
    (rounding, or the rule's own), else the rule's severity. ``causes(gap, tolerance)``: the
    likely causes of a gap beyond the tolerance (:mod:`xlrecon.checks.causes`)."""
    diff = outcome.difference if difference is None else difference
    if rule.tolerance is None:
        tol, kind, within = outcome.tolerance, "rounding", outcome.consistent
    else:
        base = abs(expected) if isinstance(expected, Decimal) else Decimal(0)
        tol = rule.tolerance.value if rule.tolerance.kind == "absolute" else rule.tolerance.value * base
        kind, within = rule.tolerance.kind, abs(diff) <= tol
    severity = "info" if within else rule.severity
    changes = fix() if (within and fix is not None and kind == "rounding") else None
    why = causes(diff, tol) if (causes is not None and not within and isinstance(diff, Decimal)) else None
    msg = key.split(".")[0] + (".rounding" if within and kind == "rounding" else ".tolerated" if within else "")
    return Finding(check, rule.id, severity, msg if within else key, expected=tidy(expected), actual=tidy(actual),
                   difference=tidy(diff), tolerance=tidy(tol), tolerance_kind=kind,
                   rounding_explainable=outcome.consistent, fixup=changes, causes=why, params=params, **common)


def tidy(x: Any) -> Any:
    """A computed Decimal without trailing zeros (0.10 × 1438.26 is 143.826, not 143.8260)."""
    if isinstance(x, Decimal) and x.is_finite():
        n = x.normalize()
        # a whole number written out (1E+2 as 100), when its digits fit the context
        return n.quantize(Decimal(1)) if n == n.to_integral_value() and n.adjusted() < getcontext().prec else n
    return x
