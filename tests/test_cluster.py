"""`xlrecon batch --engine dask`: the files checked on a Dask cluster (a LocalCluster of two
worker processes here) give the local pool's findings, byte for byte; a worker killed in the
middle of a run, a file that kills every worker it meets, a file over the time limit, and a
run resumed from its manifest."""

from __future__ import annotations

import importlib.util
import os
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from conftest import ROOT, WORKBOOKS
from test_batch import endless_workbook

distributed = pytest.importorskip("distributed", reason="the dask extra (dask[distributed]) is not installed")

from xlrecon import api  # noqa: E402
from xlrecon.batches import cluster  # noqa: E402
from xlrecon.render.json_out import dumps  # noqa: E402

DISTRICTS = WORKBOOKS / "zhengzhou-2020-districts"


@pytest.fixture(scope="module", autouse=True)
def dask_threads_ended():
    """A Dask client leaves a thread running in this process once it is closed (distributed's
    "Dask-Offload" executor, made at import, started at first use); the pool forks workers only
    while a single thread runs (tests/test_workers.py), so after this module the thread is ended
    and a new, unstarted executor is left in its place."""
    yield
    from concurrent.futures import ThreadPoolExecutor

    from distributed import utils

    old = utils._offload_executor
    utils._offload_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="Dask-Offload")
    old.shutdown(wait=True)
    assert [t.name for t in threading.enumerate()] == ["MainThread"]


@pytest.fixture(scope="module")
def scheduler():
    """A LocalCluster of two worker processes and its address, given as ``--scheduler``, set up
    as the one ``--engine dask`` starts (a worker holds only the task it runs; a task is tried
    on three workers before it fails)."""
    import dask
    from distributed import LocalCluster

    with dask.config.set({"distributed.worker.daemon": False, "distributed.scheduler.allowed-failures": 2,
                          "distributed.scheduler.worker-saturation": 1.0}):
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                          silence_logs=50) as c:
            yield c.scheduler_address


