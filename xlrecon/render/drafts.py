"""The terminal view of ``xlrecon template init`` (what was drafted, what to check, where the
example disagrees with a drafted rule) and ``xlrecon template check`` (where each column of
the template is found in each workbook)."""

from __future__ import annotations

from typing import Any

from xlrecon.messages import draft_text


def render_drafted(drafted: Any, written: str | None, example: str, console: Any, lang: str = "zh") -> None:
    """``drafted``: a :class:`~xlrecon.drafts.Drafted`; ``written``: the file it went to (None:
    the YAML went to standard output, and this goes to standard error)."""
    draft = drafted.draft
    n_rules = len(draft.rules()) + sum(c.total for c in draft.columns)
    say = lambda key, style=None, **p: console.print(draft_text(key, lang, **p), style=style, markup=False,  # noqa: E731
                                                     highlight=False, soft_wrap=True)
    if written:
        say("out.written", "bold", file=written, n=len(draft.columns), rules=n_rules)
    else:
        say("out.stdout", "bold", n=len(draft.columns), rules=n_rules)
    say("out.review", "yellow", n=drafted.review)
    if drafted.disagreements:
        say("out.disagrees", "bold red", n=len(drafted.disagreements))
        for f in drafted.disagreements:
            console.print(f"  {f.sheet}!{f.cell}  {f.message(lang)}", style="red", markup=False, highlight=False,
                          soft_wrap=True)
    else:
        say("out.agrees", "green")
    say("out.next", "dim", file=written or "FILE.yaml", example=example)


def render_template_check(name: str, template: Any, found: list[dict[str, Any]], console: Any,
                          lang: str = "zh") -> None:
    """``template``: the loaded Template; ``found``: :func:`xlrecon.api.template_tables`."""
    from rich.table import Table
    from rich.text import Text

    n_rules = len(template.rules)
    console.print(draft_text("check.ok", lang, file=name, n=len(template.columns), rules=n_rules), style="bold green",
                  markup=False, highlight=False, soft_wrap=True)
    for entry in found:
        if entry["error"] is not None:
            console.print(draft_text("check.none", lang, file=entry["path"], why=entry["error"]["message"]),
                          style="bold red", markup=False, highlight=False, soft_wrap=True)
            continue
        for t in entry["tables"]:
            totals = "、".join(str(r) for r in t["total_rows"]) or draft_text("check.no_totals", lang)
            first, last = t["header_rows"]
            console.print(draft_text("check.table", lang, file=entry["path"], sheet=t["sheet"],
                                     rows_text=str(first) if first == last else f"{first}–{last}",
                                     rows=t["data_rows"], totals=totals),
                          style="bold", markup=False, highlight=False, soft_wrap=True)
            table = Table(show_lines=False, pad_edge=False)
            for key in ("column", "where", "header"):
                table.add_column(draft_text("check.heading." + key, lang), overflow="fold")
            for c in t["columns"]:
                if c["cell"]:
                    where = Text(c["cell"], style="green")
                else:
                    where = Text(draft_text("check.col.missing" if c["required"] else "check.col.optional", lang),
                                 style="red" if c["required"] else "yellow")
                table.add_row(Text(f"{c['label']} ({c['name']})"), where, Text(" / ".join(c["header"])))
            console.print(table)
