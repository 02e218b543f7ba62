"""What a rule can see besides one table: the file's other tables and sheets, the region
registry, and the previous period's figures; a row as seen by a rule expression, and a
table's rows as columns of floats, for screening them all at once."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import numpy as np

from xlrecon import units
from xlrecon.findings import CellRef
from xlrecon.precision import Interval, half_unit
from xlrecon.read.intervals import cell_interval
from xlrecon.read.table import Row, Table
from xlrecon.read.values import Value, parse_number
from xlrecon.templates.expr import NotEvaluated
from xlrecon.templates.terms import Q
from xlrecon.textnorm import split_header, squash, unit_line

if TYPE_CHECKING:
    from xlrecon.read.structure import Place
    from xlrecon.read.workbook import Grid
    from xlrecon.regions import Registry


#: a year as a title states it: 2021年, 2021 年度, 二〇二一 is not read
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*年")


@dataclass
class Previous:
    """The previous period's tables (``--previous``), looked up by template and row key."""

    tables: list[Table] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    notes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # files that could not be read

    @functools.cached_property
    def _index(self) -> dict[tuple[str, str], tuple[Table, Row]]:
        out: dict[tuple[str, str], tuple[Table, Row]] = {}
        for t in self.tables:
            for r in t.rows:
                if r.key:
                    out.setdefault((t.template.name, r.key), (t, r))
        return out

    def row(self, template: str, key: str | None) -> tuple[Table, Row] | None:
        return self._index.get((template, key)) if key else None


@dataclass
class Context:
    path: str
    grids: dict[str, Grid]
    tables: list[Table]
    registry_files: tuple[str, ...] = ()
    previous: Previous | None = None
    #: what the checks tell the run beyond findings (a published figure that did not apply)
    notes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    _columns: dict[tuple[int, str], RowColumns] = field(default_factory=dict, init=False, repr=False, compare=False)
    _scopes: dict[int, tuple[str | None, tuple[int, ...]]] = field(default_factory=dict, init=False, repr=False,
                                                                   compare=False)

    def columns(self, table: Table, scope: str) -> RowColumns:
        """A rule's rows (``data``, or ``all`` with the 合计 rows) as columns, shared by every rule
        that screens them."""
        key = (id(table), scope)
        if key not in self._columns:
            self._columns[key] = RowColumns(table, scope, self.previous)
        return self._columns[key]

    @functools.cached_property
    def registry(self) -> Registry:
        from xlrecon.regions import Registry

        return Registry.load(self.registry_files)

    def labelled_value(self, sheet: str, label: str) -> tuple[CellRef, Value, str | None, Grid] | None:
        """The number beside a label on a sheet (``交易金额 | 12790.7``): the first number to the
        right of the label in its row, else just below it. Returns its cell, value, the unit
        the label states ("实际入驻（家）"), and the grid; None when the label is not there."""
        grid = self.grids.get(sheet)
        if grid is None:
            grid = next((g for name, g in self.grids.items() if squash(name) == squash(sheet)), None)
        if grid is None:
            return None
        target = squash(label)
        r0, c0 = grid.origin
        for i, row in enumerate(grid.rows):
            for j, v in enumerate(row):
                if not isinstance(v, str):
                    continue
                text, unit = split_header(v)
                if text != target:
                    continue
                right = next(((i, k) for k in range(j + 1, len(row)) if row[k] is not None), None)
                for a, b in [p for p in (right, (i + 1, j)) if p is not None]:
                    val = parse_number(grid.get(a, b))
                    if val.kind == "number":
                        return CellRef(grid.sheet, r0 + a, c0 + b), val, unit, grid
                return None
        return None

    def title_lines(self, table: Table) -> list[str]:
        """The texts above a table's header (its title, 填报单位, a unit line), in sheet order; for a
        further table of the sheet, those between the table above and its header."""
        grid = self.grids.get(table.sheet)
        if grid is None:
            return []
        above = grid.rows[max(0, table.top - grid.origin[0]): max(0, table.header_rows[0] - grid.origin[0])]
        return [v.strip() for row in above for v in row if isinstance(v, str) and v.strip()]

    def table_scope(self, table: Table) -> tuple[str | None, tuple[int, ...]]:
        """Where and when a table holds: the province most of its key column's names lie in
        (None when the names tell none), and the years its title lines state ("2021 年")."""
        key = id(table)
        if key not in self._scopes:
            col = table.template.key
            names: list[str] = []
            if col in table.columns:  # the column's texts, read as a column (no row objects)
                texts = (table.texts(col) if table.template.column(col).type == "text"
                         else [v.value if v.kind == "text" else None for v in table.values(col)])
                names = [t for t in texts if t is not None]
            province = self.registry.infer_scope(names)[0] if names else None
            years = tuple(dict.fromkeys(int(y) for line in self.title_lines(table) for y in _YEAR.findall(line)))
            self._scopes[key] = (province, years)
        return self._scopes[key]

    def read_structures(self) -> None:
        """Each table's :class:`~xlrecon.read.structure.Structure` (of-which, subtotal and parent
        rows), the registry telling a city's row from its counties' where the key names regions."""
        from xlrecon.read.structure import find

        for t in self.tables:
            if t.structure is None:
                t.structure = find(t, self._places(t))

    def _places(self, table: Table) -> Place | None:
        """How the registry places a table's names (level, full name, city), in the province most
        of them lie in; None where the template's hierarchy is not the registry's: ``registry``,
        or ``auto`` with a key column that a rule checks against the registry."""
        t = table.template
        how = t.structure.hierarchy
        if how not in ("auto", "registry") or (how == "auto" and not any(
                r.kind == "unknown-region" and r.column == t.key for r in t.rules)):
            return None
        reg = self.registry
        province = self.table_scope(table)[0]
        if province is None:
            return None
        seen: dict[str, tuple[str, str, str | None] | None] = {}

        def place(name: str) -> tuple[str, str, str | None] | None:
            if name not in seen:
                res = reg.resolve(name, province=province)
                r = res.region if res.status in ("known", "former") else None
                seen[name] = None if r is None else (r.level, r.name, r.city)
            return seen[name]

        return place

    @staticmethod
    def sheet_unit_line(grid: Grid) -> str | None:
        """A sheet-wide "金额单位为万元" note, anywhere on the sheet."""
        for row in grid.rows:
            for v in row:
                if isinstance(v, str) and (u := unit_line(v)):
                    return u
        return None


