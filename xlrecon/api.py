"""The library API that the CLI, the Excel layer and any other front end call.

>>> import xlrecon
>>> report = xlrecon.check("workbooks/zhengzhou-2020-reserve-progress.xlsx")
>>> report.files[0].status
'discrepancies'
>>> [f.cell for f in report.files[0].findings if f.check == "total"]
['I5', 'J5']

``check`` never raises for a bad workbook: the file's entry has ``status == "error"``
and an ``error`` with a code. It raises :class:`~xlrecon.errors.XlreconError` only for
a bad ``schema`` argument (an unknown name or an invalid template file).

Orchestration only: one file's way (read, tables, checks) is :mod:`xlrecon.pipeline`, a
run over many files :mod:`xlrecon.batches`, writing into workbooks :mod:`xlrecon.write`.
Nothing in the package imports this module; it imports them.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from xlrecon import pipeline
from xlrecon.errors import XlreconError
from xlrecon.findings import BatchReport, FileReport, Report
from xlrecon.pipeline import PathLike, check_file, find_workbooks, read_tables, region_files, setup, templates_for

__all__ = ["annotate", "annotate_diff", "apply_rounding", "batch", "cell_function", "check", "check_grids",
           "check_open_book", "compare", "diff", "draft_template", "find_workbooks", "load_template_file", "located",
           "read_tables", "rounding_fixups", "sheet_view", "template_list", "template_tables", "templates_for",
           "write_report"]

if TYPE_CHECKING:
    from datetime import datetime

    from xlrecon.drafts import Drafted
    from xlrecon.read.workbook import Grid
    from xlrecon.templates import Template
    from xlrecon.write.annotate import Annotation

# What a batch or an annotation needs is imported where it is used, not here: a batch's
# parent process starts its workers first, and they boot while it imports what it needs.


def check(paths: PathLike | Iterable[PathLike], schema: str | Path | Template | None = None, *,
          previous: PathLike | Iterable[PathLike] | None = None, regions: Iterable[PathLike] = (),
          locate: bool = False) -> Report:
    """Check one or more workbooks (folders are searched recursively).

    ``schema`` is a built-in template name (``county-trade``, ``reserve-progress``,
    ``retail-targets``, ``unit-reserve``), the path of a template YAML file, or None to
    pick, for each file, the template whose headers match. ``previous``: last period's
    workbooks, for rules that compare with ``prev(...)``. ``regions``: extra region
    registry files (YAML) besides the built-in one. ``locate``: also the fewest cells whose
    change makes every ``total``, ``rollup`` and ``ratio`` rule hold, as ``suspect`` findings
    (``xlrecon locate``, ``check --locate``).
    """
    template, candidates, prev, extra_regions = setup(schema, previous, regions)
    left_over: list[Path] = []
    files = [check_file(p, candidates, explicit=template is not None, previous=prev, regions=extra_regions,
                        locate=locate)
             for p in find_workbooks(paths, left_over)]
    if prev is not None and files:
        files[0].notes.extend(prev.notes)
    return Report(files=files, notes=_left_over_notes(left_over))


def _left_over_notes(paths: list[Path]) -> list[tuple[str, dict[str, Any]]]:
    """A note for each temporary file an interrupted write of xlrecon's left in a checked folder."""
    return [("temp_left_over", {"file": str(p)}) for p in sorted(paths)]


def check_grids(name: str, grids: list[Grid], schema: str | Path | Template | None = None, *,
                previous: PathLike | Iterable[PathLike] | None = None, regions: Iterable[PathLike] = ()) -> FileReport:
    """Check sheets already read (an open workbook's, as the Excel layer reads them): each a
    :class:`~xlrecon.read.workbook.Grid` of the cells' values, in sheet order. ``name``
    stands for the file in the report. Without number formats, a figure's precision is the
    digits it holds (at least the template's decimals). Never raises for what the sheets
    hold; raises :class:`XlreconError` only for a bad ``schema`` or region file."""
    template, candidates, prev, extra_regions = setup(schema, previous, regions)
    report = FileReport(path=name)
    if not [g for g in grids if g.rows]:
        report.error = XlreconError("no-sheets", file=name)
        return report
    report, _ = pipeline.check_grids(report, grids, candidates, template is not None, previous=prev,
                                     regions=extra_regions)
    if prev is not None:
        report.notes.extend(prev.notes)
    return report


