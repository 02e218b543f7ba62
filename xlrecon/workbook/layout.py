"""Finding a template's table in a sheet, however the county laid it out.

The header may stand anywhere in the first rows (under title and unit lines), span
one to three rows with merged cells (管理账号 over 预算单位数量 / 激活比率), carry
line breaks, spaces, full-width brackets and unit suffixes, and list the columns in
any order. Below it: data rows, blank rows, a 合计 row at the top or the bottom (or
none), repeated header rows, and notes. Each value is stored with the address of
the cell it was read from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from xlrecon import units
from xlrecon.findings import CellRef
from xlrecon.templates.model import ColumnSpec, Template
from xlrecon.textnorm import split_header, squash, unit_line
from xlrecon.workbook.reader import Grid
from xlrecon.workbook.table import Cell, ColumnHit, Row, Table
from xlrecon.workbook.values import in_unit, parse_date, parse_number, parse_text


@dataclass
class Match:
    """The best header position for a template in a sheet, and how well it matched."""

    top: int  # relative to the grid origin
    depth: int
    cols: dict[str, int]  # column name -> relative column index
    paths: dict[int, tuple[str, ...]]
    units: dict[int, str | None]
    missing: list[ColumnSpec] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.missing

    def score(self, template: Template) -> tuple:
        required = sum(1 for c in template.required_columns if c.name in self.cols)
        return (required, len(self.cols), -self.depth, -self.top)


def _header_cells(grid: Grid, limit: int) -> dict[tuple[int, int], Any]:
    """Header-zone cells with each merged range's value copied over the whole range."""
    out: dict[tuple[int, int], Any] = {}
    r0, c0 = grid.origin
    for (ar, ac), (br, bc) in grid.merges:
        i0, j0 = ar - r0, ac - c0
        if i0 >= limit or br - r0 < 0:
            continue
        value = grid.get(i0, j0)
        if value is None:
            continue
        for i in range(max(i0, 0), min(br - r0, limit - 1) + 1):
            for j in range(max(j0, 0), min(bc - c0, grid.n_cols - 1) + 1):
                out[(i, j)] = value
    return out


def _paths(grid: Grid, top: int, depth: int, filled: dict, ncols: int) -> tuple[dict, dict]:
    """Each column's header path (texts top-down, blanks and repeats dropped) and unit."""
    paths: dict[int, tuple[str, ...]] = {}
    units: dict[int, str | None] = {}
    levels: list[list[str]] = []
    level_units: list[list[str | None]] = []
    for i in range(top, top + depth):
        texts, us = [], []
        for j in range(ncols):
            v = filled.get((i, j), grid.get(i, j))
            t, u = split_header(v) if isinstance(v, str) else ("", None)
            texts.append(t)
            us.append(u)
        levels.append(texts)
        level_units.append(us)
    if depth > 1:
        # a group label typed once over several sub-columns without a merge (some writers,
        # and people, leave the merge out): an upper-level blank that no merge covers, over a
        # labelled sub-column, inherits the label on its left
        for k, lvl in enumerate(levels[:-1]):
            for j in range(1, ncols):
                if (not lvl[j] and lvl[j - 1] and (top + k, j) not in filled
                        and levels[-1][j] and levels[-1][j - 1]):
                    lvl[j] = lvl[j - 1]
    for j in range(ncols):
        path: list[str] = []
        for lvl in levels:
            t = lvl[j]
            if t and (not path or path[-1] != t):
                path.append(t)
        paths[j] = tuple(path)
        units[j] = next((lu[j] for lu in reversed(level_units) if lu[j]), None)
    return paths, units


def _fits(spec: ColumnSpec, path: tuple[str, ...]) -> bool:
    if not path:
        return False
    leaf, parents = path[-1], path[:-1]
    if spec.under is None:
        return leaf in spec.headers or "".join(path) in spec.headers
    if leaf in spec.headers and any(p in spec.under_texts for p in parents):
        return True
    return "".join(path) in spec.header_targets


def _assign(template: Template, paths: dict[int, tuple[str, ...]]) -> dict[str, int]:
    """Match template columns to sheet columns, one to one; two-level specs go first."""
    taken: set[int] = set()
    cols: dict[str, int] = {}
    order = sorted(template.columns, key=lambda c: c.under is None)
    for spec in order:
        for j in sorted(paths):
            if j not in taken and _fits(spec, paths[j]):
                cols[spec.name] = j
                taken.add(j)
                break
    return cols


def locate(grid: Grid, template: Template) -> Match | None:
    """The best header position for ``template`` in ``grid``, or None if nothing matches."""
    ncols = grid.n_cols
    limit = min(grid.n_rows, template.search_rows + template.max_header_depth)
    filled = _header_cells(grid, limit)
    best: Match | None = None
    for top in range(min(grid.n_rows, template.search_rows)):
        if all(grid.get(top, j) is None and (top, j) not in filled for j in range(ncols)):
            continue
        for depth in range(1, template.max_header_depth + 1):
            if top + depth > grid.n_rows:
                break
            paths, units = _paths(grid, top, depth, filled, ncols)
            cols = _assign(template, paths)
            if not cols:
                continue
            m = Match(top, depth, cols, paths, units)
            if best is None or m.score(template) > best.score(template):
                best = m
    if best is None:
        return None
    _blank_header_key(grid, template, best)
    best.missing = [c for c in template.required_columns if c.name not in best.cols]
    return best


