"""Worker processes: results in order, and a task that raises, kills its worker or hangs
is reported as such while the other tasks still run (real processes, real time limits)."""

from __future__ import annotations

from xlrecon import workers


def test_results_come_back_in_order_from_several_workers():
    seen = []
    out = workers.run("workerfns:echo", list(range(20)), jobs=2, on_outcome=lambda o: seen.append(o.index))
    assert [o.result for o in out] == [2 * i for i in range(20)]
    assert all(o.kind == workers.DONE for o in out) and sorted(seen) == list(range(20))


def test_a_raising_a_crashing_and_a_hanging_task_do_not_stop_the_others():
    tasks = ["a", "raise", "b", "crash", "c", "hang", "d"]
    out = workers.run("workerfns:behave", tasks, jobs=2, timeout=2)
    kinds = [o.kind for o in out]
    assert kinds == ["done", "failed", "done", "crashed", "done", "timeout", "done"]
    assert [o.result for o in out if o.kind == "done"] == ["a", "b", "c", "d"]
    assert "ValueError: bad input" in out[1].detail
    assert out[3].detail == "exit code 3"
    assert out[5].seconds >= 2


def test_no_tasks_start_no_workers():
    assert workers.run("workerfns:echo", []) == []


def test_workers_that_never_start_end_the_run_instead_of_hanging(monkeypatch):
    import pytest

    monkeypatch.setattr(workers, "STARTUP_LIMIT", 2.0)
    with pytest.raises(workers.WorkersFailed, match="not ready after 2 s"):
        workers.run("workerfns:echo", [1, 2], jobs=2, init=("workerfns:slow_start", ()))


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
    import pytest

    with workers.Pool("workerfns:echo", jobs=0) as pool:
        assert pool.workers == [] and pool.run([]) == []
        with pytest.raises(workers.WorkersFailed, match="no worker"):
            pool.run([1])


def test_released_workers_exit_while_the_caller_goes_on_and_run_no_more_tasks():
    """release() tells the workers to exit without waiting for them (the parent reconciles the
    files meanwhile); the pool then refuses tasks, and close() waits for the exits."""
    import time

    import pytest

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
