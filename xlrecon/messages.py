"""Every sentence a user reads, in Chinese (default) and English.

Findings and errors carry a message key and parameters; the text is made here,
in the language asked for. A test checks that every key has both languages and
that every key a check can emit is here.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

LANGS = ("zh", "en")

FINDINGS: dict[str, dict[str, str]] = {
    "type.invalid": {
        "zh": "「{column}」应为数值，单元格内容为“{actual}”，无法识别",
        "en": "{column} should be a number; the cell holds “{actual}”, which is not one",
    },
    "type.out_of_range": {
        "zh": "「{column}」的数值 {actual} 超出可核对的范围（绝对值须小于 10¹⁸），未参与核对",
        "en": "{column} holds {actual}, beyond the range xlrecon checks (magnitude below 10¹⁸); it was not checked",
    },
    "type.error_value": {
        "zh": "「{column}」单元格为错误值 {actual}，未参与核对",
        "en": "{column} holds the error value {actual}; it was not checked",
    },
    "type.not_computed": {
        "zh": "「{column}」是公式（{actual}），没有保存计算结果，xlrecon 未能计算（{why_text}）：请在 Excel/WPS 中打开并保存后再核对",
        "en": "{column} is a formula ({actual}) saved without its value, which xlrecon could not compute ({why_text}): open and save the file in Excel/WPS, then check it again",
    },
    "rule.not_evaluated": {
        "zh": "「{rule}」未能核对本行：「{needed}」（{needed_cell}）不是数值",
        "en": "“{rule}” could not be checked in this row: {needed} ({needed_cell}) is not a number",
    },
    "type.wrong_kind": {
        "zh": "「{column}」应为数值，单元格却是{kind}（{actual}）",
        "en": "{column} should be a number; the cell holds a {kind} ({actual})",
    },
    "type.text_number": {
        "zh": "数值以文本形式存储（“{raw}”），已按 {actual_fmt} 读取",
        "en": "number stored as text (“{raw}”), read as {actual_fmt}",
    },
    "type.invalid_date": {
        "zh": "「{column}」应为日期，单元格内容为“{actual}”，无法识别",
        "en": "{column} should be a date; the cell holds “{actual}”, which is not one",
    },
    "deadline.late": {
        "zh": "「{column}」为 {actual_fmt}，晚于「{rule}」规定的 {expected_fmt}（{basis_text}），逾期 {difference_fmt}",
        "en": "{column} is {actual_fmt}, later than {expected_fmt} set by “{rule}” ({basis_text}); {difference_fmt} late",
    },
    "diff.changed": {
        "zh": "「{column}」由 {expected_fmt} 改为 {actual_fmt}（差额 {difference_fmt}；原在 {old_cell}）",
        "en": "{column} changed from {expected_fmt} to {actual_fmt} (difference {difference_fmt}; was at {old_cell})",
    },
    "diff.changed_text": {
        "zh": "「{column}」由“{old}”改为“{new}”（原在 {old_cell}）",
        "en": "{column} changed from “{old}” to “{new}” (was at {old_cell})",
    },
    "diff.added": {"zh": "新增的行（原版本中没有「{row_label}」）", "en": "a row the old version did not have ({row_label})"},
    "batch.same_file": {
        "zh": "与 {other} 内容完全相同：同一份报送提交了两次",
        "en": "byte-for-byte the same as {other}: one submission sent twice",
    },
    "batch.repeated_submission": {
        "zh": "本文件 {total} 个单位中有 {count} 个也在 {other} 中填报，疑似同一份报送重复提交",
        "en": "{count} of this file's {total} units are also filed in {other}: probably one submission sent twice",
    },
    "batch.duplicate_key": {
        "zh": "“{actual}”也在 {other}（{other_cell}）中填报：同一单位出现在两个文件里",
        "en": "“{actual}” is also filed in {other} ({other_cell}): the same unit in two files",
    },
    "batch.not_in_summary": {
        "zh": "汇总表 {summary} 中没有本文件所属的县市区（标题和文件名均未对上：{names}）",
        "en": "the summary {summary} has no row for this file's district (neither its title nor its name matches: {names})",
    },
    "batch.no_file": {
        "zh": "汇总表中的「{row_label}」没有对应的报送文件",
        "en": "{row_label} is in the summary, but no file was submitted for it",
    },
    "batch.district_twice": {
        "zh": "「{row_label}」有两份报送：本文件与 {other}；以哪份为准需核实，金额未与汇总表核对",
        "en": "{row_label} was submitted twice, this file and {other}; which one stands must be settled, so its figures were not reconciled",
    },
    "batch_sum.mismatch": {
        "zh": "汇总表「{row_label}」的「{column}」为 {expected_fmt}，报送文件（{files}）的「{file_column}」相加为 {actual_fmt}，差额 {difference_fmt}，超出舍入误差范围（±{tolerance_fmt}）",
        "en": "the summary's {column} for {row_label} is {expected_fmt}, but {file_column} in {files} adds up to {actual_fmt}; difference {difference_fmt}, beyond rounding (±{tolerance_fmt})",
    },
    "batch_sum.rounding": {
        "zh": "汇总表「{row_label}」的「{column}」为 {expected_fmt}，报送文件（{files}）相加为 {actual_fmt}，差额 {difference_fmt} 在舍入误差范围内（±{tolerance_fmt}）",
        "en": "the summary's {column} for {row_label} is {expected_fmt} and {files} add up to {actual_fmt}; the difference {difference_fmt} is within rounding (±{tolerance_fmt})",
    },
    "batch_sum.tolerated": {
        "zh": "汇总表「{row_label}」的「{column}」为 {expected_fmt}，报送文件（{files}）相加为 {actual_fmt}，差额在规则允许的误差内（±{tolerance_fmt}）",
        "en": "the summary's {column} for {row_label} is {expected_fmt} and {files} add up to {actual_fmt}, within the rule's tolerance (±{tolerance_fmt})",
    },
    "batch.count_mismatch": {
        "zh": "汇总表「{row_label}」的「{column}」为 {expected_fmt}，报送文件（{files}）中的单位数为 {actual_fmt}",
        "en": "the summary's {column} for {row_label} is {expected_fmt}, but the number of units in {files} is {actual_fmt}",
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
        "zh": "「{row_label}」重复出现，共 {count} 处：{cells}{more_text}（首次出现在 {first_cell}）",
        "en": "“{row_label}” appears again, {count} times in all: {cells}{more_text} (it first appears at {first_cell})",
    },
    "type.header_unit_converted": {
        "zh": "「{column}」的表头写明单位“{stated}”，模板要求“{unit}”：本列数值已按 1 {stated} = {factor} {unit} 换算后核对",
        "en": "the header of {column} states “{stated}” where the template expects “{unit}”: the column was converted (1 {stated} = {factor} {unit}) before checking",
    },
    "type.header_unit_mismatch": {
        "zh": "「{column}」的表头写明单位“{stated}”，与模板要求的“{unit}”不是同一类，无法换算，请核实本列单位",
        "en": "the header of {column} states “{stated}”, which cannot be converted to the template's “{unit}”; check the column's unit",
    },
    "type.unit_line_converted": {
        "zh": "表格上方写明单位为“{stated}”，模板要求“{unit}”：{column_text}的数值已按 1 {stated} = {factor} {unit} 换算后核对",
        "en": "the line above the table states the unit “{stated}” where the template expects “{unit}”: {column_text} converted (1 {stated} = {factor} {unit}) before checking",
    },
    "type.unit_line_mismatch": {
        "zh": "表格上方写明单位为“{stated}”，与模板要求的“{unit}”不是同一类，无法换算：请核实{column_text}的单位",
        "en": "the line above the table states the unit “{stated}”, which cannot be converted to the template's “{unit}”: check the unit of {column_text}",
    },
    "formula.double_count_nested": {
        "zh": "合计公式 ={formula} 既包含了小计（上级）行（第 {parent_rows} 行），又包含了其下各行或「其中」行（第 {rows} 行），这些数被重复计算",
        "en": "the total's formula ={formula} takes in subtotal or parent row(s) {parent_rows} and also the rows under them or their of-which rows ({rows}): those figures are counted twice",
    },
    "formula.double_count": {
        "zh": "合计公式 ={formula} 的范围包含了合计或小计行（第 {rows} 行），这些数被重复计算",
        "en": "the total's formula ={formula} takes in total or subtotal row(s) {rows}: those figures are counted twice",
    },
    "formula.range_missing": {
        "zh": "合计公式 ={formula} 的范围没有包含表中第 {rows} 行（共 {count} 行）",
        "en": "the total's formula ={formula} leaves out row(s) {rows} of the table ({count} in all)",
    },
    "formula.range_outside": {
        "zh": "合计公式 ={formula} 的范围包含了不属于本表的第 {rows} 行",
        "en": "the total's formula ={formula} takes in row(s) {rows}, which are not the table's",
    },
    "formula.inconsistent": {
        "zh": "本格公式 ={formula} 与同列其他 {count} 个单元格的公式（如 ={usual}）不一致",
        "en": "this cell's formula ={formula} differs from the pattern of {count} other cells of the column (such as ={usual})",
    },
    "formula.constant_total": {
        "zh": "合计行的「{column}」是直接填写的数字，而本行其他 {count} 个合计是公式：请确认它没有被手工改过",
        "en": "the total of {column} is a typed number while the row's {count} other total(s) are formulas: "
              "check it was not overwritten by hand",
    },
    "formula.external": {
        "zh": "公式 ={formula} 引用了其他工作簿：其值无法与所引用的数据核对",
        "en": "the formula ={formula} refers to another workbook: its value cannot be checked against what it refers to",
    },
    "type.text_too_long": {
        "zh": "「{column}」的文字超过单元格上限 {limit} 个字符（{actual}）：不是办公软件写出的内容",
        "en": "{column} holds more text than a cell can ({limit} characters; {actual}): no office suite wrote it",
    },
    "hidden.rows": {
        "zh": "本表有 {count} 个隐藏行（第 {rows} 行{filter_text}）：它们仍是表中的数据，已一并核对",
        "en": "the table has {count} hidden row(s) (row(s) {rows}{filter_text}): they are still its data and were checked",
    },
    "hidden.cols": {
        "zh": "本表有 {count} 个隐藏列：{columns}；它们仍是表中的数据，已一并核对",
        "en": "the table has {count} hidden column(s): {columns}; they are still its data and were checked",
    },
    "total.mismatch": {
        "zh": "「{column}」各行相加为 {actual_fmt}，{whole}为 {expected_fmt}，差额 {difference_fmt}，超出舍入误差范围（±{tolerance_fmt}）",
        "en": "{column} sums to {actual_fmt} but {whole} states {expected_fmt}; difference {difference_fmt}, beyond rounding (±{tolerance_fmt})",
    },
    "total.rounding": {
        "zh": "「{column}」各行相加为 {actual_fmt}，{whole}为 {expected_fmt}，差额 {difference_fmt} 在舍入误差范围内（±{tolerance_fmt}），属尾差而非差错{fixup}",
        "en": "{column} sums to {actual_fmt} and {whole} states {expected_fmt}; the difference {difference_fmt} is within rounding (±{tolerance_fmt}), not an error{fixup}",
    },
    "total.tolerated": {
        "zh": "「{column}」各行相加为 {actual_fmt}，{whole}为 {expected_fmt}，差额 {difference_fmt} 在规则允许的误差内（±{tolerance_fmt}）",
        "en": "{column} sums to {actual_fmt} and {whole} states {expected_fmt}; the difference {difference_fmt} is within the rule's tolerance (±{tolerance_fmt})",
    },
    "total.exceeds": {
        "zh": "「{column}」各行相加为 {actual_fmt}，超过{whole} {expected_fmt}，多出 {difference_fmt}（各行之和不应超过该数）",
        "en": "{column} sums to {actual_fmt}, more than {whole} ({expected_fmt}) by {difference_fmt}; the rows may not exceed it",
    },
    "total.short": {
        "zh": "「{column}」各行相加为 {actual_fmt}，低于{whole} {expected_fmt}，差 {difference_fmt}（各行之和应不低于该数）",
        "en": "{column} sums to {actual_fmt}, less than {whole} ({expected_fmt}) by {difference_fmt}; the rows must reach it",
    },
    "total.remainder": {
        "zh": "「{column}」各行相加为 {actual_fmt}，比{whole} {expected_fmt} 少 {remainder_fmt}：这部分金额在本表中没有对应的行",
        "en": "{column} sums to {actual_fmt}, {remainder_fmt} less than {whole} ({expected_fmt}): the table does not account for that amount",
    },
    "ratio.mismatch": {
        "zh": "「{column}」填写 {actual_fmt}，按 {formula} 计算应为 {expected_fmt}，差 {difference_fmt}，超出显示精度可解释的范围（±{tolerance_fmt}）",
        "en": "{column} states {actual_fmt}; {formula} gives {expected_fmt}, a difference of {difference_fmt}, beyond what its displayed precision explains (±{tolerance_fmt})",
    },
    "ratio.rounding": {
        "zh": "「{column}」填写 {actual_fmt}，按 {formula} 计算为 {expected_fmt}，差异可由各数的舍入解释（±{tolerance_fmt}）",
        "en": "{column} states {actual_fmt}; {formula} gives {expected_fmt}; rounding of the figures explains the difference (±{tolerance_fmt})",
    },
    "ratio.tolerated": {
        "zh": "「{column}」填写 {actual_fmt}，按 {formula} 计算为 {expected_fmt}，差异在规则允许的误差内（±{tolerance_fmt}）",
        "en": "{column} states {actual_fmt}; {formula} gives {expected_fmt}, within the rule's tolerance (±{tolerance_fmt})",
    },
    "threshold.violated": {
        "zh": "未达到「{rule}」：「{column}」为 {actual_fmt}，应{op_text} {expected_fmt}，{gap_text} {gap_fmt}",
        "en": "“{rule}” is not met: {column} is {actual_fmt}; it must be {op_text} {expected_fmt}; {gap_text} {gap_fmt}",
    },
    "threshold.rounding": {
        "zh": "「{rule}」：「{column}」为 {actual_fmt}，按规则应{op_text} {expected_fmt}，相差 {gap_fmt}，在舍入误差范围内（±{tolerance_fmt}）",
        "en": "“{rule}”: {column} is {actual_fmt} against {op_text} {expected_fmt}; the gap of {gap_fmt} is within rounding (±{tolerance_fmt})",
    },
    "threshold.tolerated": {
        "zh": "「{rule}」：「{column}」为 {actual_fmt}，按规则应{op_text} {expected_fmt}，相差 {gap_fmt}，在规则允许的误差内（±{tolerance_fmt}）",
        "en": "“{rule}”: {column} is {actual_fmt} against {op_text} {expected_fmt}; the gap of {gap_fmt} is within the rule's tolerance (±{tolerance_fmt})",
    },
    "threshold.failed": {
        "zh": "未满足「{rule}」（{check_text}）",
        "en": "“{rule}” is not met ({check_text})",
    },
    "rollup.mismatch": {
        "zh": "「{row_label}」的「{column}」为 {expected_fmt}，其下 {count} 行（{child_sheets}）相加为 {actual_fmt}，差额 {difference_fmt}，超出舍入误差范围（±{tolerance_fmt}）",
        "en": "{row_label}'s {column} is {expected_fmt} but its {count} rows in {child_sheets} sum to {actual_fmt}; difference {difference_fmt}, beyond rounding (±{tolerance_fmt})",
    },
    "rollup.rounding": {
        "zh": "「{row_label}」的「{column}」为 {expected_fmt}，其下 {count} 行（{child_sheets}）相加为 {actual_fmt}，差额 {difference_fmt} 在舍入误差范围内（±{tolerance_fmt}）{fixup}",
        "en": "{row_label}'s {column} is {expected_fmt} and its {count} rows in {child_sheets} sum to {actual_fmt}; the difference {difference_fmt} is within rounding (±{tolerance_fmt}){fixup}",
    },
    "rollup.tolerated": {
        "zh": "「{row_label}」的「{column}」为 {expected_fmt}，其下 {count} 行相加为 {actual_fmt}，差额在规则允许的误差内（±{tolerance_fmt}）",
        "en": "{row_label}'s {column} is {expected_fmt} and its {count} rows sum to {actual_fmt}, within the rule's tolerance (±{tolerance_fmt})",
    },
    "rollup.no_parent": {
        "zh": "「{column}」为“{actual}”的 {count} 行，在（{parent_sheets}）中找不到对应的上级行",
        "en": "{count} row(s) name “{actual}” as their {column}, but {parent_sheets} has no such row",
    },
    "rollup.no_children": {
        "zh": "「{row_label}」在明细表中没有任何行（按「{parent_column}」归属），无法汇总核对",
        "en": "no detail row names {row_label} as its {parent_column}; it cannot be reconciled",
    },
    "unknown-region.unknown": {
        "zh": "“{actual}”不在行政区划名录中{suggest}",
        "en": "“{actual}” is not in the register of administrative divisions{suggest}",
    },
    "unknown-region.former": {
        "zh": "“{actual}”是旧称，现为 {now}（{code}，{year} 年调整）",
        "en": "“{actual}” is a former name; it is now {now} ({code}, changed {year})",
    },
    "unknown-region.wrong_parent": {
        "zh": "“{actual}”属于 {registry_city}，表中所属为“{stated}”",
        "en": "“{actual}” belongs to {registry_city}, but the table puts it under “{stated}”",
    },
    "shown.digits": {
        "zh": "「{column}」单元格存有 {actual_fmt}，按其数字格式只显示 {expected_fmt}（{decimals} 位小数）：打印出的表与文件中的数不同{verdict_text}",
        "en": "{column} holds {actual_fmt} but its number format shows {expected_fmt} ({decimals} decimal(s)): the printed table and the file differ{verdict_text}",
    },
    "shown.formulas": {
        "zh": "「{column}」有 {count} 个公式单元格（{cells}）存有比显示更多的位数：如本格存有 {actual_fmt}，显示为 {expected_fmt}（{decimals} 位小数）{verdict_text}",
        "en": "{count} formula cell(s) of {column} ({cells}) hold more digits than they show: this one holds {actual_fmt} and shows {expected_fmt} ({decimals} decimal(s)){verdict_text}",
    },
    "subtotal.mismatch": {
        "zh": "「{row_label}」的「{column}」为 {expected_fmt}，其下 {count} 行（第 {rows} 行）相加为 {actual_fmt}，差额 {difference_fmt}，超出舍入误差范围（±{tolerance_fmt}）",
        "en": "{row_label}'s {column} is {expected_fmt} but its {count} rows (rows {rows}) sum to {actual_fmt}; difference {difference_fmt}, beyond rounding (±{tolerance_fmt})",
    },
    "subtotal.rounding": {
        "zh": "「{row_label}」的「{column}」为 {expected_fmt}，其下 {count} 行（第 {rows} 行）相加为 {actual_fmt}，差额 {difference_fmt} 在舍入误差范围内（±{tolerance_fmt}）{fixup}",
        "en": "{row_label}'s {column} is {expected_fmt} and its {count} rows (rows {rows}) sum to {actual_fmt}; the difference {difference_fmt} is within rounding (±{tolerance_fmt}){fixup}",
    },
    "subtotal.tolerated": {
        "zh": "「{row_label}」的「{column}」为 {expected_fmt}，其下 {count} 行（第 {rows} 行）相加为 {actual_fmt}，差额在规则允许的误差内（±{tolerance_fmt}）",
        "en": "{row_label}'s {column} is {expected_fmt} and its {count} rows (rows {rows}) sum to {actual_fmt}, within the rule's tolerance (±{tolerance_fmt})",
    },
    "subtotal.blank": {
        "zh": "「{row_label}」的「{column}」为空，其下 {count} 行（第 {rows} 行）有数，未核对该小计",
        "en": "{row_label} leaves {column} blank though its {count} rows (rows {rows}) hold figures; the subtotal was not checked",
    },
    "subtotal.not_evaluated": {
        "zh": "「{row_label}」或其下各行（第 {rows} 行）的「{column}」有无法识别的值（{first_cell}），未核对该小计",
        "en": "{row_label} or its rows (rows {rows}) hold a {column} value that is not a number ({first_cell}); the subtotal was not checked",
    },
    "of_which.mismatch": {
        "zh": "「{row_label}」的「{column}」为 {expected_fmt}，其中各项（第 {rows} 行）相加为 {actual_fmt}，差额 {difference_fmt}，超出舍入误差范围（±{tolerance_fmt}）；模板规定其中各项应合计为该行",
        "en": "{row_label}'s {column} is {expected_fmt} but its of-which rows (rows {rows}) sum to {actual_fmt}; difference {difference_fmt}, beyond rounding (±{tolerance_fmt}); the template says they make up the row",
    },
    "of_which.exceeds": {
        "zh": "「{row_label}」的「{column}」为 {expected_fmt}，其中各项（第 {rows} 行）相加为 {actual_fmt}，多出 {difference_fmt}：其中各项之和不应超过该行",
        "en": "{row_label}'s {column} is {expected_fmt} but its of-which rows (rows {rows}) sum to {actual_fmt}, {difference_fmt} more: they may not exceed the row",
    },
    "of_which.rounding": {
        "zh": "「{row_label}」的「{column}」为 {expected_fmt}，其中各项（第 {rows} 行）相加为 {actual_fmt}，差额 {difference_fmt} 在舍入误差范围内（±{tolerance_fmt}）{fixup}",
        "en": "{row_label}'s {column} is {expected_fmt} and its of-which rows (rows {rows}) sum to {actual_fmt}; the difference {difference_fmt} is within rounding (±{tolerance_fmt}){fixup}",
    },
    "of_which.tolerated": {
        "zh": "「{row_label}」的「{column}」为 {expected_fmt}，其中各项（第 {rows} 行）相加为 {actual_fmt}，差额在规则允许的误差内（±{tolerance_fmt}）",
        "en": "{row_label}'s {column} is {expected_fmt} and its of-which rows (rows {rows}) sum to {actual_fmt}, within the rule's tolerance (±{tolerance_fmt})",
    },
    "of_which.blank": {
        "zh": "「{row_label}」的「{column}」为空，其中各项（第 {rows} 行）有数，未核对其中项",
        "en": "{row_label} leaves {column} blank though its of-which rows (rows {rows}) hold figures; they were not checked",
    },
    "of_which.not_evaluated": {
        "zh": "「{row_label}」或其中各项（第 {rows} 行）的「{column}」有无法识别的值（{first_cell}），未核对其中项",
        "en": "{row_label} or its of-which rows (rows {rows}) hold a {column} value that is not a number ({first_cell}); they were not checked",
    },
    "of_which_item.exceeds": {
        "zh": "其中项「{row_label}」的「{column}」为 {actual_fmt}，大于所属的「{parent_label}」（{parent_cell}）{expected_fmt}，多出 {difference_fmt}：其中项不应大于所属行",
        "en": "the of-which row {row_label} has {column} {actual_fmt}, more than the row it is part of, {parent_label} ({parent_cell}), at {expected_fmt}, by {difference_fmt}",
    },
    "of_which_item.rounding": {
        "zh": "其中项「{row_label}」的「{column}」为 {actual_fmt}，略大于所属的「{parent_label}」（{parent_cell}）{expected_fmt}，差额在舍入误差范围内（±{tolerance_fmt}）",
        "en": "the of-which row {row_label} has {column} {actual_fmt}, slightly more than {parent_label} ({parent_cell}) at {expected_fmt}, within rounding (±{tolerance_fmt})",
    },
    "of_which_item.tolerated": {
        "zh": "其中项「{row_label}」的「{column}」为 {actual_fmt}，略大于所属的「{parent_label}」（{parent_cell}）{expected_fmt}，在规则允许的误差内（±{tolerance_fmt}）",
        "en": "the of-which row {row_label} has {column} {actual_fmt}, slightly more than {parent_label} ({parent_cell}) at {expected_fmt}, within the rule's tolerance (±{tolerance_fmt})",
    },
    "suspect.only": {
        "zh": "最少改动定位：此格由 {actual_fmt} 改为 {expected_fmt}（{difference_fmt}），连同其余共 {count} 格的改动，{rules}即成立，其余规则仍成立；这是唯一的最少改法",
        "en": "fewest changes: this cell from {actual_fmt} to {expected_fmt} ({difference_fmt}), with {count} cell(s) changed in all, makes {rules} hold; no other set of changes is as small",
    },
    "suspect.in_all": {
        "zh": "最少改动定位：此格由 {actual_fmt} 改为 {expected_fmt}（{difference_fmt}），共改 {count} 格即可使{rules}全部成立；另有 {others} 种同样少的改法，但每一种都要改此格",
        "en": "fewest changes: this cell from {actual_fmt} to {expected_fmt} ({difference_fmt}), {count} cell(s) changed in all, makes {rules} hold; {others} other set(s) as small exist, and every one changes this cell",
    },
    "suspect.one_of": {
        "zh": "最少改动定位：若此格由 {actual_fmt} 改为 {expected_fmt}（{difference_fmt}），共改 {count} 格即可使{rules}全部成立；但另有 {others} 种同样少的改法（如改 {other_cells}），单凭运算不能确定是此格",
        "en": "fewest changes: this cell from {actual_fmt} to {expected_fmt} ({difference_fmt}), {count} cell(s) changed in all, would make {rules} hold; but {others} other set(s) as small exist (changing {other_cells}, for one), so the arithmetic cannot tell it is this cell",
    },
    "suspect.not_located": {
        "zh": "最少改动定位未能完成（{failed_text}）：{rules}的 {count} 处差额未定位到单元格",
        "en": "the fewest-changes localisation did not finish ({failed_text}): the {count} gap(s) of {rules} were not traced to a cell",
    },
    "leaves.mismatch": {
        "zh": "「{column}」各明细行（{count} 行，不含小计与上级行）相加为 {actual_fmt}，{whole}为 {expected_fmt}，差额 {difference_fmt}，超出舍入误差范围（±{tolerance_fmt}）",
        "en": "{column}'s {count} detail rows (subtotals and parent rows left out) sum to {actual_fmt} but {whole} states {expected_fmt}; difference {difference_fmt}, beyond rounding (±{tolerance_fmt})",
    },
    "leaves.rounding": {
        "zh": "「{column}」各明细行（{count} 行，不含小计与上级行）相加为 {actual_fmt}，{whole}为 {expected_fmt}，差额 {difference_fmt} 在舍入误差范围内（±{tolerance_fmt}），属尾差而非差错{fixup}",
        "en": "{column}'s {count} detail rows (subtotals and parent rows left out) sum to {actual_fmt} and {whole} states {expected_fmt}; the difference {difference_fmt} is within rounding (±{tolerance_fmt}), not an error{fixup}",
    },
    "leaves.tolerated": {
        "zh": "「{column}」各明细行（{count} 行，不含小计与上级行）相加为 {actual_fmt}，{whole}为 {expected_fmt}，差额在规则允许的误差内（±{tolerance_fmt}）",
        "en": "{column}'s {count} detail rows (subtotals and parent rows left out) sum to {actual_fmt} and {whole} states {expected_fmt}, within the rule's tolerance (±{tolerance_fmt})",
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
    "file-not-found": {"zh": "{role}{file}：文件不存在", "en": "{role}{file}: no such file"},
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
        "zh": "{file}，工作表「{sheet}」：第 {row} 行是「{template}」模板（{title}）的表头，找到 {n_found} 列（{found}），但缺少必需的列：{columns}。{hints}",
        "en": "{file}, sheet “{sheet}”: row {row} holds the header of template {template} ({title}) with {n_found} of its columns ({found}), but required column(s) are missing: {columns}. {hints}",
    },
    "unknown-template": {
        "zh": "未知模板“{name}”；内置模板：{known}；也可以给出 .yaml 模板文件的路径",
        "en": "unknown template “{name}”; built-in templates: {known}; or give the path of a .yaml template file",
    },
    "bad-template": {"zh": "模板文件 {file} 有误：{detail}", "en": "template file {file} is not valid: {detail}"},
    "bad-regions": {"zh": "行政区划文件 {file}：{reason}", "en": "region file {file}: {reason}"},
    "unknown-column": {"zh": "模板 {template} 中没有“{column}”这一列（有：{known}）", "en": "template {template} has no column “{column}” (it has: {known})"},
    "file-exists": {"zh": "{file} 已存在，未覆盖：请另取文件名，或先删去它", "en": "{file} is there already and was not overwritten: choose another name, or delete it first"},
    "no-such-sheet": {"zh": "{file} 中没有工作表「{sheet}」（有：{sheets}）", "en": "{file} has no sheet “{sheet}” (it has: {sheets})"},
    "no-table-to-draft": {
        "zh": "{file}：工作表 {sheets} 中未找到可起草模板的表格（需要一行表头文字，其下是填有数字的行）",
        "en": "{file}: no table to draft a template from in sheet(s) {sheets} (a row of header texts over rows of figures)",
    },
    "compare-column": {
        "zh": "{file}（工作表 {sheet}）：两表核对找不到列 {names}（表头有：{found}）；"
              "用 --key、--columns 按模板列名或表头文字指定",
        "en": "{file} (sheet {sheet}): compare finds no column {names} (the header has: {found}); name them with "
              "--key and --columns, by template column name or header text",
    },
    "compare-units": {
        "zh": "{file}：「{column}」的单位 {unit} 与另一表「{other_column}」的单位 {other_unit} 不是同一类，"
              "无法换算比较",
        "en": "{file}: {column} is in {unit}, {other_column} of the other table in {other_unit}: not comparable",
    },
    "compare-tolerance": {
        "zh": "--tolerance 应为不小于 0 的数，可带单位（如 0.01、500元），而不是“{text}”",
        "en": "--tolerance takes a number of 0 or more, with a unit or not (0.01, 500元), not “{text}”",
    },
    "read-error": {"zh": "{file}：读取失败（{detail}）", "en": "{file}: could not be read ({detail})"},
    "not-a-file": {
        "zh": "{file}：不是工作簿文件（{reason}）",
        "en": "{file}: not a workbook file ({reason})",
    },
    "too-large": {
        "zh": "{file}：{reason}，未读取（上限可用环境变量调整，见 README 的 Limits 一节）",
        "en": "{file}: {reason}; not read (the limits can be changed by environment variables, see Limits in the README)",
    },
    "timeout": {
        "zh": "{file}：处理超过时限 {seconds} 秒，已中止（文件可能过大、已损坏，或读取被阻塞）；其余文件照常核对",
        "en": "{file}: stopped after the time limit of {seconds} s (too large, damaged, or its read blocked); the other files were checked",
    },
    "worker-failed": {
        "zh": "{file}：核对该文件的工作进程异常退出（{detail}），可能是文件损坏或内存不足",
        "en": "{file}: the worker process checking it ended abnormally ({detail}): a damaged file or memory exhausted",
    },
    "no-dask": {
        "zh": "--engine dask 需要 Dask：请安装 xlrecon[dask]（pip install \"xlrecon[dask]\"）",
        "en": "--engine dask needs Dask: install xlrecon[dask] (pip install \"xlrecon[dask]\")",
    },
    "no-scheduler": {
        "zh": "无法连接 Dask 集群 {file}（{detail}）：请检查 --scheduler 地址及网络",
        "en": "cannot reach the Dask cluster {file} ({detail}): check the --scheduler address and the network",
    },
    "bad-manifest": {
        "zh": "{file}：不能用作本次核对的进度文件（{reason}）：请换一个文件名，或删除它后重新开始",
        "en": "{file}: not a progress file this run can resume from ({reason}): give another name, or delete it to start afresh",
    },
    "bad-summary": {
        "zh": "{file}：不能用作汇总表（{detail}）",
        "en": "{file}: cannot be used as the summary table ({detail})",
    },
    "cannot-annotate": {
        "zh": "{file}：无法安全地写入核对结果（{reason}），文件未改动；可用 --report 另存核对结果",
        "en": "{file}: findings cannot be written into this file safely ({reason}); it was left unchanged; "
              "use --report to write them to a separate workbook",
    },
    "cannot-round": {
        "zh": "{file}：无法写出调整尾差后的副本（{reason}），文件未改动",
        "en": "{file}: no corrected copy could be written ({reason}); the file was left unchanged",
    },
    "write-failed": {
        "zh": "{file}：写入失败（{detail}），已有的文件均未改动",
        "en": "{file}: could not be written ({detail}); no file that was there has changed",
    },
}

#: what a path named like a workbook is instead (the ``what`` of ``not-a-file``)
NOT_A_FILE: dict[str, dict[str, str]] = {
    "folder": {"zh": "是一个文件夹", "en": "it is a folder"},
    "link": {"zh": "是一个断开或循环的链接", "en": "it is a broken or looping link"},
    "special": {"zh": "是管道、套接字或设备文件", "en": "it is a FIFO, a socket or a device"},
    "unreachable": {"zh": "无法访问：{detail}", "en": "it cannot be reached: {detail}"},
}

#: what a ``too-large`` file exceeds (its ``what``)
TOO_LARGE: dict[str, dict[str, str]] = {
    "part": {"zh": "部件 {part} 解压后为 {size}，超过上限 {limit}",
             "en": "part {part} inflates to {size}, over the limit of {limit}"},
    "ratio": {"zh": "部件 {part} 由 {packed} 解压为 {size}，压缩比超过上限 {limit}（疑似压缩炸弹）",
              "en": "part {part} inflates from {packed} to {size}, a ratio over the limit of {limit} (a zip bomb?)"},
    "beyond": {"zh": "工作表「{sheet}」的单元格 {cell} 超出 Excel 的表格范围",
               "en": "sheet “{sheet}” has a cell {cell} beyond Excel's grid"},
    "grid": {"zh": "工作表「{sheet}」的单元格延伸到 {cell}，所占区域有 {cells} 个单元格，超过上限 {limit}",
             "en": "sheet “{sheet}” reaches cell {cell}: its used range spans {cells} cells, over the limit of {limit}"},
}

#: why a file cannot be annotated (the ``reason`` of ``cannot-annotate``)
#: why a --resume file cannot be used (``bad-manifest``'s ``what``)
MANIFEST: dict[str, dict[str, str]] = {
    "not_manifest": {"zh": "不是 xlrecon 的进度文件", "en": "it is not an xlrecon progress file"},
    "damaged": {"zh": "文件开头已损坏", "en": "its beginning is damaged"},
    "options": {"zh": "它记录的是另一组选项下的核对：{names}", "en": "it records a run with other options: {names}"},
    "unreadable": {"zh": "无法读写该文件：{detail}", "en": "it cannot be read or written: {detail}"},
}


REFUSALS: dict[str, dict[str, str]] = {
    "unreadable": {"zh": "文件无法读取", "en": "the file could not be read"},
    "not_typed": {"zh": "{cells} 不是直接填写的数值（公式、文本或空白）",
                  "en": "{cells} is not a typed number (a formula, a text or a blank)"},
    "format": {"zh": "{suffix} 格式只能读取，不能写回；支持 .xlsx、.xlsm、.xltx、.xltm",
               "en": "{suffix} files are read only; .xlsx, .xlsm, .xltx and .xltm can be annotated"},
    "package.not_zip": {"zh": "不是 OOXML 压缩包（{detail}）", "en": "not an OOXML zip package ({detail})"},
    "package.encrypted_entry": {"zh": "部件 {part} 已加密", "en": "part {part} is encrypted"},
    "package.duplicate_part": {"zh": "部件 {part} 重复出现", "en": "part {part} appears twice"},
    "package.bad_part": {"zh": "部件 {part} 已损坏（{detail}）", "en": "part {part} is damaged ({detail})"},
    "package.no_content_types": {"zh": "缺少 [Content_Types].xml", "en": "[Content_Types].xml is missing"},
    "package.missing_part": {"zh": "缺少部件 {part}", "en": "part {part} is missing"},
    "package.dtd": {"zh": "部件 {part} 含 DTD 声明", "en": "part {part} declares a DTD"},
    "package.bad_xml": {"zh": "部件 {part} 不是合法的 XML（{detail}）", "en": "part {part} is not well-formed XML ({detail})"},
    "package.no_workbook": {"zh": "找不到工作簿部件", "en": "no workbook part"},
    "package.no_sheets": {"zh": "工作簿部件没有工作表列表", "en": "the workbook part has no sheet list"},
    "package.strict": {"zh": "严格 (Strict) OOXML 格式暂不支持写回", "en": "Strict OOXML is not supported for writing"},
    "package.encoding": {"zh": "部件 {part} 的编码为 {encoding}，不是 UTF-8", "en": "part {part} is encoded in {encoding}, not UTF-8"},
    "package.not_worksheet": {"zh": "部件 {part} 不是工作表", "en": "part {part} is not a worksheet"},
    "package.no_sheet_data": {"zh": "工作表部件 {part} 没有 sheetData", "en": "worksheet part {part} has no sheetData"},
    "package.bad_row": {"zh": "工作表部件 {part} 第 {row} 行没有结束标记", "en": "worksheet part {part}: row {row} is not closed"},
}

#: what a region registry file (``--regions``) does not hold as it should (the ``what`` of ``bad-regions``)
REGION_FILE: dict[str, dict[str, str]] = {
    "at": {"zh": "{where}：{what}", "en": "{where}: {what}"},
    "missing": {"zh": "文件不存在", "en": "no such file"},
    "folder": {"zh": "是一个文件夹，不是文件", "en": "it is a folder, not a file"},
    "denied": {"zh": "没有读取权限", "en": "it may not be read (permission denied)"},
    "unreadable": {"zh": "无法读取", "en": "it cannot be read"},
    "encoding": {"zh": "不是 UTF-8 编码的文本", "en": "it is not UTF-8 text"},
    "yaml": {"zh": "第 {line} 行第 {column} 列不符合 YAML 语法", "en": "not valid YAML at line {line}, column {column}"},
    "yaml_unplaced": {"zh": "不符合 YAML 语法", "en": "not valid YAML"},
    "top": {"zh": "文件应为映射，其中 cities: 是条目的列表，格式同 schemas/regions/supplement.yaml",
            "en": "the file is a mapping whose cities: is a list of entries, as schemas/regions/supplement.yaml is"},
    "unknown_keys": {"zh": "未知的键 {keys}（可用的键：{allowed}）", "en": "unknown key(s) {keys}; allowed: {allowed}"},
    "cities": {"zh": "应为条目的列表，每项含 city:、province:、former:、aliases: 或 units:",
               "en": "a list of entries, each with city:, province:, former:, aliases: or units:"},
    "entry": {"zh": "条目应为含 city: 或 province: 的映射", "en": "an entry is a mapping with city: and/or province:"},
    "no_scope": {"zh": "条目需要 city: 或 province:", "en": "an entry needs city: or province:"},
    "names": {"zh": "应为名称的列表", "en": "a list of names"},
    "name": {"zh": "应为一个名称", "en": "a name is expected"},
    "official": {"zh": "“{name}”已是正式的行政区划名称，不能作为单位名", "en": "“{name}” is already the official name of a division"},
    "former_list": {"zh": "应为列表，每项含 name:、now: 和 year:", "en": "a list of entries with name:, now: and year:"},
    "former": {"zh": "应为含 name:、now: 和 year: 的映射", "en": "a mapping with name:, now: and year:"},
    "year": {"zh": "应为年份，如 2021", "en": "a year such as 2021"},
    "aliases": {"zh": "应为“别名: 正式名称”的映射", "en": "a mapping of alias: official name"},
    "not_province": {"zh": "“{name}”不是省级行政区", "en": "“{name}” is not a province"},
    "not_city": {"zh": "“{name}”不是地级市", "en": "“{name}” is not a city"},
    "not_city_of": {"zh": "“{name}”不是{province}的地级市", "en": "“{name}” is not a city of {province}"},
    "city_twice": {"zh": "“{name}”不止一个，请加上 province:", "en": "there is more than one “{name}”: add province:"},
    "no_target": {"zh": "“{name}”不是{scope}的正式名称或单位", "en": "“{name}” is not an official name or unit in {scope}"},
    "target_twice": {"zh": "{scope}有不止一个“{name}”", "en": "there is more than one “{name}” in {scope}"},
}

#: what a template file does not hold as it should (the ``what`` of ``bad-template``): the file
#: itself (missing, not UTF-8, not YAML: ``yaml`` with a ``problem``, one of the ``yaml.*``
#: keys), or what a place in it (``columns[3].type``, the ``where``) should hold; ``expr.*`` are
#: the rule expressions' own (``rules[2].check``). A list parameter (``allowed``, ``keys``,
#: ``names``) is joined in the message's language; ``gives`` / ``holds`` are ``kind.*`` keys.
TEMPLATE_FILE: dict[str, dict[str, str]] = {
    "at": {"zh": "{where}：{what}", "en": "{where}: {what}"},
    # the file
    "missing": {"zh": "文件不存在", "en": "no such file"},
    "folder": {"zh": "是一个文件夹，不是文件", "en": "it is a folder, not a file"},
    "denied": {"zh": "没有读取权限", "en": "it may not be read (permission denied)"},
    "unreadable": {"zh": "无法读取", "en": "it cannot be read"},
    "encoding": {"zh": "不是 UTF-8 编码的文本（第 {line} 行起），请用 UTF-8 编码另存",
                 "en": "it is not UTF-8 text (from line {line} on): save it as UTF-8"},
    "empty": {"zh": "文件是空的", "en": "the file is empty"},
    "yaml": {"zh": "第 {line} 行第 {column} 列：YAML 格式有误（{problem}）",
             "en": "line {line}, column {column}: not valid YAML ({problem})"},
    "yaml_at": {"zh": "第 {line} 行第 {column} 列：YAML 格式有误", "en": "line {line}, column {column}: not valid Y"
                      "AML"},
    "yaml_unplaced": {"zh": "YAML 格式有误", "en": "not valid YAML"},
    "yaml.mapping_values": {
        "zh": "同一行里出现了第二个“键:”，或缩进有误；值中含有“: ”时请给值加引号",
        "en": "mapping values are not allowed here: a second “key:” on the line, or a wrong indentation; "
              "quote a value that holds “: ”",
    },
    "yaml.tab": {"zh": "用了制表符缩进，YAML 只能用空格缩进", "en": "a tab character: YAML is indented with spaces "
                       "only"},
    "yaml.bad_start": {"zh": "值不能以“{char}”开头，请给这个值加引号",
                       "en": "a value cannot begin with “{char}”: put it in quotes"},
    "yaml.no_colon": {"zh": "这里的键后面缺少冒号“:”（或上文的引号、括号没有闭合）",
                      "en": "could not find the “:” after this key (or a quote or bracket above is not closed)"},
    "yaml.unclosed_list": {"zh": "这里的“[”没有对应的“]”：方括号中的各项以逗号分隔，以“]”结束",
                           "en": "the “[” here is not closed by a “]”: the items of a flow sequence are separated "
                                 "by commas"},
    "yaml.unclosed_mapping": {"zh": "这里的花括号没有闭合：花括号中的各项以逗号分隔，以右花括号结束",
                              "en": "the curly bracket here is not closed: the items of a flow mapping are separated "
                                    "by commas"},
    "yaml.unclosed_quote": {"zh": "这里的引号没有闭合", "en": "the quote here is never closed"},
    "yaml.escape": {"zh": "双引号中的“\\{char}”不是有效的转义：反斜杠请写两个，或改用单引号",
                    "en": "“\\{char}” is no escape in double quotes: write the backslash twice, or use single quotes"},
    "yaml.alias": {"zh": "以“*”开头的值会被当作别名“{char}”：请给这个值加引号",
                   "en": "a value that begins with “*” is taken as the alias “{char}”: put it in quotes"},
    "yaml.anchor": {"zh": "“&”或“*”之后应是锚点名：以它们开头的值请加引号",
                    "en": "“&” or “*” begins an anchor or an alias: put a value that begins with one in quotes"},
    "yaml.tag": {"zh": "以“!”开头的值会被当作标签“{char}”：请给这个值加引号",
                 "en": "a value that begins with “!” is taken as the tag “{char}”: put it in quotes"},
    "yaml.indent": {"zh": "缩进不一致：同一层的键或列表项应上下对齐",
                    "en": "the indentation does not match: the keys or items of one level stand in one column"},
    "yaml.stray": {"zh": "这里的文字无法归入上文：引号结束后还有文字，或缩进有误",
                   "en": "text here belongs to nothing above: after a closing quote, or a wrong indentation"},
    "yaml.unhashable": {"zh": "键不能是列表或映射", "en": "a key cannot be a list or a mapping"},
    "yaml.control": {"zh": "含有不能出现在文本中的控制字符 {char}", "en": "a control character, {char}, that text m"
                           "ay not hold"},
    # what a place holds
    "top": {"zh": "模板应为映射（name:、key:、columns: 等），格式同 schemas/ 中的内置模板",
            "en": "a template is a mapping (name:, key:, columns: ...), as the built-in ones in schemas/ are"},
    "unknown_keys": {"zh": "未知的键 {keys}（可用的键：{allowed}）", "en": "unknown key(s) {keys}; allowed: {allowed}"},
    "rule_keys": {"zh": "{kind} 规则没有键 {keys}（可用的键：{allowed}）",
                  "en": "unknown key(s) {keys} for a {kind} rule; allowed: {allowed}"},
    "one_of": {"zh": "“{value}”不是可用的取值（应为 {allowed} 之一）", "en": "{value!r} is not one of {allowed}"},
    "choice": {"zh": "应为 {allowed} 之一", "en": "one of {allowed}"},
    "mapping": {"zh": "应为映射", "en": "a mapping"},
    "list": {"zh": "应为列表", "en": "a list"},
    "nonempty_list": {"zh": "应为非空的列表", "en": "a non-empty list"},
    "texts": {"zh": "应为一段文字或文字的列表", "en": "expected a text or a list of texts"},
    "bool": {"zh": "应为 true 或 false", "en": "true or false"},
    "number": {"zh": "应为数值", "en": "a number"},
    "not_number": {"zh": "“{value}”不是数值", "en": "{value!r} is not a number"},
    "not_negative": {"zh": "不能为负数", "en": "not negative"},
    "positive": {"zh": "应为正数", "en": "a positive number"},
    "whole_number": {"zh": "应为 {low} 到 {high} 的整数", "en": "a whole number from {low} to {high}"},
    "decimals": {"zh": "应为小数位数，0 到 10 的整数", "en": "a whole number of decimals from 0 to 10"},
    "severity": {"zh": "应为 error、warning 或 info", "en": "error, warning or info"},
    "regex": {"zh": "应为正则表达式", "en": "a regular expression"},
    "bad_regex": {"zh": "不是有效的正则表达式（第 {pos} 个字符处有误）",
                  "en": "not a valid regular expression (wrong at character {pos})"},
    "bad_regex_unplaced": {"zh": "不是有效的正则表达式", "en": "not a valid regular expression"},
    "template_name": {"zh": "应为小写字母开头的标识，由小写字母、数字、- 和 _ 组成，如 county_trade",
                      "en": "a lower-case identifier such as county-trade"},
    "title": {"zh": "应为一段文字，或含 zh（及 en）的映射", "en": "a mapping with zh (and en)"},
    "duplicate_columns": {"zh": "列名重复：{names}", "en": "duplicate column name(s) {names}"},
    "key": {"zh": "应为某一列的 name（{names} 之一）", "en": "must name one of the columns ({names})"},
    "key_text": {"zh": "应为文本列（每行的单位或地区名称）；“{name}”列的类型是 {type}",
                 "en": "must name a text column (each row's unit or region; {name} is of type {type})"},
    "code_column": {"zh": "hierarchy: code 时应为某一列的 name（{names} 之一）",
                    "en": "with hierarchy: code, one of the columns ({names})"},
    "code_column_only": {"zh": "只在 hierarchy: code 时使用", "en": "only with hierarchy: code"},
    "indent_both": {"zh": "缩进只能表示“其中”行或下级行（hierarchy: indent）之一，不能两者都表示",
                    "en": "indentation tells either of-which rows or children (hierarchy: indent), not both"},
    "batch": {"zh": "应为含 summary 的映射", "en": "a mapping with summary"},
    "summary": {"zh": "应为含 template 和 sums 的映射", "en": "a mapping with template and sums"},
    "summary_template": {"zh": "应为汇总表所用模板的名称，如 reserve-progress",
                         "en": "the name of the summary's template, such as reserve-progress"},
    "sums": {"zh": "应为映射：本模板的列对应汇总表的列", "en": "a mapping of this template's columns to the summary"
                   "'s columns"},
    "sums_numeric": {"zh": "不是本模板的数值列（数值列：{names}）",
                     "en": "not a numeric column of this template ({names})"},
    "summary_column": {"zh": "应为汇总表中一列的名称", "en": "the summary's column name"},
    "summary_not_numeric": {"zh": "“{name}”不是 {template} 模板的数值列",
                            "en": "{name!r} is not a numeric column of {template}"},
    "summary_units": {"zh": "{unit} 不能汇总到单位为 {col_unit} 的“{name}”列",
                      "en": "{unit} cannot be summed into {name} ({col_unit})"},
    "rules": {"zh": "应为规则的列表", "en": "a list of rules"},
    "duplicate_rules": {"zh": "规则 id 重复：{names}", "en": "duplicate rule id(s) {names}"},
    "column": {"zh": "列应为映射，如 name: unit_purchase 加上 header: 采购额", "en": "a column is a mapping"},
    "column_name": {"zh": "应为英文标识，如 unit_purchase", "en": "an identifier such as unit_purchase"},
    "unit_known": {"zh": "未知的单位“{value}”（可用的单位：{allowed}）", "en": "unknown unit {value!r}; known: {all"
                         "owed}"},
    "unit": {"zh": "未知的单位“{value}”", "en": "unknown unit {value!r}"},
    "total_sum": {"zh": "这里只能写 sum", "en": "only 'sum' is supported here"},
    "total_type": {"zh": "{type} 列不能求和", "en": "a {type} column cannot be summed"},
    "date_unit": {"zh": "日期列没有单位", "en": "a date column has no unit"},
    "date_checks": {"zh": "日期列不能有数值检查；期限请用 kind: deadline 规则",
                    "en": "a date column takes no value checks; a deadline rule (kind: deadline) bounds it"},
    "check": {"zh": "检查应为映射，如 kind: ge 加上 value: 0", "en": "a check is a mapping such as kind: ge with va"
                    "lue: 0"},
    "check_needs": {"zh": "{kind} 检查需要 {param}", "en": "{kind} needs {param}"},
    "min_max": {"zh": "min 和 max 应为数值", "en": "min and max are numbers"},
    # rules
    "rule": {"zh": "规则应为含 id、kind、label 等键的映射", "en": "a rule is a mapping with id, kind, label ..."},
    "rule_id": {"zh": "规则需要 id", "en": "a rule needs an id"},
    "rule_label": {"zh": "应为中文说明（一段文字，或含 zh 和 en 的映射）",
                   "en": "a label in Chinese (text, or a mapping with zh and en)"},
    "unknown_column": {"zh": "没有“{name}”这一列（列：{names}）", "en": "unknown column {name!r}; columns: {names}"},
    "rows": {"zh": "应为 data（默认）或 all（含合计行）", "en": "data (the default) or all (the 合计 rows too)"},
    "rows_all": {"zh": "应为 data 或 all（默认，含合计行）", "en": "data or all (the default: 合计 rows too)"},
    "total_column": {"zh": "total 规则需要数值列", "en": "a total rule needs a numeric column"},
    "wholes": {"zh": "至少要有一个比较对象", "en": "at least one whole"},
    "relation": {"zh": "应为 eq、le（不超过）或 ge（不低于）", "en": "eq, le (at most) or ge (at least)"},
    "remainder_le": {"zh": "只有 le 规则才有余额", "en": "only a `le` rule leaves a remainder"},
    "ratio_column": {"zh": "ratio 规则应指明由公式得出的列", "en": "a ratio rule names the derived column"},
    "formula_kind": {"zh": "公式得出的是{gives}，该列是{holds}", "en": "the formula gives {gives}, the column holds"
                           " {holds}"},
    "threshold_column": {"zh": "请写明差额记在哪一列（column）", "en": "name the column the shortfall is reported in"},
    "rollup_column": {"zh": "rollup 规则需要数值列", "en": "a rollup rule needs a numeric column"},
    "parent_column": {"zh": "应为写明每行上级的文本列（如 city）",
                      "en": "the text column that names each row's parent (such as city)"},
    "region_column": {"zh": "应为地区名称所在的文本列", "en": "the text column of region names"},
    "region_parent": {"zh": "应为写明每个地区所属市的文本列", "en": "a text column naming each region's city"},
    "region_name": {"zh": "应为地区名称，如 湖南省", "en": "a name such as 湖南省"},
    "deadline_column": {"zh": "deadline 规则应指明日期列", "en": "a deadline rule names a date column"},
    "month_day": {"zh": "应为“月-日”格式的日期，如 03-20（不是“{value}”）",
                  "en": "a day of the year written MM-DD, such as 03-20 (not {value!r})"},
    "month_day_needed": {"zh": "应为“月-日”格式的日期，如 03-20", "en": "a day of the year written MM-DD, such as 0"
                               "3-20"},
    "tolerance": {"zh": "应为 abs: 0.01（按该列的单位）或 rel: 0.001 之一的映射",
                  "en": "either abs: 0.01 (in the column's unit) or rel: 0.001, as a mapping"},
    "whole": {"zh": "应为 total_row、带标签的单元格（sheet:、label:）或公布数（value:、unit:）",
              "en": "total_row, a labelled cell (sheet:, label:) or a published figure (value:, unit:)"},
    "unit_clash": {"zh": "{unit} 不能与该列的单位 {col_unit} 比较",
                   "en": "{unit} cannot be compared with the column's unit {col_unit}"},
    "value_or_cell": {"zh": "比较对象只能是公布数（value:）或带标签的单元格（sheet:、label:）之一",
                      "en": "a whole is either a value or a labelled cell"},
    "scope_value": {"zh": "只有公布数（value:）才有 scope", "en": "only a published figure (value:) has a scope"},
    "cell_needs": {"zh": "带标签的单元格需要 sheet 和 label", "en": "a labelled cell needs sheet and label"},
    "scope": {"zh": "应为映射，如 province: 湖南省 加上 year: 2021", "en": "a mapping such as province: 湖南省 with"
                    " year: 2021"},
    "province": {"zh": "应为省级行政区的名称，如 湖南省", "en": "a province's name, such as 湖南省"},
    "year": {"zh": "应为年份，如 2021", "en": "a year such as 2021"},
    "region_rule": {"zh": "规则 {rule}：行政区划中找不到所写的省或市“{name}”",
                    "en": "rule {rule}: the region registry has no province or city “{name}”"},
    # rule expressions (check:, when:, formula:)
    "kind.money": {"zh": "金额", "en": "money"},
    "kind.number": {"zh": "数值", "en": "number"},
    "kind.text": {"zh": "文本", "en": "text"},
    "kind.bool": {"zh": "比较结果", "en": "a comparison"},
    "kind.list": {"zh": "列表", "en": "a list"},
    "expr.needed": {"zh": "需要一个表达式", "en": "an expression is needed"},
    "expr.internal": {"zh": "__q__ 不是列名，也不是函数", "en": "__q__ is not a column or a function here"},
    "expr.syntax": {"zh": "不是有效的表达式（第 {pos} 个字符处）", "en": "not a valid expression (at character {pos})"},
    "expr.unclosed": {"zh": "不是有效的表达式：第 {pos} 个字符处的“{char}”没有闭合",
                      "en": "not a valid expression: the “{char}” at character {pos} is never closed"},
    "expr.unmatched": {"zh": "不是有效的表达式：第 {pos} 个字符处多了一个“{char}”",
                       "en": "not a valid expression: an unmatched “{char}” at character {pos}"},
    "expr.quote": {"zh": "不是有效的表达式：第 {pos} 个字符处的引号没有闭合",
                   "en": "not a valid expression: the quote at character {pos} is never closed"},
    "expr.equals": {"zh": "不是有效的表达式：第 {pos} 个字符处比较相等请写 ==",
                    "en": "not a valid expression: write == to compare, at character {pos}"},
    "expr.functions": {"zh": "只能使用这些函数：{allowed}", "en": "only these functions may be used: {allowed}"},
    "expr.one_column": {"zh": "{name}() 只接受一个列名", "en": "{name}() takes one column name"},
    "expr.unknown_column": {"zh": "没有“{name}”这一列（列：{names}）", "en": "unknown column {name!r}; columns: {na"
                                  "mes}"},
    "expr.comparison": {"zh": "应为比较式，如 canteen_reserve >= 10% * annual_purchase",
                        "en": "expected a comparison such as `reserve >= 10% * annual_purchase`"},
    "expr.arithmetic": {"zh": "应为算式，如 completed_sum / reserve_sum",
                        "en": "expected an arithmetic expression such as `completed / reserve`"},
    "expr.bool_value": {"zh": "true/false 不能作为值", "en": "true/false are not values here"},
    "expr.constant": {"zh": "不支持的常量 {value}", "en": "unsupported constant {value}"},
    "expr.list": {"zh": "列表中只能是常量", "en": "a list may hold only constants"},
    "expr.prev": {"zh": "prev() 需要数值列", "en": "prev() needs a numeric column"},
    "expr.numbers": {"zh": "{name}() 的参数应为数值", "en": "{name}() takes numbers"},
    "expr.abs": {"zh": "abs() 只接受一个参数", "en": "abs() takes one argument"},
    "expr.mixed": {"zh": "{name}() 混用了金额与普通数值", "en": "{name}() mixes amounts of money with plain numbers"},
    "expr.not": {"zh": "not 只能用于比较式", "en": "`not` applies to a comparison"},
    "expr.unary": {"zh": "不支持的一元运算符", "en": "unsupported unary operator"},
    "expr.arith_numbers": {"zh": "算术运算只能用于数值", "en": "arithmetic needs numbers"},
    "expr.add_mixed": {"zh": "金额与普通数值不能相加减", "en": "cannot add or subtract an amount of money and a pla"
                             "in number"},
    "expr.mul_money": {"zh": "两个金额不能相乘", "en": "cannot multiply two amounts of money"},
    "expr.div_money": {"zh": "普通数值不能除以金额", "en": "cannot divide a plain number by an amount of money"},
    "expr.operators": {"zh": "只能用 + - * / 运算", "en": "only + - * / are allowed"},
    "expr.boolop": {"zh": "and、or 只能连接比较式", "en": "`and`/`or` join comparisons"},
    "expr.chain": {"zh": "一次只能有一个比较（请写成 a <= b and b <= c）",
                   "en": "one comparison at a time (write `a <= b and b <= c`)"},
    "expr.in": {"zh": "in 用于判断文本列是否在列表中，如 canteen_type in ['无食堂', '共用']",
                "en": "`in` tests a text column against a list such as ['无食堂', '共用']"},
    "expr.compare_op": {"zh": "不支持的比较", "en": "unsupported comparison"},
    "expr.texts": {"zh": "文本只能用 == 或 != 与文本比较", "en": "texts can only be compared with == or != to texts"},
    "expr.like": {"zh": "比较的两边应为同类：金额与金额，比率或数量与数值",
                  "en": "compare like with like: an amount of money with money, a ratio or count with a number"},
    "expr.syntax_node": {"zh": "不支持的写法：{value}", "en": "unsupported syntax: {value}"},
}


def template_file_text(what: str, params: dict[str, Any], lang: str) -> str:
    """One sentence of :data:`TEMPLATE_FILE` in ``lang``: its lists joined in that language,
    a YAML ``problem`` and the ``gives`` / ``holds`` kinds said in it too."""
    lang = lang_of(lang)
    p = {k: ("、" if lang == "zh" else ", ").join(map(str, v)) if isinstance(v, (list, tuple)) else v
         for k, v in params.items()}
    if f"yaml.{p.get('problem')}" in TEMPLATE_FILE:
        p["problem"] = TEMPLATE_FILE[f"yaml.{p['problem']}"][lang].format(**p)
    for k in ("gives", "holds"):
        if f"kind.{p.get(k)}" in TEMPLATE_FILE:
            p[k] = TEMPLATE_FILE[f"kind.{p[k]}"][lang]
    return TEMPLATE_FILE[what][lang].format(**p)


#: which input a missing file was given as (the ``role`` of ``file-not-found``)
FILE_ROLES: dict[str, dict[str, str]] = {
    "previous": {"zh": "上期文件（--previous）", "en": "the previous period's file (--previous) "},
    "against": {"zh": "汇总表（--against）", "en": "the summary (--against) "},
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
    "table_structure": {
        "zh": "工作表「{sheet}」第 {row} 行起的表不是简单的明细列表（{parts}）：合计按 {top_level} 个加项核对，不重复相加",
        "en": "the table at row {row} of sheet “{sheet}” is not a flat list ({parts}): its total is checked against its {top_level} part(s), none counted twice",
    },
    "structure.subtotals": {"zh": "{n} 个小计或上级行，各按其下 {m} 行核对", "en": "{n} subtotal or parent row(s), each checked against its rows ({m} in all)"},
    "structure.of_which": {"zh": "{n} 个「其中」行，按所属行核对", "en": "{n} of-which row(s), checked against the rows they are part of"},
    "structure.subtracted": {"zh": "{n} 个“减：”行，按减数计", "en": "{n} “减：” row(s), subtracted"},
    "tables_on_sheet": {
        "zh": "{file}：工作表「{sheet}」有 {count} 个表（表头在第 {rows} 行），各自按本表的行与合计核对",
        "en": "{file}: sheet “{sheet}” holds {count} tables (headers in rows {rows}), each checked against its own rows and total",
    },
    "published_out_of_scope": {
        "zh": "{file}：工作表「{sheet}」未与公布数 {published}（{source}，适用于 {scope}）比较「{rule_label}」：{reason}；"
              "表内各项仍已核对",
        "en": "{file}: sheet “{sheet}” was not compared with the published figure {published} ({source}, for {scope}) "
              "in “{rule_label}”: {reason}; the table was still checked within itself",
    },
    "scope_other_province": {"zh": "表中地区属于{table_province}", "en": "the table's regions lie in {table_province}"},
    "scope_province_unknown": {"zh": "无法从表中地区名称判断所属省份",
                               "en": "the table's region names do not tell its province"},
    "scope_other_year": {"zh": "表格标题所写年份为 {table_years}", "en": "the table's title states {table_years}"},
    "verdict.changed": {
        "zh": "；按显示的数与按存储的数，本列是否与合计行相符的结论不同",
        "en": "; whether the column adds up to its total differs between the figures shown and those stored",
    },
    "parts.top_level": {
        "zh": "（“各行”为表中的 {parts_count} 个加项：{parts_text}）",
        "en": " (the rows are the table's {parts_count} parts: {parts_text})",
    },
    "parts.nested": {"zh": "小计、上级行之下的行不重复相加", "en": "rows under a subtotal or parent row are not added again"},
    "parts.of_which": {"zh": "「其中」行不重复相加", "en": "of-which rows are not added again"},
    "parts.subtracted": {"zh": "“减：”行按减数计", "en": "“减：” rows are subtracted"},
    "visible_only": {
        "zh": "（合计为 ={formula}，不计隐藏行，只与可见行相加比较；隐藏的第 {rows} 行未计入）",
        "en": " (the total is ={formula}, which leaves hidden rows out: compared with the visible rows only; "
              "hidden row(s) {rows} not counted)",
    },
    "hidden.filter.filter": {"zh": "，由筛选隐藏", "en": ", hidden by a filter"},
    "hidden.filter.plain": {"zh": "，在工作表中隐藏", "en": ", hidden in the sheet"},
    "formulas_computed": {
        "zh": "{file}：工作表「{sheet}」有 {count} 个公式没有保存计算结果，已由 xlrecon 计算后核对（{cells}）",
        "en": "{file}: sheet “{sheet}” has {count} formula(s) saved without their values; xlrecon computed them to check them ({cells})",
    },
    "computed": {
        "zh": "（该单元格是公式 ={formula}，文件未保存其结果，此值由 xlrecon 计算）",
        "en": " (the cell is the formula ={formula}, saved without its value; xlrecon computed it)",
    },
    "not_computed.function": {"zh": "含 xlrecon 的公式引擎不支持的函数", "en": "a function xlrecon's formula engine lacks"},
    "not_computed.external": {"zh": "引用了其他工作簿", "en": "it refers to another workbook"},
    "not_computed.reference": {"zh": "引用了名称、整行整列或不存在的工作表", "en": "it refers to a name, a whole row or column, or a sheet that does not exist"},
    "not_computed.range": {"zh": "引用的区域过大", "en": "the range it refers to is too large"},
    "not_computed.circular": {"zh": "循环引用", "en": "a circular reference"},
    "not_computed.syntax": {"zh": "公式无法解析", "en": "the formula cannot be parsed"},
    "not_computed.engine": {"zh": "计算出错", "en": "the computation failed"},
    "sheet_skipped": {
        "zh": "{file}：工作表「{sheet}」无法读取，已跳过（{detail}）",
        "en": "{file}: sheet “{sheet}” could not be read and was skipped ({detail})",
    },
    "summary": {
        "zh": "共 {files} 个文件：无差异 {ok}，未完全核对 {incomplete}，有差异 {discrepancies}，无法处理 {errors}；未能核对的检查 {not_evaluated} 项",
        "en": "{files} file(s): {ok} ok, {incomplete} not fully checked, {discrepancies} with discrepancies, {errors} could not be checked; {not_evaluated} check(s) not evaluated",
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
    "status.incomplete": {"zh": "未完全核对", "en": "not fully checked"},
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
    "help.previous": {
        "zh": "上一期的工作簿（文件或文件夹，可多次给出），供规则中的 prev(...) 与本期比较",
        "en": "last period's workbooks (file or folder, repeatable), for rules that compare with prev(...)",
    },
    "help.regions": {
        "zh": "自定义行政区划补充文件（YAML，可多次给出），格式同 schemas/regions/supplement.yaml",
        "en": "an extra region registry file (YAML, repeatable), in the format of schemas/regions/supplement.yaml",
    },
    "help.locate": {
        "zh": "最少改动定位：找出改动最少的单元格（及其应有的数值），使合计、汇总、比率规则全部成立",
        "en": "fewest-changes localisation: the fewest cells (and their values) whose change makes every total, roll-up and ratio rule hold",
    },
    "help.locate_option": {
        "zh": "同时做最少改动定位（见 xlrecon locate），结果为“疑误单元格”",
        "en": "also locate the fewest cells whose change makes every rule hold (see xlrecon locate), as suspect findings",
    },
    "help.fix_rounding": {
        "zh": "列出舍入尾差及按最大余额法使各项恰好合计相符的最少调整",
        "en": "list rounding residues and the fewest one-step edits (largest remainder) that make the parts add up exactly",
    },
    "fix.none": {"zh": "没有需要调整的舍入尾差", "en": "no rounding residue to fix"},
    "fix.residue": {
        "zh": "{path} {sheet}!{cell}（{row_label}「{column}」）：应为 {whole}，各项相加为 {sum}",
        "en": "{path} {sheet}!{cell} ({row_label} {column}): stated {whole}, the parts sum to {sum}",
    },
    "fix.header": {
        "zh": "以上 {levels} 处尾差一并调整，改动 {n} 个单元格后各级合计均恰好相符：",
        "en": "the {levels} residue(s) above fixed together: {n} cell(s) changed, after which every level adds up exactly:",
    },
    "fix.written": {"zh": "已写出调整后的副本：{output}（原文件 {file} 未改动）",
                    "en": "corrected copy written: {output} ({file} is unchanged)"},
    "fix.status.beyond_rounding": {
        "zh": "这一组中有差额超出舍入误差，属于差错而非尾差：未作调整（见 xlrecon check 与 xlrecon locate）",
        "en": "a gap in this group is beyond rounding, an error rather than a residue: nothing adjusted (see xlrecon check and xlrecon locate)",
    },
    "fix.status.mixed_decimals": {
        "zh": "这一组的数值显示的小数位数不同，无法按一个尾差单位调整：未作调整",
        "en": "the figures of this group show different decimals, so no one-step edits apply: nothing adjusted",
    },
    "fix.status.infeasible": {
        "zh": "没有每格只改一个尾差单位、又使各级恰好相符的改法：未作调整",
        "en": "no set of one-step edits makes every level add up exactly: nothing adjusted",
    },
    "fix.status.solver_error": {"zh": "求解器出错，未能求出调整方案：未作调整",
                                "en": "the solver failed, so no plan was found: nothing adjusted"},
    "fix.status.time_limit": {"zh": "在求解时限内未能求出调整方案：未作调整",
                              "en": "no plan was found within the solver's time limit: nothing adjusted"},
    "usage.apply_options": {"zh": "--output 只能与 --apply 一起使用", "en": "--output is used with --apply only"},
    "help.apply": {"zh": "写出调整后的副本（文件名.rounded.xlsx），原值记在批注中，原文件不变",
                   "en": "write a corrected copy (NAME.rounded.xlsx), the old figures kept in notes; the file itself is unchanged"},
    "help.apply_output": {"zh": "调整后的副本写入此文件夹", "en": "write the corrected copies into this folder"},
    "fix.cell": {"zh": "单元格", "en": "Cell"},
    "fix.from": {"zh": "现值", "en": "Now"},
    "fix.to": {"zh": "建议值", "en": "Suggested"},
    "help.batch": {
        "zh": "批量核对一个文件夹中的全部报送文件：逐个核对（多进程），再跨文件核对（重复报送、与汇总表比对）",
        "en": "check every submission in a folder (in worker processes), then across files (repeats, against the summary)",
    },
    "help.dir": {"zh": "报送文件所在的文件夹（含子文件夹）", "en": "the folder of submissions (searched recursively)"},
    "help.against": {
        "zh": "市级汇总表（县市区预留比例填报和交易情况表）：各区文件相加须等于其中对应的区行；不给出时，若文件夹中恰有一份汇总表则自动采用",
        "en": "the city's summary table: each district's files must add up to its row; without it, the one summary table found in the folder (if exactly one) is used",
    },
    "help.output_json": {
        "zh": "将 JSON 结果写入此文件：边核对边写入（按文件顺序），全部完成后放到位；内存不随文件数增长",
        "en": "write the JSON report to this file as the files are checked (in their order), put in place when the run is done; memory does not grow with the number of files",
    },
    "help.engine": {
        "zh": "在哪里核对：local（本机的工作进程，默认）或 dask（Dask 集群；需安装 xlrecon[dask]）",
        "en": "where the files are checked: local (this machine's worker processes, the default) or dask (a Dask cluster; needs xlrecon[dask])",
    },
    "help.scheduler": {
        "zh": "Dask 集群调度器地址（与 --engine dask 一起用；不给则在本机启动 LocalCluster）",
        "en": "the Dask scheduler's address (with --engine dask; without it a LocalCluster is started here)",
    },
    "help.resume": {
        "zh": "进度文件：每核对完一个文件即记入；中断后用同一文件再运行，只核对未完成或已改动的文件",
        "en": "a progress file: each file's result is recorded as it is done; run again with it after an interruption and only the files not done (or changed) are checked",
    },
    "help.jobs": {"zh": "并行的工作进程数（默认：本机核数）", "en": "worker processes (default: the machine's cores)"},
    "help.timeout": {
        "zh": "每个文件的处理时限（秒，默认 120；0 表示不限），超时的文件记为错误，其余照常核对",
        "en": "seconds allowed per file (default 120; 0: no limit); a file that takes longer is an error and the run goes on",
    },
    "help.batch_output": {
        "zh": "与 --annotate 同用：把标注后的工作簿写入此目录（保持子文件夹结构）",
        "en": "with --annotate: write the annotated workbooks under DIR (keeping the sub-folders)",
    },
    "batch.progress": {"zh": "核对中", "en": "Checking"},
    "batch.interrupted": {"zh": "已中断：工作进程已停止", "en": "interrupted: the workers were stopped"},
    "temp_left_over": {"zh": "{file} 是 xlrecon 写入中断（进程被终止）时留下的临时文件，未当作报送文件核对，可以删除",
                       "en": "{file} is a temporary file left by an xlrecon write that was interrupted (the process "
                             "was killed); it was not checked as a submission and can be deleted"},
    "batch.summary_found": {"zh": "汇总表：采用文件夹中的 {file}", "en": "summary: using {file}, found in the folder"},
    "batch.summary_ambiguous": {
        "zh": "文件夹中有多份汇总表（{files}），未自动选用；请用 --against 指定",
        "en": "several summary tables in the folder ({files}); none used: name one with --against",
    },
    "batch.files_heading": {"zh": "有问题的文件", "en": "Files with problems"},
    "batch.cross_heading": {"zh": "跨文件核对", "en": "Across files"},
    "batch.top_heading": {"zh": "最常见的问题", "en": "Most frequent findings"},
    "batch.more_files": {"zh": "……另有 {n} 个文件有问题，详见 --report 或 --format json", "en": "… {n} more files with problems: see --report or --format json"},
    "batch.col.file": {"zh": "文件", "en": "file"},
    "batch.col.status": {"zh": "状态", "en": "status"},
    "batch.col.counts": {"zh": "错误/警告/提示", "en": "errors/warnings/info"},
    "batch.col.first": {"zh": "首个问题", "en": "first problem"},
    "batch.col.rule": {"zh": "规则", "en": "rule"},
    "batch.col.findings": {"zh": "条数", "en": "findings"},
    "batch.col.files": {"zh": "文件数", "en": "files"},
    "batch.no_cross": {"zh": "跨文件核对未发现问题", "en": "no findings across files"},
    "batch.no_cross_partial": {
        "zh": "跨文件核对未发现问题（{n} 个无法处理的文件未参与核对）",
        "en": "no findings across files ({n} file(s) that could not be checked took no part)",
    },
    "batch.cross_not_run": {
        "zh": "未能进行跨文件核对：没有一个文件能够读取核对",
        "en": "the checks across files could not be run: no file could be read and checked",
    },
    "batch.no_summary": {
        "zh": "各县市区的合计未与市级汇总表（{title}）核对：没有指定汇总表，文件夹中也没有；"
              "请用 --against 汇总表.xlsx 指定",
        "en": "the districts' totals were not reconciled with the city's summary ({title}): none was given "
              "nor found in the folder; name it with --against SUMMARY.xlsx",
    },
    "batch.since.summary": {
        "zh": "与上一轮相比：新文件 {new} 个，未变 {unchanged} 个（其中内容完全相同 {same} 个），有修改 {changed} 个，上一轮文件无法读取 {unreadable} 个",
        "en": "since the last round: {new} new file(s), {unchanged} unchanged ({same} byte for byte), {changed} changed, {unreadable} whose last-round file could not be read",
    },
    "batch.since.heading": {"zh": "与上一轮相比有修改的文件", "en": "Files changed since the last round"},
    "batch.since.col.file": {"zh": "文件", "en": "File"},
    "batch.since.col.cells": {"zh": "修改的单元格", "en": "Cells changed"},
    "batch.since.col.rows": {"zh": "增删的行", "en": "Rows added / removed"},
    "batch.since.col.fixed": {"zh": "已改正", "en": "Fixed"},
    "batch.since.col.new": {"zh": "新出现", "en": "New findings"},
    "batch.since.rows": {"zh": "新增 {added}，删除 {removed}", "en": "{added} added, {removed} removed"},
    "batch.every_finding": {
        "zh": "每个文件的全部问题：xlrecon check 文件；写入一个报告工作簿：加上 --report 报告.xlsx",
        "en": "every finding of a file: xlrecon check FILE; all of them in one workbook: add --report REPORT.xlsx",
    },
    "batch.summary": {
        "zh": "共 {files} 个文件：无差异 {ok}，未完全核对 {incomplete}，有差异 {discrepancies}，无法处理 {errors}；未能核对的检查 {not_evaluated} 项；跨文件问题 {cross} 条；用时 {seconds} 秒",
        "en": "{files} files: {ok} ok, {incomplete} not fully checked, {discrepancies} with discrepancies, {errors} failed; {not_evaluated} check(s) not evaluated; {cross} finding(s) across files; {seconds} s",
    },
    "help.templates": {"zh": "列出内置模板", "en": "list the built-in templates"},
    "help.diff": {
        "zh": "对比同一报表的两个版本（如更正版）：哪些行、哪些单元格改了，哪些核对问题已改正",
        "en": "compare two versions of a filing (a corrected one): which rows and cells changed, which findings were fixed",
    },
    "help.diff_key": {
        "zh": "按这些列对应两个版本的行（列名或表头文字，可重复给出组成复合键；默认：模板的关键列）",
        "en": "align the versions' rows by these columns (name or header text; repeat for a composite key; default: the template's key)",
    },
    "help.diff_annotate": {
        "zh": "把修改写入新版本的副本：一张「修改对照」工作表（每处修改一行，可跳到单元格），修改过的单元格加批注注明原值",
        "en": "write the changes into a copy of the new version: a Changes sheet (a row per change, linked to its cell), each changed cell noted with its old value",
    },
    "help.diff_old": {"zh": "原来的版本", "en": "the earlier version"},
    "help.diff_new": {"zh": "新的版本（更正版）", "en": "the new version (the corrected one)"},
    "help.serve": {
        "zh": "启动网页（在浏览器中上传、核对、查看和下载），供没有 Excel/Python 的同事使用",
        "en": "serve the web page (upload, check, look at and download in a browser) for colleagues without Excel/Python",
    },
    "help.host": {
        "zh": "监听的地址（默认 127.0.0.1，仅本机；其他地址须用访问令牌）",
        "en": "the address to listen on (default 127.0.0.1, this machine only; any other requires a token)",
    },
    "help.port": {"zh": "端口（默认 8765）", "en": "the port (default 8765)"},
    "help.open": {"zh": "启动后在浏览器中打开网页", "en": "open the page in a browser once started"},
    "help.token": {
        "zh": "访问令牌（监听非本机地址时不给则自动生成并显示）",
        "en": "the access token (generated and printed when not given and the host is not loopback)",
    },
    "help.wps": {"zh": "WPS 加载项（核对按钮）的部署", "en": "deploying the WPS add-in (the check button)"},
    "help.wps_build": {
        "zh": "生成 WPS 加载项的部署文件夹：加载项文件、在线和离线两种 jsplugins.xml、oem.ini 的设置",
        "en": "make the WPS add-in's deployment folder: its files, an online and an offline jsplugins.xml, the oem.ini lines",
    },
    "help.wps_output": {"zh": "部署文件夹（默认 wps-build）", "en": "the deployment folder (default wps-build)"},
    "help.wps_service": {
        "zh": "加载项在线部署时 xlrecon 网页服务的地址（默认 http://127.0.0.1:8765）",
        "en": "the address of xlrecon's service for the add-in deployed online (default http://127.0.0.1:8765)",
    },
    "wps.built": {"zh": "已生成 WPS 加载项部署文件夹 {folder}：{files}", "en": "made the WPS add-in's deployment folder {folder}: {files}"},
    "wps.none": {
        "zh": "本安装中没有 WPS 加载项的文件（仓库的 wps 文件夹）：请从仓库安装 xlrecon",
        "en": "this installation has no WPS add-in files (the repository's wps folder): install xlrecon from the repository",
    },
    "wps.exists": {"zh": "{path} 已存在，未覆盖：请另选 --output 文件夹", "en": "{path} is there already and was not overwritten: choose another --output folder"},
    "help.allow_origin": {
        "zh": "允许该来源的网页调用 /api/grids（离线安装的 WPS 加载项；可重复给出）",
        "en": "let pages of this origin call /api/grids (the WPS add-in installed offline); repeatable",
    },
    "help.max_upload": {"zh": "每次上传的大小上限，单位 MB（默认 100）", "en": "the size limit of one upload, in MB (default 100)"},
    "serve.missing": {
        "zh": "网页所需的组件未安装（{detail}）：请运行 python3 -m pip install -e .",
        "en": "the web page's components are not installed ({detail}): run python3 -m pip install -e .",
    },
    "serve.port_taken": {
        "zh": "端口 {port} 已被占用，无法在 {host}:{port} 上启动网页：可用 --port 换一个",
        "en": "port {port} is taken, so the page cannot be served on {host}:{port}: choose another with --port",
    },
    "serve.failed": {
        "zh": "无法在 {host}:{port} 上启动网页：请检查 --host 是否是本机的地址",
        "en": "could not serve on {host}:{port}: check that --host is an address of this machine",
    },
    "help.template": {
        "zh": "自己的报表：按填好的示例起草模板（init），检查模板并查看各列在工作簿中的位置（check）",
        "en": "your own form: draft a template from a filled-in example (init); validate a template and see where it finds each column (check)",
    },
    "help.template_init": {
        "zh": "按一份填好的报表起草模板（YAML），并指出示例本身与起草的规则不符之处",
        "en": "draft a template (YAML) from a filled-in example of the form, saying where the example itself disagrees with a drafted rule",
    },
    "help.template_check": {
        "zh": "检查模板文件（有误时指出行号和列号）；给出工作簿时，列出各列在其中的位置",
        "en": "validate a template file (errors give the line and column); given workbooks, show where each column is found",
    },
    "help.example": {"zh": "填好的示例报表（工作簿）", "en": "a filled-in example of the form (a workbook)"},
    "help.sheet": {"zh": "按此工作表起草（默认：数据行最多的一张）", "en": "draft from this sheet (default: the one with most data rows)"},
    "help.template_output": {
        "zh": "写入此文件（不覆盖已有文件）；不给时输出到屏幕",
        "en": "write to this new file (an existing one is never overwritten); default: standard output",
    },
    "help.template_file": {"zh": "模板文件（YAML）或内置模板名", "en": "a template file (YAML) or a built-in template's name"},
    "help.version": {"zh": "显示版本号", "en": "show the version"},
    "kind.bool": {"zh": "逻辑值", "en": "boolean"},
    "whole.total_row": {"zh": "合计行", "en": "the total row"},
    "columns.one": {"zh": "「{columns}」列", "en": "the column {columns} was"},
    "columns.many": {"zh": "「{columns}」各列", "en": "the columns {columns} were"},
    "whole.cell": {
        "zh": "工作表「{whole_sheet}」中的“{whole_label}”（{whole_cell}）",
        "en": "“{whole_label}” on sheet “{whole_sheet}” ({whole_cell})",
    },
    "whole.constant": {"zh": "公布数{source_text}", "en": "the published figure{source_text}"},
    "round.note": {"zh": "原值 {old}，由 xlrecon fix-rounding 调整为 {new}，使各级合计恰好相符",
                   "en": "was {old}; set to {new} by xlrecon fix-rounding so that every level adds up exactly"},
    "locate.failed.time_limit": {"zh": "超出求解时限", "en": "the solver's time limit was reached"},
    "locate.failed.solver_error": {"zh": "求解器出错", "en": "the solver failed"},
    "locate.failed.infeasible": {"zh": "在模板允许的取值范围内，没有任何改法能使这些规则同时成立",
                                 "en": "no change within the template's bounds makes these rules hold together"},
    "locate.failed.unverified": {"zh": "求得的改法按显示位数取整后未能通过精确复核",
                                 "en": "the solution, rounded to the digits shown, did not hold when checked exactly"},
    "locate_summary": {
        "zh": "最少改动定位：{equations} 条等式、{ratios} 条比率关系，涉及 {cells} 个单元格；其中 {broken} 条不成立，定位出 {suspects} 个疑误单元格",
        "en": "fewest-changes localisation: {equations} equation(s) and {ratios} ratio(s) over {cells} cell(s); {broken} do not hold, {suspects} suspect cell(s) located",
    },
    "locate_rule_left_out": {
        "zh": "「{rule_label}」未纳入最少改动定位：{left_out_text}",
        "en": "{rule_label} was left out of the fewest-changes localisation: {left_out_text}",
    },
    "locate.left_out.not_a_number": {"zh": "{cell} 不是数值", "en": "{cell} is not a number"},
    "locate.left_out.formula": {"zh": "比率公式 {formula} 不是两列相除", "en": "its formula {formula} is not one column divided by another"},
    "fixup.joint": {
        "zh": "；与各级尾差一并调整，此处改动 {n} 处即可恰好相符：{changes}",
        "en": "; fixed together with every level's residue, {n} edit(s) here make it add up exactly: {changes}",
    },
    "fixup": {
        "zh": "；按最大余额法，调整 {n} 处即可使合计恰好相符：{changes}",
        "en": "; by largest remainder, {n} edit(s) make the parts add up exactly: {changes}",
    },
    "suggest": {"zh": "，是否为：{names}？", "en": "; did you mean: {names}?"},
    "no_suggest": {"zh": "（{scope}范围内没有相近的名称）", "en": " (no similar name in {scope})"},
    "op.>=": {"zh": "不低于", "en": "at least"},
    "op.>": {"zh": "高于", "en": "more than"},
    "op.<=": {"zh": "不超过", "en": "at most"},
    "op.<": {"zh": "低于", "en": "less than"},
    "op.==": {"zh": "等于", "en": "equal to"},
    "op.!=": {"zh": "不等于", "en": "different from"},
    "cells.more": {"zh": " 等（另有 {n} 处未列出）", "en": " and {n} more"},
    "gap.short": {"zh": "差", "en": "short by"},
    "deadline.basis.title": {"zh": "年度取自表头标题", "en": "the year named in the title"},
    "deadline.basis.own": {"zh": "年度取自填报日期本身", "en": "the date's own year"},
    "gap.over": {"zh": "超出", "en": "over by"},
    "sheet.name": {"zh": "核对结果", "en": "Discrepancies"},
    "sheet.diff_name": {"zh": "修改对照", "en": "Changes"},
    "excel.steps": {
        "zh": "在装有 Microsoft Excel 的 Windows 或 macOS 电脑上：\n"
              "  1. 安装 Python 3.11 或更新版本，然后在 xlrecon 的目录里运行  python -m pip install -e \".[excel]\"（含 xlwings {version}）\n"
              "  2. 运行  xlrecon excel install ，它会运行 xlwings 自己的安装程序（xlwings addin install），装上 xlwings {version} 加载项\n"
              "  3. 打开 {template}，启用宏；或在自己的工作簿里导入 VBA 模块 {bas}（开发工具 → Visual Basic → 文件 → 导入文件），"
              "再插入一个按钮并指定宏 RunXlrecon\n"
              "  4. 在 xlwings.conf 工作表里把 Interpreter_Win（或 Interpreter_Mac）填为 python 的完整路径\n"
              "  5. 点击按钮：它调用  {call}\n"
              "WPS 表格不支持 xlwings：请用命令行 xlrecon check 文件 --annotate。",
        "en": "On a Windows or macOS machine with Microsoft Excel:\n"
              "  1. install Python 3.11 or later, then, in xlrecon's folder, run  python -m pip install -e \".[excel]\" (with xlwings {version})\n"
              "  2. run  xlrecon excel install , which runs xlwings' own installer (xlwings addin install) for the "
              "xlwings {version} add-in\n"
              "  3. open {template} and enable macros; or import the VBA module {bas} into your own workbook "
              "(Developer > Visual Basic > File > Import File) and add a button running the macro RunXlrecon\n"
              "  4. on the xlwings.conf sheet, set Interpreter_Win (or Interpreter_Mac) to the full path of python\n"
              "  5. press the button: it calls  {call}\n"
              "WPS Office is not supported by xlwings: use the command line, xlrecon check FILE --annotate.",
    },
    "excel.no_excel": {
        "zh": "这台电脑（{platform}）上没有 Microsoft Excel，未安装任何东西。",
        "en": "Microsoft Excel is not installed on this machine ({platform}): nothing was installed.",
    },
    "excel.wrong_xlwings": {
        "zh": "已安装的 xlwings 版本为 {have}，而 xlrecon 的 VBA 模块需要 {version}：请运行  python -m pip install "
              "\"xlwings=={version}\"",
        "en": "xlwings {have} is installed, but xlrecon's VBA module needs {version}: run  python -m pip install "
              "\"xlwings=={version}\"",
    },
    "excel.installed": {
        "zh": "xlwings {version} 加载项已安装。打开 {template}（或导入 {bas}），启用宏后点击按钮。",
        "en": "The xlwings {version} add-in is installed. Open {template} (or import {bas}), enable macros and press "
              "the button.",
    },
    "help.excel": {"zh": "在 Excel 中使用 xlrecon（xlwings 加载项与按钮）", "en": "xlrecon from Excel (the xlwings add-in and "
                   "the button)"},
    "help.excel_install": {
        "zh": "有 Excel 时运行 xlwings 的加载项安装程序；没有时列出在装有 Excel 的电脑上的安装步骤",
        "en": "run xlwings' add-in installer where Excel is installed; print the steps to take on a machine with "
              "Excel where it is not",
    },
    "excel.vba_failed": {  # what xlrecon.bas shows when RunPython cannot be called (a test keeps them equal)
        "zh": "xlrecon 未能启动：{detail}\n\n请确认：已安装 xlwings {version} 加载项（在命令行运行 xlrecon excel install）；"
              "已启用宏；xlwings.conf 工作表中的 Interpreter_Win 是 python 的完整路径。",
        "en": "xlrecon could not start: {detail}\nCheck that the xlwings {version} add-in is installed (run xlrecon excel "
              "install), that macros are enabled, and that Interpreter_Win on the xlwings.conf sheet is the full path of "
              "python.",
    },
    "excel.done": {
        "zh": "xlrecon 核对完成：错误 {error} 条，警告 {warning} 条，提示 {info} 条。\n"
              "详见「{sheet}」工作表（点“单元格”一列即可跳到该单元格）。",
        "en": "xlrecon is done: {error} errors, {warning} warnings, {info} notes.\n"
              "See the sheet “{sheet}” (a link in its Cell column goes to the cell).",
    },
    "excel.marked": {
        "zh": "有问题的单元格已加底色和批注；下次运行会先把它们恢复原样。",
        "en": "The flagged cells have a fill and a note; the next run puts them back as they were first.",
    },
    "excel.not_marked": {
        "zh": "这里不能读取单元格的底色、也不能加批注，所以单元格未作标记，请看核对结果表。",
        "en": "Here a cell's fill cannot be read nor a note added, so the cells are not marked: see the sheet.",
    },
    "excel.failed": {
        "zh": "xlrecon 未能核对本工作簿：{detail}\n工作簿未作任何改动。",
        "en": "xlrecon could not check this workbook: {detail}\nThe workbook was not changed.",
    },
    "excel.bug": {
        "zh": "xlrecon 出错了（{detail}），工作簿未作任何改动。\n详细信息记录在 {log}，请发给维护人员。",
        "en": "xlrecon failed ({detail}); the workbook was not changed.\nThe details are in {log}: please send it to "
              "the maintainers.",
    },
    "sheet.title": {"zh": "xlrecon 核对结果", "en": "xlrecon discrepancies"},
    "sheet.diff_title": {"zh": "xlrecon 修改对照", "en": "xlrecon changes"},
    "sheet.file": {"zh": "文件", "en": "File"},
    "sheet.template": {"zh": "模板", "en": "Template"},
    "sheet.time": {"zh": "核对时间", "en": "Checked at"},
    "sheet.version": {"zh": "版本", "en": "Version"},
    "sheet.counts": {"zh": "统计", "en": "Counts"},
    "sheet.notes": {"zh": "说明", "en": "Notes"},
    "sheet.status": {"zh": "未能核对", "en": "Not checked"},
    "sheet.files": {"zh": "{n} 个文件", "en": "{n} file(s)"},
    "sheet.files_name": {"zh": "文件", "en": "Files"},
    "sheet.cross_name": {"zh": "跨文件核对", "en": "Across files"},
    "files.col.status": {"zh": "状态", "en": "Status"},
    "files.col.template": {"zh": "模板", "en": "Template"},
    "files.col.annotated": {"zh": "标注副本", "en": "Annotated copy"},
    "files.col.problem": {"zh": "无法处理的原因", "en": "Why it could not be processed"},
    "sheet.col.no": {"zh": "序号", "en": "No."},
    "sheet.col.file": {"zh": "文件", "en": "File"},
    "sheet.col.severity": {"zh": "严重程度", "en": "Severity"},
    "sheet.col.check": {"zh": "检查", "en": "Check"},
    "sheet.col.sheet": {"zh": "工作表", "en": "Sheet"},
    "sheet.col.cell": {"zh": "单元格", "en": "Cell"},
    "sheet.col.row": {"zh": "行", "en": "Row"},
    "sheet.col.column": {"zh": "列", "en": "Column"},
    "sheet.col.expected": {"zh": "期望值", "en": "Expected"},
    "sheet.col.old": {"zh": "原值", "en": "Old"},
    "sheet.col.new": {"zh": "新值", "en": "New"},
    "sheet.col.actual": {"zh": "实际值", "en": "Actual"},
    "sheet.col.difference": {"zh": "差额", "en": "Difference"},
    "sheet.col.unit": {"zh": "单位", "en": "Unit"},
    "sheet.col.message": {"zh": "说明", "en": "Message"},
    "severity.error": {"zh": "错误", "en": "error"},
    "severity.warning": {"zh": "警告", "en": "warning"},
    "severity.info": {"zh": "提示", "en": "info"},
    "annotated": {"zh": "{file}：核对结果已写入 {output}", "en": "{file}: findings written to {output}"},
    "annotated_backup": {"zh": "（原文件备份为 {backup}）", "en": " (the original kept as {backup})"},
    "report_written": {"zh": "核对结果已写入报告工作簿 {output}", "en": "findings written to the report workbook {output}"},
    "help.annotate": {
        "zh": "把核对结果写回工作簿：新增“核对结果”工作表，并在有问题的单元格加底色和批注（默认另存为 NAME.checked.xlsx）",
        "en": "write the findings into the workbook: a Discrepancies sheet, and a fill and a note on each cell "
              "with a finding (by default saved as NAME.checked.xlsx)",
    },
    "help.output": {"zh": "与 --annotate 同用：把标注后的工作簿写入此目录", "en": "with --annotate: write the annotated workbooks into DIR"},
    "help.in_place": {
        "zh": "与 --annotate 同用：新文件写好并校验后替换原文件（原文件保留为 NAME.bak.xlsx）",
        "en": "with --annotate: replace the original once the new file is written and verified "
              "(the original is kept as NAME.bak.xlsx)",
    },
    "help.no_backup": {"zh": "与 --in-place 同用：不保留原文件备份", "en": "with --in-place: keep no backup of the original"},
    "help.report": {
        "zh": "把所有文件的核对结果写入一个单独的报告工作簿（不改动被核对的文件）",
        "en": "write every file's findings to a separate report workbook (the checked files are not touched)",
    },
    "usage.scheduler_engine": {
        "zh": "--scheduler 只能与 --engine dask 一起使用",
        "en": "--scheduler goes with --engine dask",
    },
    "usage.annotate_options": {
        "zh": "--output、--in-place、--no-backup 需与 --annotate 同用；--output 与 --in-place 不能同用",
        "en": "--output, --in-place and --no-backup need --annotate; --output and --in-place exclude each other",
    },
    "previous_skipped": {
        "zh": "上期文件 {file} 无法读取，已跳过（{detail}）",
        "en": "previous-period file {file} could not be read and was skipped ({detail})",
    },
}


#: units xlrecon itself gives a figure (not a table's 元 or 万元, which are quoted as the table writes
#: them), as each language writes them after a number
UNIT_WORDS: dict[str, dict[str, str]] = {
    "天": {"zh": "天", "en": "day(s)"},
}


def unit_text(unit: str | None, lang: str) -> str | None:
    """``unit`` as ``lang`` writes it after a number: 天 -> day(s) in English; others as they are."""
    words = UNIT_WORDS.get(unit or "")
    return words[lang_of(lang)] if words else unit


def lang_of(lang: str) -> str:
    """``lang`` when it is one of :data:`LANGS`, else Chinese."""
    return lang if lang in LANGS else "zh"


def fmt_number(x: Any, unit: str | None = None) -> str:
    """A number as an auditor reads it: exact digits, percent for ratios, unit appended."""
    if isinstance(x, bool) or x is None:
        return str(x)
    if isinstance(x, (int, float)):
        x = Decimal(str(x))
    if isinstance(x, Decimal):
        if unit == "%":
            pct = (x * 100).normalize()
            exp = pct.as_tuple().exponent
            places = max(2, min(-exp if isinstance(exp, int) else 2, 4))
            return f"{pct:.{places}f}%"
        exp = x.normalize().as_tuple().exponent
        if isinstance(exp, int) and exp < -6:
            x = x.quantize(Decimal("0.000001"))
        s = format(x, "f")
        return f"{s} {unit}" if unit else s
    return str(x)


#: the likely causes of a total's or roll-up's gap (:class:`xlrecon.findings.Cause`), each a
#: clause of the finding's sentence
CAUSES: dict[str, dict[str, str]] = {
    "head": {"zh": "；可能原因：", "en": "; likely cause(s): "},
    "ties": {"zh": "（以下 {ties} 处同样能解释差额，按位置先后列出）", "en": "({ties} places explain it equally well, in the sheet's order) "},
    "none": {
        "zh": "；没有单处差错（漏计或重复计入一行、数字颠倒、单位或小数点错位、正负号、两列填反）能解释该差额",
        "en": "; no single slip (a row left out or counted twice, swapped digits, a unit or decimal point, a sign, "
              "two columns swapped) explains this difference",
    },
    "omitted": {
        "zh": "{cell}（{row_label}，{value_fmt}）与差额相符，合计可能漏计了这一行",
        "en": "{cell} ({row_label}, {value_fmt}) matches the difference: the whole may leave this row out",
    },
    "counted_twice": {
        "zh": "{cell}（{row_label}，{value_fmt}）与差额的相反数相符，合计可能重复计入了这一行",
        "en": "{cell} ({row_label}, {value_fmt}) matches minus the difference: the whole may count this row twice",
    },
    "transposed": {
        "zh": "{cell}（{row_label}）现为 {value_fmt}，若为 {corrected_fmt}（两位数字颠倒）则差额消除",
        "en": "{cell} ({row_label}) holds {value_fmt}; {corrected_fmt} (two digits swapped) removes the difference",
    },
    "unit_slip": {
        "zh": "{cell}（{row_label}）现为 {value_fmt}，{factor_text} {corrected_fmt}，可能混用了元、万元、亿元",
        "en": "{cell} ({row_label}) holds {value_fmt}, {factor_text} {corrected_fmt}: 元, 万元 and 亿元 may be confused",
    },
    "decimal_slip": {
        "zh": "{cell}（{row_label}）现为 {value_fmt}，{factor_text} {corrected_fmt}，小数点位置可能有误",
        "en": "{cell} ({row_label}) holds {value_fmt}, {factor_text} {corrected_fmt}: the decimal point may be misplaced",
    },
    "sign": {
        "zh": "{cell}（{row_label}）现为 {value_fmt}，是差额的一半，若为 {corrected_fmt}（正负号相反）则差额消除",
        "en": "{cell} ({row_label}) holds {value_fmt}, half the difference; {corrected_fmt} (the sign turned) removes it",
    },
    "swapped": {
        "zh": "{cell}（{row_label}）与同行「{other_column}」{other_cell} 可能填反，若为 {corrected_fmt} 则差额消除",
        "en": "{cell} ({row_label}) and the same row's {other_column} ({other_cell}) may be swapped; "
              "{corrected_fmt} removes the difference",
    },
    "formula_range": {
        "zh": "{cell} 的公式 {formula} 未包括第 {rows} 行，这些行相加恰为差额",
        "en": "{cell}'s formula {formula} leaves out row(s) {rows}, which add up to the difference",
    },
    "stale": {
        "zh": "{cell}（{value_fmt}）与上一版各行之和（{previous_sum_fmt}）相符，可能未随本次数据更新",
        "en": "{cell} ({value_fmt}) matches the previous version's sum ({previous_sum_fmt}): it may not have been updated",
    },
    "factor.larger": {"zh": "恰为", "en": "exactly {factor} times"},
    "factor.larger_tail": {"zh": "的 {factor} 倍", "en": ""},
    "factor.smaller": {"zh": "恰为", "en": "exactly 1/{factor} of"},
    "factor.smaller_tail": {"zh": "的 {factor} 分之一", "en": ""},
    "more": {"zh": "；另有 {more} 种可能", "en": "; {more} more possible"},
    "join": {"zh": "；或", "en": "; or "},
}


def cause_text(cause: Any, lang: str, unit: str | None = None, sheet: str | None = None) -> str:
    """One likely cause as a clause (:data:`CAUSES`), its cells named as ``A1`` on ``sheet``
    and ``Sheet!A1`` elsewhere."""
    lang = lang_of(lang)
    u = unit_text(unit, lang)

    def at(ref: Any) -> str:
        return ref.a1 if ref.sheet == sheet else f"{ref.sheet}!{ref.a1}"

    p: dict[str, Any] = dict(cause.params)
    first = cause.cells[0]
    p.update(cell=at(first), row_label=cause.row_label or first.a1, value_fmt=fmt_number(cause.value, u),
             corrected_fmt=fmt_number(cause.corrected, u))
    if cause.kind == "swapped":
        p["other_cell"] = at(cause.cells[1])
    if "previous_sum" in p:
        p["previous_sum_fmt"] = fmt_number(p["previous_sum"], u)
    if "factor" in p:
        side = "larger" if p.get("larger") else "smaller"
        f = fmt_number(p["factor"])
        p["factor_text"] = CAUSES[f"factor.{side}"][lang].format(factor=f)
        text = CAUSES[cause.kind][lang].format(**p)
        tail = CAUSES[f"factor.{side}_tail"][lang].format(factor=f)
        text = text.replace(f"{p['corrected_fmt']}，", f"{p['corrected_fmt']}{tail}，", 1) if tail else text
    else:
        text = CAUSES[cause.kind][lang].format(**p)
    if "more" in p:
        text += CAUSES["more"][lang].format(more=p["more"])
    return text


def causes_text(causes: list[Any], lang: str, unit: str | None = None, sheet: str | None = None) -> str:
    """A finding's likely causes as the tail of its sentence, or that none explains its gap."""
    lang = lang_of(lang)
    if not causes:
        return CAUSES["none"][lang]
    ties = causes[0].params.get("ties")
    head = CAUSES["head"][lang] + (CAUSES["ties"][lang].format(ties=ties) if ties else "")
    return head + CAUSES["join"][lang].join(cause_text(c, lang, unit, sheet) for c in causes)


