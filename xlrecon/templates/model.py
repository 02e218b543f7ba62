"""The parts of a template, as typed objects (the YAML file is their only source)."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any, Literal

from xlrecon.textnorm import split_header

ColumnType = Literal["text", "integer", "number", "percent", "date"]
COLUMN_TYPES: tuple[str, ...] = ("text", "integer", "number", "percent", "date")
NUMERIC_TYPES: frozenset[str] = frozenset({"integer", "number", "percent"})

#: value checks a column may carry, with the parameters each takes; they compile to pandera checks
CHECK_KINDS: dict[str, tuple[str, ...]] = {
    "ge": ("value",),
    "gt": ("value",),
    "le": ("value",),
    "lt": ("value",),
    "between": ("min", "max"),
    "isin": ("values",),
    "regex": ("pattern",),
}


@dataclass(frozen=True)
class CheckSpec:
    """One value check on a column, e.g. ``{kind: ge, value: 0}``."""

    id: str
    kind: str
    params: dict[str, Any]
    severity: str = "error"


@dataclass(frozen=True)
class ColumnSpec:
    name: str  # identifier used in rules and in the frame
    label: str  # how findings name the column (Chinese, as in the template)
    headers: tuple[str, ...]  # header texts that name this column (already normalised)
    type: ColumnType = "number"
    under: tuple[str, ...] | None = None  # texts of the upper header level, for two-level headers
    unit: str | None = None
    required: bool = True  # the column must be present in the table
    nullable: bool = True  # a blank value is allowed in a data row
    checks: tuple[CheckSpec, ...] = ()
    total: str | None = None  # "sum": the table's total row must equal the sum of the column
    blank_header: bool = False  # may be found as an unlabelled text column (the key column, typically)
    decimals: int | None = None  # decimals the figures are reported to (percent: of the percentage)

    @property
    def numeric(self) -> bool:
        return self.type in NUMERIC_TYPES

    @functools.cached_property
    def under_texts(self) -> frozenset[str]:
        """The upper header level's texts, normalised (empty for a one-level column)."""
        return frozenset(split_header(u)[0] for u in self.under or ())

    @functools.cached_property
    def header_targets(self) -> frozenset[str]:
        """Normalised texts that identify this column as a single header cell
        (for a two-level column, upper and lower text run together: 管理账号激活比率)."""
        if self.under:
            return frozenset(u + h for u in self.under_texts for h in self.headers)
        return frozenset(self.headers)


@dataclass(frozen=True)
class StructureSpec:
    """A template's say on its tables' structure (``table:`` in the YAML); markers are
    compared with labels squashed (NFKC, no whitespace)."""

    of_which_markers: tuple[str, ...] = ("其中", "内:", "含:")
    #: the of-which rows of a parent list all of it (they add up to it exactly), else at most
    of_which_complete: bool = False
    subtotal_markers: tuple[str, ...] = ("小计",)
    subtract_markers: tuple[str, ...] = ("减:",)
    #: what makes a row a parent of the rows below it: "auto" (the region registry, where the key
    #: is a region column), "registry", "indent", "code" (with ``code_column``) or "none"
    hierarchy: str = "auto"
    code_column: str | None = None
    #: a regular expression a label (squashed) matches from its start to be an of-which row,
    #: besides the markers (``"[（(][一二三四五六七八九十]+[)）]"`` for （一）…)
    of_which_pattern: str | None = None
    #: a row indented deeper (leading spaces) than the row above it is an of-which row of it
    of_which_indent: bool = False


@dataclass(frozen=True)
class SummarySpec:
    """How a batch of files of this template reconciles with a summary table of another
    template (``batch: summary:`` in the YAML): one summary row per file, matched by the
    name of the summary's key column in the file's title or name; each ``sums`` pair is
    (this template's column, the summary's column); ``count`` is the summary column that
    states how many rows (units) the file should list."""

    template: str
    sums: tuple[tuple[str, str], ...]
    count: str | None = None
    severity: str = "error"
    coverage: str = "warning"  # a summary row without a file, a file without a summary row


@dataclass(frozen=True)
class Template:
    name: str
    title: dict[str, str]
    columns: tuple[ColumnSpec, ...]
    key: str
    total_markers: tuple[str, ...]
    note_markers: tuple[str, ...]
    search_rows: int = 30
    max_header_depth: int = 3
    description: str = ""
    source: str = ""
    path: str | None = None
    rules: tuple[Any, ...] = ()  # Rule objects (xlrecon.templates.rules), the column totals included
    summary: SummarySpec | None = None  # how a batch of such files reconciles with a summary table
    structure: StructureSpec = field(default_factory=StructureSpec)  # of-which, subtotal, parent rows
    extra: dict[str, Any] = field(default_factory=dict)

    @functools.cached_property
    def _by_name(self) -> dict[str, ColumnSpec]:
        return {c.name: c for c in self.columns}

    def column(self, name: str) -> ColumnSpec:
        return self._by_name[name]

    @functools.cached_property
    def derived_columns(self) -> frozenset[str]:
        """The columns a ``ratio`` rule recomputes from others."""
        return frozenset(r.column for r in self.rules if r.kind == "ratio")

    @property
    def key_column(self) -> ColumnSpec:
        return self.column(self.key)

    @property
    def required_columns(self) -> tuple[ColumnSpec, ...]:
        return tuple(c for c in self.columns if c.required)
