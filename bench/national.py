"""A national year projected on this machine: the local pool against ``--engine dask``, and the parent's memory.

    python3 bench/national.py [--scale F] [--keep DIR [--reuse]] [--repeat N]

A national year is 2,800 county tables (the district workbooks of ``bench/batch.py``: the
``unit-reserve`` layout, 150 rows, planted discrepancies) and 300,000 budget-unit filings of
20 rows (``bench/layouts.py``'s 20-row filing). ``--scale F`` writes that share of them
(default 0.01: 28 county tables and 3,000 filings; 1 for the whole year). The filings are
written fast: one is written by XlsxWriter, and every other is that package with its unit's
name (the title, every row's 科室) replaced in its shared strings, so that each file has its own
bytes and keys and the same figures.

Measured over the one folder, each run a fresh process, the fastest of ``--repeat`` rounds:

- ``xlrecon batch DIR --jobs 2 --output-json FILE`` (the local pool, both cores);
- the same with ``--engine dask`` (a LocalCluster of two workers started by the run);
- the parent's own peak memory in each (``RUSAGE_SELF`` of the process that runs the batch:
  the workers are not in it), which is what must stay bounded as the files grow;
- python-calamine's bare read of every file, in one process, as the floor.

It prints files/s for both engines side by side and projects the whole year's time from the
rate. Targets: the parent under 1 GiB at 300,000 filings (``--scale 1``). This is a benchmark,
not a test: nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
COUNTIES, FILINGS = 2_800, 300_000
TARGET_PARENT_MIB = 1024


def _bench_batch():
    spec = importlib.util.spec_from_file_location("bench_batch", HERE / "batch.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def write_filings(dest: Path, n: int) -> None:
    """``n`` 20-row filings: one written by XlsxWriter, the others its package with the unit's name replaced."""
    sys.path.insert(0, str(HERE))
    import layouts

    dest.mkdir(parents=True, exist_ok=True)
    model = dest / "model.tmp"
    name = "样例预算单位甲"
    layouts.scaled_unit_reserve(model, name, 20, 20230301)
    with zipfile.ZipFile(model) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    model.unlink()
    strings = next(k for k, (f, _) in enumerate(parts) if f == "xl/sharedStrings.xml")
    text = parts[strings][1].decode("utf-8")
    for k in range(n):
        unit = f"第{k:06d}号预算单位"  # as long as the model's name: the shared strings' counts hold
        parts[strings] = ("xl/sharedStrings.xml", text.replace(name, unit).encode("utf-8"))
        with zipfile.ZipFile(dest / f"filing-{k:06d}.xlsx", "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
            for f, data in parts:
                z.writestr(f, data)


def driver(folder: str, out: str, engine: str) -> None:
    """A child: the batch run in this process, its parent's own peak memory afterwards."""
    from xlrecon.api import batch

    t = time.perf_counter()
    report = batch(folder, jobs=2, engine=engine, output_json=out)
    seconds = time.perf_counter() - t
    self_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "files": len(report.files), "summary": report.summary(),
                      "batch_findings": len(report.batch_findings), "parent_mib": self_mib}))


def calamine_read(folder: str) -> None:
    from python_calamine import CalamineWorkbook

    t = time.perf_counter()
    n = 0
    for p in sorted(Path(folder).glob("*.xlsx")):
        wb = CalamineWorkbook.from_path(str(p))
        for s in wb.sheet_names:
            wb.get_sheet_by_name(s).to_python()
        n += 1
    print(json.dumps({"seconds": time.perf_counter() - t, "files": n}))


def child(*args: str) -> dict:
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", *args],
                          capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"child {args[0]} failed (exit {proc.returncode})")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scale", type=float, default=0.01, help="share of a national year to write (default 0.01)")
    ap.add_argument("--keep", metavar="DIR", help="write the files here and keep them")
    ap.add_argument("--repeat", type=int, default=1, help="rounds; the fastest counts (default 1)")
    ap.add_argument("--reuse", action="store_true",
                    help="with --keep: take the files already written there (as many as the scale asks)")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        op, *rest = args.child
        {"driver": driver, "calamine": calamine_read}[op](*rest)
        return 0

    import compileall

    compileall.compile_dir(ROOT / "xlrecon", quiet=1)
    counties, filings = max(1, round(COUNTIES * args.scale)), max(1, round(FILINGS * args.scale))
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}; scale {args.scale:g}: "
          f"{counties} county tables and {filings} filings")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(args.keep).resolve() if args.keep else Path(tmp)
        folder = work / "year"
        t = time.perf_counter()
        if args.reuse and args.keep and folder.is_dir() and len(list(folder.glob("*.xlsx"))) == counties + filings:
            print(f"the {counties + filings} files already in {folder} taken")
        else:
            shutil.rmtree(folder, ignore_errors=True)
            districts, _, _ = _bench_batch().generate(work / "gen", counties, 150, 10)
            shutil.move(str(districts), str(folder))
            write_filings(folder, filings)
            size = sum(p.stat().st_size for p in folder.iterdir()) / 2**20
            print(f"written in {time.perf_counter() - t:.0f} s ({size:.0f} MiB) into {folder}")
        best: dict[str, dict] = {}
        for round_ in range(args.repeat):
            this = {"calamine": child("calamine", str(folder))}
            for engine in ("local", "dask"):
                this[engine] = child("driver", str(folder), str(Path(tmp) / f"{engine}.json"), engine)
            print(f"round {round_ + 1}: " + ", ".join(f"{k} {v['seconds']:.1f} s" for k, v in this.items()))
            for k, v in this.items():
                if k not in best or v["seconds"] < best[k]["seconds"]:
                    best[k] = v
        same = (Path(tmp) / "local.json").read_bytes() == (Path(tmp) / "dask.json").read_bytes()
    n = counties + filings
    print(f"\n{'':28s}{'seconds':>9s}{'files/s':>9s}{'parent MiB':>12s}{'year projected':>16s}")
    for k, label in (("calamine", "calamine read, 1 process"), ("local", "batch --jobs 2"),
                     ("dask", "batch --engine dask (2)")):
        r = best[k]
        rate = n / r["seconds"]
        parent = f"{r['parent_mib']:12.0f}" if "parent_mib" in r else f"{'':12s}"
        print(f"  {label:26s}{r['seconds']:9.1f}{rate:9.0f}{parent}{(COUNTIES + FILINGS) / rate / 60:13.0f} min")
    print(f"local / dask files/s: {best['dask']['seconds'] / best['local']['seconds']:.2f}; "
          f"the two engines' JSON {'identical' if same else 'DIFFERENT'}; summary {best['local']['summary']}, "
          f"{best['local']['batch_findings']} findings across files")
    if args.scale >= 1:
        worst = max(best["local"]["parent_mib"], best["dask"]["parent_mib"])
        print(f"parent peak at a whole year: {worst:.0f} MiB (target < {TARGET_PARENT_MIB}: "
              f"{'met' if worst < TARGET_PARENT_MIB else 'NOT met'})")
    else:
        print(f"(the parent's memory target is for --scale 1; at this scale the parent peaked at "
              f"{max(best['local']['parent_mib'], best['dask']['parent_mib']):.0f} MiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
