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
from typing import TYPE_CHECKING, Any, NamedTuple, overload

from xlrecon.findings import STATUSES, FileReport

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
    warnings: int = 0  # warning findings (errors are in the status)


@dataclass(frozen=True)
class Packed:
    """One checked file: its facts, its row keys' hashes (uint64, with its template) and the
    compressed pickle of its report and digest; ``text``: the report as the run's output shows
    it, when the worker was asked to render it (``Options.render``), so that the parent only
    writes it out."""

    facts: Facts
    key_hashes: bytes
    blob: bytes
    text: str = ""

    def unpack(self) -> tuple[FileReport, Submission]:
        return pickle.loads(zlib.decompress(self.blob))


def key_hash(template: str, key: str) -> int:
    """A row key's 64-bit hash within its template, the same in every process (Python's own
    ``hash`` of a string differs between processes)."""
    return int.from_bytes(hashlib.blake2b(f"{template}\0{key}".encode(), digest_size=8).digest(), "little")


def pack(report: FileReport, sub: Submission, text: str = "") -> Packed:
    failed = report.annotation is not None and report.annotation.status != "annotated"
    facts = Facts(report.path, report.status, report.not_evaluated(), failed, sub.template, sub.sha1,
                  sum(1 for f in report.findings if f.severity == "warning"))
    hashes = b""
    if sub.template is not None and sub.keys.keys:
        hashes = array("Q", [key_hash(sub.template, k) for k in sub.keys.keys]).tobytes()
    return Packed(facts, hashes, zlib.compress(pickle.dumps((report, sub), protocol=pickle.HIGHEST_PROTOCOL), 1),
                  text)


#: keys up to which :meth:`Results.sharing` uses a dict (a few megabytes), beyond which numpy sorts them
SMALL = 200_000


def failed(path: str, kind: str, detail: Any) -> Packed:
    """The packed entry of a file whose task did not return: it timed out, killed its worker,
    or raised (a bug, reported with its last line rather than lost)."""
    from xlrecon.batches import workers
    from xlrecon.batches.submissions import Submission
    from xlrecon.errors import XlreconError

    fr = FileReport(path=path)
    if kind == workers.TIMEOUT:
        fr.error = XlreconError("timeout", file=path, seconds=detail)
    elif kind == workers.CRASHED:
        fr.error = XlreconError("worker-failed", file=path, detail=detail)
    else:
        last = detail.strip().splitlines()[-1] if detail.strip() else ""
        fr.error = XlreconError("read-error", file=path, detail=last)
    return pack(fr, Submission(path=path, template=None, sha1=""))


