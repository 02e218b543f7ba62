"""A batch's files checked on a Dask cluster (``xlrecon batch --engine dask``).

The files go to the cluster in groups (:func:`group_size`: a few hundred a task, since one
task per file costs Dask more than checking the file). Each Dask worker checks a group as the
local pool does: in a worker process of its own (:class:`xlrecon.batches.workers.Pool`, one
per Dask worker, kept for its next group), one file at a time, so the per-file time limit and
a crash on one file (that file's ``timeout`` / ``worker-failed`` error, the group goes on) hold
on the cluster too; the group's results come back packed (:mod:`xlrecon.batches.store`), the
same bytes as the local pool's. When a Dask worker dies under a group (killed, its machine
gone), Dask gives the group to another worker; a group that still fails is split and its files
sent one by one, so that one file that kills every worker it meets is that file's
``worker-failed`` error and no other's. The checks across files then run here, where the
results arrive, as after a local run.

Without a scheduler address, a ``LocalCluster`` of ``jobs`` worker processes is started (and
stopped at the end). A remote cluster's workers need xlrecon installed, and read the files
by the paths given here (a shared folder).
"""

from __future__ import annotations

import logging
import math
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from xlrecon.errors import XlreconError

if TYPE_CHECKING:
    from xlrecon.batches.store import Packed

#: files per task at most; fewer when a batch is small, so that every worker has some
GROUP = 200
#: times a file is sent alone after its group failed, before the workers' deaths are its error
SINGLE_TRIES = 2

_pool: Any = None  # this Dask worker's own worker process (a Pool), and the options it was set up with
_pool_options: Any = None
_pool_lock = threading.Lock()


def group_size(files: int, workers: int) -> int:
    """Files per task: at most GROUP, and at least four tasks per worker where there are files enough."""
    return max(1, min(GROUP, math.ceil(files / max(1, 4 * workers))))


def check_group(options: Any, paths: list[str], timeout: float | None) -> list[Packed]:
    """A Dask task: ``paths`` checked one by one in this Dask worker's own worker process, each
    within ``timeout`` seconds; their packed results in order."""
    global _pool, _pool_options
    import multiprocessing as mp

    from xlrecon.batches import workers
    from xlrecon.batches.store import failed

    with _pool_lock:  # a Dask worker with several threads runs its groups one after the other
        if _pool is None or _pool_options != options:
            if _pool is not None:
                _pool.close()
            me = mp.current_process()
            if me.daemon:
                # a Dask worker runs as a daemonic process, which multiprocessing forbids children
                # (a daemon is ended without cleaning up after it); xlrecon's workers end with
                # their parent (PR_SET_PDEATHSIG, see workers._die_with_parent), so one is allowed
                me._config["daemon"] = False  # type: ignore[attr-defined]
            _pool = workers.Pool("xlrecon.batches.run:check_one", jobs=1,
                                 init=("xlrecon.batches.run:setup", (options,)), preload="xlrecon.batches.run:preload")
            _pool_options = options
        out: list[Packed | None] = [None] * len(paths)

        def outcome(o: workers.Outcome) -> None:
            out[o.index] = o.result if o.kind == workers.DONE else failed(paths[o.index], o.kind, o.detail)

        _pool.run(paths, timeout=timeout, on_outcome=outcome)
    return [p for p in out if p is not None]


def run(paths: list[str] | list[Path], options: Any, *, scheduler: str | None, jobs: int | None,
        timeout: float | None, on_packed: Callable[[int, Packed], None]) -> None:
    """Check ``paths`` on the cluster at ``scheduler`` (a LocalCluster of ``jobs`` workers when
    None); ``on_packed(index, packed)`` with each file's result as it arrives, as
    :func:`xlrecon.batches.run.run` does."""
    try:
        import dask
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise XlreconError("no-dask", file="") from None
    from xlrecon.batches import workers
    from xlrecon.batches.store import failed

    files = [str(p) for p in paths]
    limit = timeout if timeout and timeout > 0 else None
    cluster = None
    # (for a LocalCluster started here) a worker holds only the task it runs, so that a worker
    # killed under one group takes no other group with it; a group tried on three workers that
    # all died is split (see the module's docstring)
    with dask.config.set({"distributed.worker.daemon": False, "distributed.scheduler.allowed-failures": 2,
                          "distributed.scheduler.worker-saturation": 1.0}):
        try:
            if scheduler is None:
                # the workers' own log (a heartbeat missed while the cluster stops) is not the
                # user's: what a file met is in its report, a worker that died in the results
                cluster = LocalCluster(n_workers=max(1, jobs or workers.default_jobs()), threads_per_worker=1,
                                       processes=True, dashboard_address=":0", silence_logs=logging.CRITICAL)
            client = Client(cluster if cluster is not None else scheduler, timeout=30)
        except (OSError, TimeoutError, ValueError) as exc:
            if cluster is not None:
                cluster.close()
            raise XlreconError("no-scheduler", file=scheduler or "LocalCluster", detail=str(exc)) from None
        try:
            n = max(1, len(client.scheduler_info().get("workers", {})))
            size = group_size(len(files), n)
            groups = {}
            for start in range(0, len(files), size):
                ks = list(range(start, min(start + size, len(files))))
                groups[client.submit(check_group, options, [files[k] for k in ks], limit, pure=False)] = ks
            tries: dict[int, int] = {}  # a file sent alone: how often
            done = as_completed(list(groups), with_results=False)
            for fut in done:
                ks = groups.pop(fut)
                if fut.status == "finished":
                    results = fut.result()
                elif len(ks) > 1 or tries.get(ks[0], 0) < SINGLE_TRIES:
                    # the group's workers died: its files one by one (a file alone is sent again
                    # too, since on a remote cluster a worker may die under the task beside it)
                    for k in ks:
                        tries[k] = tries.get(k, 0) + 1
                        single = client.submit(check_group, options, [files[k]], limit, pure=False)
                        groups[single] = [k]
                        done.add(single)
                    continue
                else:  # one file that every worker it met died under
                    results = [failed(files[ks[0]], workers.CRASHED, _reason(fut))]
                for k, p in zip(ks, results):
                    on_packed(k, p)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()


def _reason(fut: Any) -> str:
    """Why a task failed, as its exception's name (KilledWorker: every worker it ran on died)."""
    try:
        exc = fut.exception()
    except Exception as e:  # noqa: BLE001 - the reason is only said
        exc = e
    return type(exc).__name__
