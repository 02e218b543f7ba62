"""Checks across the files of a batch: the same submission or unit twice, and district
files against the city's summary table.

- Two files with the same bytes are the same submission sent twice.
- A key (单位名称, 县市区) in two files of the same template is a unit filed twice; when
  most of a file's keys are in another file, that is reported once for the pair.
- With a summary (``--against``, or the one summary-template file in the batch): each
  file of a template whose ``batch: summary:`` names the summary's template is matched
  to the summary row whose name its title lines (or file name) contain; each ``sums``
  column of the district's files is added up and compared with the row's figure, with
  the same rounding-aware semantics as a 合计 (the sum of 2-decimal figures stands for
  an interval; a gap inside it is ``info``, beyond it the rule's severity). A row with
  no file, a file with no row, and two files for one row are findings too.

Every finding is a :class:`~xlrecon.findings.BatchFinding`: a cell in one file, and the
other files and cells it concerns.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from xlrecon import units
from xlrecon.batches.submissions import Submission, measure_intervals
from xlrecon.errors import XlreconError
from xlrecon.findings import BatchFinding, CellRef, Finding
from xlrecon.precision import Interval, compare, interval_sum
from xlrecon.templates.model import SummarySpec, Template
from xlrecon.templates.rules import Rule
from xlrecon.textnorm import squash

if TYPE_CHECKING:  # the summary's tables: read (with numpy) only when there is a summary
    from xlrecon.checks.context import Context
    from xlrecon.read.table import Row, Table

#: a file whose keys are at least this share in another file is one repeated submission
REPEAT_SHARE = 0.5
_SUFFIXES = ("新区", "区", "县", "市")


def _name(path: str) -> str:
    """A file as messages name it (the JSON's ``related`` keeps the full path)."""
    return Path(path).name


def _place(path: str, where: CellRef | None) -> dict[str, Any]:
    return {"path": path, "sheet": where.sheet if where else None, "cell": where.a1 if where else None}


def duplicates(subs: Sequence[Submission]) -> list[BatchFinding]:
    """Identical files, and keys found in more than one file of the same template."""
    out: list[BatchFinding] = []
    by_hash: dict[str, Submission] = {}
    same: set[tuple[str, str]] = set()
    for s in subs:
        if not s.sha1:
            continue
        first = by_hash.setdefault(s.sha1, s)
        if first is not s:
            same.add((first.path, s.path))
            out.append(BatchFinding(
                Finding("duplicate", "batch.same-file", "error", "batch.same_file", where=s.anchor,
                        params={"other": _name(first.path)}),
                s.path, [_place(first.path, first.anchor)]))
    # per template: the keys held by more than one file (found with set operations: most keys
    # are in one file only), and for each of those the first file holding it and the key's
    # first place in that file
    groups: dict[str, list[Submission]] = defaultdict(list)
    for s in subs:
        if s.template is not None:
            groups[s.template].append(s)
    first_of: dict[str, dict[str, tuple[int, int]]] = {}
    shared_of: dict[str, set[str]] = {}  # the keys of first_of[template], as a set
    keysets: dict[int, set[str]] = {}
    for template, group in groups.items():
        seen: set[str] = set()
        shared_keys = shared_of[template] = set()
        for s in group:
            ks = keysets[id(s)] = set(s.keys.keys)
            shared_keys |= ks & seen
            seen |= ks
        first = first_of[template] = {}
        for g, s in enumerate(group):
            if not keysets[id(s)].isdisjoint(shared_keys):
                for j, k in enumerate(s.keys.keys):
                    if k in shared_keys and k not in first:
                        first[k] = (g, j)
    place = {id(s): g for group in groups.values() for g, s in enumerate(group)}
    for s in subs:
        if s.template is None:
            continue
        group, first, g = groups[s.template], first_of[s.template], place[id(s)]
        if keysets[id(s)].isdisjoint(shared_of[s.template]):  # a set: the smaller one is walked
            continue  # none of its keys is in another file
        shared: dict[str, list[tuple[int, Submission, int]]] = defaultdict(list)
        # a key first held by another file (one met again in the same file is the duplicate
        # check's, not this one's); cells are looked up only for what is reported
        for i, (h, j) in [(i, first[k]) for i, k in enumerate(s.keys.keys) if k in first and first[k][0] != g]:
            holder = group[h]
            if holder.path != s.path:
                shared[holder.path].append((i, holder, j))
        for other, pairs in shared.items():
            if (other, s.path) in same:
                continue  # the same bytes: reported once above
            if len(pairs) >= max(2, REPEAT_SHARE * len(s.keys)):
                i, o, j = pairs[0]
                k, ok = s.keys.ref(i), o.keys.ref(j)
                out.append(BatchFinding(
                    Finding("duplicate", "batch.repeated-submission", "error", "batch.repeated_submission",
                            where=k.where, row_label=k.label, column=s.key_column,
                            params={"other": _name(other), "count": len(pairs), "total": len(s.keys)}),
                    s.path, [_place(other, ok.where)]))
                continue
            for i, o, j in pairs:
                k, ok = s.keys.ref(i), o.keys.ref(j)
                out.append(BatchFinding(
                    Finding("duplicate", "batch.duplicate-key", "error", "batch.duplicate_key", where=k.where,
                            row_label=k.label, column=s.key_column, actual=k.label,
                            params={"other": _name(other), "other_cell": f"{ok.where.sheet}!{ok.where.a1}"}),
                    s.path, [_place(other, ok.where)]))
    return out


def against_summary(subs: Sequence[Submission], templates: dict[str, Template], summary_path: str,
                    summary: Context) -> list[BatchFinding]:
    """The files whose template reconciles with the summary's, against its rows."""
    if not summary.tables:
        return []
    stemplate = summary.tables[0].template
    out: list[BatchFinding] = []
    rows = [(t, r) for t in summary.tables for r in t.rows if r.label]
    groups: dict[int, list[Submission]] = defaultdict(list)
    specs: dict[str, SummarySpec] = {}
    for s in subs:
        t = templates.get(s.template or "")
        if t is None or t.summary is None or t.summary.template != stemplate.name or s.path == summary_path:
            continue
        spec = specs.setdefault(t.name, t.summary)
        _check_spec(t, spec, stemplate)
        i = match_row(s, [r for _, r in rows])
        if i is None:
            out.append(BatchFinding(
                Finding("coverage", "batch.not-in-summary", spec.coverage, "batch.not_in_summary", where=s.anchor,
                        params={"summary": _name(summary_path), "names": "、".join(r.label for _, r in rows[:40])}),
                s.path, [{"path": summary_path, "sheet": rows[0][0].sheet if rows else None, "cell": None}]))
            continue
        groups[i].append(s)
    if not specs:
        return out
    spec = next(iter(specs.values()))
    for i, (table, row) in enumerate(rows):
        files = groups.get(i, [])
        key_cell = row.cells[stemplate.key].where
        if not files:
            out.append(BatchFinding(
                Finding("coverage", "batch.no-file", spec.coverage, "batch.no_file", where=key_cell,
                        row_label=row.label), summary_path))
            continue
        if len(files) > 1:  # which one stands is for the bureau to decide: the figures are not summed
            for later in files[1:]:
                out.append(BatchFinding(
                    Finding("duplicate", "batch.district-twice", "error", "batch.district_twice", where=later.anchor,
                            row_label=row.label, params={"other": _name(files[0].path)}),
                    later.path, [_place(files[0].path, files[0].anchor), _place(summary_path, key_cell)]))
            continue
        out.extend(_sums(spec, table, row, files, summary_path, templates))
    return out


def match_row(s: Submission, rows: Sequence[Row]) -> int | None:
    """The summary row a file belongs to: the row whose name (or its short form: 上街 for
    上街区) occurs in the file's title lines, else in its file name; the longest name wins;
    None when no row, or two rows equally, match."""
    for texts in ([squash(t) for t in s.titles], [squash(Path(s.path).stem)]):
        best: list[tuple[int, int]] = []
        for i, r in enumerate(rows):
            for form in _forms(r.label or ""):
                if any(form in t for t in texts):
                    best.append((len(form), i))
                    break
        if best:
            best.sort(reverse=True)
            if len(best) == 1 or best[0][0] > best[1][0]:
                return best[0][1]
            return None
    return None


def _forms(label: str) -> list[str]:
    name = squash(label)
    forms = [name]
    for suf in _SUFFIXES:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            forms.append(name[: -len(suf)])
            break
    return [f for f in forms if len(f) >= 2]


def _check_spec(t: Template, spec: SummarySpec, stemplate: Template) -> None:
    names = {c.name for c in stemplate.columns if c.numeric}
    for col, scol in spec.sums:
        if scol not in names:
            raise XlreconError("bad-template", file=t.path or t.name, where=f"batch.summary.sums.{col}",
                               what="summary_not_numeric", name=scol, template=stemplate.name)
        mine, theirs = t.column(col).unit, stemplate.column(scol).unit
        if mine and theirs and units.dimension(mine) != units.dimension(theirs):
            raise XlreconError("bad-template", file=t.path or t.name, where=f"batch.summary.sums.{col}",
                               what="summary_units", unit=mine, name=scol, col_unit=theirs)
    if spec.count is not None and spec.count not in names:
        raise XlreconError("bad-template", file=t.path or t.name, where="batch.summary.count",
                           what="summary_not_numeric", name=spec.count, template=stemplate.name)


def _sums(spec: SummarySpec, table: Table, row: Row, files: list[Submission], summary_path: str,
          templates: dict[str, Template]) -> list[BatchFinding]:
    from xlrecon.checks.context import from_base, to_base
    from xlrecon.checks.judge import judged
    from xlrecon.read.intervals import cell_interval

    out: list[BatchFinding] = []
    related = [{"path": f.path, "sheet": None, "cell": None} for f in files]
    names = "、".join(_name(f.path) for f in files)
    for col, scol in spec.sums:
        if scol not in table.columns:
            continue
        cell = row.cells[scol]
        sums = [f.sums[col] for f in files if col in f.sums]
        unit = table.unit_of(scol)
        if cell.value.kind != "number" or not sums or any(s.unreadable for s in sums):
            continue  # unreadable figures are reported in their own files
        if any(s.unit and unit and units.dimension(s.unit) != units.dimension(unit) for s in sums):
            continue  # a header in another dimension (% for 万元): reported in its file, not comparable
        total = sum((units.convert_stated(s.total, s.unit, unit) for s in sums), Decimal(0))
        if total == cell.value.value:
            continue
        # the files' rounding intervals, measured now that they matter (a file that changed
        # since it was checked is taken at its exact figures: no rounding allowance)
        for f in files:
            if col in f.sums and f.sums[col].interval is None and f.template in templates:
                measure_intervals(f, templates[f.template])
        sums = [f.sums[col] for f in files if col in f.sums]
        parts = interval_sum(to_base(s.interval if s.interval is not None else Interval.exact(s.total), s.unit)
                             for s in sums)
        o = compare(parts, "==", to_base(cell_interval(table, scol, cell), unit))
        o = type(o)(from_base(o.difference, unit), o.holds, o.consistent, from_base(o.tolerance, unit))
        rule = Rule(id=f"batch.{col}", kind="rollup", label={"zh": "", "en": ""}, severity=spec.severity)
        spec_col = table.template.column(scol)
        f = judged(rule, "rollup", o, expected=cell.value.value, actual=total, key="batch_sum.mismatch",
                   common=dict(where=cell.where, row_label=row.label, column=spec_col.label, unit=unit),
                   params={"files": names, "count": len(files), "file_column": sums[0].label})
        out.append(BatchFinding(f, summary_path, related))
    if spec.count and spec.count in table.columns:
        cell = row.cells[spec.count]
        n = sum(f.rows for f in files)
        if cell.value.kind == "number" and cell.value.value != n:
            out.append(BatchFinding(
                Finding("coverage", "batch.unit-count", spec.coverage, "batch.count_mismatch", where=cell.where,
                        row_label=row.label, column=table.template.column(spec.count).label,
                        unit=table.unit_of(spec.count), expected=cell.value.value, actual=Decimal(n), difference=Decimal(n) - cell.value.value,
                        params={"files": names}),
                summary_path, related))
    return out
