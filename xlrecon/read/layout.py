"""Finding a template's table in a sheet, however the county laid it out.

The header may stand anywhere in the first rows (under title and unit lines), span
one to three rows with merged cells (管理账号 over 预算单位数量 / 激活比率), carry
line breaks, spaces, full-width brackets and unit suffixes, and list the columns in
any order. Below it: data rows, blank rows, a 合计 row at the top or the bottom (or
none), repeated header rows, and notes. Each value is stored with the address of
the cell it was read from.
"""

from __future__ import annotations

import datetime
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from xlrecon import units
from xlrecon.findings import CellRef
from xlrecon.read.table import Cell, ColumnHit, Row, Table, TableData
from xlrecon.read.values import Value, in_unit, parse_date, parse_number, parse_text
from xlrecon.read.workbook import Grid
from xlrecon.templates.model import ColumnSpec, Template
from xlrecon.textnorm import split_header, squash, unit_line


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


def merged_values(grid: Grid, limit: int) -> dict[tuple[int, int], Any]:
    """The cells of the first ``limit`` rows that a merged range covers, each with the range's
    value (relative positions): a header's merged cells, as a header is read."""
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


class _HeaderZone:
    """A grid's first ``limit`` rows as header candidates, read once for every template
    tried on the grid: each cell's header text and unit (merged ranges filled in), and
    the column paths at each header position (top row, depth), which do not depend on
    the template."""

    def __init__(self, grid: Grid, limit: int) -> None:
        # the grid's rows and width, not the grid: the zone is kept in ``grid.memo``, and a
        # reference back would make every grid a cycle that only the cyclic collector frees
        self.rows, self.n_cols, self.limit = grid.rows, grid.n_cols, limit
        self.filled = merged_values(grid, limit)
        self.filled_rows = {i for i, _ in self.filled}
        n = grid.n_cols
        self.cells: list[list[tuple[str, str | None]]] = []
        for i in range(limit):
            row = grid.rows[i]
            if i in self.filled_rows:
                cells = [_header_text(self.filled.get((i, j), grid.get(i, j))) for j in range(n)]
            else:  # no merged range here: the row's own cells
                cells = [split_header(v) if isinstance(v, str) else _NO_TEXT for v in row]
                cells += [_NO_TEXT] * (n - len(cells))
            self.cells.append(cells)
        #: each row's distinct header texts
        self.texts = [{t for t, _ in row if t} for row in self.cells]
        self.nul_rows = {i for i, texts in enumerate(self.texts) if any("\0" in t for t in texts)}
        self.blank = [i not in self.filled_rows and all(v is None for v in self.rows[i]) for i in range(limit)]
        self._named: dict[tuple[int, int], tuple[frozenset[str], list[tuple[int, tuple[str, ...], str]]]] = {}
        self._relevant: dict[str, list[bool]] = {}
        self._paths: dict[tuple[int, int], list[tuple[str, ...]]] = {}
        self._shapes: dict[frozenset[str], tuple] = {}

    def shape(self, pieces: frozenset[str]) -> tuple:
        """The zone as far as finding a header in it can tell (see :func:`locate_all`): each cell's
        header text where it is a piece of some template's texts (``pieces``) or holds a NUL,
        :data:`_OTHER` for any other text, "" for no text; which cells a merged range fills;
        which rows are blank."""
        out = self._shapes.get(pieces)
        if out is None:
            cells = tuple(tuple(t if not t or t in pieces or "\0" in t else _OTHER for t, _ in row)
                          for row in self.cells)
            out = self._shapes[pieces] = (cells, tuple(sorted(self.filled)), tuple(self.blank))
        return out

    def relevant(self, vocabulary: str, parts: frozenset[str]) -> list[bool]:
        """For each row, whether one of its header texts is part of a text of ``vocabulary``
        (texts joined by NUL; ``parts``: every piece of those texts). A header position whose
        rows have none cannot name a column: a column's header leaf is one of these texts, and
        its whole path is made of them."""
        out = self._relevant.get(vocabulary)
        if out is None:
            # a text without NUL is part of the joined texts exactly when it is part of one of them
            out = self._relevant[vocabulary] = [
                not texts.isdisjoint(parts)
                or (i in self.nul_rows and any("\0" in t and t in vocabulary for t in texts))
                for i, texts in enumerate(self.texts)]
        return out

    def blank_row(self, i: int) -> bool:
        return self.blank[i]

    def named(self, top: int, depth: int) -> tuple[frozenset[str], list[tuple[int, tuple[str, ...], str]]]:
        """The columns with a header path at this position, as ``(j, path, "".join(path))``
        in column order, and the set of their leaves and joined paths."""
        key = (top, depth)
        if key not in self._named:
            paths = self.paths(top, depth)
            named = [(j, p, "".join(p)) for j, p in enumerate(paths) if p]
            self._named[key] = (frozenset(n[1][-1] for n in named) | {n[2] for n in named}, named)
        return self._named[key]

    def paths(self, top: int, depth: int) -> list[tuple[str, ...]]:
        """Each column's header path: its texts top-down, blanks and repeats dropped (worked
        out once per position; the list is shared, not to be changed)."""
        out = self._paths.get((top, depth))
        if out is None:
            out = self._paths[(top, depth)] = self._make_paths(top, depth)
        return out

    def _make_paths(self, top: int, depth: int) -> list[tuple[str, ...]]:
        levels = [[t for t, _ in r] for r in self.cells[top:top + depth]]
        if depth == 1:
            return [(t,) if t else () for t in levels[0]]
        # a group label typed once over several sub-columns without a merge (some writers,
        # and people, leave the merge out): an upper-level blank that no merge covers, over a
        # labelled sub-column, inherits the label on its left
        for k, lvl in enumerate(levels[:-1]):
            for j in range(1, self.n_cols):
                if (not lvl[j] and lvl[j - 1] and (top + k, j) not in self.filled
                        and levels[-1][j] and levels[-1][j - 1]):
                    lvl[j] = lvl[j - 1]
        out = []
        for texts in zip(*levels):
            path: list[str] = []
            for t in texts:
                if t and (not path or path[-1] != t):
                    path.append(t)
            out.append(tuple(path))
        return out

    def units(self, top: int, depth: int) -> list[str | None]:
        """Each column's unit: the lowest one its header cells state."""
        rows = self.cells[top:top + depth]
        return [next((r[j][1] for r in reversed(rows) if r[j][1]), None) for j in range(self.n_cols)]