def located(report: Report) -> Report:
    """What ``xlrecon locate`` shows of a report checked with ``locate``: each file's errors of
    the rules the localisation solves (``total``, ``rollup``, ``ratio``), its ``suspect``
    findings, and its notes; a file that could not be read keeps its error."""
    keep = ("total", "rollup", "ratio")
    files = [FileReport(path=f.path, schema=f.schema, error=f.error, notes=list(f.notes), tables=f.tables,
                        findings=[x for x in f.findings if x.check == "suspect" or
                                  (x.check in keep and x.severity != "info")])
             for f in report.files]
    return Report(files=files, notes=list(report.notes))


def rounding_fixups(report: Report) -> list[dict[str, Any]]:
    """Every hierarchy of rounding residues in a report with the edits that fix all its levels
    at once (what ``xlrecon fix-rounding`` prints), as data: the path, the plan's ``status``
    (``planned``, or why there is no plan), the residues it fixes (each rule's whole, sum and
    residue at its cell) and the edits, each cell once; numbers as Decimals
    (``findings.json_number`` turns them into JSON numbers)."""
    out: list[dict[str, Any]] = []
    for fr in report.files:
        for plan in fr.rounding:
            keys = {(e.rule, e.where) for e in plan.equations}
            residues = [f for f in fr.findings if (f.rule, f.where) in keys and f.rounding_explainable
                        and f.severity == "info" and f.check in ("total", "rollup")]
            if not residues:
                continue
            out.append({
                "path": fr.path, "status": plan.status,
                "residues": [{"rule": f.rule, "check": f.check, "sheet": f.sheet, "cell": f.cell,
                              "row_label": f.row_label, "column": f.column, "unit": f.unit, "whole": f.expected,
                              "sum": f.actual, "residue": f.expected - f.actual} for f in residues],
                "changes": [{"sheet": c.where.sheet, "cell": c.where.a1, "row_label": c.row_label,
                             "from": c.old, "to": c.new} for c in plan.changes],
            })
    return out


def apply_rounding(report: Report, *, output: PathLike | None = None, lang: str = "zh"
                   ) -> list[tuple[str, str | None, Any]]:
    """Write, for each file with a planned fix-up, a copy with the edits made
    (``NAME.rounded.xlsx`` beside it or in ``output``): ``(path, written path or None, error or
    None)`` per file that has one; never raises for one bad file."""
    from xlrecon.write.rounded import write_rounded

    out: list[tuple[str, str | None, Any]] = []
    for fr in report.files:
        changes = [c for plan in fr.rounding if plan.status == "planned" for c in plan.changes]
        if not changes:
            continue
        try:
            out.append((fr.path, str(write_rounded(fr.path, changes, output=output, lang=lang)), None))
        except XlreconError as exc:
            out.append((fr.path, None, exc))
    return out


def annotate(report: Report, *, output: PathLike | None = None, in_place: bool = False, backup: bool = True,
             lang: str = "zh", now: datetime | None = None) -> list[Annotation]:
    """Write each checked file's findings into a copy of it (``NAME.checked.xlsx`` beside
    it or in ``output``), or into the file itself with ``in_place`` (keeping
    ``NAME.bak.xlsx`` unless ``backup`` is False). Sets and returns each file's
    :class:`~xlrecon.write.annotate.Annotation`; never raises for one bad file."""
    from xlrecon.write.annotate import annotate_report

    return annotate_report(report, output=output, in_place=in_place, backup=backup, lang=lang, now=now)


