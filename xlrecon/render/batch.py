"""The terminal view of a batch: a progress bar while it runs; then the files with problems
(worst first), the most frequent findings (by their rules' names), the findings across files
(errors first), what was not reconciled, and one summary line, then how to see every finding.
A thousand clean files print nothing each; the full detail is in ``--report`` and ``--format json``."""

from __future__ import annotations

import heapq
from collections import Counter
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
    # one pass over the files with problems (of a batch's packed files only they are unpacked),
    # keeping the worst MAX_FILES rows and the counts: the memory of a few rows, however many files
    worst: list[tuple[tuple, int, tuple]] = []  # (badness, -index, row): a heap of the worst kept
    bad = 0
    top: Counter[tuple[str, str]] = Counter()
    files_per: Counter[tuple[str, str]] = Counter()
    names: dict[tuple[str, str], str] = {}
    for i, fr in report.files_with_problems():
        bad += 1
        entry = (_badness(fr), -i)
        if len(worst) < MAX_FILES or entry > worst[0][:2]:
            c = fr.counts()
            row = (fr.status, fr.path, f"{c['error']}/{c['warning']}/{c['info']}", _first(fr, lang))
            (heapq.heappush if len(worst) < MAX_FILES else heapq.heapreplace)(worst, (*entry, row))
        rules = set()
        for f in fr.findings:
            if f.severity != "info":
                top[(f.rule, f.severity)] += 1
                rules.add((f.rule, f.severity))
                names.setdefault((f.rule, f.severity), f.rule_name(lang))
        files_per.update(rules)
    if bad:
        table = Table(title=ui("batch.files_heading", lang), title_justify="left", expand=True, pad_edge=False)
        for col in ("status", "file", "counts", "first"):
            table.add_column(ui("batch.col." + col, lang), overflow="fold",
                             ratio=2 if col in ("file", "first") else None)
        for _, _, (status, path, counts, first) in sorted(worst, reverse=True):  # worst first, then in order
            table.add_row(Text(ui("status." + status, lang), style=STATUS_STYLE[status]), Text(path), counts,
                          Text(first))
        console.print(table)
        if bad > MAX_FILES:
            console.print(ui("batch.more_files", lang, n=bad - MAX_FILES), style="dim")
    if top:
        table = Table(title=ui("batch.top_heading", lang), title_justify="left", pad_edge=False)
        for col in ("rule", "findings", "files"):
            table.add_column(ui("batch.col." + col, lang))
        for (rule, sev), n in top.most_common(MAX_TOP):
            table.add_row(Text(names[(rule, sev)], style=SEV_STYLE[sev]), str(n), str(files_per[(rule, sev)]))
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
        failed = report.summary()["errors"]
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

    if not report.with_previous:
        return
    n: Counter[str] = Counter()
    same = 0
    changed = []
    for fr in report.files:
        s = fr.since_last
        if s is None:
            continue
        n[s["status"]] += 1
        same += bool(s.get("same_bytes"))
        if s["status"] == "changed":
            changed.append((fr.path, s))
    if not n:
        return
    console.print(ui("batch.since.summary", lang, same=same, **{k: n[k] for k in ("new", "unchanged", "changed",
                                                                                 "unreadable")}),
                  style="bold", markup=False, highlight=False, soft_wrap=True)
    if changed:
        table = Table(title=ui("batch.since.heading", lang), title_justify="left", expand=True, pad_edge=False)
        for col in ("file", "cells", "rows", "fixed", "new"):
            table.add_column(ui("batch.since.col." + col, lang), overflow="fold")
        for path, s in changed:
            table.add_row(Text(path), str(s["cells"]), ui("batch.since.rows", lang, added=s["added"],
                                                              removed=s["removed"]),
                          str(s["fixed"]), str(s["new_findings"]))
        console.print(table)


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