_NO_TEXT: tuple[str, str | None] = ("", None)


def _header_text(v: Any) -> tuple[str, str | None]:
    return split_header(v) if isinstance(v, str) else _NO_TEXT


def _zone(grid: Grid, limit: int) -> _HeaderZone:
    """The grid's header zone, kept on the grid (its cells never change once read)."""
    zone = grid.memo.get("header_zone")
    if zone is None or zone.limit < limit:
        zone = grid.memo["header_zone"] = _HeaderZone(grid, limit)
    return zone


def header_columns(grid: Grid, top: int, depth: int) -> list[tuple[tuple[str, ...], str | None]]:
    """Each column's header path (squashed texts, top level first, merged ranges filled in) and
    the unit its header states, for a header of ``depth`` rows from row ``top`` (relative): what
    a template's columns are matched against, as a template is drafted from a sheet."""
    zone = _zone(grid, top + depth)
    return list(zip(zone.paths(top, depth), zone.units(top, depth)))


def _fits(spec: ColumnSpec, path: tuple[str, ...], joined: str) -> bool:
    leaf, parents = path[-1], path[:-1]
    if spec.under is None:
        return leaf in spec.headers or joined in spec.headers
    if leaf in spec.headers and any(p in spec.under_texts for p in parents):
        return True
    return joined in spec.header_targets


def _assign(order: list[ColumnSpec], named: list[tuple[int, tuple[str, ...], str]]) -> dict[str, int]:
    """Match template columns to sheet columns, one to one; two-level specs go first."""
    taken: set[int] = set()
    cols: dict[str, int] = {}
    for spec in order:
        for j, path, joined in named:
            if j not in taken and _fits(spec, path, joined):
                cols[spec.name] = j
                taken.add(j)
                break
    return cols


