"""Loading templates from YAML files: the built-ins in ``schemas/`` or a user's own file.

A template file that is not valid raises ``XlreconError("bad-template")`` naming
the file and the place inside it (``columns[3].type``), never a traceback: ``what`` is a
key of :data:`xlrecon.messages.TEMPLATE_FILE`, said in the message's language, with its
parameters (a file that cannot be read, a YAML error at its line and column, what a place
should hold).
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path
from typing import Any

from xlrecon import units
from xlrecon.errors import XlreconError, os_reason
from xlrecon.templates.model import (CHECK_KINDS, COLUMN_TYPES, CheckSpec, ColumnSpec, StructureSpec, SummarySpec,
                                     Template)
from xlrecon.templates.rules import Rule, RuleError, Whole, parse_rule
from xlrecon.textnorm import split_header, squash

_NAME = re.compile(r"^[a-z][a-z0-9_-]*$")
_TEMPLATE_KEYS = {"name", "title", "description", "source", "key", "table", "columns", "rules", "batch", "locate"}
#: what a cell's change costs in the fewest-changes localisation (schemas/locate.yaml has the defaults)
_WEIGHT_KINDS = ("typed", "total", "formula", "derived")
_SUMMARY_KEYS = {"template", "sums", "count", "severity", "coverage"}
_TABLE_KEYS = {"total_markers", "note_markers", "search_rows", "max_header_depth", "of_which_markers",
               "of_which_complete", "subtotal_markers", "subtract_markers", "hierarchy", "code_column",
               "of_which_pattern", "of_which_indent"}
_HIERARCHIES = ("auto", "registry", "indent", "code", "none")
_COLUMN_KEYS = {
    "name", "label", "header", "under", "type", "unit", "required", "nullable", "checks", "total", "blank_header",
    "decimals",
}
_CHECK_KEYS = {"id", "kind", "severity", *(p for ps in CHECK_KINDS.values() for p in ps)}


def _builtin_dir() -> Any:
    return resources.files("xlrecon.schemas")


def builtin_names() -> list[str]:
    """Names of the built-in templates (one ``schemas/NAME.yaml`` each)."""
    return sorted(
        p.name[: -len(".yaml")] for p in _builtin_dir().iterdir() if p.name.endswith(".yaml")
    )


def load_builtin(name: str) -> Template:
    res = _builtin_dir() / f"{name}.yaml"
    if not res.is_file():
        raise XlreconError("unknown-template", name=name, known=", ".join(builtin_names()))
    return _parse(res.read_text(encoding="utf-8"), f"schemas/{name}.yaml")


def load_template(path: str | Path) -> Template:
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise XlreconError("bad-template", file=str(p), what=_os_reason(p, exc)) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise XlreconError("bad-template", file=str(p), what="encoding",
                           line=data[: exc.start].count(b"\n") + 1) from None
    return _parse(text.removeprefix("\ufeff"), str(p))


def _os_reason(path: Path, exc: OSError) -> str:
    """Why the file could not be opened, as a key of :data:`xlrecon.messages.TEMPLATE_FILE`."""
    return os_reason(path, exc)


def resolve(schema: str | Path | Template | None) -> Template | None:
    """``--schema`` as given: a built-in name, a path to a YAML file, or a Template."""
    if schema is None or isinstance(schema, Template):
        return schema
    s = str(schema)
    if s in builtin_names():
        return load_builtin(s)
    if s.endswith((".yaml", ".yml")) or Path(s).exists():
        return load_template(s)  # a file that is missing, a folder or unreadable is said as such
    raise XlreconError("unknown-template", name=s, known=", ".join(builtin_names()))


def load_all_builtin() -> list[Template]:
    return [load_builtin(n) for n in builtin_names()]


# --- parsing -----------------------------------------------------------------------------


class _Bad(Exception):
    """What is wrong at one place of a template file (``columns[3].type``; ``""`` for the whole
    file): ``what`` is a key of :data:`xlrecon.messages.TEMPLATE_FILE`, ``params`` its parameters."""

    def __init__(self, where: str, what: str, **params: Any) -> None:
        from xlrecon.messages import template_file_text

        super().__init__(f"{where}: {template_file_text(what, params, 'en')}" if where
                         else template_file_text(what, params, "en"))
        self.where, self.what, self.params = where, what, params

    def error(self, file: str, **more: Any) -> XlreconError:
        return XlreconError("bad-template", file=file, where=self.where, what=self.what, **self.params, **more)


def load_yaml(text: str) -> Any:
    """``yaml.safe_load`` through libyaml when it is there (every worker of a batch loads the
    templates; the C loader is several times faster). A text it refuses is read again by the
    Python loader, whose error message (with the offending line) is the one reported."""
    import yaml

    fast = getattr(yaml, "CSafeLoader", None)
    if fast is not None:
        try:
            return yaml.load(text, Loader=fast)  # noqa: S506 - CSafeLoader is the safe loader
        except yaml.YAMLError:
            pass
    return yaml.safe_load(text)


def parse_text(text: str, origin: str) -> Template:
    """A template from the text of a template file (``origin`` names it in errors)."""
    return _parse(text, origin)


def _parse(text: str, origin: str) -> Template:
    import yaml

    try:
        doc = load_yaml(text)
    except yaml.YAMLError as exc:
        raise XlreconError("bad-template", file=origin, **yaml_problem(exc, text)) from None
    try:
        return _template(doc, origin)
    except _Bad as exc:
        raise _bad(text, origin, exc) from None


#: PyYAML's problems a user meets, as keys ``yaml.KEY`` of :data:`xlrecon.messages.TEMPLATE_FILE`:
#: (problem pattern, context pattern, key, whether the context's mark is the place to point at)
_YAML_PROBLEMS: tuple[tuple[str, str, str, bool], ...] = (
    (r"mapping values are not allowed", "", "mapping_values", False),
    (r"found character '\\t' that cannot start any token|found a tab character", "", "tab", False),
    (r"found character '(?P<char>.+)' that cannot start any token", "", "bad_start", False),
    (r"could not find expected ':'", "", "no_colon", True),
    (r"expected ',' or '\]'", "", "unclosed_list", True),
    (r"expected ',' or '\}'", "", "unclosed_mapping", True),
    (r"found unexpected end of stream", "quoted scalar", "unclosed_quote", True),
    (r"found unknown escape character '(?P<char>.+)'", "", "escape", False),
    (r"found undefined alias '(?P<char>.*)'", "", "alias", False),
    (r"", "while scanning an? (anchor|alias)", "anchor", True),
    (r"could not determine a constructor for the tag '(?P<char>.*)'", "", "tag", False),
    (r"expected <block end>, but found '<scalar>'", "", "stray", False),
    (r"expected <block end>", "", "indent", False),
    (r"found unhashable key", "", "unhashable", False),
)


def yaml_problem(exc: Exception, text: str) -> dict[str, Any]:
    """The parameters of ``bad-template`` for a YAML syntax error: its 1-based line and
    column, and what is wrong in words where PyYAML's problem is a known one (``what`` is
    ``yaml``, ``problem`` one of :data:`_YAML_PROBLEMS`), else the place only (``yaml_at``);
    PyYAML's own English is never passed on."""
    import yaml

    if isinstance(exc, yaml.reader.ReaderError):  # a control character, at a character's index
        before = text[: exc.position]
        char = exc.character if isinstance(exc.character, int) else ord(exc.character)
        return {"what": "yaml", "problem": "control", "char": f"U+{char:04X}", "line": before.count("\n") + 1,
                "column": len(before) - (before.rfind("\n") + 1) + 1}
    problem, context = getattr(exc, "problem", None) or "", getattr(exc, "context", None) or ""
    problem_mark, context_mark = getattr(exc, "problem_mark", None), getattr(exc, "context_mark", None)
    for pattern, in_context, key, at_context in _YAML_PROBLEMS:
        m = re.search(pattern, problem)
        if m and re.search(in_context, context):
            mark = (context_mark if at_context else problem_mark) or problem_mark or context_mark
            if mark is None:
                break
            return {"what": "yaml", "problem": key, "line": mark.line + 1, "column": mark.column + 1,
                    **({"char": m.group("char")} if "char" in m.groupdict() else {})}
    mark = problem_mark or context_mark
    if mark is None:
        return {"what": "yaml_unplaced"}
    return {"what": "yaml_at", "line": mark.line + 1, "column": mark.column + 1}


