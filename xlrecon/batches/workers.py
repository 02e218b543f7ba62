"""Worker processes for a batch: tasks run one at a time in each worker, a time limit per task.

A workbook that hangs the reader (a stalled network share, a pathological file) or
kills it (a crash, memory exhausted) must not stop a run of a thousand files. Each
worker is a separate process with its own pipe; the parent hands it a task and the next
one (``IN_FLIGHT``), waits on its pipe and its process sentinel, and when the task it runs
outlives ``timeout`` (counted from when the task before it ended) the worker is killed, the
task is reported as timed out, a fresh worker takes its place and the task that waited
behind it is handed out again. A :class:`Pool` starts its workers before it is given the
tasks, so that they boot (imports, initializer) while the parent still prepares the run.

How a worker starts (:func:`start_method`): on Linux, while this process runs a single
thread, it is forked from the parent, after the parent has imported what the workers need
(the task's and initializer's modules, and ``preload``): a worker then starts with them
loaded, in a few milliseconds, instead of booting an interpreter and importing them again
(a tenth to a fifth of a second each, on the same cores, plus multiprocessing's resource
tracker). Elsewhere (Windows, where Excel users are, and macOS, where forking is unsafe),
or once another thread runs here (forking a process that runs threads can deadlock the
child), workers are spawned: a fresh interpreter each. Either way a task function must be
importable: a module-level function, named by "module:function".
"""

from __future__ import annotations

import importlib
import multiprocessing as mp
import os
import sys
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

#: seconds a worker may take to start (imports, the initializer) before the run gives up
STARTUP_LIMIT = 300.0
#: outcome kinds a task can end with
DONE, FAILED, TIMEOUT, CRASHED = "done", "failed", "timeout", "crashed"


@dataclass(slots=True)
class Outcome:
    """How one task ended: its result (``done``), a traceback (``failed``: the task function
    raised), or ``timeout`` / ``crashed`` (the worker was killed or died)."""

    index: int
    kind: str
    result: Any = None
    detail: str = ""
    seconds: float = 0.0


class WorkersFailed(Exception):
    """Worker processes die before taking any task: the run cannot go on."""