#: what ``xlrecon template init`` and ``template check`` say: the drafted template's comments
#: and the commands' lines
DRAFT: dict[str, dict[str, str]] = {
    "head": {
        "zh": "由 xlrecon template init 根据 {file} 的工作表「{sheet}」起草（表头在第 {rows_text} 行，{rows} 行数据）。",
        "en": "Drafted by xlrecon template init from sheet “{sheet}” of {file} (header in row(s) {rows_text}, {rows} data rows).",
    },
    "review": {
        "zh": "请逐项核对标有「请确认」的地方，再用 xlrecon template check 本文件 示例文件 看各列找到了没有。",
        "en": "Review every line marked “check”, then run xlrecon template check THIS-FILE EXAMPLE to see where each column is found.",
    },
    "other_sheets": {
        "zh": "工作簿中另有表格的工作表：{sheets}（本模板按数据最多的「{sheet}」起草；要按另一张起草，用 --sheet）。",
        "en": "other sheets with a table: {sheets} (this draft is of “{sheet}”, the one with most rows; use --sheet for another).",
    },
    "name": {
        "zh": "name 是模板的名称（小写英文、数字和连字符），--schema 可用它指定本模板。",
        "en": "name identifies the template (lower-case letters, digits, hyphens).",
    },
    "key": {
        "zh": "请确认：关键列（每行一个单位）为「{label}」（{letter} 列）{why}。",
        "en": "check: the key column (one unit per row) is {label} (column {letter}){why}.",
    },
    "key.regions": {"zh": "，其值均为行政区划名称", "en": ", whose values are region names"},
    "key.unique": {"zh": "，其值互不相同", "en": ", whose values are all different"},
    "key.repeats": {"zh": "，但其值有重复：请改为能区分各行的列", "en": ", but its values repeat: name a column that tells the rows apart"},
    "key.others": {"zh": "也可作关键列：{labels}", "en": "could also be the key: {labels}"},
    "columns": {
        "zh": "每列：name 供规则引用（英文标识，可改，改后规则中一并改），label 是报告中的列名，header 是表头文字"
              "（可加上其他报表中的写法，如 [县区, 县市区]），under 是两级表头的上一级。",
        "en": "each column: name (used by rules; rename it everywhere if you do), label (how findings name it), "
              "header (the header texts; add other forms' spellings), under (the upper level of a two-level header).",
    },
    "unit.line": {
        "zh": "请确认：单位取自表上方的「{text}」（{cell}）",
        "en": "check: the unit is taken from “{text}” above the table ({cell})",
    },
    "unit.header": {"zh": "单位：表头写明", "en": "unit: as the header states"},
    "unit.none": {
        "zh": "请确认：表头未写单位；金额列请补上 unit（元、万元或亿元）",
        "en": "check: the header states no unit; for an amount, add unit (元, 万元 or 亿元)",
    },
    "blank_header": {
        "zh": "请确认：此列表头为空，按其内容（{what}）命名",
        "en": "check: this column has no header text; named for what it holds ({what})",
    },
    "what.region": {"zh": "行政区划名称", "en": "region names"},
    "what.name": {"zh": "名称", "en": "names"},
    "nullable": {
        "zh": "示例中此列没有空白，空白将报错；允许空白请删去此行",
        "en": "the example has no blank here, so a blank is an error; delete this line to allow blanks",
    },
    "decimals": {"zh": "示例按 {n} 位小数显示", "en": "the example shows {n} decimals"},
    "type.integer": {"zh": "示例中均为整数", "en": "the example holds whole numbers only"},
    "total": {
        "zh": "合计行（{cells}）应等于各行之和",
        "en": "the total row ({cells}) equals the sum of the rows",
    },
    "ratio": {
        "zh": "示例 {rows} 行中有 {hits} 行符合此比率（按显示的小数位）",
        "en": "{hits} of the example's {rows} rows hold this ratio (at the decimals shown)",
    },
    "registry": {
        "zh": "「{label}」的值是行政区划名称：核对名称是否在名录中{parent}",
        "en": "{label} holds region names: they are checked against the register{parent}",
    },
    "registry.parent": {"zh": "，且属于「{label}」所填的市州", "en": ", under the city given in {label}"},
    "disagrees": {
        "zh": "注意：示例文件本身与此规则不符：{cell} {message}",
        "en": "note: the example itself disagrees with this rule: {cell} {message}",
    },
    "rules": {
        "zh": "规则：合计之外的核对（比率、阈值、期限、跨表汇总）；阈值等规则请按文件要求补充，写法见 docs/templates.md。",
        "en": "rules: checks besides the totals (ratios, thresholds, deadlines, roll-ups); add the form's own, as docs/templates.md shows.",
    },
    "no_rules": {"zh": "未发现比率列；可按文件要求补充规则。", "en": "no ratio column was found; add the form's rules here."},
    # the command's lines
    "out.written": {"zh": "已起草模板 {file}：{n} 列，{rules} 条规则。", "en": "drafted template {file}: {n} columns, {rules} rules."},
    "out.stdout": {"zh": "已起草模板：{n} 列，{rules} 条规则（见上）。", "en": "drafted a template: {n} columns, {rules} rules (above)."},
    "out.review": {"zh": "请确认的地方 {n} 处（YAML 中标有「请确认」）。", "en": "Lines to check (marked “check” in the YAML): {n}."},
    "out.disagrees": {
        "zh": "示例文件本身有 {n} 处与起草的规则不符（规则已保留，示例可能有误）：",
        "en": "the example itself disagrees with the drafted rules in {n} places (the rules are kept: the example may be wrong):",
    },
    "out.agrees": {"zh": "示例文件符合起草的全部规则。", "en": "the example meets every drafted rule."},
    "out.next": {
        "zh": "下一步：xlrecon template check {file} {example}",
        "en": "next: xlrecon template check {file} {example}",
    },
    "check.ok": {"zh": "模板 {file} 有效：{n} 列，{rules} 条规则。", "en": "template {file} is valid: {n} columns, {rules} rules."},
    "check.table": {
        "zh": "{file} 工作表「{sheet}」：表头在第 {rows_text} 行，{rows} 行数据，合计行 {totals}",
        "en": "{file}, sheet “{sheet}”: header in row(s) {rows_text}, {rows} data rows, total rows {totals}",
    },
    "check.none": {"zh": "{file}：未找到本模板的表格（{why}）", "en": "{file}: no table of this template ({why})"},
    "check.col.found": {"zh": "{cell}", "en": "{cell}"},
    "check.col.missing": {"zh": "未找到（必需）", "en": "not found (required)"},
    "check.col.optional": {"zh": "未找到（可缺）", "en": "not found (optional)"},
    "check.heading.column": {"zh": "列", "en": "column"},
    "check.heading.header": {"zh": "表头文字", "en": "header"},
    "check.heading.where": {"zh": "位置", "en": "where"},
    "check.no_totals": {"zh": "无", "en": "none"},
}


