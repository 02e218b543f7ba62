"""The ``deadline`` rule: a date column (填报日期) not later than a day of the year.

郑财购〔2023〕3号: units file the year's reserve shares "每年3月20日前". The year is the
one the filing is for: the year a title line above the header names (2023年度预留份额
填报表), else the date's own year. The finding stands at the date's cell, with the
deadline as ``expected``, the date as ``actual`` and the days late as ``difference``.
Blank dates are left to the required-value check, unreadable ones to the cells check.
"""

from __future__ import annotations

import datetime as dt
import re

from xlrecon.checks.context import Context
from xlrecon.checks.registry import rule_kind
from xlrecon.findings import Finding
from xlrecon.read.table import Table
from xlrecon.templates.rules import Rule

_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


@rule_kind("deadline")
def deadline_findings(rule: Rule, ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    col = rule.column
    assert rule.by is not None  # the loader requires it
    month, day = rule.by
    for table in ctx.tables:
        if col not in table.columns:
            continue
        year = title_year(table, ctx)
        label = table.template.column(col).label
        labels = table.labels_and_keys()[0]
        for k, filed in enumerate(table.dates(col)):
            if filed is None:
                continue
            due = _day(year or filed.year, month, day)
            if filed <= due:
                continue
            out.append(Finding(
                "deadline", rule.id, rule.severity, "deadline.late", where=table.cell_ref(col, k), row_label=labels[k],
                column=label, expected=due.isoformat(), actual=filed.isoformat(), difference=(filed - due).days,
                unit="天", params={"rule_label": rule.label, "basis": "title" if year else "own"},
            ))
    return out


def title_year(table: Table, ctx: Context) -> int | None:
    """The year a title line above the table's header names (2023年度…), if any."""
    for text in ctx.title_lines(table):
        if m := _YEAR.search(text):
            return int(m[1])
    return None


def _day(year: int, month: int, day: int) -> dt.date:
    """The deadline in ``year``; 02-29 falls back to 02-28 in a common year."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return dt.date(year, month, day - 1)
