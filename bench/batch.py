"""Time and peak memory of `xlrecon batch` over many district workbooks, as ratios against plain pandas.

    python3 bench/batch.py [--files N] [--rows N] [--big-rows N] [--keep DIR] [--repeat N]

Written with XlsxWriter (seeded, so every run writes the same figures) into a temporary
directory, or into ``--keep DIR`` to keep them: N district workbooks (default 1,000) of
``--rows`` data rows each (default 150), and separately one workbook of ``--big-rows`` rows
(default 200,000). All follow the ``unit-reserve`` template (预留份额 filing: canteen
purchases, reserve share, union purchases, a 合计 row); a few files carry real discrepancies
(a reserve below 10 %, a wrong 合计, a union purchase below the standard, one district's
file submitted twice every 500 files).

xlrecon's bytecode is compiled first, as an installed package has it. Measured, each run a
fresh child process started through a small wrapper, so the wall clock includes the
interpreter's start and the imports, and the peak RSS
(``RUSAGE_CHILDREN.ru_maxrss`` after waiting, i.e. the largest single process among the
run and its waited-for worker processes) is the run's own. The district runs are repeated
(``--repeat``, default 3) in turn, and each one's fastest run counts, since other work on
the machine only ever slows a run down:

- ``xlrecon batch DIR --jobs 1 --format json`` and ``--jobs 2`` over the district folder;
- baseline: a plain pandas + openpyxl script doing the same reads and sums, one process
  (``read_excel(engine="openpyxl", header=1)`` per file, the money columns summed and
  compared with the 合计 row, rows with a reserve below 10 % counted);
- ``xlrecon batch --jobs 1 --timeout 0`` and the baseline over the folder holding only the
  big workbook;
- reference floor: python-calamine's raw read of the district files (and the big one).

Targets: jobs=2 at least 1.7 times as fast as jobs=1; the baseline at least 8 times as slow
as batch with 2 workers (the batch on both cores; the one-worker ratio is printed for
reference). Runs of `xlrecon batch` are reported as not available while the command does not
exist. This is a benchmark, not a test: nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHEET = "预留份额"
HEADER = ["序号", "单位名称", "主管部门", "食堂情况", "年度食堂食材采购总额（万元）", "预留比例",
          "预留份额（万元）", "上年度预留份额（万元）", "工会会员人数", "工会福利总额（万元）",
          "工会采购额（万元）", "联系人", "联系电话", "填报日期"]
MONEY = [4, 6, 7, 9, 10]  # columns summed in the 合计 row
PURCHASE, RATE, RESERVE, LAST, MEMBERS, WELFARE, UNION = 4, 5, 6, 7, 8, 9, 10
CITIES = ["郑州市", "开封市", "洛阳市", "平顶山市", "安阳市", "新乡市", "焦作市", "许昌市", "南阳市"]
# district names: city + two syllables + 区, unique per file up to len(FIRST) * len(SECOND) files
FIRST = "东西南北中新金上长安和平高开宁兴华明春秋山河湖海龙凤文武永康泰丰德仁义信嘉瑞惠乐"
SECOND = "城原阳水湖山川江溪岭林泉桥港州坪亭台塘湾岗庄坝沟峰洲田园门关堡集店铺营屯坊河"
DEPTS = ["教育局", "卫生健康委", "财政局", "公安局", "民政局", "农业农村局", "住建局", "区委办公室"]
CANTEENS = ["自办"] * 14 + ["外包"] * 4 + ["共用", "无食堂"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗"
GIVEN = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超"]
SEED = 20230301
TARGET_SPEEDUP = 1.7
TARGET_BASELINE = 8.0
TARGET_CALAMINE = 3.0  # per file, xlrecon's check at most this many times python-calamine's read
TARGET_COUNTY_RATE = 300  # files/s at 2 workers on the 139-row county files
REPEAT = 5  # passes of the per-layout measurement; the fastest counts
PANDAS_FILES = 10  # files per layout the pandas + openpyxl loop reads (it is slow)


# ---------------------------------------------------------------- workbooks

def district_name(k: int) -> str:
    a, b = k % len(FIRST), k // len(FIRST)
    suffix = str(b // len(SECOND)) if b >= len(SECOND) else ""
    return f"{CITIES[k % len(CITIES)]}{FIRST[a]}{SECOND[b % len(SECOND)]}{suffix}区"


def unit_row(rng: random.Random, district: str, i: int) -> list:
    """One data row; money is drawn in 0.01 万元 (100 元) steps, so every figure is exact."""
    canteen = rng.choice(CANTEENS)
    if canteen == "无食堂":
        purchase = reserve = last = 0
    else:
        purchase = rng.randint(500, 50_000)
        reserve = -(-purchase * rng.randint(1020, 1500) // 10_000)  # ceil: 10.2-15 %, never below 10 %
        last = reserve - rng.randint(0, reserve // 10)
    members = rng.randint(10, 300)
    welfare = -(-members * rng.randint(800, 3000) // 100)  # in 100 元 steps
    union = -(-max(3 * members, welfare * 15 // 100 + 1) * rng.randint(100, 130) // 100)
    date = datetime(2023, 3, rng.randint(1, 10))
    return [i, f"{district}第{i}单位", rng.choice(DEPTS), canteen, purchase, None, reserve, last,
            members, welfare, union, rng.choice(SURNAMES) + rng.choice(GIVEN),
            f"1{rng.choice('3456789')}{rng.randint(0, 10**9 - 1):09d}", date]


def inject(rng: random.Random, rows: list[list], kind: str) -> None:
    """Turn one row into a real discrepancy (the 合计 is computed afterwards)."""
    row = rng.choice([r for r in rows if r[3] in ("自办", "外包")])
    if kind == "low-reserve":  # 8-9.5 % of purchases
        row[RESERVE] = row[PURCHASE] * rng.randint(800, 950) // 10_000
        row[LAST] = min(row[LAST], row[RESERVE])
    elif kind == "union":  # below both 300 元 per member and 15 % of the welfare total
        row[UNION] = min(3 * row[MEMBERS], row[WELFARE] * 15 // 100) // 2


def write_workbook(path: Path, district: str, rows: list[list], bad_total: bool, big: bool = False) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"constant_memory": big})
    pct = wb.add_format({"num_format": "0.00%"})
    money = wb.add_format({"num_format": "0.00"})
    day = wb.add_format({"num_format": "yyyy-mm-dd"})
    ws = wb.add_worksheet(SHEET)
    ws.write_string(0, 0, f"{district}预算单位2023年度预留份额填报表")
    ws.write_row(1, 0, HEADER)
    sums = [0] * len(HEADER)
    for r, row in enumerate(rows, start=2):
        ws.write_number(r, 0, row[0])
        for c in (1, 2, 3, 11):
            ws.write_string(r, c, row[c])
        for c in MONEY:
            ws.write_number(r, c, row[c] / 100, money)
            sums[c] += row[c]
        if row[PURCHASE]:  # the rate as Excel stores it: a fraction shown with two decimals
            ws.write_number(r, RATE, round(row[RESERVE] / row[PURCHASE], 4), pct)
        ws.write_number(r, MEMBERS, row[MEMBERS])
        ws.write_string(r, 12, row[12])
        ws.write_datetime(r, 13, row[13], day)
    r = len(rows) + 2
    if bad_total:  # beyond what rounding of the displayed figures can explain (0.005 万元 a row)
        sums[PURCHASE] += 1234 + len(rows)
    ws.write_string(r, 1, "合计")
    for c in MONEY:
        ws.write_number(r, c, sums[c] / 100, money)
    wb.close()


def generate(dest: Path, files: int, rows: int, big_rows: int) -> tuple[Path, Path, dict]:
    """Writes the district folder and the big-workbook folder; returns them and what was injected."""
    districts, bigdir = dest / "districts", dest / "big"
    for d in (districts, bigdir):
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
    rng = random.Random(SEED)
    injected = Counter()
    for k in range(1, files + 1):
        path = districts / f"district-{k:04d}.xlsx"
        if k % 500 == 250:  # the previous district's file submitted a second time
            shutil.copyfile(districts / f"district-{k - 1:04d}.xlsx", path)
            injected["resubmission"] += 1
            continue
        name = district_name(k)
        data = [unit_row(rng, name, i) for i in range(1, rows + 1)]
        for kind, every, at in (("low-reserve", 100, 7), ("union", 100, 3)):
            if k % every == at % every:
                inject(rng, data, kind)
                injected[kind] += 1
        bad_total = k % 150 == 11
        injected["bad-total"] += bad_total
        write_workbook(path, name, data, bad_total)
    big = "郑州市航空港区"  # not a name district_name() gives
    data = [unit_row(rng, big, i) for i in range(1, big_rows + 1)]
    inject(rng, data, "low-reserve")
    write_workbook(bigdir / "big.xlsx", big, data, bad_total=True, big=True)
    return districts, bigdir, dict(injected)


# ---------------------------------------------------------------- child runs

def baseline(folder: str) -> None:
    """The plain pandas + openpyxl script: same reads and sums, one core, one process."""
    import pandas as pd

    names = list(pd.read_excel(next(Path(folder).glob("*.xlsx")), engine="openpyxl", header=1, nrows=0).columns)
    money = [names[c] for c in MONEY]
    files = bad_totals = low = 0
    for path in sorted(Path(folder).glob("*.xlsx")):
        df = pd.read_excel(path, engine="openpyxl", header=1)
        is_total = df[names[1]] == "合计"
        total, data = df[is_total].iloc[0], df[~is_total]
        sums = data[money].sum()
        bad_totals += int(((sums - total[money]).abs() > 0.005).any())
        canteen = data[names[3]] != "无食堂"
        low += int((canteen & (data[names[RESERVE]] < 0.1 * data[names[PURCHASE]] - 1e-9)).sum())
        files += 1
    print(json.dumps({"files": files, "files_with_bad_total": bad_totals, "low_reserve_rows": low}))


def pandas_any(folder: str) -> None:
    """The plain pandas + openpyxl loop for any layout: every sheet read, its numbers summed."""
    import pandas as pd

    files = cells = 0
    for path in sorted(Path(folder).glob("*.xlsx")):
        for df in pd.read_excel(path, engine="openpyxl", sheet_name=None, header=None).values():
            cells += int(pd.to_numeric(df.stack(), errors="coerce").notna().sum())
        files += 1
    print(json.dumps({"files": files, "numbers": cells}))


def layouts_child(folder: str) -> None:
    """Per file, in this one process, for each layout folder under ``folder``: xlrecon's check as
    a batch worker runs it (with the file's JSON text, as for ``--format json``), python-calamine's
    read of every sheet, and the pandas + openpyxl loop
    (a few files), each the fastest of REPEAT passes, interleaved; printed as JSON."""
    from python_calamine import CalamineWorkbook

    import pandas as pd

    from xlrecon.batches import run as br

    br.preload()
    # as a worker of `xlrecon batch --format json` runs: each file's JSON text made there too
    br.setup(br.Options(render="xlrecon.render.json_out:file_text"))
    out = {}
    for sub in sorted(p for p in Path(folder).iterdir() if p.is_dir()):
        files = sorted(str(p) for p in sub.glob("*.xlsx"))

        def read_all() -> None:
            for f in files:
                wb = CalamineWorkbook.from_path(f)
                for name in wb.sheet_names:
                    wb.get_sheet_by_name(name).to_python()

        def check_all() -> None:
            for f in files:
                br.check_one(f)

        few = files[:PANDAS_FILES]

        def pandas_all() -> None:
            for f in few:
                for df in pd.read_excel(f, engine="openpyxl", sheet_name=None, header=None).values():
                    pd.to_numeric(df.stack(), errors="coerce").sum()

        best = {"calamine": float("inf"), "xlrecon": float("inf"), "pandas": float("inf")}
        for fn in (read_all, check_all, pandas_all):  # warm: imports, the header decisions remembered
            fn()
        for _ in range(REPEAT):
            for name, fn, n in (("calamine", read_all, len(files)), ("xlrecon", check_all, len(files)),
                                ("pandas", pandas_all, len(few))):
                t = time.perf_counter()
                fn()
                best[name] = min(best[name], (time.perf_counter() - t) / n)
        report, _ = br.check_one(files[0]).unpack()
        out[sub.name] = {**best, "files": len(files), "status": report.status,
                         "findings": Counter(f.rule for f in report.findings).most_common(4)}
    print(json.dumps(out, ensure_ascii=False))


def calamine(folder: str) -> None:
    from python_calamine import CalamineWorkbook

    files = rows = 0
    for path in sorted(Path(folder).glob("*.xlsx")):
        rows += len(CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python())
        files += 1
    print(json.dumps({"files": files, "rows": rows}))


def wrap(out: str, cmd: list[str]) -> None:
    """Runs cmd with its stdout into `out`; prints wall seconds, exit code and the peak RSS of
    the largest process among cmd and its waited-for descendants."""
    import resource

    with open(out, "wb") as f:
        t = time.perf_counter()
        rc = subprocess.run(cmd, stdout=f, cwd=ROOT).returncode
        elapsed = time.perf_counter() - t
    rss_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
    print(json.dumps({"seconds": elapsed, "rc": rc, "peak_mib": rss_kib / 1024}))


def run(cmd: list[str], out: Path, ok_codes=(0,)) -> dict:
    """One measured run in a fresh wrapper process; returns its figures and parsed stdout."""
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--wrap", str(out), "--", *cmd],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"wrapper failed (exit {proc.returncode}); traceback above")
    res = json.loads(proc.stdout.strip().splitlines()[-1])
    if res["rc"] not in ok_codes:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"{' '.join(cmd)} exited {res['rc']}; stderr above")
    res["output"] = json.loads(out.read_text(encoding="utf-8"))
    return res


def batch_available() -> bool:
    cmd = [sys.executable, "-m", "xlrecon", "batch", "--help"]
    return subprocess.run(cmd, capture_output=True, cwd=ROOT).returncode == 0


def run_batch(folder: Path, jobs: int, out: Path, *extra: str) -> dict:
    cmd = [sys.executable, "-m", "xlrecon", "batch", str(folder), "--jobs", str(jobs), "--format", "json", *extra]
    return run(cmd, out, ok_codes=(0, 1, 2))  # 1: discrepancies found; 2: a file could not be read


def describe_batch(label: str, res: dict, expected_files: int) -> None:
    rep = res["output"]
    files = rep.get("files", [])
    statuses = Counter(f.get("status") for f in files)
    errors = Counter(x.get("rule") for f in files for x in f.get("findings", []) if x.get("severity") == "error")
    print(f"{label}: exit {res['rc']}; {len(files)} files in the JSON "
          f"({'as expected' if len(files) == expected_files else f'EXPECTED {expected_files}'}); "
          f"status ok {statuses['ok']}, discrepancies {statuses['discrepancies']}, error {statuses['error']}")
    across = Counter(x.get("rule") for x in rep.get("batch_findings", []))
    print(f"  summary: {rep.get('summary')}; batch_findings: {dict(across) or 'none'}")
    if errors:
        print("  error findings by rule: " + ", ".join(f"{k} {v}" for k, v in sorted(errors.items(), key=str)))


# ---------------------------------------------------------------- main

def measure_layouts(work: Path, out: Path, per_layout: int, district_folder: Path) -> None:
    """Every built-in template's layout, by both writers, and the 150-row and 20-row unit filings:
    per file in one process, xlrecon's check against python-calamine's read and pandas + openpyxl."""
    import layouts

    root = work / "layouts"
    shutil.rmtree(root, ignore_errors=True)
    t = time.perf_counter()
    for template in layouts.LAYOUTS:
        for writer in layouts.WRITERS:
            layouts.write_copies(template, writer, root / f"{template} ({writer})", per_layout)
    for writer in layouts.WRITERS:
        d = root / f"unit-reserve 20 rows ({writer})"
        d.mkdir(parents=True)
        for k in range(per_layout):
            layouts.scaled_unit_reserve(d / f"unit-{k:05d}.xlsx", f"第{k}预算单位", 20, SEED + k, writer)
    d = root / "unit-reserve 150 rows (xlsxwriter)"
    d.mkdir(parents=True)
    for f in sorted(district_folder.glob("*.xlsx"))[:per_layout]:
        shutil.copyfile(f, d / f.name)
    print(f"\nlayouts: {per_layout} files each written in {time.perf_counter() - t:.1f} s")
    res = run([*CHILD, "layouts", str(root)], out / "layouts.json")["output"]
    print(f"\n{'per file, one process':44s}{'xlrecon':>10s}{'calamine':>10s}{'ratio':>7s}{'pandas':>10s}"
          f"{'pandas/xlrecon':>16s}  findings of the first file")
    for name, r in res.items():
        ratio, vs = r["xlrecon"] / r["calamine"], r["pandas"] / r["xlrecon"]
        print(f"  {name:42s}{r['xlrecon'] * 1e3:8.2f}ms{r['calamine'] * 1e3:8.2f}ms{ratio:7.1f}"
              f"{r['pandas'] * 1e3:8.1f}ms{vs:16.1f}  {r['status']}: {r['findings']}")
    worst = max(r["xlrecon"] / r["calamine"] for r in res.values())
    least = min(r["pandas"] / r["xlrecon"] for r in res.values())
    print(f"largest xlrecon / calamine: {worst:.1f} (target <= {TARGET_CALAMINE:g}: "
          f"{'met' if worst <= TARGET_CALAMINE else 'NOT met'}); smallest pandas / xlrecon: {least:.1f} "
          f"(target >= {TARGET_BASELINE:g}: {'met' if least >= TARGET_BASELINE else 'NOT met'})")


def measure_county(work: Path, out: Path, files: int, repeat: int) -> None:
    """1,000 openpyxl-written county-trade files (139 rows, no 合计): batch at 1 and 2 workers
    against the pandas + openpyxl loop, fastest of ``repeat`` interleaved rounds."""
    import layouts

    folder = work / "county"
    shutil.rmtree(folder, ignore_errors=True)
    t = time.perf_counter()
    layouts.write_copies("county-trade", "openpyxl", folder, files)
    print(f"\ncounty-trade: {files} files (openpyxl) written in {time.perf_counter() - t:.1f} s")
    best: dict[str, dict] = {}
    for round_ in range(repeat):
        this = {"pandas + openpyxl": run([*CHILD, "pandas_any", str(folder)], out / "cbase.json")}
        for jobs in (1, 2):
            this[f"batch --jobs {jobs}"] = run_batch(folder, jobs, out / f"cbatch{jobs}.json")
            if round_ == 0:
                describe_batch(f"county batch --jobs {jobs}", this[f"batch --jobs {jobs}"], files)
        print(f"round {round_ + 1}: " + ", ".join(f"{k} {v['seconds']:.2f} s" for k, v in this.items())
              + f"; pandas / --jobs 2 {this['pandas + openpyxl']['seconds'] / this['batch --jobs 2']['seconds']:.2f}")
        for k, v in this.items():
            if k not in best or v["seconds"] < best[k]["seconds"]:
                best[k] = v
    b1, b2, base = (best[k]["seconds"] for k in ("batch --jobs 1", "batch --jobs 2", "pandas + openpyxl"))
    print(f"county files/s at 2 workers: {files / b2:.0f} (target >= {TARGET_COUNTY_RATE}: "
          f"{'met' if files / b2 >= TARGET_COUNTY_RATE else 'NOT met'}); 2 workers / 1: {b1 / b2:.2f} "
          f"(target >= {TARGET_SPEEDUP}); pandas / --jobs 2: {base / b2:.2f} (target >= {TARGET_BASELINE:g}); "
          f"peak RSS {best['batch --jobs 2']['peak_mib']:.0f} MiB")


def measure_big(work: Path, out: Path, big_rows: int, unit_big: Path) -> None:
    """A 200,000-row file of each kind (unit filings, and county rows whose names repeat) in one
    worker: against python-calamine's read and pandas, with peak memory."""
    import layouts

    county = work / "bigcounty"
    shutil.rmtree(county, ignore_errors=True)
    county.mkdir(parents=True)
    layouts.scaled_county_trade(county / "bigcounty.xlsx", big_rows, SEED)
    for label, folder, base_op in (("unit-reserve", unit_big, "baseline"), ("county-trade", county, "pandas_any")):
        cal = run([*CHILD, "calamine", str(folder)], out / "bigcal.json")
        base = run([*CHILD, base_op, str(folder)], out / "bigbase.json")
        res = run_batch(folder, 1, out / "bigbatch.json", "--timeout", "0")
        describe_batch(f"big {label} batch --jobs 1", res, 1)
        ratio = res["seconds"] / cal["seconds"]
        print(f"big {label} ({big_rows} rows): xlrecon {res['seconds']:.2f} s, {res['peak_mib']:.0f} MiB; "
              f"calamine {cal['seconds']:.2f} s, {cal['peak_mib']:.0f} MiB; pandas {base['seconds']:.2f} s, "
              f"{base['peak_mib']:.0f} MiB; xlrecon / calamine {ratio:.2f} (target <= {TARGET_CALAMINE:g}: "
              f"{'met' if ratio <= TARGET_CALAMINE else 'NOT met'}), peak (target < 400 MiB: "
              f"{'met' if res['peak_mib'] < 400 else 'NOT met'}), pandas / xlrecon {base['seconds'] / res['seconds']:.1f}")


CHILD = [sys.executable, str(Path(__file__).resolve()), "--child"]
STAGES = ("layouts", "county", "districts", "big")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--rows", type=int, default=150)
    ap.add_argument("--big-rows", type=int, default=200_000)
    ap.add_argument("--keep", metavar="DIR", help="write the workbooks here and keep them")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each measurement over the district files; "
                    "the fastest counts (default 3)")
    ap.add_argument("--layout-files", type=int, default=50, help="files of each layout and writer (default 50)")
    ap.add_argument("--county-files", type=int, default=1000, help="county-trade files of the batch (default 1000)")
    ap.add_argument("--stages", default=",".join(STAGES), help=f"which to run, of {','.join(STAGES)} (default all)")
    ap.add_argument("--child", nargs=2, metavar=("OP", "DIR"), help=argparse.SUPPRESS)
    ap.add_argument("--wrap", metavar="OUT", help=argparse.SUPPRESS)
    ap.add_argument("cmd", nargs="*", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.wrap:
        wrap(args.wrap, args.cmd)
        return 0
    if args.child:
        {"baseline": baseline, "calamine": calamine, "pandas_any": pandas_any,
         "layouts": layouts_child}[args.child[0]](args.child[1])
        return 0

    print(f"machine: {os.cpu_count()} CPUs, Python {platform.python_version()} ({sys.executable})")
    # xlrecon's bytecode compiled once, as installing the package (or any first run) leaves it:
    # with PYTHONDONTWRITEBYTECODE set, every run and every worker would compile it again
    import compileall

    compileall.compile_dir(ROOT / "xlrecon", quiet=1)
    stages = [x for x in args.stages.split(",") if x]
    unknown = set(stages) - set(STAGES)
    if unknown:
        raise SystemExit(f"unknown stage(s): {', '.join(sorted(unknown))}; the stages are {', '.join(STAGES)}")
    if not batch_available():
        raise SystemExit("xlrecon batch is not available")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(args.keep).resolve() if args.keep else Path(tmp)
        out = Path(tmp)
        t = time.perf_counter()
        districts, bigdir, injected = generate(work, args.files, args.rows, args.big_rows)
        size = sum(p.stat().st_size for p in districts.iterdir()) / 2**20
        print(f"{args.files} workbooks of {args.rows} rows ({size:.1f} MiB) and one of {args.big_rows} rows "
              f"({(bigdir / 'big.xlsx').stat().st_size / 2**20:.1f} MiB) written in {time.perf_counter() - t:.1f} s "
              f"into {work}")
        print(f"injected: {injected} in the district files; the big one: one low reserve, a wrong 合计")
        if "layouts" in stages:
            measure_layouts(work, out, args.layout_files, districts)
        if "county" in stages:
            measure_county(work, out, args.county_files, args.repeat)
        if "districts" in stages:
            measure_districts(districts, out, args)
        if "big" in stages:
            print()
            measure_big(work, out, args.big_rows, bigdir)
    return 0


def measure_districts(districts: Path, out: Path, args: argparse.Namespace) -> None:
    """The district folder (unit-reserve, 150 rows, XlsxWriter): batch at 1 and 2 workers against
    the pandas + openpyxl script doing the same reads and sums, and calamine's bare read."""
    print()
    runs: dict[str, tuple[dict, int, int]] = {}  # label -> (result, files, rows)
    n = (args.files, args.files * args.rows)

    def keep_best(label: str, res: dict) -> None:
        """The fastest of the repeated runs (the least disturbed by anything else on the
        machine), with the largest peak memory seen."""
        this[label] = res
        prev = runs.get(label, (None,))[0]
        if prev is not None:
            res = dict(min(res, prev, key=lambda r: r["seconds"]), peak_mib=max(res["peak_mib"], prev["peak_mib"]))
        runs[label] = (res, *n)

    for round_ in range(args.repeat):  # the runs interleaved, so that a slow spell hits all alike
        this: dict[str, dict] = {}
        keep_best("calamine raw read (floor)", run([*CHILD, "calamine", str(districts)], out / "cal.json"))
        keep_best("baseline pandas+openpyxl", run([*CHILD, "baseline", str(districts)], out / "base.json"))
        for jobs in (1, 2):
            res = run_batch(districts, jobs, out / f"batch{jobs}.json")
            keep_best(f"xlrecon batch --jobs {jobs}", res)
            if round_ == 0:
                describe_batch(f"batch --jobs {jobs}", res, args.files)
        if round_ == 0:
            print(f"baseline found: {runs['baseline pandas+openpyxl'][0]['output']}")
        print(f"round {round_ + 1} of {args.repeat}: "
              + ", ".join(f"{k} {v['seconds']:.2f} s" for k, v in this.items())
              + f"; baseline / batch --jobs 2 in this round: "
              f"{this['baseline pandas+openpyxl']['seconds'] / this['xlrecon batch --jobs 2']['seconds']:.2f}")

    print(f"\n{'':32s}{'seconds':>9s}{'files/s':>9s}{'krows/s':>9s}{'peak RSS MiB':>14s}")
    for label, (res, files, rows) in runs.items():
        s = res["seconds"]
        print(f"  {label:30s}{s:9.2f}{files / s:9.2f}{rows / s / 1000:9.1f}{res['peak_mib']:14.1f}")

    def secs(label: str) -> float:
        return runs[label][0]["seconds"]

    def ratio(text: str, num: float, den: float, target: float | None = None) -> None:
        r = num / den
        met = "" if target is None else f" (target >= {target}: {'met' if r >= target else 'NOT met'})"
        print(f"{text}: {r:.2f}{met}")

    base, b1, b2 = secs("baseline pandas+openpyxl"), secs("xlrecon batch --jobs 1"), secs("xlrecon batch --jobs 2")
    ratio("speed-up jobs=2 over jobs=1", b1, b2, TARGET_SPEEDUP)
    ratio("baseline / batch --jobs 1", base, b1)  # one worker: for reference, the target is the run on both cores
    ratio("baseline / batch --jobs 2", base, b2, TARGET_BASELINE)
    ratio("batch --jobs 1 / calamine raw read", b1, secs("calamine raw read (floor)"))


if __name__ == "__main__":
    raise SystemExit(main())