def draft_text(key: str, lang: str, **params: Any) -> str:
    """A line of a drafted template's comments, or of what ``template init`` / ``check`` print."""
    return DRAFT[key][lang_of(lang)].format(**params)


#: what ``xlrecon diff`` says: a resubmission against the version it corrects
DIFF: dict[str, dict[str, str]] = {
    "note.template_changed": {"zh": "两个版本按不同模板读取：原为 {old}，现为 {new}", "en": "the versions were read with different templates: {old}, now {new}"},
    "note.header_changed": {
        "zh": "工作表「{sheet}」「{column}」列的表头由“{old}”改为“{new}”",
        "en": "sheet “{sheet}”: the header of {column} changed from “{old}” to “{new}”",
    },
    "note.unit_changed": {
        "zh": "工作表「{sheet}」「{column}」列的单位由 {old} 改为 {new}（数值已按模板单位比较）",
        "en": "sheet “{sheet}”: the unit of {column} changed from {old} to {new} (figures compared in the template's unit)",
    },
    "note.column_added": {"zh": "工作表「{sheet}」新增「{column}」列", "en": "sheet “{sheet}”: the column {column} is new"},
    "note.column_removed": {"zh": "工作表「{sheet}」删去了「{column}」列", "en": "sheet “{sheet}”: the column {column} is gone"},
    "note.table_only": {
        "zh": "工作表「{sheet}」的表格只在{side_text}中",
        "en": "the table of sheet “{sheet}” is only in the {side_text} version",
    },
    "side.old": {"zh": "原版本", "en": "old"},
    "side.new": {"zh": "新版本", "en": "new"},
    "status.changed": {"zh": "修改", "en": "changed"},
    "status.added": {"zh": "新增", "en": "added"},
    "status.removed": {"zh": "删除", "en": "removed"},
    "status.moved": {"zh": "移动", "en": "moved"},
    "status.same": {"zh": "未变", "en": "same"},
    "col.status": {"zh": "变化", "en": "Change"},
    "col.row": {"zh": "行", "en": "Row"},
    "col.column": {"zh": "列", "en": "Column"},
    "col.old": {"zh": "原值", "en": "Old"},
    "col.new": {"zh": "新值", "en": "New"},
    "col.difference": {"zh": "差额", "en": "Difference"},
    "col.where": {"zh": "位置（原 → 新）", "en": "Where (old → new)"},
    "heading": {"zh": "{old} → {new}", "en": "{old} → {new}"},
    "summary": {
        "zh": "修改 {changed} 行（{cells} 个单元格），新增 {added} 行，删除 {removed} 行，移动 {moved} 行；核对结果：已改正 {fixed} 条，仍存在 {still} 条，新出现 {new_findings} 条",
        "en": "{changed} row(s) changed ({cells} cell(s)), {added} added, {removed} removed, {moved} moved; findings: {fixed} fixed, {still} still there, {new_findings} new",
    },
    "by_order": {"zh": "（{n} 行的关键列为空或重复，按顺序对应）", "en": "({n} row(s) with a blank or repeated key were paired by their order)"},
    "findings.fixed": {"zh": "已改正", "en": "Fixed"},
    "findings.still": {"zh": "仍存在", "en": "Still there"},
    "findings.new": {"zh": "新出现", "en": "New"},
    "not_compared": {
        "zh": "未能对比：上面的文件无法读取，两个版本之间没有比较任何行或核对结果",
        "en": "nothing was compared: the file above could not be read, so no row or finding of the two versions was set against the other",
    },
    "annotated": {"zh": "已写入修改对照：{file}", "en": "changes written: {file}"},
    "no_changes": {"zh": "两个版本的数据相同（按显示的数值比较）", "en": "the two versions hold the same figures (as shown)"},
}


