"""The ASGI app of ``xlrecon serve``: the HTTP API (the CLI's JSON contract) and the page.

    POST   /api/check              multipart: files (workbooks or a .zip), paths (each file's
                                   path in a dropped folder), schema, template (a YAML file),
                                   lang -> 202 {"job", "url"}: each file checked as `xlrecon check`
    POST   /api/batch              the same, and against (the uploaded file that is the city's
                                   summary) -> 202: the files as `xlrecon batch`, then across files
    GET    /api/jobs/{id}          the job: state, each file's progress, and when done its report
                                   (exactly the CLI's `--format json`, paths as uploaded)
    GET    /api/jobs/{id}/report.json | report.xlsx | annotated.zip
    GET    /api/jobs/{id}/annotated/{name}      a file's annotated copy (as `--annotate` writes it)
    GET    /api/jobs/{id}/sheet/{name}?sheet=S  a file's sheet as text cells, for the page's grid
    DELETE /api/jobs/{id}          the job and its files, now
    GET    /api/templates          the built-in templates (as `xlrecon templates --format json`)
    GET    /api/messages?lang=zh   the page's words, from the message catalogue

A bad request is a JSON ``{"error": {"code", "message"}}`` with a 4xx status, in the request's
language. With a token (any host but loopback requires one), every /api call carries it as
``Authorization: Bearer TOKEN`` (the page keeps it from ``/?token=TOKEN``), and a job is seen
only with the token it was made with.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import secrets
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, File, Form, Request, UploadFile
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from xlrecon import api
from xlrecon.errors import XlreconError
from xlrecon.messages import WEB, check_name, lang_of, ui, web_text
from xlrecon.web.addin import addin_folder
from xlrecon.web.jobs import Job, Jobs
from xlrecon.web.uploads import TEMPLATE_SUFFIXES, Intake, Limits, UploadError, safe_name


@dataclass
class Settings:
    token: str | None = None  # required on every /api call when set
    max_upload_mb: int = 100
    max_files: int = 2000
    ttl: float = 3600.0  # seconds a finished job and its files are kept
    workers: int | None = None  # a batch's worker processes (default: the machine's cores)
    timeout: float | None = None  # seconds per file in a batch (default: the batch's)
    root: Path | None = None  # where jobs' folders go (default: a new private temporary folder)
    #: origins allowed to call POST /api/grids from a page of their own (the WPS add-in installed
    #: offline); the add-in served by this server at /wps/ is of the server's own origin
    allow_origins: tuple[str, ...] = ()


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    jobs = Jobs(settings.root, ttl=settings.ttl, workers=settings.workers, timeout=settings.timeout)
    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> Any:
        yield
        jobs.close()  # the server's jobs and files go with it

    app = FastAPI(title="xlrecon", version=_version(), docs_url="/api/docs", openapi_url="/api/openapi.json",
                  redoc_url=None, lifespan=lifespan)
    app.state.jobs = jobs
    app.state.settings = settings
    static = resources.files("xlrecon.web") / "static"

    def error(status: int, code: str, lang: str, message: str | None = None) -> Any:
        return JSONResponse({"error": {"code": code, "message": message or web_text(code, lang)}}, status_code=status)

    def owner(request: Request) -> str | None:
        """The request's token ("" on a server without one), None when it does not carry the
        server's token."""
        if settings.token is None:
            return ""
        given = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        given = given or request.cookies.get("xlrecon_token", "")
        return given if given and secrets.compare_digest(given, settings.token) else None

    def lang_of_request(request: Request, lang: str | None = None) -> str:
        return lang_of(lang or request.query_params.get("lang") or "zh")

    @app.middleware("http")
    async def add_in_origin(request: Request, call_next: Any) -> Any:
        """CORS for the WPS add-in's calls, from the origins given (``--allow-origin``; the add-in
        served by this server at /wps/ needs none): its check, its functions and the two reads it
        makes (its words, the templates); no job, upload or download is open to other origins."""
        origin = request.headers.get("origin")
        path = request.url.path
        allowed = origin is not None and origin in settings.allow_origins and (
            path in ADD_IN_PATHS or path.startswith("/api/functions/"))
        if allowed and request.method == "OPTIONS":
            return Response(status_code=204, headers=_cors(origin))
        response = await call_next(request)
        if allowed:
            response.headers.update(_cors(origin))
        return response

    @app.middleware("http")
    async def require_token(request: Request, call_next: Any) -> Any:
        if request.url.path.startswith("/api/") and request.url.path not in ("/api/messages",) \
                and owner(request) is None:
            return error(401, "web.token", lang_of_request(request))
        return await call_next(request)

    @app.get("/", include_in_schema=False)
    def page(request: Request) -> Any:
        html = (static / "index.html").read_bytes()
        response = Response(html, media_type="text/html; charset=utf-8")
        token = request.query_params.get("token")
        if settings.token is not None and token and secrets.compare_digest(token, settings.token):
            response.set_cookie("xlrecon_token", token, httponly=True, samesite="strict")
        return response

    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    addin = addin_folder()
    if addin is not None:  # the WPS add-in, for deploying it online from this server
        app.mount("/wps", StaticFiles(directory=str(addin), html=True), name="wps")

    @app.get("/api/messages")
    def messages(lang: str = "zh") -> dict[str, Any]:
        """The page's words in ``lang``: its own (WEB), the severities, statuses and check names."""
        lang = lang_of(lang)
        from xlrecon.findings import CHECKS, SEVERITIES

        return {"lang": lang, "web": {k: v[lang] for k, v in WEB.items()},
                "severity": {s: ui("sev." + s, lang) for s in SEVERITIES},
                "status": {s: ui("status." + s, lang) for s in ("ok", "incomplete", "discrepancies", "error")},
                "checks": {c: check_name(c, lang) for c in (*CHECKS, "error")}}

    @app.get("/api/templates")
    def templates(lang: str = "zh") -> list[dict[str, Any]]:
        return api.template_list(lang_of(lang))

    async def _start(request: Request, kind: str, files: list[UploadFile], paths: list[str], schema: str,
                     template: UploadFile | None, against: str, lang: str) -> Any:
        lang = lang_of(lang)
        who = owner(request) or ""
        if not files:
            return error(400, "upload.none", lang)
        job = jobs.new(who, kind, lang)
        intake = Intake(job.folder / "in", Limits(settings.max_upload_mb << 20, settings.max_files))
        options: dict[str, Any] = {}
        try:
            for k, f in enumerate(files):
                intake.add(f.filename or "upload", f.file, relative=paths[k] if k < len(paths) else None)
            if not intake.files:
                raise UploadError("upload.no_workbook")
            if template is not None and template.filename:
                if not template.filename.lower().endswith(TEMPLATE_SUFFIXES):
                    raise UploadError("upload.not_a_template", name=safe_name(template.filename))
                dest = job.folder / ("template-" + safe_name(template.filename))
                dest.write_bytes(await template.read(1 << 20))
                api.load_template_file(dest)  # a template that is not valid is said now, at the upload
                options["schema"] = str(dest)  # the workers load it from the job's folder
            elif schema and schema != "auto":
                options["schema"] = api.load_template_file(schema, builtin_only=True).name
            if against:
                summary = next((p for p in intake.files if job.name_of(p) == against), None)
                if summary is None:
                    raise UploadError("upload.no_summary", name=against)
                options["against"] = summary
                job.against = against
        except UploadError as exc:
            jobs.remove(job)
            return error(400, exc.code, lang, web_text(exc.code, lang, **exc.params))
        except XlreconError as exc:
            jobs.remove(job)
            return error(400, exc.code, lang, exc.message(lang))
        job.files = list(intake.files)
        jobs.start(job, options)
        return JSONResponse({"job": job.id, "url": f"/api/jobs/{job.id}"}, status_code=202)

    @app.post("/api/check", status_code=202)
    async def check(request: Request, files: list[UploadFile] = File(...), paths: list[str] = Form([]),
                    schema_name: str = Form("auto", alias="schema"), template: UploadFile | None = File(None),
                    lang: str = Form("zh")) -> Any:
        """Check each uploaded workbook (a .zip is a folder of them), as ``xlrecon check``."""
        return await _start(request, "check", files, paths, schema_name, template, "", lang)

    @app.post("/api/batch", status_code=202)
    async def batch(request: Request, files: list[UploadFile] = File(...), paths: list[str] = Form([]),
                    schema_name: str = Form("auto", alias="schema"), template: UploadFile | None = File(None),
                    against: str = Form(""), lang: str = Form("zh")) -> Any:
        """Check the uploaded workbooks as one batch, then across files, as ``xlrecon batch``
        (``against``: which of them is the city's summary)."""
        return await _start(request, "batch", files, paths, schema_name, template, against, lang)

    @app.post("/api/grids")
    async def grids(request: Request) -> Any:
        """Check a workbook open in WPS (its add-in sends every sheet's used range as values) and
        answer what to write into it: :func:`xlrecon.api.check_open_book`. JSON in:
        ``{"book", "lang", "schema", "clear", "sheets": [{"name", "row", "column", "values"}]}``."""
        lang = lang_of_request(request)
        try:
            body = await request.json()
            lang = lang_of(str(body.get("lang") or lang))
            sheets = [(str(s["name"]), int(s.get("row") or 1), int(s.get("column") or 1), s.get("values") or [])
                      for s in body["sheets"]]
            if not all(isinstance(v, list) and all(isinstance(r, list) for r in v) for *_, v in sheets):
                raise ValueError("values")
        except (ValueError, KeyError, TypeError, AttributeError):
            return error(400, "web.bad_grids", lang)
        schema = body.get("schema") or None
        try:
            if schema is not None:
                schema = api.load_template_file(str(schema), builtin_only=True).name
            book = safe_name(str(body.get("book") or "workbook.xlsx"))
            result = await asyncio.to_thread(api.check_open_book, book, sheets, schema=schema, lang=body.get("lang"),
                                             clear=bool(body.get("clear")))
        except XlreconError as exc:
            return error(422, exc.code, lang, exc.message(lang))
        return JSONResponse(jsonable(result))

    async def _two(request: Request, first: UploadFile, second: UploadFile, lang: str, run: Any) -> Any:
        """Two uploaded workbooks into a private folder of their own (removed at once after), and
        ``run(path_a, path_b)`` in a thread: the JSON of a diff or a comparison."""
        lang = lang_of(lang)
        folder = Path(tempfile.mkdtemp(prefix="two-", dir=jobs.root))
        try:
            intake = Intake(folder, Limits(settings.max_upload_mb << 20, 2))
            paths = []
            for k, f in enumerate((first, second)):
                sub = folder / str(k)
                sub.mkdir()
                intake.folder = sub
                added = intake.add(f.filename or "upload.xlsx", f.file)
                if len(added) != 1:
                    raise UploadError("upload.not_a_workbook", name=safe_name(f.filename or ""))
                paths.append(added[0])
            result = await asyncio.to_thread(run, *paths)
            text = json.dumps(jsonable(result), ensure_ascii=False, default=str)
            for p in paths:  # the server's folders are not the user's business
                text = text.replace(json.dumps(str(p.parent) + "/")[1:-1], "")
            return JSONResponse(json.loads(text))
        except UploadError as exc:
            return error(400, exc.code, lang, web_text(exc.code, lang, **exc.params))
        except XlreconError as exc:
            message = exc.message(lang)
            for k in ("0", "1"):  # the server's folders are not the user's business
                message = message.replace(str(folder / k) + "/", "")
            return error(400, exc.code, lang, message.replace(str(folder), ""))
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    @app.post("/api/diff")
    async def diff_two(request: Request, old: UploadFile = File(...), new: UploadFile = File(...),
                       key: list[str] = Form([]), lang: str = Form("zh")) -> Any:
        """A resubmission (``new``) against the version it corrects (``old``): the JSON of
        ``xlrecon diff --format json``."""
        return await _two(request, old, new, lang,
                          lambda a, b: api.diff(a, b, key=[k for k in key if k]).to_dict(lang_of(lang)))

    @app.post("/api/compare")
    async def compare_two(request: Request, a: UploadFile = File(...), b: UploadFile = File(...),
                          key: list[str] = Form([]), columns: list[str] = Form([]), tolerance: str = Form(""),
                          pair_duplicates: bool = Form(False), lang: str = Form("zh")) -> Any:
        """Two tables of the same things matched line by line (两表核对): the JSON of
        ``xlrecon compare --format json``."""
        return await _two(request, a, b, lang, lambda x, y: api.compare(
            x, y, key=[k for k in key if k] or None, columns=[c for c in columns if c] or None,
            tolerance=tolerance or None, pair_duplicates=pair_duplicates, lang=lang_of(lang)).to_dict(lang_of(lang)))

    @app.post("/api/functions/{name}")
    async def function(request: Request, name: str) -> Any:
        """A worksheet function for the WPS add-in's custom functions: JSON ``{"args": [...]}`` in,
        ``{"value": ...}`` out (the same computation as the Excel layer's ``=xlrecon_sumcheck``)."""
        lang = lang_of_request(request)
        try:
            body = await request.json()
        except ValueError:
            body = None
        args = body.get("args") if isinstance(body, dict) else None
        if not isinstance(args, list):
            return error(400, "web.bad_function", lang, web_text("web.bad_function", lang, name=name,
                                                                 reason=web_text("fn.arguments", lang)))
        try:
            value = api.cell_function(name, args)
        except ValueError as exc:
            what = getattr(exc, "what", "arguments")
            reason = web_text("fn." + what, lang, **getattr(exc, "params", {}))
            return error(400, "web.bad_function", lang, web_text("web.bad_function", lang, name=name, reason=reason))
        return JSONResponse({"value": jsonable(value)})

    def _job(request: Request, job_id: str) -> Job | None:
        return jobs.get(job_id, owner(request) or "")

    @app.get("/api/jobs/{job_id}")
    def job_state(request: Request, job_id: str) -> Any:
        job = _job(request, job_id)
        if job is None:
            return error(404, "web.no_job", lang_of_request(request))
        return job.to_dict()

    @app.delete("/api/jobs/{job_id}")
    def job_delete(request: Request, job_id: str) -> Any:
        job = _job(request, job_id)
        if job is None:
            return error(404, "web.no_job", lang_of_request(request))
        jobs.remove(job)
        return {"deleted": job_id}

    def _done(request: Request, job_id: str) -> tuple[Job | None, Any]:
        job = _job(request, job_id)
        if job is None:
            return None, error(404, "web.no_job", lang_of_request(request))
        if job.state != "done":
            return None, error(409, "web.not_done", job.lang)
        return job, None

    @app.get("/api/jobs/{job_id}/report.json")
    def report_json(request: Request, job_id: str) -> Any:
        job, bad = _done(request, job_id)
        return bad or JSONResponse(job.report)

    @app.get("/api/jobs/{job_id}/report.xlsx")
    def report_book(request: Request, job_id: str) -> Any:
        job, bad = _done(request, job_id)
        if bad:
            return bad
        book = job.report_workbook()
        if book is None:
            return error(404, "web.no_file", job.lang)
        return FileResponse(book, filename="xlrecon-report.xlsx")

    @app.get("/api/jobs/{job_id}/annotated.zip")
    def annotated_zip(request: Request, job_id: str) -> Any:
        job, bad = _done(request, job_id)
        if bad:
            return bad
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:  # workbooks are zips already
            for name in job.progress:
                path = job.annotated_copy(name)
                if path is not None:
                    z.write(path, str(Path(name).with_name(path.name)))
        return Response(buf.getvalue(), media_type="application/zip",
                        headers={"Content-Disposition": 'attachment; filename="xlrecon-annotated.zip"'})

    @app.get("/api/jobs/{job_id}/annotated/{name:path}")
    def annotated(request: Request, job_id: str, name: str) -> Any:
        job, bad = _done(request, job_id)
        if bad:
            return bad
        # a name of the job's own files, never a path from the request
        path = job.annotated_copy(name) if name in job.progress else None
        if path is None:
            return error(404, "web.no_file", job.lang)
        return FileResponse(path, filename=path.name)

    @app.get("/api/jobs/{job_id}/sheet/{name:path}")
    def sheet(request: Request, job_id: str, name: str, sheet: str | None = None) -> Any:
        job = _job(request, job_id)
        if job is None:
            return error(404, "web.no_job", lang_of_request(request))
        path = next((p for p in job.files if job.name_of(p) == name), None)
        if path is None:
            return error(404, "web.no_file", job.lang)
        try:
            return api.sheet_view(path, sheet)
        except XlreconError as exc:
            return error(400, exc.code, job.lang, exc.message(job.lang).replace(str(job.folder / "in") + "/", ""))

    return app


#: what the WPS add-in calls (with /api/functions/…): open to ``--allow-origin``'s origins
ADD_IN_PATHS = frozenset({"/api/grids", "/api/messages", "/api/templates"})


def _cors(origin: str) -> dict[str, str]:
    return {"Access-Control-Allow-Origin": origin, "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
            "Access-Control-Allow-Headers": "Content-Type, Authorization", "Vary": "Origin"}


def jsonable(v: Any) -> Any:
    """Plain JSON of what the library gives (Decimals as numbers, dates as ISO text)."""
    import datetime
    from decimal import Decimal

    if isinstance(v, dict):
        return {str(k): jsonable(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [jsonable(x) for x in v]
    if isinstance(v, Decimal):
        return float(v)
    if isinstance(v, (datetime.date, datetime.datetime)):
        return v.isoformat()
    return v


def _version() -> str:
    from xlrecon import __version__

    return __version__
