"""A drafted template as a YAML file a person reads and edits: the mapping that loads as the
template, each line a person must decide on commented ("请确认"), and, under a drafted rule, the
places where the example itself disagrees with it."""

from __future__ import annotations

from typing import Any

from xlrecon.drafts.infer import Draft, DraftColumn
from xlrecon.findings import CellRef
from xlrecon.messages import draft_text

#: (rule id, cell, sentence) of each place where the example disagrees with a drafted rule
Disagreement = tuple[str, str, str]


def _flow(v: Any) -> str:
    """One value in YAML's flow style, quoted only where YAML needs it."""
    import yaml

    out = yaml.safe_dump(v, default_flow_style=True, allow_unicode=True, width=1 << 20, sort_keys=False).strip()
    return out[:-4].rstrip() if out.endswith("\n...") else out


def review_count(draft: Draft) -> int:
    """How many lines of the drafted file ask a person to check them."""
    n = 1  # the key
    for c in draft.columns:
        n += c.unit_from == "line"
        n += not c.path
        n += c.type == "number" and c.unit is None
    return n


def to_yaml(draft: Draft, lang: str = "zh", disagreements: list[Disagreement] = (), today: str = "") -> str:
    t = lambda key, **p: draft_text(key, lang, **p)  # noqa: E731
    doc = draft.mapping()
    by_rule: dict[str, list[Disagreement]] = {}
    for d in disagreements:
        by_rule.setdefault(d[0], []).append(d)
    first, last = draft.header_rows[0] + 1, draft.header_rows[1] + 1
    rows_text = str(first) if first == last else f"{first}–{last}"
    lines = [f"# {t('head', file=draft.path, sheet=draft.sheet, rows_text=rows_text, rows=draft.data_rows)}",
             f"# {t('review')}"]
    if draft.other_sheets:
        lines.append(f"# {t('other_sheets', sheets='、'.join(draft.other_sheets), sheet=draft.sheet)}")
    lines += ["", f"# {t('name')}", f"name: {_flow(doc['name'])}", "title:",
              f"  zh: {_flow(doc['title']['zh'])}", f"  en: {_flow(doc['title']['en'])}"]
    key = draft.column(draft.key)
    why = t("key.regions") if key.regions >= 0.6 else t("key.unique") if draft.key_unique else t("key.repeats")
    lines.append(f"# {t('key', label=key.label or key.name, letter=key.letter, why=why)}")
    if draft.key_candidates:
        labels = "、".join(draft.column(n).label or n for n in draft.key_candidates)
        lines.append(f"# {t('key.others', labels=labels)}")
    lines += [f"key: {_flow(doc['key'])}", "table:",
              f"  total_markers: {_flow(doc['table']['total_markers'])}",
              f"  note_markers: {_flow(doc['table']['note_markers'])}", "", f"# {t('columns')}", "columns:"]
    for c, d in zip(draft.columns, doc["columns"]):
        lines += _column(c, d, draft, by_rule.get(f"{c.name}.total", []), t)
    lines += ["", f"# {t('rules') if doc['rules'] else t('no_rules')}", "rules:" if doc["rules"] else "rules: []"]
    for rule in doc["rules"]:
        lines += _rule(rule, draft, by_rule.get(rule["id"], []), t)
    return "\n".join(lines) + "\n"


def _column(c: DraftColumn, d: dict[str, Any], draft: Draft, against: list[Disagreement], t: Any) -> list[str]:
    notes: dict[str, str] = {}
    if c.unit_from == "line" and draft.unit_line is not None:
        _, cell, text = draft.unit_line
        notes["unit"] = t("unit.line", text=text if len(text) < 20 else text[:20] + "…", cell=cell.a1)
    elif c.unit_from == "header":
        notes["unit"] = t("unit.header")
    if c.type == "number" and c.unit is None:
        notes["type"] = t("unit.none")
    elif c.type == "integer" and c.name != "seq":
        notes["type"] = t("type.integer")
    if not c.path:
        notes["blank_header"] = t("blank_header", what=t("what.region") if c.regions >= 0.6 else t("what.name"))
    if d.get("nullable") is False and c.name != draft.key:
        notes["nullable"] = t("nullable")
    if "decimals" in d:
        notes["decimals"] = t("decimals", n=d["decimals"])
    if d.get("total"):
        cells = "、".join(CellRef(draft.sheet, ref.row, c.col).a1 for ref in draft.total_cells) or "—"
        notes["total"] = t("total", cells=cells)
    out = []
    first = True
    for k, v in d.items():
        text = f"{'  - ' if first else '    '}{k}: {_flow(v)}"
        first = False
        out.append(f"{text}  # {notes[k]}" if k in notes else text)
        if k == "total":
            out += [f"    # {t('disagrees', cell=cell, message=message)}" for _, cell, message in against]
    return out


def _rule(rule: dict[str, Any], draft: Draft, against: list[Disagreement], t: Any) -> list[str]:
    out = []
    if rule["kind"] == "ratio":
        r = next(x for x in draft.ratios if f"{x.column}.ratio" == rule["id"])
        out.append(f"  # {t('ratio', hits=r.hits, rows=r.rows)}")
    elif rule["kind"] == "unknown-region":
        parent = (t("registry.parent", label=draft.column(rule["parent_column"]).label)
                  if rule.get("parent_column") else "")
        out.append(f"  # {t('registry', label=draft.column(rule['column']).label or rule['column'], parent=parent)}")
    first = True
    for k, v in rule.items():
        out.append(f"{'  - ' if first else '    '}{k}: {_flow(v)}")
        first = False
    out += [f"    # {t('disagrees', cell=cell, message=message)}" for _, cell, message in against]
    return out