def diff_text(key: str, lang: str, **params: Any) -> str:
    """A sentence of ``xlrecon diff`` (:data:`DIFF`)."""
    lang = lang_of(lang)
    if "side" in params:
        params = {**params, "side_text": DIFF["side." + params["side"]][lang]}
    return DIFF[key][lang].format(**params)


#: the web page's words (``xlrecon serve``), and what its API says of a request it refuses;
#: the page takes them from ``GET /api/messages`` (no text is written in its JavaScript)
WEB: dict[str, dict[str, str]] = {
    "title": {"zh": "xlrecon 报表核对", "en": "xlrecon: check submitted workbooks"},
    "intro": {
        "zh": "把报送的工作簿拖到这里（可多个文件、一个文件夹或一个 .zip）。文件只在本服务器上读取，不会运行其中的宏。",
        "en": "Drop the submitted workbooks here (several files, a folder or a .zip). They are read on this server only; no macro in them runs.",
    },
    "drop": {"zh": "拖入文件或文件夹，或点击选择", "en": "Drop files or a folder here, or click to choose"},
    "choose_files": {"zh": "选择文件", "en": "Choose files"},
    "choose_folder": {"zh": "选择文件夹", "en": "Choose a folder"},
    "template": {"zh": "模板", "en": "Template"},
    "template.auto": {"zh": "自动识别", "en": "Automatic"},
    "template.upload": {"zh": "上传模板文件（YAML）…", "en": "Upload a template (YAML)…"},
    "against": {"zh": "市级汇总表", "en": "City summary"},
    "against.none": {"zh": "（在上传的文件中自动查找）", "en": "(found among the uploads)"},
    "start": {"zh": "开始核对", "en": "Check"},
    "language": {"zh": "English", "en": "中文"},
    "progress": {"zh": "已核对 {done} / {total} 个文件", "en": "{done} of {total} files checked"},
    "state.waiting": {"zh": "等待中", "en": "waiting"},
    "state.checking": {"zh": "核对中", "en": "checking"},
    "files": {"zh": "文件", "en": "Files"},
    "cross": {"zh": "跨文件核对", "en": "Across files"},
    "cross.none": {"zh": "跨文件核对未发现问题", "en": "No findings across files"},
    "findings": {"zh": "核对结果", "en": "Findings"},
    "no_findings": {"zh": "未发现问题", "en": "No findings"},
    "filter.severity": {"zh": "严重程度", "en": "Severity"},
    "filter.check": {"zh": "检查", "en": "Check"},
    "filter.sheet": {"zh": "工作表", "en": "Sheet"},
    "filter.all": {"zh": "全部", "en": "All"},
    "search": {"zh": "搜索", "en": "Search"},
    "col.severity": {"zh": "严重程度", "en": "Severity"},
    "col.check": {"zh": "检查", "en": "Check"},
    "col.where": {"zh": "位置", "en": "Where"},
    "col.row": {"zh": "行", "en": "Row"},
    "col.message": {"zh": "说明", "en": "Message"},
    "col.file": {"zh": "文件", "en": "File"},
    "counts": {"zh": "错误 {error}，警告 {warning}，提示 {info}", "en": "{error} errors, {warning} warnings, {info} infos"},
    "sheet_view": {"zh": "工作表", "en": "Sheet"},
    "sheet.truncated": {"zh": "（只显示前 {rows} 行、{cols} 列）", "en": "(the first {rows} rows and {cols} columns only)"},
    "download.annotated": {"zh": "下载标注后的文件", "en": "Download the annotated copy"},
    "download.zip": {"zh": "全部标注文件（.zip）", "en": "All annotated copies (.zip)"},
    "download.report": {"zh": "报告工作簿", "en": "Report workbook"},
    "download.json": {"zh": "JSON", "en": "JSON"},
    "delete": {"zh": "删除本次上传的文件", "en": "Delete this upload's files"},
    "deleted": {"zh": "已删除。", "en": "Deleted."},
    "failed": {"zh": "核对未完成：{message}", "en": "The check did not finish: {message}"},
    "expiry": {"zh": "上传的文件和结果将在 {minutes} 分钟后自动删除。", "en": "The uploads and results are deleted after {minutes} minutes."},
    "upload.none": {"zh": "没有上传文件", "en": "no file was uploaded"},
    "upload.no_workbook": {"zh": "上传的内容中没有工作簿文件", "en": "the upload holds no workbook"},
    "upload.not_a_workbook": {
        "zh": "{name} 不是工作簿文件（应为 .xlsx、.xlsm、.xls、.xlsb、.ods，或它们的 .zip）",
        "en": "{name} is not a workbook (.xlsx, .xlsm, .xls, .xlsb, .ods, or a .zip of them)",
    },
    "upload.not_a_template": {"zh": "{name} 不是模板文件（应为 .yaml）", "en": "{name} is not a template file (.yaml)"},
    "upload.too_large": {"zh": "上传的文件超过 {limit_mb} MB 的限制", "en": "the upload is over the limit of {limit_mb} MB"},
    "upload.too_many": {"zh": "上传的文件超过 {limit} 个的限制", "en": "the upload has more than {limit} files"},
    "upload.bad_zip": {"zh": "{name} 不是有效的 .zip 文件", "en": "{name} is not a valid .zip file"},
    "upload.zip_path": {
        "zh": "{name} 中的“{member}”指向文件夹之外，整个 .zip 未被接受",
        "en": "“{member}” in {name} points outside the folder; the .zip was refused",
    },
    "upload.zip_bomb": {
        "zh": "{name} 中的“{member}”解压后异常巨大（疑似压缩炸弹），整个 .zip 未被接受",
        "en": "“{member}” in {name} inflates to an abnormal size (a zip bomb?); the .zip was refused",
    },
    "upload.no_summary": {"zh": "汇总表“{name}”不在上传的文件中", "en": "the summary “{name}” is not among the uploads"},
    "web.token": {
        "zh": "缺少访问令牌或令牌不正确：请使用启动服务时显示的地址（含 ?token=）",
        "en": "missing or wrong access token: use the address printed when the server started (with ?token=)",
    },
    "web.no_job": {"zh": "没有这个核对任务（可能已过期并被删除）", "en": "no such job (it may have expired and been deleted)"},
    "web.not_done": {"zh": "核对尚未完成", "en": "the job has not finished"},
    "web.no_file": {"zh": "没有这个文件", "en": "no such file"},
    "web.bad_function": {"zh": "函数 {name} 无法计算：{reason}", "en": "the function {name} cannot be computed: {reason}"},
    "fn.not_a_number": {"zh": "“{value}”不是数值", "en": "“{value}” is not a number"},
    "fn.blank_total": {"zh": "合计为空", "en": "the total is blank"},
    "fn.gap": {
        "zh": "差额 {gap} 超出舍入误差范围（±{tolerance}），舍入无法解释",
        "en": "rounding cannot explain a gap of {gap} (at most ±{tolerance})",
    },
    "fn.decimals": {"zh": "小数位数应为 0 到 15 的整数，而不是“{value}”", "en": "decimals must be a whole number from 0 to 15, not “{value}”"},
    "fn.no_such": {"zh": "没有这个函数", "en": "there is no such function"},
    "fn.arguments": {"zh": "参数不对", "en": "the arguments are wrong"},
    "web.bad_grids": {
        "zh": "发来的工作表数据格式不对：每张工作表应有名称、起始行列和各单元格的值",
        "en": "the sheets sent are not in the expected form (sheets: each with name, row, column and values)",
    },
    # the page's own words beyond the above (xlrecon/web/static/app.js)
    "chosen": {"zh": "已选择 {count} 个文件", "en": "{count} file(s) chosen"},
    "skipped": {
        "zh": "已跳过文件夹中 {count} 个不是工作簿的文件",
        "en": "{count} file(s) in the folder that are not workbooks were skipped",
    },
    "clear": {"zh": "清空", "en": "Clear"},
    "uploading": {"zh": "正在上传…", "en": "Uploading…"},
    "error.network": {"zh": "无法连接服务器：{message}", "en": "the server could not be reached: {message}"},
    "template.file": {"zh": "模板文件", "en": "Template file"},
    "col.column": {"zh": "列", "en": "Column"},
    "col.status": {"zh": "状态", "en": "Status"},
    "col.counts": {"zh": "问题数", "en": "Findings"},
    "downloads": {"zh": "下载", "en": "Downloads"},
    "files.hint": {"zh": "单击文件查看其核对结果和工作表", "en": "Click a file to see its findings and its sheet"},
    "shown": {"zh": "显示 {n} / {total} 条", "en": "{n} of {total} shown"},
    "sort": {"zh": "单击以排序", "en": "Click to sort"},
    "notes": {"zh": "说明", "en": "Notes"},
    "file.error": {"zh": "无法核对：{message}", "en": "could not be checked: {message}"},
    "cell.findings": {"zh": "{cell} 单元格的核对结果", "en": "Findings at {cell}"},
    "cell.hint": {
        "zh": "有颜色的单元格有核对结果：单击查看；单击上表中的一条结果可定位到它的单元格",
        "en": "Coloured cells have findings: click one to see them; click a finding above to go to its cell",
    },
    "hidden": {"zh": "隐藏的行或列", "en": "a hidden row or column"},
    "close": {"zh": "关闭", "en": "Close"},
    "state.summary": {"zh": "用作市级汇总表", "en": "used as the city summary"},
    "state.skipped": {"zh": "未核对（不是报送文件）", "en": "not checked (not a filing)"},
    "progress.skipped": {
        "zh": "{count} 个文件不是报送文件（如 xlrecon 的模板、标注后的副本、备份），未核对",
        "en": "{count} file(s) are not filings (xlrecon's template, annotated copies, backups) and were not checked",
    },
    # the page's 对比 view (two workbooks: POST /api/diff and /api/compare)
    "view.check": {"zh": "核对", "en": "Check"},
    "view.compare": {"zh": "对比", "en": "Compare"},
    "cmp.intro": {
        "zh": "比较两个工作簿：修改对照列出同一张表的新版本改了什么；两表核对按关键列逐行比对两张表的金额。文件只在比较时保存在本服务器上。",
        "en": "Compare two workbooks: the changes lists what a new version of a table changed; two tables matches their rows by key and compares their amounts. The files are kept on this server only while they are compared.",
    },
    "cmp.mode.diff": {"zh": "修改对照", "en": "Changes (old → new)"},
    "cmp.mode.compare": {"zh": "两表核对", "en": "Two tables"},
    "cmp.old": {"zh": "原版本", "en": "Old version"},
    "cmp.new": {"zh": "新版本", "en": "New version"},
    "cmp.choose": {"zh": "选择文件", "en": "Choose a file"},
    "cmp.none": {"zh": "未选择文件", "en": "No file chosen"},
    "cmp.a": {"zh": "表A", "en": "Table A"},
    "cmp.b": {"zh": "表B", "en": "Table B"},
    "cmp.key": {"zh": "关键列（可选，多个用逗号分隔）", "en": "Key columns (optional, separated by commas)"},
    "cmp.columns": {"zh": "比较的金额列（可选，多个用逗号分隔）", "en": "Amount columns (optional, separated by commas)"},
    "cmp.tolerance": {"zh": "容差（可选，如 0.01 或 500元）", "en": "Tolerance (optional, as 0.01 or 500元)"},
    "cmp.pair_duplicates": {"zh": "重复的关键值按顺序配对", "en": "Pair repeated keys in their order"},
    "cmp.start": {"zh": "开始对比", "en": "Compare"},
    "cmp.working": {"zh": "正在对比…", "en": "Comparing…"},
    "cmp.blank": {"zh": "（空）", "en": "(blank)"},
    "diff.heading": {"zh": "{old} → {new}", "en": "{old} → {new}"},
    "diff.not_compared": {
        "zh": "未能对比：有一个版本无法读取（见下），两个版本之间没有比较任何行或核对结果",
        "en": "nothing was compared: a version could not be read (below), so no row or finding was set against the other",
    },
    "diff.summary": {
        "zh": "修改 {changed} 行（{cells} 个单元格），新增 {added} 行，删除 {removed} 行，移动 {moved} 行；核对结果：已改正 {fixed} 条，仍存在 {still} 条，新出现 {new_findings} 条",
        "en": "{changed} row(s) changed ({cells} cell(s)), {added} added, {removed} removed, {moved} moved; findings: {fixed} fixed, {still} still there, {new_findings} new",
    },
    "diff.no_changes": {"zh": "两个版本的数据相同（按显示的数值比较）", "en": "The two versions hold the same figures (as shown)"},
    "diff.sheet": {"zh": "工作表「{sheet}」", "en": "Sheet “{sheet}”"},
    "diff.by_order": {"zh": "（{n} 行的关键列为空或重复，按顺序对应）", "en": "({n} row(s) with a blank or repeated key were paired by their order)"},
    "diff.col.status": {"zh": "变化", "en": "Change"},
    "diff.col.rows": {"zh": "行号（原 → 新）", "en": "Row (old → new)"},
    "diff.col.change": {"zh": "原值 → 新值", "en": "Old → new"},
    "diff.col.difference": {"zh": "差额", "en": "Difference"},
    "diff.col.where": {"zh": "位置（原 → 新）", "en": "Where (old → new)"},
    "diff.status.changed": {"zh": "修改", "en": "changed"},
    "diff.status.added": {"zh": "新增", "en": "added"},
    "diff.status.removed": {"zh": "删除", "en": "removed"},
    "diff.status.moved": {"zh": "移动", "en": "moved"},
    "diff.findings": {"zh": "核对结果的变化", "en": "The findings, then and now"},
    "diff.findings.fixed": {"zh": "已改正（{count} 条）", "en": "Fixed ({count})"},
    "diff.findings.still": {"zh": "仍存在（{count} 条）", "en": "Still there ({count})"},
    "diff.findings.new": {"zh": "新出现（{count} 条）", "en": "New ({count})"},
    "diff.error": {"zh": "{file} 无法读取：{message}", "en": "{file} could not be read: {message}"},
    "cmp.side": {
        "zh": "{name}：{file}，工作表「{sheet}」，{count} 行",
        "en": "{name}: {file}, sheet “{sheet}”, {count} row(s)",
    },
    "cmp.key_line": {"zh": "关键列：{labels}", "en": "Key: {labels}"},
    "cmp.columns_line": {"zh": "比较的列：{columns}", "en": "Compared: {columns}"},
    "cmp.tolerance_line": {"zh": "容差：{tolerance}", "en": "Tolerance: {tolerance}"},
    "cmp.tolerance_rounding": {"zh": "容差：按各单元格显示的小数位（舍入误差）", "en": "Tolerance: each cell's shown decimals (rounding)"},
    "cmp.count.match": {"zh": "一致 {count}", "en": "{count} match"},
    "cmp.count.differs": {"zh": "金额不等 {count}", "en": "{count} differ"},
    "cmp.count.unreadable": {"zh": "金额无法读取 {count}", "en": "{count} unreadable"},
    "cmp.count.only_a": {"zh": "仅A有 {count}", "en": "{count} only in A"},
    "cmp.count.only_b": {"zh": "仅B有 {count}", "en": "{count} only in B"},
    "cmp.count.duplicates": {"zh": "重复的关键值 {count}", "en": "{count} repeated key(s)"},
    "cmp.count.no_key": {"zh": "关键列为空 {count}", "en": "{count} without a key"},
    "cmp.pairs": {"zh": "逐行比对", "en": "Row by row"},
    "cmp.all_match": {"zh": "所有配对的金额均一致", "en": "Every pair's amounts match"},
    "cmp.show_matches": {"zh": "显示一致的 {count} 对", "en": "Show the {count} matching pair(s)"},
    "cmp.hide_matches": {"zh": "隐藏一致的配对", "en": "Hide the matching pairs"},
    "cmp.col.key": {"zh": "关键值", "en": "Key"},
    "cmp.col.row_a": {"zh": "表A行", "en": "Row in A"},
    "cmp.col.row_b": {"zh": "表B行", "en": "Row in B"},
    "cmp.col.rows_a": {"zh": "表A中的行", "en": "Rows in A"},
    "cmp.col.rows_b": {"zh": "表B中的行", "en": "Rows in B"},
    "cmp.col.value_a": {"zh": "表A", "en": "A"},
    "cmp.col.value_b": {"zh": "表B", "en": "B"},
    "cmp.col.difference": {"zh": "差额（A − B）", "en": "A − B"},
    "cmp.col.side": {"zh": "所在表", "en": "Table"},
    "cmp.col.cell": {"zh": "单元格", "en": "Cell"},
    "cmp.col.text": {"zh": "内容", "en": "Content"},
    "cmp.duplicates": {"zh": "重复的关键值", "en": "Repeated keys"},
    "cmp.dup.paired": {"zh": "已按顺序配对", "en": "paired in order"},
    "cmp.dup.unpaired": {"zh": "未配对", "en": "left unpaired"},
    "cmp.unreadable": {"zh": "无法读取的金额（未按 0 计）", "en": "Amounts that cannot be read (not taken as 0)"},
    "cmp.no_key": {"zh": "关键列为空的行（未配对）", "en": "Rows with a blank key (not paired)"},
    "cmp.self_check": {"zh": "自检（每列）", "en": "Self-check (per column)"},
    "cmp.self_check.rule": {
        "zh": "ΣA − ΣB = 金额不等的差额之和 + 容差内的尾差 + 仅A有 − 仅B有 + 未配对的行 + 无法读取的一方对应的金额",
        "en": "ΣA − ΣB = the differences of the pairs that differ + the residue inside the tolerance + only in A − only in B + the rows left unpaired + the amounts against an unreadable one",
    },
    "cmp.self_check.holds": {"zh": "自检成立", "en": "The self-check holds"},
    "cmp.self_check.fails": {"zh": "自检不成立：这是 xlrecon 的缺陷，请报告", "en": "The self-check fails: this is a bug of xlrecon, please report it"},
    "cmp.sc.holds": {"zh": "成立", "en": "holds"},
    "cmp.sc.fails": {"zh": "不成立", "en": "fails"},
    "cmp.sc.sum_a": {"zh": "ΣA", "en": "ΣA"},
    "cmp.sc.sum_b": {"zh": "ΣB", "en": "ΣB"},
    "cmp.sc.differs": {"zh": "金额不等", "en": "Differ"},
    "cmp.sc.residue": {"zh": "尾差", "en": "Residue"},
    "cmp.sc.only_a": {"zh": "仅A有", "en": "Only in A"},
    "cmp.sc.only_b": {"zh": "仅B有", "en": "Only in B"},
    "cmp.sc.unpaired": {"zh": "未配对", "en": "Unpaired"},
    "cmp.sc.unreadable": {"zh": "无法读取", "en": "Unreadable"},
    "cmp.sc.left": {"zh": "左边", "en": "Left"},
    "cmp.sc.right": {"zh": "右边", "en": "Right"},
    # what `xlrecon serve` prints
    "serve.listening": {"zh": "xlrecon 网页已启动：{url}", "en": "xlrecon's page is up: {url}"},
    "serve.token": {
        "zh": "监听 {host}（不只是本机）：每个请求都须带访问令牌；请把上面的完整地址发给同事",
        "en": "listening on {host} (not loopback only): every request needs the access token; share the whole address above",
    },
    "serve.stop": {"zh": "按 Ctrl+C 停止。", "en": "Press Ctrl+C to stop."},
    # the WPS add-in's (wps/js/*.js); wps.down is also built into wps/js/check.js (the service
    # that would give it is the one not running), and a test keeps the two equal
    "wps.down": {
        "zh": "无法连接 xlrecon 服务（{url}）。请先在命令行中运行 xlrecon serve 启动服务，保持窗口打开，再点击“核对本工作簿”。",
        "en": "The xlrecon service ({url}) could not be reached. Start it first: run xlrecon serve in a command window, keep the window open, then click the check button again.",
    },
    "wps.busy": {"zh": "上一次核对尚未完成，请稍候。", "en": "The last check has not finished yet; please wait."},
    "wps.no_book": {"zh": "没有打开的工作簿。", "en": "No workbook is open."},
    "wps.failed": {
        "zh": "核对未完成，工作簿未作改动：{detail}",
        "en": "The check did not finish and the workbook was not changed: {detail}",
    },
    "wps.cleared": {
        "zh": "已清除上次核对的标记和核对结果工作表。",
        "en": "The last check's marks and its discrepancy sheet were removed.",
    },
    "wps.settings.base": {"zh": "服务地址", "en": "Service address"},
    "wps.settings.lang": {"zh": "语言", "en": "Language"},
    "wps.settings.token": {
        "zh": "访问令牌（服务不在本机时才需要）",
        "en": "Access token (only for a service on another computer)",
    },
    "wps.settings.save": {"zh": "保存", "en": "Save"},
    "wps.settings.saved": {"zh": "已保存。", "en": "Saved."},
}


