"""The command line: parse arguments, call the library API, render. No checking happens here.

Exit codes: 0 no error-severity finding; 1 some file has one; 2 a file could not be
read, or the command was misused.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections.abc import Sequence

from xlrecon import __version__
from xlrecon.messages import compare_text, ui

BUILTIN_HINT = "county-trade, reserve-progress, retail-targets, unit-reserve"


def _lang_from(argv: Sequence[str]) -> str:
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if a.startswith("--lang="):
            return a.split("=", 1)[1]
    return "zh"


def build_parser(lang: str = "zh") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="xlrecon", description=ui("help.prog", lang))
    parser.add_argument("--version", action="version", version=f"xlrecon {__version__}", help=ui("help.version", lang))
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("check", help=ui("help.check", lang), description=ui("help.check", lang))
    p.add_argument("paths", nargs="+", metavar="PATH", help=ui("help.paths", lang))
    p.add_argument("--schema", metavar="NAME|FILE", help=ui("help.schema", lang, names=BUILTIN_HINT))
    p.add_argument("--previous", metavar="PATH", action="append", help=ui("help.previous", lang))
    p.add_argument("--regions", metavar="FILE", action="append", default=[], help=ui("help.regions", lang))
    p.add_argument("--annotate", action="store_true", help=ui("help.annotate", lang))
    p.add_argument("--output", metavar="DIR", help=ui("help.output", lang))
    p.add_argument("--in-place", action="store_true", help=ui("help.in_place", lang))
    p.add_argument("--no-backup", action="store_true", help=ui("help.no_backup", lang))
    p.add_argument("--report", metavar="FILE.xlsx", help=ui("help.report", lang))
    p.add_argument("--locate", action="store_true", help=ui("help.locate_option", lang))
    _common(p, lang)

    p = sub.add_parser("locate", help=ui("help.locate", lang), description=ui("help.locate", lang))
    p.add_argument("paths", nargs="+", metavar="PATH", help=ui("help.paths", lang))
    p.add_argument("--schema", metavar="NAME|FILE", help=ui("help.schema", lang, names=BUILTIN_HINT))
    p.add_argument("--regions", metavar="FILE", action="append", default=[], help=ui("help.regions", lang))
    p.add_argument("--report", metavar="FILE.xlsx", help=ui("help.report", lang))
    _common(p, lang)

    p = sub.add_parser("batch", help=ui("help.batch", lang), description=ui("help.batch", lang))
    p.add_argument("paths", nargs="+", metavar="DIR", help=ui("help.dir", lang))
    p.add_argument("--schema", metavar="NAME|FILE", help=ui("help.schema", lang, names=BUILTIN_HINT))
    p.add_argument("--against", metavar="SUMMARY.xlsx", help=ui("help.against", lang))
    p.add_argument("--previous", metavar="PATH", action="append", help=ui("help.previous", lang))
    p.add_argument("--regions", metavar="FILE", action="append", default=[], help=ui("help.regions", lang))
    p.add_argument("--annotate", action="store_true", help=ui("help.annotate", lang))
    p.add_argument("--output", metavar="DIR", help=ui("help.batch_output", lang))
    p.add_argument("--report", metavar="FILE.xlsx", help=ui("help.report", lang))
    p.add_argument("--output-json", metavar="FILE.json", help=ui("help.output_json", lang))
    p.add_argument("--jobs", metavar="N", type=_positive_int, help=ui("help.jobs", lang))
    p.add_argument("--engine", choices=("local", "dask"), default="local", help=ui("help.engine", lang))
    p.add_argument("--scheduler", metavar="tcp://HOST:8786", help=ui("help.scheduler", lang))
    p.add_argument("--resume", metavar="MANIFEST", help=ui("help.resume", lang))
    p.add_argument("--timeout", metavar="SECONDS", type=_seconds, help=ui("help.timeout", lang))
    _common(p, lang)

    p = sub.add_parser("fix-rounding", help=ui("help.fix_rounding", lang), description=ui("help.fix_rounding", lang))
    p.add_argument("paths", nargs="+", metavar="PATH", help=ui("help.paths", lang))
    p.add_argument("--schema", metavar="NAME|FILE", help=ui("help.schema", lang, names=BUILTIN_HINT))
    p.add_argument("--regions", metavar="FILE", action="append", default=[], help=ui("help.regions", lang))
    p.add_argument("--apply", action="store_true", help=ui("help.apply", lang))
    p.add_argument("--output", metavar="DIR", help=ui("help.apply_output", lang))
    _common(p, lang)

    p = sub.add_parser("templates", help=ui("help.templates", lang), description=ui("help.templates", lang))
    _common(p, lang)

    p = sub.add_parser("template", help=ui("help.template", lang), description=ui("help.template", lang))
    action = p.add_subparsers(dest="action", required=True)
    q = action.add_parser("init", help=ui("help.template_init", lang), description=ui("help.template_init", lang))
    q.add_argument("workbook", metavar="WORKBOOK", help=ui("help.example", lang))
    q.add_argument("--sheet", metavar="NAME", help=ui("help.sheet", lang))
    q.add_argument("--output", metavar="FILE.yaml", help=ui("help.template_output", lang))
    q.add_argument("--regions", metavar="FILE", action="append", default=[], help=ui("help.regions", lang))
    q.add_argument("--lang", choices=("zh", "en"), default="zh", help=ui("help.lang", lang))
    q = action.add_parser("check", help=ui("help.template_check", lang), description=ui("help.template_check", lang))
    q.add_argument("template", metavar="FILE.yaml", help=ui("help.template_file", lang))
    q.add_argument("paths", nargs="*", metavar="WORKBOOK", help=ui("help.paths", lang))
    _common(q, lang)

    p = sub.add_parser("serve", help=ui("help.serve", lang), description=ui("help.serve", lang))
    p.add_argument("--host", default="127.0.0.1", help=ui("help.host", lang))
    p.add_argument("--port", type=_port, default=8765, help=ui("help.port", lang))
    p.add_argument("--open", action="store_true", help=ui("help.open", lang))
    p.add_argument("--token", metavar="TOKEN", help=ui("help.token", lang))
    p.add_argument("--max-upload", metavar="MB", type=_positive_int, default=100, help=ui("help.max_upload", lang))
    p.add_argument("--allow-origin", metavar="ORIGIN", action="append", default=[], help=ui("help.allow_origin", lang))
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help=ui("help.lang", lang))

    p = sub.add_parser("wps", help=ui("help.wps", lang), description=ui("help.wps", lang))
    action = p.add_subparsers(dest="action", required=True)
    q = action.add_parser("build", help=ui("help.wps_build", lang), description=ui("help.wps_build", lang))
    q.add_argument("--output", metavar="DIR", default="wps-build", help=ui("help.wps_output", lang))
    q.add_argument("--service", metavar="URL", default="http://127.0.0.1:8765", help=ui("help.wps_service", lang))
    q.add_argument("--lang", choices=("zh", "en"), default="zh", help=ui("help.lang", lang))

    p = sub.add_parser("diff", help=ui("help.diff", lang), description=ui("help.diff", lang))
    p.add_argument("old", metavar="OLD", help=ui("help.diff_old", lang))
    p.add_argument("new", metavar="NEW", help=ui("help.diff_new", lang))
    p.add_argument("--schema", metavar="NAME|FILE", help=ui("help.schema", lang, names=BUILTIN_HINT))
    p.add_argument("--key", metavar="COLUMN", action="append", default=[], help=ui("help.diff_key", lang))
    p.add_argument("--annotate", action="store_true", help=ui("help.diff_annotate", lang))
    p.add_argument("--output", metavar="DIR", help=ui("help.output", lang))
    p.add_argument("--regions", metavar="FILE", action="append", default=[], help=ui("help.regions", lang))
    _common(p, lang)

    p = sub.add_parser("compare", help=compare_text("help", lang), description=compare_text("help", lang))
    p.add_argument("a", metavar="A", help=compare_text("help.a", lang))
    p.add_argument("b", metavar="B", help=compare_text("help.b", lang))
    p.add_argument("--key", metavar="COLUMN", nargs="+", help=compare_text("help.key", lang))
    p.add_argument("--columns", metavar="COLUMN", nargs="+", help=compare_text("help.columns", lang))
    p.add_argument("--tolerance", metavar="AMOUNT", help=compare_text("help.tolerance", lang))
    p.add_argument("--sheet-a", metavar="NAME", help=compare_text("help.sheet_a", lang))
    p.add_argument("--sheet-b", metavar="NAME", help=compare_text("help.sheet_b", lang))
    p.add_argument("--pair-duplicates", action="store_true", help=compare_text("help.pair_duplicates", lang))
    p.add_argument("--schema", metavar="NAME|FILE", help=compare_text("help.schema", lang))
    p.add_argument("--regions", metavar="FILE", action="append", default=[], help=ui("help.regions", lang))
    p.add_argument("--output", metavar="FILE.xlsx", help=compare_text("help.output", lang))
    _common(p, lang)

    p = sub.add_parser("excel", help=ui("help.excel", lang), description=ui("help.excel", lang))
    excel = p.add_subparsers(dest="action", required=True)
    q = excel.add_parser("install", help=ui("help.excel_install", lang), description=ui("help.excel_install", lang))
    q.add_argument("--lang", choices=("zh", "en"), default="zh", help=ui("help.lang", lang))
    return parser


def _positive_int(text: str) -> int:
    n = int(text)
    if n < 1:
        raise argparse.ArgumentTypeError(f"{text}: at least 1")
    return n


def _port(text: str) -> int:
    n = int(text)
    if not 0 < n < 65536:
        raise argparse.ArgumentTypeError(f"{text}: 1 to 65535")
    return n


def _seconds(text: str) -> float:
    x = float(text)
    if not x >= 0:  # also rejects nan
        raise argparse.ArgumentTypeError(f"{text}: 0 (no limit) or more")
    return x


def _common(p: argparse.ArgumentParser, lang: str) -> None:
    p.add_argument("--format", choices=("table", "json"), default="table", help=ui("help.format", lang))
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help=ui("help.lang", lang))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        # a file name that is not UTF-8 (kept by Python as surrogates) prints as \udcXX: the
        # output, JSON included, stays valid UTF-8
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    lang = _lang_from(argv)
    args = build_parser(lang if lang in ("zh", "en") else "zh").parse_args(argv)
    if args.command in ("check", "fix-rounding", "locate"):
        return _check(args)
    if args.command == "batch":
        try:
            return _batch(args)
        except KeyboardInterrupt:  # the pool stops the workers; an unfinished run writes no report
            _console(stderr=True).print(ui("batch.interrupted", args.lang), style="bold red", markup=False)
            return 130
    if args.command == "templates":
        return _templates(args)
    if args.command == "template":
        return _template_init(args) if args.action == "init" else _template_check(args)
    if args.command == "serve":
        return _serve(args)
    if args.command == "wps":
        return _wps_build(args)
    if args.command == "diff":
        return _diff(args)
    if args.command == "compare":
        return _compare(args)
    if args.command == "excel":
        from xlrecon.excel.install import install

        return install(args.lang)
    return 2  # pragma: no cover - argparse requires a command


def run() -> None:
    """The ``xlrecon`` command (and ``python -m xlrecon``): :func:`main`, its output flushed, then
    the process ends at once with main's exit code. Everything is written and closed by then;
    what is skipped is the interpreter freeing each of a batch's many report objects one by
    one, a tenth of a second spent after the answer is out."""
    code = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):  # a reader that went away (| head), a closed stream
        pass
    os._exit(code)


def _console(stderr: bool = False):  # noqa: ANN202 - rich is imported lazily
    import shutil

    from xlrecon.render.terminal import SafeConsole as Console

    # piped output (a log, a CI job) gets a readable width instead of rich's 80 columns
    width = None if sys.stdout.isatty() else max(120, shutil.get_terminal_size((140, 24)).columns)
    return Console(stderr=stderr, highlight=False, soft_wrap=False, width=width)


def _check(args: argparse.Namespace) -> int:
    from xlrecon.api import check
    from xlrecon.errors import XlreconError

    if args.command == "check" and ((args.output or args.in_place or args.no_backup) and not args.annotate
                                    or (args.output and args.in_place)):
        _console(stderr=True).print(ui("usage.annotate_options", args.lang), style="bold red", markup=False)
        return 2
    try:
        report = check(args.paths, schema=args.schema, previous=getattr(args, "previous", None),
                       regions=args.regions, locate=args.command == "locate" or getattr(args, "locate", False))
    except XlreconError as exc:
        _console(stderr=True).print(exc.message(args.lang), style="bold red", markup=False)
        return 2
    if not report.files:
        _console(stderr=True).print(ui("no_files", args.lang, paths="、".join(args.paths)), style="bold red",
                                    markup=False)
        return 2
    if args.command == "fix-rounding":
        return _fix_rounding(report, args)
    if args.command == "locate":
        from xlrecon.api import located

        report = located(report)
    if getattr(args, "annotate", False):
        from xlrecon.api import annotate

        annotate(report, output=args.output, in_place=args.in_place, backup=not args.no_backup, lang=args.lang)
    from xlrecon.render.console import render

    return _finish(report, args, lambda console: render(report, console, args.lang))


def _finish(report, args: argparse.Namespace, render, streamed: bool = False) -> int:  # noqa: ANN001 - a Report, a view
    """What check and batch do last: the --report workbook, then JSON (unless it was
    ``streamed`` already) or the terminal view (``render``) with where the annotated copies
    went; the report's exit code."""
    from xlrecon.errors import XlreconError

    written = []
    failed = False
    if args.report:
        from xlrecon.api import write_report

        try:
            written.append(str(write_report(report, args.report, lang=args.lang)))
        except XlreconError as exc:  # said, and the findings are still shown below
            _console(stderr=True).print(exc.message(args.lang), style="bold red", markup=False)
            failed = True
    if args.format == "json":
        if not streamed:
            from xlrecon.render.json_out import write

            write(report, sys.stdout, args.lang)  # file by file: a batch's report is never one dict
            sys.stdout.write("\n")
    else:
        from xlrecon.render.console import render_annotations

        console = _console()
        render(console)
        render_annotations(report, written, console, args.lang)
    return 2 if failed else report.exit_code


