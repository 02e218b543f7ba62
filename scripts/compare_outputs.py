"""Behaviour unchanged? Everything xlrecon writes, by two versions of the code, compared.

    python3 scripts/compare_outputs.py --base REV [--corpus DIR] [--bench-files N] [--keep DIR]

Checks out REV (a commit, default ``HEAD``) in a temporary git worktree and runs the same
snapshot with that tree's ``xlrecon`` and with this one, each in a child process of its own
(``PYTHONPATH`` set to the tree, so each imports only its own code), then compares the two
snapshots file by file and prints every difference. Exit 0 when they are identical, 1 when
not. For a refactor that is meant to change nothing.

What a snapshot holds, over the sample workbooks (``workbooks/``, ``tests/data/``), the
third-party corpus (``../shared/corpus/`` when present) and freshly written bench folders
(``bench/batch.py``'s district workbooks and big workbook, ``bench/annotate.py``'s sheet,
seeded, so both runs read the same bytes):

- each file's report as JSON in Chinese and in English (``Report.to_dict``);
- each file's annotated copy (``api.annotate``, fixed time): the digest of every part, in
  the package's order, and the annotation's status (the copies stay in the snapshot folder,
  kept with ``--keep``, to look at where they differ);
- ``rounding_fixups`` of every file;
- the report workbook (``api.write_report``, fixed time) of the samples, every part;
- ``api.batch`` over the district samples (with and without the summary) and over the
  bench folder, as JSON in both languages.

Only the library API (``xlrecon.check``, ``xlrecon.api.*``) is used, so the snapshot runs on
any version that has it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 1, 1, 8, 0, 0, tzinfo=timezone.utc)
SUFFIXES = {".xlsx", ".xlsm", ".xltx", ".xltm", ".xls", ".xlsb", ".ods"}


def inputs(corpus: Path | None, bench: Path) -> dict[str, list[Path]]:
    """The files each part of the snapshot reads, by group, in a stable order."""
    def workbooks(folder: Path) -> list[Path]:
        return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                      and not p.name.startswith("~$"))

    groups = {"samples": workbooks(ROOT / "workbooks") + workbooks(ROOT / "tests" / "data"),
              "bench": workbooks(bench)}
    if corpus is not None and corpus.is_dir():
        groups["corpus"] = workbooks(corpus)
    return groups


def write_bench(dest: Path, files: int) -> None:
    """bench/batch.py's district workbooks (its seed) and big workbook, bench/annotate.py's sheet."""
    sys.path.insert(0, str(ROOT / "bench"))
    import annotate as bench_annotate  # bench/annotate.py
    import batch as bench_batch  # bench/batch.py

    bench_batch.generate(dest, files=files, rows=150, big_rows=3000)
    (dest / "sheet").mkdir(exist_ok=True)
    bench_annotate.write_workbook(dest / "sheet" / "county-sheet.xlsx", 2000)


# ------------------------------------------------------------------ the snapshot (child process)

def snapshot(out: Path, corpus: Path | None, bench: Path) -> None:
    import xlrecon
    from xlrecon import api

    out.mkdir(parents=True, exist_ok=True)
    import xlrecon.schemas

    # both must come from the tree compared: xlrecon's code and its templates (xlrecon.schemas)
    (out / "tree.txt").write_text(str(Path(xlrecon.__file__).resolve().parent.parent) + "\n"
                                  + str(Path(xlrecon.schemas.__file__).resolve().parent.parent) + "\n")
    for group, files in inputs(corpus, bench).items():
        for k, path in enumerate(files):
            name = f"{group}/{k:04d}-{path.name}"
            report = xlrecon.check(path)
            for lang in ("zh", "en"):
                _write(out / f"{name}.{lang}.json", _json(report.to_dict(lang)))
            _write(out / f"{name}.fixups.json", _json(api.rounding_fixups(report)))
            dest = out / "annotated" / name
            dest.mkdir(parents=True)
            results = api.annotate(report, output=dest, now=NOW)
            _write(out / f"{name}.annotation.json", _json([
                {"status": a.status, "error": a.error.to_dict("en") if a.error is not None else None,
                 "output": Path(a.output).name if a.output else None} for a in results]))
            for a in results:
                if a.output:
                    _parts(Path(a.output), out / f"{name}.annotated-parts.json")
    samples = xlrecon.check([ROOT / "workbooks", ROOT / "tests" / "data"])
    book = api.write_report(samples, out / "report-book.xlsx", now=NOW)
    _parts(Path(book), out / "report-book.parts.json")
    districts = ROOT / "workbooks" / "zhengzhou-2020-districts"
    runs = {"districts": ([districts], {}),
            "districts-against-summary": ([districts], {"against": ROOT / "workbooks" / "zhengzhou-2020-reserve-progress.xlsx"}),
            "samples": ([ROOT / "workbooks"], {}),
            "bench-districts": ([bench / "districts"], {})}
    for label, (paths, kw) in runs.items():
        report = api.batch(paths, jobs=2, **kw)
        for lang in ("zh", "en"):
            _write(out / "batch" / f"{label}.{lang}.json", _json(report.to_dict(lang)))


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True, default=str) + "\n"


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _parts(package: Path, listing: Path) -> None:
    """Every part's name and digest, in the package's order; the parts kept beside it."""
    with zipfile.ZipFile(package) as z:
        names = z.namelist()
        _write(listing, _json([[n, hashlib.sha256(z.read(n)).hexdigest()] for n in names]))


# ------------------------------------------------------------------ comparing two snapshots

def compare(a: Path, b: Path) -> list[str]:
    """Every file that differs between the two snapshots (or is in one only)."""
    def files(root: Path) -> set[str]:
        return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and p.name != "tree.txt"
                and "annotated" not in p.relative_to(root).parts[:1]}

    fa, fb = files(a), files(b)
    diffs = [f"only in {a.name}: {n}" for n in sorted(fa - fb)] + [f"only in {b.name}: {n}" for n in sorted(fb - fa)]
    diffs += [f"differs: {n}" for n in sorted(fa & fb) if (a / n).read_bytes() != (b / n).read_bytes()]
    return diffs


def run_snapshot(tree: Path, out: Path, corpus: Path | None, bench: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(tree))
    # the editable install maps xlrecon.schemas to the checkout's schemas/: a link inside the
    # tree's package is found first, so that the tree's own templates are used
    link = tree / "xlrecon" / "schemas"
    if tree.resolve() != ROOT.resolve() and not link.exists():
        link.symlink_to(tree / "schemas", target_is_directory=True)
    cmd = [sys.executable, str(Path(__file__).resolve()), "--snapshot", str(out), "--bench", str(bench)]
    if corpus is not None:
        cmd += ["--corpus", str(corpus)]
    subprocess.run(cmd, env=env, cwd=tree, check=True)
    for used in (out / "tree.txt").read_text().split():
        if Path(used) != tree.resolve():
            raise SystemExit(f"the snapshot of {tree} imported xlrecon or its templates from {used}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", default="HEAD", help="the commit to compare this tree with (default HEAD)")
    default_corpus = ROOT.parent / "shared" / "corpus"
    ap.add_argument("--corpus", type=Path, default=default_corpus if default_corpus.is_dir() else None)
    ap.add_argument("--bench-files", type=int, default=300, help="district workbooks written (default 300)")
    ap.add_argument("--keep", type=Path, help="keep both snapshots under this folder")
    ap.add_argument("--snapshot", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--bench", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.snapshot is not None:
        snapshot(args.snapshot, args.corpus, args.bench)
        return 0
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="xlrecon-compare-"))
    work.mkdir(parents=True, exist_ok=True)
    base_tree = work / "base-tree"
    if base_tree.exists():
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base_tree)], check=False)
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(base_tree), args.base], check=True)
    try:
        bench = work / "bench"
        write_bench(bench, args.bench_files)
        for label, tree in (("base", base_tree), ("this", ROOT)):
            shutil.rmtree(work / label, ignore_errors=True)
            run_snapshot(tree, work / label, args.corpus, bench)
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base_tree)], check=False)
    diffs = compare(work / "base", work / "this")
    counted = sum(1 for _ in (work / "this").rglob("*.json"))
    for line in diffs:
        print(line)
    print(f"{len(diffs)} differences in {counted} outputs ({args.base} against this tree; snapshots in {work})")
    if not args.keep and not diffs:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if diffs else 0


if __name__ == "__main__":
    raise SystemExit(main())