def web_text(key: str, lang: str, **params: Any) -> str:
    """A sentence of the web page or its API (:data:`WEB`)."""
    return WEB[key][lang_of(lang)].format(**params)


#: a rule as a reader names it where the template gives it no label of its own: the checks
#: xlrecon makes of every table or batch by their ids, a column's checks by ``column.`` and
#: the end of their ids (``phone.regex``: 「联系电话」的格式)
RULE_NAMES: dict[str, dict[str, str]] = {
    "column.type": {"zh": "「{column}」的数据类型", "en": "{column}: the type of its values"},
    "column.unit": {"zh": "「{column}」的单位", "en": "{column}: its unit"},
    "column.text-number": {"zh": "「{column}」以文本存储的数值", "en": "{column}: numbers stored as text"},
    "column.integer": {"zh": "「{column}」应为整数", "en": "{column}: whole numbers"},
    "column.required": {"zh": "「{column}」不能为空", "en": "{column}: no blanks"},
    "column.unique": {"zh": "「{column}」不能重复", "en": "{column}: no repeats"},
    "column.regex": {"zh": "「{column}」的格式", "en": "{column}: the required format"},
    "column.isin": {"zh": "「{column}」的可选值", "en": "{column}: the allowed values"},
    "column.ge": {"zh": "「{column}」的下限", "en": "{column}: its lower bound"},
    "column.gt": {"zh": "「{column}」的下限", "en": "{column}: its lower bound"},
    "column.le": {"zh": "「{column}」的上限", "en": "{column}: its upper bound"},
    "column.lt": {"zh": "「{column}」的上限", "en": "{column}: its upper bound"},
    "column.between": {"zh": "「{column}」的取值范围", "en": "{column}: its range"},
    "table.unit_line": {"zh": "表格上方写明的单位", "en": "the unit stated above the table"},
    "table.hidden_rows": {"zh": "隐藏行", "en": "hidden rows"},
    "table.hidden_cols": {"zh": "隐藏列", "en": "hidden columns"},
    "cell.shown_digits": {"zh": "存储的位数多于显示", "en": "more digits stored than shown"},
    "formula.double_count": {"zh": "合计公式重复计算", "en": "a total's formula counts rows twice"},
    "formula.total_range": {"zh": "合计公式的范围", "en": "the range of a total's formula"},
    "formula.inconsistent": {"zh": "与同列不一致的公式", "en": "a formula unlike its column's"},
    "formula.constant_total": {"zh": "手填的合计", "en": "a total typed over"},
    "formula.external": {"zh": "引用其他工作簿的公式", "en": "formulas linking other workbooks"},
    "batch.same-file": {"zh": "同一文件报送两次", "en": "the same file twice"},
    "batch.repeated-submission": {"zh": "重复报送", "en": "a submission repeated"},
    "batch.duplicate-key": {"zh": "同一单位在两个文件中", "en": "a unit in two files"},
    "batch.not-in-summary": {"zh": "汇总表中没有的县市区", "en": "a district not in the summary"},
    "batch.no-file": {"zh": "没有报送文件的县市区", "en": "a district without a file"},
    "batch.district-twice": {"zh": "县市区报送两份", "en": "a district filed twice"},
    "batch.unit-count": {"zh": "汇总表中的单位数", "en": "the number of units in the summary"},
}


