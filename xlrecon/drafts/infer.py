"""What a filled-in example of a form says about its template.

Read in two passes. The first reads the sheet's cells without a template: where the header
stands (the text rows above the first rows of figures, one to three levels, merged cells
filled in, units in brackets), which rows are totals and notes, and what each column holds
(text, number, integer, percent, date). That makes a provisional template, with each column's
header texts exactly as the sheet writes them, and the second pass reads the table through it
as any check does: each value parsed by the column's reader, the decimals the column shows,
the 合计 row's figures. From those come the key column, ``total: sum`` and the ratio rules.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from xlrecon import units
from xlrecon.drafts.names import column_name
from xlrecon.findings import CellRef, column_letter
from xlrecon.read.intervals import column_precision
from xlrecon.read.layout import build_table, header_columns, locate, merged_values
from xlrecon.read.table import Table
from xlrecon.read.values import Value, parse_date, parse_number
from xlrecon.read.workbook import Grid
from xlrecon.templates.loader import from_mapping
from xlrecon.templates.model import Template
from xlrecon.textnorm import squash, unit_line

#: labels of a total row; those the example uses become the template's ``total_markers``
TOTAL_MARKERS = ("合计", "总计", "总合计", "全省", "全省合计", "全市", "全市合计", "全县", "全县合计", "全区",
                 "全区合计", "全州", "全州合计")
#: how the lines under a table begin (the template's ``note_markers``: the table ends there)
NOTE_MARKERS = ("备注", "注", "说明", "填表说明", "数据来源", "统计时间", "填表人", "制表人", "审核人", "附注")
_RATIO_WORDS = ("率", "比例", "比重", "占比", "百分比")
_DATE_WORDS = ("日期", "时间", "年月")
#: headers of columns that hold codes written with digits: text, whatever the cells hold
_COUNT_WORDS = ("数", "序号", "排名", "编号", "名次")
_CODE_WORDS = ("电话", "手机", "号码", "身份证", "银行账号", "邮编", "代码", "编码", "信用代码")
_COUNT_UNITS = frozenset({"家", "人", "笔", "个", "户", "件", "次", "项", "名"})
_LABELLED = re.compile(r"^[^:：]{1,10}[:：].+")  # 填报单位：…, 统计时间：… (a line, not a header)
_SEARCH_ROWS = 40


def _holds(hits: int, rows: int) -> bool:
    """Whether a quotient that holds on ``hits`` of ``rows`` rows is the column's rule: on every
    row of a short example, and with one row in ten off (at least one: an example is often a real
    submission with a real mistake) on an example of three rows or more that agree."""
    misses = rows - hits
    return rows > 0 and (misses == 0 or (hits >= 3 and misses <= max(1, rows // 10)))


@dataclass
class DraftColumn:
    """One column of the example as the draft reads it."""

    col: int  # 0-based sheet column
    path: tuple[str, ...]  # header texts, top level first ("" for a column without a header)
    name: str
    type: str
    unit: str | None = None
    #: where the unit comes from: "header" (stated in brackets), "line" (a 单位：万元 line above the
    #: header, for every amount column: a person must confirm it), None
    unit_from: str | None = None
    decimals: int | None = None
    total: bool = False  # the 合计 row has a figure in this column: ``total: sum``
    nonnegative: bool = False  # every figure of the example is 0 or more
    blanks: int = 0  # data rows with no value in this column
    filled: int = 0  # data rows with a value
    distinct: bool = False  # a text column whose values are all different (a key candidate)
    regions: float = 0.0  # share of its values the region registry knows

    @property
    def letter(self) -> str:
        return column_letter(self.col)

    @property
    def label(self) -> str:
        return "/".join(self.path) if self.path else ""

    @property
    def numeric(self) -> bool:
        return self.type in ("number", "integer", "percent")


@dataclass
class Ratio:
    """A column that equals one column divided by another, on ``hits`` of ``rows`` rows."""

    column: str
    numerator: str
    denominator: str
    hits: int
    rows: int
    total_too: bool  # the 合计 row holds the same quotient (the rule covers it: ``rows: all``)


@dataclass
class Draft:
    """A template drafted from a sheet of an example."""

    path: str
    sheet: str
    header_rows: tuple[int, int]  # 0-based sheet rows, first and last
    columns: list[DraftColumn]
    key: str
    key_candidates: list[str]  # other columns that could be the key
    key_unique: bool
    parent: str | None  # a column naming each region's city (所属市州), for region checks
    total_markers: list[str]
    note_markers: list[str]
    total_cells: list[CellRef]  # where the example's 合计 rows stand (their label cells)
    data_rows: int
    unit_line: tuple[str, CellRef, str] | None  # the unit a 单位：万元 line states, its cell and text
    ratios: list[Ratio] = field(default_factory=list)
    other_sheets: list[str] = field(default_factory=list)  # sheets of the workbook with a table too
    name: str = "my-form"
    title: str = ""

    def column(self, name: str) -> DraftColumn:
        return next(c for c in self.columns if c.name == name)

    def mapping(self, with_rules: bool = True) -> dict[str, Any]:
        """The draft as the mapping a template file holds (what :mod:`~xlrecon.drafts.yaml_text`
        writes, and what loads as the template)."""
        cols = []
        for c in self.columns:
            d: dict[str, Any] = {"name": c.name, "label": c.label or c.name}
            if len(c.path) >= 2:
                d["header"], d["under"] = [c.path[-1]], [c.path[0]]
            else:
                d["header"] = [c.path[0] if c.path else c.name]
            d["type"] = c.type
            if c.unit:
                d["unit"] = c.unit
            if c.decimals is not None and c.type in ("number", "percent"):
                d["decimals"] = c.decimals
            if c.name == "seq":
                d["required"] = False
            if c.name == self.key or (c.numeric and c.name != "seq" and c.blanks == 0 and c.filled):
                d["nullable"] = False
            if not c.path:
                d["blank_header"] = True
            if c.total and with_rules:
                d["total"] = "sum"
            if c.nonnegative and c.numeric and c.name != "seq":
                d["checks"] = [{"kind": "ge", "value": 0}]
            cols.append(d)
        out: dict[str, Any] = {
            "name": self.name, "title": {"zh": self.title or self.sheet, "en": self.title or self.sheet},
            "key": self.key,
            "table": {"total_markers": list(self.total_markers), "note_markers": list(self.note_markers)},
            "columns": cols,
        }
        if with_rules:
            out["rules"] = self.rules()
        return out

    def rules(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for r in self.ratios:
            c, a, b = (self.column(n) for n in (r.column, r.numerator, r.denominator))
            out.append({"id": f"{r.column}.ratio", "kind": "ratio",
                        "label": {"zh": f"{_leaf(c)} = {_leaf(a)} / {_leaf(b)}",
                                  "en": f"{c.name} = {a.name} / {b.name}"},
                        "column": r.column, "formula": f"{r.numerator} / {r.denominator}",
                        "rows": "all" if r.total_too else "data"})
        if self.column(self.key).regions >= 0.6:
            rule: dict[str, Any] = {"id": f"{self.key}.registry", "kind": "unknown-region",
                                    "label": {"zh": "地区名称在行政区划名录中",
                                              "en": "Region names are in the register"},
                                    "column": self.key}
            if self.parent:
                rule["parent_column"] = self.parent
            out.append(rule)
        return out

    def template(self, with_rules: bool = True) -> Template:
        return from_mapping(self.mapping(with_rules), f"{self.path} (draft)")


def _leaf(c: DraftColumn) -> str:
    return c.path[-1] if c.path else c.name


# --- the first pass: the sheet's cells, no template -------------------------------------------


def _kind(v: Any) -> str:
    """"blank", "number", "date" or "text" for a raw cell."""
    if v is None:
        return "blank"
    if isinstance(v, bool):
        return "text"
    if isinstance(v, (int, float)):
        return "number"
    if hasattr(v, "year"):
        return "date"
    if isinstance(v, str):
        if not v.strip():
            return "blank"
        p = parse_number(v)
        if p.kind == "number":
            return "number"
        if p.kind == "blank":
            return "blank"
        return "text"
    return "text"  # an error value, a formula without its value: not a figure


def _filled(grid: Grid, limit: int) -> list[list[Any]]:
    """The first ``limit`` rows with each merged range's value over the whole range (as the
    layout reads a header zone)."""
    rows = [list(r) + [None] * (grid.n_cols - len(r)) for r in grid.rows[:limit]]
    for (i, j), v in merged_values(grid, limit).items():
        rows[i][j] = v
    return rows


def _is_total_label(v: Any) -> str | None:
    if not isinstance(v, str):
        return None
    s = squash(v)
    return s if s in TOTAL_MARKERS else None


def _note_start(v: Any) -> str | None:
    if not isinstance(v, str):
        return None
    s = squash(v)
    return next((m for m in sorted(NOTE_MARKERS, key=len, reverse=True) if s.startswith(m)), None)


def _header_like(row: list[Any]) -> bool:
    texts = {squash(v) for v in row if _kind(v) == "text"}
    if len(texts) < 2 or any(_kind(v) == "number" for v in row):
        return False
    return not any(isinstance(v, str) and (unit_line(v) or _LABELLED.match(squash(v))) for v in row)


def find_header(grid: Grid) -> tuple[int, int] | None:
    """The header's first row and depth (relative to the grid): the text rows just above the
    first row that holds figures and stands under a header; None when the sheet has none."""
    limit = min(grid.n_rows, _SEARCH_ROWS)
    rows = _filled(grid, limit)
    for h in range(limit - 1):
        if not _header_like(rows[h]):
            continue
        nxt = next((i for i in range(h + 1, min(grid.n_rows, h + 4)) if any(_kind(v) != "blank" for v in grid.rows[i])),
                   None)
        if nxt is None:
            continue
        below = grid.rows[nxt]
        if _header_like(rows[nxt]) if nxt < limit else False:
            continue  # a further header level: the header ends lower
        if sum(_kind(v) == "number" for v in below) < 1 or sum(_kind(v) != "blank" for v in below) < 2:
            continue
        top = h
        while top > 0 and h - top < 2 and _header_like(rows[top - 1]):
            top -= 1
        return top, h - top + 1
    return None


def _data_rows(grid: Grid, start: int, width: int) -> tuple[list[int], list[int], list[str]]:
    """Rows below the header: data rows, total rows and the note markers seen (relative rows)."""
    data: list[int] = []
    totals: list[int] = []
    notes: list[str] = []
    gap = 0
    for i in range(start, grid.n_rows):
        row = grid.rows[i][:width]
        kinds = [_kind(v) for v in row]
        if all(k == "blank" for k in kinds):
            gap += 1
            if gap >= 2 and data:
                break
            continue
        gap = 0
        first = next(v for v, k in zip(row, kinds) if k != "blank")
        note = _note_start(first)
        if note and not any(k == "number" for k in kinds[1:]):
            notes.append(note)
            break
        if any(_is_total_label(v) for v in row[: max(3, width // 3)]):
            totals.append(i)
            continue
        if sum(k != "blank" for k in kinds) == 1 and kinds[0] == "text" and data:
            break  # a line of text alone: a title of what follows
        data.append(i)
    return data, totals, notes


def _column_type(path: tuple[str, ...], unit: str | None, values: list[Any], shown: int, line_unit: str | None) -> str:
    """What a column holds, from its values (raw cells of the data rows), its header texts and
    unit, the most decimals its cells' formats show, and the unit a 单位：万元 line states."""
    kinds = Counter(_kind(v) for v in values)
    kinds.pop("blank", None)
    n = sum(kinds.values())
    text = "".join(path)
    if any(w in text for w in _CODE_WORDS):
        return "text"
    if not n:
        return "text" if not unit else "number"
    if kinds["date"] >= 0.8 * n or (any(w in text for w in _DATE_WORDS)
                                    and all(parse_date(v).kind == "date" for v in values if _kind(v) != "blank")):
        return "date"
    if kinds["number"] < 0.8 * n:
        return "text"
    if unit == "%" or any(w in text for w in _RATIO_WORDS) or any(
            isinstance(v, str) and v.strip().endswith("%") for v in values):
        return "percent"
    numbers = [p for p in (parse_number(v) for v in values if _kind(v) == "number") if p.kind == "number"]
    if not all(p.value == p.value.to_integral_value() for p in numbers):
        return "number"
    if unit in _COUNT_UNITS or any(w in text for w in _COUNT_WORDS):
        return "integer"  # 户数, 人数, 序号: whole numbers whatever the format
    if shown > 0 or units.dimension(unit or line_unit) == "money" or any(p.decimals for p in numbers):
        return "number"  # an amount that happens to be whole: 120000.00 元
    return "integer"


