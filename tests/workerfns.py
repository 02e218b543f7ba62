"""Task functions for tests/test_workers.py: a worker imports them by name ("workerfns:...")."""

from __future__ import annotations

import os
import time


def echo(x):
    return x * 2


def behave(x):
    """ok → a result; raise → an exception; crash → the process dies; hang → never returns."""
    if x == "raise":
        raise ValueError("bad input")
    if x == "crash":
        os._exit(3)
    if x == "hang":
        time.sleep(3600)
    return x


def slow_start(*_):
    time.sleep(3600)


def pid(_):
    return os.getpid()


def loaded(name):
    """Whether a module is loaded in the worker (without importing it)."""
    import sys

    return name in sys.modules


def load_colorsys():
    """A preload: imports a module nothing else here imports."""
    import colorsys  # noqa: F401


def group_that_kills_its_worker(options, paths, timeout):
    """A Dask task (tests/test_cluster.py) standing in for cluster.check_group: a group holding a
    file named crash* kills the Dask worker it runs on (whether alone or with others), as a file
    that crashes the whole worker process would; any other group is checked as usual."""
    if any("crash" in os.path.basename(p) for p in paths):
        os._exit(9)
    from xlrecon.batches.cluster import check_group

    return check_group(options, paths, timeout)
