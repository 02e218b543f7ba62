"""The terminal view of a two-table comparison (``xlrecon compare``): which tables, how the rows
were paired, every pair that is not an exact match (with both cells), repeated keys, blank keys and
unreadable amounts, the counts, then the self-check of each column (said loudly when it fails)."""

from __future__ import annotations

from typing import Any

from xlrecon.messages import compare_text, fmt_number

STATUS_STYLE = {"match": "green", "differs": "bold red", "unreadable": "bold magenta", "only_a": "yellow",
                "only_b": "yellow"}


def _rows(entries: Any) -> str:
    return "、".join(str(e.row + 1) for e in entries) or "—"


def render_compare(result: Any, console: Any, lang: str = "zh") -> None:
    """``result``: a :class:`~xlrecon.versions.compare.Comparison`."""
    from rich.table import Table
    from rich.text import Text

    def say(text: str, style: str = "") -> None:
        console.print(text, style=style, markup=False, highlight=False, soft_wrap=True)

    def how(side: Any) -> str:
        return (compare_text("how.template", lang, template=side.template) if side.template
                else compare_text("how.headers", lang))

    a, b = result.a, result.b
    say(compare_text("heading", lang, path_a=a.path, sheet_a=a.sheet, how_a=how(a), path_b=b.path, sheet_b=b.sheet,
                     how_b=how(b)), "bold")
    if result.tolerance is None:
        tol = compare_text("tolerance.rounding", lang)
    elif result.tolerance_unit:
        tol = compare_text("tolerance.given", lang, tolerance=fmt_number(result.tolerance), unit=result.tolerance_unit)
    else:
        tol = compare_text("tolerance.plain", lang, tolerance=fmt_number(result.tolerance))
    keys = "、".join(x if x == y else f"{x}={y}" for x, y in result.key)
    say(compare_text("matched_by", lang, keys=keys, columns="、".join(c.label for c in result.columns),
                     tolerance_text=tol))
    for key, params in result.notes:
        say("  " + compare_text(key, lang, **params), "dim")
    table = Table(show_lines=False, expand=True, pad_edge=False)
    for k in ("key", "status", "column", "a", "cell_a", "b", "cell_b", "difference", "tolerance"):
        table.add_column(compare_text("col." + k, lang), overflow="fold", no_wrap=k not in ("key", "column"))
    shown = 0
    for p in result.pairs:
        status = compare_text("status." + p.status, lang)
        for j, c in enumerate(result.columns):
            g = p.gaps[j] if p.gaps else None
            if g is not None and g.status == "match" and g.difference == 0:
                continue
            if g is None and j:
                continue  # a row of one side only: once
            x = p.a.amounts[j] if p.a else None
            y = p.b.amounts[j] if p.b else None
            table.add_row(
                Text(p.label), Text(status, style=STATUS_STYLE[p.status]), Text(c.label if g is not None else ""),
                Text(_amount(x, c.unit) if g is not None or p.a else ""),
                Text(f"{x.cell.sheet}!{x.cell.a1}" if x else ""),
                Text(_amount(y, c.unit) if g is not None or p.b else ""),
                Text(f"{y.cell.sheet}!{y.cell.a1}" if y else ""),
                Text(fmt_number(g.difference, c.unit) if g is not None and g.difference is not None else ""),
                Text("±" + fmt_number(g.tolerance, c.unit) if g is not None and g.tolerance is not None else ""))
            shown += 1
    if shown:
        console.print(table)
    for d in result.duplicates:
        what = ("repeated.paired" if d.paired and d.a and d.b else "repeated.one_side" if d.paired
                else "repeated.unpaired")
        say(compare_text("duplicate", lang, key=d.label, rows_a=_rows(d.a), rows_b=_rows(d.b),
                         what=compare_text(what, lang)), "bold yellow")
    for e in result.no_key:
        cell = e.key_cells[0]
        say(compare_text("no_key", lang, side=e.side, row=e.row + 1, sheet=cell.sheet, cell=cell.a1), "yellow")
    for u in result.unreadable:
        say(compare_text("unreadable", lang, side=u.entry.side, key=u.entry.label or "—",
                         column=result.columns[u.column].label, sheet=u.amount.cell.sheet, cell=u.amount.cell.a1,
                         text=u.amount.text or ""), "bold magenta")
    counts = result.counts()
    say(compare_text("summary", lang, pairs=len(result.pairs), **counts), "bold")
    if result.clean:
        say(compare_text("all_match", lang), "green")
    say(compare_text("self_check.title", lang), "bold")
    for c in result.checks:
        say("  " + self_check_line(c, lang), "green" if c.holds else "bold red")
    if not result.self_check_holds:
        say(compare_text("self_check.bug", lang), "bold white on red")


def _amount(x: Any, unit: str | None) -> str:
    if x is None:
        return ""
    if x.value is None:
        return f"“{x.text}”"
    return fmt_number(x.value, unit)


def self_check_line(c: Any, lang: str) -> str:
    """One column's identity as a sentence, its figures exact."""
    f = fmt_number
    return compare_text("self_check.line", lang, column=c.column, sum_a=f(c.sum_a), sum_b=f(c.sum_b), left=f(c.left),
                        differs=f(c.differs), only_a=f(c.only_a), only_b=f(c.only_b), residue=f(c.residue),
                        unpaired=f(c.unpaired), unreadable_sum=f(c.unreadable), right=f(c.right),
                        verdict=compare_text("self_check.holds" if c.holds else "self_check.fails", lang))