def rule_name(rule: str, column: str | None, label: Any, lang: str) -> str:
    """A rule as a reader names it: the template's label (``label``, in both languages), else
    :data:`RULE_NAMES` by its id or, for a column's check, by the end of its id; else the id."""
    lang = lang_of(lang)
    if isinstance(label, dict) and (label.get(lang) or label.get("zh")):
        return label.get(lang) or label["zh"]
    if rule in RULE_NAMES:
        return RULE_NAMES[rule][lang].format(column=column or "")
    suffix = "column." + rule.rsplit(".", 1)[-1]
    if column and suffix in RULE_NAMES:
        return RULE_NAMES[suffix][lang].format(column=column)
    return rule


#: what ``xlrecon compare`` says (两表核对): two tables of the same things matched line by line
COMPARE: dict[str, dict[str, str]] = {
    "status.match": {"zh": "一致", "en": "match"},
    "status.differs": {"zh": "金额不等", "en": "amounts differ"},
    "status.unreadable": {"zh": "金额无法读取", "en": "amount unreadable"},
    "status.only_a": {"zh": "仅A有", "en": "only in A"},
    "status.only_b": {"zh": "仅B有", "en": "only in B"},
    "side.a": {"zh": "A 表", "en": "table A"},
    "side.b": {"zh": "B 表", "en": "table B"},
    "heading": {
        "zh": "A 表：{path_a}（工作表「{sheet_a}」，{how_a}）；B 表：{path_b}（工作表「{sheet_b}」，{how_b}）",
        "en": "A: {path_a} (sheet “{sheet_a}”, {how_a}); B: {path_b} (sheet “{sheet_b}”, {how_b})",
    },
    "how.template": {"zh": "按模板 {template} 读取", "en": "read with template {template}"},
    "how.headers": {"zh": "按表头文字读取", "en": "read by its header texts"},
    "matched_by": {
        "zh": "按关键列 {keys} 配对，核对 {columns}；容差：{tolerance_text}",
        "en": "rows paired by {keys}, comparing {columns}; tolerance: {tolerance_text}",
    },
    "tolerance.rounding": {"zh": "按显示数值的舍入范围", "en": "the rounding of the figures shown"},
    "tolerance.given": {"zh": "{tolerance} {unit}（--tolerance）", "en": "{tolerance} {unit} (--tolerance)"},
    "tolerance.plain": {
        "zh": "{tolerance}（--tolerance，各列单位）",
        "en": "{tolerance} (--tolerance, in each column's unit)",
    },
    "note.converted": {
        "zh": "B 表「{column}」列的单位为 {unit}，已换算为 {to} 后比较",
        "en": "column {column} of table B is in {unit}: converted into {to} to compare",
    },
    "note.unit_unknown": {
        "zh": "「{column}」列未写明单位，按 {unit} 比较",
        "en": "column {column} states no unit: compared as {unit}",
    },
    "col.key": {"zh": "关键字", "en": "Key"},
    "col.status": {"zh": "核对结果", "en": "Result"},
    "col.column": {"zh": "列", "en": "Column"},
    "col.a": {"zh": "A 表数值", "en": "A"},
    "col.b": {"zh": "B 表数值", "en": "B"},
    "col.cell_a": {"zh": "A 表单元格", "en": "A's cell"},
    "col.cell_b": {"zh": "B 表单元格", "en": "B's cell"},
    "col.difference": {"zh": "差额（A − B）", "en": "Difference (A − B)"},
    "col.tolerance": {"zh": "容差", "en": "Tolerance"},
    "col.unit": {"zh": "单位", "en": "Unit"},
    "col.term": {"zh": "项目", "en": "Term"},
    "differs_line": {
        "zh": "「{key}」的「{column}」：A 表 {a}，B 表 {b}，差额 {difference}，超出容差（±{tolerance}）",
        "en": "{key}, {column}: A {a}, B {b}, a difference of {difference}, beyond the tolerance (±{tolerance})",
    },
    "residue_line": {
        "zh": "「{key}」的「{column}」：A 表 {a}，B 表 {b}，差额 {difference} 在容差范围内（±{tolerance}），视为一致",
        "en": "{key}, {column}: A {a}, B {b}, a difference of {difference} inside the tolerance (±{tolerance}): "
              "a match",
    },
    "duplicate": {
        "zh": "关键字「{key}」重复：A 表第 {rows_a} 行，B 表第 {rows_b} 行；{what}",
        "en": "the key “{key}” repeats: rows {rows_a} of A, rows {rows_b} of B; {what}",
    },
    "repeated.unpaired": {
        "zh": "这些行未配对（要按顺序配对，用 --pair-duplicates）",
        "en": "these rows are not paired (--pair-duplicates pairs them in order)",
    },
    "repeated.paired": {"zh": "已按顺序配对（--pair-duplicates）", "en": "paired in their order (--pair-duplicates)"},
    "repeated.one_side": {"zh": "另一表没有此关键字", "en": "the other table has no such key"},
    "none": {"zh": "无", "en": "none"},
    "no_key": {
        "zh": "{side_text}第 {row} 行（{sheet}!{cell}）关键列为空，未配对",
        "en": "row {row} of {side_text} ({sheet}!{cell}) has a blank key: not paired",
    },
    "unreadable": {
        "zh": "{side_text}「{key}」的「{column}」（{sheet}!{cell}）为“{text}”，不是数值，未按 0 计算",
        "en": "{side_text}, {key}, {column} ({sheet}!{cell}) holds “{text}”, no number: not taken as 0",
    },
    "summary": {
        "zh": "共 {pairs} 对：一致 {match}，金额不等 {differs}，金额无法读取 {unreadable}，"
              "仅A有 {only_a}，仅B有 {only_b}；"
              "重复关键字 {duplicates} 个，关键列为空 {no_key} 行",
        "en": "{pairs} pair(s): {match} match, {differs} differ, {unreadable} unreadable, {only_a} only in A, "
              "{only_b} only in B; {duplicates} repeated key(s), {no_key} row(s) with a blank key",
    },
    "all_match": {"zh": "两表各行全部一致", "en": "every row of the two tables matches"},
    "self_check.title": {"zh": "自检（精确计算）", "en": "Self-check (exact arithmetic)"},
    "self_check.line": {
        "zh": "「{column}」：Σ A − Σ B = {sum_a} − {sum_b} = {left}；"
              "金额不等差额合计 {differs} + 仅A有 {only_a} − 仅B有 {only_b}"
              " + 容差内差额 {residue} + 未配对行 {unpaired} + 无法读取 {unreadable_sum} = {right}：{verdict}",
        "en": "{column}: Σ A − Σ B = {sum_a} − {sum_b} = {left}; differences {differs} + only in A {only_a} − only in B"
              " {only_b} + inside the tolerance {residue} + unpaired rows {unpaired} + unreadable {unreadable_sum} = "
              "{right}: {verdict}",
    },
    "self_check.holds": {"zh": "成立", "en": "holds"},
    "self_check.fails": {"zh": "不成立", "en": "FAILS"},
    "self_check.bug": {
        "zh": "自检不成立：这是 xlrecon 的程序错误，本次核对结果不可信。请将两个文件与本输出一并报告给维护者。",
        "en": "THE SELF-CHECK FAILS: this is a bug in xlrecon and this comparison cannot be trusted. Please report it "
              "to the maintainers with both files and this output.",
    },
    "term.sum_a": {"zh": "Σ A", "en": "Σ A"},
    "term.sum_b": {"zh": "Σ B", "en": "Σ B"},
    "term.differs": {"zh": "金额不等差额合计", "en": "Σ differences"},
    "term.only_a": {"zh": "仅A有合计", "en": "Σ only in A"},
    "term.only_b": {"zh": "仅B有合计", "en": "Σ only in B"},
    "term.residue": {"zh": "容差内差额合计", "en": "Σ inside the tolerance"},
    "term.unpaired": {"zh": "未配对行（A − B）", "en": "unpaired rows (A − B)"},
    "term.unreadable": {"zh": "对方无法读取（A − B）", "en": "against an unreadable amount (A − B)"},
    "term.left": {"zh": "Σ A − Σ B", "en": "Σ A − Σ B"},
    "term.right": {"zh": "各项之和", "en": "sum of the terms"},
    "term.holds": {"zh": "自检", "en": "Self-check"},
    "sheet.pairs": {"zh": "两表核对", "en": "Comparison"},
    "sheet.check": {"zh": "自检", "en": "Self-check"},
    "written": {"zh": "已写出核对工作簿 {output}", "en": "comparison workbook written: {output}"},
    "help": {
        "zh": "两表核对：按关键列配对两张表的各行，逐列比较金额（按显示数值的舍入或给定容差），"
              "列出一致、金额不等、仅A有、仅B有",
        "en": "match two tables' rows by key and compare their amounts column by column (within the rounding shown, "
              "or a tolerance): match, amounts differ, only in A, only in B",
    },
    "help.a": {"zh": "A 表所在的工作簿", "en": "the workbook of table A"},
    "help.b": {"zh": "B 表所在的工作簿", "en": "the workbook of table B"},
    "help.key": {
        "zh": "关键列：模板列名或表头文字，可给多个（组合关键字）；两表写法不同时用 A列=B列",
        "en": "the key column(s): a template's column name or a header text, several for a composite key; "
              "A_NAME=B_NAME when the tables name it differently",
    },
    "help.columns": {
        "zh": "要核对的金额列：模板列名或表头文字，可给多个；两表写法不同时用 A列=B列",
        "en": "the amount columns to compare: template column names or header texts; A_NAME=B_NAME when they differ",
    },
    "help.tolerance": {
        "zh": "绝对容差（如 0.01 或 500元）；不给时按显示数值的舍入范围",
        "en": "an absolute tolerance (0.01, or 500元); without it, the rounding of the figures shown",
    },
    "help.sheet_a": {"zh": "A 表所在的工作表", "en": "the sheet of table A"},
    "help.sheet_b": {"zh": "B 表所在的工作表", "en": "the sheet of table B"},
    "help.pair_duplicates": {
        "zh": "关键字重复时按行的顺序配对（默认不配对，只列出）",
        "en": "pair the rows of a repeated key in their order (by default they are listed, not paired)",
    },
    "help.output": {
        "zh": "另写一个核对工作簿：各对并排，附两表单元格的位置和链接",
        "en": "also write a workbook of the pairs side by side, with both cells' addresses and links",
    },
    "help.schema": {
        "zh": "两表都按此模板读取（不给时各自匹配模板，或按表头文字）",
        "en": "read both tables with this template (without it, each file's own template, or its header texts)",
    },
}


