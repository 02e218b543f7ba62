"""Every sentence of the catalogue (xlrecon/messages.py), rendered in both languages with the
library's own code (a Finding's message, error_message, note_text, ...) and realistic sample
parameters, must read as a sentence: no unit said twice, no raw exception text, no leftover
brace, no None or nan, no float artefact (20230322.0), no English in a Chinese message beyond
names, units and codes. Then the messages a user met that were wrong, each from a real workbook."""

from __future__ import annotations

import datetime as dt
import re
import string
from decimal import Decimal
from pathlib import Path

import pytest

import xlrecon
from xlrecon import messages as m
from xlrecon.errors import ERROR_CODES, XlreconError
from xlrecon.findings import CHECKS, CellRef, Change, Finding

from conftest import ROOT, write_openpyxl

LANGS = m.LANGS

# --- sample parameters ------------------------------------------------------------------------

#: a realistic value for each placeholder, by its name
SAMPLES: dict[str, object] = {
    # the web page's (WEB) and `xlrecon serve`'s
    "host": "0.0.0.0", "port": 8765, "url": "http://127.0.0.1:8765/?token=abc", "limit_mb": 100,
    "member": "报送/../郑州经开区.xlsx", "minutes": 60, "rows": 1000, "cols": 60, "done": 3, "total": 8,
    "warning": 1, "changed": 3, "added": 1, "removed": 0, "moved": 1, "fixed": 3, "still": 10,
    "new_findings": 0, "old": "郑州-原.xlsx", "new": "郑州-更正.xlsx", "old_cell": "J7", "same": 1, "unchanged": 2, "folder": "wps-build", "more_text": " 等（另有 4 处未列出）", "path": "wps-build/xlrecon", "gap": "0.07", "tolerance": "0.06",
    "reason": "“待补”不是数值", "value": "待补",
    "actual": "待补", "allowed": "自办、外包、共用、无食堂", "backup": "郑州经开区.bak.xlsx", "bas": "xlrecon.bas",
    "bound": "0", "call": "RunXlrecon", "cell": "C5", "cell_unit": "亿元", "cells": "C5、D7", "changes": "C5 1.23→1.24",
    "check_text": "reserve >= 10% * canteen_purchase", "child_sheets": "县区明细", "code": "430212",
    "column": "预留份额", "columns": "E（预留份额）", "count": 3, "cross": 2, "decimals": 2, "detail": "CRC-32",
    "discrepancies": 1, "encoding": "GBK", "error": 2, "errors": 1, "example": "郑州经开区.xlsx",
    "factor": "0.0001", "file": "workbooks/郑州经开区.xlsx", "file_column": "年度食堂食材采购总额",
    "files": "郑州经开区.xlsx、郑州航空港区.xlsx", "first": 3, "first_cell": "填报!C5",
    "formula": "SUM(C3:C9)", "found": "单位名称、预留份额", "have": "0.30.0", "high": "100", "hits": 4,
    "incomplete": 0, "info": 1, "keys": "towns", "kind": "date", "known": "county-trade、unit-reserve",
    "label": "县市区", "labels": "单位名称、主管部门", "last": 4, "letter": "B", "limit": "1 GB", "line": 12,
    "log": "/tmp/xlrecon-excel.log", "low": "0", "m": 6, "message": "「预留份额」为 3 万元，应不低于 6 万元",
    "n": 3, "n_found": 5, "name": "渌口区", "names": "中原区、二七区", "needed": "年度食堂食材采购总额",
    "needed_cell": "D5", "not_evaluated": 0, "now": "渌口区", "ok": 2, "other": "郑州经开区.xlsx",
    "other_cell": "填报!B14", "output": "郑州经开区.checked.xlsx", "packed": "2 MB", "parent": "",
    "parent_cell": "C4", "parent_column": "所属市州", "parent_label": "长沙市", "parent_rows": "4、9",
    "parent_sheets": "市州汇总", "part": "xl/worksheets/sheet1.xml", "parts": "", "parts_count": 4,
    "parts_text": "", "path": "workbooks/郑州经开区.xlsx", "paths": "workbooks/", "platform": "Linux",
    "province": "湖南省", "published": "1234.56 万元", "raw": "15000万元", "registry_city": "株洲市",
    "row": 3, "row_label": "二七区", "rows": "5、6", "rows_text": "5–9", "rule": "reserve.min-share",
    "rules": 2, "others": 2, "other_cells": "I6、I15", "equations": 7, "ratios": 54, "levels": 9, "left_out_text": "县区明细!I7 不是数值", "broken": 2, "suspects": 3,
    "scope": "长沙市", "seconds": 120, "sheet": "预留份额填报", "sheets": "预留份额填报、汇总",
    "size": "3 GB", "source": "湘财库〔2023〕5号", "stated": "元", "suffix": ".xls", "sum": "12.34 万元",
    "summary": "郑州市汇总.xlsx", "table_province": "河南省", "table_years": "2022年", "template": "unit-reserve",
    "template_file": "schemas/unit-reserve.yaml", "templates": "county-trade、unit-reserve",
    "text": "预留金额", "title": "预算单位预留份额填报表", "top_level": 5, "total": 8, "totals": "第 9 行",
    "unit": "万元", "usual": "SUM(D3:D9)", "version": "0.32.1", "warning": 3, "what": "folder",
    "where": "cities[0].city", "whole_cell": "C9", "whole_label": "合计", "whole_sheet": "汇总", "why": "function",
    "year": 2018, "rule_label": "合计等于公布数", "whole": "合计行", "fixup": "", "sum_fmt": "12.34 万元",
    "actual_fmt": "6.61 万元", "expected_fmt": "9.452 万元", "difference_fmt": "-2.842 万元",
    "tolerance_fmt": "0.005 万元", "gap_fmt": "2.842 万元", "source_text": "（湘财库〔2023〕5号）",
    # `xlrecon compare`'s (COMPARE)
    "path_a": "郑州市汇总.xlsx", "path_b": "区县汇总.xlsx", "sheet_a": "汇总", "sheet_b": "区县",
    "how_a": "按模板 reserve-progress 读取", "how_b": "按表头文字读取", "tolerance_text": "按显示数值的舍入范围",
    "to": "万元", "key": "经开", "a": "669.79 万元", "b": "671.79 万元", "difference": "-2 万元",
    "rows_a": "7、9", "rows_b": "4", "pairs": 17, "match": 2, "differs": 1, "unreadable": 0, "only_a": "14",
    "only_b": "0", "duplicates": 0, "no_key": 0, "sum_a": "21079.72", "sum_b": "1484.15", "left": "19595.57",
    "right": "19595.57", "residue": "0.00", "unpaired": "0", "unreadable_sum": "0", "verdict": "成立",
    "other_column": "年度农副产品采购总额", "other_unit": "%",
}
#: placeholders whose sample depends on the catalogue entry
OVERRIDES: dict[tuple[str, str], dict[str, object]] = {
    ("UI", "summary"): {"files": 5}, ("UI", "batch.summary"): {"files": 5},
    ("UI", "sheet.files"): {"n": 5}, ("REGION_FILE", "yaml"): {"column": 3},
    ("UI", "temp_left_over"): {"file": "workbooks/~xlrecon-郑州经开区.xlsx.tmp"},
    **{("FINDINGS", f"suspect.{k}"): {"rules": "「年度农副产品采购总额」各行之和等于合计行"}
       for k in ("only", "in_all", "one_of", "not_located")},
}
#: what the library computes from a finding's figures and parameters (never a sample)
DERIVED = {"actual_fmt", "expected_fmt", "difference_fmt", "tolerance_fmt", "remainder_fmt", "gap_fmt", "gap_text",
           "op_text", "basis_text", "filter_text", "verdict_text", "why_text", "suggest", "fixup", "whole",
           "source_text", "rule", "column_text", "reason", "hints", "role", "failed_text"}
