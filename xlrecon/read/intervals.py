"""The interval each of a table's figures stands for, and a column's sums with theirs.

A number's precision comes from its cell's number format (``0.00`` -> 2 decimals), else
from the digits stored in the cell, but never coarser than the template's ``decimals``
for the column; text is taken exactly as typed; a count (an integer column) is exact.
The arithmetic of the intervals is :mod:`xlrecon.precision`.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from xlrecon.precision import ZERO, Interval, half_unit, interval_sum
from xlrecon.read.table import DECIMAL_EXACT, Cell, Numbers, Table, scaled_ints


def cell_decimals(table: Table, column: str, cell: Cell) -> int | None:
    """Decimals a numeric cell of ``column`` stands for, in the scale of the cell as written
    (before any unit conversion). None for an exact value (an integer column)."""
    spec = table.template.column(column)
    if spec.type == "integer":
        return None
    v = cell.value
    if v.from_text:
        return v.decimals or 0
    shown = table.formats.decimals(cell.where.row, cell.where.col) if table.formats is not None else None
    if shown is not None:
        return shown
    typed = max(v.decimals or 0, column_precision(table, column) or 0)
    if spec.decimals is not None:
        tmpl = spec.decimals + (2 if spec.type == "percent" else 0)
        return max(typed, tmpl)
    return typed


def column_precision(table: Table, column: str) -> int | None:
    """The decimals a numeric column's figures are shown with, for a cell in the General format
    whose stored number has fewer (Excel keeps a total typed 2.00 as the number 2): the most
    common number of decimals among the column's data cells that show any (a number format's
    decimals, else the digits stored; on a tie, the more). None for an integer column, or a
    column whose cells show no decimals. Worked out once per column."""
    memo = table.memo.setdefault("precision", {})
    if column in memo:
        return memo[column]
    out = None
    if table.template.column(column).type != "integer":
        nums = table.numbers(column)
        blank = nums.blank.tolist()
        rows = table.cell_rows(column)
        shown = _shown_at(table, column, blank, rows)
        counts: Counter[int] = Counter()
        dec = nums.dec
        for k, (b, s) in enumerate(zip(blank, shown)):
            if b:
                continue
            v = nums.odd.get(k)
            if s is not None and (v is None or not v.from_text):
                d = s
            elif v is not None:
                d = v.decimals or 0 if v.kind == "number" else 0
            else:
                d = int(dec[k]) if dec[k] >= 0 else nums.typed_decimals(k)
            if d > 0:
                counts[d] += 1
        if counts:
            out = max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]
    memo[column] = out
    return out


def _shown_at(table: Table, column: str, blank: list[bool], rows: list[int]) -> list[int | None]:
    """The decimals each data row's cell of ``column`` shows by its number format (None for a
    blank, or a cell whose format states none)."""
    if table.formats is None:
        return [None] * len(rows)
    shown = table.formats.column(table.columns[column].col, [r for b, r in zip(blank, rows) if not b])
    if not shown:
        return [None] * len(rows)
    return [None if b else d for b, d in zip(blank, shown.at(rows))]


def column_decimals(table: Table, column: str) -> list[int | None]:
    """:func:`cell_decimals` of every data row's cell of a numeric ``column`` (None where
    the cell holds no number), reading the number formats column by column."""
    spec = table.template.column(column)
    if spec.type == "integer":
        return [None] * table.n
    nums = table.numbers(column)
    tmpl = None if spec.decimals is None else spec.decimals + (2 if spec.type == "percent" else 0)
    blank, odd = nums.blank.tolist(), nums.odd
    rows = table.cell_rows(column)
    # a plain float shows its cell's format's decimals; else the digits stored (at least the template's)
    out: list[int | None] = _shown_at(table, column, blank, rows)
    unformatted = [k for k, d in enumerate(out) if d is None and not blank[k] and k not in odd]
    if unformatted:
        dec = nums.dec
        floor = max(tmpl or 0, column_precision(table, column) or 0)
        for k in unformatted:
            d = int(dec[k]) if dec[k] >= 0 else nums.typed_decimals(k)
            out[k] = max(d, floor)
    for k, v in odd.items():
        if v.kind == "number":
            out[k] = cell_decimals(table, column, Cell(table.cell_ref(column, k), v))
        else:
            out[k] = None
    return out


def column_sum(table: Table, column: str) -> tuple[Decimal, Interval, int]:
    """The numbers of a numeric ``column``'s parts added up, in row order: their exact sum,
    the :func:`interval_sum` of their :func:`cell_interval`, and how many there are. The parts
    are the data rows; of a table that is not flat (:mod:`xlrecon.read.structure`), its top-level
    rows with their signs (no of-which row, no row under a subtotal)."""
    parts = top_level(table)
    if parts is not None:
        assert table.structure is not None
        total, interval, _ = signed_sum(table, column, parts, table.structure.signs)
        return total, interval, sum(1 for k in parts if table.numbers(column).exacts[k] is not None)
    nums = table.numbers(column)
    decimals = column_decimals(table, column)
    fast = _scaled_column_sum(nums, decimals)
    if fast is not None:
        return fast
    return _cells_sum(table, column, [k for k, x in enumerate(nums.exacts) if x is not None])


def top_level(table: Table) -> list[int] | None:
    """The data rows that make up a column's sum, of a table that is not a flat list (the rows
    under no subtotal or parent, and no of-which row); None for a flat table (every row)."""
    st = table.structure
    return None if st is None or st.flat else st.top_level()


def _cells_sum(table: Table, column: str, ks: list[int]) -> tuple[Decimal, Interval, int]:
    """Data rows ``ks``' numbers of ``column`` added up, cell by cell: exact sum, interval, count."""
    cells = [Cell(table.cell_ref(column, k), table.value(column, k)) for k in ks]
    return (sum((c.value.value for c in cells), ZERO), interval_sum(cell_interval(table, column, c) for c in cells),
            len(cells))


