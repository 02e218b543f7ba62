"""Worker processes: results in order, and a task that raises, kills its worker or hangs
is reported as such while the other tasks still run (real processes, real time limits)."""

from __future__ import annotations

import sys
import threading

import pytest

from xlrecon.batches import workers

#: both ways a worker starts; forking is tried only where it is used (Linux)
METHODS = [pytest.param("fork", marks=pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="workers are forked only on Linux")), "spawn"]


@pytest.fixture
def other_thread():
    """Another thread running in this process while the test runs (as a progress bar's does)."""
    stop = threading.Event()
    t = threading.Thread(target=stop.wait, daemon=True)
    t.start()
    yield t
    stop.set()
    t.join()


@pytest.mark.parametrize("method", METHODS)
def test_results_come_back_in_order_from_several_workers(method):
    seen = []
    out = workers.run("workerfns:echo", list(range(20)), jobs=2, on_outcome=lambda o: seen.append(o.index),
                      method=method)
    assert [o.result for o in out] == [2 * i for i in range(20)]
    assert all(o.kind == workers.DONE for o in out) and sorted(seen) == list(range(20))


@pytest.mark.parametrize("method", METHODS)
def test_a_raising_a_crashing_and_a_hanging_task_do_not_stop_the_others(method):
    tasks = ["a", "raise", "b", "crash", "c", "hang", "d"]
    out = workers.run("workerfns:behave", tasks, jobs=2, timeout=2, method=method)
    kinds = [o.kind for o in out]
    assert kinds == ["done", "failed", "done", "crashed", "done", "timeout", "done"]
    assert [o.result for o in out if o.kind == "done"] == ["a", "b", "c", "d"]
    assert "ValueError: bad input" in out[1].detail
    assert out[3].detail == "exit code 3"
    assert out[5].seconds >= 2


def test_no_tasks_start_no_workers():
    assert workers.run("workerfns:echo", []) == []


@pytest.mark.parametrize("method", METHODS)
def test_workers_that_never_start_end_the_run_instead_of_hanging(monkeypatch, method):
    monkeypatch.setattr(workers, "STARTUP_LIMIT", 2.0)
    with pytest.raises(workers.WorkersFailed, match="not ready after 2 s"):
        workers.run("workerfns:echo", [1, 2], jobs=2, init=("workerfns:slow_start", ()), method=method)


@pytest.mark.parametrize("method", METHODS)
def test_workers_whose_task_module_does_not_import_end_the_run(method):
    with pytest.raises(workers.WorkersFailed, match="exit code 1"):
        workers.run("no_such_module_here:fn", [1, 2], jobs=1, method=method)


def test_tasks_waiting_behind_a_hung_or_crashed_task_are_run_by_the_next_worker():
    """A worker is handed the next task while it works on one (IN_FLIGHT); when the one it
    works on hangs or kills it, the task waiting in its pipe is not lost but run again."""
    assert workers.IN_FLIGHT >= 2
    out = workers.run("workerfns:behave", ["a", "hang", "b", "crash", "c"], jobs=1, timeout=2)
    assert [o.kind for o in out] == ["done", "timeout", "done", "crashed", "done"]
    assert [o.result for o in out if o.kind == "done"] == ["a", "b", "c"]
    assert out[1].seconds >= 2 and out[1].seconds < 10


def test_a_pool_starts_its_workers_before_the_tasks_and_stops_them_all():
    """Workers boot while the parent prepares the run; idle ones (more workers than tasks)
    are stopped with the others, and a second run reuses the same processes."""
    with workers.Pool("workerfns:pid", jobs=2) as pool:
        procs = [w.proc for w in pool.workers]
        assert all(p.is_alive() for p in procs)  # started with no task handed out yet
        first = pool.run(["x"])
        second = pool.run(list(range(6)))
        assert [o.kind for o in first + second] == ["done"] * 7
        assert {o.result for o in first + second} <= {p.pid for p in procs}
    assert not any(p.is_alive() for p in procs) and pool.workers == []


