"""A table found in a sheet: its columns, its rows, and where every value came from.

A table read from a sheet keeps its data rows column by column, as they were read
(:class:`TableData`): the sheet row of every data row, recorded when it was read, and
for every template column its sheet column and the raw cell values. Typed values and
:class:`Row`/:class:`Cell` objects are made from these on demand -- a check that screens
whole columns (:meth:`Table.numbers`) only ever makes the cells it reports. A table can
also be given its rows ready-made (``row_list``); every accessor then reads them, and
gives the same answers (tests hold both ways to each other).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

import numpy as np

from xlrecon.findings import CellRef
from xlrecon.workbook.values import Value

if TYPE_CHECKING:
    import pandas as pd

    from xlrecon.templates.model import Template
    from xlrecon.workbook.formats import SheetFormats


#: name of the frame column that holds the normalised key
KEY_COLUMN = "__key__"


class Cell(NamedTuple):
    """One value of a table and the cell it was read from (a named tuple: one per cell read)."""

    where: CellRef
    value: Value


@dataclass(frozen=True)
class ColumnHit:
    """Where a template column was found: its sheet column, header path and header unit."""

    name: str
    col: int  # 0-based sheet column
    header: tuple[str, ...]  # normalised header texts, top level first
    header_cell: CellRef
    header_unit: str | None = None


@dataclass
class Row:
    row: int  # 0-based sheet row
    kind: Literal["data", "total"]
    label: str | None  # the key cell's text as typed (stripped), or the total marker
    key: str | None  # the label normalised for comparison (whitespace removed)
    cells: dict[str, Cell] = field(default_factory=dict)


@dataclass
class TableData:
    """A table's data rows as read, column by column.

    ``sheet_rows[k]`` is the 0-based sheet row of data row ``k``; ``raw[name][k]`` what the
    reader returned for its cell in template column ``name`` (None when empty), at sheet
    column ``cols[name]``; ``readers[name]`` turns a raw value into the column's
    :class:`~xlrecon.workbook.values.Value`; ``plain[name]`` says whether that reader
    leaves a plain float as :func:`~xlrecon.workbook.values.parse_number` reads it (no
    unit to convert it from)."""

    sheet_rows: list[int]
    cols: dict[str, int]
    raw: dict[str, list[Any]]
    readers: dict[str, Callable[[Any], Value]]
    plain: dict[str, bool]


@dataclass
class Numbers:
    """A numeric column's data rows at once.

    ``floats[k]`` is ``float(value)`` of row ``k``'s value when it is a number, else NaN;
    ``blank[k]`` whether it is blank. ``odd`` holds the value of every other cell that is
    not a plain float (a text number, a converted or unreadable value, an integer, a date):
    a cell in neither is a float read as is -- a number with the digits ``digits[k]``
    (Excel's 15 significant digits), no unit, not converted."""

    floats: np.ndarray
    blank: np.ndarray
    odd: dict[int, Value]
    digits: list[str | None]

    def exact(self, k: int) -> Decimal | None:
        """Row ``k``'s number as a Decimal (the value's ``value``); None when not a number."""
        v = self.odd.get(k)
        if v is not None:
            return v.value if v.kind == "number" else None
        d = self.digits[k]
        return None if d is None else Decimal(d)

    def sum(self) -> Decimal | None:
        """The exact sum of the numbers, in row order from ``Decimal(0)``; None when some cell
        holds something that is not a number."""
        if any(v.kind != "number" for v in self.odd.values()):
            return None
        total = Decimal(0)
        for k, d in enumerate(self.digits):
            if d is not None:
                total += Decimal(d)
            elif k in self.odd:
                total += self.odd[k].value
        return total

    def typed_decimals(self, k: int) -> int:
        """Digits after the point of a plain float as stored (its value's ``decimals``)."""
        d = self.digits[k]
        assert d is not None
        if "e" in d:
            exp = Decimal(d).as_tuple().exponent
            return max(0, -exp) if isinstance(exp, int) else 0
        point = d.find(".")
        return 0 if point < 0 else len(d) - point - 1


def plain_value(v: Value) -> bool:
    """Whether a value is a float read as is: what :class:`Numbers` leaves out of ``odd``."""
    return (v.kind == "number" and v.raw.__class__ is float and not v.from_text and v.unit is None
            and v.converted_from is None and v.factor == 1)


def float_digits(x: float) -> str:
    """The digits :func:`~xlrecon.workbook.values.parse_number` keeps of a finite float."""
    return "0" if x == 0 else format(x, ".15g")


class Table:
    """A table read from a sheet: where its header and columns are, its data and total rows."""

    def __init__(self, sheet: str, template: Template, header_rows: tuple[int, int], columns: dict[str, ColumnHit],
                 *, data: TableData | None = None, row_list: list[Row] | None = None, total: Row | None = None,
                 more_totals: list[Row] | None = None, formats: SheetFormats | None = None) -> None:
        assert (data is None) != (row_list is None), "a table is given either its data or its rows"
        self.sheet, self.template, self.header_rows, self.columns = sheet, template, header_rows, columns
        self.data = data
        self._rows = row_list
        self.total = total  # the first total (合计) row, wherever it stands
        self.more_totals: list[Row] = more_totals or []  # any further total rows
        self.unit_line: str | None = None  # unit from a "单位：万元" line above the header
        self.unit_line_cell: CellRef | None = None
        self.skipped_header_repeats = 0
        #: the unit each found column's values are in, decided once when the table is read:
        #: the template's, else the header's ("（万元）"), else a money column takes the unit line's.
        #: Values stated in another unit of the same dimension are converted into it when read.
        self.units: dict[str, str | None] = {}
        #: the unit the sheet itself states for a column (header suffix or unit line), and where
        self.stated_units: dict[str, tuple[str, CellRef]] = {}
        #: the decimals each cell displays (number formats), for .xlsx files; None otherwise
        self.formats = formats
        self._row: dict[int, Row] = {}
        self._values: dict[str, list[Value]] = {}
        self._numbers: dict[str, Numbers] = {}
        self._labels: tuple[list[str | None], list[str | None]] | None = None

    def __repr__(self) -> str:
        return f"Table({self.template.name!r} on {self.sheet!r}, {self.n} rows)"

    # --- rows -----------------------------------------------------------------------------

    @property
    def n(self) -> int:
        """How many data rows the table has."""
        return len(self.data.sheet_rows) if self.data is not None else len(self._rows or [])

    @property
    def rows(self) -> list[Row]:
        """The data rows, in sheet order (made, for a table read from a sheet, on first use)."""
        if self._rows is None:
            self._rows = [self.row(k) for k in range(self.n)]
        return self._rows

    def row(self, k: int) -> Row:
        """Data row ``k`` (0-based among the data rows)."""
        if self._rows is not None:
            return self._rows[k]
        out = self._row.get(k)
        if out is None:
            d = self.data
            assert d is not None
            i = d.sheet_rows[k]
            cells = {name: Cell(CellRef(self.sheet, i, d.cols[name]), self.value(name, k)) for name in d.cols}
            labels, keys = self.labels_and_keys()
            out = self._row[k] = Row(i, "data", labels[k], keys[k], cells)
        return out

    def cell_ref(self, name: str, k: int) -> CellRef:
        """Where data row ``k``'s value of column ``name`` was read."""
        if self.data is None:
            return self.rows[k].cells[name].where
        return CellRef(self.sheet, self.data.sheet_rows[k], self.data.cols[name])

    def cell_rows(self, name: str) -> list[int]:
        """The sheet row of every data row's cell of column ``name``."""
        if self.data is None:
            return [r.cells[name].where.row for r in self.rows]
        return self.data.sheet_rows

    def labels_and_keys(self) -> tuple[list[str | None], list[str | None]]:
        """Every data row's label (the key cell's text) and key (the label as compared)."""
        if self._labels is None:
            if self.data is None:
                self._labels = [r.label for r in self.rows], [r.key for r in self.rows]
            else:
                from xlrecon.textnorm import squash

                key = self.template.key
                if key in self.data.cols:
                    labels = [v.value if v.kind == "text" else None for v in self.values(key)]
                else:
                    labels = [None] * self.n
                seen: dict[str, str] = {}
                keys = [None if t is None else seen[t] if t in seen else seen.setdefault(t, squash(t)) for t in labels]
                self._labels = labels, keys
        return self._labels

    @property
    def total_rows(self) -> list[Row]:
        """Every total (合计) row, the first one first."""
        return ([self.total] if self.total else []) + self.more_totals

    def rows_for(self, scope: str) -> list[Row]:
        """A rule's rows: ``data`` rows, or ``all`` (the total rows too)."""
        return self.rows + self.total_rows if scope == "all" else self.rows

    def unit_of(self, column: str) -> str | None:
        return self.units.get(column)

    # --- columns --------------------------------------------------------------------------

    def value(self, name: str, k: int) -> Value:
        """Data row ``k``'s value of column ``name``."""
        if name in self._values:
            return self._values[name][k]
        if self.data is None:
            return self.rows[k].cells[name].value
        return self.data.readers[name](self.data.raw[name][k])

    def values(self, name: str) -> list[Value]:
        """Every data row's value of column ``name``."""
        out = self._values.get(name)
        if out is None:
            if self.data is None:
                out = [r.cells[name].value for r in self.rows]
            else:
                read = self.data.readers[name]
                out = [read(v) for v in self.data.raw[name]]
            self._values[name] = out
        return out

    def numbers(self, name: str) -> Numbers:
        """A numeric column's data rows as :class:`Numbers`, without a value object for the
        plain floats that most cells hold."""
        out = self._numbers.get(name)
        if out is None:
            if self.data is None or not self.data.plain[name]:
                out = _numbers_of(self.values(name))
            else:
                out = _numbers_from_raw(self.data.raw[name], self.data.readers[name])
            self._numbers[name] = out
        return out

    def frame(self) -> pd.DataFrame:
        """The data rows as a DataFrame (one column per template column found, position index).

        Numbers are floats, text is ``object``; a value that could not be read is NaN, and
        the findings of the reading checks say why. Row ``i`` of the frame is ``self.rows[i]``.
        """
        import pandas as pd

        data: dict[str, Any] = {}
        for name in self.columns:
            spec = self.template.column(name)
            if spec.numeric:
                data[name] = pd.Series(self.numbers(name).floats, dtype="float64")
            else:
                data[name] = pd.Series([v.value if v.kind in ("text", "date") else None for v in self.values(name)],
                                       dtype="object")
        if self.template.key in self.columns:
            # the key as compared (whitespace removed), for the duplicate check
            data[KEY_COLUMN] = pd.Series(self.labels_and_keys()[1], dtype="object")
        return pd.DataFrame(data)


def _numbers_of(values: list[Value]) -> Numbers:
    n = len(values)
    floats = np.full(n, np.nan)
    blank = np.zeros(n, dtype=bool)
    odd: dict[int, Value] = {}
    digits: list[str | None] = [None] * n
    for k, v in enumerate(values):
        if v.kind == "number":
            floats[k] = float(v.value)
        if v.kind == "blank":
            blank[k] = True
        elif plain_value(v):
            digits[k] = float_digits(v.raw)
        else:
            odd[k] = v
    return Numbers(floats, blank, odd, digits)


def _numbers_from_raw(raw: list[Any], read: Callable[[Any], Value]) -> Numbers:
    nan = math.nan
    if all(x.__class__ is float for x in raw):  # the usual column: floats only
        digits: list[str | None] = ["0" if x == 0 else format(x, ".15g") for x in raw]
        floats = np.array([float(d) for d in digits], dtype=float)  # type: ignore[arg-type]
        if np.isfinite(floats).all():
            return Numbers(floats, np.zeros(len(raw), dtype=bool), {}, digits)
    n = len(raw)
    digits = [None] * n
    values = [nan] * n
    blank = [False] * n
    odd: dict[int, Value] = {}
    isfinite = math.isfinite
    for k, x in enumerate(raw):
        if x.__class__ is float and isfinite(x):
            digits[k] = s = "0" if x == 0 else format(x, ".15g")
            values[k] = float(s)
        elif x is None:
            blank[k] = True
        else:
            v = read(x)
            if v.kind == "number":
                values[k] = float(v.value)
            if v.kind == "blank":
                blank[k] = True
            else:
                odd[k] = v
    return Numbers(np.array(values, dtype=float), np.array(blank, dtype=bool), odd, digits)
