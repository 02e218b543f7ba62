"""Reconciliation rules, as written in a template's ``rules:`` list.

Each rule has an ``id``, a ``kind``, a ``label`` (Chinese, optionally English), a
``severity`` and the parameters of its kind:

``total``
    a column's parts against a whole: the table's 合计 row (``total_row``), a labelled
    cell on another sheet (``{sheet: 概况, label: 交易金额}``) or a published constant
    with its unit (``{value: 12790.7, unit: 万元}``). ``whole`` may list several, tried in
    order (the first one the workbook has is used). ``relation``: ``eq`` (default), ``le``
    (the parts may not exceed the whole) or ``ge``; ``remainder`` gives the severity
    of reporting what the parts leave unexplained under ``le``.
``ratio``
    a derived column recomputed from its parts: ``formula: mgmt_active / mgmt_units``.
``threshold``
    a policy bound: ``check: reserve >= 10% * annual_purchase``, optionally only
    ``when: canteen != '无食堂'``; the shortfall is reported in ``column``'s unit.
``rollup``
    child rows grouped by ``parent_column`` (所属市州) summed against the parent's row in
    another table of the same template (the city sheet).
``deadline``
    a date column (填报日期) not later than ``by`` (``03-20``: 20 March) of the year the
    filing is for: the year in the table's title (2023年度…), else the date's own year.
``unknown-region``
    ``column``'s names must be in the region registry (optionally in ``province`` /
    ``city``); with ``parent_column``, each region must belong to the city named there.

Every comparison is rounding-aware (:mod:`xlrecon.precision`) unless ``tolerance``
sets an absolute (``{abs: 0.01}``, in the column's unit) or relative (``{rel: 0.001}``) one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from xlrecon import units
from xlrecon.templates.expr import Expr, ExprError, parse, static_kind

RULE_KINDS: dict[str, str] = {
    "total": "parts of a column against a whole (合计 row, a labelled cell, a published figure)",
    "ratio": "a derived column recomputed from its parts",
    "threshold": "a policy bound on an expression of columns",
    "rollup": "child rows grouped by their parent against the parent's row",
    "unknown-region": "region names against the region registry",
    "deadline": "a date column not later than a day of the year (a filing deadline)",
}
_COMMON = {"id", "kind", "label", "severity", "column", "tolerance"}
_KEYS: dict[str, set[str]] = {
    "total": _COMMON | {"whole", "relation", "remainder"},
    "ratio": _COMMON | {"formula", "rows"},
    "threshold": _COMMON | {"check", "when", "rows"},
    "rollup": _COMMON | {"parent_column"},
    "unknown-region": _COMMON | {"parent_column", "province", "city"},
    "deadline": _COMMON | {"by"},
}
_WHOLE_KEYS = {"sheet", "label", "unit", "value", "decimals", "source", "scope"}
#: where and when a published figure holds: ``scope: {province: 湖南省, year: 2021}``
_SCOPE_KEYS = {"province", "year"}
SEVERITIES = ("error", "warning", "info")


class RuleError(Exception):
    """What is wrong at one place of a rule (``rules[2].check``): ``what`` is a key of
    :data:`xlrecon.messages.TEMPLATE_FILE`, ``params`` its parameters."""

    def __init__(self, where: str, what: str, **params: Any) -> None:
        from xlrecon.messages import template_file_text

        super().__init__(f"{where}: {template_file_text(what, params, 'en')}")
        self.where, self.what, self.params = where, what, params


@dataclass(frozen=True)
class Whole:
    """What a total rule's parts are compared with."""

    kind: str  # "total_row" | "cell" | "constant"
    sheet: str | None = None
    label: str | None = None
    value: Decimal | None = None
    unit: str | None = None
    decimals: int | None = None  # None for a constant: exact
    source: str | None = None
    #: a published figure's province and year (either may be None): it applies only to a table
    #: whose regions lie in that province and whose title, if it states a year, states that one
    province: str | None = None
    year: int | None = None


@dataclass(frozen=True)
class Tolerance:
    kind: str  # "absolute" | "relative"
    value: Decimal


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    label: dict[str, str]
    severity: str = "error"
    column: str | None = None
    wholes: tuple[Whole, ...] = ()
    relation: str = "eq"
    remainder: str | None = None
    formula: Expr | None = None
    check: Expr | None = None
    when: Expr | None = None
    rows: str = "data"
    parent_column: str | None = None
    province: str | None = None
    city: str | None = None
    tolerance: Tolerance | None = None
    by: tuple[int, int] | None = None  # deadline: (month, day)
    extra: dict[str, Any] = field(default_factory=dict)

    def title(self, lang: str) -> str:
        return self.label.get(lang) or self.label["zh"]


