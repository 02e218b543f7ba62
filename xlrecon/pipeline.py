"""One file's way through xlrecon: which files, read, tables located, checked.

The flow that the library API (:mod:`xlrecon.api`) and the batch's workers
(:mod:`xlrecon.batches.run`) both run: the files under the paths given
(:func:`find_workbooks`), what a check needs before its first file (:func:`setup`), and
for each file its sheets read (:mod:`xlrecon.read`), the template chosen and its tables
built, the checks run (:mod:`xlrecon.checks`), into a
:class:`~xlrecon.findings.FileReport`. Nothing here writes into a workbook or prints.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from xlrecon.errors import XlreconError
from xlrecon.findings import FileReport, Finding
from xlrecon.read.workbook import WORKBOOK_SUFFIXES, Workbook

if TYPE_CHECKING:
    from xlrecon.checks.context import Context, Previous
    from xlrecon.checks.equations import System
    from xlrecon.read.layout import Match
    from xlrecon.read.table import Table
    from xlrecon.read.workbook import Grid
    from xlrecon.templates import Template

# The checks (numpy, the templates) are imported where they are used, not here: a batch's
# parent process starts its workers first, and they boot while it imports what it needs.

PathLike = str | os.PathLike[str]
#: the backups an in-place annotation keeps: NAME.bak.xlsx, NAME.bak2.xlsx, …
_BACKUP = re.compile(r"\.bak\d*\.[^.]+$", re.I)
#: the temporary files an annotation writes beside the original before it replaces it
_TEMP = re.compile(r"^\.xlrecon-", re.I)
#: xlrecon's Excel template (the form with the button, workbooks/xlrecon-template.xlsm): a blank
#: form with examples, not a submission; a copy saved under another name is checked as usual
TEMPLATE_NAME = re.compile(r"^xlrecon-template\.[^.]+$", re.I)


def setup(schema: str | Path | Template | None, previous: PathLike | Iterable[PathLike] | None,
          regions: Iterable[PathLike]) -> tuple[Template | None, list[Template], Previous | None, tuple[str, ...]]:
    """What a check needs before its first file: the template given (or None) and the ones
    tried, last period's tables, the region files (a bad one raises here, before any file)."""
    template, candidates = templates_for(schema)
    files = region_files(regions)
    prev = load_previous(previous_paths(previous), candidates) if previous is not None else None
    return template, candidates, prev, files


def previous_paths(previous: PathLike | Iterable[PathLike]) -> tuple[str, ...]:
    """Last period's files and folders as given; one that does not exist is an error of the run
    (``file-not-found`` naming it as the --previous file), said before any file is checked,
    not a rule that silently finds no previous figure."""
    paths = tuple(str(p) for p in ([previous] if isinstance(previous, (str, os.PathLike)) else previous))
    for p in paths:
        if not os.path.lexists(p):
            raise XlreconError("file-not-found", file=p, role="previous")
    return paths


def templates_for(schema: str | Path | Template | None) -> tuple[Template | None, list[Template]]:
    """The template given (None when not) and the templates each file is matched against."""
    from xlrecon.templates import resolve
    from xlrecon.templates.loader import load_all_builtin

    template = resolve(schema)
    return template, [template] if template else load_all_builtin()


def region_files(regions: Iterable[PathLike]) -> tuple[str, ...]:
    """Extra region registry files, loaded once here: a bad one is an error of the run,
    reported before any file."""
    files = tuple(str(p) for p in regions)
    if files:
        from xlrecon.regions import Registry

        Registry.load(files)
    return files


def load_previous(paths: PathLike | Iterable[PathLike], templates: list[Template]) -> Previous:
    """Last period's tables, read (not checked) for ``prev(...)`` in rules."""
    from xlrecon.checks.context import Previous

    prev = Previous()
    for p in find_workbooks(paths):
        try:
            prev.tables.extend(read_tables(p, templates))
            prev.files.append(str(p))
        except XlreconError as exc:
            prev.notes.append(("previous_skipped", {"file": str(p), "error_code": exc.code, "error_params": exc.params}))
    return prev