def _bench_folder(tmp: Path, files: int) -> Path:
    """bench/batch.py's district folder (planted discrepancies, a resubmission), small."""
    spec = importlib.util.spec_from_file_location("bench_batch", ROOT / "bench" / "batch.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    districts, _, _ = bench.generate(tmp, files, 20, 50)
    return districts


@pytest.mark.parametrize("folder", ["samples", "districts", "bench"])
def test_the_cluster_finds_what_the_local_pool_finds(scheduler, tmp_path, folder):
    path = {"samples": WORKBOOKS, "districts": DISTRICTS}.get(folder) or _bench_folder(tmp_path, 260)
    local = api.batch(path, jobs=2)
    remote = api.batch(path, engine="dask", scheduler=scheduler)
    assert dumps(remote) == dumps(local)
    assert len(remote.files) == len(local.files) > 0
    if folder == "bench":  # the planted resubmission is found across files on both engines
        assert any(b.finding.rule == "batch.same-file" for b in remote.batch_findings)


def test_the_cli_starts_a_local_cluster_and_prints_the_same_json():
    cmd = [sys.executable, "-m", "xlrecon", "batch", str(DISTRICTS), "--format", "json", "--jobs", "2"]
    local = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=300)
    dask_run = subprocess.run([*cmd, "--engine", "dask"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert dask_run.returncode == local.returncode == 1, dask_run.stderr
    assert dask_run.stdout == local.stdout
    assert dask_run.stderr == ""  # the cluster's own log is not the user's


def test_a_file_over_the_time_limit_and_a_bad_file_on_the_cluster(scheduler, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(DISTRICTS / "郑州经开区.xlsx", folder)
    (folder / "notes.xlsx").write_text("这不是工作簿\n", encoding="utf-8")
    endless_workbook(folder / "endless.xlsx")
    report = api.batch(folder, engine="dask", scheduler=scheduler, timeout=3)
    codes = {Path(f.path).name: f.error.code if f.error else None for f in report.files}
    assert codes == {"endless.xlsx": "timeout", "notes.xlsx": "not-a-workbook", "郑州经开区.xlsx": None}
    assert report.files[[Path(f.path).name for f in report.files].index("郑州经开区.xlsx")].findings


def test_a_worker_killed_in_the_middle_of_a_run_and_the_run_still_complete(scheduler, tmp_path):
    from distributed import Client

    from xlrecon.batches import run as br

    folder = _bench_folder(tmp_path, 120)
    paths = sorted(folder.glob("*.xlsx"))
    with Client(scheduler) as client:  # closed before the run opens its own (one client at a time)
        before = set(client.run(os.getpid).values())
    killed: list[int] = []
    got: dict[int, object] = {}

    def arrived(index, packed):
        if not killed:  # at the first result: one worker dies while the groups are running
            pid = sorted(before)[0]
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)
        got[index] = packed

    cluster.run(paths, br.Options(), scheduler=scheduler, jobs=None, timeout=120, on_packed=arrived)
    results = [got[i].unpack()[0] for i in range(len(paths))]
    with Client(scheduler) as client:
        client.wait_for_workers(2, timeout=60)
        after = set(client.run(os.getpid).values())
    assert killed and killed[0] not in after  # the nanny started another in its place
    local = api.batch(folder, jobs=2)
    assert [r.to_dict() for r in results] == [r.to_dict() for r in local.files]
    assert all(f.error is None for f in results)


def test_a_file_that_kills_every_worker_is_its_own_error_and_no_other(scheduler, tmp_path, monkeypatch):
    """Its group fails on every worker it is given to, so its files go one by one: the one that
    kills the worker is reported as worker-failed, the others are checked."""
    import workerfns

    folder = tmp_path / "in"
    folder.mkdir()
    for f in sorted(DISTRICTS.glob("*.xlsx")):
        shutil.copy(f, folder)
    shutil.copy(DISTRICTS / "郑州经开区.xlsx", folder / "crash.xlsx")
    monkeypatch.setattr(cluster, "check_group", workerfns.group_that_kills_its_worker)
    monkeypatch.setattr(cluster, "GROUP", 3)  # the crashing file shares its group with others
    report = api.batch(folder, engine="dask", scheduler=scheduler)
    by_name = {Path(f.path).name: f for f in report.files}
    crashed = by_name.pop("crash.xlsx")
    assert crashed.error.code == "worker-failed" and "KilledWorker" in crashed.error.message()
    errors = {n: f.error.message() for n, f in by_name.items() if f.error is not None}
    assert len(by_name) == 5 and errors == {}


def test_a_run_resumed_from_its_manifest_checks_only_what_is_left(tmp_path):
    """A manifest records each file as it is done; given again, the unchanged files' results are
    taken from it (the same JSON), a changed file is checked again, other options are refused."""
    folder = tmp_path / "in"
    shutil.copytree(DISTRICTS, folder)
    manifest = tmp_path / "run.manifest"
    first = api.batch(folder, jobs=2, resume=manifest)
    seen: list[str] = []
    again = api.batch(folder, jobs=2, resume=manifest, engine="dask", on_file=lambda f: seen.append(f.path))
    assert dumps(again) == dumps(first) and len(seen) == 5
    # a file changed since: checked again (its new figures), the others taken as recorded
    import openpyxl

    path = folder / "郑州经开区.xlsx"
    wb = openpyxl.load_workbook(path)
    wb.active["A1"] = wb.active["A1"].value
    wb.save(path)
    calls: list[str] = []
    from xlrecon.batches import run as br

    real = br.run

    def counting(pool, paths, **kw):
        calls.extend(str(p) for p in paths)
        return real(pool, paths, **kw)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(br, "run", counting)
        third = api.batch(folder, jobs=1, resume=manifest)
    assert calls == [str(path)]
    assert dumps(third) == dumps(api.batch(folder, jobs=1))
    from xlrecon.errors import XlreconError

    with pytest.raises(XlreconError) as exc:
        api.batch(folder, jobs=1, resume=manifest, schema="unit-reserve")
    assert exc.value.code == "bad-manifest" and "--schema" in exc.value.message()


def test_a_manifest_cut_short_by_an_interruption_is_taken_as_far_as_it_goes(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(DISTRICTS, folder)
    manifest = tmp_path / "run.manifest"
    full = api.batch(folder, jobs=1, resume=manifest)
    data = manifest.read_bytes()
    manifest.write_bytes(data[: len(data) - 100])  # the last record half written
    calls: list[str] = []
    from xlrecon.batches import run as br

    real = br.run

    def counting(pool, paths, **kw):
        calls.extend(str(p) for p in paths)
        return real(pool, paths, **kw)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(br, "run", counting)
        again = api.batch(folder, jobs=1, resume=manifest)
    assert len(calls) == 1 and dumps(again) == dumps(full)
    assert manifest.stat().st_size == len(data)  # the cut record dropped, the file's recorded anew
    for junk in (b"", b"not a manifest"):
        bad = tmp_path / "bad.manifest"
        bad.write_bytes(junk)
        if junk:
            from xlrecon.errors import XlreconError

            with pytest.raises(XlreconError) as exc:
                api.batch(folder, jobs=1, resume=bad)
            assert exc.value.code == "bad-manifest"


def test_the_engine_needs_dask_and_a_reachable_scheduler(tmp_path):
    out = subprocess.run([sys.executable, "-m", "xlrecon", "batch", str(DISTRICTS), "--engine", "dask",
                          "--scheduler", "tcp://127.0.0.1:9", "--format", "json"],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert "tcp://127.0.0.1:9" in out.stderr and "Dask" in out.stderr
    out = subprocess.run([sys.executable, "-m", "xlrecon", "batch", str(DISTRICTS), "--scheduler", "tcp://x:1"],
                         capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.returncode == 2 and "--engine dask" in out.stderr
