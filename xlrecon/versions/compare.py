"""Two tables of the same things from two sources, matched line by line (``xlrecon compare``, 两表核对).

Each table's rows are taken by their key (one column or several, compared as :mod:`keys`
compares them: 株洲县 meets 渌口区, 中原 meets 中原区) and each pair's amounts compared in one
unit (a 万元 column against a 元 column is converted exactly). A pair is ``match`` (一致),
``differs`` (金额不等: beyond the rounding of the figures shown, the same interval comparison as
a 合计's, or beyond ``--tolerance``), ``unreadable`` (an amount is no number: listed, never taken
as 0); a row whose key only one table has is ``only_a`` / ``only_b``. A key twice on one side is a
finding that lists its rows, which are not paired (unless ``pair_duplicates``: then in order).

Every value keeps the cell it was read from (never worked out again from a row's index). The
self-check is exact Decimal arithmetic, per column: Σ A − Σ B = Σ differences of the pairs that
differ + Σ 仅A有 − Σ 仅B有 + the residue inside the tolerance (+ the rows left unpaired: duplicate or
blank keys, and amounts against an unreadable one); a failure of it is a bug in this module.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from xlrecon import units
from xlrecon.errors import XlreconError
from xlrecon.findings import CellRef, json_number
from xlrecon.messages import compare_text
from xlrecon.precision import ZERO, Interval, compare
from xlrecon.textnorm import squash
from xlrecon.versions.keys import Keys, key_text, template_column

if TYPE_CHECKING:
    from xlrecon.read.table import Table
    from xlrecon.read.workbook import Grid

STATUSES = ("match", "differs", "unreadable", "only_a", "only_b")
#: share of a key column's texts the registry must know for them to be compared as region names
REGION_SHARE = 0.5


# --- the result, as data -------------------------------------------------------------------------


@dataclass(frozen=True)
class Amount:
    """One amount of one row: its cell, its value in the comparison unit (None: not a number),
    the interval it stands for (in that unit), what the cell holds when it is not a number."""

    cell: CellRef
    value: Decimal | None
    interval: Interval | None
    shown: Decimal | None = None  # the value as the cell states it, in its column's unit
    text: str | None = None
    blank: bool = False  # an empty cell: no amount, counted as 0 (never an unreadable one)

    def to_dict(self) -> dict[str, Any]:
        return {"sheet": self.cell.sheet, "cell": self.cell.a1, "value": json_number(self.value),
                "shown": json_number(self.shown), "text": self.text, "blank": self.blank}


@dataclass(frozen=True)
class Entry:
    """One data row of one table: its key (None when blank), the key cells' texts and cells."""

    side: str  # "a" or "b"
    row: int  # 0-based sheet row
    key: tuple[str, ...] | None
    labels: tuple[str, ...]
    key_cells: tuple[CellRef, ...]
    amounts: tuple[Amount, ...]

    @property
    def label(self) -> str:
        return " / ".join(t for t in self.labels if t)

    def to_dict(self) -> dict[str, Any]:
        return {"row": self.row + 1, "key": self.label, "key_cells": [c.a1 for c in self.key_cells],
                "sheet": self.key_cells[0].sheet if self.key_cells else None}


@dataclass(frozen=True)
class Gap:
    """One column of a pair: A − B in the comparison unit, how far rounding (or ``--tolerance``)
    lets it be, and whether it is inside that."""

    status: str  # "match", "differs" or "unreadable"
    difference: Decimal | None
    tolerance: Decimal | None
    within: bool


@dataclass
class Pair:
    status: str  # one of STATUSES
    a: Entry | None
    b: Entry | None
    gaps: tuple[Gap, ...] = ()
    by_order: bool = False  # rows of a repeated key, paired in their order (``pair_duplicates``)

    @property
    def label(self) -> str:
        return (self.a or self.b).label  # type: ignore[union-attr]


@dataclass(frozen=True)
class Column:
    """A compared column: its name in each table, its label, its unit there, the unit compared in."""

    name_a: str
    name_b: str
    label_a: str
    label_b: str
    unit_a: str | None
    unit_b: str | None
    unit: str | None

    @property
    def label(self) -> str:
        return self.label_a if squash(self.label_a) == squash(self.label_b) else f"{self.label_a} / {self.label_b}"