def draft_sheet(grid: Grid, path: str, registry: Any = None) -> Draft | None:
    """A template drafted from the first table of one sheet; None when the sheet has no table
    (no text header over rows of figures). ``registry``: the region registry, to tell a
    column of region names."""
    found = find_header(grid)
    if found is None:
        return None
    top, depth = found
    heads = header_columns(grid, top, depth)
    start = top + depth
    width = len(heads)
    data, totals, notes = _data_rows(grid, start, width)
    if not data:
        return None
    r0, c0 = grid.origin
    line = None
    for i in range(top):
        for j, v in enumerate(grid.rows[i]):
            if isinstance(v, str) and (u := unit_line(v)):
                line = u, CellRef(grid.sheet, r0 + i, c0 + j), " ".join(v.split())
    columns: list[DraftColumn] = []
    taken: set[str] = set()
    for j, (hpath, hunit) in enumerate(heads):
        values = [grid.get(i, j) for i in data]
        if not hpath and all(_kind(v) == "blank" for v in values):
            continue
        shown = grid.formats.column(c0 + j, [r0 + i for i in data]) if grid.formats is not None else {}
        ctype = _column_type(hpath, hunit, values, max(shown.values(), default=0), line[0] if line else None)
        name = column_name(hpath, column_letter(c0 + j), taken) if hpath else ""
        columns.append(DraftColumn(col=c0 + j, path=hpath, name=name, type=ctype, unit=hunit if ctype != "percent"
                                   else None, unit_from="header" if hunit and ctype != "percent" else None))
    if line:
        for c in columns:
            if c.type == "number" and c.unit is None:
                c.unit, c.unit_from = line[0], "line"
    seen_totals = []
    for i in totals:
        for v in grid.rows[i][:width]:
            if (m := _is_total_label(v)) and m not in seen_totals:
                seen_totals.append(m)
    total_markers = seen_totals + [m for m in ("合计", "总计") if m not in seen_totals]
    note_markers = list(dict.fromkeys(notes + ["备注", "注", "说明"]))
    _name_blank_headers(columns, grid, data, taken, registry)
    texts = [c for c in columns if c.type == "text"]
    if not texts:  # figures only (a series by month): the first column names the rows, as text
        columns[0].type, columns[0].unit, columns[0].unit_from = "text", None, None
        texts = [columns[0]]
    key = texts[0].name
    draft = Draft(path=path, sheet=grid.sheet, header_rows=(r0 + top, r0 + start - 1), columns=columns, key=key,
                  key_candidates=[], key_unique=False, parent=None, total_markers=total_markers,
                  note_markers=note_markers, total_cells=[], data_rows=len(data), unit_line=line)
    draft.title = _title(grid, top) or grid.sheet
    _second_pass(draft, grid, registry)
    return draft