def compare_text(key: str, lang: str, /, **params: Any) -> str:
    """A sentence of ``xlrecon compare`` (:data:`COMPARE`)."""
    lang = lang_of(lang)
    if "side" in params:
        params = {**params, "side_text": COMPARE["side." + params["side"]][lang]}
    return COMPARE[key][lang].format(**params)


#: what an error's ``hints`` (a list of dicts, each with a ``key`` here) add to its message
HINTS: dict[str, dict[str, str]] = {
    "stand": {
        "zh": "「{column}」应在的位置上（{cell}）是「{text}」：若它就是这一列，在模板 {template_file} 中"
              "「name: {name}」一列写 `{line}`，或把模板复制一份这样改好，用 --schema 文件 指定。",
        "en": "where “{column}” should stand ({cell}) the header is “{text}”: if that is this column, write "
              "`{line}` in the column “name: {name}” of template {template_file}, or in a copy of it given "
              "with --schema FILE.",
    },
    "no_stand": {
        "zh": "表头中没有与「{column}」相近的文字。",
        "en": "no header text is near “{column}”.",
    },
}


def error_message(code: str, params: dict[str, Any], lang: str) -> str:
    lang = lang_of(lang)
    p = {"detail": "", "sheet": "", "file": "", "part": "", "suffix": "", "row": "", "encoding": "", "title": "", "n_found": "", "found": "", "hints": "", **params}
    if f"title_{lang}" in p:  # a template's title, given in both languages
        p["title"] = p[f"title_{lang}"]
    if isinstance(p.get("hints"), list):
        p["hints"] = ("" if lang == "zh" else " ").join(HINTS[h["key"]][lang].format(**h) for h in p["hints"])
    if "reason_key" in p:
        p["reason"] = REFUSALS[p["reason_key"]][lang].format(**p)
    if code == "not-a-file" and p.get("what") in NOT_A_FILE:
        p["reason"] = NOT_A_FILE[p["what"]][lang].format(**p)
    if code == "bad-manifest" and p.get("what") in MANIFEST:
        p["reason"] = MANIFEST[p["what"]][lang].format(**p)
    if code == "too-large" and p.get("what") in TOO_LARGE:
        p["reason"] = TOO_LARGE[p["what"]][lang].format(**p)
    if code == "bad-regions" and p.get("what") in REGION_FILE:
        p["reason"] = REGION_FILE[p["what"]][lang].format(**p)
        if p.get("where"):
            p["reason"] = REGION_FILE["at"][lang].format(where=p["where"], what=p["reason"])
    if code == "bad-template" and p.get("what") in TEMPLATE_FILE:
        p["detail"] = template_file_text(p["what"], p, lang)
        if p.get("where"):
            p["detail"] = TEMPLATE_FILE["at"][lang].format(where=p["where"], what=p["detail"])
    p["role"] = FILE_ROLES[p["role"]][lang] if p.get("role") in FILE_ROLES else ""
    return ERRORS[code][lang].format(**p)


