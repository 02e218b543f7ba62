"""A batch run: many workbooks checked in worker processes, then checked against each other.

The parent finds the files, hands them to :mod:`xlrecon.batches.workers` (one file per task, a
time limit per file), and collects each file's :class:`~xlrecon.findings.FileReport`
and :class:`~xlrecon.batches.submissions.Submission` digest as they arrive, packed
(:mod:`xlrecon.batches.store`: about a kilobyte a file); a file that timed out or killed its
worker gets an error entry and the run goes on. Then :mod:`xlrecon.batches.reconcile` runs over
the digests that can matter to it and, when there is one, the summary table. Worker-side
state (templates, last period's tables, annotation options) is set up once per worker by
:func:`setup`.
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from xlrecon.errors import XlreconError
from xlrecon.findings import BatchReport, FileReport

if TYPE_CHECKING:
    from xlrecon.batches.store import Facts, Packed, Results
    from xlrecon.batches.submissions import Submission

#: seconds a file may take before it is stopped and reported (``--timeout``)
DEFAULT_TIMEOUT = 120.0


@dataclass(frozen=True)
class Options:
    """What every worker needs to check a file, sent to it once."""

    schema: str | None = None
    previous: tuple[str, ...] | None = None
    regions: tuple[str, ...] = ()
    annotate: bool = False
    output: str | None = None
    root: str | None = None  # the folder searched, to mirror its sub-folders under ``output``
    lang: str = "zh"
    #: "module:function" that turns a file's report into the run's output text, ``f(report, lang)``,
    #: called in the worker (in parallel, not in the parent that writes it): the front end's choice
    render: str | None = None


@dataclass
class _State:
    options: Options
    templates: list[Any]
    explicit: bool
    previous: Any = None
    render: Callable[[FileReport, str], str] | None = None
    done: int = 0  # files checked by this worker
    previous_files: dict[str, str] | None = None  # last round's files by name, once needed
    registry: Any = None
    notes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)


_state: _State | None = None


def setup(options: Options) -> None:
    """Run once in each worker: load the templates, the region registry and last period's tables."""
    global _state
    from xlrecon.pipeline import load_previous, templates_for

    template, templates = templates_for(options.schema)
    prev = load_previous(list(options.previous), templates) if options.previous is not None else None
    from xlrecon.batches.workers import resolve

    render = resolve(options.render) if options.render is not None else None
    _state = _State(options, templates, template is not None, prev, render)
    # A file's cells are many small objects that reference counting frees when the file is
    # done (a checked file leaves no reference cycles); the cyclic collector scanning them
    # again and again took a fifth of the time of a 150-row file and half of a 20,000-row one.
    # It runs every COLLECT_EVERY files instead; what lives as long as the worker (templates,
    # registry, last period) is frozen out of it. pandas and pandera are imported only by a
    # worker that meets a table the quick schema pre-check cannot clear (half a second each).
    from xlrecon import checks
    from xlrecon.read import isolated

    checks.load()
    isolated.isolate = False  # a worker is a child process already: a crash is its file's error
    gc.freeze()
    gc.disable()


def preload() -> None:
    """What a worker imports to check its first file, imported in the parent before the
    workers are forked (see :mod:`xlrecon.batches.workers`): they start with it loaded."""
    import yaml  # noqa: F401

    from xlrecon import checks, pipeline  # noqa: F401
    from xlrecon.batches import submissions  # noqa: F401
    from xlrecon.read import layout, workbook  # noqa: F401 - layout: imported to be loaded
    from xlrecon.templates import loader, screen  # noqa: F401

    workbook.load_engine()
    checks.load()
    from xlrecon.regions import Registry

    Registry.load()  # the built-in registry, shared by the forked workers instead of built in each


#: files a worker checks between two runs of the cyclic garbage collector
COLLECT_EVERY = 50


def check_one(path: str) -> Packed:
    """A worker's task: check one file (and annotate it when asked); its report and digest,
    packed, with the report's text when the options ask for it."""
    from xlrecon.batches.store import pack

    report, sub = check_unpacked(path)
    st = _state
    assert st is not None
    return pack(report, sub, st.render(report, st.options.lang) if st.render is not None else "")