def from_mapping(doc: Any, origin: str) -> Template:
    """A template from a mapping as a template file holds it (a drafted one, before it is
    written); raises ``XlreconError("bad-template")`` like a file."""
    try:
        return _template(doc, origin)
    except _Bad as exc:
        raise exc.error(origin) from None


def _bad(text: str, origin: str, exc: _Bad) -> XlreconError:
    """The error for a template file that does not hold what it should at ``exc.where``, with
    that place's line and column in the file (``file:line:column``, as editors take it)."""
    mark = _mark(text, exc.where)
    if mark is None:
        return exc.error(origin)
    line, column = mark
    return exc.error(f"{origin}:{line}:{column}", line=line, column=column)


def _mark(text: str, where: str) -> tuple[int, int] | None:
    """The 1-based line and column of the YAML node at a place such as ``columns[3].type`` (or of
    the nearest enclosing node that is there), None when the text cannot be composed."""
    import yaml

    try:
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return None
    if node is None:
        return None
    for step in re.findall(r"[^.\[\]]+|\[\d+\]", where):
        child = None
        if step.startswith("[") and isinstance(node, yaml.SequenceNode):
            k = int(step[1:-1])
            child = node.value[k] if k < len(node.value) else None
        elif isinstance(node, yaml.MappingNode):
            child = next((v for key, v in node.value if getattr(key, "value", None) == step), None)
        if child is None:
            break
        node = child
    return node.start_mark.line + 1, node.start_mark.column + 1