#: values for the parameters of a template file's sentences (TEMPLATE_FILE, the ``what`` of bad-template),
#: as the loader gives them: lists are joined in the message's language
TEMPLATE_SAMPLES: dict[str, object] = {
    "value": "numbr", "allowed": ["text", "integer", "number"], "keys": ["colour"], "names": ["region", "amount"],
    "name": "purchases", "type": "number", "low": 1, "high": 200, "pos": 12, "param": "value", "kind": "ge",
    "unit": "万元", "col_unit": "家", "gives": "money", "holds": "number", "template": "reserve-progress",
    "rule": "reserve.min-share", "char": "@", "line": 9, "column": 11,
}
#: the units a finding's figures are given in, every message is rendered with each
UNITS = ("万元", "元", "个", "%", "天", None)


def fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def sample(catalogue: str, key: str, name: str) -> object:
    over = OVERRIDES.get((catalogue, key), {})
    if name in over:
        return over[name]
    assert name in SAMPLES, f"{catalogue}[{key!r}]: no sample value for {{{name}}}: add one to SAMPLES"
    return SAMPLES[name]


def params_for(catalogue: str, key: str, *texts: str, skip: set[str] = frozenset()) -> dict[str, object]:
    names = set().union(*(fields(t) for t in texts)) - skip
    return {n: sample(catalogue, key, n) for n in sorted(names)}