def check_unpacked(path: str) -> tuple[FileReport, Submission]:
    """:func:`check_one`'s report and digest, as objects."""
    from xlrecon.batches.submissions import summarize
    from xlrecon.pipeline import read_and_check

    st = _state
    assert st is not None, "setup() runs before the first task"
    st.done += 1
    if st.done % COLLECT_EVERY == 0:
        gc.collect(1)
    report, ctx = read_and_check(path, st.templates, st.explicit, previous=st.previous, regions=st.options.regions)
    if st.options.previous is not None and report.error is None and ctx is not None:
        report.since_last = _since_last(path, report, ctx, st)
    sub = summarize(path, report.schema, ctx)
    if st.options.annotate:
        from xlrecon.write.annotate import annotate_report

        annotate_one(report, st.options, annotate_report)
    return report, sub


def _since_last(path: str, report: FileReport, ctx: Any, st: _State) -> dict[str, Any]:
    """The file against its counterpart of the last round (the previous file of the same name)."""
    from xlrecon.pipeline import read_and_check
    from xlrecon.versions.diff import since_last

    if st.previous_files is None:
        from xlrecon.pipeline import find_workbooks

        st.previous_files = {}
        for p in find_workbooks(list(st.options.previous or ())):
            st.previous_files.setdefault(p.name.lower(), str(p))
        from xlrecon.regions import Registry

        st.registry = Registry.load(st.options.regions)
    before = st.previous_files.get(Path(path).name.lower())
    same = [ctx.tables[0].template] if ctx.tables else st.templates

    def read_old() -> tuple[FileReport, list[Any]]:
        old_report, old_ctx = read_and_check(before, same, True, regions=st.options.regions)
        return old_report, old_ctx.tables if old_ctx is not None else []

    return since_last(path, before, (report, ctx.tables), read_old, st.registry)


def annotate_one(report: FileReport, options: Options, annotate: Callable[..., Any]) -> None:
    from xlrecon.findings import Report

    out = None
    if options.output is not None:
        out = Path(options.output)
        if options.root is not None:
            try:
                out = out / Path(report.path).parent.relative_to(options.root)
            except ValueError:
                pass  # a file given outside the folder: straight into the output folder
    annotate(Report(files=[report]), output=out, lang=options.lang)


def start(options: Options, files: int, jobs: int | None = None) -> Any:
    """The worker processes for ``files`` files (a :class:`xlrecon.batches.workers.Pool`), started
    before the parent prepares the run, so that they boot meanwhile."""
    from xlrecon.batches import workers

    return workers.Pool("xlrecon.batches.run:check_one", jobs=min(jobs or workers.default_jobs(), files),
                        init=("xlrecon.batches.run:setup", (options,)), preload="xlrecon.batches.run:preload")


def run(pool: Any, paths: list[str] | list[Path], *, timeout: float | None = DEFAULT_TIMEOUT,
        on_packed: Callable[[int, Packed], None]) -> None:
    """Check ``paths`` in the workers of ``pool`` (from :func:`start`); ``on_packed(index,
    packed)`` is called with each file's packed result as it is done."""
    from xlrecon.batches import workers
    from xlrecon.batches.store import failed

    def outcome(o: workers.Outcome) -> None:
        on_packed(o.index, o.result if o.kind == workers.DONE else failed(str(paths[o.index]), o.kind, o.detail))

    try:
        pool.run([str(p) for p in paths], timeout=timeout, on_outcome=outcome, keep=False)
    except workers.WorkersFailed as exc:
        raise XlreconError("worker-failed", file=str(paths[0]) if paths else "", detail=str(exc)) from None


