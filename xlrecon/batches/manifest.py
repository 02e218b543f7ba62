"""What a batch run has done, kept in a file, so that an interrupted run resumes (``--resume``).

The manifest starts with what the run was asked (the template, last round's files, region
files, annotation: :class:`xlrecon.batches.run.Options` without the language, which only the
messages are in) and then holds one record per checked file as it is done: its path, its size
and modification time when the run began, and its packed result
(:class:`xlrecon.batches.store.Packed`). A run given the manifest again takes the results of
the files that are unchanged since and checks only the others; a run asked something else is
refused (``bad-manifest``), since its results would not be this run's. A record cut short by
the interruption is dropped and its file checked again.

Records are pickles, as the workers' results are: a manifest is trusted as the program is (a
file of the user's own run, never one received from elsewhere).
"""

from __future__ import annotations

import dataclasses
import os
import pickle
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from xlrecon.errors import XlreconError

if TYPE_CHECKING:
    from xlrecon.batches.store import Packed

MAGIC = b"xlrecon batch manifest 1\n"
_LEN = struct.Struct("<Q")

Stamp = tuple[int, int]  # size, modification time (ns)


#: the options as the command line names them
_OPTION_NAMES = {"schema": "--schema", "previous": "--previous", "regions": "--regions", "annotate": "--annotate",
                 "output": "--output", "root": "DIR", "xlrecon": "xlrecon version", "records": "manifest format"}
#: the form of the records (a file's facts): a manifest written in another is not read
RECORDS = 2


def stamp(path: str | os.PathLike[str]) -> Stamp | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def _asked(options: Any) -> dict[str, Any]:
    out = dataclasses.asdict(options)
    out.pop("lang")
    out.pop("render")  # how this run shows the results, not what they are
    from xlrecon import __version__

    return {"xlrecon": __version__, "records": RECORDS, **out}


class Manifest:
    """An open manifest: :meth:`done` the results it already holds, :meth:`record` each new one."""

    def __init__(self, path: str | os.PathLike[str], options: Any) -> None:
        self.path = Path(path)
        self.asked = _asked(options)
        self.held: dict[str, tuple[Stamp, Packed]] = {}
        end = 0
        exists = self.path.exists()
        try:
            if exists:
                with open(self.path, "rb") as fh:
                    end = self._read(fh)
            self.fh = open(self.path, "r+b" if exists else "wb")
            if exists:
                self.fh.truncate(end)  # a record cut short by the interruption is dropped
                self.fh.seek(end)
            else:
                self.fh.write(MAGIC)
                self._write(self.asked)
        except OSError as exc:
            raise XlreconError("bad-manifest", file=str(self.path), what="unreadable", detail=str(exc)) from None

    def _read(self, fh: Any) -> int:
        """The records of an existing manifest into ``held``; the offset after the last whole one."""
        if fh.read(len(MAGIC)) != MAGIC:
            raise XlreconError("bad-manifest", file=str(self.path), what="not_manifest")
        records = _records(fh, len(MAGIC))
        first = next(records, None)
        if first is None:
            raise XlreconError("bad-manifest", file=str(self.path), what="damaged")
        asked, end = first
        if asked != self.asked:
            diff = sorted(k for k in set(asked) | set(self.asked) if asked.get(k) != self.asked.get(k))
            raise XlreconError("bad-manifest", file=str(self.path), what="options",
                               names=", ".join(_OPTION_NAMES.get(k, k) for k in diff))
        for (path, st, packed), end in records:
            self.held[path] = (st, packed)
        return end

    def done(self, paths: list[str], stamps: list[Stamp | None]) -> dict[int, Packed]:
        """The results held for files of ``paths`` unchanged since (same size and time), by index."""
        out = {}
        for i, (p, st) in enumerate(zip(paths, stamps)):
            held = self.held.get(p)
            if held is not None and st is not None and held[0] == st:
                out[i] = held[1]
        self.held = {}
        return out

    def record(self, path: str, st: Stamp | None, packed: Packed) -> None:
        if st is None:
            return  # a file that could not be looked at is checked again next time
        self._write((path, st, dataclasses.replace(packed, text="")))  # the text: this run's output only

    def _write(self, obj: Any) -> None:
        blob = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
        self.fh.write(_LEN.pack(len(blob)) + blob)
        self.fh.flush()  # in the system's hands: a run killed now keeps it

    def close(self) -> None:
        self.fh.close()


def _records(fh: Any, at: int) -> Iterator[tuple[Any, int]]:
    """(object, offset after it) for each whole record of ``fh`` from offset ``at`` on, read
    one by one (a manifest of 300,000 files is never read whole); stops at a cut-short one."""
    while True:
        head = fh.read(_LEN.size)
        if len(head) < _LEN.size:
            return
        (n,) = _LEN.unpack(head)
        blob = fh.read(n)
        if len(blob) < n:
            return
        try:
            obj = pickle.loads(blob)
        except Exception:  # noqa: BLE001 - a damaged record ends what can be taken
            return
        at += _LEN.size + n
        yield obj, at