def _title(grid: Grid, top: int) -> str | None:
    """The table's title: the first line above its header that holds one text alone."""
    for i in range(top):
        texts = [v for v in grid.rows[i] if _kind(v) != "blank"]
        if len(texts) == 1 and isinstance(texts[0], str) and not unit_line(texts[0]) \
                and not _LABELLED.match(squash(texts[0])):
            return " ".join(texts[0].split())
    return None


def _name_blank_headers(columns: list[DraftColumn], grid: Grid, data: list[int], taken: set[str],
                        registry: Any) -> None:
    """A column without a header text (the names' column of a county table often has none)
    is named for what it holds: regions, when the registry knows its values."""
    c0 = grid.origin[1]
    for c in columns:
        if c.name:
            continue
        values = [grid.get(i, c.col - c0) for i in data]
        share = _region_share(values, registry)
        base = "region" if share >= 0.6 else "name"
        c.name = column_name((base,), c.letter, taken)


def _region_share(values: list[Any], registry: Any) -> float:
    names = [v.strip() for v in values if isinstance(v, str) and v.strip()]
    if not names or registry is None:
        return 0.0
    return sum(registry.resolve(n).status in ("known", "former", "ambiguous") for n in names) / len(names)


# --- the second pass: the table read through the provisional template ------------------------


