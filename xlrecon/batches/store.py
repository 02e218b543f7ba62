"""A batch's per-file results as the parent keeps them: packed, so that its memory stays bounded.

A worker sends each checked file back as a :class:`Packed`: the few facts the parent needs at
once (status, counts, the digest's fingerprint and template, a 64-bit hash of each row key) and
the file's :class:`~xlrecon.findings.FileReport` and :class:`~xlrecon.batches.submissions.Submission`
pickled and compressed. :class:`Results` holds them in the order of the files and is a sequence
of file reports (each unpacked when read), so a :class:`~xlrecon.findings.BatchReport` over
300,000 filings holds about a kilobyte per file instead of the objects of every finding and key.

The key hashes let the checks across files find which files share a key without unpacking
every digest (:meth:`Results.sharing`); the files they name are then compared on their keys
as typed, so a hash collision can only add a file to compare, never a finding.
"""

from __future__ import annotations

import hashlib
import pickle
import zlib
from array import array
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple, overload

from xlrecon.findings import FileReport

if TYPE_CHECKING:
    from xlrecon.batches.submissions import Submission


class Facts(NamedTuple):
    """What a report's summary, exit code and progress need of a file, without unpacking it."""

    path: str
    status: str
    not_evaluated: int
    annotation_failed: bool  # an annotated copy was asked for and not written
    template: str | None
    sha1: str


@dataclass(frozen=True)
class Packed:
    """One checked file: its facts, its row keys' hashes (uint64, with its template) and the
    compressed pickle of its report and digest."""

    facts: Facts
    key_hashes: bytes
    blob: bytes

    def unpack(self) -> tuple[FileReport, Submission]:
        return pickle.loads(zlib.decompress(self.blob))


def key_hash(template: str, key: str) -> int:
    """A row key's 64-bit hash within its template, the same in every process (Python's own
    ``hash`` of a string differs between processes)."""
    return int.from_bytes(hashlib.blake2b(f"{template}\0{key}".encode(), digest_size=8).digest(), "little")


def pack(report: FileReport, sub: Submission) -> Packed:
    failed = report.annotation is not None and report.annotation.status != "annotated"
    facts = Facts(report.path, report.status, report.not_evaluated(), failed, sub.template, sub.sha1)
    hashes = b""
    if sub.template is not None and sub.keys.keys:
        hashes = array("Q", [key_hash(sub.template, k) for k in sub.keys.keys]).tobytes()
    return Packed(facts, hashes, zlib.compress(pickle.dumps((report, sub), protocol=pickle.HIGHEST_PROTOCOL), 1))


#: keys up to which :meth:`Results.sharing` uses a dict (a few megabytes), beyond which numpy sorts them
SMALL = 200_000


class Results(Sequence[FileReport]):
    """The packed results of a batch's files, in the order of the files; reading one unpacks its
    report (a fresh object each time: change nothing in it expecting it kept)."""

    def __init__(self, packed: list[Packed]) -> None:
        self._packed = packed

    def __len__(self) -> int:
        return len(self._packed)

    @overload
    def __getitem__(self, i: int) -> FileReport: ...
    @overload
    def __getitem__(self, i: slice) -> list[FileReport]: ...

    def __getitem__(self, i: int | slice) -> FileReport | list[FileReport]:
        if isinstance(i, slice):
            return [p.unpack()[0] for p in self._packed[i]]
        return self._packed[i].unpack()[0]

    def __iter__(self) -> Iterator[FileReport]:
        for p in self._packed:
            yield p.unpack()[0]

    @property
    def facts(self) -> list[Facts]:
        return [p.facts for p in self._packed]

    @property
    def packed(self) -> list[Packed]:
        return self._packed

    def submission(self, i: int) -> Submission:
        return self._packed[i].unpack()[1]

    def submissions(self, which: Sequence[int] | None = None) -> Iterator[Submission]:
        """The digests of files ``which`` (default: all), in file order, each unpacked as read."""
        for i in (range(len(self._packed)) if which is None else which):
            yield self._packed[i].unpack()[1]

    def sharing(self) -> list[int]:
        """The files (indices, in order) whose digest may matter to the duplicate checks: those
        whose bytes another file has, and those with a row key (hash) that another file of the
        same template has too."""
        sha = Counter(p.facts.sha1 for p in self._packed if p.facts.sha1)
        out = {i for i, p in enumerate(self._packed) if p.facts.sha1 and sha[p.facts.sha1] > 1}
        if sum(len(p.key_hashes) for p in self._packed) // 8 <= SMALL:
            first: dict[int, int] = {}
            for i, p in enumerate(self._packed):
                for h in array("Q", p.key_hashes):
                    j = first.setdefault(h, i)
                    if j != i:
                        out.update((i, j))
            return sorted(out)
        import numpy as np  # a large batch: its keys sorted at once

        chunks = [np.frombuffer(p.key_hashes, dtype=np.uint64) for p in self._packed]
        sizes = np.array([len(c) for c in chunks], dtype=np.int64)
        if sizes.sum():
            hashes = np.concatenate(chunks)
            owner = np.repeat(np.arange(len(chunks)), sizes)
            # one (hash, file) pair per file: a key twice in one file is that file's own finding
            pairs = np.unique(np.stack([hashes, owner.astype(np.uint64)], axis=1), axis=0)
            h = pairs[:, 0]
            repeated = np.flatnonzero(np.r_[h[1:] == h[:-1], False] | np.r_[False, h[1:] == h[:-1]])
            out.update(pairs[repeated, 1].astype(np.int64).tolist())
        return sorted(out)
