"""The only code that writes findings into a submitted workbook.

:func:`annotate_file` edits the package part by part (:mod:`.package`): the flagged
cells' ``s`` attributes in their sheets, appended styles, notes (comments part and
VML), a new discrepancy sheet and the workbook's sheet list. Every other part is
copied unchanged. Before it annotates, it undoes what an earlier annotation wrote
(recorded in :mod:`.state`), so annotating twice gives the same content, and a
cell whose finding is gone gets its own look back.

The new file is written beside the destination under a temporary name, re-read
with python-calamine (every original sheet must give the same values, the
discrepancy sheet one row per finding) and only then renamed into place.
"""

from __future__ import annotations

import os
import posixpath
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from xlrecon.errors import XlreconError
from xlrecon.findings import FileReport, Report
from xlrecon.messages import ui
from xlrecon.read.opc import PackageError
from xlrecon.write import discrepancy
from xlrecon.write import files
from xlrecon.write.notes import add_notes, noted_cells, remove_notes
from xlrecon.write.package import Package
from xlrecon.write.sheetxml import SheetXml
from xlrecon.write.state import drop_state, read_state, write_state
from xlrecon.write.stylesheet import Stylesheet, undo
from xlrecon.write.workbookxml import WorkbookXml

#: extensions the writer can annotate (OOXML transitional); anything else is refused
ANNOTATABLE = (".xlsx", ".xlsm", ".xltx", ".xltm")


@dataclass
class Annotation:
    """What happened to one file: its annotated copy, or why there is none."""

    path: str
    status: str  # "annotated", "refused", "failed"
    output: str | None = None
    backup: str | None = None
    error: XlreconError | None = None

    def to_dict(self, lang: str = "zh") -> dict[str, Any]:
        return {"status": self.status, "output": self.output, "backup": self.backup,
                "error": self.error.to_dict(lang) if self.error is not None else None}


def output_path(src: Path, output_dir: Path | None) -> Path:
    """NAME.checked.xlsx beside the input (or in ``output_dir``); a .checked file maps to itself."""
    stem, suffix = src.stem, src.suffix
    name = src.name if stem.endswith(".checked") else f"{stem}.checked{suffix}"
    return (output_dir or src.parent) / name


def annotate_report(report: Report, *, output: str | os.PathLike[str] | None = None, in_place: bool = False,
                    backup: bool = True, lang: str = "zh", now: datetime | None = None,
                    kind: str = "check") -> list[Annotation]:
    """Write each checked file's findings into a copy of it (``NAME.checked.xlsx`` beside
    it or in ``output``), or into the file itself with ``in_place`` (keeping
    ``NAME.bak.xlsx`` unless ``backup`` is False). Sets and returns each file's
    :class:`Annotation`; never raises for one bad file. ``kind``: the sheet written
    (:data:`~xlrecon.write.discrepancy.SHEET_KINDS`: the discrepancy sheet, or ``diff``'s 修改对照)."""
    out = []
    for fr in report.files:
        src = Path(fr.path)
        # in place on a symbolic link: the file it points to is annotated (and backed up beside it)
        dest = Path(os.path.realpath(src)) if in_place else output_path(
            src, Path(output) if output is not None else None)
        title = discrepancy.template_title(fr, lang)
        keep = None
        try:
            if dest.resolve() == src.resolve() and backup:
                keep = _backup_path(dest)
                files.copy_exclusive(dest, keep)
            annotate_file(src, dest, fr, lang=lang, now=now, template_title=title, kind=kind)
            result = Annotation(str(src), "annotated", output=str(dest), backup=str(keep) if keep else None)
        except XlreconError as exc:
            _remove(keep)
            result = Annotation(str(src), "refused" if exc.code == "cannot-annotate" else "failed", error=exc)
        except OSError as exc:
            _remove(keep if keep is not None and keep.exists() and not _same(keep, dest) else None)
            result = Annotation(str(src), "failed", error=XlreconError("write-failed", file=str(dest), detail=str(exc)))
        fr.annotation = result
        out.append(result)
    return out


def _backup_path(src: Path) -> Path:
    """NAME.bak.xlsx, or NAME.bak2.xlsx, … : an earlier backup (or anything else of that name, a
    dangling link included) is never overwritten."""
    n = 1
    while True:
        cand = src.with_name(f"{src.stem}.bak{'' if n == 1 else n}{src.suffix}")
        if not os.path.lexists(cand):
            return cand
        n += 1