def note_text(key: str, params: dict[str, Any], lang: str) -> str:
    """A run's note (template picked, formulas computed, a published figure not applied) as a sentence."""
    lang = lang_of(lang)
    p = dict(params)
    for k in ("title", "rule_label"):
        if isinstance(p.get(k), dict):
            p[k] = p[k].get(lang) or p[k].get("zh", "")
    if isinstance(p.get("sheets"), list):
        p["sheets"] = "、".join(p["sheets"])
    if "reason_key" in p:
        p["reason"] = UI[p["reason_key"]][lang].format(**p)
    if "error_code" in p:  # an error said within the note (a previous-period file skipped), in the note's language
        p["detail"] = error_message(p["error_code"], p.get("error_params", {}), lang)
    if "why" in p and key == "locate_rule_left_out":
        p["left_out_text"] = UI[f"locate.left_out.{p['why']}"][lang].format(**p)
    if key == "table_structure":
        p["parts"] = ("；" if lang == "zh" else "; ").join(
            UI[f"structure.{k}"][lang].format(n=p[k], m=p.get("children", "")) for k in ("subtotals", "of_which", "subtracted")
            if p.get(k))
    return UI[key][lang].format(**p)


def ui(key: str, lang: str, **params: Any) -> str:
    return UI[key][lang_of(lang)].format(**params)


#: a finding's ``check`` (the families of :data:`xlrecon.findings.CHECKS`) as a reader names
#: it; ``error`` is the line of a file that could not be checked
CHECK_NAMES: dict[str, dict[str, str]] = {
    "type": {"zh": "类型", "en": "Type"},
    "range": {"zh": "取值范围", "en": "Range"},
    "missing": {"zh": "缺项", "en": "Missing"},
    "duplicate": {"zh": "重复", "en": "Duplicate"},
    "total": {"zh": "合计", "en": "Total"},
    "ratio": {"zh": "比率", "en": "Ratio"},
    "threshold": {"zh": "阈值", "en": "Threshold"},
    "rollup": {"zh": "汇总", "en": "Roll-up"},
    "unknown-region": {"zh": "地区名称", "en": "Region name"},
    "deadline": {"zh": "期限", "en": "Deadline"},
    "coverage": {"zh": "覆盖", "en": "Coverage"},
    "formula": {"zh": "公式", "en": "Formula"},
    "hidden": {"zh": "隐藏行列", "en": "Hidden"},
    "shown": {"zh": "显示精度", "en": "Shown digits"},
    "diff": {"zh": "修改", "en": "Change"},
    "suspect": {"zh": "疑误单元格", "en": "Suspect cell"},
    "error": {"zh": "文件错误", "en": "File error"},
}


def check_name(check: str, lang: str) -> str:
    """A check family's name in ``lang`` ("total" -> 合计 / Total); an unknown one as it is."""
    names = CHECK_NAMES.get(check)
    return names[lang_of(lang)] if names else check


from datetime import datetime  # noqa: E402 - kept beside the one function that needs it

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")


def time_text(when: datetime, lang: str) -> str:
    """A moment as a reader writes it, in local time: 2026年12月2日 14:05 / 2 December 2026 14:05."""
    local = when.astimezone()  # an aware moment into this machine's zone (a naive one is taken as local)
    if lang_of(lang) == "zh":
        return f"{local.year}年{local.month}月{local.day}日 {local:%H:%M}"
    return f"{local.day} {MONTHS_EN[local.month - 1]} {local.year} {local:%H:%M}"


def page_footer(lang: str) -> str:
    """A printed page's number in a sheet's footer (Excel's codes: &P the page, &N the pages)."""
    return {"zh": "第 &P 页，共 &N 页", "en": "Page &P of &N"}[lang_of(lang)]