def _expect(cond: bool, where: str, what: str, **params: Any) -> None:
    if not cond:
        raise _Bad(where, what, **params)


def _locate(doc: Any) -> dict[str, float]:
    """A template's ``locate: {weights: {typed, total, formula, derived}}``: positive numbers."""
    _expect(isinstance(doc, dict), "locate", "mapping")
    _unknown_keys(doc, {"weights"}, "locate")
    weights = doc.get("weights", {}) or {}
    _expect(isinstance(weights, dict), "locate.weights", "mapping")
    _unknown_keys(weights, set(_WEIGHT_KINDS), "locate.weights")
    for k, v in weights.items():
        _expect(isinstance(v, (int, float)) and not isinstance(v, bool), f"locate.weights.{k}", "number")
        _expect(v > 0, f"locate.weights.{k}", "positive")
    return {str(k): float(v) for k, v in weights.items()}


def _unknown_keys(d: dict, allowed: set[str], where: str) -> None:
    extra = sorted(map(str, set(d) - allowed))
    _expect(not extra, where, "unknown_keys", keys=extra, allowed=sorted(allowed))


def _strings(v: Any, where: str) -> tuple[str, ...]:
    if isinstance(v, str):
        v = [v]
    _expect(isinstance(v, list) and v and all(isinstance(x, (str, int)) for x in v), where, "texts")
    return tuple(str(x) for x in v)


def _template(doc: Any, origin: str) -> Template:
    _expect(doc is not None, "", "empty")
    _expect(isinstance(doc, dict), "", "top")
    _unknown_keys(doc, _TEMPLATE_KEYS, "")
    name = doc.get("name")
    _expect(isinstance(name, str) and bool(_NAME.match(name)), "name", "template_name")
    title = doc.get("title", name)
    if isinstance(title, str):
        title = {"zh": title, "en": title}
    _expect(isinstance(title, dict) and "zh" in title, "title", "title")
    table = doc.get("table", {}) or {}
    _expect(isinstance(table, dict), "table", "mapping")
    _unknown_keys(table, _TABLE_KEYS, "table")
    cols_doc = doc.get("columns")
    _expect(isinstance(cols_doc, list) and len(cols_doc) > 0, "columns", "nonempty_list")
    columns = tuple(_column(c, f"columns[{i}]") for i, c in enumerate(cols_doc))
    names = [c.name for c in columns]
    dup = sorted({n for n in names if names.count(n) > 1})
    _expect(not dup, "columns", "duplicate_columns", names=dup)
    key = doc.get("key")
    _expect(key in names, "key", "key", names=names)
    _expect(columns[names.index(key)].type == "text", "key", "key_text", name=key, type=columns[names.index(key)].type)
    search_rows = table.get("search_rows", 30)
    depth = table.get("max_header_depth", 3)
    _expect(isinstance(search_rows, int) and 1 <= search_rows <= 200, "table.search_rows", "whole_number",
            low=1, high=200)
    _expect(isinstance(depth, int) and 1 <= depth <= 5, "table.max_header_depth", "whole_number", low=1, high=5)
    return Template(
        name=name,
        title={"zh": str(title["zh"]), "en": str(title.get("en", title["zh"]))},
        columns=columns,
        key=key,
        total_markers=tuple(squash(m) for m in _strings(table.get("total_markers", ["合计", "总计"]), "table.total_markers")),
        note_markers=tuple(squash(m) for m in _strings(table.get("note_markers", ["备注", "注"]), "table.note_markers")),
        search_rows=search_rows,
        max_header_depth=depth,
        description=str(doc.get("description", "")),
        source=str(doc.get("source", "")),
        path=origin,
        rules=_rules(doc.get("rules", []) or [], columns),
        extra={"locate": _locate(doc.get("locate"))} if doc.get("locate") is not None else {},
        summary=_summary(doc.get("batch"), columns),
        structure=_structure(table, names),
    )


