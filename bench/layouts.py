"""Workbooks of every built-in template's layout, written by openpyxl and by XlsxWriter, for the benchmarks.

Each shipped sample (``workbooks/``) is one template's layout: its sheets, merged two-level
headers, 合计 rows, units and number formats. :func:`write_copies` writes ``n`` copies of a
sample, each with its own title line (so no two files have the same bytes), with either writer:

- ``openpyxl``: every cell written as openpyxl writes it (shared strings), numbers in the
  General format (no number format), as a script that fills a template from a database does;
- ``xlsxwriter``: shared strings and the sample's number formats ("0.00", "0.00%"), as a
  report generator does.

:func:`scaled_unit_reserve` and :func:`scaled_county_trade` write one layout at any number of
rows (a budget unit's 20-row filing, a 200,000-row county table whose names repeat).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "workbooks"

#: template name -> the sample workbook of its layout
LAYOUTS: dict[str, Path] = {
    "county-trade": SAMPLES / "hunan-2021-xiangcun-zhenxing-bill.xlsx",
    "retail-targets": SAMPLES / "hunan-2023-retail-targets.xlsx",
    "reserve-progress": SAMPLES / "zhengzhou-2020-reserve-progress.xlsx",
    "unit-reserve": SAMPLES / "zhengzhou-2020-districts" / "郑州经开区.xlsx",
}
WRITERS = ("openpyxl", "xlsxwriter")


@dataclass
class SheetCells:
    name: str
    cells: list[tuple[int, int, object, str]]  # (row, col) 0-based, value, number format
    merges: list[tuple[int, int, int, int]]  # first row, first col, last row, last col (0-based)


def read_sample(path: Path) -> list[SheetCells]:
    """The cells (values as saved, with their number formats) and merged ranges of a sample."""
    from openpyxl import load_workbook

    wb = load_workbook(path)  # formulas kept as formulas: the copies hold them as the sample does
    out = []
    for ws in wb.worksheets:
        cells = [(c.row - 1, c.column - 1, c.value, c.number_format) for row in ws.iter_rows() for c in row
                 if c.value is not None]
        merges = [(m.min_row - 1, m.min_col - 1, m.max_row - 1, m.max_col - 1) for m in ws.merged_cells.ranges]
        out.append(SheetCells(ws.title, cells, merges))
    return out


def _titled(sheets: list[SheetCells], k: int) -> list[SheetCells]:
    """The sample with copy ``k``'s number in its first title line (row 1's first text)."""
    out = []
    for i, s in enumerate(sheets):
        cells = list(s.cells)
        if i == 0:
            for j, (r, c, v, f) in enumerate(cells):
                if isinstance(v, str) and r == 0:
                    cells[j] = (r, c, f"{v}（第{k}份）", f)
                    break
        out.append(SheetCells(s.name, cells, s.merges))
    return out


def write_openpyxl(path: Path, sheets: list[SheetCells]) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for s in sheets:
        ws = wb.create_sheet(s.name)
        for r, c, v, _ in s.cells:
            ws.cell(r + 1, c + 1, v)  # General format
        for r0, c0, r1, c1 in s.merges:
            ws.merge_cells(start_row=r0 + 1, start_column=c0 + 1, end_row=r1 + 1, end_column=c1 + 1)
    wb.save(path)


def write_xlsxwriter(path: Path, sheets: list[SheetCells], constant_memory: bool = False) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"constant_memory": constant_memory, "strings_to_numbers": False,
                                         "strings_to_formulas": False})
    formats: dict[str, object] = {}

    def fmt(code: str):
        if code in ("General", None):
            return None
        if code not in formats:
            formats[code] = wb.add_format({"num_format": code})
        return formats[code]

    for s in sheets:
        ws = wb.add_worksheet(s.name)
        merged = {(r0, c0): (r1, c1) for r0, c0, r1, c1 in s.merges}
        inside = {(r, c) for r0, c0, r1, c1 in s.merges for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
        values = {(r, c): (v, f) for r, c, v, f in s.cells}
        for (r0, c0), (r1, c1) in merged.items():
            v, f = values.get((r0, c0), ("", "General"))
            ws.merge_range(r0, c0, r1, c1, v, fmt(f))
        for (r, c), (v, f) in sorted(values.items()):
            if (r, c) in inside:
                continue
            if isinstance(v, str) and v.startswith("="):
                ws.write_formula(r, c, v, fmt(f))
            elif isinstance(v, str):
                ws.write_string(r, c, v, fmt(f))
            else:
                ws.write(r, c, v, fmt(f))
    wb.close()


def write_copies(template: str, writer: str, dest: Path, n: int) -> list[Path]:
    """``n`` copies of the template's sample layout written by ``writer`` into ``dest``."""
    dest.mkdir(parents=True, exist_ok=True)
    sheets = read_sample(LAYOUTS[template])
    write = write_openpyxl if writer == "openpyxl" else write_xlsxwriter
    out = []
    for k in range(1, n + 1):
        path = dest / f"{template}-{writer}-{k:05d}.xlsx"
        write(path, _titled(sheets, k))
        out.append(path)
    return out


