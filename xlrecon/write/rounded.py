"""``xlrecon fix-rounding --apply``: a copy of a workbook with its rounding residues fixed.

The joint plan's edits (:mod:`xlrecon.locate.rounding`) are written into a copy
(``NAME.rounded.xlsx`` beside the file, or in a folder) through the same part-by-part editing
as an annotation: only the changed cells' values and their notes change; each changed cell
gets a note with the figure it held (where it has no note already). The copy is read back
before it is put in place: every changed cell must hold its new figure and every other cell
of every sheet its old value and text.
"""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

from xlrecon.errors import XlreconError
from xlrecon.findings import Change
from xlrecon.read.opc import PackageError
from xlrecon.write import files
from xlrecon.write.notes import add_notes, noted_cells
from xlrecon.write.package import Package
from xlrecon.write.sheetxml import SheetXml
from xlrecon.write.workbookxml import WorkbookXml


def rounded_path(src: Path, output: Path | None) -> Path:
    return (output or src.parent) / f"{src.stem}.rounded{src.suffix}"


def write_rounded(src: str | os.PathLike[str], changes: list[Change], *,
                  output: str | os.PathLike[str] | None = None, lang: str = "zh") -> Path:
    """Write ``src`` with ``changes`` to its rounded copy; raises XlreconError ``cannot-round``
    (a cell is not a typed number, or the package cannot be edited) or ``write-failed``."""
    from xlrecon.messages import fmt_number, ui

    src = Path(src)
    dest = rounded_path(src, Path(output) if output is not None else None)
    if src.suffix.lower() not in (".xlsx", ".xlsm"):
        raise XlreconError("cannot-round", file=str(src), reason_key="format", suffix=src.suffix)
    try:
        pkg = Package(src)
        wb = WorkbookXml(pkg)
        parts = {s.name: s.part for s in wb.sheets()}
        by_sheet: dict[str, list[Change]] = {}
        for c in changes:
            by_sheet.setdefault(c.where.sheet, []).append(c)
        for name, group in by_sheet.items():
            part = parts[name]
            sheet = SheetXml(pkg.read(part), part)
            refused = sheet.set_numbers({c.where.a1: format(c.new, "f") for c in group})
            if refused:
                raise XlreconError("cannot-round", file=str(src), reason_key="not_typed",
                                   cells="、".join(f"{name}!{r}" for r in refused))
            taken = noted_cells(pkg, part)
            notes = {c.where.a1: ui("round.note", lang, old=fmt_number(c.old), new=fmt_number(c.new))
                     for c in group if c.where.a1 not in taken}
            if notes:
                add_notes(pkg, part, sheet, notes)
            pkg.write(part, sheet.data)
        kept = list(parts)
    except PackageError as exc:
        raise XlreconError("cannot-round", file=str(src), reason_key="package." + exc.reason, **exc.params) from None

    def write(tmp: Path) -> None:
        pkg.save(tmp)
        _verify(src, tmp, kept, changes)

    files.write_in_place(dest, write)
    return dest


def _verify(src: Path, written: Path, kept: list[str], changes: list[Change]) -> None:
    """Each changed cell holds its new figure; every other cell its old value."""
    from xlrecon.read.workbook import Workbook

    new = {(c.where.sheet, c.where.row, c.where.col): c.new for c in changes}
    with Workbook(src) as before, Workbook(written) as after:
        for name in kept:
            if name not in before.sheet_names:
                continue
            a, b = before.grid(name), after.grid(name)
            if a.origin != b.origin or len(a.rows) != len(b.rows):
                raise XlreconError("write-failed", file=str(written), detail=f"the cells of sheet {name} moved")
            for i, (ra, rb) in enumerate(zip(a.rows, b.rows)):
                for j, (va, vb) in enumerate(zip(ra, rb)):
                    key = (name, a.origin[0] + i, a.origin[1] + j)
                    if key in new:
                        if not isinstance(vb, (int, float)) or Decimal(repr(vb)) != new[key]:
                            raise XlreconError("write-failed", file=str(written), detail=f"{name}: a new figure")
                    elif va != vb:
                        raise XlreconError("write-failed", file=str(written),
                                           detail=f"the values of sheet {name} changed")