def column_kinds(columns: Any) -> dict[str, str]:
    """money / number / text for each column, as rule expressions see them."""
    out: dict[str, str] = {}
    for c in columns:
        if not c.numeric:
            out[c.name] = "text"
        elif c.unit and units.dimension(c.unit) == "money":
            out[c.name] = "money"
        else:
            out[c.name] = "number"
    return out


def _expect(cond: bool, where: str, what: str, **params: Any) -> None:
    if not cond:
        raise RuleError(where, what, **params)


def _decimal(v: Any, where: str) -> Decimal:
    _expect(isinstance(v, (int, float, str)) and not isinstance(v, bool), where, "number")
    try:
        return Decimal(str(v).strip())
    except InvalidOperation:
        raise RuleError(where, "not_number", value=str(v)) from None


def _digits(v: Any) -> int:
    exp = Decimal(str(v).strip()).as_tuple().exponent
    return max(0, -exp) if isinstance(exp, int) else 0


def parse_rule(d: Any, where: str, columns: Any) -> Rule:
    _expect(isinstance(d, dict), where, "rule")
    kind = d.get("kind")
    _expect(kind in RULE_KINDS, f"{where}.kind", "choice" if kind is None else "one_of", value=str(kind),
            allowed=list(RULE_KINDS))
    extra = sorted(map(str, set(d) - _KEYS[kind]))
    _expect(not extra, where, "rule_keys", keys=extra, kind=kind, allowed=sorted(_KEYS[kind]))
    rid = d.get("id")
    _expect(isinstance(rid, str) and rid.strip() != "", f"{where}.id", "rule_id")
    label = d.get("label")
    if isinstance(label, str):
        label = {"zh": label}
    _expect(isinstance(label, dict) and isinstance(label.get("zh"), str), f"{where}.label", "rule_label")
    severity = d.get("severity", "error")
    _expect(severity in SEVERITIES, f"{where}.severity", "severity")
    names = {c.name: c for c in columns}
    column = d.get("column")
    if column is not None:
        _expect(column in names, f"{where}.column", "unknown_column", name=str(column), names=list(names))
    kinds = column_kinds(columns)
    r: dict[str, Any] = dict(id=rid, kind=kind, label={k: str(v) for k, v in label.items()}, severity=severity,
                             column=column, tolerance=_tolerance(d.get("tolerance"), f"{where}.tolerance"))

    def expr(key: str, boolean: bool) -> Expr:
        try:
            return parse(d.get(key), kinds, boolean=boolean)
        except ExprError as exc:
            raise RuleError(f"{where}.{key}", exc.what, **exc.params) from None

    def rows() -> str:
        v = d.get("rows", "data")
        _expect(v in ("data", "all"), f"{where}.rows", "rows")
        return v

    if kind == "total":
        _expect(column is not None and names[column].numeric, f"{where}.column", "total_column")
        wholes = d.get("whole", "total_row")
        if not isinstance(wholes, list):
            wholes = [wholes]
        _expect(len(wholes) > 0, f"{where}.whole", "wholes")
        r["wholes"] = tuple(_whole(w, f"{where}.whole[{i}]", names[column]) for i, w in enumerate(wholes))
        relation = d.get("relation", "eq")
        _expect(relation in ("eq", "le", "ge"), f"{where}.relation", "relation")
        r["relation"] = relation
        rem = d.get("remainder")
        _expect(rem is None or rem in SEVERITIES, f"{where}.remainder", "severity")
        _expect(rem is None or relation == "le", f"{where}.remainder", "remainder_le")
        r["remainder"] = rem
    elif kind == "ratio":
        _expect(column is not None and names[column].numeric, f"{where}.column", "ratio_column")
        r["formula"], r["rows"] = expr("formula", False), d.get("rows", "all")
        _expect(r["rows"] in ("data", "all"), f"{where}.rows", "rows_all")
        _expect(static_kind(r["formula"].tree, kinds) == kinds[column], f"{where}.formula", "formula_kind",
                gives=static_kind(r["formula"].tree, kinds), holds=kinds[column])
    elif kind == "threshold":
        r["check"], r["rows"] = expr("check", True), rows()
        if d.get("when") is not None:
            r["when"] = expr("when", True)
        if column is None:
            r["column"] = r["check"].first_column()
        _expect(r["column"] is not None, f"{where}.column", "threshold_column")
    elif kind == "rollup":
        _expect(column is not None and names[column].numeric, f"{where}.column", "rollup_column")
        pc = d.get("parent_column")
        _expect(pc in names and not names[pc].numeric, f"{where}.parent_column", "parent_column")
        r["parent_column"] = pc
    elif kind == "unknown-region":
        _expect(column is not None and not names[column].numeric, f"{where}.column", "region_column")
        pc = d.get("parent_column")
        _expect(pc is None or (pc in names and not names[pc].numeric), f"{where}.parent_column", "region_parent")
        r["parent_column"] = pc
        for k in ("province", "city"):
            _expect(d.get(k) is None or isinstance(d.get(k), str), f"{where}.{k}", "region_name")
            r[k] = d.get(k)
    elif kind == "deadline":
        _expect(column is not None and names[column].type == "date", f"{where}.column", "deadline_column")
        r["by"] = _month_day(d.get("by"), f"{where}.by")
    return Rule(**r)