def batch(paths: PathLike | Iterable[PathLike], schema: str | Path | None = None, *,
          against: PathLike | None = None, previous: PathLike | Iterable[PathLike] | None = None,
          regions: Iterable[PathLike] = (), jobs: int | None = None, timeout: float | None = None,
          annotate: bool = False, output: PathLike | None = None, lang: str = "zh",
          on_file: Any = None, on_start: Any = None, output_json: PathLike | TextIO | None = None,
          engine: str = "local", scheduler: str | None = None, resume: PathLike | None = None) -> BatchReport:
    """Check every workbook under ``paths`` in worker processes (``jobs``, default: the
    machine's cores; ``timeout`` seconds per file, default 120, 0 for none), then check
    them against each other and against the summary table (``against``, or the one file
    of the summary's template found among them). ``annotate``: write each file's findings
    into a copy (``NAME.checked.xlsx`` beside it, or under ``output`` mirroring the
    folders). ``on_start(n)`` is called with the number of files, ``on_file(facts)`` as
    each one is done (its ``path`` and ``status``: :class:`xlrecon.batches.store.Facts`). The
    report's ``files`` are kept packed (:class:`xlrecon.batches.store.Results`, about a kilobyte
    a file): each is unpacked when read. ``output_json``: the report's JSON (as
    ``report.to_dict(lang)``) written to this file as the files are done, in their order, and
    put in place when the run is over (a run that fails leaves no half-written file); or, given
    an open text stream (``sys.stdout``), written to it as the files are done. Each file's text
    is made by the worker that checked it.
    ``engine="dask"``: the files checked on a Dask cluster, the one at ``scheduler``
    ("tcp://host:8786") or a LocalCluster of ``jobs`` workers (:mod:`xlrecon.batches.cluster`).
    ``resume``: a manifest file that records each file's result as it is done; a run given it
    again checks only the files not done or changed since (:mod:`xlrecon.batches.manifest`).
    Raises :class:`XlreconError` only for a bad ``schema``, region file, summary, manifest or
    cluster."""
    from xlrecon.batches import run as b

    if against is not None and not Path(against).is_file():
        raise XlreconError("file-not-found", file=str(against), role="against")
    roots = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    root = str(roots[0]) if len(roots) == 1 and Path(roots[0]).is_dir() else None
    left_over: list[Path] = []
    found = find_workbooks(roots, left_over)
    if against is not None:  # the summary is the reference, not a submission
        found = [p for p in found if not _same_file(p, Path(against))]
    # kept as text from here on: 300,000 Path objects cost the parent more than their names
    names = [os.fspath(p) for p in found]
    del found
    prev = pipeline.previous_paths(previous) if previous is not None else None
    extra_regions = tuple(str(p) for p in regions)
    options = b.Options(schema=str(schema) if schema is not None else None, previous=prev, regions=extra_regions,
                        annotate=annotate, output=str(output) if output is not None else None, root=root, lang=lang,
                        render=None if output_json is None else "xlrecon.render.json_out:file_text")
    if engine not in ("local", "dask"):
        raise ValueError(f"engine: 'local' or 'dask', not {engine!r}")
    # the local workers boot (imports, templates) while the templates and region files are checked here
    with b.start(options, len(names), jobs) if engine == "local" else contextlib.nullcontext() as pool:
        _, candidates = templates_for(schema)
        region_files(extra_regions)
        if on_start is not None:
            on_start(len(names))
        with b.collector_frozen(), _json_stream(output_json, lang) as stream:
            results = b.check_files(names, options, pool=pool, scheduler=scheduler, jobs=jobs,
                                    timeout=b.DEFAULT_TIMEOUT if timeout is None else timeout,
                                    resume=None if resume is None else str(resume), on_file=on_file,
                                    on_packed=None if stream is None else stream.add_packed)
            if pool is not None:
                pool.release()  # the workers exit while the files are checked against each other
            report = BatchReport(files=results, notes=_left_over_notes(left_over), with_previous=prev is not None)
            b.reconcile(report, results, candidates, str(against) if against is not None else None, extra_regions)
            if stream is not None:
                stream.finish(report)
    return report