def _second_pass(draft: Draft, grid: Grid, registry: Any) -> None:
    template = draft.template(with_rules=False)
    m = locate(grid, template)
    if m is None or not m.complete:
        return
    table = build_table(grid, template, m)
    draft.data_rows = table.n
    draft.total_cells = [r.cells[next(iter(r.cells))].where if r.cells else CellRef(table.sheet, r.row, 0)
                         for r in table.total_rows]
    for c in draft.columns:
        vals = table.values(c.name)
        c.blanks = sum(v.is_blank for v in vals)
        c.filled = len(vals) - c.blanks
        if c.numeric:
            nums = [v.value for v in vals if v.kind == "number"]
            c.nonnegative = bool(nums) and all(x >= 0 for x in nums)
            if c.type in ("number", "percent"):
                shown = column_precision(table, c.name)
                if shown is not None:
                    c.decimals = max(shown - 2, 0) if c.type == "percent" else shown
            c.total = c.type != "percent" and any(
                _total_value(r, c.name).kind == "number" for r in table.total_rows)
        elif c.type == "text":
            texts = [t for t in table.texts(c.name) if t]
            c.distinct = bool(texts) and len(set(map(squash, texts))) == len(texts) == table.n
            c.regions = _region_share(texts, registry)
    texts = [c for c in draft.columns if c.type == "text" and c.filled]
    unique = [c for c in texts if c.distinct and not any(w in c.label for w in _CODE_WORDS)]
    regional = [c for c in unique if c.regions >= 0.6]
    pick = (regional or unique or texts or draft.columns)[0]
    draft.key, draft.key_unique = pick.name, pick.distinct
    # with a row or two every text differs: no other column is a likelier key for that
    draft.key_candidates = [c.name for c in unique if c is not pick] if table.n >= 3 else []
    if pick.regions >= 0.6:
        parents = [c for c in texts if c is not pick and c.regions >= 0.8 and not c.distinct]
        draft.parent = parents[0].name if parents else None
    draft.ratios = _ratios(draft, table)


