"""Start-up and end-to-end time of the CLI, as ratios against baselines run in the same process.

    python3 bench/startup.py [--repeat N]

Baselines: a bare interpreter (`python -c pass`) for `xlrecon --help`, and importing
pandas + pandera for `xlrecon check` on a 150-row workbook. Prints medians and ratios;
this is a benchmark, not a test: nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def timed(cmd: list[str], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=False)
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def workbook_150(path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["2023 年县市区农产品网络零售目标任务"])
    ws.append(["序号", "县区", "所属市州", "农产品网络零售额（亿元）"])
    total = 0
    for i in range(1, 151):
        ws.append([i, f"县{i:03d}", f"市{i % 14:02d}", i / 100])
        total += i
    ws.append(["合计", None, None, total / 100])
    wb.save(path)
    return path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=5)
    n = ap.parse_args().repeat
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        wb = workbook_150(Path(tmp) / "150.xlsx")
        bare = timed([py, "-c", "pass"], n)
        imports = timed([py, "-c", "import pandas, pandera.pandas"], n)
        helps = timed([py, "-m", "xlrecon", "--help"], n)
        check = timed([py, "-m", "xlrecon", "check", str(wb), "--format", "json"], n)
    print(f"median of {n} runs, seconds")
    print(f"  python -c pass                    {bare:6.3f}")
    print(f"  import pandas + pandera           {imports:6.3f}")
    print(f"  xlrecon --help                    {helps:6.3f}   ratio to bare python: {helps / bare:5.2f}")
    print(f"  xlrecon check (150-row workbook)  {check:6.3f}   ratio to pandas+pandera import: {check / imports:5.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
