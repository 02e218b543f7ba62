"""Jobs: one upload's check or batch, run in the background, with its files in a private folder.

A job has a random id (a URL-safe token of 128 bits: one user cannot guess another's) and an
owner (the token it was made with, or none on loopback); it is seen only with its id, and with
a token only by that token. Its state moves queued → running → done (or failed); while it runs,
each file's progress is kept for the page to show. When it is done, its report is the CLI's
JSON (``Report.to_dict``, exactly what ``--format json`` prints); each file's annotated copy (the
same writer as ``--annotate``) and the report workbook are written when first asked for, so the
findings show as soon as the checks are done. A job and its folder are removed on
request, or when it has been done for ``ttl`` seconds (default one hour); a sweep runs with
every request that makes or reads a job, so nothing outlives the time set.
"""

from __future__ import annotations

import secrets
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from xlrecon import api
from xlrecon.errors import XlreconError


@dataclass
class Job:
    id: str
    owner: str
    kind: str  # "check" or "batch"
    folder: Path
    lang: str = "zh"
    state: str = "queued"  # queued, running, done, failed
    files: list[Path] = field(default_factory=list)  # the uploaded workbooks, in the job's folder
    progress: dict[str, str] = field(default_factory=dict)  # relative name -> waiting/checking/<status>
    report: dict[str, Any] | None = None  # the CLI's JSON, when done
    error: dict[str, Any] | None = None  # {"code", "message"} when the job failed as a whole
    created: float = field(default_factory=time.time)
    finished: float | None = None
    annotated: dict[str, Path] = field(default_factory=dict)  # relative name -> annotated copy
    report_book: Path | None = None
    checked: Any = None  # the Report, for the annotated copies and the report workbook asked for later
    against: str | None = None  # the uploaded file that is the batch's summary
    ttl: float = 3600.0  # seconds the job is kept once it is done
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def name_of(self, path: Path) -> str:
        """A file's name as the page shows it: its path in the job's upload folder."""
        return path.relative_to(self.folder / "in").as_posix()

    def annotated_copy(self, name: str) -> Path | None:
        """The annotated copy of the uploaded file ``name`` (as ``--annotate`` writes it), made on
        first asking and kept; None when the file could not be annotated (or checked)."""
        with self.lock:
            if name not in self.annotated and self.checked is not None:
                fr = next((f for f in self.checked.files if self.name_of(Path(f.path)) == name), None)
                if fr is None or fr.error is not None:
                    return None
                from xlrecon.findings import Report

                out = self.folder / "out" / Path(name).parent
                api.annotate(Report(files=[fr]), output=out, lang=self.lang)
                if fr.annotation is not None and fr.annotation.status == "annotated" and fr.annotation.output:
                    self.annotated[name] = Path(fr.annotation.output)
            return self.annotated.get(name)

    def report_workbook(self) -> Path | None:
        """The report workbook (``--report``), written on first asking."""
        with self.lock:
            if self.report_book is None and self.checked is not None:
                try:
                    self.report_book = api.write_report(self.checked, self.folder / "report.xlsx", lang=self.lang)
                except XlreconError:
                    return None
            return self.report_book

    def to_dict(self) -> dict[str, Any]:
        done = sum(1 for s in self.progress.values() if s not in ("waiting", "checking"))
        return {"id": self.id, "kind": self.kind, "state": self.state, "lang": self.lang,
                "files": [{"name": n, "state": s, "annotated": _annotatable(n, s)} for n, s in self.progress.items()],
                "progress": {"done": done, "total": len(self.progress)},
                "error": self.error, "report": self.report if self.state == "done" else None,
                "against": self.against, "expires_in": self.ttl}


