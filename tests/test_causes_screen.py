"""The screen that finds which rows of a large table may explain a 合计's gap gives the very
causes that working out every row exactly gives: the same list, order, ties and count.

The tables are budget-unit filings written by openpyxl with figures of every kind a screen
in floats could get wrong: 0 to 4 decimals, trailing zeros, negative figures, zeros, blanks,
figures typed as text ("1,234.50"), 15-digit figures, and figures that are not short
floats (0.1 + 0.2, a seventh). The gaps are the very slips the causes look for (a row omitted
or counted twice, two digits swapped, a unit or a decimal point wrong, a sign, a swap between
two columns), each exactly, at the edge of the tolerance, just past it, and at random.
"""

from __future__ import annotations

import random
from decimal import Decimal

import openpyxl
import pytest

from xlrecon.checks.causes import Whole, likely_causes, screened_parts, table_parts, transpositions
from xlrecon.findings import CellRef
from xlrecon.pipeline import read_and_check, templates_for

HEADER = ["序号", "单位名称", "主管部门", "食堂情况", "年度食堂食材采购总额（万元）", "预留比例", "预留份额（万元）",
          "上年度预留份额（万元）", "工会会员人数", "工会福利总额（万元）", "工会采购额（万元）", "联系人", "联系电话",
          "填报日期"]
MONEY = (4, 6, 7, 9, 10)


def _figure(rng: random.Random) -> object:
    kind = rng.random()
    if kind < 0.05:
        return None
    if kind < 0.08:
        return 0.0
    if kind < 0.12:
        return f"{rng.randint(1000, 99999) / 100:,.2f}"  # a number typed as text, trailing zero kept
    if kind < 0.15:
        return rng.randint(10**13, 10**14) + 0.5  # 15 significant digits
    if kind < 0.16:
        return 0.1 + 0.2  # not a short float: 0.30000000000000004
    if kind < 0.19:
        return rng.randint(1, 10**7) / 7  # 17 digits, read as its 15
    if kind < 0.22:
        return -rng.randint(1, 99999) / 100
    return rng.randint(1, 10**rng.randint(2, 7)) / 10 ** rng.randint(0, 4)


def _table(tmp_path, seed: int, rows: int = 60):
    rng = random.Random(seed)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "预留份额"
    ws.append(["测试区2023年度预留份额填报表"])
    ws.append(HEADER)
    for i in range(1, rows + 1):
        row = [i, f"测试区第{i}单位", "财政局", "自办", None, 0.12, None, None, 30, None, None, "王伟", "13900000000",
               "2023-03-05"]
        for c in MONEY:
            row[c] = _figure(rng)
        ws.append(row)
    ws.append([None, "合计", None, None, 1.0, None, 1.0, 1.0, None, 1.0, 1.0])
    path = tmp_path / f"t{seed}.xlsx"
    wb.save(path)
    _, ctx = read_and_check(path, templates_for("unit-reserve")[1], True)
    assert ctx is not None and ctx.tables
    return ctx.tables[0], rng


def _gaps(table, col: str, rng: random.Random, n: int) -> list[tuple[Decimal, Decimal]]:
    """Gaps of each kind of slip at random rows, with tolerances around them."""
    values = [v.value for v in table.values(col) if v.kind == "number" and v.value != 0]
    others = [v.value for c in table.columns if c != col and table.template.column(c).numeric
              and table.unit_of(c) == table.unit_of(col) for v in table.values(c) if v.kind == "number"]
    out = []
    for _ in range(n):
        v = rng.choice(values)
        kind = rng.randrange(8)
        if kind == 0:
            gap = v
        elif kind == 1:
            gap = -v
        elif kind == 2:
            ts = transpositions(v)
            gap = v - rng.choice(ts) if ts else v
        elif kind == 3:
            gap = v - v / Decimal(10) ** rng.choice((4, 8)) if rng.random() < 0.5 else v - v * Decimal(10) ** 4
        elif kind == 4:
            f = Decimal(10) ** rng.randint(1, 3)
            gap = v - v / f if rng.random() < 0.5 else v - v * f
        elif kind == 5:
            gap = 2 * v
        elif kind == 6:
            gap = v - rng.choice(others)
        else:
            gap = Decimal(rng.randint(-10**6, 10**6)) / 100
        tol = rng.choice((Decimal(0), Decimal("0.005"), Decimal("0.05"), Decimal("0.3"), Decimal(rng.randint(0, 500))))
        edge = rng.random()
        if edge < 0.2:
            gap += tol  # at the edge: explained
        elif edge < 0.3:
            gap += tol + Decimal("0.01")  # just past it
        elif edge < 0.5:
            gap += Decimal(rng.randint(-100, 100)) / 100
        if gap != 0:
            out.append((gap, tol))
    return out


@pytest.mark.parametrize("seed", range(6))
def test_the_screen_keeps_every_cause_the_exact_arithmetic_finds(tmp_path, seed):
    table, rng = _table(tmp_path, seed)
    whole = Whole(CellRef(table.sheet, table.total.row, table.columns["canteen_purchase"].col), Decimal(1), "合计")
    signs = [rng.choice((1, 1, 1, -1)) for _ in range(table.n)] if seed % 2 else None
    compared = shortened = 0
    for col in ("canteen_purchase", "reserve", "union_purchase"):
        every = table_parts(table, col, signs=signs)
        if every is None:  # a figure that is not a number: no causes either way
            assert screened_parts(table, col, None, signs, Decimal(1), Decimal(0)) is None
            continue
        for gap, tol in _gaps(table, col, rng, 150):
            got = screened_parts(table, col, None, signs, gap, tol)
            assert got is not None
            screened, unlisted = got
            assert len(screened) <= len(every)
            expected = likely_causes(every, whole, gap, tol)
            assert likely_causes(screened, whole, gap, tol, unlisted) == expected, (col, gap, tol)
            compared += bool(expected)
            shortened += bool(unlisted)
    assert compared > 50  # the gaps were real slips: most have causes to compare
    assert shortened > 5  # and some had more causes than are listed: those were counted, not worked out


def test_the_screen_leaves_most_rows_of_a_narrow_gap_out(tmp_path):
    """What it is for: of 60 rows, a gap that one transposition explains leaves few to work out."""
    table, _ = _table(tmp_path, 11)
    v = next(x.value for x in table.values("reserve") if x.kind == "number" and len(transpositions(x.value)) > 3)
    gap = v - transpositions(v)[0]
    every = table_parts(table, "reserve")
    got = screened_parts(table, "reserve", None, None, gap, Decimal(0))
    assert every is not None and got is not None
    screened, _ = got
    assert len(screened) < len(every) / 3
    assert any(p.value == v and p.kinds is not None and any(k[0] == "transposed" for k in p.kinds)
               for p in screened)
