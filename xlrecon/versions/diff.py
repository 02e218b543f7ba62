"""A resubmission against the version it corrects (更正版): what changed, row by row and cell by
cell, and which findings it fixed.

Both versions are read with their template, as a check reads them. Each table of the new file
is set against the old file's table of the same sheet (else the same place). Rows are aligned
by the template's key (:class:`~xlrecon.versions.keys.Keys`: 株洲县 in the old file is 渌口区 in
the new), a key that stands twice by its order among its own, rows without a key by their
order; each row is ``same``, ``changed`` (a cell's shown figure differs), ``moved`` (its place
among the rows both versions hold differs, nothing else), ``added`` or ``removed``. A figure is
compared as the sheet shows it: each side rounded to the decimals its cell shows, so that a
change inside the rounding of the figures shown is no change. Findings are matched by rule,
row key and column (not by cell: rows move): ``fixed``, ``still`` (still there), ``new``.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from xlrecon.findings import CellRef, FileReport, Finding
from xlrecon.precision import round_to
from xlrecon.read.intervals import column_decimals
from xlrecon.read.table import Table
from xlrecon.versions.keys import Keys, key_text, template_column

STATUSES = ("changed", "added", "removed", "moved", "same")


@dataclass
class CellChange:
    column: str  # the template's column name
    label: str
    old: Any  # the figure (Decimal) or text as each version shows it
    new: Any
    difference: Decimal | None  # new − old, for figures, in ``unit``
    unit: str | None
    old_cell: CellRef | None
    new_cell: CellRef | None

    def to_dict(self) -> dict[str, Any]:
        return {"column": self.label, "name": self.column, "old": _plain(self.old), "new": _plain(self.new),
                "difference": _plain(self.difference), "unit": self.unit,
                "old_cell": self.old_cell.a1 if self.old_cell else None,
                "new_cell": self.new_cell.a1 if self.new_cell else None}


@dataclass
class RowChange:
    status: str  # one of STATUSES
    label: str | None  # the row's key cell's text (new version's, else old's)
    old_row: int | None  # 1-based sheet rows
    new_row: int | None
    cells: list[CellChange] = field(default_factory=list)
    moved: bool = False  # a changed row whose place changed too

    def to_dict(self) -> dict[str, Any]:
        return {"status": self.status, "label": self.label, "old_row": self.old_row, "new_row": self.new_row,
                "moved": self.moved, "cells": [c.to_dict() for c in self.cells]}


@dataclass
class TableDiff:
    old_sheet: str | None
    new_sheet: str | None
    rows: list[RowChange]
    #: rows aligned by their order where their key was blank or stood twice
    by_order: int = 0
    key_col: int = 0  # the new table's key column (0-based), where an added row is marked

    def counts(self) -> dict[str, int]:
        return {s: sum(r.status == s for r in self.rows) for s in STATUSES}

    def to_dict(self) -> dict[str, Any]:
        return {"old_sheet": self.old_sheet, "new_sheet": self.new_sheet, "counts": self.counts(),
                "by_order": self.by_order, "rows": [r.to_dict() for r in self.rows if r.status != "same"]}


@dataclass
class Diff:
    old: str
    new: str
    #: what changed before any row: the template, a column's header or unit, as (key, params)
    notes: list[tuple[str, dict[str, Any]]]
    tables: list[TableDiff]
    fixed: list[Finding]
    still: list[Finding]  # the new version's findings that the old had too
    new_findings: list[Finding]
    old_report: FileReport
    new_report: FileReport

    def changes_report(self) -> FileReport:
        """The new version's changes as findings at its cells (check ``diff``): what
        ``--annotate`` writes into a copy of it, through the writer of annotated copies (a
        修改对照 sheet, each changed cell marked with its old value in a note). A removed row has
        no cell in the new version: it is in the JSON and the console only."""
        out = []
        for t in self.tables:
            for r in t.rows:
                for c in r.cells:
                    if c.new_cell is None:
                        continue
                    old_cell = c.old_cell.a1 if c.old_cell is not None else "—"
                    if c.difference is not None:
                        out.append(Finding("diff", f"diff.{c.column}", "info", "diff.changed", where=c.new_cell,
                                           row_label=r.label, column=c.label, expected=c.old, actual=c.new,
                                           difference=c.difference, unit=c.unit, params={"old_cell": old_cell}))
                    else:
                        out.append(Finding("diff", f"diff.{c.column}", "info", "diff.changed_text", where=c.new_cell,
                                           row_label=r.label, column=c.label,
                                           params={"old": "" if c.old is None else str(c.old),
                                                   "new": "" if c.new is None else str(c.new),
                                                   "old_cell": old_cell}))
                if r.status == "added" and r.new_row is not None:
                    out.append(Finding("diff", "diff.added", "info", "diff.added",
                                       where=CellRef(t.new_sheet or "", r.new_row - 1, t.key_col),
                                       row_label=r.label))
        return FileReport(path=self.new, schema=self.new_report.schema, findings=out)

    @property
    def compared(self) -> bool:
        """Whether both versions were read (else nothing was compared: see the errors)."""
        return self.old_report.error is None and self.new_report.error is None

    def counts(self) -> dict[str, int]:
        out = {s: 0 for s in STATUSES}
        for t in self.tables:
            for s, n in t.counts().items():
                out[s] += n
        out.update(fixed=len(self.fixed), still=len(self.still), new_findings=len(self.new_findings),
                   cells=sum(len(r.cells) for t in self.tables for r in t.rows))
        return out

    def to_dict(self, lang: str = "zh") -> dict[str, Any]:
        from xlrecon.messages import diff_text

        def finding(f: Finding) -> dict[str, Any]:
            return {"check": f.check, "rule": f.rule, "severity": f.severity, "sheet": f.sheet, "cell": f.cell,
                    "row_label": f.row_label, "message": f.message(lang)}

        return {"old": self.old, "new": self.new, "compared": self.compared,
                "notes": [{"key": k, "message": diff_text("note." + k, lang, **p)} for k, p in self.notes],
                "tables": [t.to_dict() for t in self.tables],
                "findings": {"fixed": [finding(f) for f in self.fixed], "still": [finding(f) for f in self.still],
                             "new": [finding(f) for f in self.new_findings]},
                "summary": self.counts(),
                "errors": [{"path": r.path, "error": r.error.to_dict(lang)} for r in (self.old_report, self.new_report)
                           if r.error is not None]}


def _plain(v: Any) -> Any:
    if isinstance(v, Decimal):
        return float(v) if v == v.to_integral_value() or abs(v.as_tuple().exponent) <= 15 else str(v)
    return v


# --- rows ---------------------------------------------------------------------------------------


def _keys_of(table: Table, keys: Keys, columns: Sequence[str] = ()) -> list[tuple[str, ...] | None]:
    """Each data row's key: the template's key column, or the texts of ``columns`` (names of the
    template's columns, a composite key)."""
    if not columns:
        labels, _ = table.labels_and_keys()
        return [keys.of([t]) for t in labels]
    parts = [[key_text(table.value(c, k)) for c in columns] for k in range(table.n)]
    return [keys.of(p) for p in parts]


def _align(old: list[tuple[str, ...] | None], new: list[tuple[str, ...] | None]) -> tuple[
        list[tuple[int | None, int | None]], int]:
    """Pairs of (old index, new index) in the new version's order, then the removed rows; and how
    many rows were paired by their order (a key blank or twice on a side)."""
    by_old: dict[tuple[str, ...], list[int]] = {}
    for i, k in enumerate(old):
        if k is not None:
            by_old.setdefault(k, []).append(i)
    taken: set[int] = set()
    pairs: list[tuple[int | None, int | None]] = []
    unkeyed_old = [i for i, k in enumerate(old) if k is None]
    by_order = 0
    seen: dict[tuple[str, ...], int] = {}
    for j, k in enumerate(new):
        if k is None:
            i = unkeyed_old.pop(0) if unkeyed_old else None
            by_order += i is not None
        else:
            n = seen.get(k, 0)
            seen[k] = n + 1
            candidates = by_old.get(k, [])
            i = candidates[n] if n < len(candidates) else None
            by_order += i is not None and (len(candidates) > 1 or n > 0)
        if i is not None:
            taken.add(i)
        pairs.append((i, j))
    pairs += [(i, None) for i in range(len(old)) if i not in taken]
    return pairs, by_order


def _moved(pairs: list[tuple[int | None, int | None]]) -> set[int]:
    """New indexes of the paired rows outside a longest run in the same order (the rows that moved)."""
    both = [(i, j) for i, j in pairs if i is not None and j is not None]
    seq = [i for i, _ in both]
    # longest increasing subsequence of the old indexes, in the new order (patience sorting)
    tails: list[int] = []
    tail_at: list[int] = []
    prev = [-1] * len(seq)
    for n, x in enumerate(seq):
        p = bisect.bisect_left(tails, x)
        if p == len(tails):
            tails.append(x)
            tail_at.append(n)
        else:
            tails[p], tail_at[p] = x, n
        prev[n] = tail_at[p - 1] if p else -1
    keep: set[int] = set()
    n = tail_at[-1] if tail_at else -1
    while n >= 0:
        keep.add(n)
        n = prev[n]
    return {both[n][1] for n in range(len(both)) if n not in keep}  # type: ignore[misc]


# --- cells --------------------------------------------------------------------------------------


class _Shown:
    """A table's figures as the sheet shows them: each numeric cell rounded to its decimals."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self._dec: dict[str, list[int | None]] = {}

    def value(self, name: str, k: int) -> Any:
        spec = self.table.template.column(name)
        v = self.table.value(name, k)
        if v.is_blank:
            return None
        if spec.numeric:
            if v.kind != "number":
                return v.raw if v.raw is not None else v.value
            if v.converted_from is not None:  # converted to the column's unit: its digits are another scale's
                return v.value
            if name not in self._dec:
                self._dec[name] = column_decimals(self.table, name)
            d = self._dec[name][k]
            return v.value if d is None else round_to(v.value, d)
        if spec.type == "date":
            return v.value if v.kind == "date" else v.raw
        return " ".join(str(v.value).split()) if v.value is not None else None


def _changes(old: Table, new: Table, i: int, j: int, so: _Shown, sn: _Shown) -> list[CellChange]:
    out = []
    for name, hit in new.columns.items():
        if name not in old.columns or name == "__key__":
            continue
        spec = new.template.column(name)
        a, b = so.value(name, i), sn.value(name, j)
        unit = spec.unit or new.unit_of(name)  # both read in the template's unit
        if isinstance(a, Decimal) and isinstance(b, Decimal):
            if a == b:
                continue
            diff = b - a
        else:
            if a == b:
                continue
            diff = None
        out.append(CellChange(name, spec.label, a, b, diff, unit if spec.numeric else None,
                              old.cell_ref(name, i), new.cell_ref(name, j)))
    return out


def _total_changes(old: Table, new: Table, so: _Shown, sn: _Shown) -> RowChange | None:
    """The first 合计 row, compared as a row of its own."""
    if not old.total_rows or not new.total_rows:
        return None
    a, b = old.total_rows[0], new.total_rows[0]
    cells = []
    for name in new.columns:
        if name not in old.columns or name not in a.cells or name not in b.cells:
            continue
        va, vb = a.cells[name].value, b.cells[name].value
        if va.kind == vb.kind == "number":
            if va.value == vb.value:
                continue
            cells.append(CellChange(name, new.template.column(name).label, va.value, vb.value, vb.value - va.value,
                                    new.unit_of(name), a.cells[name].where, b.cells[name].where))
    if not cells:
        return None
    return RowChange("changed", b.label or a.label, a.row + 1, b.row + 1, cells)


def table_diff(old: Table, new: Table, keys: Keys, columns: Sequence[str] = ()) -> TableDiff:
    pairs, by_order = _align(_keys_of(old, keys, columns), _keys_of(new, keys, columns))
    moved = _moved(pairs)
    so, sn = _Shown(old), _Shown(new)
    old_rows, new_rows = old.sheet_rows(), new.sheet_rows()
    old_labels, _ = old.labels_and_keys()
    new_labels, _ = new.labels_and_keys()
    rows: list[RowChange] = []
    for i, j in pairs:
        if i is None:
            rows.append(RowChange("added", new_labels[j], None, new_rows[j] + 1))
        elif j is None:
            rows.append(RowChange("removed", old_labels[i], old_rows[i] + 1, None))
        else:
            cells = _changes(old, new, i, j, so, sn)
            status = "changed" if cells else "moved" if j in moved else "same"
            rows.append(RowChange(status, new_labels[j] or old_labels[i], old_rows[i] + 1, new_rows[j] + 1, cells,
                                  moved=bool(cells) and j in moved))
    total = _total_changes(old, new, so, sn)
    if total is not None:
        rows.append(total)
    key_hit = new.columns.get(columns[0] if columns else new.template.key)
    return TableDiff(old.sheet, new.sheet, rows, by_order, key_hit.col if key_hit is not None else 0)


# --- the whole ----------------------------------------------------------------------------------


def _pair_tables(old: list[Table], new: list[Table]) -> list[tuple[Table | None, Table | None]]:
    out: list[tuple[Table | None, Table | None]] = []
    left = list(old)
    for t in new:
        same = next((o for o in left if o.sheet == t.sheet), None) or (left[0] if left else None)
        if same is not None:
            left.remove(same)
        out.append((same, t))
    out += [(o, None) for o in left]
    return out


def _header_notes(old: Table, new: Table) -> list[tuple[str, dict[str, Any]]]:
    notes: list[tuple[str, dict[str, Any]]] = []
    for name, hit in new.columns.items():
        spec = new.template.column(name)
        if name not in old.columns:
            notes.append(("column_added", {"sheet": new.sheet, "column": spec.label}))
            continue
        if old.columns[name].header != hit.header:
            notes.append(("header_changed", {"sheet": new.sheet, "column": spec.label,
                                             "old": "/".join(old.columns[name].header), "new": "/".join(hit.header)}))
        if old.unit_of(name) != new.unit_of(name) and spec.numeric:
            notes.append(("unit_changed", {"sheet": new.sheet, "column": spec.label,
                                           "old": old.unit_of(name) or "—", "new": new.unit_of(name) or "—"}))
    for name in old.columns:
        if name not in new.columns:
            notes.append(("column_removed", {"sheet": new.sheet, "column": old.template.column(name).label}))
    return notes


def _finding_key(f: Finding, keys: Keys) -> tuple:
    """What makes a finding the same in both versions: its rule, row (by key), column and
    severity (an error that became rounding residue is fixed; the residue is new)."""
    label = keys.of([f.row_label]) if f.row_label else None
    return (f.rule, label, f.params.get("column"), f.severity, f.sheet if label is None else None)


def compare_findings(old: FileReport, new: FileReport, keys: Keys
                     ) -> tuple[list[Finding], list[Finding], list[Finding]]:
    """(fixed, still there, new): the old findings the new version no longer has, the new
    version's findings the old had too, and those it did not."""
    old_keys = {}
    for f in old.findings:
        old_keys.setdefault(_finding_key(f, keys), []).append(f)
    still, fresh = [], []
    matched: set[int] = set()
    for f in new.findings:
        k = _finding_key(f, keys)
        same = next((g for g in old_keys.get(k, []) if id(g) not in matched), None)
        if same is not None:
            matched.add(id(same))
            still.append(f)
        else:
            fresh.append(f)
    fixed = [f for f in old.findings if id(f) not in matched]
    return fixed, still, fresh


def key_columns(table: Table, given: Sequence[str]) -> list[str]:
    """The columns of ``table`` that ``--key`` names (by name, label or header text, as compare
    names them: :func:`~xlrecon.versions.keys.template_column`); raises ValueError naming one
    that is none of them."""
    out = []
    for g in given:
        name = template_column(table, g)
        if name is None:
            raise ValueError(g)
        out.append(name)
    return out


def diff(old_path: str, new_path: str, old: tuple[FileReport, list[Table]], new: tuple[FileReport, list[Table]],
         registry: Any, key: Sequence[str] = ()) -> Diff:
    """The diff of two versions, each given as its report and its tables (read by the caller);
    ``key``: the template's columns that make a row's key (default: the template's key)."""
    (old_report, old_tables), (new_report, new_tables) = old, new
    if old_report.error is not None or new_report.error is not None:
        # a version that could not be read is compared with nothing: no row is "removed" and no
        # finding "fixed" because a file could not be read (the error is the answer)
        return Diff(old_path, new_path, [], [], [], [], [], old_report, new_report)
    notes: list[tuple[str, dict[str, Any]]] = []
    if old_report.schema != new_report.schema and old_report.schema and new_report.schema:
        notes.append(("template_changed", {"old": old_report.schema, "new": new_report.schema}))
    tables = []
    for o, n in _pair_tables(old_tables, new_tables):
        if o is None or n is None:
            notes.append(("table_only", {"sheet": (n or o).sheet, "side": "new" if o is None else "old"}))
            continue
        columns = [c for c in key if c in n.columns and c in o.columns]
        regions = any(r.kind == "unknown-region" and r.column in (columns or [n.template.key])
                      for r in n.template.rules)
        keys = Keys(registry, regions=regions)
        notes += _header_notes(o, n)
        tables.append(table_diff(o, n, keys, columns))
    region_keys = Keys(registry, regions=bool(new_tables) and any(
        r.kind == "unknown-region" and r.column == new_tables[0].template.key for r in new_tables[0].template.rules))
    fixed, still, fresh = compare_findings(old_report, new_report, region_keys)
    return Diff(old_path, new_path, notes, tables, fixed, still, fresh, old_report, new_report)


def since_last(path: str, previous: str | None, new: tuple[FileReport, list[Table]],
               read_old: Any, registry: Any) -> dict[str, Any]:
    """A file of this round against its counterpart of the last (``previous``: its path, None
    for none): ``new`` (no counterpart), ``unchanged`` (the same bytes, or the same figures as
    shown), ``changed`` (how many cells and rows, the findings fixed and new), or ``unreadable``
    (the counterpart could not be read, with its error's code). ``read_old``
    reads the counterpart with the new file's template: ``(report, tables)``."""
    import filecmp

    if previous is None:
        return {"status": "new", "previous": None}
    if filecmp.cmp(previous, path, shallow=False):
        return {"status": "unchanged", "previous": previous, "same_bytes": True}
    d = diff(previous, path, read_old(), new, registry)
    if not d.compared:  # the last round's file could not be read: never "unchanged"
        return {"status": "unreadable", "previous": previous, "error": d.old_report.error.code}
    c = d.counts()
    changed = c["changed"] + c["added"] + c["removed"]
    return {"status": "changed" if changed else "unchanged", "previous": previous, "same_bytes": False,
            "cells": c["cells"], "added": c["added"], "removed": c["removed"], "fixed": c["fixed"],
            "new_findings": c["new_findings"]}