def _structure(table: dict, names: list[str]) -> StructureSpec:
    """The ``table:`` keys that say how a table's rows stand to each other."""
    d = StructureSpec()
    markers = {}
    for k in ("of_which_markers", "subtotal_markers", "subtract_markers"):
        if k in table:
            v = table[k]
            markers[k] = () if v == [] else tuple(squash(m) for m in _strings(v, f"table.{k}"))
    complete = table.get("of_which_complete", d.of_which_complete)
    _expect(isinstance(complete, bool), "table.of_which_complete", "bool")
    hierarchy = table.get("hierarchy", d.hierarchy)
    _expect(hierarchy in _HIERARCHIES, "table.hierarchy", "choice", allowed=list(_HIERARCHIES))
    code = table.get("code_column")
    if hierarchy == "code":
        _expect(code in names, "table.code_column", "code_column", names=names)
    else:
        _expect(code is None, "table.code_column", "code_column_only")
    pattern = table.get("of_which_pattern")
    if pattern is not None:
        _expect(isinstance(pattern, str) and bool(pattern), "table.of_which_pattern", "regex")
        _regex(pattern, "table.of_which_pattern")
    indent = table.get("of_which_indent", False)
    _expect(isinstance(indent, bool), "table.of_which_indent", "bool")
    _expect(not (indent and hierarchy == "indent"), "table.of_which_indent", "indent_both")
    return StructureSpec(of_which_complete=complete, hierarchy=hierarchy, code_column=code, of_which_pattern=pattern,
                         of_which_indent=indent, **markers)


def _summary(doc: Any, columns: tuple[ColumnSpec, ...]) -> SummarySpec | None:
    """``batch: {summary: {template, sums: {column: summary_column}, count, severity}}``.
    The summary template's own columns are checked when a batch uses it."""
    if doc is None:
        return None
    _expect(isinstance(doc, dict), "batch", "batch")
    _unknown_keys(doc, {"summary"}, "batch")
    d = doc.get("summary")
    _expect(isinstance(d, dict), "batch.summary", "summary")
    _unknown_keys(d, _SUMMARY_KEYS, "batch.summary")
    _expect(isinstance(d.get("template"), str) and bool(_NAME.match(d["template"])), "batch.summary.template",
            "summary_template")
    sums = d.get("sums")
    _expect(isinstance(sums, dict) and len(sums) > 0, "batch.summary.sums", "sums")
    numeric = {c.name for c in columns if c.numeric}
    for col, scol in sums.items():
        _expect(col in numeric, f"batch.summary.sums.{col}", "sums_numeric", names=sorted(numeric))
        _expect(isinstance(scol, str), f"batch.summary.sums.{col}", "summary_column")
    for k in ("severity", "coverage"):
        _expect(d.get(k, "error") in ("error", "warning", "info"), f"batch.summary.{k}", "severity")
    _expect(d.get("count") is None or isinstance(d.get("count"), str), "batch.summary.count", "summary_column")
    return SummarySpec(template=d["template"], sums=tuple((str(a), str(b)) for a, b in sums.items()),
                       count=d.get("count"), severity=d.get("severity", "error"), coverage=d.get("coverage", "warning"))


def _rules(doc: Any, columns: tuple[ColumnSpec, ...]) -> tuple[Rule, ...]:
    """The template's rules: one ``total`` rule per column marked ``total: sum`` (against the
    合计 row), then the ``rules:`` list as written."""
    _expect(isinstance(doc, list), "rules", "rules")
    out: list[Rule] = [
        Rule(id=f"{c.name}.total", kind="total", label={"zh": f"「{c.label}」各行之和等于合计行",
                                                        "en": f"{c.label}: the rows add up to the total row"},
             column=c.name, wholes=(Whole("total_row"),))
        for c in columns if c.total == "sum"
    ]
    for i, d in enumerate(doc):
        try:
            out.append(parse_rule(d, f"rules[{i}]", columns))
        except RuleError as exc:
            raise _Bad(exc.where, exc.what, **exc.params) from None
    ids = [r.id for r in out]
    dup = sorted({x for x in ids if ids.count(x) > 1})
    _expect(not dup, "rules", "duplicate_rules", names=dup)
    return tuple(out)


