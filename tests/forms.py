"""Forms the tests write that are like no built-in template (for template init and the README's walk)."""

from __future__ import annotations

import datetime
from pathlib import Path

from conftest import write_openpyxl

TOWNS = ["城关镇", "东湖乡", "西山镇", "南岭乡", "北河镇", "中坪乡"]


def town_form(path: Path, *, wrong_total: bool = True, wrong_ratio: bool = True, actual: str = "实际金额",
              towns: list[str] = TOWNS) -> Path:
    """乡镇农产品采购统计表: a title, a 填报单位 line with 单位：元, a two-level header (采购情况 over
    计划金额 / 实际金额 / 完成率), a phone and a date column, a 合计 row, a note."""
    plan = [120000.0, 80000.0, 150000.0, 60000.0, 90000.0, 45000.0]
    amounts = [96000.0, 80000.0, 112500.0, 45000.0, 99000.0, 36000.0]
    rate = [a / p for a, p in zip(amounts, plan)]
    if wrong_ratio:
        rate[3] = 0.9  # 南岭乡: 45000 / 60000 is 75%
    suppliers = [12, 8, 15, 6, 9, 4]
    rows = [["2024 年乡镇农产品采购统计表"] + [None] * 7,
            ["填报单位：某县财政局", None, None, None, None, None, "单位：元", None],
            ["序号", "乡镇", "采购情况", None, None, "供应商户数", "联系电话", "填报日期"],
            [None, None, "计划金额", actual, "完成率", None, None, None]]
    for k, town in enumerate(towns):
        rows.append([k + 1, town, plan[k], amounts[k], rate[k], suppliers[k], f"0731-8{k}12345{k}",
                     datetime.datetime(2024, 7, 1 + k)])
    total_actual = sum(amounts) + (1000.0 if wrong_total else 0.0)
    rows.append([None, "合计", sum(plan), total_actual, round(total_actual / sum(plan), 4), sum(suppliers), None, None])
    rows.append(["备注：数据截至 2024 年 6 月 30 日。"] + [None] * 7)
    formats = {f"{c}{r}": "#,##0.00" for c in "CD" for r in range(5, 12)}
    formats |= {f"E{r}": "0.00%" for r in range(5, 12)}
    formats |= {f"H{r}": "yyyy-mm-dd" for r in range(5, 11)}
    return write_openpyxl(path, {"采购统计": rows},
                          merges={"采购统计": ["A1:H1", "C3:E3", "A3:A4", "B3:B4", "F3:F4", "G3:G4", "H3:H4"]},
                          formats={"采购统计": formats})
