"""Peak memory of `xlrecon check` per file, as ratios against a baseline run in the same way.

    python3 bench/memory.py [--rows N]

Each case runs `python -m xlrecon check FILE --format json` in a child process and reads its
peak resident memory (ru_maxrss of that child alone, from os.wait4). The baseline is a child
that imports what `check` imports (pandas, pandera, python-calamine, lxml) and reads nothing.
Cases: a district filing (150 rows), a large one (N rows, default 20,000), and the hostile files
xlrecon refuses (a zip bomb, a cell at XFD1048576), which must cost no more than the baseline's
order. The stated bound (README, Limits) holds by construction: a part is at most 1 GiB inflated
and a sheet at most 20 million cells. This is a benchmark, not a test: nothing passes or fails.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))


def peak_mb(cmd: list[str]) -> float:
    """The child's own peak resident memory in MB."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_maxrss / 1024  # KiB on Linux


def district(path: Path, rows: int) -> Path:
    import batch as bench_batch  # bench/batch.py: its district workbook writer

    out = path.parent / "gen"
    bench_batch.generate(out, files=1, rows=rows, big_rows=rows)
    found = sorted((out / "big").glob("*.xlsx"))
    return found[0]


def bomb(path: Path, mb: int = 256) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["县区", "金额"])
    wb.save(path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z, z.open("xl/media/pad.bin", "w", force_zip64=True) as fh:
        for _ in range(mb):
            fh.write(bytes(1 << 20))
    return path


def far_cell(path: Path) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["县区", "金额"])
    ws["XFD1048576"] = "x"
    wb.save(path)
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=20_000)
    args = ap.parse_args()
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        small = district(t / "small" / "x", 150)
        large = district(t / "large" / "x", args.rows)
        cases = {
            "district filing, 150 rows": small,
            f"district filing, {args.rows:,} rows": large,
            "zip bomb (256 MB of zeros, refused)": bomb(t / "bomb.xlsx"),
            "a cell at XFD1048576 (refused)": far_cell(t / "far.xlsx"),
        }
        base = peak_mb([py, "-c", "import pandas, pandera, python_calamine, lxml.etree, xlrecon.api"])
        print(f"baseline (imports only): {base:8.1f} MB")
        for name, path in cases.items():
            mb = peak_mb([py, "-m", "xlrecon", "check", str(path), "--format", "json"])
            print(f"{name:40s} {mb:8.1f} MB  ×{mb / base:5.2f} of the baseline")


if __name__ == "__main__":
    main()