def check_files(paths: list[str] | list[Path], options: Options, *, pool: Any = None, scheduler: str | None = None,
                jobs: int | None = None, timeout: float | None = DEFAULT_TIMEOUT, resume: str | None = None,
                on_file: Callable[[Facts], None] | None = None,
                on_packed: Callable[[int, Packed], None] | None = None) -> Results:
    """Check ``paths`` in the local ``pool`` (from :func:`start`), or without one on a Dask
    cluster (:mod:`xlrecon.batches.cluster`: at ``scheduler``, else a LocalCluster of ``jobs``
    workers); packed results in the order of ``paths``. ``resume``: a manifest file
    (:mod:`xlrecon.batches.manifest`) whose results are taken for the files unchanged since,
    and where each newly checked file's is recorded as it is done. Run it inside
    :func:`collector_frozen`."""
    from xlrecon.batches.manifest import Manifest, stamp
    from xlrecon.batches.store import Results

    manifest = Manifest(resume, options) if resume is not None else None
    names = [str(p) for p in paths]
    stamps = [stamp(p) for p in names] if manifest is not None else []
    done = manifest.done(names, stamps) if manifest is not None else {}
    todo = [i for i in range(len(paths)) if i not in done]
    results = Results(len(paths))

    def arrived(i: int, p: Packed) -> None:
        results.put(i, p, names[i])
        if manifest is not None and i not in done:
            manifest.record(names[i], stamps[i], p)
        if on_packed is not None:
            on_packed(i, p)
        if on_file is not None:
            on_file(p.facts)

    try:
        for i in sorted(done):
            arrived(i, done[i])
        rest = [paths[i] for i in todo]
        if rest and pool is not None:
            run(pool, rest, timeout=timeout, on_packed=lambda j, p: arrived(todo[j], p))
        elif rest:
            from xlrecon.batches import cluster

            cluster.run(rest, options, scheduler=scheduler, jobs=jobs, timeout=timeout,
                        on_packed=lambda j, p: arrived(todo[j], p))
    finally:
        if manifest is not None:
            manifest.close()
    return results


@contextlib.contextmanager
def collector_frozen() -> Iterator[None]:
    """What the parent holds when the run starts (modules, templates: long-lived, no garbage)
    kept out of the cyclic collector's scans while the files arrive (:func:`gc.freeze`). The
    collector stays on: the parent keeps each file packed, so its scans are short, and what a
    file leaves behind as it is received and written out (the JSON encoder's indenting
    closures, a progress bar's rendering) holds reference cycles that only it frees; with it
    off, those piled up at several kilobytes a file."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _titles(names: list[str]) -> dict[str, str]:
    """The titles of the built-in templates ``names``, in each language (a name when it is not one)."""
    from xlrecon.templates.loader import load_all_builtin

    known = {t.name: t.title for t in load_all_builtin()}
    return {lang: "、".join(known[n].get(lang, n) if n in known else n for n in names) for lang in ("zh", "en")}


def reconcile(report: BatchReport, results: Results, templates: list[Any], against: str | None,
              regions: tuple[str, ...] = ()) -> None:
    """The checks across files, added to ``report``; the summary is ``against``, or else the
    one file of the batch whose template is the summary of the others'. Only the digests that
    can matter are unpacked: those sharing bytes or a key with another file, and those of the
    templates that reconcile with the summary."""
    from xlrecon.batches import reconcile as rc
    from xlrecon.pipeline import read_and_check

    report.batch_findings.extend(rc.duplicates(list(results.submissions(results.sharing()))))
    report.batch_findings.sort(key=lambda b: (b.path or "", b.finding.sort_key()))
    by_name = {t.name: t for t in templates}
    present = results.template_names()
    wanted = {t.summary.template for t in templates if t.summary is not None and t.name in present}
    if against is None:
        found = [results.fact(i).path for i in results.with_templates(wanted)]
        if len(found) != 1:
            if len(found) > 1:
                report.notes.append(("batch.summary_ambiguous", {"files": "、".join(found)}))
            elif wanted:  # files of a template that reconciles with a summary, and none to do it with
                report.notes.append(("batch.no_summary", {"title": _titles(sorted(wanted))}))
            return
        against = found[0]
        report.notes.append(("batch.summary_found", {"file": against}))
    from xlrecon.templates.loader import load_all_builtin

    builtin = load_all_builtin()
    candidates = [t for t in builtin if t.name in wanted] or builtin
    fr, ctx = read_and_check(against, candidates, regions=regions)
    if fr.error is not None:
        raise fr.error
    if ctx is None or not ctx.tables:  # pragma: no cover - a file that reads has a table, or an error
        raise XlreconError("no-table", file=against, sheets="", templates="、".join(sorted(wanted)))
    if ctx.tables[0].template.name not in wanted:
        raise XlreconError("bad-summary", file=against,
                           detail=f"{ctx.tables[0].template.name} ≠ {'、'.join(sorted(wanted)) or '—'}")
    summarised = {t.name for t in templates if t.summary is not None}
    subs = list(results.submissions(results.with_templates(summarised)))
    report.batch_findings.extend(rc.against_summary(subs, by_name, os.fspath(against), ctx))
    report.batch_findings.sort(key=lambda b: (b.path or "", b.finding.sort_key()))