def _total_value(row: Any, name: str) -> Value:
    cell = row.cells.get(name)
    return cell.value if cell is not None else Value("blank", None, None)


def _ratios(draft: Draft, table: Table) -> list[Ratio]:
    """Columns that equal one column divided by another at the precision shown, on (nearly)
    every row: each percent column, and a number column named as a rate, against each pair of
    other figures' columns; the pair that holds on the most rows, the nearer columns on a tie."""
    figures = [c for c in draft.columns if c.type in ("number", "integer") and c.name != "seq"]
    targets = [c for c in draft.columns if c.type == "percent"
               or (c.type == "number" and any(w in c.label for w in _RATIO_WORDS))]
    values = {c.name: table.values(c.name) for c in figures + targets}
    out: list[Ratio] = []
    for t in targets:
        best: tuple[tuple, Ratio] | None = None
        tol = _tolerance(t, values[t.name])
        for a in figures:
            for b in figures:
                if a is b or a is t or b is t:
                    continue
                hits = rows = 0
                for va, vb, vt in zip(values[a.name], values[b.name], values[t.name]):
                    if va.kind != "number" or vb.kind != "number" or vt.kind != "number" or vb.value == 0:
                        continue
                    rows += 1
                    hits += abs(vt.value - va.value / vb.value) <= tol
                if not _holds(hits, rows):
                    continue
                distance = abs(a.col - t.col) + abs(b.col - t.col)
                score = (hits, -distance, a.col < b.col)
                if best is None or score > best[0]:
                    best = score, Ratio(t.name, a.name, b.name, hits, rows, _total_holds(table, t, a, b, tol))
        if best is not None:
            out.append(best[1])
    return out


def _tolerance(c: DraftColumn, vals: list[Value]) -> Decimal:
    """Half a unit of the last decimal the column shows (of the fraction, for a percent)."""
    d = c.decimals
    if d is None:
        d = max((v.decimals or 0 for v in vals if v.kind == "number"), default=0)
        d = d - 2 if c.type == "percent" else d
    if c.type == "percent":
        d += 2
    return Decimal(5) * Decimal(10) ** (-d - 1) + Decimal("1e-12")


def _total_holds(table: Table, t: DraftColumn, a: DraftColumn, b: DraftColumn, tol: Decimal) -> bool:
    """Whether every 合计 row states the quotient too (and it holds there)."""
    if not any(_total_value(r, t.name).kind == "number" for r in table.total_rows):
        return False
    for r in table.total_rows:
        va, vb, vt = (_total_value(r, c.name) for c in (a, b, t))
        if va.kind == "number" and vb.kind == "number" and vt.kind == "number" and vb.value != 0:
            if abs(vt.value - va.value / vb.value) > tol:
                return False
        elif vt.kind == "number":
            return False
    return bool(table.total_rows)


def draft_workbook(path: str, sheet: str | None = None, regions: tuple[str, ...] = ()) -> Draft:
    """A template drafted from a workbook: from ``sheet``, or from the sheet whose table has the
    most data rows. Raises :class:`~xlrecon.errors.XlreconError` when the file cannot be read,
    the sheet is not there, or no sheet holds a table."""
    from xlrecon.errors import XlreconError
    from xlrecon.read.workbook import Workbook
    from xlrecon.regions.resolve import Registry

    registry = Registry.load(regions)
    with Workbook(path) as wb:
        names = wb.sheet_names
        if sheet is not None and sheet not in names:
            raise XlreconError("no-such-sheet", file=str(path), sheet=sheet, sheets="、".join(names))
        drafts = []
        for s in [sheet] if sheet is not None else names:
            d = draft_sheet(wb.grid(s), str(path), registry)
            if d is not None:
                drafts.append(d)
    if not drafts:
        raise XlreconError("no-table-to-draft", file=str(path), sheets="、".join([sheet] if sheet else names))
    best = max(drafts, key=lambda d: d.data_rows)
    best.other_sheets = [d.sheet for d in drafts if d is not best]
    return best