def _batch(args: argparse.Namespace) -> int:
    import time

    from xlrecon.api import batch
    from xlrecon.errors import XlreconError

    # the console (rich) is made when first needed: the workers start before rich is imported
    err = functools.cache(lambda: _console(stderr=True))
    if args.output and not args.annotate:
        err().print(ui("usage.annotate_options", args.lang), style="bold red", markup=False)
        return 2
    if args.scheduler and args.engine != "dask":
        err().print(ui("usage.scheduler_engine", args.lang), style="bold red", markup=False)
        return 2
    from xlrecon.render.batch import Progress

    # --format json alone: the JSON is printed as the files are done (made by the workers)
    streamed = args.format == "json" and args.output_json is None
    start = time.monotonic()
    with Progress(err, args.lang) as (on_start, on_file):
        try:
            report = batch(args.paths, schema=args.schema, against=args.against, previous=args.previous,
                           regions=args.regions, jobs=args.jobs, timeout=args.timeout, annotate=args.annotate,
                           output=args.output, lang=args.lang, on_start=on_start, on_file=on_file,
                           output_json=sys.stdout if streamed else args.output_json, engine=args.engine,
                           scheduler=args.scheduler, resume=args.resume)
        except XlreconError as exc:
            err().print(exc.message(args.lang), style="bold red", markup=False)
            return 2
    seconds = time.monotonic() - start
    if not report.files:
        err().print(ui("no_files", args.lang, paths="、".join(args.paths)), style="bold red", markup=False)
        return 2
    from xlrecon.render.batch import render_batch

    return _finish(report, args, lambda console: render_batch(report, console, args.lang, seconds), streamed)