# --- rendering each catalogue with the library's code -----------------------------------------

_CHECK_OF = {"subtotal": "total", "of_which": "total", "of_which_item": "total", "leaves": "total",
             "batch": "coverage", "batch_sum": "coverage", "rule": "threshold"}


def finding(key: str, unit: str | None) -> Finding:
    texts = m.FINDINGS[key].values()
    used = set().union(*(fields(t) for t in texts))
    prefix = key.split(".")[0]
    check = _CHECK_OF.get(prefix, prefix)
    assert check in CHECKS, key
    params = params_for("FINDINGS", key, *texts, skip=DERIVED | {"column", "row_label", "unit", "actual"})
    params.update(rule_label={"zh": "食堂食材预留份额不低于采购总额的 10%",
                              "en": "The reserve is at least 10% of purchases"},
                  basis="title", op=">=", filter="plain", verdict="changed", why="function", whole_kind="total_row",
                  suggestions="芙蓉区、天心区", failed="time_limit", source="湘财库〔2023〕5号", remainder=Decimal("1.5"), kind="date",
                  column_list=["年度食堂食材采购总额", "预留份额"], rows="5、6")
    if "actual_fmt" in used:
        actual: object = Decimal("6.61")
    elif key.startswith("type.out_of_range"):
        actual = Decimal("1E+19")
    else:
        actual = SAMPLES["actual"]
    expected, difference = Decimal("9.452"), Decimal("-2.842")
    if key.startswith("deadline"):
        actual, expected, difference = "2023-03-25", "2023-03-20", 5
    fix = [Change(CellRef("填报", 4, 2), "二七区", Decimal("1.23"), Decimal("1.24"))] if "fixup" in used else None
    return Finding(check, "reserve.min-share", "error", key, where=CellRef("填报", 4, 2), row_label="二七区",
                   column="预留份额", expected=expected, actual=actual, difference=difference, unit=unit,
                   tolerance=Decimal("0.005"), params=params, fixup=fix)


def _error(code: str, lang: str, **extra: object) -> str:
    texts = list(m.ERRORS[code].values())
    p = params_for("ERRORS", code, *texts, skip=DERIVED)
    p.update(extra)
    return XlreconError(code, **p).message(lang)


