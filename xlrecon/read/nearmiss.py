"""A header that matches a template but for one or two columns: which texts stand where the
missing columns should, and the template line that would accept them.

Nothing here accepts a header: a fuzzy match only names the likely text, and the user decides
(adding the text to the column's ``header:`` list, in the template or a copy given with
``--schema FILE``). Similarity is rapidfuzz's (the better of the plain and the partial ratio,
so that 预算单位全称 is near 单位名称); a text in the gap where the template's column order puts
the missing column is taken even when it is not similar, if it is the only one there.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from xlrecon.findings import CellRef, a1
from xlrecon.read.workbook import Grid
from xlrecon.templates.model import ColumnSpec, Template

#: a header text at least this similar (0–100) to one of a column's header texts is named
SIMILAR = 50
#: how many required columns may be missing for a header still to count as the template's
MAX_MISSING = 2
#: texts a YAML flow list holds without quotes
_PLAIN = re.compile(r"^[^\s,\[\]{}:#&*!|>'\"%@`?-][^,\[\]{}:#]*$")


@dataclass(frozen=True)
class Stand:
    """A sheet header that may be a missing column under another name."""

    column: ColumnSpec
    text: str  # the sheet's header text (normalised)
    cell: CellRef
    score: float


def similarity(text: str, spec: ColumnSpec) -> float:
    """How near a sheet's header text is to a column's header texts (0–100)."""
    targets = spec.headers + tuple(spec.header_targets)
    return max((max(fuzz.ratio(text, h), fuzz.partial_ratio(text, h)) for h in targets), default=0.0)


def near_miss(found: int, missing: int) -> bool:
    """Whether a header with ``found`` of a template's columns (required or not) and ``missing``
    required ones absent is surely that template's header, short of a column or two."""
    return 0 < missing <= MAX_MISSING and found >= 3 * missing


def stands(grid: Grid, template: Template, top: int, depth: int, cols: dict[str, int],
           paths: dict[int, tuple[str, ...]], missing: list[ColumnSpec]) -> list[Stand]:
    """For each missing column, the header text that most likely stands in its place."""
    r0, c0 = grid.origin
    taken = set(cols.values())
    free = {j: "".join(p) for j, p in paths.items() if p and j not in taken}
    order = [c.name for c in template.columns]
    out: list[Stand] = []
    for spec in missing:
        k = order.index(spec.name)
        before = [cols[n] for n in order[:k] if n in cols]
        after = [cols[n] for n in order[k + 1:] if n in cols]
        lo, hi = max(before, default=-1), min(after, default=grid.n_cols)
        gap = [j for j in free if lo < j < hi]
        scored = sorted(((similarity(free[j], spec), j) for j in free), reverse=True)
        pick = next(((s, j) for s, j in scored if s >= SIMILAR), None)
        if pick is None and len(gap) == 1:
            pick = (similarity(free[gap[0]], spec), gap[0])
        if pick is None:
            continue
        s, j = pick
        out.append(Stand(spec, free.pop(j), CellRef(grid.sheet, r0 + top + depth - 1, c0 + j), s))
    return out


def yaml_line(spec: ColumnSpec, text: str) -> str:
    """The column's ``header:`` line with ``text`` added, as it would stand in the template."""
    items = [*spec.headers, text]
    return "header: [" + ", ".join(h if _PLAIN.match(h) else json.dumps(h, ensure_ascii=False) for h in items) + "]"


def hints(template: Template, found: list[Stand], missing: list[ColumnSpec]) -> list[dict]:
    """The error's hints: one per missing column (see ``HINTS`` in :mod:`xlrecon.messages`)."""
    named = {s.column.name: s for s in found}
    out: list[dict] = []
    for spec in missing:
        s = named.get(spec.name)
        if s is None:
            out.append({"key": "no_stand", "column": spec.label})
        else:
            out.append({"key": "stand", "column": spec.label, "name": spec.name, "text": s.text,
                        "cell": a1(s.cell.row, s.cell.col), "line": yaml_line(spec, s.text),
                        "template_file": template.path or template.name})
    return out