def _fix_rounding(report, args: argparse.Namespace) -> int:  # noqa: ANN001
    from xlrecon.api import apply_rounding, rounding_fixups

    if args.output and not args.apply:
        _console(stderr=True).print(ui("usage.apply_options", args.lang), style="bold red", markup=False)
        return 2
    fixes = rounding_fixups(report)
    written = apply_rounding(report, output=args.output, lang=args.lang) if args.apply else []
    if args.format == "json":
        import json

        from xlrecon import __version__
        from xlrecon.findings import json_number

        errors = [{"path": f.path, "error": f.error.to_dict(args.lang)} for f in report.files if f.error is not None]
        errors += [{"path": path, "error": exc.to_dict(args.lang)} for path, _, exc in written if exc is not None]
        sys.stdout.write(json.dumps({"xlrecon": __version__, "fixups": fixes, "errors": errors,
                                     "written": [{"path": path, "output": out} for path, out, _ in written if out]},
                                    ensure_ascii=False, indent=2, default=json_number) + "\n")
    else:
        from xlrecon.render.console import render_fixups

        render_fixups(report, fixes, written, _console(), args.lang)
    failed = any(f.error is not None for f in report.files) or any(exc is not None for _, _, exc in written)
    return 2 if failed else 0


def _templates(args: argparse.Namespace) -> int:
    from xlrecon.templates.loader import load_all_builtin

    templates = load_all_builtin()
    if args.format == "json":
        import json

        data = [
            {"name": t.name, "title": t.title[args.lang], "source": t.source,
             "columns": [{"name": c.name, "label": c.label, "type": c.type, "unit": c.unit,
                          "required": c.required} for c in t.columns]}
            for t in templates
        ]
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return 0
    from rich.table import Table

    table = Table(title=ui("templates.header", args.lang))
    for col in ("name", "title", "columns"):
        table.add_column(col)
    for t in templates:
        table.add_row(t.name, t.title[args.lang], "、".join(c.label for c in t.columns))
    _console().print(table)
    return 0


