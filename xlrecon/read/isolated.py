"""Reading a workbook whose reader may end the process, in a child process.

python-calamine's readers of .xls, .xlsb and .ods allocate a sheet's whole rectangle before
anything here can look at its extent (an .ods row repeated 9,000 times over 10,000 columns asks
for 2 GB and aborts under a memory limit); for .xlsx and .xlsm the extent is checked first
(:mod:`xlrecon.read.limits`) and they are read in the process. A file of those formats is read
in a forked child that sends its sheets back; a child that dies (an abort, the kernel's
out-of-memory killer) is that file's ``read-error``, and the run goes on with the next file.
A batch's workers are separate processes already and read in place (:data:`isolate` False).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any

from xlrecon.errors import XlreconError

#: formats whose reader cannot be bounded before it allocates
RISKY = frozenset({".xls", ".xlsb", ".ods"})
#: read risky formats in a child process (False in a batch's workers, which are children already)
isolate = True


def read(path: str, notes: list, reader: Callable[[list], Any]) -> Any:
    """``reader(notes)``, in a forked child when the file's format is risky; the notes the reader
    leaves are added to ``notes``. Raises what the reader raised, or ``read-error`` when the
    child ended without an answer."""
    if not isolate or Path(path).suffix.lower() not in RISKY or "fork" not in multiprocessing.get_all_start_methods():
        return reader(notes)
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(send, reader), daemon=True)
    child.start()
    send.close()
    try:
        answer = receive.recv()
    except (EOFError, OSError):
        answer = None
    finally:
        receive.close()
        child.join()
    if answer is None:
        code = child.exitcode
        why = (f"signal {-code} ({signal.Signals(-code).name})" if code is not None and code < 0
               and -code in signal.valid_signals() else f"exit code {code}")
        raise XlreconError("read-error", file=path, detail=f"the reader ended abnormally ({why})")
    ok, value, left = answer
    notes.extend(left)
    if not ok:
        if not value.params.get("file"):
            value.params["file"] = path
        raise value
    return value


def _child(send: Any, reader: Callable[[list], Any]) -> None:
    notes: list = []
    try:
        try:
            answer = (True, reader(notes), notes)
        except XlreconError as exc:
            answer = (False, exc, notes)
        except Exception as exc:  # noqa: BLE001 - said as the file's error, as in the process
            answer = (False, XlreconError("read-error", file="", detail=f"{type(exc).__name__}: {exc}"), notes)
        send.send(answer)
    finally:
        send.close()
        os._exit(0)  # no clean-up of the parent's state in the child
