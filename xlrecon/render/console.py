"""The terminal view of a Report: which template was used, then one table of findings
per file, then a summary line. Output goes to the given rich Console."""

from __future__ import annotations

from typing import Any

from xlrecon.findings import Report
from xlrecon.messages import check_name, note_text, ui

SEV_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
STATUS_STYLE = {"ok": "green", "incomplete": "bold yellow", "discrepancies": "bold red", "error": "bold magenta"}


def render(report: Report, console: Any, lang: str = "zh") -> None:
    from rich.table import Table
    from rich.text import Text

    for fr in report.files:
        status = fr.status
        console.print(Text.assemble((f"{ui('status.' + status, lang)} ", STATUS_STYLE[status]), (fr.path, "bold")))
        for key, params in fr.notes:
            console.print("  " + note_text(key, params, lang), style="dim", markup=False, highlight=False,
                          soft_wrap=True)
        if fr.error is not None:
            console.print(f"  [{fr.error.code}] {fr.error.message(lang)}", style="magenta", markup=False, highlight=False, soft_wrap=True)
            continue
        if not fr.findings:
            console.print("  " + ui("no_findings", lang), style="green")
            continue
        table = Table(show_lines=False, expand=True, pad_edge=False)
        for col in ("severity", "check", "where", "row_label", "message"):
            table.add_column(ui("col." + col, lang), overflow="fold", no_wrap=col != "message",
                             ratio=1 if col == "message" else None)
        for f in fr.findings:
            table.add_row(
                Text(ui("sev." + f.severity, lang), style=SEV_STYLE[f.severity]),
                check_name(f.check, lang),
                Text(f"{f.sheet}!{f.cell}" if f.where else ""),
                Text(f.row_label or ""),
                Text(f.message(lang)),
            )
        console.print(table)
    for key, params in report.notes:
        console.print(note_text(key, params, lang), style="dim", markup=False, highlight=False, soft_wrap=True)
    console.print(ui("summary", lang, **report.summary()), style="bold", markup=False, highlight=False)


def render_fixups(report: Report, fixes: list[dict[str, Any]], written: list[tuple[str, str | None, Any]],
                  console: Any, lang: str = "zh") -> None:
    """``xlrecon fix-rounding``: for each hierarchy of rounding residues, the residues and the
    edits that fix every level at once (each cell once), or why there are none; then the
    corrected copies written with ``--apply``."""
    from rich.table import Table

    from xlrecon.messages import fmt_number

    for fr in report.files:
        if fr.error is not None:
            console.print(f"[{fr.error.code}] {fr.error.message(lang)}", style="magenta", markup=False,
                          highlight=False, soft_wrap=True)
    if not fixes:
        console.print(ui("fix.none", lang), style="green")
    for fx in fixes:
        for r in fx["residues"]:
            console.print(ui("fix.residue", lang, path=fx["path"], sheet=r["sheet"], cell=r["cell"],
                             row_label=r["row_label"] or "", column=r["column"] or "",
                             whole=fmt_number(r["whole"], r["unit"]), sum=fmt_number(r["sum"], r["unit"])),
                          markup=False, highlight=False, soft_wrap=True)
        if fx["status"] != "planned":
            console.print(ui(f"fix.status.{fx['status']}", lang), style="bold magenta", markup=False, highlight=False,
                          soft_wrap=True)
            continue
        console.print(ui("fix.header", lang, n=len(fx["changes"]), levels=len(fx["residues"])), style="bold",
                      markup=False, highlight=False, soft_wrap=True)
        table = Table(pad_edge=False)
        for col in ("fix.cell", "col.row_label", "fix.from", "fix.to"):
            table.add_column(ui(col, lang))
        for c in fx["changes"]:
            table.add_row(f"{c['sheet']}!{c['cell']}", c["row_label"] or "", fmt_number(c["from"]), fmt_number(c["to"]))
        console.print(table)
    for path, out, exc in written:
        if out is not None:
            console.print(ui("fix.written", lang, file=path, output=out), style="green", markup=False, highlight=False)
        else:
            console.print(f"[{exc.code}] {exc.message(lang)}", style="bold magenta", markup=False, highlight=False,
                          soft_wrap=True)


def render_annotations(report: Report, reports_written: list[str], console: Any, lang: str = "zh") -> None:
    """Where the annotated workbooks (and a report workbook) were written, or why not."""
    for fr in report.files:
        a = fr.annotation
        if a is None:
            continue
        if a.status == "annotated":
            text = ui("annotated", lang, file=fr.path, output=a.output)
            if a.backup:
                text += ui("annotated_backup", lang, backup=a.backup)
            console.print(text, style="green", markup=False, highlight=False, soft_wrap=True)
        else:
            console.print(f"[{a.error.code}] {a.error.message(lang)}", style="bold magenta", markup=False,
                          highlight=False, soft_wrap=True)
    for path in reports_written:
        console.print(ui("report_written", lang, output=path), style="green", markup=False, highlight=False)
