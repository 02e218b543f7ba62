"""A table found in a sheet: its columns, its rows, and where every value came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

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
class Table:
    sheet: str
    template: Template
    header_rows: tuple[int, int]  # first and last 0-based sheet row of the header
    columns: dict[str, ColumnHit]
    rows: list[Row]  # data rows, in sheet order
    total: Row | None = None  # the first total (合计) row, wherever it stands
    more_totals: list[Row] = field(default_factory=list)  # any further total rows
    unit_line: str | None = None  # unit from a "单位：万元" line above the header
    unit_line_cell: CellRef | None = None
    skipped_header_repeats: int = 0
    #: the unit each found column's values are in, decided once when the table is read:
    #: the template's, else the header's ("（万元）"), else a money column takes the unit line's.
    #: Values stated in another unit of the same dimension are converted into it when read.
    units: dict[str, str | None] = field(default_factory=dict)
    #: the unit the sheet itself states for a column (header suffix or unit line), and where
    stated_units: dict[str, tuple[str, CellRef]] = field(default_factory=dict)
    #: the decimals each cell displays (number formats), for .xlsx files; None otherwise
    formats: SheetFormats | None = None

    @property
    def total_rows(self) -> list[Row]:
        """Every total (合计) row, the first one first."""
        return ([self.total] if self.total else []) + self.more_totals

    def rows_for(self, scope: str) -> list[Row]:
        """A rule's rows: ``data`` rows, or ``all`` (the total rows too)."""
        return self.rows + self.total_rows if scope == "all" else self.rows

    def unit_of(self, column: str) -> str | None:
        return self.units.get(column)

    def frame(self) -> pd.DataFrame:
        """The data rows as a DataFrame (one column per template column found, position index).

        Numbers are floats, text is ``object``; a value that could not be read is NaN, and
        the findings of the reading checks say why. Row ``i`` of the frame is ``self.rows[i]``.
        """
        import pandas as pd

        data: dict[str, Any] = {}
        for name in self.columns:
            spec = self.template.column(name)
            vals = []
            for r in self.rows:
                v = r.cells[name].value
                if spec.numeric:
                    vals.append(float(v.value) if v.kind == "number" else float("nan"))
                else:
                    vals.append(v.value if v.kind in ("text", "date") else None)
            if spec.numeric:
                data[name] = pd.Series(vals, dtype="float64")
            else:
                data[name] = pd.Series(vals, dtype="object")
        if self.template.key in self.columns:
            # the key as compared (whitespace removed), for the duplicate check
            data[KEY_COLUMN] = pd.Series([r.key for r in self.rows], dtype="object")
        return pd.DataFrame(data)
