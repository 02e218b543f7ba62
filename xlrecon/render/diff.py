"""The terminal view of ``xlrecon diff``: what changed before any row (template, headers,
units), each table's changed, added, removed and moved rows with their cells old → new, then
the findings fixed, still there and new, and a summary line."""

from __future__ import annotations

from typing import Any

from xlrecon.messages import check_name, diff_text, fmt_number

SEV_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
STATUS_STYLE = {"changed": "yellow", "added": "green", "removed": "red", "moved": "cyan"}


def _figure(v: Any, unit: str | None) -> str:
    if v is None:
        return ""
    try:
        from decimal import Decimal

        if isinstance(v, Decimal):
            return fmt_number(v, unit)
    except Exception:  # noqa: BLE001
        pass
    return str(v)


def render_diff(d: Any, console: Any, lang: str = "zh", annotation: Any = None) -> None:
    from rich.table import Table
    from rich.text import Text

    say = lambda text, style=None: console.print(text, style=style, markup=False, highlight=False,  # noqa: E731
                                                 soft_wrap=True)
    say(diff_text("heading", lang, old=d.old, new=d.new), "bold")
    for r in (d.old_report, d.new_report):
        if r.error is not None:
            say(f"  [{r.error.code}] {r.error.message(lang)}", "magenta")
    if not d.compared:
        say(diff_text("not_compared", lang), "bold red")
        return
    for key, params in d.notes:
        say("  " + diff_text("note." + key, lang, **params), "yellow")
    any_change = False
    for t in d.tables:
        rows = [r for r in t.rows if r.status != "same"]
        if not rows:
            continue
        any_change = True
        table = Table(title=t.new_sheet, show_lines=False, pad_edge=False, expand=True)
        for key in ("status", "row", "column", "old", "new", "difference", "where"):
            table.add_column(diff_text("col." + key, lang), overflow="fold", no_wrap=key in ("status", "where"))
        for r in rows:
            status = Text(diff_text("status." + r.status, lang), style=STATUS_STYLE.get(r.status))
            if r.moved:
                status.append(" + " + diff_text("status.moved", lang), style="cyan")
            where = f"{r.old_row or '—'} → {r.new_row or '—'}"
            if not r.cells:
                table.add_row(status, Text(r.label or ""), Text(""), Text(""), Text(""), Text(""), Text(where))
            for n, c in enumerate(r.cells):
                table.add_row(status if n == 0 else Text(""), Text(r.label or "" if n == 0 else ""), Text(c.label),
                              Text(_figure(c.old, c.unit)), Text(_figure(c.new, c.unit)),
                              Text(_figure(c.difference, c.unit) if c.difference is not None else ""),
                              Text(f"{c.old_cell.a1 if c.old_cell else '—'} → {c.new_cell.a1 if c.new_cell else '—'}"))
        console.print(table)
        if t.by_order:
            say("  " + diff_text("by_order", lang, n=t.by_order), "dim")
    if not any_change and not d.notes:
        say(diff_text("no_changes", lang), "green")
    for key, found in (("fixed", d.fixed), ("still", d.still), ("new", d.new_findings)):
        if not found:
            continue
        say(diff_text("findings." + key, lang), "bold")
        for f in found:
            say(f"  {check_name(f.check, lang)}  {f.sheet}!{f.cell}  {f.message(lang)}", SEV_STYLE.get(f.severity))
    say(diff_text("summary", lang, **d.counts()), "bold")
    if annotation is not None:
        if annotation.status == "annotated":
            say(diff_text("annotated", lang, file=annotation.output), "green")
        else:
            say(annotation.error.message(lang) if annotation.error is not None else annotation.status, "bold red")