_PREPARED: dict[int, tuple[Template, tuple]] = {}


def _header_texts(template: Template) -> tuple[set[str], set[str], list[ColumnSpec], set[str], str, frozenset[str],
                                                dict, dict]:
    """A template's header leaves, its whole header texts, its columns in matching order
    (two-level ones first), its required column names, its texts joined by NUL, every piece
    of those texts, the memo of :func:`_assigned`, and its decisions by zone shape (see
    :func:`locate_all`); worked out once per template. A sheet column can only match a
    template column if its leaf or its whole path is one of the template's header texts."""
    hit = _PREPARED.get(id(template))
    if hit is None or hit[0] is not template:
        if len(_PREPARED) > 256:
            _PREPARED.clear()  # templates made on the fly (tests, user files): keep the set small
        leaves = {h for c in template.columns for h in c.headers}
        wholes = leaves.union(*(c.header_targets for c in template.columns))
        order = sorted(template.columns, key=lambda c: c.under is None)
        required = {c.name for c in template.required_columns}
        parts = frozenset(w[i:j] for w in wholes for i in range(len(w)) for j in range(i + 1, len(w) + 1))
        vocabulary = "\0".join(sorted(wholes))
        hit = _PREPARED[id(template)] = (template, (leaves, wholes, order, required, vocabulary, parts, {}, {}))
    return hit[1]


def _assigned(order: list[ColumnSpec], named: tuple[tuple[int, tuple[str, ...], str], ...],
              memo: dict) -> dict[str, int]:
    """:func:`_assign`, once per distinct candidate list of a template (the files of a batch
    mostly share their header); the result is shared: copy it before changing it."""
    out = memo.get(named)
    if out is None:
        if len(memo) > 4096:
            memo.clear()
        out = memo[named] = _assign(order, list(named))
    return out


def locate(grid: Grid, template: Template) -> Match | None:
    """The best header position for ``template`` in ``grid``, or None if nothing matches."""
    return locate_all(grid, [template])[0]


#: what stands, in a header zone's shape, for a text that is no piece of any template's header
#: texts: such a text can be no column's header leaf, no part of a matching path, no group label
_OTHER = "\x01"
_UNDECIDED = object()
#: the union of the pieces of a list of templates' header texts, by the templates' identities
_PIECES: dict[tuple[int, ...], tuple[list[Template], frozenset[str]]] = {}


def locate_all(grid: Grid, templates: list[Template]) -> list[Match | None]:
    """:func:`locate` for each of ``templates``. Where a template's header stands (its top row,
    depth and columns) is decided by the zone's :meth:`~_HeaderZone.shape`: a text that is no
    piece of any template's header texts never matches a column, nor makes a path match, and a
    blank cell stays blank whatever the text elsewhere; so each template's decision is
    remembered by shape and reused for the next grid of the same shape (the files of a batch,
    whose header rows agree and whose data rows differ only in such texts). The Match itself
    (paths, units, a key column without a header) is made from the grid at hand."""
    if not templates:
        return []
    limit = max(min(grid.n_rows, t.search_rows + t.max_header_depth) for t in templates)
    zone = _zone(grid, limit)
    ids = tuple(id(t) for t in templates)
    hit = _PIECES.get(ids)
    if hit is None or any(a is not b for a, b in zip(hit[0], templates)):
        if len(_PIECES) > 64:
            _PIECES.clear()
        hit = _PIECES[ids] = (list(templates), frozenset().union(*(_header_texts(t)[5] for t in templates)))
    pieces = hit[1]
    shape = zone.shape(pieces) if _OTHER not in pieces else None
    out: list[Match | None] = []
    for t in templates:
        decided = _header_texts(t)[7]
        d = decided.get(shape, _UNDECIDED) if shape is not None else _UNDECIDED
        if d is _UNDECIDED:
            d = _decide(grid, zone, t)
            if shape is not None:
                if len(decided) > 1024:
                    decided.clear()
                decided[shape] = d
        out.append(None if d is None else _match(grid, zone, t, *d))
    return out