def test_a_pool_of_no_workers_runs_no_tasks_and_refuses_some():
    with workers.Pool("workerfns:echo", jobs=0) as pool:
        assert pool.workers == [] and pool.run([]) == []
        with pytest.raises(workers.WorkersFailed, match="no worker"):
            pool.run([1])


def test_released_workers_exit_while_the_caller_goes_on_and_run_no_more_tasks():
    """release() tells the workers to exit without waiting for them (the parent reconciles the
    files meanwhile); the pool then refuses tasks, and close() waits for the exits."""
    import time

    with workers.Pool("workerfns:pid", jobs=2) as pool:
        assert [o.kind for o in pool.run(list(range(4)))] == ["done"] * 4
        procs = [w.proc for w in pool.workers]
        t = time.monotonic()
        pool.release()
        assert time.monotonic() - t < 0.5  # not waited for
        for p in procs:
            p.join(timeout=10)
        assert not any(p.is_alive() for p in procs)  # they exited on their own
        with pytest.raises(workers.WorkersFailed, match="released"):
            pool.run([1])
    assert pool.workers == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked only on Linux")
def test_workers_are_forked_on_linux_while_one_thread_runs_and_spawned_once_another_does(other_thread):
    """Forking a process that runs threads can deadlock the child (a lock held by another
    thread stays held in it): with a second thread alive, workers are spawned."""
    with workers.Pool("workerfns:echo", jobs=1) as pool:
        assert pool.method == "spawn" and [w.method for w in pool.workers] == ["spawn"]
        assert [o.result for o in pool.run([1, 2])] == [2, 4]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked only on Linux")
def test_a_worker_replaced_while_another_thread_runs_is_spawned():
    """A pool forked while one thread ran; a progress bar's thread starts; a task hangs and its
    worker is replaced: the new one is spawned, and the tasks after the hung one still run."""
    with workers.Pool("workerfns:behave", jobs=1) as pool:
        assert pool.method == "fork" and [w.method for w in pool.workers] == ["fork"]
        stop = threading.Event()
        t = threading.Thread(target=stop.wait, daemon=True)
        t.start()
        try:
            out = pool.run(["a", "hang", "b"], timeout=2)
            assert [o.kind for o in out] == ["done", "timeout", "done"]
            assert [w.method for w in pool.workers] == ["spawn"]
        finally:
            stop.set()
            t.join()


@pytest.mark.parametrize("method", METHODS)
def test_the_preload_runs_in_the_parent_before_forking_and_not_for_spawned_workers(method):
    """A forked worker starts with what the parent imported for it (the preload); a spawned
    one imports what it needs itself, and the parent does not run the preload for nothing."""
    sys.modules.pop("colorsys", None)
    with workers.Pool("workerfns:loaded", jobs=1, preload="workerfns:load_colorsys", method=method) as pool:
        [o] = pool.run(["colorsys"])
    assert o.result is (method == "fork")
    assert ("colorsys" in sys.modules) is (method == "fork")


@pytest.mark.parametrize("method", METHODS)
def test_a_task_handed_to_a_worker_that_has_exited_is_run_by_the_next_one(method):
    """A worker may exit (a task killed it) just before the pool hands it the next task: the
    hand-over fails instead of raising, the task is not lost nor reported as crashed, and the
    worker is replaced."""
    with workers.Pool("workerfns:behave", jobs=1, method=method) as pool:
        assert [o.kind for o in pool.run(["a"])] == ["done"]
        [w] = pool.workers
        w.proc.kill()
        w.proc.join()
        assert w.give(0, "b") is False and w.gone and not w.tasks
        out = pool.run(["b", "c"])
        assert [(o.kind, o.result) for o in out] == [("done", "b"), ("done", "c")]
        assert pool.workers[0] is not w