def rendered() -> list[tuple[str, str, str, dict[str, object]]]:
    """(where, lang, text, the sample values in it) for every entry of every catalogue."""
    out = []

    def add(where: str, lang: str, text: str, values: dict) -> None:
        out.append((where, lang, text, values))

    for lang in LANGS:
        for key in m.FINDINGS:
            for unit in UNITS:
                f = finding(key, unit)
                add(f"FINDINGS[{key!r}] ({unit})", lang, f.message(lang), f.params)
        for code in m.ERRORS:
            assert code in ERROR_CODES, code
            base = params_for("ERRORS", code, *m.ERRORS[code].values(), skip=DERIVED)
            def sub(cat: str, k: str) -> dict:
                return params_for(cat, k, *getattr(m, cat)[k].values(), skip=DERIVED)

            if code == "not-a-file":
                variants = [{"what": w, **sub("NOT_A_FILE", w), "detail": "ELOOP"} for w in m.NOT_A_FILE]
            elif code == "too-large":
                variants = [{"what": w, **sub("TOO_LARGE", w), "cell": "XFD1048576", "cells": "17179869184"}
                            for w in m.TOO_LARGE]
            elif code == "bad-manifest":
                variants = [{"what": w, **sub("MANIFEST", w), "names": "--schema", "detail": "EACCES"}
                            for w in m.MANIFEST]
            elif code in ("cannot-annotate", "cannot-round"):
                variants = [{"reason_key": k, **sub("REFUSALS", k), "encoding": "UTF-16"} for k in m.REFUSALS]
            elif code == "bad-regions":
                variants = [{"what": w, **sub("REGION_FILE", w), "name": "不存在市", "line": 2, "column": 1}
                            for w in m.REGION_FILE if w != "at"]
                variants += [dict(v, where="cities[0].city") for v in variants]
            elif code == "bad-template":
                variants = [{}]
                for w in m.TEMPLATE_FILE:
                    if w == "at" or w.startswith(("yaml.", "kind.")):
                        continue
                    problems_ = [k[len("yaml."):] for k in m.TEMPLATE_FILE if k.startswith("yaml.")] \
                        if w == "yaml" else [None]
                    kinds = [k[len("kind."):] for k in m.TEMPLATE_FILE if k.startswith("kind.")] \
                        if w == "formula_kind" else [None]
                    for problem in problems_:
                        for kind in kinds:
                            texts = [*m.TEMPLATE_FILE[w].values(),
                                     *(m.TEMPLATE_FILE[f"yaml.{problem}"].values() if problem else ())]
                            v = {"what": w, **{f: TEMPLATE_SAMPLES[f] for f in set().union(*map(fields, texts))
                                               if f not in ("problem",)}}
                            if problem:
                                v["problem"] = problem
                            if kind:
                                v["gives"] = kind
                            variants += [v, dict(v, where="columns[1].type")]
            elif code == "file-not-found":
                variants = [{}] + [{"role": r} for r in m.FILE_ROLES]
            elif code == "missing-column":
                variants = [{"title_zh": "预算单位预留份额填报表", "title_en": "Budget unit's reserve-share filing",
                             "hints": [dict(sub("HINTS", h), key=h)]} for h in m.HINTS]
            else:
                variants = [{}]
            for v in variants:
                values = {**base, **v}
                add(f"ERRORS[{code!r}] {v}", lang, _error(code, lang, **v), values)
        for key in m.UI:
            p = params_for("UI", key, *m.UI[key].values(), skip={"reason", "parts"})
            if key == "published_out_of_scope":
                p.update(params_for("UI", "scope_other_year", *m.UI["scope_other_year"].values()))
                p.update(reason_key="scope_other_year",
                         rule_label={"zh": "合计等于公布数", "en": "The total is the figure"})
            if key == "table_structure":
                p.update(subtotals=2, of_which=1, subtracted=1, children=6)
            if key == "previous_skipped":
                p.pop("detail", None)
                p.update(error_code="file-not-found", error_params={"file": "上期/郑州经开区.xlsx"})
            add(f"UI[{key!r}]", lang, m.note_text(key, p, lang), p)
        for key in getattr(m, "DRAFT", {}):
            p = params_for("DRAFT", key, *m.DRAFT[key].values())
            add(f"DRAFT[{key!r}]", lang, m.draft_text(key, lang, **p), p)
        for key in getattr(m, "DIFF", {}):
            p = params_for("DIFF", key, *m.DIFF[key].values(), skip={"side_text"})
            if "side_text" in "".join(m.DIFF[key].values()):
                p["side"] = "old"
            add(f"DIFF[{key!r}]", lang, m.diff_text(key, lang, **p), p)
        for key in getattr(m, "WEB", {}):
            p = params_for("WEB", key, *m.WEB[key].values())
            add(f"WEB[{key!r}]", lang, m.web_text(key, lang, **p), p)
        for key in getattr(m, "COMPARE", {}):
            p = params_for("COMPARE", key, *m.COMPARE[key].values(), skip={"side_text"})
            if "side_text" in "".join(m.COMPARE[key].values()):
                p["side"] = "a"
            add(f"COMPARE[{key!r}]", lang, m.compare_text(key, lang, **p), p)
        out.extend(_causes(lang))
        for key in getattr(m, "CHECK_NAMES", {}):
            add(f"CHECK_NAMES[{key!r}]", lang, m.check_name(key, lang), {})
        for key in m.UNIT_WORDS:
            add(f"UNIT_WORDS[{key!r}]", lang, m.unit_text(key, lang) or "", {})
        for key in m.RULE_NAMES:
            add(f"RULE_NAMES[{key!r}]", lang, m.rule_name(key, "预留份额", None, lang), {"column": "预留份额"})
    return out


