"""The workbook of a two-table comparison (``xlrecon compare --output FILE.xlsx``): the pairs
side by side, one line per pair and column, each amount with its cell's address and a hyperlink
to that cell in its source file; then a sheet of the self-check. Written from scratch as the
report workbook is (:mod:`xlrecon.write.report_book`): its package, styles and links."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any


from xlrecon.findings import column_letter
from xlrecon.messages import compare_text
from xlrecon.read.opc import PR_NS, R_NS
from xlrecon.write import discrepancy
from xlrecon.write.package import Package
from xlrecon.write.report_book import _CT_HEAD, _CT_SHEET, _ROOT_RELS, _XML, _Links, save_book
from xlrecon.write.stylesheet import Stylesheet

#: the pairs sheet's columns: (COMPARE key, width)
PAIR_COLUMNS = [("col.key", 24), ("col.status", 12), ("col.column", 28), ("col.unit", 8), ("col.a", 16),
                ("col.cell_a", 22), ("col.b", 16), ("col.cell_b", 22), ("col.difference", 16), ("col.tolerance", 12)]
CHECK_COLUMNS = [("col.column", 28), ("col.unit", 8), ("term.sum_a", 16), ("term.sum_b", 16), ("term.left", 16),
                 ("term.differs", 18), ("term.only_a", 16), ("term.only_b", 16), ("term.residue", 18),
                 ("term.unpaired", 18), ("term.unreadable", 20), ("term.right", 16), ("term.holds", 10)]
_STATUS_STYLE = {"match": "text", "differs": "sev.error", "unreadable": "sev.error", "only_a": "sev.warning",
                 "only_b": "sev.warning"}


def _sheet(rows: list[str], widths: list[int], last_row: int, links: list[str]) -> bytes:
    last = column_letter(len(widths) - 1)
    ref = f"A1:{last}{max(last_row, 1)}"
    cols = "".join(f'<col min="{j + 1}" max="{j + 1}" width="{w}" customWidth="1"/>' for j, w in enumerate(widths))
    return (
        _XML + f'<worksheet xmlns="{discrepancy.MAIN}" xmlns:r="{discrepancy.RELS}"><dimension ref="{ref}"/>'
        '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" '
        'state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
        f'<sheetFormatPr defaultRowHeight="15"/><cols>{cols}</cols><sheetData>{"".join(rows)}</sheetData>'
        f'<autoFilter ref="{ref}"/>' + (f'<hyperlinks>{"".join(links)}</hyperlinks>' if links else "")
        + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
    ).encode("utf-8")


def write_compare(result: Any, dest: str | os.PathLike[str], *, lang: str = "zh") -> Path:
    """``result``: a :class:`~xlrecon.versions.compare.Comparison`; ``dest``: the .xlsx to write."""
    dest = Path(dest)
    pkg = Package.blank({
        "[Content_Types].xml": (_CT_HEAD + _CT_SHEET.format(n=1) + _CT_SHEET.format(n=2) + "</Types>").encode(),
        "_rels/.rels": _ROOT_RELS.encode(),
        "xl/workbook.xml": b"",
        "xl/_rels/workbook.xml.rels": (_XML + f'<Relationships xmlns="{PR_NS}">' + "".join(
            f'<Relationship Id="rId{i}" Type="{R_NS}/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in (1, 2)) + "</Relationships>").encode(),
    })
    styles = Stylesheet(pkg, "xl/workbook.xml")
    st = styles.own
    cell, esc = discrepancy.cell, discrepancy.escape
    links = _Links(dest.parent)
    head = ['<row r="1">' + "".join(cell(f"{column_letter(j)}1", compare_text(k, lang), st("header"))
                                    for j, (k, _) in enumerate(PAIR_COLUMNS)) + "</row>"]
    rows, hyperlinks = head, []
    r = 1
    paths = {"a": result.a.path, "b": result.b.path}
    for p in result.pairs:
        for j, c in enumerate(result.columns):
            r += 1
            g = p.gaps[j] if p.gaps else None
            x = p.a.amounts[j] if p.a else None
            y = p.b.amounts[j] if p.b else None
            line = [cell(f"A{r}", p.label, st("text")),
                    cell(f"B{r}", compare_text("status." + (g.status if g else p.status), lang),
                         st(_STATUS_STYLE[g.status if g else p.status])),
                    cell(f"C{r}", c.label, st("text")), cell(f"D{r}", c.unit or "", st("text"))]
            for side, amount, vcol, ccol in (("a", x, "E", "F"), ("b", y, "G", "H")):
                if amount is None:
                    continue
                value = amount.value if amount.value is not None else amount.text
                line.append(cell(f"{vcol}{r}", value, st("number" if amount.value is not None else "sev.error")))
                where = f"{amount.cell.sheet}!{amount.cell.a1}"
                line.append(cell(f"{ccol}{r}", where, st("link")))
                loc = discrepancy.location(amount.cell.sheet, amount.cell.a1)
                hyperlinks.append(f'<hyperlink ref="{ccol}{r}" r:id="{links.rid(paths[side])}" '
                                  f'location="{esc(loc, True)}" display="{esc(where, True)}"/>')
            if g is not None and g.difference is not None:
                line.append(cell(f"I{r}", g.difference, st("number")))
            if g is not None and g.tolerance is not None:
                line.append(cell(f"J{r}", g.tolerance, st("number")))
            rows.append(f'<row r="{r}">' + "".join(line) + "</row>")
    pairs_xml = _sheet(rows, [w for _, w in PAIR_COLUMNS], r, hyperlinks)
    crow = ['<row r="1">' + "".join(cell(f"{column_letter(j)}1", compare_text(k, lang), st("header"))
                                    for j, (k, _) in enumerate(CHECK_COLUMNS)) + "</row>"]
    for i, c in enumerate(result.checks, start=2):
        values = [c.column, c.unit or "", c.sum_a, c.sum_b, c.left, c.differs, c.only_a, c.only_b, c.residue,
                  c.unpaired, c.unreadable, c.right,
                  compare_text("self_check.holds" if c.holds else "self_check.fails", lang)]
        crow.append(f'<row r="{i}">' + "".join(
            cell(f"{column_letter(j)}{i}", v, st("text" if j in (0, 1) else "number" if j < 12
                                                  else "text" if c.holds else "sev.error"))
            for j, v in enumerate(values)) + "</row>")
    check_xml = _sheet(crow, [w for _, w in CHECK_COLUMNS], len(result.checks) + 1, [])
    styles.save()
    names = [compare_text("sheet.pairs", lang), compare_text("sheet.check", lang)]
    entries = "".join(f'<sheet name="{esc(n, True)}" sheetId="{i}" r:id="rId{i}"/>' for i, n in enumerate(names, 1))
    pkg.write("xl/workbook.xml", (
        _XML + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'xmlns:r="{R_NS}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>{entries}</sheets>'
        '</workbook>').encode())
    pkg.write("xl/worksheets/sheet1.xml", pairs_xml)
    pkg.write("xl/worksheets/sheet2.xml", check_xml)
    rels = links.part()
    if rels is not None:
        pkg.write("xl/worksheets/_rels/sheet1.xml.rels", rels)
    return save_book(pkg, dest)
