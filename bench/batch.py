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

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--rows", type=int, default=150)
    ap.add_argument("--big-rows", type=int, default=200_000)
    ap.add_argument("--keep", metavar="DIR", help="write the workbooks here and keep them")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each measurement over the district files; "
                    "the fastest counts (default 3)")
    ap.add_argument("--child", nargs=2, metavar=("OP", "DIR"), help=argparse.SUPPRESS)
    ap.add_argument("--wrap", metavar="OUT", help=argparse.SUPPRESS)
    ap.add_argument("cmd", nargs="*", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.wrap:
        wrap(args.wrap, args.cmd)
        return 0
    if args.child:
        {"baseline": baseline, "calamine": calamine}[args.child[0]](args.child[1])
        return 0

    print(f"machine: {os.cpu_count()} CPUs, Python {platform.python_version()} ({sys.executable})")
    # xlrecon's bytecode compiled once, as installing the package (or any first run) leaves it:
    # with PYTHONDONTWRITEBYTECODE set, every run and every worker would compile it again
    import compileall

    compileall.compile_dir(ROOT / "xlrecon", quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(args.keep).resolve() if args.keep else Path(tmp)
        t = time.perf_counter()
        districts, bigdir, injected = generate(work, args.files, args.rows, args.big_rows)
        size = sum(p.stat().st_size for p in districts.iterdir()) / 2**20
        print(f"{args.files} workbooks of {args.rows} rows ({size:.1f} MiB) and one of {args.big_rows} rows "
              f"({(bigdir / 'big.xlsx').stat().st_size / 2**20:.1f} MiB) written in {time.perf_counter() - t:.1f} s "
              f"into {work}")
        print(f"injected: {injected} in the district files; the big one: one low reserve, a wrong 合计")

        me = [sys.executable, str(Path(__file__).resolve()), "--child"]
        out = Path(tmp)
        runs = {}  # label -> (result or None, files, rows)
        n, big = (args.files, args.files * args.rows), (1, args.big_rows)
        have_batch = batch_available()

        def keep_best(label: str, res: dict | None) -> None:
            """The fastest of the repeated runs (the least disturbed by anything else on the
            machine), with the largest peak memory seen."""
            prev = runs.get(label, (None,))[0]
            if res is not None:
                this[label] = res
            if res is not None and prev is not None:
                res = dict(min(res, prev, key=lambda r: r["seconds"]), peak_mib=max(res["peak_mib"], prev["peak_mib"]))
            runs[label] = (res, *n)

        for round_ in range(args.repeat):  # the runs interleaved, so that a slow spell hits all alike
            this: dict[str, dict] = {}
            keep_best("calamine raw read (floor)", run([*me, "calamine", str(districts)], out / "cal.json"))
            keep_best("baseline pandas+openpyxl", run([*me, "baseline", str(districts)], out / "base.json"))
            for jobs in (1, 2):
                res = run_batch(districts, jobs, out / f"batch{jobs}.json") if have_batch else None
                keep_best(f"xlrecon batch --jobs {jobs}", res)
                if res and round_ == 0:
                    describe_batch(f"batch --jobs {jobs}", res, args.files)
            if round_ == 0:
                print(f"baseline found: {runs['baseline pandas+openpyxl'][0]['output']}")
            within = ""
            if "xlrecon batch --jobs 2" in this:  # the round's own ratio: how much single rounds move
                within = (f"; baseline / batch --jobs 2 in this round: "
                          f"{this['baseline pandas+openpyxl']['seconds'] / this['xlrecon batch --jobs 2']['seconds']:.2f}")
            print(f"round {round_ + 1} of {args.repeat}: "
                  + ", ".join(f"{k} {v['seconds']:.2f} s" for k, v in this.items()) + within)
        runs["big: calamine raw read"] = (run([*me, "calamine", str(bigdir)], out / "bigcal.json"), *big)
        runs["big: baseline"] = (run([*me, "baseline", str(bigdir)], out / "bigbase.json"), *big)
        print(f"big baseline found: {runs['big: baseline'][0]['output']}")
        res = run_batch(bigdir, 1, out / "bigbatch.json", "--timeout", "0") if have_batch else None
        runs["big: xlrecon batch --jobs 1"] = (res, *big)
        if res:
            describe_batch("big batch --jobs 1", res, 1)

    print(f"\n{'':32s}{'seconds':>9s}{'files/s':>9s}{'krows/s':>9s}{'peak RSS MiB':>14s}")
    for label, (res, files, rows) in runs.items():
        if res is None:
            print(f"  {label:30s}{'not available':>27s}")
            continue
        s = res["seconds"]
        print(f"  {label:30s}{s:9.2f}{files / s:9.2f}{rows / s / 1000:9.1f}{res['peak_mib']:14.1f}")

    def secs(label: str):
        return runs[label][0]["seconds"] if runs[label][0] else None

    def ratio(text: str, num, den, target=None) -> None:
        if num is None or den is None:
            print(f"{text}: not available")
            return
        r = num / den
        met = "" if target is None else f" (target >= {target}: {'met' if r >= target else 'NOT met'})"
        print(f"{text}: {r:.2f}{met}")

    print()
    base, b1, b2 = secs("baseline pandas+openpyxl"), secs("xlrecon batch --jobs 1"), secs("xlrecon batch --jobs 2")
    ratio("speed-up jobs=2 over jobs=1", b1, b2, TARGET_SPEEDUP)
    ratio("baseline / batch --jobs 1", base, b1)  # one worker: for reference, the target is the run on both cores
    ratio("baseline / batch --jobs 2", base, b2, TARGET_BASELINE)
    ratio("big file: baseline / batch --jobs 1", secs("big: baseline"), secs("big: xlrecon batch --jobs 1"))
    ratio("batch --jobs 1 / calamine raw read", b1, secs("calamine raw read (floor)"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
