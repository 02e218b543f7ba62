"""The ``unknown-region`` rule: region names against the registry of China's divisions.

A name the registry does not know is reported with the closest known names in scope
(涪口区 -> 渌口区); a former name (祁阳县, now 祁阳市) is ``info`` naming the current one;
with ``parent_column``, a region listed under a city it does not belong to is an
error. The scope is the rule's ``province``/``city``, else the province (and city)
that most of the table's names belong to, so short forms (中原 for 中原区) resolve
where they are meant. Total rows are not region names and are skipped.
"""

from __future__ import annotations

from xlrecon.checks.context import Context
from xlrecon.checks.registry import rule_kind
from xlrecon.errors import XlreconError
from xlrecon.findings import Finding
from xlrecon.read.table import Table
from xlrecon.regions.resolve import Registry, Resolution
from xlrecon.templates.rules import Rule


@rule_kind("unknown-region")
def region_findings(rule: Rule, ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    reg = ctx.registry
    col = rule.column
    for table in ctx.tables:
        if col not in table.columns:
            continue
        spec = table.template.column(col)
        names = [n for n in _names(table, col) if n is not None]  # cells read as columns, no row objects
        province, city = rule.province, rule.city
        if province is None and city is None:
            province, city = reg.infer_scope(names)
            if rule.parent_column:
                city = None  # each row names its own city
        else:
            try:
                reg.resolve("", province=province, city=city)
            except ValueError:
                raise XlreconError("bad-template", file=table.template.path or table.template.name,
                                   what="region_rule", rule=rule.id,
                                   name=" ".join(n for n in (province, city) if n)) from None
        labels = table.labels_and_keys()[0]
        parent = rule.parent_column if rule.parent_column and rule.parent_column in table.columns else None
        resolved: dict[str, Resolution] = {}  # each distinct name resolved once (a long table repeats them)
        for k, name in enumerate(_names(table, col)):
            if name is None:
                continue
            res = resolved.get(name)
            if res is None:
                res = resolved[name] = _resolve(reg, name, province, city, rule.city is None)
            if parent is None and res.status not in ("unknown", "former"):
                continue  # nothing to say: no finding made, no cell looked up
            common = dict(where=table.cell_ref(col, k), row_label=labels[k], column=spec.label, actual=name)
            if res.status == "unknown":
                out.append(Finding("unknown-region", rule.id, rule.severity, "unknown-region.unknown", params={
                    "suggestions": "、".join(res.suggestions), "scope": city or province or "",
                    "rule_label": rule.label}, **common))
                continue
            if res.status == "former" and res.region is not None:
                out.append(Finding("unknown-region", rule.id, "info", "unknown-region.former", params={
                    "now": res.region.name, "code": res.region.code or "", "year": res.former_year or "",
                    "rule_label": rule.label}, **common))
            if parent is not None and res.region is not None:
                stated = table.value(parent, k)
                if stated.kind == "text" and res.region.city and res.status in ("known", "former"):
                    if not reg.same_region(stated.value, res.region.city, province=province):
                        out.append(Finding("unknown-region", rule.id, "error", "unknown-region.wrong_parent",
                                           params={"stated": stated.value, "registry_city": res.region.city,
                                                   "rule_label": rule.label}, **common))
    return out


def _resolve(reg: Registry, name: str, province: str | None, city: str | None, wider: bool) -> Resolution:
    """A name resolved in the scope; one unknown in the city resolved in the province when the
    city was inferred (``wider``): a region of another city of the province."""
    res = reg.resolve(name, province=province, city=city)
    if res.status == "unknown" and city is not None and wider:
        other = reg.resolve(name, province=province)
        res = other if other.status != "unknown" else res
    return res


def _names(table: Table, col: str) -> list[str | None]:
    """Each data row's region name: the text of its cell, without a marker (其中：长沙市直单位 is
    长沙市直单位) where the column is the key; None for a 小计 row, a subtracted row (减：退货, an
    adjustment, not a region) or a cell that holds no text."""
    texts = (table.texts(col) if table.template.column(col).type == "text"
             else [v.value if v.kind == "text" else None for v in table.values(col)])
    st = table.structure
    if st is None or col != table.template.key:
        return texts
    return [None if t is None or st.roles[k] == "subtotal" or st.signs[k] < 0 else st.labels[k] or t
            for k, t in enumerate(texts)]
