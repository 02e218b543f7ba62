"""A batch's results kept packed (xlrecon.batches.store): what the parent holds per file, and
which digests the checks across files need."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xlrecon.batches import store
from xlrecon.batches.reconcile import duplicates
from xlrecon.batches.submissions import Keys, Submission
from xlrecon.findings import FileReport

ROOT = Path(__file__).resolve().parent.parent
DISTRICTS = ROOT / "workbooks" / "zhengzhou-2020-districts"


def _sub(n: int, template: str | None, keys: list[str], sha1: str | None = None) -> Submission:
    ks = Keys()
    ks.add("表", 1, keys, keys, list(range(2, 2 + len(keys))))
    return Submission(path=f"f{n}.xlsx", template=template, sha1=sha1 or f"{n:040x}", keys=ks)


@pytest.fixture
def as_a_worker():
    """This process set up as a batch worker (:func:`xlrecon.batches.run.setup`, given options),
    and afterwards as a test process again: the worker's collector settings undone."""
    import gc

    from xlrecon.batches import run as br

    def setup(**options: object) -> None:
        br.setup(br.Options(**options))

    yield setup
    br._state = None
    gc.unfreeze()
    gc.enable()


def test_a_packed_file_unpacks_to_what_was_checked(as_a_worker):
    from xlrecon.batches import run as br

    as_a_worker()
    for path in sorted(DISTRICTS.glob("*.xlsx")):
        report, sub = br.check_unpacked(str(path))
        packed = br.check_one(str(path))
        again, sub2 = packed.unpack()
        assert again.to_dict() == report.to_dict() and sub2 == sub
        warnings = sum(1 for f in report.findings if f.severity == "warning")
        assert packed.facts == (str(path), report.status, report.not_evaluated(), False, sub.template, sub.sha1,
                                warnings)
        assert len(packed.key_hashes) == 8 * len(sub.keys)
        # what the parent keeps is a fraction of the objects' pickle
        assert len(pickle.dumps(packed)) < len(pickle.dumps((report, sub)))


def _by_definition(subs: list[Submission]) -> list[int]:
    out = set()
    for i, a in enumerate(subs):
        for j, b in enumerate(subs):
            if i == j:
                continue
            if a.sha1 == b.sha1 or (a.template is not None and a.template == b.template
                                    and set(a.keys.keys) & set(b.keys.keys)):
                out.add(i)
    return sorted(out)


FILES = st.lists(st.tuples(st.sampled_from(["t1", "t2", None]),
                           st.lists(st.sampled_from("甲乙丙丁戊己庚辛"), max_size=6), st.booleans()), max_size=12)


@settings(max_examples=200, deadline=None)
@given(FILES)
def test_the_files_that_share_bytes_or_a_key_are_found_both_ways(files):
    subs = [_sub(n, t, ks, sha1="5a" * 20 if same else None) for n, (t, ks, same) in enumerate(files)]
    results = store.Results.of([store.pack(FileReport(s.path), s) for s in subs])
    assert results.sharing() == _by_definition(subs)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(store, "SMALL", 0)  # the numpy path, as a batch of millions of keys takes it
        assert results.sharing() == _by_definition(subs)


@settings(max_examples=100, deadline=None)
@given(FILES)
def test_the_duplicate_checks_over_the_sharing_files_find_what_they_find_over_all(files):
    subs = [_sub(n, t, ks, sha1="5a" * 20 if same else None) for n, (t, ks, same) in enumerate(files)]
    results = store.Results.of([store.pack(FileReport(s.path), s) for s in subs])

    def seen(found):
        return [(b.finding.rule, b.path, b.finding.cell, b.related) for b in found]

    assert seen(duplicates(list(results.submissions(results.sharing())))) == seen(duplicates(subs))


def test_a_collision_of_hashes_adds_a_file_to_compare_never_a_finding(monkeypatch):
    monkeypatch.setattr(store, "key_hash", lambda template, key: 7)  # every key the same hash
    subs = [_sub(0, "t", ["甲"]), _sub(1, "t", ["乙"])]
    results = store.Results.of([store.pack(FileReport(s.path), s) for s in subs])
    assert results.sharing() == [0, 1]
    assert duplicates(list(results.submissions(results.sharing()))) == []


