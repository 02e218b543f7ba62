"""Write the sample workbooks in ``workbooks/`` from the seed tables in ``workbooks/source/``.

    python scripts/make_workbooks.py [OUTDIR]

The CSV files hold the seed documents' figures verbatim (see workbooks/source/SOURCES.md);
this script lays them out the way the documents print them: title and unit lines above
the table, two-level merged headers, 合计 rows, notes below. Numbers are written as
numbers with the number format that shows the digits the document printed.
"""

from __future__ import annotations

import csv
import datetime as dt
import sys
import zipfile
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "workbooks" / "source"
FIXED_TIME = dt.datetime(2026, 1, 1)  # stable document properties, so regenerating changes nothing

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def rows(name: str) -> list[dict[str, str]]:
    with (SOURCE / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def num(text: str) -> int | float | None:
    """A seed figure as a number (int when it has no decimals), None when blank."""
    text = text.strip()
    if not text:
        return None
    if text.endswith("%"):
        return float(Decimal(text[:-1]) / 100)
    d = Decimal(text)
    return int(d) if "." not in text else float(d)


def decimals_format(text: str) -> str:
    """The number format that shows as many decimals as the seed printed."""
    if "." not in text:
        return "0"
    return "0." + "0" * len(text.split(".", 1)[1])


def new_book() -> Workbook:
    wb = Workbook()
    wb.properties.creator = "xlrecon scripts/make_workbooks.py"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    return wb


def widths(ws, values: dict[str, float]) -> None:
    for col, w in values.items():
        ws.column_dimensions[col].width = w


def boxed(ws, top: int, bottom: int, left: int, right: int) -> None:
    for r in range(top, bottom + 1):
        for c in range(left, right + 1):
            ws.cell(r, c).border = BOX


def hunan_2021(out: Path) -> Path:
    wb = new_book()
    # 概况 — the summary table, as printed: label/value pairs side by side
    ws = wb.active
    ws.title = "概况"
    ws["A1"] = "湖南省政府采购电子卖场乡村振兴馆 2021 年账单 — 概况"
    ws["A1"].font = TITLE
    for i, r in enumerate(rows("hunan-2021-overview.csv"), start=3):
        ws.cell(i, 1, r["label"])
        ws.cell(i, 2, num(r["value"]))
        ws.cell(i, 3, r["pair_label"])
        ws.cell(i, 4, num(r["pair_value"]))
    boxed(ws, 3, 6, 1, 4)
    ws["A8"] = "（注：金额单位为万元，下同）"
    widths(ws, {"A": 22, "B": 12, "C": 12, "D": 12})

    # 县区交易情况 — 139 rows, the region column has no header text (as in the bill)
    ws = wb.create_sheet("县区交易情况")
    ws["A1"] = "县（市、区）交易情况"
    ws["A1"].font = TITLE
    ws["A2"] = "单位：万元、家、笔"
    headers = ["", "预算单位\n采购金额", "本地农产品\n销售金额", "供应商\n入驻数量", "供应商\n订单数量"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(3, j, h or None)
        c.font, c.alignment = BOLD, CENTER
    data = rows("hunan-2021-county-trade.csv")
    for i, r in enumerate(data, start=4):
        ws.cell(i, 1, r["name_as_printed"])
        for j, key in enumerate(("unit_purchase", "local_sales", "suppliers", "orders"), start=2):
            ws.cell(i, j, num(r[key]))
    boxed(ws, 3, 3 + len(data), 1, 5)
    ws.cell(5 + len(data), 1, "注：空白表示该地区无此项交易；数据来源：乡村振兴馆 2021 年账单。")
    ws.freeze_panes = "B4"
    widths(ws, {"A": 30, "B": 12, "C": 12, "D": 10, "E": 10})

    # 单位排名 — the top-50 budget units
    ws = wb.create_sheet("单位排名")
    ws["A1"] = "预算单位交易量排名（县级）"
    ws["A1"].font = TITLE
    for j, h in enumerate(("排名", "单位名称", "采购金额（万元）"), start=1):
        c = ws.cell(2, j, h)
        c.font, c.alignment = BOLD, CENTER
    top = rows("hunan-2021-top50-units.csv")
    for i, r in enumerate(top, start=3):
        ws.cell(i, 1, int(r["rank"]))
        ws.cell(i, 2, r["unit_name"])
        c = ws.cell(i, 3, num(r["amount"]))
        c.number_format = decimals_format(r["amount"])
    boxed(ws, 2, 2 + len(top), 1, 3)
    widths(ws, {"A": 6, "B": 34, "C": 16})

    path = out / "hunan-2021-xiangcun-zhenxing-bill.xlsx"
    wb.save(path)
    return path


def zhengzhou_2020(out: Path) -> Path:
    wb = new_book()
    ws = wb.active
    ws.title = "预留比例填报和交易情况"
    ws["A1"] = "郑州市各县市区预留比例填报和交易情况表"
    ws["A1"].font = TITLE
    ws.merge_cells("A1:L1")
    ws["A1"].alignment = CENTER
    ws["A2"] = "(截止日 2020.7.31)"
    ws.merge_cells("A2:L2")
    ws["A2"].alignment = CENTER
    # two-level header on rows 3-4
    top_row = ["序号", "县市区", "管理账号", None, None, "交易账号", None, None,
               "年度农副产品\n采购总额\n(万元)", "拟预留采购\n总额\n(万元)", "已完成交\n易总额\n(万元)", "预留份额\n完成比例"]
    sub_row = [None, None, "预算单位\n数量", "预算单位\n激活数量", "激活比率",
               "采购人账\n号数量", "采购人账号\n激活数量", "激活比率", None, None, None, None]
    for j, (a, b) in enumerate(zip(top_row, sub_row), start=1):
        for r, v in ((3, a), (4, b)):
            c = ws.cell(r, j, v)
            c.font, c.alignment = BOLD, CENTER
    ws.merge_cells("C3:E3")
    ws.merge_cells("F3:H3")
    for col in ("A", "B", "I", "J", "K", "L"):
        ws.merge_cells(f"{col}3:{col}4")
    keys = ["mgmt_units", "mgmt_active", "mgmt_rate", "trade_accounts", "trade_active", "trade_rate",
            "annual_purchase", "reserve", "completed", "completion_rate"]
    data = rows("zhengzhou-2020-reserve-progress.csv")
    for i, r in enumerate(data, start=5):
        ws.cell(i, 1, int(r["seq"]) if r["seq"] else None)
        ws.cell(i, 2, r["region"])
        for j, key in enumerate(keys, start=3):
            c = ws.cell(i, j, num(r[key]))
            if r[key].endswith("%"):
                c.number_format = "0.00%"
        if r["region"] == "合计":
            for j in range(1, 13):
                ws.cell(i, j).font = BOLD
    boxed(ws, 3, 4 + len(data), 1, 12)
    ws.cell(6 + len(data), 1, "备注：统计时间截止2020年7月31日")
    ws.freeze_panes = "C5"
    widths(ws, {get_column_letter(j): 11 for j in range(1, 13)} | {"B": 14})
    path = out / "zhengzhou-2020-reserve-progress.xlsx"
    wb.save(path)
    return path


def target_sheet(ws, title: str, headers: tuple[str, ...], records: list[list[str]], total: str,
                 notes: list[str], col_widths: dict[str, float]) -> None:
    """One 附件 table of targets: title, header, one row per region (the last field the
    amount, printed with its own decimals), a 合计 row in the 序号 column, notes below."""
    last = get_column_letter(len(headers))
    ws["A1"] = title
    ws["A1"].font = TITLE
    ws.merge_cells(f"A1:{last}1")
    for j, h in enumerate(headers, start=1):
        c = ws.cell(2, j, h)
        c.font, c.alignment = BOLD, CENTER
    for i, rec in enumerate(records, start=3):
        ws.cell(i, 1, int(rec[0]))
        for j, text in enumerate(rec[1:-1], start=2):
            ws.cell(i, j, text)
        c = ws.cell(i, len(headers), num(rec[-1]))
        c.number_format = decimals_format(rec[-1])
    t = 3 + len(records)
    ws.cell(t, 1, "合计").font = BOLD
    c = ws.cell(t, len(headers), num(total))
    c.number_format, c.font = decimals_format(total), BOLD
    boxed(ws, 2, t, 1, len(headers))
    for k, note in enumerate(notes, start=1):
        ws.cell(t + k, 1, note)
    ws.freeze_panes = "A3"
    widths(ws, col_widths)


def hunan_2023(out: Path) -> Path:
    wb = new_book()
    totals = {r["table"]: r["total"] for r in rows("hunan-2023-retail-totals.csv")}
    ws = wb.active
    ws.title = "市州目标"
    target_sheet(
        ws, "2023 年市州农产品网络零售目标任务", ("序号", "市州", "农产品网络零售额（亿元）"),
        [[r["seq"], r["city"], r["amount"]] for r in rows("hunan-2023-retail-cities.csv")], totals["cities"],
        ["备注：2023 年各市州农产品网络零售目标任务，根据其辖区内各县市区农产品网络零售目标任务累加下达。"],
        {"A": 6, "B": 14, "C": 26},
    )
    target_sheet(
        wb.create_sheet("县市区目标"), "2023 年县市区农产品网络零售目标任务",
        ("序号", "县区", "所属市州", "农产品网络零售额（亿元）"),
        [[r["seq"], r["county"], r["city"], r["amount"]] for r in rows("hunan-2023-retail-counties.csv")],
        totals["counties"],
        ["备注：1.2023年各县市区农产品网络零售目标任务，按各县市区常住人口在全省常住人口中的占比，"
         "乘以2023年全省农产品网络零售目标任务下达。",
         "2.各县市区常住人口基数取值于2022年湖南省各县市区国民经济和社会发展统计公报。"],
        {"A": 6, "B": 18, "C": 12, "D": 26},
    )
    path = out / "hunan-2023-retail-targets.xlsx"
    wb.save(path)
    return path


UNIT_HEADER = ["序号", "单位名称", "主管部门", "食堂情况", "年度食堂食材\n采购总额\n（万元）", "预留比例",
               "预留份额\n（万元）", "上年度预留\n份额（万元）", "工会会员\n人数", "工会福利\n总额（万元）",
               "工会采购额\n（万元）", "联系人", "联系电话", "填报日期"]
UNIT_MONEY = ["purchase", "reserve", "last_reserve", "welfare", "union"]


def zhengzhou_districts(out: Path) -> list[Path]:
    """One reserve-share filing per district (unit-reserve template), from the illustrative
    unit rows in zhengzhou-2020-district-units.csv; each district's figures add up to its
    row of the 2020 summary, except where the ``note`` column says otherwise."""
    folder = out / "zhengzhou-2020-districts"
    folder.mkdir(exist_ok=True)
    by_file: dict[str, list[dict[str, str]]] = {}
    for r in rows("zhengzhou-2020-district-units.csv"):
        by_file.setdefault(r["file"], []).append(r)
    paths = []
    for name, units in by_file.items():
        wb = new_book()
        ws = wb.active
        ws.title = "预留份额填报"
        ws["A1"] = f"{units[0]['title']}预算单位2020年度预留份额填报表"
        ws["A1"].font, ws["A1"].alignment = TITLE, CENTER
        ws.merge_cells("A1:N1")
        ws["A2"] = f"填报单位：{units[0]['dept']}（财政局汇总）"
        ws["K2"] = "金额单位：万元"
        for j, h in enumerate(UNIT_HEADER, start=1):
            c = ws.cell(3, j, h)
            c.font, c.alignment = BOLD, CENTER
        for i, u in enumerate(units, start=4):
            purchase, reserve = Decimal(u["purchase"]), Decimal(u["reserve"])
            values = [i - 3, u["unit"], u["dept"], u["canteen"], num(u["purchase"]),
                      float(round(reserve / purchase, 4)) if purchase else None, num(u["reserve"]),
                      num(u["last_reserve"]), int(u["members"]), num(u["welfare"]), num(u["union"]),
                      u["contact"], u["phone"], dt.date.fromisoformat(u["filed"])]
            for j, v in enumerate(values, start=1):
                c = ws.cell(i, j, v)
                if j in (5, 7, 8, 10, 11):
                    c.number_format = "0.00"
                elif j == 6:
                    c.number_format = "0.00%"
                elif j == 14:
                    c.number_format = "yyyy-mm-dd"
        total = 4 + len(units)
        ws.cell(total, 2, "合计").font = BOLD
        for j, key in zip((5, 7, 8, 10, 11), UNIT_MONEY):
            c = ws.cell(total, j, float(sum(Decimal(u[key]) for u in units)))
            c.number_format, c.font = "0.00", BOLD
        boxed(ws, 3, total, 1, 14)
        ws.cell(total + 2, 1, "填表说明：无食堂单位在食堂情况栏注明“无食堂”，预留份额不作要求；共用食堂由代表单位填报。")
        widths(ws, {get_column_letter(j): 11 for j in range(1, 15)} | {"B": 34, "C": 30, "M": 14})
        ws.freeze_panes = "C4"
        path = folder / f"{name}.xlsx"
        wb.save(path)
        paths.append(path)
    return paths


def pin_zip_times(path: Path) -> None:
    """Rewrite the package with fixed member times, so the same content gives the same bytes."""
    with zipfile.ZipFile(path) as zin:
        members = [(info, zin.read(info.filename)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in members:
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            zout.writestr(fixed, data)


BUILDERS = (hunan_2021, zhengzhou_2020, hunan_2023, zhengzhou_districts)


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "workbooks"
    out.mkdir(parents=True, exist_ok=True)
    for build in BUILDERS:
        made = build(out)
        for path in made if isinstance(made, list) else [made]:
            pin_zip_times(path)
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