def _column(d: Any, where: str) -> ColumnSpec:
    _expect(isinstance(d, dict), where, "column")
    _unknown_keys(d, _COLUMN_KEYS, where)
    name = d.get("name")
    _expect(isinstance(name, str) and bool(_NAME.match(name.replace("_", "-"))), f"{where}.name", "column_name")
    headers = _strings(d.get("header"), f"{where}.header")
    ctype = d.get("type", "number")
    _expect(ctype in COLUMN_TYPES, f"{where}.type", _one_of(ctype), value=str(ctype), allowed=list(COLUMN_TYPES))
    unit = d.get("unit")
    if unit is not None:
        _expect(units.canonical(str(unit)) is not None, f"{where}.unit", "unit_known", value=str(unit),
                allowed=list(units.UNITS))
        unit = units.canonical(str(unit))
    if ctype == "percent":
        unit = unit or "%"
    total = d.get("total")
    _expect(total in (None, "sum"), f"{where}.total", "total_sum")
    _expect(total is None or ctype not in ("text", "date"), f"{where}.total", "total_type", type=ctype)
    _expect(ctype != "date" or unit is None, f"{where}.unit", "date_unit")
    checks_doc = d.get("checks", []) or []
    _expect(ctype != "date" or not checks_doc, f"{where}.checks", "date_checks")
    _expect(isinstance(checks_doc, list), f"{where}.checks", "list")
    checks = tuple(_check(c, name, f"{where}.checks[{i}]") for i, c in enumerate(checks_doc))
    for flag in ("required", "nullable", "blank_header"):
        _expect(isinstance(d.get(flag, True), bool), f"{where}.{flag}", "bool")
    under = d.get("under")
    return ColumnSpec(
        name=name,
        label=str(d.get("label", headers[0])),
        headers=tuple(split_header(h)[0] for h in headers),
        type=ctype,
        under=_strings(under, f"{where}.under") if under is not None else None,
        unit=unit,
        required=d.get("required", True),
        nullable=d.get("nullable", True),
        checks=checks,
        total=total,
        blank_header=d.get("blank_header", False),
        decimals=_decimals(d.get("decimals"), f"{where}.decimals"),
    )


def _decimals(v: Any, where: str) -> int | None:
    _expect(v is None or (isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 10), where, "decimals")
    return v


def _one_of(value: Any) -> str:
    """``one_of`` ('numbr' is not one of ...) for a value written, ``choice`` for one left out."""
    return "choice" if value is None else "one_of"


def _regex(pattern: str, where: str) -> None:
    try:
        re.compile(pattern)
    except re.error as exc:
        if exc.pos is None:
            raise _Bad(where, "bad_regex_unplaced") from None
        raise _Bad(where, "bad_regex", pos=exc.pos + 1) from None


def _check(d: Any, column: str, where: str) -> CheckSpec:
    _expect(isinstance(d, dict), where, "check")
    _unknown_keys(d, _CHECK_KEYS, where)
    kind = d.get("kind")
    _expect(kind in CHECK_KINDS, f"{where}.kind", _one_of(kind), value=str(kind), allowed=list(CHECK_KINDS))
    params = {}
    for p in CHECK_KINDS[kind]:
        _expect(p in d, where, "check_needs", kind=kind, param=p)
        params[p] = d[p]
    if kind in ("ge", "gt", "le", "lt"):
        _expect(isinstance(params["value"], (int, float)), f"{where}.value", "number")
    if kind == "between":
        _expect(all(isinstance(params[p], (int, float)) for p in ("min", "max")), where, "min_max")
    if kind == "isin":
        _expect(isinstance(params["values"], list) and params["values"], f"{where}.values", "nonempty_list")
    if kind == "regex":
        _regex(str(params["pattern"]), f"{where}.pattern")
    severity = d.get("severity", "error")
    _expect(severity in ("error", "warning", "info"), f"{where}.severity", "severity")
    return CheckSpec(id=str(d.get("id", f"{column}.{kind}")), kind=kind, params=params, severity=severity)
