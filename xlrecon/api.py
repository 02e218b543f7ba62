"""The library API that the CLI, the batch and the Excel layer all call.

>>> import xlrecon
>>> report = xlrecon.check("workbooks/zhengzhou-2020-reserve-progress.xlsx")
>>> report.files[0].status
'discrepancies'
>>> [f.cell for f in report.files[0].findings if f.check == "total"]
['I5', 'J5']

``check`` never raises for a bad workbook: the file's entry has ``status == "error"``
and an ``error`` with a code. It raises :class:`~xlrecon.errors.XlreconError` only for
a bad ``schema`` argument (an unknown name or an invalid template file).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from xlrecon.errors import XlreconError
from xlrecon.findings import BatchReport, FileReport, Report
from xlrecon.workbook.reader import WORKBOOK_SUFFIXES, Workbook

if TYPE_CHECKING:
    from xlrecon.checks.context import Context, Previous
    from xlrecon.templates import Template
    from xlrecon.workbook.layout import Match
    from xlrecon.workbook.reader import Grid
    from xlrecon.workbook.table import Table

# The checks (numpy, the templates) are imported where they are used, not here: a batch's
# parent process starts its workers first, and they boot while it imports what it needs.

PathLike = str | os.PathLike[str]
#: the backups ``annotate(in_place=True)`` keeps: NAME.bak.xlsx, NAME.bak2.xlsx, …
_BACKUP = re.compile(r"\.bak\d*\.[^.]+$", re.I)
#: xlrecon's Excel template (the form with the button, workbooks/xlrecon-template.xlsm): a blank
#: form with examples, not a submission; a copy saved under another name is checked as usual
TEMPLATE_NAME = re.compile(r"^xlrecon-template\.[^.]+$", re.I)


def check(paths: PathLike | Iterable[PathLike], schema: str | Path | Template | None = None, *,
          previous: PathLike | Iterable[PathLike] | None = None, regions: Iterable[PathLike] = ()) -> Report:
    """Check one or more workbooks (folders are searched recursively).

    ``schema`` is a built-in template name (``county-trade``, ``reserve-progress``,
    ``retail-targets``, ``unit-reserve``), the path of a template YAML file, or None to
    pick, for each file, the template whose headers match. ``previous``: last period's
    workbooks, for rules that compare with ``prev(...)``. ``regions``: extra region
    registry files (YAML) besides the built-in one.
    """
    template, candidates, prev, region_files = _setup(schema, previous, regions)
    files = [check_file(p, candidates, explicit=template is not None, previous=prev, regions=region_files)
             for p in find_workbooks(paths)]
    if prev is not None and files:
        files[0].notes.extend(prev.notes)
    return Report(files=files)


def _setup(schema: str | Path | Template | None, previous: PathLike | Iterable[PathLike] | None,
           regions: Iterable[PathLike]) -> tuple[Template | None, list[Template], Previous | None, tuple[str, ...]]:
    """What a check needs before its first file: the template given (or None) and the ones
    tried, last period's tables, the region files (a bad one raises here, before any file)."""
    template, candidates = templates_for(schema)
    region_files = _region_files(regions)
    prev = load_previous(previous, candidates) if previous is not None else None
    return template, candidates, prev, region_files


def templates_for(schema: str | Path | Template | None) -> tuple[Template | None, list[Template]]:
    """The template given (None when not) and the templates each file is matched against."""
    from xlrecon.templates import resolve
    from xlrecon.templates.loader import load_all_builtin

    template = resolve(schema)
    return template, [template] if template else load_all_builtin()


def _region_files(regions: Iterable[PathLike]) -> tuple[str, ...]:
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
            prev.notes.append(("previous_skipped", {"file": str(p), "detail": exc.message("zh")}))
    return prev


def read_tables(path: PathLike, templates: list[Template]) -> list[Table]:
    """A file's tables, read and not checked (the best-matching template's); raises
    :class:`XlreconError` when the file cannot be read or holds no such table."""
    scratch = FileReport(path=str(path))
    with Workbook(path) as wb:
        grids = _grids(wb, scratch)
    return _tables(str(path), grids, templates, False, scratch)


