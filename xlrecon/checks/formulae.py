"""Checks on a table's formulas that auditors make by hand (Excel flags some of them with a
green triangle, one cell at a time):

- a 合计 formula whose range leaves out data rows of its table, takes in rows outside it, or
  takes in another total or subtotal row (counted twice) — ``formula.total_range``,
  ``formula.double_count``;
- a column of formulas with one cell whose formula differs from its neighbours' pattern, in
  relative (R1C1) form — ``formula.inconsistent``;
- a 合计 typed as a number where the row's other totals are formulas — ``formula.constant_total`` (info);
- a formula that links to another workbook — ``formula.external`` (its value cannot be checked
  against what it refers to).

Each finding stands at the formula's cell and quotes the formula. Only a 合计 that adds up its
own column (SUM, SUBTOTAL, AGGREGATE, or cells joined by "+") is read for its range: any other
formula says nothing about which rows it means.
"""

from __future__ import annotations

from collections import Counter

from xlrecon.checks.registry import register
from xlrecon.findings import CellRef, Finding
from xlrecon.read import formulatext
from xlrecon.read.table import Row, Table

#: functions a 合计 that adds up its column may call
_ADDING = {"SUM", "SUBTOTAL", "AGGREGATE"}
#: how many formula cells a column needs before one that differs is reported
MIN_FORMULAS = 3
#: how many rows a finding names before "…"
SHOWN = 10


def _rows_text(rows: list[int]) -> str:
    return "、".join(str(r + 1) for r in rows[:SHOWN]) + ("…" if len(rows) > SHOWN else "")


@register("formulae")
def formula_findings(table: Table) -> list[Finding]:
    formulas = table.formulas
    if not formulas or not table.columns:
        return []
    out: list[Finding] = []
    out.extend(_total_ranges(table, formulas))
    out.extend(_inconsistent(table, formulas))
    out.extend(_constant_totals(table, formulas))
    out.extend(_external(table, formulas))
    return out


def summed_spans(formula: str, col: int) -> list[tuple[int, int]] | None:
    """The row spans a 合计 formula adds up in its own column, or None when it is not such a sum."""
    funcs = set(formulatext.functions(formula))
    if not funcs <= _ADDING:
        return None
    refs = formulatext.references(formula)
    if not refs or any(r.sheet is not None or r.external or r.c0 != col or r.c1 != col for r in refs):
        return None
    if not funcs and any(op not in "+()" for op in formulatext.operators(formula)):
        return None
    return [(r.r0, r.r1) for r in refs]


def _total_ranges(table: Table, formulas: dict[tuple[int, int], str]) -> list[Finding]:
    out: list[Finding] = []
    totals = table.total_rows
    total_rows = {t.row for t in totals}
    nested = _nesting(table)
    for name, hit in table.columns.items():
        spec = table.template.column(name)
        if not spec.numeric:
            continue
        data_rows = [r for r, k in zip(table.cell_rows(name), range(table.n))
                     if table.value(name, k).kind != "blank"]
        if not data_rows:
            continue
        data_set = set(data_rows)
        for trow in totals:
            where = trow.cells[name].where if name in trow.cells else CellRef(table.sheet, trow.row, hit.col)
            formula = formulas.get((where.row, where.col))
            spans = summed_spans(formula, where.col) if formula else None
            if spans is None:
                continue
            covered = {r for a, b in spans for r in range(a, b + 1)}
            # a subtotal row's own parts are the data rows between it and the previous total
            mine = _parts_of(trow, totals, data_rows)
            if nested is not None and not (covered & total_rows - {trow.row}):
                missing, twice, over = _nested_cover(nested, covered, mine)
                if twice:
                    out.append(Finding("formula", "formula.double_count", "error", "formula.double_count_nested",
                                       where=where, row_label=trow.label, column=spec.label,
                                       params={"formula": formula, "rows": _rows_text(twice),
                                               "parent_rows": _rows_text(over)}))
                elif missing:
                    out.append(Finding("formula", "formula.total_range", "warning", "formula.range_missing",
                                       where=where, row_label=trow.label, column=spec.label,
                                       params={"formula": formula, "rows": _rows_text(missing), "count": len(missing)}))
                continue
            missing = [r for r in mine if r not in covered]
            inside_totals = sorted(r for r in covered & total_rows if r != trow.row)
            # SUBTOTAL leaves out the SUBTOTALs in its range: no double count then
            if _skips_subtotals(formula):
                inside_totals = [r for r in inside_totals if not _skips_subtotals(formulas.get((r, where.col), ""))]
            # a grand total made of its subtotals is right: the data rows are then counted once
            if inside_totals and not _sums_subtotals(covered, inside_totals, mine):
                out.append(Finding("formula", "formula.double_count", "error", "formula.double_count", where=where,
                                   row_label=trow.label, column=spec.label,
                                   params={"formula": formula, "rows": _rows_text(inside_totals)}))
                continue
            if inside_totals:
                continue
            # rows the range takes in that hold a value but are not the table's: another table's,
            # a note's (blank rows and the header's texts add nothing)
            outside = sorted(r for r in covered if r not in data_set and r not in total_rows
                             and table.header_rows[1] < r and (r, where.col) in table.filled)
            if missing:
                out.append(Finding("formula", "formula.total_range", "warning", "formula.range_missing", where=where,
                                   row_label=trow.label, column=spec.label,
                                   params={"formula": formula, "rows": _rows_text(missing), "count": len(missing)}))
            if outside:
                out.append(Finding("formula", "formula.total_range", "warning", "formula.range_outside", where=where,
                                   row_label=trow.label, column=spec.label,
                                   params={"formula": formula, "rows": _rows_text(outside)}))
    return out