def _blank_header_key(grid: Grid, template: Template, m: Match) -> None:
    """A key column left without a header: the nearest unlabelled text column to the left."""
    key = template.key_column
    if key.name in m.cols or not key.blank_header or not m.cols:
        return
    first = min(m.cols.values())
    for j in range(first - 1, -1, -1):
        if m.paths.get(j):
            continue
        sample = [grid.get(i, j) for i in range(m.top + m.depth, min(grid.n_rows, m.top + m.depth + 50))]
        texts = [v for v in sample if isinstance(v, str) and v.strip()]
        if texts and len(texts) >= len([v for v in sample if v is not None]) / 2:
            m.cols[key.name] = j
            return


def _is_total(texts: list[str], template: Template) -> str | None:
    for t in texts:
        if t in template.total_markers or t.endswith(("合计", "总计")):
            return t
    return None


def _is_note(text: str, template: Template) -> bool:
    return any(text.startswith(m) for m in template.note_markers)


def _unit_cell(grid: Grid, m: Match, j: int) -> CellRef | None:
    """The header cell that states a column's unit ("（元）"), which may be the upper cell of a
    merged range rather than the lowest header row."""
    r0, c0 = grid.origin
    for i in range(m.top + m.depth - 1, m.top - 1, -1):
        v = grid.get(i, j)
        if isinstance(v, str) and split_header(v)[1]:
            return CellRef(grid.sheet, r0 + i, c0 + j)
    return None


def build_table(grid: Grid, template: Template, m: Match) -> Table:
    """Read the table under a located header into rows of typed, addressed cells."""
    r0, c0 = grid.origin
    sheet = grid.sheet
    specs = {c.name: c for c in template.columns}
    header_rows = (r0 + m.top, r0 + m.top + m.depth - 1)
    columns = {
        name: ColumnHit(
            name=name,
            col=c0 + j,
            header=m.paths.get(j, ()),
            header_cell=CellRef(sheet, r0 + m.top + max(m.depth - 1, 0), c0 + j),
            header_unit=m.units.get(j),
        )
        for name, j in m.cols.items()
    }
    key_j = m.cols.get(template.key)
    # where a total row's marker may stand: the key column, the columns left of it, and 序号
    label_cols = sorted(set(range((key_j or 0) + 1)) | ({m.cols["seq"]} if "seq" in m.cols else set()))
    header_leaves = {p[-1] for p in m.paths.values() if p}
    table = Table(sheet=sheet, template=template, header_rows=header_rows, columns=columns, rows=[])
    for i in range(m.top):
        for j, v in enumerate(grid.rows[i]):
            if isinstance(v, str) and (u := unit_line(v)):
                table.unit_line, table.unit_line_cell = u, CellRef(sheet, r0 + i, c0 + j)
    table.formats = grid.formats
    for n, hit in columns.items():
        spec = specs[n]
        if hit.header_unit:
            table.stated_units[n] = (hit.header_unit, _unit_cell(grid, m, m.cols[n]) or hit.header_cell)
        elif table.unit_line and spec.numeric and units.dimension(spec.unit or "元") == "money":
            table.stated_units[n] = (table.unit_line, table.unit_line_cell)
    table.units = {
        n: specs[n].unit or (table.stated_units[n][0] if n in table.stated_units else None) for n in m.cols
    }
    assumed = {n: table.stated_units[n][0] if n in table.stated_units else None for n in m.cols}
    for i in range(m.top + m.depth, grid.n_rows):
        raw = grid.rows[i]
        values = {name: grid.get(i, j) for name, j in m.cols.items()}
        nonblank = [v for v in raw if v is not None and not (isinstance(v, str) and not v.strip())]
        if not nonblank:
            continue
        parsed = {
            n: in_unit(parse_number(v), table.units[n], assumed[n]) if specs[n].numeric
            else parse_date(v) if specs[n].type == "date" else parse_text(v)
            for n, v in values.items()
        }
        first_text = squash(nonblank[0]) if isinstance(nonblank[0], str) else ""
        numeric_present = any(specs[n].numeric and p.kind == "number" for n, p in parsed.items())
        if first_text and _is_note(first_text, template) and not numeric_present:
            break  # notes below the table end it
        if all(p.is_blank for p in parsed.values()):
            continue  # nothing in the template's columns: a stray remark, a blank row
        texts = [squash(v) for v in values.values() if isinstance(v, str)]
        if texts and sum(t in header_leaves for t in texts) >= max(2, len(texts) // 2 + 1):
            table.skipped_header_repeats += 1
            continue  # a header repeated after a page break
        cells = {name: Cell(CellRef(sheet, r0 + i, c0 + j), parsed[name]) for name, j in m.cols.items()}
        label_texts = [squash(grid.get(i, j)) for j in label_cols if isinstance(grid.get(i, j), str)]
        marker = _is_total(label_texts, template)
        if marker:
            for name, j in m.cols.items():  # the marker itself is a label, not a value of its column
                if isinstance(values[name], str) and squash(values[name]) == marker:
                    cells[name] = Cell(cells[name].where, parse_text(values[name]))
            row = Row(r0 + i, "total", marker, marker, cells)
            if table.total is None:
                table.total = row
            else:
                table.more_totals.append(row)
            continue
        key_cell = cells.get(template.key)
        label = key_cell.value.value if key_cell and key_cell.value.kind == "text" else None
        table.rows.append(Row(r0 + i, "data", label, squash(label) if label else None, cells))
    return table
