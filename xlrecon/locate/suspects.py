"""The fewest-changes solution as findings: a ``suspect`` finding at each cell it changes, with
the value that makes every rule hold, and whether the arithmetic can tell that cell apart
(the only smallest set of changes, a cell every smallest set changes, or one of several sets
as small). Where no solution could be had (the time limit, no change within the template's
bounds, a solution that did not hold in exact decimals), a finding says so at the failing
rule's cell, marked not evaluated: never a silent pass.
"""

from __future__ import annotations

from typing import Any

from xlrecon.checks.context import Context
from xlrecon.checks.equations import Equation, Ratio, System
from xlrecon.findings import Finding
from xlrecon.locate import solve
from xlrecon.locate.system import system, time_limit, weights

#: at most this many cells of other solutions are named in a finding
_NAMED = 3


def locate(ctx: Context, seconds: float | None = None, equations: System | None = None
           ) -> tuple[list[Finding], list[tuple[str, dict[str, Any]]]]:
    """The ``suspect`` findings of a file's tables, and notes on what the localisation covered;
    ``equations``: the file's rules as equations, when they were built already."""
    if not ctx.tables:
        return [], []
    sys_ = equations if equations is not None else system(ctx)
    notes: list[tuple[str, dict[str, Any]]] = list(sys_.left_out)
    cells = sys_.terms()
    found: list[Finding] = []
    limit = time_limit() if seconds is None else seconds
    w = weights(ctx.tables[0].template)
    groups = solve.parts(sys_)
    for eqs, terms in groups:
        try:
            result = solve.fewest_changes(eqs, terms, w, limit)
        except Exception:  # noqa: BLE001 - the solver failing is said at the rule, never a traceback
            result = solve.Result("solver_error", [e for e in eqs if not e.holds()])
        found.extend(_findings(result, {t.where: t for t in terms}))
    notes.append(("locate_summary", {"equations": len(sys_.equations), "ratios": len(sys_.ratios),
                                     "cells": len(cells), "broken": len(solve.broken(sys_)),
                                     "suspects": sum(1 for f in found if f.evaluated)}))
    return found, notes


def _labels(eqs: list[Equation | Ratio]) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for e in eqs:
        if e.label not in out:
            out.append(e.label)
    return out


def _findings(result: solve.Result, terms: dict) -> list[Finding]:
    rules = _labels(result.broken)
    if result.best is None:
        first = result.broken[0]
        return [Finding("suspect", "locate", "warning", "suspect.not_located", where=first.where, evaluated=False,
                        params={"rule_labels": rules, "failed": result.status, "count": len(result.broken)})]
    best = result.best
    certain = result.certain
    others = [s for s in result.others]
    out = []
    for where, new in sorted(best.changes.items(), key=lambda kv: (kv[0].sheet, kv[0].row, kv[0].col)):
        t = terms[where]
        if not others and result.exhausted:
            key = "suspect.only"
        elif where in certain:
            key = "suspect.in_all"
        else:
            key = "suspect.one_of"
        named = [c for s in others for c in s.changes if c not in best.changes][:_NAMED]
        out.append(Finding(
            "suspect", "locate", "warning", key, where=where, row_label=t.row_label, column=t.column,
            expected=new, actual=t.value, difference=new - t.value, unit=t.unit,
            params={"rule_labels": rules, "count": len(best.changes),
                    "others": len(others) if result.exhausted else f"{len(others)}+",
                    "other_cells": "、".join(c.a1 if c.sheet == where.sheet else f"{c.sheet}!{c.a1}" for c in named),
                    "cell_kind": t.kind}))
    return out
