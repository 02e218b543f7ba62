"""Shared fixtures: real workbooks written by openpyxl or XlsxWriter, and the third-party corpus."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
WORKBOOKS = ROOT / "workbooks"
CORPUS = Path(os.environ.get("XLRECON_CORPUS", ROOT.parent / "shared" / "corpus"))


def write_openpyxl(path: Path, sheets: dict[str, list[list[Any]]], merges: dict[str, list[str]] | None = None,
                   formats: dict[str, dict[str, str]] | None = None) -> Path:
    """Write rows (lists of cell values, None = empty) to sheets, with merged ranges and number formats."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r, row in enumerate(rows, start=1):
            for c, v in enumerate(row, start=1):
                if v is not None:
                    ws.cell(r, c, v)
        for rng in (merges or {}).get(name, []):
            ws.merge_cells(rng)
        for addr, fmt in (formats or {}).get(name, {}).items():
            ws[addr].number_format = fmt
    wb.save(path)
    return path


def write_xlsxwriter(path: Path, sheets: dict[str, list[list[Any]]], start: tuple[int, int] = (0, 0),
                     strings_as_text: bool = True) -> Path:
    """Write rows with XlsxWriter; every str is written as a string cell (so "123" stays text)."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    for name, rows in sheets.items():
        ws = wb.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if v is None:
                    continue
                if isinstance(v, str) and strings_as_text:
                    ws.write_string(start[0] + r, start[1] + c, v)
                else:
                    ws.write(start[0] + r, start[1] + c, v)
    wb.close()
    return path


@pytest.fixture
def xlsx(tmp_path: Path):
    """Factory: ``xlsx(sheets, merges=None, formats=None, name="t.xlsx")`` -> path (openpyxl)."""
    counter = iter(range(10_000))

    def make(sheets, merges=None, formats=None, name=None):
        return write_openpyxl(tmp_path / (name or f"wb{next(counter)}.xlsx"), sheets, merges, formats)

    return make


#: mark for tests that read the third-party corpus: it is in CI at ../shared/corpus, not in a user's clone
requires_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"third-party corpus not present at {CORPUS} (it is in CI at ../shared/corpus)"
)


@pytest.fixture(scope="session")
def corpus() -> Path:
    return CORPUS


# A small county table in the reserve-progress layout, reused by several tests.
ZZ_HEADER_TOP = ["序号", "县市区", "管理账号", None, None, "交易账号", None, None,
                 "年度农副产品采购总额(万元)", "拟预留采购总额(万元)", "已完成交易总额(万元)", "预留份额完成比例"]
ZZ_HEADER_SUB = [None, None, "预算单位数量", "预算单位激活数量", "激活比率",
                 "采购人账号数量", "采购人账号激活数量", "激活比率", None, None, None, None]
ZZ_MERGES = ["C1:E1", "F1:H1", "A1:A2", "B1:B2", "I1:I2", "J1:J2", "K1:K2", "L1:L2"]


def zz_row(seq, name, n=10, active=10, purchase=100.0, reserve=10.0, done=1.0):
    return [seq, name, n, active, active / n, n, active, active / n, purchase, reserve, done, done / reserve]


def soffice() -> str:
    """LibreOffice's command. Where it is missing the test skips, saying so, except under
    ``.ci/run`` (XLRECON_REQUIRE_LIBREOFFICE=1), which installs it: there its absence fails."""
    import shutil

    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        reason = "LibreOffice is not installed (.ci/run installs libreoffice-calc-nogui)"
        if os.environ.get("XLRECON_REQUIRE_LIBREOFFICE") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    return found


def recalculated(path: Path, out: Path) -> Path:
    """The workbook opened and saved by LibreOffice headless: every formula with its value."""
    import subprocess

    out.mkdir(exist_ok=True)
    r = subprocess.run([soffice(), "--headless", "--convert-to", "xlsx", "--outdir", str(out), str(path)],
                       capture_output=True, text=True, timeout=180)
    assert r.returncode == 0, r.stderr
    return out / path.name