@dataclass(frozen=True)
class Duplicate:
    """A key held by more than one row of a table: every row of it on both sides."""

    label: str
    a: tuple[Entry, ...]
    b: tuple[Entry, ...]
    paired: bool  # paired in order (``pair_duplicates``), else left unpaired


@dataclass(frozen=True)
class Unreadable:
    """An amount that is no number, and the row it stands in."""

    entry: Entry
    column: int
    amount: Amount


@dataclass(frozen=True)
class SelfCheck:
    """The identity of one column, in exact Decimals: ``sum_a - sum_b == right``."""

    column: str
    unit: str | None
    sum_a: Decimal
    sum_b: Decimal
    differs: Decimal  # Σ (A − B) of the pairs that differ
    residue: Decimal  # Σ (A − B) of the pairs inside the tolerance
    only_a: Decimal
    only_b: Decimal
    unpaired: Decimal  # Σ A − Σ B of rows left unpaired (a repeated or blank key)
    unreadable: Decimal  # Σ A − Σ B of amounts whose counterpart cannot be read

    @property
    def left(self) -> Decimal:
        return self.sum_a - self.sum_b

    @property
    def right(self) -> Decimal:
        return self.differs + self.residue + self.only_a - self.only_b + self.unpaired + self.unreadable

    @property
    def holds(self) -> bool:
        return self.left == self.right


@dataclass(frozen=True)
class Side:
    """Which table of which file was compared, and how it was read."""

    path: str
    sheet: str
    template: str | None  # the template's name; None: read by its header texts
    header_rows: tuple[int, int]  # 1-based sheet rows
    rows: int


@dataclass
class Comparison:
    a: Side
    b: Side
    key: list[tuple[str, str]]  # each key column's label in A and in B
    columns: list[Column]
    tolerance: Decimal | None  # --tolerance (in ``tolerance_unit``, else each column's unit); None: from rounding
    tolerance_unit: str | None = None
    pairs: list[Pair] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    no_key: list[Entry] = field(default_factory=list)
    unreadable: list[Unreadable] = field(default_factory=list)
    checks: list[SelfCheck] = field(default_factory=list)
    notes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        out = {s: 0 for s in STATUSES}
        for p in self.pairs:
            out[p.status] += 1
        out["duplicates"] = len(self.duplicates)
        out["no_key"] = len(self.no_key)
        return out

    @property
    def self_check_holds(self) -> bool:
        return all(c.holds for c in self.checks)

    @property
    def clean(self) -> bool:
        """Every row paired and every pair a match."""
        c = self.counts()
        return not (c["differs"] or c["unreadable"] or c["only_a"] or c["only_b"] or c["duplicates"] or c["no_key"])

    def to_dict(self, lang: str = "zh") -> dict[str, Any]:
        def side(s: Side) -> dict[str, Any]:
            return {"path": s.path, "sheet": s.sheet, "template": s.template, "header_rows": list(s.header_rows),
                    "rows": s.rows}

        def pair(p: Pair) -> dict[str, Any]:
            cols = []
            for j, c in enumerate(self.columns):
                g = p.gaps[j] if p.gaps else None
                cols.append({
                    "column": c.label, "unit": c.unit,
                    "a": p.a.amounts[j].to_dict() if p.a else None, "b": p.b.amounts[j].to_dict() if p.b else None,
                    "status": g.status if g else None, "difference": json_number(g.difference) if g else None,
                    "tolerance": json_number(g.tolerance) if g else None, "within": g.within if g else None})
            return {"status": p.status, "status_text": compare_text("status." + p.status, lang), "key": p.label,
                    "a": p.a.to_dict() if p.a else None, "b": p.b.to_dict() if p.b else None,
                    "by_order": p.by_order, "columns": cols}

        return {
            "a": side(self.a), "b": side(self.b),
            "key": [{"a": x, "b": y} for x, y in self.key],
            "columns": [{"a": c.name_a, "b": c.name_b, "label": c.label, "unit_a": c.unit_a, "unit_b": c.unit_b,
                         "unit": c.unit} for c in self.columns],
            "tolerance": json_number(self.tolerance), "tolerance_unit": self.tolerance_unit, "counts": self.counts(),
            "pairs": [pair(p) for p in self.pairs],
            "duplicates": [{"key": d.label, "paired": d.paired, "a": [e.to_dict() for e in d.a],
                            "b": [e.to_dict() for e in d.b]} for d in self.duplicates],
            "no_key": [{"side": e.side, **e.to_dict()} for e in self.no_key],
            "unreadable": [{"side": u.entry.side, "key": u.entry.label, "column": self.columns[u.column].label,
                            **u.amount.to_dict()} for u in self.unreadable],
            "self_check": {"holds": self.self_check_holds, "columns": [{
                "column": c.column, "unit": c.unit, "holds": c.holds, "sum_a": str(c.sum_a), "sum_b": str(c.sum_b),
                "differs": str(c.differs), "residue": str(c.residue), "only_a": str(c.only_a),
                "only_b": str(c.only_b), "unpaired": str(c.unpaired), "unreadable": str(c.unreadable),
                "left": str(c.left), "right": str(c.right)} for c in self.checks]},
            "notes": [{"key": k, "params": p, "message": compare_text(k, lang, **p)} for k, p in self.notes],
        }