def _nesting(table: Table) -> tuple[dict[int, int], set[int]] | None:
    """Of a table that is not flat: each row's parent row (the 小计, the city's row, the row an
    of-which line is part of), and the of-which rows, by sheet row; None for a flat table."""
    st = table.structure
    if st is None or st.flat:
        return None
    rows = table.sheet_rows()
    parent = {rows[k]: rows[p] for k, p in enumerate(st.parent) if p is not None}
    return parent, {rows[k] for k, r in enumerate(st.roles) if r == "of_which"}


def _nested_cover(nested: tuple[dict[int, int], set[int]], covered: set[int], mine: list[int]
                  ) -> tuple[list[int], list[int], list[int]]:
    """Of a 合计 formula over a table that is not flat: the rows whose figures it leaves out (a
    row counts as taken in through its subtotal or parent row), the rows it counts twice (a
    row taken in with its subtotal, an of-which row with the row it is part of), and the
    subtotal or parent rows it takes in with them."""
    parent, of_which = nested
    children: dict[int, list[int]] = {}
    for r, p in parent.items():
        if r not in of_which:
            children.setdefault(p, []).append(r)

    def down(r: int) -> bool:  # r taken in, or every row under it
        return r in covered or (r in children and all(down(c) for c in children[r]))

    def reached(r: int) -> bool:  # r counted: taken in, through a row over it, or through its rows
        if down(r):
            return True
        while r in parent:
            r = parent[r]
            if r in covered:
                return True
        return False

    def above(r: int) -> int | None:  # the row over r that is taken in
        while r in parent:
            r = parent[r]
            if r in covered:
                return r
        return None

    missing = [r for r in mine if r not in of_which and not reached(r)]
    twice = sorted(r for r in mine if r in covered and above(r) is not None)
    return missing, twice, sorted({a for r in twice if (a := above(r)) is not None})


def _skips_subtotals(formula: str) -> bool:
    """Whether the formula is a SUBTOTAL or AGGREGATE, which leaves out the SUBTOTALs in its range."""
    return not {"SUBTOTAL", "AGGREGATE"}.isdisjoint(formulatext.functions(formula))


def _parts_of(trow: Row, totals: list[Row], data_rows: list[int]) -> list[int]:
    """The data rows a total row stands for: all of them for a 合计 (总计); for a 小计, those
    between the previous total row and it."""
    if "小计" not in (trow.label or ""):
        return data_rows
    lo = max((t.row for t in totals if t.row < trow.row), default=-1)
    return [r for r in data_rows if lo < r < trow.row]


def _sums_subtotals(covered: set[int], inside: list[int], mine: list[int]) -> bool:
    """Whether a total adds up exactly its subtotals (rows ``inside``, all total rows) and the
    data rows no subtotal covers."""
    data_in = [r for r in mine if r in covered]
    if not data_in:
        return True
    under = set()
    lo = -1
    for s in sorted(inside):
        under.update(r for r in mine if lo < r < s)
        lo = s
    return not any(r in under for r in data_in)


def _inconsistent(table: Table, formulas: dict[tuple[int, int], str]) -> list[Finding]:
    out: list[Finding] = []
    for name, hit in table.columns.items():
        spec = table.template.column(name)
        cells = [(r, formulas[(r, hit.col)]) for r in table.cell_rows(name) if (r, hit.col) in formulas]
        if len(cells) < MIN_FORMULAS:
            continue
        forms = {r: formulatext.r1c1(f, r, hit.col) for r, f in cells}
        counts = Counter(v for v in forms.values() if v is not None)
        if not counts:
            continue
        usual, n = counts.most_common(1)[0]
        if n * 2 <= len(cells) or n < MIN_FORMULAS - 1:
            continue  # no pattern most of the column follows
        example = next(f for r, f in cells if forms[r] == usual)
        labels = dict(zip(table.cell_rows(name), table.labels_and_keys()[0]))
        for r, f in cells:
            if forms[r] is not None and forms[r] != usual:
                out.append(Finding("formula", "formula.inconsistent", "warning", "formula.inconsistent",
                                   where=CellRef(table.sheet, r, hit.col), row_label=labels.get(r), column=spec.label,
                                   params={"formula": f, "usual": example, "count": n}))
    return out


def _constant_totals(table: Table, formulas: dict[tuple[int, int], str]) -> list[Finding]:
    out: list[Finding] = []
    for trow in table.total_rows:
        cells = [(name, c) for name, c in trow.cells.items()
                 if table.template.column(name).numeric and c.value.kind == "number"]
        typed = [(n, c) for n, c in cells if (c.where.row, c.where.col) not in formulas]
        computed = len(cells) - len(typed)
        if typed and computed >= 1 and computed >= len(typed):
            for name, c in typed:
                out.append(Finding("formula", "formula.constant_total", "info", "formula.constant_total", where=c.where,
                                   row_label=trow.label, column=table.template.column(name).label,
                                   params={"count": computed}))
    return out


def _external(table: Table, formulas: dict[tuple[int, int], str]) -> list[Finding]:
    out: list[Finding] = []
    cols = {hit.col: name for name, hit in table.columns.items()}
    rows = set(table.cell_rows(next(iter(table.columns)))) | {t.row for t in table.total_rows}
    for (r, c), f in sorted(formulas.items()):
        if r in rows and c in cols and formulatext.external(f):
            out.append(Finding("formula", "formula.external", "warning", "formula.external",
                               where=CellRef(table.sheet, r, c), column=table.template.column(cols[c]).label,
                               params={"formula": f}))
    return out
