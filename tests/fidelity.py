"""Annotation fidelity over a set of OOXML files (used by tests/test_annotate_corpus.py).

For one file: read it, put findings on real cells of every sheet (a stored cell and an
empty one beyond it), annotate, and compare the packages part by part.
"""

from __future__ import annotations

import re
import zipfile
from collections import Counter
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

from lxml import etree

from xlrecon.errors import XlreconError
from xlrecon.findings import CellRef, FileReport, Finding
from xlrecon.read.opc import parse_content_types
from xlrecon.write.annotate import annotate_file
from xlrecon.read.workbook import Workbook

NOW = datetime(2026, 1, 1, tzinfo=timezone.utc)
#: content types of the parts an annotation may change (beyond the parts it adds)
CHANGEABLE_TYPES = ("worksheet+xml", "styles+xml", "comments+xml", "sheet.main+xml", "template.main+xml",
                    "sheet.macroEnabled.main+xml", "template.macroEnabledTemplate.main+xml", "vmlDrawing",
                    "relationships+xml")


def changeable(pkg_parts: dict[str, bytes]) -> set[str]:
    """Parts whose content type says an annotation may edit them (sheets, styles, workbook, notes, rels)."""
    types = parse_content_types(pkg_parts["[Content_Types].xml"])
    return {"[content_types].xml"} | {n.lower() for n in pkg_parts if (types.of(n) or "").endswith(CHANGEABLE_TYPES)}


_TAG = re.compile(rb"<([A-Za-z_][\w:.-]*)")


def synthetic_report(path: Path) -> FileReport | None:
    """Findings on the first stored cell of each sheet and on an empty cell below-right of the data."""
    report = FileReport(path=str(path), schema="test")
    try:
        with Workbook(path) as wb:
            for k, name in enumerate(wb.sheet_names[:4]):
                try:
                    g = wb.grid(name)
                except XlreconError:
                    continue
                first = next(((i, j) for i, row in enumerate(g.rows) for j, v in enumerate(row) if v is not None), None)
                if first is not None:
                    r, c = g.origin[0] + first[0], g.origin[1] + first[1]
                    report.findings.append(_finding(name, r, c, ("error", "warning", "info")[k % 3]))
                report.findings.append(_finding(name, g.origin[0] + g.n_rows + 1, g.origin[1] + g.n_cols + 1, "info"))
    except XlreconError:
        return None
    return report


def _finding(sheet: str, row: int, col: int, severity: str) -> Finding:
    return Finding(check="total", rule="fidelity", severity=severity, message_key="total.mismatch",
                   where=CellRef(sheet, row, col), row_label="行", column="列", expected=Decimal("1.5"),
                   actual=Decimal("2"), difference=Decimal("0.5"), unit="万元",
                   params={"whole": "合计", "whole_kind": "total_row"})


def parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist() if not n.endswith("/")}


def elements(data: bytes, name: str) -> Counter:
    """Every element of a part as (name, attributes except the ones annotation may set)."""
    if name.lower().endswith(".vml"):
        return Counter(m.group(1) for m in _TAG.finditer(data))
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, huge_tree=True))
    out = Counter()
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        local = etree.QName(el).localname
        attrs = {k: v for k, v in el.attrib.items()
                 if not (k == "s" and local == "c") and k != "count" and not (local == "sheetView" and k == "tabSelected")}
        out[(el.tag, tuple(sorted(attrs.items())))] += 1
    return out


def check_file(path: Path, out_dir: Path) -> tuple[str, str]:
    """('annotated' | 'refused' | 'failed' | 'skipped', detail)."""
    report = synthetic_report(path)
    if report is None:
        return "skipped", "reader does not open it"
    dest = out_dir / (path.stem + ".checked" + path.suffix)
    try:
        annotate_file(path, dest, report, now=NOW)
    except XlreconError as exc:
        if exc.code == "cannot-annotate":
            return "refused", exc.message("en")
        return "failed", exc.message("en")
    except Exception as exc:  # noqa: BLE001 - any other exception is a failure of the writer
        return "failed", f"{type(exc).__name__}: {exc}"
    before, after = parts(path), parts(dest)
    allowed = changeable(before)
    for name, data in before.items():
        if name not in after:
            return "failed", f"part {name} lost"
        if after[name] == data:
            continue
        if name.lower() not in allowed:
            return "failed", f"part {name} changed"
        try:
            missing = elements(data, name) - elements(after[name], name)
        except etree.XMLSyntaxError:
            continue  # the original part is not well-formed XML: byte checks above are all we can do
        if missing:
            return "failed", f"part {name} lost elements {list(missing)[:3]}"
    # same values in every original sheet
    with Workbook(path) as a, Workbook(dest) as b:
        for name in a.sheet_names:
            if name not in b.sheet_names:
                return "failed", f"sheet {name} lost"
            try:
                ga = a.grid(name)
            except XlreconError:
                continue
            if ga.rows != b.grid(name).rows:
                return "failed", f"values of sheet {name} changed"
    # twice gives the same content
    again = out_dir / (path.stem + ".again" + path.suffix)
    annotate_file(dest, again, report, now=NOW)
    if parts(again) != after:
        diff = [n for n in after if parts(again).get(n) != after[n]]
        return "failed", f"second annotation differs in {diff[:3]}"
    return "annotated", str(dest)