class Jobs:
    """Every job of the server, in a temporary folder of its own."""

    def __init__(self, root: Path | None = None, ttl: float = 3600.0, workers: int | None = None,
                 timeout: float | None = None) -> None:
        self.root = Path(root) if root is not None else Path(tempfile.mkdtemp(prefix="xlrecon-serve-"))
        self.root.mkdir(parents=True, exist_ok=True)
        self.root.chmod(0o700)
        self.ttl, self.workers, self.timeout = ttl, workers, timeout
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()

    def new(self, owner: str, kind: str, lang: str) -> Job:
        self.sweep()
        job_id = secrets.token_urlsafe(16)
        folder = self.root / job_id
        (folder / "in").mkdir(parents=True)
        job = Job(id=job_id, owner=owner, kind=kind, folder=folder, lang=lang, ttl=self.ttl)
        with self._lock:
            self._jobs[job_id] = job
        return job

    def get(self, job_id: str, owner: str) -> Job | None:
        self.sweep()
        with self._lock:
            job = self._jobs.get(job_id)
        return job if job is not None and secrets.compare_digest(job.owner, owner) else None

    def remove(self, job: Job) -> None:
        with self._lock:
            self._jobs.pop(job.id, None)
        shutil.rmtree(job.folder, ignore_errors=True)

    def sweep(self, now: float | None = None) -> None:
        """Remove every job done (or failed) more than ``ttl`` seconds ago, and its files."""
        now = time.time() if now is None else now
        with self._lock:
            old = [j for j in self._jobs.values() if j.finished is not None and now - j.finished > self.ttl]
        for job in old:
            self.remove(job)

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

    def start(self, job: Job, options: dict[str, Any]) -> None:
        """Run the job in a thread of its own (a batch's workers are processes of their own)."""
        job.progress = {job.name_of(p): "waiting" for p in job.files}
        threading.Thread(target=self._run, args=(job, options), name=f"job-{job.id[:6]}", daemon=True).start()

    def _run(self, job: Job, options: dict[str, Any]) -> None:
        job.state = "running"
        try:
            report = self._check(job, options) if job.kind == "check" else self._batch(job, options)
            summary = options.get("against")
            for name, state in job.progress.items():  # what the batch did not take as a submission
                if state in ("waiting", "checking"):
                    job.progress[name] = "summary" if summary is not None and name == job.name_of(summary) \
                        else "skipped"
            job.report = _relative_paths(job, report.to_dict(job.lang))
            job.checked = report
            job.state = "done"
        except XlreconError as exc:
            job.error, job.state = exc.to_dict(job.lang), "failed"
        except Exception as exc:  # noqa: BLE001 - one job's crash never takes the server down
            job.error, job.state = {"code": "read-error", "message": f"{type(exc).__name__}: {exc}"}, "failed"
        finally:
            job.finished = time.time()

    def _status(self, job: Job) -> Callable[[Any], None]:
        def on_file(fr: Any) -> None:
            job.progress[job.name_of(Path(fr.path))] = fr.status
        return on_file

    def _check(self, job: Job, options: dict[str, Any]) -> Any:
        """Each file checked as ``xlrecon check`` does, in the batch's worker processes (a file
        that crashes its reader, or takes longer than the time limit, is that file's typed error,
        never the server's end): the files' reports, without the checks across files."""
        from xlrecon.findings import Report

        done = self._batch(job, options)
        return Report(files=done.files, notes=[n for n in done.notes if not n[0].startswith("batch.")])

    def _batch(self, job: Job, options: dict[str, Any]) -> Any:
        on_file = self._status(job)

        def started(_n: int) -> None:
            for name in job.progress:
                job.progress[name] = "checking"

        paths = [job.folder / "in"] if job.kind == "batch" else job.files
        return api.batch(paths, schema=options.get("schema"), against=options.get("against"),
                         regions=options.get("regions", ()), jobs=self.workers, timeout=self.timeout,
                         lang=job.lang, on_start=started, on_file=on_file)


def _annotatable(name: str, state: str) -> bool:
    """Whether a file gets an annotated copy: one checked (not an error, not the summary, not
    skipped) of a kind the lossless writer edits (.xlsx, .xlsm and their templates)."""
    from xlrecon.write.annotate import ANNOTATABLE

    return state in ("ok", "incomplete", "discrepancies") and name.lower().endswith(ANNOTATABLE)


def _relative_paths(job: Job, data: Any) -> Any:
    """The report's paths as the page names the files (``区县/高新.xlsx``), not the server's."""
    prefix = str(job.folder / "in") + "/"
    out_prefix = str(job.folder / "out") + "/"

    def fix(v: Any) -> Any:
        if isinstance(v, str):
            return v.replace(prefix, "").replace(out_prefix, "").replace(str(job.folder) + "/", "")
        if isinstance(v, list):
            return [fix(x) for x in v]
        if isinstance(v, dict):
            return {k: fix(x) for k, x in v.items()}
        return v

    return fix(data)