def default_jobs() -> int:
    """The machine's cores, as the process may use them."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not on Linux
        return max(1, os.cpu_count() or 1)


def start_method() -> str:
    """``fork`` on Linux while this process runs one thread, ``spawn`` otherwise."""
    return "fork" if sys.platform.startswith("linux") and threading.active_count() == 1 else "spawn"


def resolve(name: str) -> Callable[..., Any]:
    """The function a "module:function" names, its module imported."""
    module, _, fn = name.partition(":")
    return getattr(importlib.import_module(module), fn)


def _import(name: str) -> None:
    """Import a "module:function"'s module, or a module; a module that fails to import is
    left to the workers, which report it as they would when spawned (they die at start)."""
    try:
        importlib.import_module(name.partition(":")[0])
    except Exception:  # noqa: BLE001 - reported by the workers
        pass


def _die_with_parent(sig: int) -> None:
    """On Linux, have the kernel send ``sig`` to this worker when its parent dies (a parent killed
    by a timeout or ``kill -9`` must not leave workers behind, stuck on a file for ever)."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    parent = os.getppid()
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, sig, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def _serve(conn: Connection, target: str, init: tuple[str, tuple] | None) -> None:
    """A worker's loop: run the initializer once, then one task per message until None.
    Ctrl-C is the parent's to handle (it stops the workers), so a worker ignores it."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent(signal.SIGKILL)
    fn = resolve(target)
    if init is not None:
        resolve(init[0])(*init[1])
    conn.send(("ready", None, None))
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        index, arg = msg
        try:
            conn.send((DONE, index, fn(arg)))
        except BaseException:  # noqa: BLE001 - a task's failure is its outcome, the worker goes on
            conn.send((FAILED, index, traceback.format_exc(limit=20)))


#: tasks handed to a worker at once: the next one waits in its pipe while it works, so it
#: never idles for the round trip to the parent between two short tasks
IN_FLIGHT = 2


class _Worker:
    def __init__(self, ctx: Any, target: str, init: tuple[str, tuple] | None) -> None:
        self.method = ctx.get_start_method()
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(child, target, init), daemon=True)
        self.proc.start()
        child.close()
        self.tasks: deque[int] = deque()  # handed over, in the order the worker runs them
        self.started = 0.0  # when the first of them started (its time limit runs from here)
        self.born = time.monotonic()
        self.ready = False
        self.gone = False  # a task could not be handed over: the worker has exited

    @property
    def task(self) -> int | None:
        """The task the worker is running now."""
        return self.tasks[0] if self.tasks else None

    def give(self, index: int, arg: Any) -> bool:
        """Hand a task over; False when the worker has exited meanwhile (its pipe is closed:
        the task it was running killed it), which its sentinel then tells the pool."""
        try:
            self.conn.send((index, arg))
        except OSError:
            self.gone = True
            return False
        if not self.tasks:
            self.started = time.monotonic()
        self.tasks.append(index)
        return True

    def ask_to_stop(self, kill: bool = False) -> None:
        """Kill the worker, or tell it to exit after its task (it finishes on its own)."""
        if kill:
            self.proc.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                pass

    def done(self) -> None:
        """The running task ended: the next one starts now."""
        self.tasks.popleft()
        self.started = time.monotonic()

    def stop(self, kill: bool = False) -> None:
        self.ask_to_stop(kill)
        self.wait_stopped()

    def wait_stopped(self) -> None:
        """Wait for the worker to exit (killed if it has not after 5 seconds)."""
        self.proc.join(timeout=5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


class Pool:
    """``jobs`` worker processes (default: the cores), started at once (each runs ``init``
    and then waits for tasks), so that they boot while the parent still prepares the run;
    :meth:`run` hands them the tasks. Use it as a context manager: leaving it stops the workers (kills
    them if they are busy, on an error or Ctrl-C)."""

    def __init__(self, target: str, *, jobs: int | None = None, init: tuple[str, tuple] | None = None,
                 preload: str | None = None, method: str | None = None) -> None:
        """``preload``: a "module:function" the parent runs before it forks the first worker
        (imports the workers need beyond the task's and the initializer's modules); not run
        when the workers are spawned. ``method``: ``fork`` or ``spawn`` (default:
        :func:`start_method`)."""
        self.method = method or start_method()
        self.target, self.init = target, init
        self.released = False  # the workers were told to exit
        n = default_jobs() if jobs is None else max(0, jobs)
        if n and self.method == "fork":
            for name in (target, *([init[0]] if init else [])):
                _import(name)
            if preload is not None:
                resolve(preload)()
        self.workers = [self._start() for _ in range(n)]

    def _start(self) -> _Worker:
        # a worker that replaces one mid-run is spawned if a thread (a progress bar's) runs by then
        method = self.method if self.method != "fork" or start_method() == "fork" else "spawn"
        return _Worker(mp.get_context(method), self.target, self.init)

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def release(self) -> None:
        """Tell the workers to exit (killing any still busy or booting) without waiting for them:
        they exit while the caller goes on, and :meth:`close` waits for them."""
        if not self.released:
            for w in self.workers:
                w.ask_to_stop(kill=w.task is not None or not w.ready)
            self.released = True

    def close(self) -> None:
        """Stop the workers: all are told first, so that they exit side by side."""
        self.release()
        for w in self.workers:
            w.wait_stopped()
        self.workers = []

    def run(self, args: Iterable[Any], *, timeout: float | None = None,
            on_outcome: Callable[[Outcome], None] | None = None, keep: bool = True) -> list[Outcome]:
        """Run the target on every arg; the outcomes in the order of ``args``. ``timeout``:
        seconds per task (None or 0: no limit). ``on_outcome`` is called in this process
        as each task ends (for a progress bar). Workers left without a task stay idle.
        ``keep=False``: the outcomes are only given to ``on_outcome``, not kept (a batch of
        300,000 files keeps its results packed instead), and the list returned is empty."""
        tasks = list(args)
        outcomes: list[Outcome | None] = [None] * len(tasks)
        if not tasks:
            return []
        if not self.workers:
            raise WorkersFailed("no worker to run the tasks")
        if self.released:
            raise WorkersFailed("the workers were released")
        workers = self.workers
        n = len(workers)
        limit = timeout if timeout and timeout > 0 else None
        queue = deque(range(len(tasks)))
        early_deaths = 0

        def finish(o: Outcome) -> None:
            if keep:
                outcomes[o.index] = o
            if on_outcome is not None:
                on_outcome(o)

        def replace(k: int) -> None:
            """Stop worker k (killed) and start another; the tasks waiting in its pipe go back first in line."""
            w = workers[k]
            queue.extendleft(reversed(list(w.tasks)[1:]))
            w.tasks.clear()
            w.stop(kill=True)
            workers[k] = self._start()

        try:
            while queue or any(w.task is not None for w in workers):
                for w in workers:
                    while w.ready and not w.gone and len(w.tasks) < IN_FLIGHT and queue:
                        i = queue.popleft()
                        if not w.give(i, tasks[i]):
                            queue.appendleft(i)  # for the next worker
                now = time.monotonic()
                deadlines = [w.started + limit for w in workers if w.task is not None and limit]
                deadlines += [w.born + STARTUP_LIMIT for w in workers if not w.ready]
                wait_for = max(0.0, min(deadlines) - now) if deadlines else None
                ready = wait([w.conn for w in workers] + [w.proc.sentinel for w in workers], timeout=wait_for)
                for k, w in enumerate(workers):
                    if w.conn in ready:
                        try:
                            kind, index, payload = w.conn.recv()
                        except (EOFError, OSError):
                            kind = None  # the worker died mid-message: handled as a crash below
                        if kind == "ready":
                            w.ready = True
                            continue
                        if kind in (DONE, FAILED):
                            took = time.monotonic() - w.started
                            finish(Outcome(index, kind, payload if kind == DONE else None,
                                           payload if kind == FAILED else "", took))
                            w.done()
                            continue
                    if (w.proc.sentinel in ready or w.conn in ready) and not w.proc.is_alive():
                        code = w.proc.exitcode
                        if w.task is not None:
                            finish(Outcome(w.task, CRASHED, detail=f"exit code {code}",
                                           seconds=time.monotonic() - w.started))
                        elif not w.ready:
                            early_deaths += 1
                            if early_deaths > 2 * n:
                                raise WorkersFailed(f"exit code {code}")
                        replace(k)
                now = time.monotonic()
                if any(not w.ready and now - w.born > STARTUP_LIMIT for w in workers):
                    raise WorkersFailed(f"not ready after {STARTUP_LIMIT:g} s")
                if limit:
                    for k, w in enumerate(workers):
                        if w.task is not None and now - w.started > limit:
                            finish(Outcome(w.task, TIMEOUT, detail=f"{limit:g}", seconds=now - w.started))
                            replace(k)
        except BaseException:
            self.close()
            raise
        return [o for o in outcomes if o is not None]


def run(target: str, args: Iterable[Any], *, jobs: int | None = None, timeout: float | None = None,
        init: tuple[str, tuple] | None = None, on_outcome: Callable[[Outcome], None] | None = None,
        method: str | None = None) -> list[Outcome]:
    """Run ``target(arg)`` for every arg in worker processes; return the outcomes in the
    order of ``args``. ``timeout``: seconds per task (None or 0: no limit). ``init``: a
    "module:function" and its arguments, run once in each worker before its first task.
    ``on_outcome`` is called in this process as each task ends (for a progress bar).
    ``method``: as for :class:`Pool`."""
    tasks = list(args)
    if not tasks:
        return []
    with Pool(target, jobs=min(jobs or default_jobs(), len(tasks)), init=init, method=method) as pool:
        return pool.run(tasks, timeout=timeout, on_outcome=on_outcome)
