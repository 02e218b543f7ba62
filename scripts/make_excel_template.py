"""Build workbooks/xlrecon-template.xlsm: the budget unit's reserve-share form with xlrecon's button.

    python3 scripts/make_excel_template.py

For building it only (using xlrecon needs neither): XlsxWriter and pyOpenVBA
(``pip install xlsxwriter pyopenvba``), which writes a VBA project without Excel.

1. XlsxWriter writes the workbook without VBA, and pyOpenVBA gives it a VBA project: the
   document modules ThisWorkbook, Sheet1 and Sheet2, and the module ``xlrecon`` from
   ``xlrecon/excel/xlrecon.bas`` (its one macro, RunXlrecon, calls the xlwings add-in's
   RunPython with a fixed line of Python).
2. That project (``vbaProject.bin``) goes into the workbook XlsxWriter writes again, now
   macro-enabled, with the button bound to RunXlrecon on the form and the ``xlwings.conf``
   sheet (xlwings' settings, and xlrecon's: ``xlrecon lang``, ``xlrecon schema``).

The form is the ``unit-reserve`` template's layout with four example units, one of them with
a reserve below 10 % of its canteen purchases, so that the button has something to show. The
tests read the result back (olevba, the button's macro, the settings keys); what only Excel
can tell (the VBA compiles, the button runs) is the manual check the README lists.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from xlrecon.excel import XLWINGS_VERSION  # noqa: E402

BAS = ROOT / "xlrecon" / "excel" / "xlrecon.bas"
OUT = ROOT / "workbooks" / "xlrecon-template.xlsm"
MACRO = "RunXlrecon"
FORM = "填报表"
HEADERS = ["序号", "单位名称", "主管部门", "食堂情况", "年度食堂食材采购总额（万元）", "预留比例", "预留份额（万元）",
           "上年度预留份额（万元）", "工会会员人数", "工会福利总额（万元）", "工会采购额（万元）", "联系人", "联系电话", "填报日期"]
UNITS = [  # name, department, canteen, purchases, reserve, last year's, members, welfare, union purchases, contact, phone, date
    ("示例区教育局", "教育局", "自办", 120.50, 12.60, 11.80, 86, 25.80, 3.90, "王芳", "13800000001", dt.date(2023, 3, 6)),
    ("示例区第一中学", "教育局", "外包", 300.00, 24.00, 22.50, 210, 63.00, 9.50, "李强", "13800000002", dt.date(2023, 3, 8)),
    ("示例区财政局", "财政局", "共用", 45.20, 4.60, 4.60, 40, 12.00, 1.80, "张敏", "0371-65550003", dt.date(2023, 3, 10)),
    ("示例区档案馆", "示例区人民政府", "无食堂", 0.00, 0.00, 0.00, 12, 3.60, 0.60, "赵磊", "13800000004", dt.date(2023, 3, 12)),
]
CONFIG = [  # xlwings reads keys from A1 down (no heading); xlrecon reads its own two
    ("Interpreter_Win", ""), ("Interpreter_Mac", ""), ("PYTHONPATH", ""), ("Conda Path", ""), ("Conda Env", ""),
    ("UDF Modules", "xlrecon.excel.funcs"), ("Debug UDFs", False), ("Use UDF Server", False), ("Show Console", False),
    ("xlrecon lang", "zh"), ("xlrecon schema", ""),
]


def write_workbook(path: Path, vba: Path | None) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties({"title": "xlrecon", "created": dt.datetime(2026, 12, 1), "comments": f"xlwings {XLWINGS_VERSION}"})
    if vba is not None:
        wb.add_vba_project(str(vba))
        wb.set_vba_name("ThisWorkbook")
    form, conf = wb.add_worksheet(FORM), wb.add_worksheet("xlwings.conf")
    if vba is not None:
        form.set_vba_name("Sheet1")
        conf.set_vba_name("Sheet2")
    title = wb.add_format({"bold": True, "font_size": 14})
    head = wb.add_format({"bold": True, "text_wrap": True, "align": "center", "valign": "vcenter", "border": 1,
                          "bg_color": "#D9E1F2"})
    money = wb.add_format({"num_format": "0.00", "border": 1})
    pct = wb.add_format({"num_format": "0.00%", "border": 1})
    text = wb.add_format({"border": 1})
    day = wb.add_format({"num_format": "yyyy-mm-dd", "border": 1})
    form.merge_range(0, 0, 0, len(HEADERS) - 1, "示例区预算单位2023年度预留份额填报表", title)
    form.set_row(1, 45)
    form.write_row(1, 0, HEADERS, head)
    form.set_column(0, 0, 6)
    form.set_column(1, 1, 18)
    form.set_column(2, len(HEADERS) - 1, 12)
    for i, (name, dept, canteen, buy, reserve, last, members, welfare, union, who, phone, when) in enumerate(UNITS):
        r = 2 + i
        form.write_number(r, 0, i + 1, text)
        form.write_row(r, 1, [name, dept, canteen], text)
        form.write_number(r, 4, buy, money)
        form.write_number(r, 5, round(reserve / buy, 4) if buy else 0, pct)
        form.write_number(r, 6, reserve, money)
        form.write_number(r, 7, last, money)
        form.write_number(r, 8, members, text)
        form.write_number(r, 9, welfare, money)
        form.write_number(r, 10, union, money)
        form.write_row(r, 11, [who, phone], text)
        form.write_datetime(r, 13, dt.datetime.combine(when, dt.time()), day)
    total = 2 + len(UNITS)
    form.write(total, 1, "合计", text)
    for j, k in ((4, 3), (6, 4), (7, 5), (9, 7), (10, 8)):  # sheet column, field of UNITS
        form.write_number(total, j, round(sum(u[k] for u in UNITS), 2), money)
    form.insert_button(0, len(HEADERS) + 1, {"macro": MACRO, "caption": "核对（xlrecon）", "width": 128, "height": 36})
    form.write(2, len(HEADERS) + 1, "填好后点击上方按钮：核对结果写入「核对结果」工作表。")
    for r, (key, value) in enumerate(CONFIG):
        conf.write(r, 0, key)
        conf.write(r, 1, value)
    conf.set_column(0, 0, 18)
    conf.set_column(1, 1, 48)
    wb.close()


def vba_project(source: Path) -> bytes:
    """A vbaProject.bin with ThisWorkbook, Sheet1, Sheet2 and the module of ``source``."""
    import pyopenvba

    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / "plain.xlsm"
        write_workbook(plain, None)
        code = source.read_text(encoding="ascii").replace("\r\n", "\n").replace("\n", "\r\n")  # VBA's line ends
        with pyopenvba.ExcelFile(str(plain)) as x:
            project = x.add_vba_project()
            project.add_module("xlrecon", code)
            x.save(str(plain))
        with zipfile.ZipFile(plain) as z:
            return z.read("xl/vbaProject.bin")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        vba = Path(tmp) / "vbaProject.bin"
        vba.write_bytes(vba_project(BAS))
        write_workbook(OUT, vba)
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