def _decide(grid: Grid, zone: _HeaderZone, template: Template) -> tuple[int, int, dict[str, int]] | None:
    """The best header position for ``template`` in the zone: top row, depth and the columns
    found (shared: copied by :func:`_match`), or None."""
    n_rows = grid.n_rows
    leaves, wholes, order, required, vocabulary, parts, assigned, _ = _header_texts(template)
    relevant = zone.relevant(vocabulary, parts)
    # only positions whose rows hold a text of the template can match, in the order tried
    deepest = template.max_header_depth
    tops = sorted({i - k for i, r in enumerate(relevant) if r for k in range(deepest)
                   if 0 <= i - k < min(n_rows, template.search_rows)})
    best: tuple | None = None
    for top in tops:
        if zone.blank_row(top):
            continue
        for depth in range(1, deepest + 1):
            if top + depth > n_rows:
                break
            if not any(relevant[top:top + depth]):
                continue  # no text here can be a header of this template
            texts, named = zone.named(top, depth)
            if texts.isdisjoint(wholes):
                continue
            cols = _assigned(order, tuple(n for n in named if n[1][-1] in leaves or n[2] in wholes), assigned)
            if not cols:
                continue
            score = (sum(1 for n in cols if n in required), len(cols), -depth, -top)
            if best is None or score > best[0]:
                best = (score, top, depth, cols)
    return None if best is None else best[1:]


def _match(grid: Grid, zone: _HeaderZone, template: Template, top: int, depth: int, cols: dict[str, int]) -> Match:
    m = Match(top, depth, dict(cols), dict(enumerate(zone.paths(top, depth))), dict(enumerate(zone.units(top, depth))))
    _blank_header_key(grid, template, m)
    m.missing = [c for c in template.required_columns if c.name not in m.cols]
    return m


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


#: endings that make a label a total row's marker, whatever the template's markers
_TOTAL_ENDINGS = ("合计", "总计")

#: for each set of header leaves, whether a cell's text squashes to one of them: kept across
#: the files of a batch (their departments, canteen types and contacts recur)
_LEAVES_KNOWN: dict[frozenset[str], dict[str, bool]] = {}


def _leaves_known(leaves: frozenset[str]) -> dict[str, bool]:
    known = _LEAVES_KNOWN.get(leaves)
    if known is None or len(known) > 1 << 16:
        if len(_LEAVES_KNOWN) > 64:
            _LEAVES_KNOWN.clear()
        known = _LEAVES_KNOWN[leaves] = {}
    return known


def _is_note(text: str, template: Template) -> bool:
    return text.startswith(template.note_markers)  # a tuple: any of them


def _unit_cell(grid: Grid, m: Match, j: int) -> CellRef | None:
    """The header cell that states a column's unit ("（元）"), which may be the upper cell of a
    merged range rather than the lowest header row."""
    r0, c0 = grid.origin
    for i in range(m.top + m.depth - 1, m.top - 1, -1):
        v = grid.get(i, j)
        if isinstance(v, str) and split_header(v)[1]:
            return CellRef(grid.sheet, r0 + i, c0 + j)
    return None


_NOTHING = object()
_DATES = (datetime.datetime, datetime.date)


def _column_reader(spec: ColumnSpec, unit: str | None, assumed: str | None) -> tuple[Callable[[Any], Value], bool]:
    """How one column's cells are read: a number in the column's unit, a date, or a text; and
    whether a plain float keeps the value :func:`parse_number` gives it (a numeric column
    with no unit to convert from). A value that recurs down the column (主管部门, 食堂情况,
    a count, a date) is read once: equal cells of one type read alike (zero aside, whose sign a
    float may carry)."""
    plain = False
    if spec.numeric:
        # a number without a unit of its own keeps its value when the header states none,
        # or the column's own unit
        source, target = units.canonical(assumed), units.canonical(unit)
        plain = unit is None or source is None or target is None or source == target

        def read(v: Any) -> Value:
            p = parse_number(v)
            return p if plain and p.unit is None else in_unit(p, unit, assumed)
    elif spec.type == "date":
        read = parse_date
    else:
        read = parse_text
    seen: dict[tuple[type, Any], Value] = {}

    def read_cell(v: Any) -> Value:
        t = type(v)
        if t is not str and t not in _DATES and (t is not float and t is not int or v == 0):
            return read(v)
        out = seen.get((t, v))
        if out is None:
            out = seen[(t, v)] = read(v)
        return out

    return read_cell, plain