def find_workbooks(paths: PathLike | Iterable[PathLike]) -> list[Path]:
    """Files as given, and the workbooks inside folders (skipping Excel's ``~$`` lock
    files and xlrecon's own files: ``.checked`` outputs, ``.bak`` backups and its Excel
    template ``xlrecon-template.xlsm``), in a stable order."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(
                f for f in sorted(p.rglob("*"))
                if f.is_file() and f.suffix.lower() in WORKBOOK_SUFFIXES
                and not f.name.startswith("~$") and ".checked." not in f.name and not _BACKUP.search(f.name)
                and not TEMPLATE_NAME.match(f.name)
            )
        else:
            out.append(p)
    return out


def check_file(path: PathLike, templates: list[Template], explicit: bool = False, *,
               previous: Previous | None = None, regions: tuple[str, ...] = ()) -> FileReport:
    return read_and_check(path, templates, explicit, previous=previous, regions=regions)[0]


def read_and_check(path: PathLike, templates: list[Template], explicit: bool = False, *,
                   previous: Previous | None = None, regions: tuple[str, ...] = ()
                   ) -> tuple[FileReport, Context | None]:
    """Check one file; also return what was read (its sheets and tables, as a
    :class:`Context`), None when the file could not be read, for checks across files."""
    report = FileReport(path=str(path))
    try:
        with Workbook(path) as wb:
            grids = _grids(wb, report)
    except XlreconError as exc:
        report.error = exc
        return report, None
    return _check_grids(report, grids, templates, explicit, previous=previous, regions=regions)


def check_grids(name: str, grids: list[Grid], schema: str | Path | Template | None = None, *,
                previous: PathLike | Iterable[PathLike] | None = None, regions: Iterable[PathLike] = ()) -> FileReport:
    """Check sheets already read (an open workbook's, as the Excel layer reads them): each a
    :class:`~xlrecon.workbook.reader.Grid` of the cells' values, in sheet order. ``name``
    stands for the file in the report. Without number formats, a figure's precision is the
    digits it holds (at least the template's decimals). Never raises for what the sheets
    hold; raises :class:`XlreconError` only for a bad ``schema`` or region file."""
    template, candidates, prev, region_files = _setup(schema, previous, regions)
    report = FileReport(path=name)
    if not [g for g in grids if g.rows]:
        report.error = XlreconError("no-sheets", file=name)
        return report
    report = _check_grids(report, grids, candidates, template is not None, previous=prev, regions=region_files)[0]
    if prev is not None:
        report.notes.extend(prev.notes)
    return report


def _check_grids(report: FileReport, grids: list[Grid], templates: list[Template], explicit: bool, *,
                 previous: Previous | None, regions: tuple[str, ...]) -> tuple[FileReport, Context | None]:
    from xlrecon import checks
    from xlrecon.checks.context import Context

    path = report.path
    try:
        tables = _tables(path, grids, templates, explicit, report)
    except XlreconError as exc:
        report.error = exc
        return report, None
    ctx = Context(path=path, grids={g.sheet: g for g in grids}, tables=tables, registry_files=regions,
                  previous=previous)
    try:
        report.findings.extend(checks.run(ctx))
    except XlreconError as exc:  # a rule that cannot run on this file (a bad scope in a user's template)
        report.error = exc
        return report, ctx
    order = {g.sheet: i for i, g in enumerate(grids)}
    report.findings.sort(key=lambda f: f.sort_key(order))
    return report, ctx


def _grids(wb: Workbook, report: FileReport) -> list[Grid]:
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


def _tables(path: str, grids: list[Grid], templates: list[Template], explicit: bool, report: FileReport) -> list[Table]:
    """Pick the template (the one given, or the best-matching one) and build its tables."""
    from xlrecon.workbook.layout import build_table, locate_all

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
        return [build_table(g, best_t, m) for g, m in chosen]
    partial = [x for x in matches if _substantial(x[0], x[2], explicit)]
    if partial:
        t, g, m = max(partial, key=rank)
        report.schema = t.name
        raise XlreconError(
            "missing-column", file=path, sheet=g.sheet, template=t.name,
            row=g.origin[0] + m.top + 1, columns="、".join(c.label for c in m.missing),
        )
    raise XlreconError(
        "no-table", file=path, sheets="、".join(g.sheet for g in grids),
        templates="、".join(t.name for t in templates),
    )


def _substantial(t: Template, m: Match, explicit: bool) -> bool:
    """A partial match that is surely the template's table, just short of columns. With
    the template named by the user, its key column is enough; when guessing, the key and
    at least half of the other required columns must be there."""
    if t.key not in m.cols:
        return False
    if explicit:
        return True
    req = [c for c in t.required_columns if c.name != t.key]
    found = [c for c in req if c.name in m.cols]
    return len(found) >= max(1, (len(req) + 1) // 2)


def rounding_fixups(report: Report) -> list[dict[str, Any]]:
    """Every rounding residue in a report with its suggested fix-up, as data (what
    ``xlrecon fix-rounding`` prints): the whole, the sum, the residue and the edits, with
    numbers as Decimals (``findings.json_number`` turns them into JSON numbers)."""
    out: list[dict[str, Any]] = []
    for fr in report.files:
        for f in fr.findings:
            if not f.fixup:
                continue
            out.append({
                "path": fr.path, "rule": f.rule, "check": f.check, "sheet": f.sheet, "cell": f.cell,
                "row_label": f.row_label, "column": f.column, "unit": f.unit,
                "whole": f.expected, "sum": f.actual, "residue": f.expected - f.actual,
                "changes": [{"sheet": c.where.sheet, "cell": c.where.a1, "row_label": c.row_label,
                             "from": c.old, "to": c.new} for c in f.fixup],
            })
    return out


def annotate(report: Report, *, output: PathLike | None = None, in_place: bool = False, backup: bool = True,
             lang: str = "zh", now: Any = None) -> list[Any]:
    """Write each checked file's findings into a copy of it (``NAME.checked.xlsx`` beside
    it or in ``output``), or into the file itself with ``in_place`` (keeping
    ``NAME.bak.xlsx`` unless ``backup`` is False). Sets and returns each file's
    :class:`~xlrecon.workbook.annotate.Annotation`; never raises for one bad file."""
    from xlrecon.workbook.annotate import Annotation, annotate_file, output_path

    out = []
    for fr in report.files:
        src = Path(fr.path)
        dest = src if in_place else output_path(src, Path(output) if output is not None else None)
        title = template_title(fr, lang)
        keep = None
        try:
            if dest.resolve() == src.resolve() and backup:
                keep = _backup_path(src)
                import shutil

                shutil.copy2(src, keep)
            annotate_file(src, dest, fr, lang=lang, now=now, template_title=title)
            result = Annotation(str(src), "annotated", output=str(dest), backup=str(keep) if keep else None)
        except XlreconError as exc:
            if keep is not None:
                keep.unlink(missing_ok=True)
            result = Annotation(str(src), "refused" if exc.code == "cannot-annotate" else "failed", error=exc)
        except OSError as exc:
            if keep is not None:
                keep.unlink(missing_ok=True)
            result = Annotation(str(src), "failed", error=XlreconError("write-failed", file=str(dest), detail=str(exc)))
        fr.annotation = result
        out.append(result)
    return out


def template_title(fr: FileReport, lang: str) -> str | None:
    """"name（title）" of the template the check chose, from the note it left (no re-reading)."""
    for key, params in fr.notes:
        if key in ("picked", "given") and isinstance(params.get("title"), dict):
            return f"{params['template']}（{params['title'].get(lang) or params['title'].get('zh', '')}）"
    return fr.schema


def _backup_path(src: Path) -> Path:
    """NAME.bak.xlsx, or NAME.bak2.xlsx, … : an earlier backup is never overwritten."""
    n = 1
    while True:
        cand = src.with_name(f"{src.stem}.bak{'' if n == 1 else n}{src.suffix}")
        if not cand.exists():
            return cand
        n += 1


def batch(paths: PathLike | Iterable[PathLike], schema: str | Path | None = None, *,
          against: PathLike | None = None, previous: PathLike | Iterable[PathLike] | None = None,
          regions: Iterable[PathLike] = (), jobs: int | None = None, timeout: float | None = None,
          annotate: bool = False, output: PathLike | None = None, lang: str = "zh",
          on_file: Any = None, on_start: Any = None) -> BatchReport:
    """Check every workbook under ``paths`` in worker processes (``jobs``, default: the
    machine's cores; ``timeout`` seconds per file, default 120, 0 for none), then check
    them against each other and against the summary table (``against``, or the one file
    of the summary's template found among them). ``annotate``: write each file's findings
    into a copy (``NAME.checked.xlsx`` beside it, or under ``output`` mirroring the
    folders). ``on_start(n)`` is called with the number of files, ``on_file(file_report)``
    as each one is done. Raises :class:`XlreconError` only for a bad ``schema``, region
    file or summary."""
    from xlrecon import batch_run as b

    if against is not None and not Path(against).is_file():
        raise XlreconError("file-not-found", file=str(against))
    roots = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    root = str(roots[0]) if len(roots) == 1 and Path(roots[0]).is_dir() else None
    found = find_workbooks(roots)
    if against is not None:  # the summary is the reference, not a submission
        found = [p for p in found if not _same_file(p, Path(against))]
    prev = None
    if previous is not None:
        prev = tuple(str(p) for p in ([previous] if isinstance(previous, (str, os.PathLike)) else previous))
    region_files = tuple(str(p) for p in regions)
    options = b.Options(schema=str(schema) if schema is not None else None, previous=prev, regions=region_files,
                        annotate=annotate, output=str(output) if output is not None else None, root=root, lang=lang)
    # the workers boot (imports, templates) while the templates and region files are checked here
    with b.start(options, len(found), jobs) as pool:
        _, candidates = templates_for(schema)
        _region_files(region_files)
        if on_start is not None:
            on_start(len(found))
        with b.collector_paused():
            files, subs = b.run(pool, found, timeout=b.DEFAULT_TIMEOUT if timeout is None else timeout,
                                on_file=on_file)
            pool.release()  # the workers exit while the files are checked against each other
            report = BatchReport(files=files)
            b.reconcile(report, subs, candidates, str(against) if against is not None else None, region_files)
    return report


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def write_report(report: Report, path: PathLike, *, lang: str = "zh", now: Any = None) -> Path:
    """Every file's findings in a separate report workbook (nothing checked is modified)."""
    from xlrecon.workbook.report_book import write_report as write

    return write(report, path, lang=lang, now=now)