#: the catalogues rendered above; one added to messages.py must be added here too
RENDERED = {"FINDINGS", "ERRORS", "NOT_A_FILE", "TOO_LARGE", "REFUSALS", "REGION_FILE", "FILE_ROLES", "HINTS", "UI",
            "DRAFT", "CHECK_NAMES", "UNIT_WORDS", "RULE_NAMES", "WEB", "DIFF", "TEMPLATE_FILE",
            "COMPARE", "CAUSES", "LOCATE", "MANIFEST"}


def test_every_catalogue_of_messages_py_is_rendered():
    catalogues = {name for name, d in vars(m).items()
                  if isinstance(d, dict) and d
                  and all(isinstance(v, dict) and set(LANGS) <= set(v) for v in d.values())}
    assert catalogues <= RENDERED, catalogues - RENDERED


def _causes(lang: str) -> list[tuple[str, str, str, dict]]:
    """Every kind of likely cause (:data:`messages.CAUSES`) as a finding's sentence ends with it."""
    from xlrecon.findings import CAUSE_KINDS, Cause, CellRef

    here, there = CellRef("预留比例填报和交易情况", 6, 8), CellRef("县区明细", 6, 9)
    params = {"formula_range": {"formula": "=SUM(I6:I21)", "count": 1, "rows": "22"},
              "stale": {"previous_sum": Decimal("18948.34")}, "swapped": {"other_column": "拟预留采购总额"},
              "unit_slip": {"factor": Decimal(10000), "larger": True},
              "decimal_slip": {"factor": Decimal(100), "larger": False}}
    out = []
    for kind in CAUSE_KINDS:
        c = Cause(kind, (here, there), "中原", Decimal("1348.26"), Decimal("1438.26"), Decimal(0), params.get(kind, {}))
        out.append((f"CAUSES[{kind!r}]", lang, m.cause_text(c, lang, "万元", here.sheet), {}))
    tie = Cause("transposed", (here,), "中原", Decimal("1348.26"), Decimal("1438.26"), Decimal(0),
                {"ties": 3, "more": 2})
    out.append(("CAUSES['ties']", lang, m.causes_text([tie], lang, "万元", here.sheet), {}))
    out.append(("CAUSES['none']", lang, m.causes_text([], lang, "万元"), {}))
    big = Cause("unit_slip", (there,), "醴陵市", Decimal("53200"), Decimal("5.32"), Decimal(0),
                {"factor": Decimal(10000), "larger": False})
    out.append(("CAUSES['factor.smaller']", lang, m.cause_text(big, lang, "亿元"), {}))
    return out


