"""What one submitted file contributes to the checks across files, made where it was read.

A batch worker reads a workbook, checks it, and sends back its report and this small
digest instead of its tables: the file's fingerprint, the title lines above its table
(where a district names itself), each row key with the cell it was read from (to find a
unit filed twice), and for each column its template reconciles with a summary
(``batch: summary: sums``) the exact sum of its data rows, in the column's unit.

The interval those digits allow (each figure shown with two decimals stands for ±0.005)
takes the number formats of every cell, a second read of the sheet's XML; it matters only
where a district's sum differs from the summary's figure, so the parent measures it then
(:func:`measure_intervals`, reading the file again) instead of every worker for every file.
"""

from __future__ import annotations

import hashlib
import os
import stat
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from xlrecon.findings import CellRef
from xlrecon.precision import ZERO, Interval

if TYPE_CHECKING:
    from xlrecon.checks.context import Context
    from xlrecon.read.table import Table
    from xlrecon.templates.model import Template


class KeyRef(NamedTuple):
    """A row key and its cell."""

    key: str  # as compared (whitespace removed)
    label: str  # as typed
    sheet: str
    row: int  # 0-based sheet row and column of the key cell
    col: int

    @property
    def where(self) -> CellRef:
        return CellRef(self.sheet, self.row, self.col)


@dataclass
class Keys:
    """The row keys of a file's tables with their cells, column by column (a thousand files
    send a parent a hundred and fifty each): key ``i`` is ``keys[i]``, typed ``labels[i]``,
    in sheet row ``rows[i]`` of the block (table) it belongs to."""

    keys: list[str] = field(default_factory=list)  # as compared (whitespace removed)
    labels: list[str] = field(default_factory=list)  # as typed
    rows: list[int] = field(default_factory=list)  # 0-based sheet rows of the key cells
    blocks: list[tuple[int, str, int]] = field(default_factory=list)  # (first key, sheet, 0-based column)

    def __len__(self) -> int:
        return len(self.keys)

    def add(self, sheet: str, col: int, keys: list[str], labels: list[str | None], rows: list[int]) -> None:
        """One table's keys (rows without a key left out); a label typed as its key is kept once."""
        self.blocks.append((len(self.keys), sheet, col))
        if not all(keys):  # rows without a key left out
            kept = [i for i, key in enumerate(keys) if key]
            keys, labels, rows = [keys[i] for i in kept], [labels[i] for i in kept], [rows[i] for i in kept]
        self.keys.extend(keys)
        self.labels.extend([key if not label or label == key else label for key, label in zip(keys, labels)])
        self.rows.extend(rows)

    def ref(self, i: int) -> KeyRef:
        _, sheet, col = self.blocks[bisect_right([b[0] for b in self.blocks], i) - 1]
        return KeyRef(self.keys[i], self.labels[i], sheet, self.rows[i], col)


@dataclass(frozen=True)
class ColumnSum:
    """A column's data rows added up: the figure, how many numbers, and the figure's rounding
    interval once measured (:func:`measure_intervals`; None until then)."""

    total: Decimal
    interval: Interval | None
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
    keys: Keys = field(default_factory=Keys)
    rows: int = 0
    sums: dict[str, ColumnSum] = field(default_factory=dict)
    anchor: CellRef | None = None  # the table's first header cell: where the file as a whole is pointed at
    key_column: str | None = None  # how findings name the key column (单位名称)


def fingerprint(path: str | Path) -> str:
    """The SHA-1 of a regular file's bytes; OSError for anything else (a FIFO is not opened for
    reading: that would wait for a writer for ever)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise OSError(f"not a regular file: {path}")
        h = hashlib.sha1()
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def summarize(path: str, template: str | None, ctx: Context | None) -> Submission:
    """The digest of a checked file (``ctx`` is None when it could not be read)."""
    from xlrecon.read.intervals import column_total

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
        st = t.structure
        # the units a file lists: its finest rows (no subtotal, parent or of-which row)
        sub.rows += t.n if st is None or st.flat else len(st.leaves())
        labels, keys = t.labels_and_keys()
        if st is not None and not st.flat:  # 小计 is no unit's name; of-which rows under their parent's
            keys = st.unique_keys(keys)
        if t.template.key in t.columns:
            name = t.template.key
            sub.keys.add(t.sheet, t.columns[name].col, keys, labels, t.cell_rows(name))
    summary = first.template.summary
    wanted = [c for c, _ in summary.sums] if summary is not None else []
    for name in wanted:
        if name not in first.columns:
            continue
        spec = first.template.column(name)
        tables = _summed(ctx.tables, name)
        if not tables:
            continue
        total, count = ZERO, 0
        for t in tables:
            s, c = column_total(t, name)
            total, count = total + s, count + c
        sub.sums[name] = ColumnSum(
            total=total, interval=None, count=count,
            unreadable=sum(1 for t in tables for v in t.numbers(name).odd.values() if v.kind != "number"),
            unit=first.unit_of(name), label=spec.label, first=tables[0].cell_ref(name, 0),
        )
    return sub


def _summed(tables: list[Table], name: str) -> list[Table]:
    """The tables whose rows a digest adds up in column ``name``."""
    return [t for t in tables if name in t.columns and t.n]


def measure_intervals(sub: Submission, template: Template) -> bool:
    """Fill in the rounding intervals of a digest's sums by reading its file's tables again with
    the template it was checked with. False, and the intervals left unknown, when the file no
    longer has the bytes it was checked with or does not read as it did."""
    from xlrecon.errors import XlreconError
    from xlrecon.pipeline import read_tables
    from xlrecon.read.intervals import column_sum

    missing = [n for n, cs in sub.sums.items() if cs.interval is None]
    if not missing:
        return True
    try:
        if fingerprint(sub.path) != sub.sha1:
            return False
        tables = read_tables(sub.path, [template])
    except (OSError, XlreconError):
        return False
    if not tables or tables[0].template.name != sub.template:
        return False
    for name in missing:
        interval = Interval.exact(ZERO)
        for t in _summed(tables, name):
            interval = interval + column_sum(t, name)[1]
        sub.sums[name] = replace(sub.sums[name], interval=interval)
    return True