class Results(Sequence[FileReport]):
    """The packed results of a batch's files, in the order of the files; reading one unpacks its
    report (a fresh object each time: change nothing in it expecting it kept).

    What is kept per file is its compressed blob and, in arrays shared by all files, its facts
    and key hashes: no small object per file lives as long as the run, so that the objects made
    and freed while each file is received (and written to the JSON) leave no memory behind them."""

    def __init__(self, n: int) -> None:
        self._n = n
        self._paths: list[str | None] = [None] * n
        self._blobs: list[bytes | None] = [None] * n
        self._status = bytearray(n)
        self._not_evaluated = array("I", bytes(4 * n))
        self._warnings = array("I", bytes(4 * n))
        self._failed = bytearray(n)  # an asked-for annotation not written
        self._templates: list[str | None] = [None]  # template names, by the index _template holds
        self._template = array("H", bytes(2 * n))
        self._sha = bytearray(20 * n)
        self._has_sha = bytearray(n)
        self._hashes = bytearray()  # every file's key hashes, in the order the files arrived
        self._hash_at = array("Q", bytes(8 * n))
        self._hash_len = array("I", bytes(4 * n))

    @classmethod
    def of(cls, packed: Sequence[Packed]) -> Results:
        out = cls(len(packed))
        for i, p in enumerate(packed):
            out.put(i, p)
        return out

    def put(self, i: int, p: Packed, path: str | None = None) -> None:
        """File ``i``'s result; ``path``: its path as the caller holds it (the same text as the
        facts', kept once instead of twice)."""
        f = p.facts
        self._paths[i], self._blobs[i] = path if path == f.path else f.path, p.blob
        self._status[i] = STATUSES.index(f.status)
        self._not_evaluated[i] = f.not_evaluated
        self._warnings[i] = f.warnings
        self._failed[i] = f.annotation_failed
        if f.template not in self._templates:
            self._templates.append(f.template)
        self._template[i] = self._templates.index(f.template)
        if f.sha1:
            self._sha[20 * i: 20 * i + 20] = bytes.fromhex(f.sha1)
            self._has_sha[i] = 1
        self._hash_at[i], self._hash_len[i] = len(self._hashes), len(p.key_hashes) // 8
        self._hashes += p.key_hashes

    def __len__(self) -> int:
        return self._n

    @overload
    def __getitem__(self, i: int) -> FileReport: ...
    @overload
    def __getitem__(self, i: slice) -> list[FileReport]: ...

    def __getitem__(self, i: int | slice) -> FileReport | list[FileReport]:
        if isinstance(i, slice):
            return [self._unpack(k)[0] for k in range(self._n)[i]]
        return self._unpack(range(self._n)[i])[0]

    def __iter__(self) -> Iterator[FileReport]:
        for k in range(self._n):
            yield self._unpack(k)[0]

    def _unpack(self, i: int) -> tuple[FileReport, Submission]:
        blob = self._blobs[i]
        assert blob is not None, f"file {i} has no result yet"
        return pickle.loads(zlib.decompress(blob))

    def fact(self, i: int) -> Facts:
        sha = self._sha[20 * i: 20 * i + 20].hex() if self._has_sha[i] else ""
        return Facts(self._paths[i] or "", STATUSES[self._status[i]], self._not_evaluated[i], bool(self._failed[i]),
                     self._templates[self._template[i]], sha, self._warnings[i])

    def packed(self, i: int) -> Packed:
        """File ``i``'s result as it arrived (for a manifest, a test)."""
        a, n = self._hash_at[i], self._hash_len[i]
        return Packed(self.fact(i), bytes(self._hashes[a: a + 8 * n]), self._blobs[i] or b"")

    def with_problems(self) -> Iterator[tuple[int, FileReport]]:
        """The files (index, report) with an error, a check not evaluated, or an error or
        warning finding, in order; only they are unpacked, one at a time."""
        for i in range(self._n):
            if self._status[i] != 0 or self._warnings[i]:  # 0: "ok"
                yield i, self._unpack(i)[0]

    def submission(self, i: int) -> Submission:
        return self._unpack(i)[1]

    def submissions(self, which: Sequence[int] | None = None) -> Iterator[Submission]:
        """The digests of files ``which`` (default: all), in file order, each unpacked as read."""
        for i in (range(self._n) if which is None else which):
            yield self._unpack(i)[1]

    def sharing(self) -> list[int]:
        """The files (indices, in order) whose digest may matter to the duplicate checks: those
        whose bytes another file has, and those with a row key (hash) that another file of the
        same template has too. A large batch's are worked out in numpy arrays (a few bytes a
        key, not an object each); a small one's without numpy."""
        total = sum(self._hash_len)
        if total <= SMALL and self._n <= SMALL // 10:
            shas = [bytes(self._sha[20 * i: 20 * i + 20]) if self._has_sha[i] else None for i in range(self._n)]
            count = Counter(x for x in shas if x is not None)
            out = {i for i, x in enumerate(shas) if x is not None and count[x] > 1}
            del shas, count
        else:
            import numpy as np

            out = set()
            idx = np.flatnonzero(np.frombuffer(self._has_sha, dtype=np.uint8))
            if idx.size:
                shas = np.frombuffer(self._sha, dtype="S20")[idx]  # fixed width: equal as stored
                _, inverse, counts = np.unique(shas, return_inverse=True, return_counts=True)
                out.update(idx[counts[inverse] > 1].tolist())
                del shas, inverse, counts
        if total <= SMALL:
            first: dict[int, int] = {}
            for i in range(self._n):
                a, n = self._hash_at[i], self._hash_len[i]
                for h in array("Q", bytes(self._hashes[a: a + 8 * n])):
                    j = first.setdefault(h, i)
                    if j != i:
                        out.update((i, j))
            return sorted(out)
        import numpy as np

        hashes = np.frombuffer(self._hashes, dtype=np.uint64)  # a view: no copy of millions of keys
        by_hash = np.argsort(hashes, kind="stable")
        h = hashes[by_hash]
        dup = np.flatnonzero(h[1:] == h[:-1])
        if dup.size:
            # only the hashes that occur more than once are looked at further (usually few)
            pos = np.unique(np.r_[dup, dup + 1])
            values, stored = h[pos], by_hash[pos]
            del h, by_hash
            # each stored hash's file: the last file, in storage order, whose hashes start at or
            # before it (files without hashes left out: the others' starts strictly increase)
            at = np.frombuffer(self._hash_at, dtype=np.uint64)
            lens = np.frombuffer(self._hash_len, dtype=np.uint32)
            order = np.argsort(at, kind="stable")
            files = order[lens[order] > 0]
            owner = files[np.searchsorted(at[files] // 8, stored, side="right") - 1]  # at: byte offsets
            # the runs of one hash: those whose files are not all the same one are shared
            starts = np.flatnonzero(np.r_[True, values[1:] != values[:-1]])
            shared = np.minimum.reduceat(owner, starts) != np.maximum.reduceat(owner, starts)
            out.update(np.unique(owner[np.repeat(shared, np.diff(np.r_[starts, len(values)]))]).tolist())
        del hashes  # (the view released before the bytearray grows again)
        return sorted(out)

    def template_names(self) -> set[str | None]:
        """The templates the files were read with (None for a file that was not)."""
        used = set(self._template)
        return {self._templates[t] for t in used}

    def with_templates(self, names: set[str | None]) -> list[int]:
        """The files (indices, in order) read with one of the templates ``names``."""
        codes = {k for k, t in enumerate(self._templates) if t in names}
        return [i for i, t in enumerate(self._template) if t in codes]

    def counts(self) -> tuple[dict[str, int], int, bool]:
        """How many files have each status, the checks not evaluated, and whether an asked-for
        annotation failed, from the arrays (no file's facts made)."""
        return ({s: self._status.count(k) for k, s in enumerate(STATUSES)}, sum(self._not_evaluated),
                any(self._failed))