def visible_sum(table: Table, column: str, hidden: frozenset[int]) -> tuple[Decimal, Interval, list[int]]:
    """:func:`column_sum` of the data rows whose sheet row is not in ``hidden`` (a SUBTOTAL's
    parts), and the data rows of those that are not numbers."""
    nums = table.numbers(column)
    keep = [k for k, r in enumerate(table.cell_rows(column)) if r not in hidden]
    total, interval, _ = _cells_sum(table, column, [k for k in keep if nums.exacts[k] is not None])
    return total, interval, [k for k in keep if k in nums.odd and nums.odd[k].kind != "number"]


def signed_sum(table: Table, column: str, ks: list[int], signs: tuple[int, ...] | list[int]
               ) -> tuple[Decimal, Interval, list[int]]:
    """Data rows ``ks``' numbers of ``column`` added up with their signs (a 减： row counts
    negatively): the exact sum and its interval, and the rows of ``ks`` that are not numbers
    (blank rows are no part)."""
    nums = table.numbers(column)
    total, interval = ZERO, Interval.exact(ZERO)
    for k in ks:
        x = nums.exacts[k]
        if x is None:
            continue
        iv = cell_interval(table, column, Cell(table.cell_ref(column, k), table.value(column, k)))
        if signs[k] < 0:
            total, interval = total - x, interval - iv
        else:
            total, interval = total + x, interval + iv
    return total, interval, [k for k in ks if k in nums.odd and nums.odd[k].kind != "number"]


def column_total(table: Table, column: str) -> tuple[Decimal, int]:
    """The exact sum of a numeric ``column``'s parts (as :func:`column_sum` takes them) and how
    many there are, without the displayed decimals its interval needs."""
    parts = top_level(table)
    if parts is None:
        return table.numbers(column).numbers_sum()
    assert table.structure is not None
    signs, exacts = table.structure.signs, table.numbers(column).exacts
    xs = [(exacts[k], signs[k]) for k in parts if exacts[k] is not None]
    return sum((x if sign > 0 else -x for x, sign in xs), ZERO), len(xs)


def _scaled_column_sum(nums: Numbers, decimals: list[int | None]) -> tuple[Decimal, Interval, int] | None:
    """:func:`column_sum` in integers, for a column of short plain floats that all have decimals:
    the same Decimals (digits and exponents), since no step of the Decimal sums rounds. None
    for any other column."""
    if nums.odd:
        return None
    plain = ~nums.blank
    coef, dec = nums.coef[plain], nums.dec[plain]
    shown = [d for d, p in zip(decimals, plain.tolist()) if p]
    if (dec < 0).any():
        return None
    if not shown:
        return ZERO, Interval(ZERO, ZERO, ZERO), 0
    if all(d is None for d in shown):  # an integer column: every figure exact (cell_interval's None)
        finest = int(dec.max())
        x_sum, x_abs = scaled_ints(coef, dec, finest)
        if x_abs >= DECIMAL_EXACT:
            return None
        total = Decimal(x_sum).scaleb(-finest)
        return total, Interval.exact(total), len(coef)
    if None in shown:
        return None
    # each number x - h and x + h, h = 5 * 10**-(d + 1), at the finest scale of all of them
    finest = int(dec.max())
    top = max(finest, max(shown) + 1)
    x_sum, x_abs = scaled_ints(coef, dec, top)
    h_sum = sum(k * 5 * 10 ** (top - d - 1) for d, k in Counter(shown).items())
    if x_abs + h_sum >= DECIMAL_EXACT:
        return None
    # the sum itself has the exponent of its finest number, as the Decimal sum would
    total = Decimal(x_sum // 10 ** (top - finest)).scaleb(-finest)
    return total, Interval(Decimal(x_sum - h_sum).scaleb(-top), total, Decimal(x_sum + h_sum).scaleb(-top)), len(coef)


def cell_interval(table: Table, column: str, cell: Cell) -> Interval:
    """The interval a numeric cell's value stands for, in the column's unit."""
    v = cell.value
    d = cell_decimals(table, column, cell)
    if d is None:
        return Interval.exact(v.value)
    return Interval.around(v.value, half_unit(d) * abs(v.factor))