def _template_init(args: argparse.Namespace) -> int:
    from xlrecon.api import draft_template
    from xlrecon.errors import XlreconError
    from xlrecon.render.drafts import render_drafted

    err = _console(stderr=True)
    try:
        drafted = draft_template(args.workbook, sheet=args.sheet, regions=args.regions, lang=args.lang,
                                 output=args.output)
    except XlreconError as exc:
        err.print(exc.message(args.lang), style="bold red", markup=False)
        return 2
    if not args.output:
        sys.stdout.write(drafted.text)
    render_drafted(drafted, args.output, args.workbook, _console() if args.output else err, args.lang)
    return 0


def _template_check(args: argparse.Namespace) -> int:
    from xlrecon.api import template_tables
    from xlrecon.errors import XlreconError
    from xlrecon.templates import resolve

    try:
        template = resolve(args.template)
        found = template_tables(template, args.paths, lang=args.lang) if args.paths else []
    except XlreconError as exc:
        if args.format == "json":
            import json

            sys.stdout.write(json.dumps({"template": args.template, "error": exc.to_dict(args.lang)},
                                        ensure_ascii=False, indent=2) + "\n")
        else:
            _console(stderr=True).print(exc.message(args.lang), style="bold red", markup=False)
        return 2
    if args.format == "json":
        import json

        sys.stdout.write(json.dumps({"template": args.template, "error": None, "files": found},
                                    ensure_ascii=False, indent=2) + "\n")
    else:
        from xlrecon.render.drafts import render_template_check

        render_template_check(args.template, template, found, _console(), args.lang)
    return 2 if any(f["error"] is not None for f in found) else 0


