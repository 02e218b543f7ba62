"""Time and peak memory of annotating a large workbook, as a ratio against openpyxl run in the same process.

    python3 bench/annotate.py [--rows N] [--repeat N]

A workbook of N data rows (default 200,000; one sheet, numbers and short Chinese text)
is written with XlsxWriter into a temporary directory. Measured:

- ``annotate_file`` with 100 findings spread over the sheet (some on cells that do not
  exist, so cells are created), best of ``--repeat`` runs;
- re-annotating that output (the first annotation is undone, then redone), once;
- baseline: ``openpyxl.load_workbook`` + ``save`` of the same file, once.

Each run is a fresh child process, so its time is not inflated by tracing and its peak
memory (ru_maxrss, including the interpreter and imports) is its own. The target is
annotate/openpyxl <= 1/20. This is a benchmark, not a test: nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

SHEET = "县区交易情况"
HEADER = ["序号", "县（市、区）", "交易金额", "订单数", "备注"]
COUNTIES = ["城关区", "七里河区", "西固区", "安宁区", "红古区", "永登县", "皋兰县", "榆中县"]
NOTES = ["正常", "待核实", "已复核", "补报", None]  # None: the cell is left empty
N_FINDINGS = 100
TARGET = 0.05


def write_workbook(path: Path, rows: int) -> Path:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet(SHEET)
    ws.write_row(0, 0, HEADER)
    for i in range(1, rows + 1):
        ws.write_number(i, 0, i)
        ws.write_string(i, 1, COUNTIES[i % len(COUNTIES)])
        ws.write_number(i, 2, round((i * 7919 % 100000) / 100, 2))
        ws.write_number(i, 3, i * 31 % 1000)
        note = NOTES[i % len(NOTES)]
        if note is not None:
            ws.write_string(i, 4, note)
    wb.close()
    return path


def build_report(path: Path, rows: int):
    from xlrecon.findings import CellRef, FileReport, Finding

    findings = []
    for k in range(N_FINDINGS):
        row = 1 + k * rows // N_FINDINGS  # 0-based; spread from the first data row down
        col = 10 if k % 10 == 0 else (4 if k % 10 == 5 else k % 4)  # K: absent; E: often empty
        expected = Decimal(1000 + k) / 10
        actual = expected + Decimal(k % 7 + 1)
        findings.append(Finding(
            check="total", rule="bench", severity=("error", "warning", "info")[k % 3],
            message_key="total.mismatch", where=CellRef(sheet=SHEET, row=row, col=col),
            column=HEADER[2], expected=expected, actual=actual, difference=actual - expected,
            unit="万元", tolerance=Decimal("0.05"), params={"column": HEADER[2], "whole": "合计行"}))
    return FileReport(path=str(path), schema="county-trade", findings=findings)


def child(op: str, src: str, dest: str, rows: int) -> None:
    """Runs in a fresh process: one operation, then prints its time and peak RSS as JSON."""
    import resource

    if op == "annotate":
        from xlrecon.write.annotate import annotate_file
        report = build_report(Path(src), rows)
        t = time.perf_counter()
        annotate_file(src, dest, report)
    else:
        import openpyxl
        t = time.perf_counter()
        openpyxl.load_workbook(src).save(dest)
    elapsed = time.perf_counter() - t
    rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(json.dumps({"seconds": elapsed, "peak_mib": rss_kib / 1024}))


def run(op: str, src: Path, dest: Path, rows: int) -> dict:
    cmd = [sys.executable, __file__, "--child", op, str(src), str(dest), "--rows", str(rows)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"{op} failed (exit {proc.returncode}); traceback above")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=200_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--child", nargs=3, metavar=("OP", "SRC", "DEST"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(*args.child, args.rows)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        t = time.perf_counter()
        src = write_workbook(tmpdir / "bench.xlsx", args.rows)
        print(f"{args.rows} rows, {N_FINDINGS} findings; workbook {src.stat().st_size / 2**20:.1f} MiB, "
              f"written in {time.perf_counter() - t:.1f} s")
        for f in build_report(src, args.rows).findings:  # every message must render before timing
            f.message("zh"), f.message("en")
        first = tmpdir / "bench.checked.xlsx"
        runs = [run("annotate", src, first, args.rows) for _ in range(args.repeat)]
        ann = min(runs, key=lambda r: r["seconds"])
        ann_peak = max(r["peak_mib"] for r in runs)
        again = run("annotate", first, tmpdir / "bench.rechecked.xlsx", args.rows)
        base = run("openpyxl", src, tmpdir / "bench.openpyxl.xlsx", args.rows)
    ratio = ann["seconds"] / base["seconds"]
    print(f"{'':32s}{'seconds':>9s}{'peak RSS MiB':>14s}")
    for label, secs, peak in ((f"annotate_file (best of {args.repeat})", ann["seconds"], ann_peak),
                              ("re-annotate annotated output", again["seconds"], again["peak_mib"]),
                              ("openpyxl load + save", base["seconds"], base["peak_mib"])):
        print(f"  {label:30s}{secs:9.3f}{peak:14.1f}")
    print(f"ratio annotate/openpyxl: {ratio:.4f} (1/{1 / ratio:.1f})")
    print(f"target: ratio <= {TARGET}: {'met' if ratio <= TARGET else 'NOT met'}")
    print(f"memory ratio annotate/openpyxl: {ann_peak / base['peak_mib']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