# --- the request: which columns, by name or header text -------------------------------------------


@dataclass(frozen=True)
class Wanted:
    """A column asked for: its name (template name or header text) in A and in B (``X=Y`` names
    them apart)."""

    a: str
    b: str

    @classmethod
    def parse(cls, text: str) -> Wanted:
        a, sep, b = text.partition("=")
        return cls(a.strip(), b.strip() if sep else a.strip())


def header_texts(name: str, tables: Sequence[Table | None]) -> list[str]:
    """The header texts that may stand for ``name`` in a table read without a template: the name
    itself, and where a template's table names the column, that column's label and header texts."""
    out = [name]
    for t in tables:
        if t is None:
            continue
        c = template_column(t, name)
        if c is not None:
            spec = t.template.column(c)
            out += [spec.label, *spec.headers, *t.columns[c].header[-1:]]
    return list(dict.fromkeys(squash(x) for x in out if x))


def table_by_headers(grids: Sequence[Grid], path: str, sheet: str | None, wanted: list[list[str]], n_keys: int,
                     registry: Any) -> tuple[Table, list[str]]:
    """A table found by its header texts, without a template: the first sheet (or ``sheet``) whose
    header (one or two levels, found as ``template init`` finds it) has a column for each list of
    ``wanted`` texts; read through a provisional template as ``template init`` reads an example,
    the first ``n_keys`` columns as text. Returns it and the names of the columns, in order."""
    from xlrecon.drafts.infer import draft_sheet
    from xlrecon.read.layout import build_table, locate

    found: list[str] = []
    absent: list[str] = [w[0] for w in wanted]  # the texts no column of the last sheet tried answers
    for g in grids:
        if sheet is not None and g.sheet != sheet or not g.rows:
            continue
        d = draft_sheet(g, path, registry)
        if d is None:
            continue
        found = [c.label for c in d.columns if c.label]

        def hit_of(texts: list[str]) -> Any:
            return next((c for c in d.columns if {squash(c.label), squash("".join(c.path)),
                                                  squash(c.path[-1] if c.path else "")} & set(texts)), None)

        absent = [texts[0] for texts in wanted if hit_of(texts) is None] or absent
        names: list[str] = []
        for texts in wanted:
            hit = next((c for c in d.columns if {squash(c.label), squash("".join(c.path)),
                                                 squash(c.path[-1] if c.path else "")} & set(texts)), None)
            if hit is None or hit.name in names:
                break
            names.append(hit.name)
        if len(names) < len(wanted):
            continue
        for j, n in enumerate(names):
            c = d.column(n)
            if j < n_keys:
                c.type, c.unit, c.unit_from, c.decimals = "text", None, None, None
            elif not c.numeric:
                c.type = "number"
        d.key = names[0]
        template = d.template(with_rules=False)
        m = locate(g, template)
        if m is None or not m.complete:
            continue
        return build_table(g, template, m), names
    missing = "、".join(absent)
    raise XlreconError("compare-column", file=path, sheet=sheet or "、".join(g.sheet for g in grids), names=missing,
                       found="、".join(found) or "—")


# --- reading rows ----------------------------------------------------------------------------------