def _remove(path: Path | None) -> None:
    """Remove a backup made for a write that failed; a folder that refuses is left as it is."""
    if path is None:
        return
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def refusal(path: Path, report: FileReport) -> XlreconError | None:
    """Why a file cannot be annotated safely, before anything is written (None: it can be)."""
    suffix = path.suffix.lower()
    if report.error is not None and report.error.code in (
            "file-not-found", "not-a-file", "empty-file", "not-a-workbook", "corrupt-file", "encrypted", "read-error",
            "unsupported-format", "too-large"):
        return XlreconError("cannot-annotate", file=str(path), reason_key="unreadable")
    if suffix not in ANNOTATABLE:
        return XlreconError("cannot-annotate", file=str(path), reason_key="format", suffix=suffix or "?")
    return None


def annotate_file(src: str | os.PathLike[str], dest: str | os.PathLike[str], report: FileReport, *,
                  lang: str = "zh", now: datetime | None = None, template_title: str | None = None,
                  kind: str = "check") -> Path:
    """Write ``src`` with ``report``'s findings to ``dest`` (which may be ``src``: it is
    replaced only once the new file is complete and re-read). Raises XlreconError
    ``cannot-annotate`` (the package cannot be edited safely) or ``write-failed``."""
    src, dest = Path(src), Path(dest)
    refused = refusal(src, report)
    if refused is not None:
        raise refused
    try:
        pkg = Package(src)
        added, kept = _annotate(pkg, report, lang, now or datetime.now().astimezone(), template_title, kind)
    except PackageError as exc:
        raise XlreconError("cannot-annotate", file=str(src), reason_key="package." + exc.reason,
                           **exc.params) from None
    mode = files.mode_of(dest) if dest.exists() and _same(src, dest) else None  # in place: the original's

    def write(tmp: Path) -> None:
        pkg.save(tmp)
        _verify(tmp, report, lang, kept, added, src=src, changed=pkg.changed)

    files.write_in_place(dest, write, mode)
    return dest


# -- the edit itself ---------------------------------------------------------------
def _annotate(pkg: Package, report: FileReport, lang: str, now: datetime,
              template_title: str | None, kind: str = "check") -> tuple[str, list[str]]:
    """Edit the package; returns the discrepancy sheet's name and the names of the sheets kept."""
    wb = WorkbookXml(pkg)
    _undo_previous(pkg, wb)
    kept = [s.name for s in wb.sheets()]
    styles = Stylesheet(pkg, wb.part)
    parts = {s.name: s.part for s in wb.sheets()}
    record: dict[str, Any] = {"cells": {}, "notes": {}}

    for sheet_name, flagged in discrepancy.by_cell(report.findings, lang).items():
        part = parts.get(sheet_name)
        if part is None or not pkg.has(part):
            continue
        sheet = SheetXml(pkg.read(part), part)
        current = sheet.styles(list(flagged))
        changes = {ref: styles.flagged(current[ref].shown, sev) for ref, (sev, _) in flagged.items()}
        made_cells, made_rows, opened = sheet.set_styles(changes)
        record["cells"][part] = {
            "ours": changes,
            "was": {ref: current[ref].s for ref in changes if current[ref].exists},
            "created_cells": sorted(made_cells), "created_rows": sorted(made_rows), "opened_rows": sorted(opened),
        }
        taken = noted_cells(pkg, part)
        notes = {ref: text for ref, (_, text) in flagged.items() if ref.upper() not in taken}
        if notes:
            record["notes"][part] = add_notes(pkg, part, sheet, notes)
        pkg.write(part, sheet.data)

    name = _sheet_name(wb, lang, kind)
    part = pkg.unused_name(posixpath.join(posixpath.dirname(wb.part), "worksheets", "sheet{}.xml"))
    header = discrepancy.file_header(report, lang, now, template_title)
    xml, filter_ref = discrepancy.sheet_xml(header, discrepancy.lines(report, lang), lang, styles.own, kind=kind)
    pkg.write(part, xml)
    record["sheet"] = wb.add_sheet(name, part, filter_ref)
    wb.save()
    styles.save()
    record["styles"] = styles.record()
    write_state(pkg, wb.part, record)
    return name, kept