def to_base(iv: Interval, unit: str | None) -> Interval:
    """An interval in a column's unit, in its dimension's base unit (money in 元)."""
    u = units.canonical(unit) if unit else None
    if u is None or units.dimension(u) != "money":
        return iv
    return iv.scale(units.UNITS[u][1])


def from_base(x: Decimal, unit: str | None) -> Decimal:
    u = units.canonical(unit) if unit else None
    if u is None or units.dimension(u) != "money":
        return x
    return x / units.UNITS[u][1]


def is_money(unit: str | None) -> bool:
    return bool(unit) and units.dimension(unit) == "money"


class RowEnv:
    """One row of a table as a rule expression sees it (money in 元, with intervals)."""

    def __init__(self, table: Table, row: Row, ctx: Context) -> None:
        self.table, self.row, self.ctx = table, row, ctx

    def value(self, column: str) -> Q | str | None:
        spec = self.table.template.column(column)
        cell = self.row.cells.get(column)
        if not spec.numeric:
            return cell.value.value if cell is not None and cell.value.kind == "text" else None
        return self._number(self.table, column, cell)

    def _number(self, table: Table, column: str, cell: Any) -> Q:
        if cell is None or cell.value.kind != "number":
            raise NotEvaluated(column)
        unit = table.unit_of(column)
        return Q(to_base(cell_interval(table, column, cell), unit), is_money(unit))

    def blank(self, column: str) -> bool:
        cell = self.row.cells.get(column)
        return cell is None or cell.value.kind == "blank"

    def prev(self, column: str) -> Q:
        if self.ctx.previous is None:
            raise NotEvaluated(column)
        hit = self.ctx.previous.row(self.table.template.name, self.row.key)
        if hit is None:
            raise NotEvaluated(column)
        table, row = hit
        return self._number(table, column, row.cells.get(column))