# --- what a sentence may not hold -------------------------------------------------------------

_UNIT_WORDS = ("万元", "亿元", "元", "天", "个", "家", "件", "笔", "人", "户", "次", "%")
_DOUBLED = re.compile("|".join(rf"(?<!万|亿){re.escape(u)}\s+{re.escape(u)}" for u in _UNIT_WORDS)
                      + r"|day\(s\)\s*days?\b|\bdays?\s+day|天\s*day|day\(s\)\s*天")
_RAW = re.compile(r"\[Errno|Traceback|\w*Error:|Exception|errno")
_FLOAT = re.compile(r"(?<![\d.])\d+\.0(?![\d.])")
_NONE = re.compile(r"\b(None|nan|NaN|null|True|False)\b")
_LATIN = re.compile(r"-{0,2}[A-Za-z][A-Za-z0-9_.:/'()\-]*")
#: what a Chinese message may hold in Latin letters: names of products and formats, and codes
ALLOWED = {"xlrecon", "Excel", "WPS", "JSON", "YAML", "CSV", "xlsx", "xlsm", "xls", "xlsb", "ods", "xltx", "xltm",
           "LibreOffice", "Python", "OOXML", "Strict", "UTF-8", "DTD", "XML", "README", "Limits", "Microsoft",
           "Windows", "macOS", "VBA", "xlwings", "pip", "python", "table", "json", "zh", "en", "SUM", "SUBTOTAL",
           "name", "header", "under", "label", "unit", "key", "rules", "docs/templates.md", "sheetData",
           "Interpreter_Win", "Interpreter_Mac", "RunXlrecon", "prev(...)", "Content_Types", "yaml", "xml",
           "addin", "install", "Visual", "Basic",
           # the web page's: a file kind, a key, the address's query, the language switch's own name
           "zip", "Ctrl", "token", "English", "wps-build",
           # batch --engine dask: the product, its extra and its choices, its local cluster
           "Dask", "dask", "xlrecon[dask]", "local", "LocalCluster"}


def _commands() -> set[str]:
    """xlrecon's commands and their sub-commands (xlrecon excel install, template init), which
    a Chinese message names as they are typed."""
    import argparse

    from xlrecon.cli import build_parser

    out: set[str] = set()
    todo = [build_parser()]
    while todo:
        for action in todo.pop()._actions:
            if isinstance(action, argparse._SubParsersAction):
                out |= set(action.choices)
                todo.extend(action.choices.values())
    return out


ALLOWED |= _commands()


def _template_words() -> set[str]:
    """The words a template file is written in (its keys, column types, rule and check kinds,
    severities, the rule expressions' functions and operators), which a Chinese message about
    a template names as they are typed."""
    from xlrecon.templates import expr, loader, model, rules

    words = {"true", "false", "sum", "data", "all", "eq", "le", "ge", "total_row", "summary", "and", "or", "not",
             "in", "abs", "rel"}
    for group in (loader._TEMPLATE_KEYS, loader._TABLE_KEYS, loader._COLUMN_KEYS, loader._CHECK_KEYS,
                  loader._SUMMARY_KEYS, loader._HIERARCHIES, model.COLUMN_TYPES, model.CHECK_KINDS, rules.RULE_KINDS,
                  rules._WHOLE_KEYS, rules._SCOPE_KEYS, rules.SEVERITIES, expr.FUNCTIONS, *rules._KEYS.values()):
        words |= set(group)
    return words | set(loader.builtin_names())  # a template named as an example (reserve-progress)


ALLOWED |= _template_words()