def _one_cell(raw: list[Any]) -> bool:
    """Whether a row holds exactly one non-blank cell."""
    n = 0
    for v in raw:
        if v is not None and not (isinstance(v, str) and not v.strip()):
            n += 1
            if n > 1:
                return False
    return n == 1


def build_tables(grid: Grid, template: Template, m: Match) -> list[Table]:
    """The table under a located header, and each further table of the template below it on the
    sheet (stacked sections: each with its own title, header and 合计), each read on its own."""
    out = [build_table(grid, template, m)]
    while out[-1].end is not None:
        rest = grid.below(out[-1].end - grid.origin[0])
        found = locate(rest, template)
        if found is None or not found.complete:
            break
        out.append(build_table(rest, template, found))
    return out


def build_table(grid: Grid, template: Template, m: Match) -> Table:
    """Read the table under a located header: its total rows as typed, addressed cells, and
    its data rows column by column as read, each with the sheet row it came from."""
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
    unit_at: tuple[str, CellRef] | None = None
    for i in range(m.top):
        for j, v in enumerate(grid.rows[i]):
            if isinstance(v, str) and (u := unit_line(v)):
                unit_at = u, CellRef(sheet, r0 + i, c0 + j)
    stated_units: dict[str, tuple[str, CellRef]] = {}
    for n, hit in columns.items():
        spec = specs[n]
        if hit.header_unit:
            stated_units[n] = (hit.header_unit, _unit_cell(grid, m, m.cols[n]) or hit.header_cell)
        elif unit_at and spec.numeric and units.dimension(spec.unit or "元") == "money":
            stated_units[n] = unit_at
    col_units = {n: specs[n].unit or (stated_units[n][0] if n in stated_units else None) for n in m.cols}
    names = list(m.cols)
    where = [c0 + j for j in m.cols.values()]
    at = list(m.cols.values())
    readers = {n: _column_reader(specs[n], col_units[n], stated_units[n][0] if n in stated_units else None)
               for n in names}
    read = [readers[n][0] for n in names]
    numeric = [specs[n].numeric for n in names]
    squashed: dict[str, str] = {}

    def sq(text: str) -> str:  # squash, once per distinct text of the table that it changes
        out = squashed.get(text)
        if out is None:
            out = squash(text)
            if out is not text:
                squashed[text] = out
        return out

    leafy = _leaves_known(frozenset(header_leaves))
    known = leafy.get

    def is_leaf(text: str) -> bool:  # whether a text is one of the header's, once per distinct text
        out = leafy.get(text)
        if out is None:
            s = sq(text)
            out = s in header_leaves
            if s is not text:  # a text as squashed already is looked up as it is, not kept
                leafy[text] = out
        return out

    total_markers = template.total_markers
    pick = itemgetter(*at) if len(at) > 1 else (lambda row: (row[at[0]],))
    reach = max(at, default=-1)
    n_values = len(at)
    sheet_rows = array("i")  # 4 bytes a row, not a list of ints (a sheet has at most 1,048,576 rows)
    data_rows: list[Any] = []
    totals: list[Row] = []
    repeats = 0
    end: int | None = None  # the grid row where the table ends and a further one may start
    closed = False  # a 合计 below data rows has been read: a gap, a title or a header ends the table
    singles: list[int] = []  # the last data rows read that hold one text and nothing else (a title?)
    for i in range(m.top + m.depth, grid.n_rows):
        raw = grid.rows[i]
        width = len(raw)
        first = _NOTHING
        for v in raw:
            if v is not None and not (isinstance(v, str) and not v.strip()):
                first = v
                break
        if first is _NOTHING:
            if closed:
                end = i  # a 合计 followed by a gap
                break
            continue
        values = pick(raw) if width > reach else tuple(raw[j] if j < width else None for j in at)
        first_text = sq(first) if isinstance(first, str) else ""
        if first_text and _is_note(first_text, template) and not any(
                num and r(v).kind == "number" for num, r, v in zip(numeric, read, values)):
            end = i
            break  # notes below the table end it
        single = bool(first_text) and _one_cell(raw)
        if single and closed:
            end = i  # a title line after the 合计: the next table's
            break
        strs = [v for v in values if isinstance(v, str)]
        n_strs = len(strs)
        # only empty cells and texts can read as blank (a number, a date, a boolean never do)
        if n_strs + values.count(None) == n_values and all(r(v).kind == "blank" for r, v in zip(read, values)):
            continue  # nothing in the template's columns: a stray remark, a blank row
        if closed and n_strs >= 2 and not any(num and r(v).kind == "number" for num, r, v in zip(numeric, read, values)):
            end = i  # texts and no figure right after the 合计: another table's header
            break
        if n_strs >= 2:
            # a header repeated after a page break: most of the row's texts (at least two) are
            # the header's. Texts already known (a department, a canteen type, a contact, kept
            # across a batch's files) are counted first, the others looked at only until certain.
            need = max(2, n_strs // 2 + 1)
            hits = misses = 0
            unknown = []
            for t in strs:
                r = known(t)
                if r is None:
                    unknown.append(t)
                elif r:
                    hits += 1
                else:
                    misses += 1
            for t in unknown:
                if hits >= need or misses > n_strs - need:
                    break
                if is_leaf(t):
                    hits += 1
                else:
                    misses += 1
            if hits >= need:
                if closed or singles:
                    # a header after a 合计, or under a title line: a new table starts (at its title)
                    end = singles[0] if singles else i
                    del sheet_rows[len(sheet_rows) - len(singles):], data_rows[len(data_rows) - len(singles):]
                    break
                repeats += 1  # a header repeated after a page break
                continue
        marker = None
        for j in label_cols:
            if j < width and isinstance(raw[j], str):
                t = sq(raw[j])
                if t in total_markers or t.endswith(_TOTAL_ENDINGS):
                    marker = t
                    break
        if marker:
            cells = {}
            for name, c, r, v in zip(names, where, read, values):
                # the marker itself is a label, not a value of its column
                p = parse_text(v) if isinstance(v, str) and sq(v) == marker else r(v)
                cells[name] = Cell(CellRef(sheet, r0 + i, c), p)
            totals.append(Row(r0 + i, "total", marker, marker, cells))
            closed = closed or bool(data_rows)
            singles.clear()
            continue
        if single:
            singles.append(i)
        else:
            singles.clear()
        sheet_rows.append(r0 + i)
        # the grid's own row (not a copy of its values), padded if it is short of the table's columns
        data_rows.append(raw if width > reach else raw + [None] * (reach + 1 - width))
    data = TableData(
        sheet_rows=sheet_rows,
        cols=dict(zip(names, where)),
        raw={n: list(map(itemgetter(j), data_rows)) for n, j in zip(names, at)},
        readers={n: readers[n][0] for n in names},
        plain={n: readers[n][1] for n in names},
    )
    table = Table(sheet, template, header_rows, columns, data=data, total=totals[0] if totals else None,
                  more_totals=totals[1:], formats=grid.formats)
    if unit_at:
        table.unit_line, table.unit_line_cell = unit_at
    table.stated_units = stated_units
    table.units = col_units
    table.skipped_header_repeats = repeats
    table.top = r0
    table.end = None if end is None else r0 + end
    if grid.hidden_rows:
        table.hidden_rows = tuple(r for r in sheet_rows if r in grid.hidden_rows)
        table.filtered = grid.filtered
    if grid.formulas:
        cols = set(where)
        table.formulas = {k: f for k, f in grid.formulas.items() if k[1] in cols}
        if table.formulas:
            table.filled = frozenset((r0 + i, c0 + j) for i, row in enumerate(grid.rows) for j in at
                                     if j < len(row) and row[j] is not None)
    if grid.hidden_cols:
        table.hidden_cols = tuple(n for n, c in zip(names, where) if c in grid.hidden_cols)
    return table