class RowColumns:
    """A rule's rows of a table (``data``, or ``all`` with the 合计 rows) as columns, as
    :meth:`~xlrecon.templates.expr.Expr.screen` sees them: texts as :class:`RowEnv` gives
    them, numbers as floats in base units (NaN where RowEnv would raise NotEvaluated).
    Position ``i`` is data row ``i``, then the total rows."""

    def __init__(self, table: Table, scope: str, previous: Previous | None) -> None:
        # the previous period, not the context, which keeps this object: no reference cycle
        self.table, self.previous = table, previous
        self.totals = table.total_rows if scope == "all" else []
        self.n = table.n + len(self.totals)
        self._cache: dict[tuple[str, str], np.ndarray] = {}
        self.screened: dict[tuple[str, bool], Any] = {}  # subexpressions screened by the rules

    def row(self, i: int) -> Row:
        return self.table.row(i) if i < self.table.n else self.totals[i - self.table.n]

    def value(self, column: str) -> np.ndarray:
        key = ("value", column)
        if key not in self._cache:
            table = self.table
            if table.template.column(column).numeric:
                x = table.numbers(column).floats if column in table.columns else np.full(table.n, np.nan)
                if self.totals:
                    x = np.concatenate([x, _floats([r.cells.get(column) for r in self.totals])])
                factor = _factor(table, column)
                self._cache[key] = x * factor if factor != 1 else x
            else:
                texts = np.empty(self.n, dtype=object)
                if column in table.columns and table.template.column(column).type == "text":
                    texts[:] = table.texts(column) + [r.cells[column].value.value if r.cells[column].value.kind == "text"
                                                      else None for r in self.totals]
                else:
                    texts[:] = [v.value if v.kind == "text" else None for v in self._values(column)]
                self._cache[key] = texts
        return self._cache[key]

    def plain(self, column: str) -> tuple[np.ndarray, float] | None:
        """A numeric column's floats read as is (each stands for its cell's Decimal of at most
        15 significant digits, and such floats are ordered as those Decimals are), NaN for every
        other cell; with the factor to base units. None for a column the table lacks."""
        table = self.table
        if column not in table.columns or not table.template.column(column).numeric:
            return None
        key = ("plain", column)
        if key not in self._cache:
            nums = table.numbers(column)
            x = nums.floats.copy()
            if nums.odd:
                x[list(nums.odd)] = np.nan
            self._cache[key] = np.concatenate([x, np.full(len(self.totals), np.nan)]) if self.totals else x
        return self._cache[key], _factor(table, column)

    def _values(self, column: str) -> list[Value]:
        """The column's values; a column the table lacks is blank."""
        if column not in self.table.columns:
            return [Value("blank", None, None)] * self.n
        return self.table.values(column) + [r.cells[column].value for r in self.totals]

    def blank(self, column: str) -> np.ndarray:
        if column in self.table.columns and self.table.template.column(column).type == "text":
            texts = self.table.texts(column)
            return np.array([t is None for t in texts] + [r.cells[column].value.kind == "blank" for r in self.totals],
                            dtype=bool)
        if column in self.table.columns and self.table.template.column(column).numeric:
            b = self.table.numbers(column).blank
            return np.concatenate([b, [r.cells[column].value.kind == "blank" for r in self.totals]]) if self.totals else b
        return np.array([v.kind == "blank" for v in self._values(column)], dtype=bool)

    def prev(self, column: str) -> np.ndarray:
        key = ("prev", column)
        if key not in self._cache:
            out = np.full(self.n, np.nan)
            if self.previous is not None:
                keys = self.table.labels_and_keys()[1] + [r.key for r in self.totals]
                for i, k in enumerate(keys):
                    hit = self.previous.row(self.table.template.name, k)
                    if hit is not None:
                        out[i] = _floats([hit[1].cells.get(column)])[0] * _factor(hit[0], column)
            self._cache[key] = out
        return self._cache[key]


def _factor(table: Table, column: str) -> float:
    """What a number of ``column`` is multiplied by to be in its dimension's base unit."""
    return unit_factor(table.unit_of(column))


@functools.lru_cache(maxsize=None)
def unit_factor(unit: str | None) -> float:
    """What a number in ``unit`` is multiplied by to be in its dimension's base unit (万元: 10000)."""
    return float(to_base(Interval.exact(Decimal(1)), unit).mid)


def _floats(cells: list[Any]) -> np.ndarray:
    """The cells' numbers as floats; NaN for a cell that is not a number."""
    return np.array([float(c.value.value) if c is not None and c.value.kind == "number" else np.nan for c in cells],
                    dtype=float)


def whole_interval(value: Decimal, decimals: int | None) -> Interval:
    return Interval.exact(value) if decimals is None else Interval.around(value, half_unit(decimals))
