"""What reading .xls and .ods files in a child process costs (xlrecon.read.isolated), as the ratio
of reading a file isolated to reading it in the process, both timed here.

    python3 bench/isolation.py [--repeat N]

.xlsx and .xlsm are never read in a child (their extent is checked before python-calamine
allocates), nor are a batch's files (its workers are children already): only `check` on .xls,
.xlsb and .ods pays this. A benchmark, not a test: nothing passes or fails.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=30)
    args = ap.parse_args()
    from xlrecon import pipeline
    from xlrecon.findings import FileReport
    from xlrecon.read import isolated

    for path in sorted((ROOT / "tests" / "data").glob("*.xls")) + sorted((ROOT / "tests" / "data").glob("*.ods")):
        best = {}
        for iso in (False, True) * 3:
            isolated.isolate = iso
            t = time.perf_counter()
            for _ in range(args.repeat):
                pipeline.open_grids(path, FileReport(path=str(path)))
            ms = (time.perf_counter() - t) / args.repeat * 1000
            best[iso] = min(best.get(iso, ms), ms)
        print(f"{path.name:45s} in process {best[False]:6.1f} ms   in a child {best[True]:6.1f} ms"
              f"   ×{best[True] / best[False]:5.1f}")


if __name__ == "__main__":
    main()
