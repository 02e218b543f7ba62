"""A separate report workbook (``--report FILE.xlsx``): every file's findings on one
discrepancy sheet with a 文件 column, each cell reference a hyperlink into the checked file."""

from __future__ import annotations

import os
import posixpath
import tempfile
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from lxml import etree

from xlrecon.errors import XlreconError
from xlrecon.findings import Report
from xlrecon.messages import ui
from xlrecon.workbook import discrepancy
from xlrecon.workbook.package import PR_NS, R_NS, Package
from xlrecon.workbook.stylesheet import Stylesheet

_CT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '</Types>'
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<Relationships xmlns="{PR_NS}"><Relationship Id="rId1" Type="{R_NS}/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)


def write_report(report: Report, dest: str | os.PathLike[str], *, lang: str = "zh",
                 now: datetime | None = None) -> Path:
    dest = Path(dest)
    name = ui("sheet.name", lang)
    links: dict[str, str] = {}
    rels = []

    def link(line: discrepancy.Line) -> tuple[str | None, str | None]:
        target = line.values[0]
        if target not in links:
            rid = f"rId{len(links) + 1}"
            links[target] = rid
            rel = _relative(Path(target), dest.parent)
            rels.append(f'<Relationship Id="{rid}" Type="{R_NS}/hyperlink" Target="{rel}" TargetMode="External"/>')
        return discrepancy.location(line.sheet, line.cell), links[target]

    lines = [ln for fr in report.files for ln in discrepancy.lines(fr, lang, with_file=True)]
    header = discrepancy.Header(
        file=ui("sheet.files", lang, n=len(report.files)),
        template="、".join(sorted({f.schema for f in report.files if f.schema})) or "—",
        time=(now or datetime.now().astimezone()).isoformat(timespec="seconds"),
        version=discrepancy.version_text(), counts=discrepancy.counts(report.files),
    )
    pkg = Package.blank({
        "[Content_Types].xml": _CT.encode(),
        "_rels/.rels": _ROOT_RELS.encode(),
        "xl/workbook.xml": b"",
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{PR_NS}"><Relationship Id="rId1" Type="{R_NS}/worksheet" '
            'Target="worksheets/sheet1.xml"/></Relationships>').encode(),
    })
    styles = Stylesheet(pkg, "xl/workbook.xml")
    xml, filter_ref = discrepancy.sheet_xml(header, lines, lang, styles.own, with_file=True, link=link)
    styles.save()
    pkg.write("xl/workbook.xml", (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'xmlns:r="{R_NS}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>'
        f'<sheet name="{discrepancy.escape(name, True)}" sheetId="1" r:id="rId1"/></sheets><definedNames>'
        '<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'
        f'{discrepancy.escape(discrepancy.filter_formula(name, filter_ref))}'
        '</definedName></definedNames></workbook>').encode())
    pkg.write("xl/worksheets/sheet1.xml", xml)
    if rels:
        pkg.write("xl/worksheets/_rels/sheet1.xml.rels", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{PR_NS}">' + "".join(rels) + '</Relationships>').encode())
    etree.fromstring(pkg.read("xl/workbook.xml"))  # well-formed, or fail here rather than in Excel
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".xlrecon-", suffix=".xlsx", dir=dest.parent)
    os.close(fd)
    try:
        pkg.save(tmp)
        os.replace(tmp, dest)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise XlreconError("write-failed", file=str(dest), detail=str(exc)) from None
    return dest


def _relative(target: Path, base: Path) -> str:
    try:
        rel = os.path.relpath(target.resolve(), base.resolve())
    except ValueError:  # another drive on Windows
        rel = str(target.resolve())
    # percent-encoded: nothing left that XML would need escaped
    return quote(rel.replace(os.sep, posixpath.sep), safe="/._-~")