def _undo_previous(pkg: Package, wb: WorkbookXml) -> None:
    record, rid, item = read_state(pkg, wb.part)
    if record:
        for part, cells in record.get("cells", {}).items():
            if not pkg.has(part):
                continue
            sheet = SheetXml(pkg.read(part), part)
            ours = {ref: int(s) for ref, s in cells.get("ours", {}).items()}
            now = sheet.styles(list(ours))
            back = {ref: cells.get("was", {}).get(ref) for ref in ours
                    if now[ref].exists and now[ref].s == str(ours[ref]) and ref in cells.get("was", {})}
            sheet.set_styles(back)
            sheet.drop_created(set(cells.get("created_cells", [])), set(cells.get("created_rows", [])),
                               set(cells.get("opened_rows", [])))
            if part in record.get("notes", {}):
                remove_notes(pkg, part, sheet, record["notes"][part])
            pkg.write(part, sheet.data)
        for part, notes in record.get("notes", {}).items():
            if part not in record.get("cells", {}) and pkg.has(part):
                sheet = SheetXml(pkg.read(part), part)
                remove_notes(pkg, part, sheet, notes)
                pkg.write(part, sheet.data)
        sheet = record.get("sheet") or {}
        if sheet.get("rid"):
            wb.remove_sheet(sheet["rid"], pkg.name(sheet.get("part", "")) if sheet.get("part") else None,
                            names_created=bool(sheet.get("names_created")))
        wb.save()
        undo(pkg, wb.part, record.get("styles") or {})
    else:
        # no record (dropped by a program that does not keep custom XML): an earlier
        # discrepancy sheet is still recognised by its title cell, and replaced
        for entry in wb.sheets():
            if entry.part and _is_ours(pkg, entry.part):
                wb.remove_sheet(entry.rid, entry.part)
                wb.save()
    if item is not None and rid is not None:
        drop_state(pkg, wb.part, rid, item)


def _is_ours(pkg: Package, part: str) -> bool:
    head = pkg.read(part)[:6000].decode("utf-8", "replace")
    return any(ui(words["title"], lang) in head and ui("sheet.col.message", lang) in head
               for lang in ("zh", "en") for words in discrepancy.SHEET_KINDS.values())


def _sheet_name(wb: WorkbookXml, lang: str, kind: str = "check") -> str:
    return discrepancy.free_name(ui(discrepancy.SHEET_KINDS[kind]["name"], lang), (s.name for s in wb.sheets()))


def _same_values(src: Path, written: Path, kept: list[str]) -> None:
    """Every original sheet of the written file holds the values and texts of ``src``'s, cell by cell."""
    from xlrecon.read.workbook import Workbook

    with Workbook(src) as before, Workbook(written) as after:
        for name in kept:
            if name not in before.sheet_names:
                continue
            try:
                was = before._calamine(name)[:2]
            except XlreconError:
                continue  # a sheet the reader cannot take: nothing to compare it with
            if was != after._calamine(name)[:2]:
                raise XlreconError("write-failed", file=str(written), detail=f"the values of sheet {name} changed")


def _verify(written: Path, report: FileReport, lang: str, kept: list[str], added: str, *,
            src: Path | None = None, changed: set[str] = frozenset()) -> None:
    """The written file must be a sound zip that python-calamine opens, each part written
    well-formed XML without a DTD, the original sheets in their order with every cell's value
    and text as in ``src``, and the discrepancy sheet listing every finding."""
    import zipfile

    from xlrecon.read.opc import PackageError
    from xlrecon.read.workbook import Workbook
    from xlrecon.write.xmlscan import well_formed

    try:
        with zipfile.ZipFile(written) as z:
            bad = z.testzip()
            if bad is not None:
                raise XlreconError("write-failed", file=str(written), detail=f"bad CRC in {bad}")
            names = {n.lower(): n for n in z.namelist()}
            for part in sorted(changed):
                name = names.get(part.lower())
                if name is not None and name.lower().endswith((".xml", ".rels")):
                    try:
                        well_formed(z.read(name), name)
                    except PackageError as exc:
                        raise XlreconError("write-failed", file=str(written),
                                           detail=f"{name}: {exc.reason}") from None
        if src is not None:
            _same_values(src, written, kept)
        with Workbook(written) as after:
            names = [n for n in after.sheet_names if n != added]  # worksheets only (no chart sheets)
            if added not in after.sheet_names or names != [n for n in kept if n in names] \
                    or any(n not in kept for n in names):
                raise XlreconError("write-failed", file=str(written), detail="sheet list changed")
            rows = after.grid(added).rows
            expected = len(report.findings) + (1 if report.error is not None else 0)
            if len(rows) < discrepancy.HEADER_ROW + expected - 1:
                raise XlreconError("write-failed", file=str(written), detail="discrepancy sheet incomplete")
    except XlreconError as exc:
        if exc.code == "write-failed":
            raise
        raise XlreconError("write-failed", file=str(written), detail=exc.message(lang)) from None