# --- one layout at any size ------------------------------------------------------------------

UNIT_HEADER = ["序号", "单位名称", "主管部门", "食堂情况", "年度食堂食材采购总额（万元）", "预留比例",
               "预留份额（万元）", "上年度预留份额（万元）", "工会会员人数", "工会福利总额（万元）",
               "工会采购额（万元）", "联系人", "联系电话", "填报日期"]


def scaled_unit_reserve(path: Path, unit: str, rows: int, seed: int, writer: str = "xlsxwriter") -> None:
    """A budget unit's (or a district's) 预留份额 filing of ``rows`` rows, figures exact in 0.01
    万元 steps, with a 合计 row: what a national year's 300,000 filings look like."""
    rng = random.Random(seed)
    data, sums = [], [0] * len(UNIT_HEADER)
    for i in range(1, rows + 1):
        purchase = rng.randint(500, 50_000)
        reserve = -(-purchase * rng.randint(1020, 1500) // 10_000)
        last = reserve - rng.randint(0, reserve // 10)
        members = rng.randint(10, 300)
        welfare = -(-members * rng.randint(800, 3000) // 100)
        union = -(-max(3 * members, welfare * 15 // 100 + 1) * rng.randint(100, 130) // 100)
        row = [i, f"{unit}第{i}科室", "财政局", "自办", purchase / 100, round(reserve / purchase, 4), reserve / 100,
               last / 100, members, welfare / 100, union / 100, "王伟", f"139{rng.randint(0, 10**8 - 1):08d}",
               "2023-03-05"]
        for c, x in ((4, purchase), (6, reserve), (7, last), (9, welfare), (10, union)):
            sums[c] += x
        data.append(row)
    total = [None, "合计", None, None, sums[4] / 100, None, sums[6] / 100, sums[7] / 100, None, sums[9] / 100,
             sums[10] / 100, None, None, None]
    formats = {4: "0.00", 5: "0.00%", 6: "0.00", 7: "0.00", 9: "0.00", 10: "0.00"}
    cells = [(0, 0, f"{unit}2023年度预留份额填报表", "General")]
    cells += [(1, c, h, "General") for c, h in enumerate(UNIT_HEADER)]
    for r, row in enumerate([*data, total], start=2):
        cells += [(r, c, v, formats.get(c, "General")) for c, v in enumerate(row) if v is not None]
    sheets = [SheetCells("预留份额", cells, [])]
    (write_openpyxl if writer == "openpyxl" else write_xlsxwriter)(path, sheets)


def scaled_county_trade(path: Path, rows: int, seed: int) -> None:
    """The 2021 county-trade sheet's layout (its title, unit line and header, as in the sample)
    with ``rows`` rows: its 139 counties over and over (a province's orders listed one per row),
    every figure exact; no 合计, as the sample's."""
    import csv

    import xlsxwriter

    with open(SAMPLES / "source" / "hunan-2021-county-trade.csv", encoding="utf-8") as f:
        names = [r["name"] for r in csv.DictReader(f)]
    head = next(s for s in read_sample(LAYOUTS["county-trade"]) if s.name == "县区交易情况")
    top = [(r, c, v) for r, c, v, _ in head.cells if r < 3]
    rng = random.Random(seed)
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    money = wb.add_format({"num_format": "0.00"})
    ws = wb.add_worksheet(head.name)
    for r, c, v in sorted(top):
        ws.write(r, c, v)
    for i in range(rows):
        r = i + 3
        ws.write_string(r, 0, names[i % len(names)])
        ws.write_number(r, 1, rng.randint(1, 500_000) / 100, money)
        ws.write_number(r, 2, rng.randint(1, 900_000) / 100, money)
        ws.write_number(r, 3, rng.randint(1, 90))
        ws.write_number(r, 4, rng.randint(1, 2_000))
    wb.close()