def _code_like(token: str) -> bool:
    t = token.rstrip(".:")
    return (t in ALLOWED or token.startswith("-") or token.endswith(":") or any(c in t for c in "/._[]()")
            or any(c.isdigit() for c in t) or (t.isupper() and len(t) > 1) or len(t) == 1)


def problems(text: str, lang: str, values: dict[str, object]) -> list[str]:
    out = []
    if m := _DOUBLED.search(text):
        out.append(f"a unit said twice: {m[0]!r}")
    if m := _RAW.search(text):
        out.append(f"raw exception text: {m[0]!r}")
    if "{" in text or "}" in text:
        out.append("a leftover brace")
    if m := _NONE.search(text):
        out.append(f"{m[0]!r}")
    if m := _FLOAT.search(text):
        out.append(f"a float artefact: {m[0]!r}")
    if lang == "zh":
        rest = text
        for v in sorted((str(v) for v in _flat(values) if str(v)), key=len, reverse=True):
            rest = rest.replace(v, " ")
        words = [w for w in _LATIN.findall(rest) if not _code_like(w)]
        if words:
            out.append(f"English in a Chinese message: {words}")
    return out


def _flat(values: object):
    if isinstance(values, dict):
        for v in values.values():
            yield from _flat(v)
    elif isinstance(values, (list, tuple)):
        for v in values:
            yield from _flat(v)
    else:
        yield values


def test_every_message_reads_as_a_sentence_in_both_languages():
    bad = [f"{where} [{lang}]: {p}\n    {text}" for where, lang, text, values in rendered()
           for p in problems(text, lang, values)]
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("text, lang, says", [
    ("「填报日期」逾期 5 天 天", "zh", "twice"),
    ("填报日期 is 5 天 day(s) late", "en", "twice"),
    ("差额 3 万元 万元", "zh", "twice"),
    ("列出 4 个 个单位", "zh", "twice"),
    ("模板文件 x.yaml 有误：[Errno 2] No such file or directory", "zh", "exception"),
    ("读取失败（KeyError: 'x'）", "zh", "exception"),
    ("单元格内容为“20230322.0”", "zh", "float"),
    ("「预留份额」为 None", "zh", "None"),
    ("{file}：文件不存在", "zh", "brace"),
    ("行政区划文件 x.yaml：cities[0].city: 长沙 is not a city", "zh", "English"),
])
def test_the_checks_catch_a_bad_sentence(text, lang, says):
    assert any(says in p for p in problems(text, lang, {"file": "x.yaml"})), problems(text, lang, {})


def test_an_injected_bad_catalogue_entry_is_caught(monkeypatch):
    monkeypatch.setitem(m.FINDINGS, "deadline.late",
                        {"zh": "逾期 {difference_fmt} 天", "en": "{difference_fmt} day(s) late"})
    monkeypatch.setitem(m.UI, "no_findings", {"zh": "未发现问题 (no findings)", "en": "no findings"})
    flagged = {where.split(" ")[0] for where, lang, text, values in rendered() if problems(text, lang, values)}
    assert {"FINDINGS['deadline.late']", "UI['no_findings']"} <= flagged


# --- the messages users met, from real workbooks ----------------------------------------------

HEAD = ["序号", "单位名称", "食堂情况", "年度食堂食材采购总额", "预留份额", "填报日期"]


def _unit_file(tmp_path: Path, rows: list, head: list = HEAD, unit_line: str | None = "单位：元") -> Path:
    top = [["中原区预算单位2023年度预留份额填报表"]] + ([[unit_line]] if unit_line else [])
    return write_openpyxl(tmp_path / "中原区.xlsx", {"填报": top + [head] + rows})


def test_a_late_filing_says_its_days_once_in_each_language(tmp_path):
    p = _unit_file(tmp_path, [[1, "单位1", "自办", 1000000, 120000, "2023-03-25"]])
    [late] = [f for f in xlrecon.check(p, schema="unit-reserve").files[0].findings if f.check == "deadline"]
    assert (late.difference, late.unit) == (5, "天")
    assert late.message("zh").endswith("（年度取自表头标题），逾期 5 天")
    assert late.message("en").endswith("(the year named in the title); 5 day(s) late")