def factor(unit: str | None, to: str | None) -> Decimal:
    """What a value in ``unit`` is multiplied by to be in ``to`` (1 when either is unknown)."""
    f, t = units.canonical(unit), units.canonical(to)
    if f is None or t is None or f == t or units.UNITS[f][0] != units.UNITS[t][0]:
        return Decimal(1)
    return units.UNITS[f][1] / units.UNITS[t][1]


def entries(table: Table, side: str, keys: list[str], amounts: list[str], factors: list[Decimal],
            key_norm: list[Keys]) -> list[Entry]:
    """The data rows of ``table``: their keys and amounts (converted by ``factors``), each with its cell."""
    from xlrecon.read.intervals import cell_interval
    from xlrecon.read.table import Cell

    out: list[Entry] = []
    for k in range(table.n):
        texts = [key_text(table.value(n, k)) for n in keys]
        key = tuple(kn.one(t) or "" for kn, t in zip(key_norm, texts))
        vals: list[Amount] = []
        for name, f in zip(amounts, factors):
            v = table.value(name, k)
            ref = table.cell_ref(name, k)
            if v.kind == "number":
                iv = cell_interval(table, name, Cell(ref, v))
                vals.append(Amount(ref, v.value * f, iv.scale(f), shown=v.value))
            elif v.kind == "blank":
                vals.append(Amount(ref, ZERO, Interval.exact(ZERO), shown=None, blank=True))
            else:
                raw = v.raw
                vals.append(Amount(ref, None, None, text=str(raw if raw is not None else v.value)))
        out.append(Entry(side, table.cell_ref(keys[0], k).row, None if all(not x for x in key) else key,
                         tuple(t or "" for t in texts), tuple(table.cell_ref(n, k) for n in keys), tuple(vals)))
    return out


def region_keys(texts: list[list[str | None]], registry: Any) -> list[Keys]:
    """One :class:`Keys` per key column: compared as region names where the registry knows most
    of its texts (on both sides together)."""
    out = []
    for col in texts:
        names = [t for t in col if t]
        known = sum(1 for t in names if registry is not None and registry.resolve(t).status in ("known", "former"))
        out.append(Keys(registry, regions=bool(names) and known >= REGION_SHARE * len(names)))
    return out


# --- pairing and the self-check ---------------------------------------------------------------------


def _gap(a: Amount, b: Amount, tolerance: Decimal | None) -> Gap:
    if a.value is None or b.value is None:
        return Gap("unreadable", None, None, False)
    d = a.value - b.value
    if tolerance is not None:
        within = abs(d) <= tolerance
        return Gap("match" if within else "differs", d, tolerance, within)
    assert a.interval is not None and b.interval is not None
    o = compare(a.interval, "==", b.interval)
    within = d == 0 or o.consistent
    return Gap("match" if within else "differs", d, o.tolerance, within)


def pair_rows(rows_a: list[Entry], rows_b: list[Entry], n_columns: int, tolerance: list[Decimal | None],
              pair_duplicates: bool) -> tuple[list[Pair], list[Duplicate], list[Entry]]:
    """Rows matched by key: the pairs (and rows of one side only), the repeated keys, the rows
    without a key. A key repeated on a side is paired only with ``pair_duplicates``."""
    by_a: dict[tuple[str, ...], list[Entry]] = {}
    by_b: dict[tuple[str, ...], list[Entry]] = {}
    no_key = [e for e in rows_a + rows_b if e.key is None]
    for e in rows_a:
        if e.key is not None:
            by_a.setdefault(e.key, []).append(e)
    for e in rows_b:
        if e.key is not None:
            by_b.setdefault(e.key, []).append(e)
    pairs: list[Pair] = []
    dups: list[Duplicate] = []

    def matched(a: Entry, b: Entry, by_order: bool = False) -> Pair:
        gaps = tuple(_gap(a.amounts[j], b.amounts[j], tolerance[j]) for j in range(n_columns))
        status = ("differs" if any(g.status == "differs" for g in gaps)
                  else "unreadable" if any(g.status == "unreadable" for g in gaps) else "match")
        return Pair(status, a, b, gaps, by_order)

    for key in list(by_a) + [k for k in by_b if k not in by_a]:
        xs, ys = by_a.get(key, []), by_b.get(key, [])
        repeated = len(xs) > 1 or len(ys) > 1
        if repeated:
            dups.append(Duplicate((xs or ys)[0].label, tuple(xs), tuple(ys), pair_duplicates or not (xs and ys)))
            if xs and ys and not pair_duplicates:
                continue  # left unpaired: listed as a duplicate
        for i in range(max(len(xs), len(ys))):
            if i < len(xs) and i < len(ys):
                pairs.append(matched(xs[i], ys[i], repeated))
            elif i < len(xs):
                pairs.append(Pair("only_a", xs[i], None))
            else:
                pairs.append(Pair("only_b", None, ys[i]))
    return pairs, dups, no_key


