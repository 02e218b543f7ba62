"""The Excel entry points: read the open workbook, check it, write the findings, say so.

:func:`run_on_book` never raises and never leaves the workbook half-written: a failure --
the workbook cannot be checked, or a write fails -- undoes what was written (desktop Excel),
or drops what was recorded (engines that send their changes to Excel when Python is done),
and ends in a message box saying what went wrong, instead of a Python traceback window. An
unexpected one (a bug) also leaves its traceback in ``xlrecon-excel.log`` in the temporary
folder, which the message names.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import tempfile
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from xlrecon.errors import XlreconError
from xlrecon.findings import FileReport
from xlrecon.messages import ui

#: engines that carry out each change at once and can read a cell's fill and add a note:
#: the fills and notes at flagged cells are made there only (they can be undone there)
MARKING_ENGINES = frozenset({"excel"})
LOG_NAME = "xlrecon-excel.log"


def run_from_excel() -> None:
    """``RunPython "import xlrecon.excel as x; x.run_from_excel()"``: the calling workbook."""
    import xlwings as xw

    run_on_book(xw.Book.caller())


def run_on_book(book: Any, *, lang: str | None = None, schema: str | None = None, marks: bool | None = None,
                now: dt.datetime | None = None) -> FileReport | None:
    """Check ``book`` (an xlwings Book) and write what was found into it; the report, or None
    when it failed (a message box says why). ``lang`` / ``schema`` default to the
    ``xlrecon lang`` / ``xlrecon schema`` rows of the ``xlwings.conf`` sheet (else Chinese, and
    the template whose headers match); ``marks`` (fills and notes at the cells) to whether the
    engine is desktop Excel."""
    from xlrecon import api
    from xlrecon.excel import sheets, writer
    from xlrecon.write.discrepancy import template_title

    shown = lang or "zh"
    try:
        read = sheets.read(book)
        shown = lang or read.settings.get("lang") or "zh"
        if shown not in ("zh", "en"):
            shown = "zh"
        report = api.check_grids(book.name, read.grids, schema or read.settings.get("schema"))
        if report.error is not None:  # no table of any template here, a bad rule: nothing to write
            raise report.error
        p = writer.plan(report, shown, read, now=now, template_title=template_title(report, shown))
        marked = marks if marks is not None else _engine(book) in MARKING_ENGINES
        with _screen_still(book):
            writer.write(book, p, read, marks=marked)
    except Exception as exc:  # noqa: BLE001 - a failure is a message box, not a traceback window
        _drop_recorded(book)
        _alert(book, _failure(exc, shown), mode="critical")
        return None
    _alert(book, writer.summary(p, shown, marked=marked), mode="info")
    return report


def _engine(book: Any) -> str:
    try:
        return book.app.engine.name
    except Exception:  # noqa: BLE001
        return ""


@contextlib.contextmanager
def _screen_still(book: Any) -> Iterator[None]:
    """Desktop Excel: no redrawing while writing (one redraw at the end)."""
    app = book.app if _engine(book) in MARKING_ENGINES else None
    before = None
    if app is not None:
        with contextlib.suppress(Exception):
            before, app.screen_updating = app.screen_updating, False
    try:
        yield
    finally:
        if app is not None and before is not None:
            with contextlib.suppress(Exception):
                app.screen_updating = before


def _drop_recorded(book: Any) -> None:
    """Engines that record changes and send them to Excel when Python is done (xlwings' remote
    engine): the changes recorded before a failure are dropped, so that none is made."""
    impl = getattr(book, "impl", None)
    recorded = getattr(impl, "_json", None)
    if isinstance(recorded, dict) and isinstance(recorded.get("actions"), list):
        recorded["actions"].clear()


def _failure(exc: Exception, lang: str) -> str:
    if isinstance(exc, XlreconError):
        return ui("excel.failed", lang, detail=exc.message(lang))
    log = Path(tempfile.gettempdir()) / LOG_NAME
    try:
        with log.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')}\n{traceback.format_exc()}\n")
    except OSError:
        log = None  # type: ignore[assignment]
    detail = f"{type(exc).__name__}: {exc}"
    return ui("excel.bug", lang, detail=detail, log=str(log) if log else "—")


def _alert(book: Any, text: str, *, mode: str) -> None:
    with contextlib.suppress(Exception):  # no message box to show it in: nothing more can be done
        book.app.alert(text, title="xlrecon", buttons="ok", mode=mode)
