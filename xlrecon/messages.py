"""Every sentence a user reads, in Chinese (default) and English.

Findings and errors carry a message key and parameters; the text is made here,
in the language asked for. A test checks that every key has both languages and
that every key a check can emit is here.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from xlrecon.findings import Finding

LANGS = ("zh", "en")

FINDINGS: dict[str, dict[str, str]] = {
    "type.invalid": {
        "zh": "「{column}」应为数值，单元格内容为“{actual}”，无法识别",
        "en": "{column} should be a number; the cell holds “{actual}”, which is not one",
    },
    "type.wrong_kind": {
        "zh": "「{column}」应为数值，单元格却是{kind}（{actual}）",
        "en": "{column} should be a number; the cell holds a {kind} ({actual})",
    },
    "type.text_number": {
        "zh": "数值以文本形式存储（“{raw}”），已按 {actual_fmt} 读取",
        "en": "number stored as text (“{raw}”), read as {actual_fmt}",
    },
    "type.not_integer": {
        "zh": "「{column}」应为整数，单元格为 {actual_fmt}",
        "en": "{column} should be a whole number; the cell holds {actual_fmt}",
    },
    "type.unit_converted": {
        "zh": "单元格写明单位“{cell_unit}”（“{raw}”），已换算为 {actual_fmt}",
        "en": "the cell states its unit “{cell_unit}” (“{raw}”); converted to {actual_fmt}",
    },
    "type.unit_mismatch": {
        "zh": "单元格单位“{cell_unit}”与「{column}」的单位“{unit}”不是同一类，无法换算（“{raw}”）",
        "en": "the cell's unit “{cell_unit}” cannot be converted to {column}'s unit “{unit}” (“{raw}”)",
    },
    "range.ge": {
        "zh": "「{column}」为 {actual_fmt}，应不小于 {bound}",
        "en": "{column} is {actual_fmt}; it must be at least {bound}",
    },
    "range.gt": {
        "zh": "「{column}」为 {actual_fmt}，应大于 {bound}",
        "en": "{column} is {actual_fmt}; it must be greater than {bound}",
    },
    "range.le": {
        "zh": "「{column}」为 {actual_fmt}，应不大于 {bound}",
        "en": "{column} is {actual_fmt}; it must be at most {bound}",
    },
    "range.lt": {
        "zh": "「{column}」为 {actual_fmt}，应小于 {bound}",
        "en": "{column} is {actual_fmt}; it must be less than {bound}",
    },
    "range.between": {
        "zh": "「{column}」为 {actual_fmt}，应在 {low} 至 {high} 之间",
        "en": "{column} is {actual_fmt}; it must lie between {low} and {high}",
    },
    "range.isin": {
        "zh": "「{column}」为“{actual}”，应为以下之一：{allowed}",
        "en": "{column} is “{actual}”; it must be one of: {allowed}",
    },
    "range.regex": {
        "zh": "「{column}」为“{actual}”，格式不符合要求",
        "en": "{column} is “{actual}”, which is not in the required format",
    },
    "missing.value": {
        "zh": "「{column}」为空（空白视为缺失，不按 0 计）",
        "en": "{column} is blank (a blank is missing, not zero)",
    },
    "duplicate.key": {
        "zh": "「{row_label}」重复出现，首次出现在 {first_cell}",
        "en": "“{row_label}” appears again; it first appears at {first_cell}",
    },
    "total.mismatch": {
        "zh": "「{column}」各行相加为 {actual_fmt}，合计行填写 {expected_fmt}，差额 {difference_fmt}",
        "en": "{column} sums to {actual_fmt} but the total row states {expected_fmt}; difference {difference_fmt}",
    },
    "total.blank_total": {
        "zh": "合计行中「{column}」为空，未核对合计",
        "en": "the total row leaves {column} blank; the total was not checked",
    },
    "total.total_invalid": {
        "zh": "合计行中「{column}」的值“{actual}”无法识别，未核对合计",
        "en": "the total row's {column} (“{actual}”) is not a number; the total was not checked",
    },
    "total.not_evaluated": {
        "zh": "「{column}」有 {count} 个值无法识别（首个在 {first_cell}），未核对合计",
        "en": "{count} value(s) of {column} are not numbers (first at {first_cell}); the total was not checked",
    },
}

ERRORS: dict[str, dict[str, str]] = {
    "file-not-found": {"zh": "{file}：文件不存在", "en": "{file}: no such file"},
    "empty-file": {"zh": "{file}：文件为空（0 字节）", "en": "{file}: the file is empty (0 bytes)"},
    "not-a-workbook": {
        "zh": "{file}：不是电子表格文件（xlsx、xlsm、xls、xlsb、ods）",
        "en": "{file}: not a spreadsheet (xlsx, xlsm, xls, xlsb, ods)",
    },
    "corrupt-file": {
        "zh": "{file}：文件已损坏或不完整，请重新导出后提交（{detail}）",
        "en": "{file}: the file is damaged or truncated; export it again ({detail})",
    },
    "encrypted": {
        "zh": "{file}：工作簿设有打开密码，请去除密码后再提交",
        "en": "{file}: the workbook is password-protected; remove the password and submit it again",
    },
    "unsupported-format": {
        "zh": "{file}：无法读取此格式（{detail}），请另存为 .xlsx 后再提交",
        "en": "{file}: this format cannot be read ({detail}); save it as .xlsx and submit it again",
    },
    "no-sheets": {"zh": "{file}：工作簿中没有含数据的工作表", "en": "{file}: no worksheet holds any cells"},
    "no-table": {
        "zh": "{file}：在工作表（{sheets}）中没有找到与模板（{templates}）相符的表格",
        "en": "{file}: no table in the sheets ({sheets}) matches a template ({templates})",
    },
    "missing-column": {
        "zh": "{file}，工作表「{sheet}」：第 {row} 行是「{template}」模板的表头，但缺少必需的列：{columns}",
        "en": "{file}, sheet “{sheet}”: row {row} holds the header of template {template}, but required column(s) are missing: {columns}",
    },
    "unknown-template": {
        "zh": "未知模板“{name}”；内置模板：{known}；也可以给出 .yaml 模板文件的路径",
        "en": "unknown template “{name}”; built-in templates: {known}; or give the path of a .yaml template file",
    },
    "bad-template": {"zh": "模板文件 {file} 有误：{detail}", "en": "template file {file} is not valid: {detail}"},
    "read-error": {"zh": "{file}：读取失败（{detail}）", "en": "{file}: could not be read ({detail})"},
}

UI: dict[str, dict[str, str]] = {
    "picked": {
        "zh": "{file}：选用模板 {template}（{title}），工作表 {sheets}",
        "en": "{file}: using template {template} ({title}), sheet(s) {sheets}",
    },
    "given": {
        "zh": "{file}：按指定模板 {template}（{title}）核对，工作表 {sheets}",
        "en": "{file}: checked with the template given, {template} ({title}), sheet(s) {sheets}",
    },
    "sheet_skipped": {
        "zh": "{file}：工作表「{sheet}」无法读取，已跳过（{detail}）",
        "en": "{file}: sheet “{sheet}” could not be read and was skipped ({detail})",
    },
    "summary": {
        "zh": "共 {files} 个文件：无差异 {ok}，有差异 {discrepancies}，无法处理 {errors}",
        "en": "{files} file(s): {ok} ok, {discrepancies} with discrepancies, {errors} could not be checked",
    },
    "no_findings": {"zh": "未发现问题", "en": "no findings"},
    "no_files": {
        "zh": "在 {paths} 中没有找到工作簿（xlsx、xlsm、xls、xlsb、ods）",
        "en": "no workbooks (xlsx, xlsm, xls, xlsb, ods) found in {paths}",
    },
    "col.severity": {"zh": "严重程度", "en": "Severity"},
    "col.check": {"zh": "检查", "en": "Check"},
    "col.where": {"zh": "位置", "en": "Where"},
    "col.row_label": {"zh": "行", "en": "Row"},
    "col.message": {"zh": "说明", "en": "Message"},
    "status.ok": {"zh": "无差异", "en": "ok"},
    "status.discrepancies": {"zh": "有差异", "en": "discrepancies"},
    "status.error": {"zh": "无法处理", "en": "error"},
    "sev.error": {"zh": "错误", "en": "error"},
    "sev.warning": {"zh": "警告", "en": "warning"},
    "sev.info": {"zh": "提示", "en": "info"},
    "templates.header": {"zh": "内置模板", "en": "Built-in templates"},
    "kind.date": {"zh": "日期", "en": "date"},
    "help.prog": {
        "zh": "核对并对账县区和预算单位报送的 Excel 工作簿。",
        "en": "Check and reconcile the Excel workbooks that counties and budget units submit.",
    },
    "help.check": {
        "zh": "核对一个或多个工作簿（可给出文件夹），报告每个问题所在的单元格",
        "en": "check one or more workbooks (or folders) and report each finding at its cell",
    },
    "help.paths": {"zh": "工作簿文件或文件夹", "en": "workbook files or folders"},
    "help.schema": {
        "zh": "模板：内置名称（{names}）或 .yaml 模板文件路径；不给出时按表头自动选用",
        "en": "template: a built-in name ({names}) or a .yaml template file; by default the one whose headers match",
    },
    "help.format": {"zh": "输出格式：table（表格，默认）或 json", "en": "output format: table (default) or json"},
    "help.lang": {"zh": "提示语言：zh（中文，默认）或 en", "en": "message language: zh (Chinese, default) or en"},
    "help.templates": {"zh": "列出内置模板", "en": "list the built-in templates"},
    "help.version": {"zh": "显示版本号", "en": "show the version"},
    "kind.bool": {"zh": "逻辑值", "en": "boolean"},
}


def _lang(lang: str) -> str:
    return lang if lang in LANGS else "zh"


def fmt_number(x: Any, unit: str | None = None) -> str:
    """A number as an auditor reads it: exact digits, percent for ratios, unit appended."""
    if isinstance(x, bool) or x is None:
        return str(x)
    if isinstance(x, (int, float)):
        x = Decimal(str(x))
    if isinstance(x, Decimal):
        if unit == "%":
            return f"{x * 100:.2f}%"
        s = format(x, "f")
        return f"{s} {unit}" if unit else s
    return str(x)


def finding_message(f: Finding, lang: str) -> str:
    lang = _lang(lang)
    params = dict(f.params)
    params.setdefault("column", f.column or "")
    params.setdefault("row_label", f.row_label or "")
    params.setdefault("unit", f.unit or "")
    params.setdefault("actual", "" if f.actual is None else f.actual)
    params["actual_fmt"] = fmt_number(f.actual, f.unit)
    params["expected_fmt"] = fmt_number(f.expected, f.unit)
    params["difference_fmt"] = fmt_number(f.difference, f.unit)
    if "kind" in params and f"kind.{params['kind']}" in UI:
        params["kind"] = UI[f"kind.{params['kind']}"][lang]
    return FINDINGS[f.message_key][lang].format(**params)


def error_message(code: str, params: dict[str, Any], lang: str) -> str:
    lang = _lang(lang)
    p = {"detail": "", "sheet": "", "file": "", **params}
    return ERRORS[code][lang].format(**p)


def ui(key: str, lang: str, **params: Any) -> str:
    return UI[key][_lang(lang)].format(**params)