def _serve(args: argparse.Namespace) -> int:
    try:
        from xlrecon.web.server import serve
    except ImportError as exc:  # FastAPI or uvicorn missing from this installation
        _console(stderr=True).print(ui("serve.missing", args.lang, detail=exc.name or str(exc)), style="bold red",
                                    markup=False)
        return 2
    try:
        serve(args.host, args.port, token=args.token, max_upload_mb=args.max_upload, open_browser=args.open,
              lang=args.lang, allow_origins=tuple(args.allow_origin),
              say=lambda line: _console().print(line, markup=False, highlight=False, soft_wrap=True))
    except OSError as exc:  # the port is taken, the host is not this machine's
        import errno

        key = "serve.port_taken" if exc.errno == errno.EADDRINUSE else "serve.failed"
        _console(stderr=True).print(ui(key, args.lang, host=args.host, port=args.port), style="bold red", markup=False)
        return 2
    return 0


def _wps_build(args: argparse.Namespace) -> int:
    from xlrecon.web.addin import build

    try:
        written = build(args.output, service=args.service)
    except FileNotFoundError:
        _console(stderr=True).print(ui("wps.none", args.lang), style="bold red", markup=False)
        return 2
    except FileExistsError as exc:
        _console(stderr=True).print(ui("wps.exists", args.lang, path=str(exc)), style="bold red", markup=False)
        return 2
    _console().print(ui("wps.built", args.lang, folder=args.output, files="、".join(p.name for p in written)),
                     markup=False, highlight=False, soft_wrap=True)
    return 0


