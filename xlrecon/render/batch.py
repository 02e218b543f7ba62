"""The terminal view of a batch: a progress bar while it runs; then the files with problems
(worst first), the most frequent findings (by their rules' names), the findings across files
(errors first), what was not reconciled, and one summary line, then how to see every finding.
A thousand clean files print nothing each; the full detail is in ``--report`` and ``--format json``."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

from xlrecon.findings import SEVERITIES, BatchReport, FileReport
from xlrecon.messages import check_name, note_text, ui
from xlrecon.render.console import SEV_STYLE, STATUS_STYLE

#: how many files with problems, and how many frequent findings, the console lists
MAX_FILES = 30
MAX_TOP = 10
#: run notes said with the findings across files (what they did not cover), not above the tables
_CROSS_NOTES = ("batch.no_summary",)


def render_batch(report: BatchReport, console: Any, lang: str = "zh", seconds: float | None = None) -> None:
    from rich.table import Table
    from rich.text import Text

    for key, params in report.notes:
        if key not in _CROSS_NOTES:
            console.print(note_text(key, params, lang), style="dim", markup=False, highlight=False, soft_wrap=True)
    bad = [fr for fr in report.files if _has_problems(fr)]
    bad.sort(key=_badness, reverse=True)
    if bad:
        table = Table(title=ui("batch.files_heading", lang), title_justify="left", expand=True, pad_edge=False)
        for col in ("status", "file", "counts", "first"):
            table.add_column(ui("batch.col." + col, lang), overflow="fold",
                             ratio=2 if col in ("file", "first") else None)
        for fr in bad[:MAX_FILES]:
            c = fr.counts()
            table.add_row(Text(ui("status." + fr.status, lang), style=STATUS_STYLE[fr.status]), Text(fr.path),
                          f"{c['error']}/{c['warning']}/{c['info']}", Text(_first(fr, lang)))
        console.print(table)
        if len(bad) > MAX_FILES:
            console.print(ui("batch.more_files", lang, n=len(bad) - MAX_FILES), style="dim")
    top: Counter[tuple[str, str]] = Counter()
    files_per: dict[tuple[str, str], set[str]] = defaultdict(set)
    names: dict[tuple[str, str], str] = {}
    for fr in report.files:
        for f in fr.findings:
            if f.severity != "info":
                top[(f.rule, f.severity)] += 1
                files_per[(f.rule, f.severity)].add(fr.path)
                names.setdefault((f.rule, f.severity), f.rule_name(lang))
    if top:
        table = Table(title=ui("batch.top_heading", lang), title_justify="left", pad_edge=False)
        for col in ("rule", "findings", "files"):
            table.add_column(ui("batch.col." + col, lang))
        for (rule, sev), n in top.most_common(MAX_TOP):
            table.add_row(Text(names[(rule, sev)], style=SEV_STYLE[sev]), str(n), str(len(files_per[(rule, sev)])))
        console.print(table)
    if report.batch_findings:
        table = Table(title=ui("batch.cross_heading", lang), title_justify="left", expand=True, pad_edge=False)
        for col in ("severity", "check", "where", "message"):
            table.add_column(ui("col." + col, lang), overflow="fold", ratio={"where": 2, "message": 3}.get(col))
        for b in sorted(report.batch_findings, key=lambda b: SEVERITIES.index(b.severity)):  # stable: path order kept
            f = b.finding
            where = b.path + (f" {f.sheet}!{f.cell}" if f.where else "")
            table.add_row(Text(ui("sev." + f.severity, lang), style=SEV_STYLE[f.severity]), check_name(f.check, lang),
                          Text(where),
                          Text(f.message(lang)))
        console.print(table)
    else:
        failed = sum(1 for fr in report.files if fr.error is not None)
        if failed == len(report.files):  # nothing was read: nothing was compared either
            console.print(ui("batch.cross_not_run", lang), style="bold magenta", markup=False, highlight=False)
        elif failed:
            console.print(ui("batch.no_cross_partial", lang, n=failed), style="green", markup=False, highlight=False)
        else:
            console.print(ui("batch.no_cross", lang), style="green", markup=False, highlight=False)
    for key, params in report.notes:
        if key in _CROSS_NOTES:
            console.print(note_text(key, params, lang), style="yellow", markup=False, highlight=False, soft_wrap=True)
    _since_last(report, console, lang)
    s = report.summary()
    console.print(ui("batch.summary", lang, **s, cross=len(report.batch_findings),
                     seconds=f"{seconds:.1f}" if seconds is not None else "—"),
                  style="bold", markup=False, highlight=False)
    if bad or report.batch_findings:
        console.print(ui("batch.every_finding", lang), style="dim", markup=False, highlight=False, soft_wrap=True)


def _since_last(report: BatchReport, console: Any, lang: str) -> None:
    """With ``--previous``: this round against the last, file by file (the changed ones listed)."""
    from rich.table import Table
    from rich.text import Text

    since = [(fr, fr.since_last) for fr in report.files if fr.since_last is not None]
    if not since:
        return
    n = {k: sum(s["status"] == k for _, s in since) for k in ("new", "unchanged", "changed", "unreadable")}
    console.print(ui("batch.since.summary", lang, same=sum(bool(s.get("same_bytes")) for _, s in since), **n),
                  style="bold", markup=False, highlight=False, soft_wrap=True)
    changed = [(fr, s) for fr, s in since if s["status"] == "changed"]
    if changed:
        table = Table(title=ui("batch.since.heading", lang), title_justify="left", expand=True, pad_edge=False)
        for col in ("file", "cells", "rows", "fixed", "new"):
            table.add_column(ui("batch.since.col." + col, lang), overflow="fold")
        for fr, s in changed:
            table.add_row(Text(fr.path), str(s["cells"]), ui("batch.since.rows", lang, added=s["added"],
                                                              removed=s["removed"]),
                          str(s["fixed"]), str(s["new_findings"]))
        console.print(table)


def _has_problems(fr: FileReport) -> bool:
    """Whether a file is listed among the files with problems: it could not be read, a check could
    not be made, or a finding is an error or a warning (a file with notes only is not)."""
    return fr.status != "ok" or any(f.severity != "info" for f in fr.findings)


def _badness(fr: FileReport) -> tuple:
    c = fr.counts()
    return (fr.error is not None, c["error"], c["warning"], c["info"])


def _first(fr: FileReport, lang: str) -> str:
    if fr.error is not None:
        return f"[{fr.error.code}] {fr.error.message(lang)}"
    worst = sorted(fr.findings, key=lambda f: ("error", "warning", "info").index(f.severity))
    if not worst:
        return ""
    f = worst[0]
    return (f"{f.sheet}!{f.cell} " if f.where else "") + f.message(lang)


class Progress:
    """A rich progress bar on stderr (file counts, elapsed and remaining time) while a batch runs.

    The bar is shown from ``start`` (the files are counted and the workers started), not from
    entering: on a terminal it redraws from a thread of its own, and workers are forked only
    while the process runs a single thread (:func:`xlrecon.batches.workers.start_method`). The console
    is asked of ``console`` (a function) then too: rich is imported while the workers run, not
    before they start."""

    def __init__(self, console: Callable[[], Any], lang: str) -> None:
        self.console, self.lang, self.bar, self.task = console, lang, None, None

    def __enter__(self) -> tuple[Any, Any]:
        return self.start, self.advance

    def start(self, total: int) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn
        from rich.progress import Progress as Bar

        console = self.console()
        self.bar = Bar(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                       TimeElapsedColumn(), TimeRemainingColumn(), console=console, transient=False,
                       disable=not console.is_terminal)
        self.bar.start()
        self.task = self.bar.add_task(ui("batch.progress", self.lang), total=total)

    def advance(self, _report: FileReport) -> None:
        if self.task is not None:
            self.bar.advance(self.task)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()