def self_checks(columns: list[Column], rows_a: list[Entry], rows_b: list[Entry], pairs: list[Pair]
                ) -> list[SelfCheck]:
    """Each column's identity: the sums over every row of each table against the sum of what the
    pairing made of them (rows not in any pair are the ``unpaired`` term)."""
    out = []
    for j, c in enumerate(columns):
        def total(rows: list[Entry]) -> Decimal:
            return sum((e.amounts[j].value for e in rows if e.amounts[j].value is not None), ZERO)

        differs = residue = only_a = only_b = unread = ZERO
        in_pairs: set[int] = set()
        for p in pairs:
            in_pairs.update(id(e) for e in (p.a, p.b) if e is not None)
            a = p.a.amounts[j].value if p.a is not None else None
            b = p.b.amounts[j].value if p.b is not None else None
            if p.status == "only_a":
                only_a += a if a is not None else ZERO
            elif p.status == "only_b":
                only_b += b if b is not None else ZERO
            elif a is not None and b is not None:
                if p.gaps[j].within:
                    residue += a - b
                else:
                    differs += a - b
            else:
                unread += (a or ZERO) - (b or ZERO)
        unpaired = total([e for e in rows_a if id(e) not in in_pairs]) - total(
            [e for e in rows_b if id(e) not in in_pairs])
        out.append(SelfCheck(c.label, c.unit, total(rows_a), total(rows_b), differs, residue, only_a, only_b,
                             unpaired, unread))
    return out


def compare_tables(ta: Table, tb: Table, path_a: str, path_b: str, keys: list[tuple[str, str]],
                   columns: list[tuple[str, str]], *, tolerance: Decimal | None = None,
                   tolerance_unit: str | None = None, pair_duplicates: bool = False, registry: Any = None,
                   templated: tuple[bool, bool] = (True, True)) -> Comparison:
    """Compare two tables already read, their key and amount columns named by their names in each."""
    cols: list[Column] = []
    notes: list[tuple[str, dict[str, Any]]] = []
    for na, nb in columns:
        ua, ub = ta.unit_of(na), tb.unit_of(nb)
        la, lb = ta.template.column(na).label, tb.template.column(nb).label
        if ua and ub and units.dimension(ua) != units.dimension(ub):
            raise XlreconError("compare-units", file=path_b, column=lb, unit=ub, other_column=la, other_unit=ua)
        unit = ua or ub
        cols.append(Column(na, nb, la, lb, ua, ub, unit))
        if ua and ub and units.canonical(ua) != units.canonical(ub):
            notes.append(("note.converted", {"column": lb, "unit": ub, "to": unit}))
        elif bool(ua) != bool(ub):
            notes.append(("note.unit_unknown", {"column": la if not ua else lb, "unit": unit}))
    texts = [[key_text(t.value(n, k)) for t, n in ((ta, ka), (tb, kb)) for k in range(t.n)] for ka, kb in keys]
    key_norm = region_keys(texts, registry)
    rows_a = entries(ta, "a", [k for k, _ in keys], [c.name_a for c in cols],
                     [factor(c.unit_a, c.unit) for c in cols], key_norm)
    rows_b = entries(tb, "b", [k for _, k in keys], [c.name_b for c in cols],
                     [factor(c.unit_b, c.unit) for c in cols], key_norm)
    tols = [None if tolerance is None else tolerance * factor(tolerance_unit, c.unit) if tolerance_unit else tolerance
            for c in cols]
    pairs, dups, no_key = pair_rows(rows_a, rows_b, len(cols), tols, pair_duplicates)
    unreadable = [Unreadable(e, j, x) for e in rows_a + rows_b for j, x in enumerate(e.amounts) if x.value is None]
    result = Comparison(
        a=_side(ta, path_a, templated[0]), b=_side(tb, path_b, templated[1]),
        key=[(ta.template.column(ka).label, tb.template.column(kb).label) for ka, kb in keys], columns=cols,
        tolerance=tolerance, tolerance_unit=tolerance_unit, pairs=pairs, duplicates=dups, no_key=no_key,
        unreadable=unreadable, notes=notes)
    result.checks = self_checks(cols, rows_a, rows_b, pairs)
    return result