def _diff(args: argparse.Namespace) -> int:
    from xlrecon.api import diff
    from xlrecon.errors import XlreconError

    try:
        d = diff(args.old, args.new, schema=args.schema, regions=args.regions, key=args.key)
    except XlreconError as exc:
        _console(stderr=True).print(exc.message(args.lang), style="bold red", markup=False)
        return 2
    done = None
    if args.annotate:
        from xlrecon.api import annotate_diff

        done = annotate_diff(d, output=args.output, lang=args.lang)
    if args.format == "json":
        import json

        from xlrecon.findings import json_number

        data = d.to_dict(args.lang)
        if done is not None:
            data["annotation"] = done.to_dict(args.lang)
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=json_number) + "\n")
    else:
        from xlrecon.render.diff import render_diff

        render_diff(d, _console(), args.lang, annotation=done)
    failed = done is not None and done.status != "annotated"
    return 2 if d.old_report.error is not None or d.new_report.error is not None or failed else 0


def _compare(args: argparse.Namespace) -> int:
    from xlrecon.api import compare
    from xlrecon.errors import XlreconError

    try:
        result = compare(args.a, args.b, key=args.key, columns=args.columns, tolerance=args.tolerance,
                         sheet_a=args.sheet_a, sheet_b=args.sheet_b, schema=args.schema,
                         pair_duplicates=args.pair_duplicates, regions=args.regions, output=args.output,
                         lang=args.lang)
    except XlreconError as exc:
        _console(stderr=True).print(exc.message(args.lang), style="bold red", markup=False)
        return 2
    if args.format == "json":
        import json

        sys.stdout.write(json.dumps(result.to_dict(args.lang), ensure_ascii=False, indent=2) + "\n")
    else:
        from xlrecon.render.compare import render_compare

        console = _console()
        render_compare(result, console, args.lang)
        if args.output:
            console.print(compare_text("written", args.lang, output=args.output), style="green", markup=False)
    if not result.self_check_holds:
        return 3
    return 0 if result.clean else 1