@contextlib.contextmanager
def _json_stream(dest: PathLike | TextIO | None, lang: str) -> Iterator[Any]:
    """A :class:`xlrecon.render.json_out.Stream` into a temporary file beside ``dest``, moved
    onto it when the block ends well, removed when it raises; straight into ``dest`` when it
    is an open text stream; None without ``dest``."""
    if dest is None:
        yield None
        return
    from xlrecon.render.json_out import Stream
    from xlrecon.write.files import put_in_place, temp_beside

    if hasattr(dest, "write"):
        yield Stream(dest, lang)
        dest.write("\n")
        dest.flush()
        return

    target = Path(dest)
    tmp = temp_beside(target)
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            stream = Stream(fh, lang)
            yield stream
            fh.write("\n")
        put_in_place(tmp, target)
    except OSError as exc:  # the disk filled up, the folder went away
        tmp.unlink(missing_ok=True)
        raise XlreconError("write-failed", file=str(target), detail=str(exc)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def write_report(report: Report, path: PathLike, *, lang: str = "zh", now: Any = None) -> Path:
    """Every file's findings in a separate report workbook (nothing checked is modified)."""
    from xlrecon.write.report_book import write_report as write

    return write(report, path, lang=lang, now=now)


def draft_template(path: PathLike, *, sheet: str | None = None, regions: Iterable[PathLike] = (),
                   lang: str = "zh", output: PathLike | None = None) -> Drafted:
    """A template drafted from a filled-in example of a form (``xlrecon template init``): its
    header, columns, key, total rows, ``total: sum`` and ratio rules, as the commented text of
    a template file. The example is then checked with the draft: where it disagrees with a
    drafted rule (its 合计 is not its rows' sum, a row's ratio is off), the rule stays and the
    text says so at that rule, naming the cell. Raises :class:`XlreconError` when the file
    cannot be read or holds no table to draft from. With ``output``, the text is written to that
    new file (an existing one is never overwritten: ``file-exists``)."""
    from xlrecon.drafts import Drafted
    from xlrecon.drafts.infer import draft_workbook
    from xlrecon.drafts.yaml_text import review_count, to_yaml
    from xlrecon.templates.loader import parse_text

    files = region_files(regions)
    draft = draft_workbook(str(path), sheet, files)
    template = draft.template()
    report = check_file(path, [template], explicit=True, regions=files)
    drafted = {r.id for r in template.rules}
    against = [f for f in report.findings if f.rule in drafted and f.severity in ("error", "warning")]
    text = to_yaml(draft, lang, [(f.rule, f.cell or "", f.message(lang)) for f in against])
    parse_text(text, f"{path} (draft)")  # the text loads as it is
    if output is not None:
        from xlrecon.write.files import write_new_text

        write_new_text(Path(output), text)
    return Drafted(draft, text, report.findings, against, review_count(draft))


def template_tables(template: PathLike | Template, paths: PathLike | Iterable[PathLike],
                    lang: str = "zh") -> list[dict[str, Any]]:
    """Where a template finds its tables and columns in each workbook (``xlrecon template
    check``): per file, its tables (:func:`~xlrecon.pipeline.columns_found`), or the error that
    says why it holds none."""
    from xlrecon.pipeline import columns_found
    from xlrecon.templates import resolve

    t = resolve(template)
    out: list[dict[str, Any]] = []
    for p in find_workbooks(paths):
        try:
            out.append({"path": str(p), "tables": [columns_found(x) for x in read_tables(p, [t])], "error": None})
        except XlreconError as exc:
            out.append({"path": str(p), "tables": [], "error": exc.to_dict(lang)})
    return out


def sheet_view(path: PathLike, sheet: str | None = None, *, max_rows: int = 1000, max_cols: int = 60
               ) -> dict[str, Any]:
    """A sheet's cells as text by position, with its merged ranges (what the web page draws as
    a grid, its findings' cells coloured): :func:`xlrecon.read.view.sheet_view`."""
    from xlrecon.read.view import sheet_view as view

    return view(str(path), sheet, max_rows=max_rows, max_cols=max_cols)


def template_list(lang: str = "zh") -> list[dict[str, Any]]:
    """The built-in templates with their columns (``xlrecon templates --format json``)."""
    from xlrecon.templates.loader import load_all_builtin

    return [{"name": t.name, "title": t.title[lang if lang in t.title else "zh"], "source": t.source,
             "columns": [{"name": c.name, "label": c.label, "type": c.type, "unit": c.unit, "required": c.required}
                         for c in t.columns]}
            for t in load_all_builtin()]


def load_template_file(source: PathLike, *, builtin_only: bool = False) -> Template:
    """A template: a built-in one by name, or (unless ``builtin_only``: a name a web request
    gives is never taken as a path on the server) a template file."""
    from xlrecon.templates import resolve
    from xlrecon.templates.loader import builtin_names, load_builtin

    if builtin_only:
        if str(source) not in builtin_names():
            raise XlreconError("unknown-template", name=str(source), known=", ".join(builtin_names()))
        return load_builtin(str(source))
    return resolve(source)


def check_open_book(book: str, sheets: Iterable[tuple[str, int, int, list[list[Any]]]], *,
                    schema: str | None = None, lang: str | None = None, clear: bool = False,
                    now: datetime | None = None) -> dict[str, Any]:
    """Check a workbook open in an office program from its sheets' values (``(name, first row,
    first column, values)`` each, the used range's top left 1-based) and say what to write into
    it, for a front end that only carries it out (WPS's add-in through ``POST /api/grids``; the
    Excel layer does the same through xlwings): the report, the plan (the discrepancy sheet's
    cells from A1, its fills, each flagged cell's severity and note), the earlier discrepancy
    sheets to delete, the earlier marks to undo first (``[sheet, cell, fill before, note added,
    note]``) and the message box's text. With ``clear``, only the undoing (no check). Raises
    :class:`XlreconError` when the workbook holds no table to check."""
    from xlrecon.read.openbook import STATE_HEADINGS, STATE_SHEET, from_values
    from xlrecon.write import openbook
    from xlrecon.write.discrepancy import template_title

    read = from_values(sheets)
    shown = lang or read.settings.get("lang") or "zh"
    shown = shown if shown in ("zh", "en") else "zh"
    out: dict[str, Any] = {"earlier": read.earlier, "restore": read.state, "state_sheet": STATE_SHEET,
                           "state_headings": list(STATE_HEADINGS),
                           "mark_fills": dict(openbook.SEVERITY_FILL), "lang": shown}
    if clear:
        return {**out, "report": None, "plan": None, "summary": ""}
    report = check_grids(book, read.grids, schema or read.settings.get("schema"))
    if report.error is not None:
        raise report.error
    p = openbook.plan(report, shown, read.names, read.earlier, now=now, template_title=template_title(report, shown))
    return {**out, "report": report.to_dict(shown),
            "plan": {"name": p.name, "values": p.values, "fills": p.fills, "marks": p.marks, "counts": p.counts},
            "summary": openbook.summary(p, shown, marked=True)}


#: the worksheet functions a front end may offer in a cell, by the name it calls them
CELL_FUNCTIONS = ("sumcheck", "fixup", "convert")


def cell_function(name: str, args: list[Any]) -> Any:
    """A worksheet function's value (:mod:`xlrecon.cellfuncs`: ``sumcheck``, ``fixup``,
    ``convert``) for the front ends that offer them in a cell (the WPS add-in's custom functions);
    raises :class:`~xlrecon.cellfuncs.FunctionError` (a ValueError) for arguments it cannot take."""
    from xlrecon import cellfuncs

    if name not in CELL_FUNCTIONS:
        raise cellfuncs.FunctionError("no_such", f"no function {name}")
    try:
        return getattr(cellfuncs, name)(*args)
    except TypeError:
        raise cellfuncs.FunctionError("arguments", f"{name}: wrong number of arguments") from None


def diff(old: PathLike, new: PathLike, schema: str | Path | Template | None = None, *,
         regions: Iterable[PathLike] = (), key: Iterable[str] = ()) -> Any:
    """A resubmission (``new``) against the version it corrects (``old``), as
    :class:`xlrecon.versions.diff.Diff`: each table's rows changed, added, removed, moved, each
    changed cell old → new (a change inside the rounding of the figures shown is none), the
    template, header or unit changed, and the findings fixed, still there and new. ``old`` is read
    with the template ``new`` was read with, so that their columns are the same. ``key``: the
    columns (names or header texts) that make a row's key, instead of the template's. Raises
    :class:`XlreconError` for a bad ``schema`` or ``key``; a file that cannot be read is in ``errors``."""
    from xlrecon.pipeline import read_and_check
    from xlrecon.regions import Registry
    from xlrecon.versions.diff import diff as make

    template, candidates, _, files = setup(schema, None, regions)
    new_report, new_ctx = read_and_check(new, candidates, explicit=template is not None, regions=files)
    new_tables = new_ctx.tables if new_ctx is not None else []
    same = [new_tables[0].template] if new_tables else candidates
    old_report, old_ctx = read_and_check(old, same, explicit=bool(new_tables) or template is not None,
                                         regions=files)
    old_tables = old_ctx.tables if old_ctx is not None else []
    columns: list[str] = []
    if key and new_tables:
        from xlrecon.versions.diff import key_columns

        try:
            columns = key_columns(new_tables[0], list(key))
        except ValueError as exc:
            raise XlreconError("unknown-column", column=str(exc), template=new_tables[0].template.name,
                               known="、".join(c.label for c in new_tables[0].template.columns)) from None
    return make(str(old), str(new), (old_report, old_tables), (new_report, new_tables), Registry.load(files),
                key=columns)


def compare(a: PathLike, b: PathLike, *, key: Iterable[str] | None = None, columns: Iterable[str] | None = None,
            tolerance: str | Any = None, sheet_a: str | None = None, sheet_b: str | None = None,
            schema: str | Path | Template | None = None, pair_duplicates: bool = False,
            regions: Iterable[PathLike] = (), output: PathLike | None = None, lang: str = "zh") -> Any:
    """Two tables of the same things matched line by line (两表核对), as
    :class:`xlrecon.versions.compare.Comparison`: rows paired by ``key`` (columns by template name
    or header text, several for a composite key, ``A=B`` where the tables name them apart; region
    names compared through the registry), each pair's ``columns`` compared in one unit within the
    rounding of the figures shown or the absolute ``tolerance`` (``0.01``, ``"500元"``): match,
    differs, unreadable (never taken as 0), only in A, only in B; repeated keys listed (paired in
    order only with ``pair_duplicates``); and the exact self-check of each column. Each file is
    read with ``schema``, else its own template, else by the header texts named. With ``output``,
    the pairs are also written side by side into that workbook (in ``lang``), each cell's address
    a link into its file. Raises :class:`XlreconError` for a file that cannot be read, or a column
    that is not there."""
    from decimal import Decimal

    from xlrecon.regions import Registry
    from xlrecon.versions import compare as c

    if isinstance(tolerance, (int, Decimal)):
        tol, tol_unit = Decimal(tolerance), None
    else:
        tol, tol_unit = c.parse_tolerance(None if tolerance is None else str(tolerance))
    template, candidates = templates_for(schema)
    files = region_files(regions)
    sources = []
    for path, sheet in ((a, sheet_a), (b, sheet_b)):
        if not Path(path).is_file():
            raise XlreconError("file-not-found", file=str(path))
        try:
            tables = read_tables(path, candidates)
        except XlreconError as exc:
            if template is not None or exc.code not in ("no-table", "missing-column"):
                raise
            tables = []
        grids: list[Grid] = []

        def sheets(path: PathLike = path, grids: list[Grid] = grids) -> list[Grid]:
            if not grids:
                grids.extend(pipeline.open_grids(path, FileReport(path=str(path))))
            return grids

        sources.append(c.Source(str(path), sheet, tables, sheets))
    result = c.compare_files(sources[0], sources[1], key=list(key) if key else None,
                             columns=list(columns) if columns else None, tolerance=tol, tolerance_unit=tol_unit,
                             pair_duplicates=pair_duplicates, registry=Registry.load(files))
    if output is not None:
        from xlrecon.write.compare_book import write_compare

        write_compare(result, output, lang=lang)
    return result


def annotate_diff(d: Any, *, output: PathLike | None = None, lang: str = "zh", now: datetime | None = None) -> Any:
    """Write a diff's changes into a copy of its new version (``NAME.checked.xlsx`` beside it or
    in ``output``): a 修改对照 sheet with one row per change (a link to its cell, the old and the
    new value, the difference), each changed cell marked with its old value in a note, through
    the same lossless writer as :func:`annotate`. Returns the
    :class:`~xlrecon.write.annotate.Annotation`; never raises for a file it cannot write."""
    from xlrecon.findings import Report
    from xlrecon.write.annotate import annotate_report

    [done] = annotate_report(Report(files=[d.changes_report()]), output=output, lang=lang, now=now, kind="diff")
    return done