def _side(t: Table, path: str, templated: bool) -> Side:
    return Side(path, t.sheet, t.template.name if templated else None, (t.header_rows[0] + 1, t.header_rows[1] + 1),
                t.n)


# --- two files --------------------------------------------------------------------------------------


@dataclass
class Source:
    """One file to compare: its path, the sheet asked for, its tables as its template reads them
    (empty when none matches), and how to read its sheets for a table found by header texts."""

    path: str
    sheet: str | None
    tables: list[Table]
    grids: Callable[[], list[Grid]]


def _pick(src: Source) -> Table | None:
    tables = [t for t in src.tables if src.sheet is None or t.sheet == src.sheet]
    return tables[0] if tables else None


def compare_files(a: Source, b: Source, *, key: Sequence[str] | None = None, columns: Sequence[str] | None = None,
                  tolerance: Decimal | None = None, tolerance_unit: str | None = None, pair_duplicates: bool = False,
                  registry: Any = None) -> Comparison:
    """Compare the tables of two files: each read with its template where one matches and holds
    the columns named, else found by the header texts named (or a template's texts for them)."""
    ta, tb = _pick(a), _pick(b)
    for src in (a, b):
        if src.sheet is not None:
            names = [g.sheet for g in src.grids()]
            if src.sheet not in names:
                raise XlreconError("no-such-sheet", file=src.path, sheet=src.sheet, sheets="、".join(names))
    key_w = [Wanted.parse(k) for k in key] if key else None
    col_w = [Wanted.parse(c) for c in columns] if columns else None
    if key_w is None:
        base = ta or tb
        if base is None:
            raise XlreconError("compare-column", file=a.path, sheet=a.sheet or "", names="--key", found="—")
        k = base.template.key
        key_w = [Wanted(k, k)]
    if col_w is None:
        if ta is None or tb is None:
            raise XlreconError("compare-column", file=(a if ta is None else b).path, sheet="", names="--columns",
                               found="—")
        common = [c.name for c in ta.template.columns if c.name in ta.columns and c.type == "number"
                  and c.name in tb.columns and tb.template.column(c.name).type == "number"]
        col_w = [Wanted(n, n) for n in common]
        if not col_w:
            raise XlreconError("compare-column", file=b.path, sheet=tb.sheet, names="--columns", found="—")
    wanted = key_w + col_w
    picked: list[tuple[Table, list[str], bool]] = []
    for side, src, table in (("a", a, ta), ("b", b, tb)):
        asked = [getattr(w, side) for w in wanted]
        names = [template_column(table, n) for n in asked] if table is not None else [None]
        if table is not None and all(n is not None for n in names):
            picked.append((table, [n for n in names if n is not None], True))
            continue
        texts = [header_texts(n, [ta, tb]) for n in asked]
        found, found_names = table_by_headers(src.grids(), src.path, src.sheet, texts, len(key_w), registry)
        picked.append((found, found_names, False))
    (t1, n1, m1), (t2, n2, m2) = picked
    nk = len(key_w)
    return compare_tables(t1, t2, a.path, b.path, list(zip(n1[:nk], n2[:nk])), list(zip(n1[nk:], n2[nk:])),
                          tolerance=tolerance, tolerance_unit=tolerance_unit, pair_duplicates=pair_duplicates,
                          registry=registry, templated=(m1, m2))


def parse_tolerance(text: str | None) -> tuple[Decimal | None, str | None]:
    """``--tolerance`` as a number and the unit written after it (``500元``), None for none."""
    if text is None:
        return None, None
    s = squash(text)
    unit = next((u for u in units.CELL_SUFFIXES if s.endswith(u)), None)
    number = s[: -len(unit)] if unit else s
    try:
        x = Decimal(number.replace(",", ""))
    except ArithmeticError:
        raise XlreconError("compare-tolerance", text=text) from None
    if not x.is_finite() or x < 0:
        raise XlreconError("compare-tolerance", text=text)
    return x, units.canonical(unit) if unit else None