def _month_day(v: Any, where: str) -> tuple[int, int]:
    import datetime

    text = str(v).strip() if isinstance(v, str) else ""
    month, _, day = text.partition("-")
    try:
        datetime.date(2000, int(month), int(day))  # a leap year: 02-29 is a day some years have
    except ValueError:
        if v is None:
            raise RuleError(where, "month_day_needed") from None
        raise RuleError(where, "month_day", value=str(v)) from None
    return int(month), int(day)


def _tolerance(v: Any, where: str) -> Tolerance | None:
    if v is None:
        return None
    _expect(isinstance(v, dict) and len(v) == 1 and next(iter(v)) in ("abs", "rel"), where, "tolerance")
    (k, x), = v.items()
    value = _decimal(x, f"{where}.{k}")
    _expect(value >= 0, f"{where}.{k}", "not_negative")
    return Tolerance("absolute" if k == "abs" else "relative", value)


def _whole(w: Any, where: str, col: Any) -> Whole:
    if w == "total_row":
        return Whole("total_row")
    _expect(isinstance(w, dict), where, "whole")
    extra = sorted(map(str, set(w) - _WHOLE_KEYS))
    _expect(not extra, where, "unknown_keys", keys=extra, allowed=sorted(_WHOLE_KEYS))
    unit = w.get("unit", col.unit)
    if unit is not None:
        _expect(units.canonical(str(unit)) is not None, f"{where}.unit", "unit", value=str(unit))
        unit = units.canonical(str(unit))
        _expect(col.unit is None or units.dimension(unit) == units.dimension(col.unit), f"{where}.unit",
                "unit_clash", unit=unit, col_unit=col.unit)
    decimals = w.get("decimals")
    _expect(decimals is None or (isinstance(decimals, int) and not isinstance(decimals, bool) and 0 <= decimals <= 10),
            f"{where}.decimals", "decimals")
    if "value" in w:
        _expect("sheet" not in w and "label" not in w, where, "value_or_cell")
        value = _decimal(w["value"], f"{where}.value")
        if decimals is None and col.type != "integer":
            decimals = _digits(w["value"])  # a published figure stands for the digits it was published with
        province, year = _scope(w.get("scope"), f"{where}.scope")
        return Whole("constant", value=value, unit=unit, decimals=decimals,
                     source=str(w["source"]) if w.get("source") is not None else None, province=province, year=year)
    _expect("scope" not in w, f"{where}.scope", "scope_value")
    _expect(isinstance(w.get("sheet"), str) and isinstance(w.get("label"), str), where, "cell_needs")
    return Whole("cell", sheet=w["sheet"], label=w["label"], unit=unit, decimals=decimals)


def _scope(v: Any, where: str) -> tuple[str | None, int | None]:
    if v is None:
        return None, None
    _expect(isinstance(v, dict) and v, where, "scope")
    extra = sorted(map(str, set(v) - _SCOPE_KEYS))
    _expect(not extra, where, "unknown_keys", keys=extra, allowed=sorted(_SCOPE_KEYS))
    province, year = v.get("province"), v.get("year")
    _expect(province is None or (isinstance(province, str) and province.strip()), f"{where}.province", "province")
    _expect(year is None or (isinstance(year, int) and not isinstance(year, bool) and 1949 <= year <= 2200),
            f"{where}.year", "year")
    return (province.strip() if province else None), year