def read_tables(path: PathLike, templates: list[Template]) -> list[Table]:
    """A file's tables, read and not checked (the best-matching template's), with their
    structure (of-which, subtotal rows) as a check reads it; raises
    :class:`XlreconError` when the file cannot be read or holds no such table."""
    from xlrecon.checks.context import Context

    scratch = FileReport(path=str(path))
    grids = open_grids(path, scratch)
    tables = pick_tables(str(path), grids, templates, False, scratch)
    Context(path=str(path), grids={g.sheet: g for g in grids}, tables=tables).read_structures()
    return tables


def find_workbooks(paths: PathLike | Iterable[PathLike], left_over: list[Path] | None = None) -> list[Path]:
    """Files as given, and the workbooks inside folders (skipping Excel's ``~$`` lock
    files and xlrecon's own files: ``.checked`` outputs, ``.bak`` backups, its temporary files
    and its Excel template ``xlrecon-template.xlsm``), in a stable order. Anything named like a
    workbook that is not a regular file (a folder, a FIFO, a broken or looping link) and any
    folder that cannot be listed (no permission, a path too long) is listed too: checking it
    gives a typed error, never a silent skip. xlrecon's own temporary files found in folders (left
    by a write that was killed) are not submissions; they are added to ``left_over``, given, so
    that the run can say so."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found: list[Path] = []

            def unlisted(exc: OSError) -> None:
                found.append(Path(exc.filename) if exc.filename else p)

            for root, dirs, files in os.walk(p, onerror=unlisted):
                dirs.sort()
                for name in list(files) + [d for d in dirs if Path(d).suffix.lower() in WORKBOOK_SUFFIXES]:
                    f = Path(root) / name
                    if f.suffix.lower() in WORKBOOK_SUFFIXES and _submission_name(f.name):
                        found.append(f)
                    elif left_over is not None and _TEMP.match(name):
                        left_over.append(f)
            out.extend(sorted(found))
        else:
            out.append(p)
    return out


def _submission_name(name: str) -> bool:
    return (not name.startswith("~$") and ".checked." not in name and not _BACKUP.search(name)
            and not TEMPLATE_NAME.match(name) and not _TEMP.match(name))


def check_file(path: PathLike, templates: list[Template], explicit: bool = False, *,
               previous: Previous | None = None, regions: tuple[str, ...] = (), locate: bool = False) -> FileReport:
    return read_and_check(path, templates, explicit, previous=previous, regions=regions, locate=locate)[0]


def read_and_check(path: PathLike, templates: list[Template], explicit: bool = False, *,
                   previous: Previous | None = None, regions: tuple[str, ...] = (), locate: bool = False
                   ) -> tuple[FileReport, Context | None]:
    """Check one file; also return what was read (its sheets and tables, as a
    :class:`Context`), None when the file could not be read, for checks across files."""
    report = FileReport(path=str(path))
    try:
        grids = open_grids(path, report)
    except XlreconError as exc:
        report.error = exc
        return report, None
    return check_grids(report, grids, templates, explicit, previous=previous, regions=regions, locate=locate)


def check_grids(report: FileReport, grids: list[Grid], templates: list[Template], explicit: bool, *,
                previous: Previous | None, regions: tuple[str, ...], locate: bool = False
                ) -> tuple[FileReport, Context | None]:
    """Check sheets read (a file's, or an open workbook's) into ``report``; also return what
    was read as a :class:`Context` (None when no table could be built). ``locate``: also the
    fewest cells whose change makes every rule hold (:mod:`xlrecon.locate`), as ``suspect``
    findings."""
    from xlrecon import checks
    from xlrecon.checks.context import Context

    path = report.path
    try:
        tables = pick_tables(path, grids, templates, explicit, report)
    except XlreconError as exc:
        report.error = exc
        return report, None
    ctx = Context(path=path, grids={g.sheet: g for g in grids}, tables=tables, registry_files=regions,
                  previous=previous)
    try:
        ctx.read_structures()
        report.findings.extend(checks.run(ctx))
        equations = None  # the rules as equations (xlrecon.locate.system), built once for both uses
        if any(f.fixup for f in report.findings):
            from xlrecon.locate.system import system

            equations = system(ctx)
            _joint_fixups(report, equations)
        if locate:
            from xlrecon.locate import locate as fewest_changes

            suspects, notes = fewest_changes(ctx, equations=equations)
            report.findings.extend(suspects)
            report.notes.extend(notes)
    except XlreconError as exc:  # a rule that cannot run on this file (a bad scope in a user's template)
        report.error = exc
        return report, ctx
    report.notes.extend(ctx.notes)
    report.tables = [_layout(t) for t in tables]
    report.notes.extend(n for n in map(_structure_note, tables) if n is not None)
    _mark_computed(report, grids)
    order = {g.sheet: i for i, g in enumerate(grids)}
    report.findings.sort(key=lambda f: f.sort_key(order))
    return report, ctx


def _joint_fixups(report: FileReport, equations: System) -> None:
    """Rounding residues fixed for each hierarchy at once (:mod:`xlrecon.locate.rounding`): the
    plans kept on the report, and each residue's fix-up made the plan's edits among its own
    cells, so that no two findings suggest edits that undo each other. Where a hierarchy has no
    plan, its findings keep their own largest-remainder fix-ups and the plan says why."""
    from xlrecon.locate.rounding import controlled_rounding

    report.rounding = controlled_rounding(equations)
    residues: dict[tuple, list[Finding]] = {}  # by the equation they are: rule, cell, comparison
    for f in report.findings:
        if f.fixup is not None:
            residues.setdefault((f.rule, f.where, f.message_key.split(".")[0]), []).append(f)
    for plan in report.rounding:
        if plan.status != "planned":
            continue
        planned = {c.where: c for c in plan.changes}
        for e in plan.equations:
            mine = [planned[t.where] for t, _ in e.terms if t.where in planned]  # the parts, then the whole
            for f in residues.get((e.rule, e.where, e.kind), ()):
                f.fixup = mine or None
                f.params["fixup_joint"] = True


def _layout(table: Table) -> dict:
    """How a table was read, for the report: where its header, data and 合计 rows are (1-based
    sheet rows), and its structure."""
    return {
        "sheet": table.sheet,
        "header_rows": [table.header_rows[0] + 1, table.header_rows[1] + 1],
        "data_rows": table.n,
        "total_rows": [r.row + 1 for r in table.total_rows],
        "structure": table.structure.to_dict(table.sheet_rows()) if table.structure is not None else None,
    }


def columns_found(table: Table) -> dict:
    """Where a table's template found each of its columns (``xlrecon template check``): the
    layout of :func:`_layout`, and per template column its header cell and texts, or none."""
    out = _layout(table)
    out["columns"] = [
        {"name": c.name, "label": c.label, "required": c.required,
         "cell": table.columns[c.name].header_cell.a1 if c.name in table.columns else None,
         "header": list(table.columns[c.name].header) if c.name in table.columns else [],
         "unit": table.unit_of(c.name) if c.name in table.columns else None}
        for c in table.template.columns]
    return out


def _structure_note(table: Table) -> tuple[str, dict] | None:
    """A note on a table that is not a flat list: how many of-which, subtotal and subtracted rows
    it was read with."""
    st = table.structure
    if st is None or st.flat:
        return None
    d = st.to_dict(table.sheet_rows())
    return ("table_structure", {
        "sheet": table.sheet, "row": table.header_rows[0] + 1, "of_which": sum(len(g["rows"]) for g in d["of_which"]),
        "subtotals": len(d["subtotals"]), "children": sum(len(g["rows"]) for g in d["subtotals"]),
        "subtracted": len(d["subtracted"]), "top_level": d["top_level"]})


def _mark_computed(report: FileReport, grids: list[Grid]) -> None:
    """Each finding at a cell whose formula xlrecon computed says so; a note per sheet counts them."""
    from xlrecon.findings import a1
    from xlrecon.read.values import NotComputed

    formulas: dict[tuple[str, int, int], str] = {}
    for g in grids:
        done = [(r, c) for (r, c) in sorted(g.computed)
                if not isinstance(g.get(r - g.origin[0], c - g.origin[1]), NotComputed)]
        if done:
            report.notes.append(("formulas_computed", {
                "file": report.path, "sheet": g.sheet, "count": len(done),
                "cells": "、".join(a1(r, c) for r, c in done[:5]) + ("…" if len(done) > 5 else "")}))
            formulas.update(((g.sheet, r, c), g.computed[(r, c)]) for r, c in done)
    if formulas:
        for f in report.findings:
            if f.where is not None:
                f.computed_formula = formulas.get((f.where.sheet, f.where.row, f.where.col))


def open_grids(path: PathLike, report: FileReport) -> list[Grid]:
    """A file's sheets, read (a format whose reader may end the process is read in a child
    process: :mod:`xlrecon.read.isolated`)."""
    from xlrecon.read import isolated

    def reader(notes: list) -> list[Grid]:
        scratch = FileReport(path=report.path)
        with Workbook(path) as wb:
            grids = read_grids(wb, scratch)
        notes.extend(scratch.notes)
        return grids

    return isolated.read(str(path), report.notes, reader)


def read_grids(wb: Workbook, report: FileReport) -> list[Grid]:
    grids: list[Grid] = []
    failures: list[XlreconError] = []
    for name in wb.sheet_names:
        try:
            grids.append(wb.grid(name))
        except XlreconError as exc:
            failures.append(exc)
            report.notes.append(("sheet_skipped", {"file": report.path, "sheet": name, "detail": exc.params.get("detail", exc.code)}))
    if not [g for g in grids if g.rows]:
        if failures:
            raise failures[0]
        raise XlreconError("no-sheets", file=report.path)
    return grids


def pick_tables(path: str, grids: list[Grid], templates: list[Template], explicit: bool, report: FileReport) -> list[Table]:
    """Pick the template (the one given, or the best-matching one) and build its tables."""
    from xlrecon.read.layout import build_tables, locate_all

    matches: list[tuple[Template, Grid, Match]] = []
    for grid in grids:
        if not grid.rows:
            continue
        for t, m in zip(templates, locate_all(grid, templates)):
            if m is not None:
                matches.append((t, grid, m))

    def rank(item: tuple[Template, Grid, Match]) -> tuple:
        t, _, m = item
        req = len(t.required_columns) or 1
        found_req = sum(1 for c in t.required_columns if c.name in m.cols)
        return (m.complete, found_req / req, len(m.cols) / len(t.columns), len(m.cols))

    complete = [x for x in matches if x[2].complete]
    if complete:
        best_t = max(complete, key=rank)[0]
        chosen = [(g, m) for t, g, m in complete if t is best_t]
        report.schema = best_t.name
        report.notes.append((
            "given" if explicit else "picked",
            {"file": path, "template": best_t.name, "title": best_t.title, "sheets": [g.sheet for g, _ in chosen]},
        ))
        tables = []
        for g, m in chosen:
            found = build_tables(g, best_t, m)
            if len(found) > 1:
                report.notes.append(("tables_on_sheet", {
                    "file": path, "sheet": g.sheet, "count": len(found),
                    "rows": "、".join(str(t.header_rows[0] + 1) for t in found)}))
            tables.extend(found)
        return tables
    partial = [x for x in matches if _substantial(x[0], x[2], explicit)]
    if partial:
        t, g, m = max(partial, key=rank)
        report.schema = t.name
        raise _missing_column(path, t, g, m)
    raise XlreconError(
        "no-table", file=path, sheets="、".join(g.sheet for g in grids),
        templates="、".join(t.name for t in templates),
    )


def _missing_column(path: str, t: Template, g: Grid, m: Match) -> XlreconError:
    """The template's header short of required columns: what was found, what is missing,
    and for each missing column the header text standing in its place with the template line
    that would accept it."""
    from xlrecon.read import nearmiss

    found = [c.label for c in t.columns if c.name in m.cols]
    stands = nearmiss.stands(g, t, m.top, m.depth, m.cols, m.paths, m.missing)
    return XlreconError(
        "missing-column", file=path, sheet=g.sheet, template=t.name,
        title_zh=t.title["zh"], title_en=t.title["en"],
        row=g.origin[0] + m.top + 1, columns="、".join(c.label for c in m.missing),
        found="、".join(found), n_found=len(found), hints=nearmiss.hints(t, stands, m.missing),
    )


def _substantial(t: Template, m: Match, explicit: bool) -> bool:
    """A partial match that is surely the template's table, just short of columns. With
    the template named by the user, its key column is enough; when guessing, the key and
    at least half of the other required columns must be there. Without the key, a header
    that has all but one or two of the required columns (:func:`~xlrecon.read.nearmiss.near_miss`)."""
    from xlrecon.read.nearmiss import near_miss

    if near_miss(len(m.cols), len(m.missing)):
        return True
    if t.key not in m.cols:
        return False
    if explicit:
        return True
    req = [c for c in t.required_columns if c.name != t.key]
    found = [c for c in req if c.name in m.cols]
    return len(found) >= max(1, (len(req) + 1) // 2)