def test_a_unit_line_is_said_once_naming_the_columns_it_converts(tmp_path):
    p = _unit_file(tmp_path, [[1, "单位1", "自办", 1000000, 120000, "2023-03-10"]])
    fr = xlrecon.check(p, schema="unit-reserve").files[0]
    [u] = [f for f in fr.findings if f.message_key.startswith("type.") and "unit" in f.message_key]
    assert (u.rule, u.severity, u.cell) == ("table.unit_line", "warning", "A2")
    assert u.message("zh") == ("表格上方写明单位为“元”，模板要求“万元”：「年度食堂食材采购总额」「预留份额」各列的数值"
                               "已按 1 元 = 0.0001 万元 换算后核对")
    assert u.message("en") == ("the line above the table states the unit “元” where the template expects “万元”: "
                               "the columns 年度食堂食材采购总额 and 预留份额 were converted (1 元 = 0.0001 万元) "
                               "before checking")
    assert "表头" not in u.message("zh")
    assert not [f for f in fr.findings if f.check == "threshold"]  # 12 % in 元 is 12 % in 万元


def test_a_header_unit_names_its_column(tmp_path):
    head = HEAD[:3] + ["年度食堂食材采购总额（元）", "预留份额", "填报日期"]
    p = _unit_file(tmp_path, [[1, "单位1", "自办", 1000000, 12, "2023-03-10"]], head=head, unit_line=None)
    [u] = [f for f in xlrecon.check(p, schema="unit-reserve").files[0].findings if f.rule.endswith(".unit")]
    assert (u.rule, u.cell) == ("canteen_purchase.unit", "D2")
    assert u.message("zh").startswith("「年度食堂食材采购总额」的表头写明单位“元”，模板要求“万元”")
    assert u.message("en").startswith("the header of 年度食堂食材采购总额 states “元”")


@pytest.mark.parametrize("typed, shown", [(20230322, "20230322"), (20230322.0, "20230322"), (3000000.5, "3000000.5")])
def test_a_date_typed_as_a_number_is_quoted_as_typed(tmp_path, typed, shown):
    p = _unit_file(tmp_path, [[1, "单位1", "自办", 100, 12, typed]], unit_line=None)
    findings = xlrecon.check(p, schema="unit-reserve").files[0].findings
    [bad] = [f for f in findings if f.message_key == "type.invalid_date"]
    assert bad.cell == "F3" and bad.actual == shown
    assert f"单元格内容为“{shown}”" in bad.message("zh") and f"the cell holds “{shown}”" in bad.message("en")


def test_a_previous_file_that_cannot_be_read_is_said_in_the_reports_language(tmp_path):
    prev = tmp_path / "prev"
    prev.mkdir()
    (prev / "上期.xlsx").write_bytes(b"not a workbook")
    p = _unit_file(tmp_path, [[1, "单位1", "自办", 100, 12, dt.datetime(2023, 3, 10)]], unit_line=None)
    fr = xlrecon.check(p, schema="unit-reserve", previous=prev).files[0]
    [(key, params)] = [n for n in fr.notes if n[0] == "previous_skipped"]
    zh, en = m.note_text(key, params, "zh"), m.note_text(key, params, "en")
    assert "不是电子表格文件" in zh and "not a spreadsheet" in en and "不是" not in en


def test_the_sample_folder_reads_without_doubled_units(tmp_path):
    report = xlrecon.check(ROOT / "workbooks", schema=None)
    for fr in report.files:
        for f in fr.findings:
            for lang in LANGS:
                assert not problems(f.message(lang), lang, {**f.params, "v": f.actual, "c": f.column or "",
                                                            "r": f.row_label or ""}), f.message(lang)