@pytest.mark.parametrize("index", [0, -1, slice(0, 2)])
def test_results_read_like_a_list_of_reports(index):
    subs = [_sub(n, "t", [f"k{n}"]) for n in range(3)]
    reports = [FileReport(s.path, schema="t") for s in subs]
    results = store.Results.of([store.pack(r, s) for r, s in zip(reports, subs)])
    assert len(results) == 3 and [r.path for r in results] == [r.path for r in reports]
    got = results[index]
    want = reports[index]
    assert (got if isinstance(got, list) else [got]) == (want if isinstance(want, list) else [want])


def test_the_json_written_as_the_run_goes_is_the_json_printed_at_the_end(tmp_path):
    """--output-json: the files' entries written as they are done (two workers: out of order)
    give the very text --format json prints; the summary and findings across files at the end."""
    import shutil
    import subprocess
    import sys

    folder = tmp_path / "in"
    shutil.copytree(DISTRICTS, folder)
    (folder / "坏文件.xlsx").write_bytes(b"not a workbook")  # an error entry among them
    out = tmp_path / "out" / "batch.json"
    cmd = [sys.executable, "-m", "xlrecon", "batch", str(folder), "--jobs", "2"]
    streamed = subprocess.run([*cmd, "--output-json", str(out)], capture_output=True, text=True, cwd=ROOT)
    printed = subprocess.run([*cmd, "--format", "json"], capture_output=True, text=True, cwd=ROOT)
    assert streamed.returncode == printed.returncode == 2, streamed.stderr
    assert out.read_text(encoding="utf-8") == printed.stdout
    assert "有问题的文件" in streamed.stdout  # the table view meanwhile
    assert [p.name for p in out.parent.iterdir()] == ["batch.json"]  # no temporary file left


def test_the_workers_write_each_files_json_as_the_parent_would(tmp_path, as_a_worker):
    """Each file's JSON is made by the worker that checked it (the parent only writes it out):
    the text is the library's report rendered at the end, byte for byte, error entries too."""
    import io
    import shutil

    from xlrecon import api
    from xlrecon.batches import run as br
    from xlrecon.render.json_out import dumps, file_text

    folder = tmp_path / "in"
    shutil.copytree(DISTRICTS, folder)
    (folder / "坏文件.xlsx").write_bytes(b"not a workbook")
    buf = io.StringIO()
    report = api.batch(folder, jobs=2, output_json=buf, lang="en")
    assert buf.getvalue() == dumps(report, "en") + "\n"
    as_a_worker(render="xlrecon.render.json_out:file_text", lang="en")
    packed = br.check_one(str(next(folder.glob("*.xlsx"))))
    assert packed.text and packed.text == file_text(packed.unpack()[0], "en")


def test_a_stream_given_files_in_any_order_writes_them_in_the_files_order():
    import io

    from xlrecon import api
    from xlrecon.render.json_out import Stream, dumps

    report = api.batch(DISTRICTS, jobs=1)
    buf = io.StringIO()
    stream = Stream(buf)
    assert len(report.files) == 5

    def written() -> list[str]:  # the files' entries written so far (a finding's "path" is deeper)
        return [line.split('"')[3] for line in buf.getvalue().splitlines() if line.startswith('      "path": ')]

    names = [f.path for f in report.files]
    for i, want in ((3, 0), (0, 1), (4, 1), (2, 1), (1, 5)):  # held until every file before it is in
        stream.add(i, report.files[i])
        assert written() == names[:want]
    stream.finish(report)
    assert buf.getvalue() == dumps(report)


def test_a_failed_run_leaves_no_json_file(tmp_path):
    import subprocess
    import sys

    out = tmp_path / "batch.json"
    done = subprocess.run([sys.executable, "-m", "xlrecon", "batch", str(DISTRICTS), "--against",
                           str(ROOT / "workbooks" / "hunan-2023-retail-targets.xlsx"), "--output-json", str(out)],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []
