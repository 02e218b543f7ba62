"""What one submitted file contributes to the checks across files, made where it was read.

A batch worker reads a workbook, checks it, and sends back its report and this small
digest instead of its tables: the file's fingerprint, the title lines above its table
(where a district names itself), each row key with the cell it was read from (to find a
unit filed twice), and for each column its template reconciles with a summary
(``batch: summary: sums``) the sum of its data rows as the interval its displayed digits
allow, in the column's unit.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

from xlrecon.checks.context import Context
from xlrecon.findings import CellRef
from xlrecon.precision import ZERO, Interval, column_sum


class KeyRef(NamedTuple):
    """A row key and its cell, sent as a plain tuple (a thousand files send many of them)."""

    key: str  # as compared (whitespace removed)
    label: str  # as typed
    sheet: str
    row: int  # 0-based sheet row and column of the key cell
    col: int

    @property
    def where(self) -> CellRef:
        return CellRef(self.sheet, self.row, self.col)


@dataclass(frozen=True)
class ColumnSum:
    """A column's data rows added up: the figure, its rounding interval, how many numbers."""

    total: Decimal
    interval: Interval
    count: int
    unreadable: int  # cells that hold something that is not a number
    unit: str | None
    label: str
    first: CellRef  # the column's first data cell, where a finding about the file can point


@dataclass
class Submission:
    path: str
    template: str | None
    sha1: str
    titles: list[str] = field(default_factory=list)
    keys: list[tuple[str, str, str, int, int]] = field(default_factory=list)  # KeyRef fields, as plain tuples
    rows: int = 0
    sums: dict[str, ColumnSum] = field(default_factory=dict)
    anchor: CellRef | None = None  # the table's first header cell: where the file as a whole is pointed at
    key_column: str | None = None  # how findings name the key column (单位名称)


def fingerprint(path: str | Path) -> str:
    h = hashlib.sha1()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def summarize(path: str, template: str | None, ctx: Context | None) -> Submission:
    """The digest of a checked file (``ctx`` is None when it could not be read)."""
    try:
        sha1 = fingerprint(path)
    except OSError:
        sha1 = ""
    sub = Submission(path=path, template=template, sha1=sha1)
    if ctx is None or not ctx.tables:
        return sub
    first = ctx.tables[0]
    sub.titles = ctx.title_lines(first)
    sub.key_column = first.template.key_column.label
    hits = sorted(first.columns.values(), key=lambda h: h.col)
    if hits:
        sub.anchor = hits[0].header_cell
    for t in ctx.tables:
        sub.rows += t.n
        labels, keys = t.labels_and_keys()
        if t.template.key in t.columns:
            name = t.template.key
            col = t.columns[name].col
            sub.keys.extend((key, label or key, t.sheet, row, col)
                            for key, label, row in zip(keys, labels, t.cell_rows(name)) if key)
    summary = first.template.summary
    wanted = [c for c, _ in summary.sums] if summary is not None else []
    for name in wanted:
        if name not in first.columns:
            continue
        spec = first.template.column(name)
        tables = [t for t in ctx.tables if name in t.columns and t.n]
        if not tables:
            continue
        total, interval, count = ZERO, Interval.exact(ZERO), 0
        for t in tables:
            s, iv, c = column_sum(t, name)
            total, interval, count = total + s, interval + iv, count + c
        sub.sums[name] = ColumnSum(
            total=total, interval=interval, count=count,
            unreadable=sum(1 for t in tables for v in t.numbers(name).odd.values() if v.kind != "number"),
            unit=first.unit_of(name), label=spec.label, first=tables[0].cell_ref(name, 0),
        )
    return sub
