"""Notes (legacy comments) on flagged cells: the sheet's comments part and its VML drawing.

A sheet has at most one comments part and one VML drawing; the drawing may also
hold the sheet's form controls (buttons and their macros). Notes are appended to
what is there, each note xlrecon writes is authored ``xlrecon`` and its VML shape
carries ``alt="xlrecon"``, so that the next annotation can take exactly those away.
A cell that already has somebody's note keeps it untouched and gets no second one.
"""

from __future__ import annotations

import posixpath
import re
from typing import Any

from lxml import etree

from xlrecon.findings import a1, parse_a1
from xlrecon.read.opc import MAIN_NS, REL_COMMENTS, REL_VML, PackageError, parse_xml
from xlrecon.write.package import Package, serialize
from xlrecon.write import xmlscan
from xlrecon.write.sheetxml import SheetXml
from xlrecon.write.text import xml_safe

AUTHOR = "xlrecon"
COMMENTS_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"
VML_CT = "application/vnd.openxmlformats-officedocument.vmlDrawing"
MARK = b'alt="xlrecon"'

_SHAPE = re.compile(rb"""<v:shape(?=[\s>])(?:[^>"']|"[^"]*"|'[^']*')*>.*?</v:shape\s*>""", re.S)
_SPID = re.compile(rb"_x0000_s(\d+)")
_IDMAP = re.compile(rb"""<o:idmap\b[^>]*\bdata\s*=\s*["']([\d,\s]*)["']""")
_VML_NS = {b"v": b"urn:schemas-microsoft-com:vml", b"o": b"urn:schemas-microsoft-com:office:office",
           b"x": b"urn:schemas-microsoft-com:office:excel"}
_SHAPETYPE = (b'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
              b'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
              b'<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>')


def _home(sheet_part: str) -> str:
    """The folder that holds the workbook's parts (xl/ for xl/worksheets/sheet1.xml)."""
    return posixpath.dirname(posixpath.dirname(sheet_part)) or "xl"


def _rel_part(pkg: Package, sheet_part: str, suffix: str) -> tuple[str | None, str | None]:
    for rel in pkg.rels(sheet_part):
        if rel.type.endswith(suffix) and not rel.external:
            return rel.id, rel.target
    return None, None


def noted_cells(pkg: Package, sheet_part: str) -> set[str]:
    """Cells that already carry a note by someone other than xlrecon."""
    _, part = _rel_part(pkg, sheet_part, "/comments")
    if part is None or not pkg.has(part):
        return set()
    root = parse_xml(pkg.read(part), part)
    ns = etree.QName(root).namespace
    authors = [a.text or "" for a in root.iterfind(f"{{{ns}}}authors/{{{ns}}}author")]
    out = set()
    for c in root.iterfind(f"{{{ns}}}commentList/{{{ns}}}comment"):
        aid = c.get("authorId", "0")
        who = authors[int(aid)] if aid.isdigit() and int(aid) < len(authors) else None
        if who != AUTHOR:
            out.add((c.get("ref") or "").upper())
    return out


def _vml_blocks(pkg: Package) -> set[int]:
    used: set[int] = set()
    for name in pkg.parts():
        if name.lower().endswith(".vml"):
            for m in _IDMAP.finditer(pkg.read(name)):
                used.update(int(x) for x in re.split(rb"[,\s]+", m.group(1)) if x.strip().isdigit())
    return used


def add_notes(pkg: Package, sheet_part: str, sheet: SheetXml, notes: dict[str, str]) -> dict[str, Any]:
    """Add one note per cell (``notes``: A1 -> text). Returns the record :func:`remove_notes` needs."""
    record: dict[str, Any] = {"refs": sorted(notes)}
    # the comments part
    cid, cpart = _rel_part(pkg, sheet_part, "/comments")
    if cpart is not None and pkg.has(cpart):
        cdata = pkg.read(cpart)
        root = parse_xml(cdata, cpart)
        record["comments_created"] = False
    else:
        cdata = None
        root = etree.Element(f"{{{MAIN_NS}}}comments", nsmap={None: MAIN_NS})
        etree.SubElement(root, f"{{{MAIN_NS}}}authors")
        etree.SubElement(root, f"{{{MAIN_NS}}}commentList")
        cpart = pkg.unused_name(posixpath.join(_home(sheet_part), "comments{}.xml"))
        record["comments_created"] = True
    ns = etree.QName(root).namespace
    authors = root.find(f"{{{ns}}}authors")
    if authors is None:
        authors = etree.Element(f"{{{ns}}}authors")
        root.insert(0, authors)
    names = [a.text or "" for a in authors.iterfind(f"{{{ns}}}author")]
    record["author_added"] = AUTHOR not in names
    if AUTHOR not in names:
        etree.SubElement(authors, f"{{{ns}}}author").text = AUTHOR
        names.append(AUTHOR)
    aid = str(names.index(AUTHOR))
    clist = root.find(f"{{{ns}}}commentList")
    if clist is None:
        clist = etree.SubElement(root, f"{{{ns}}}commentList")
    for ref, text in sorted(notes.items(), key=lambda kv: parse_a1(kv[0])):
        c = etree.SubElement(clist, f"{{{ns}}}comment", ref=ref, authorId=aid)
        body = etree.SubElement(c, f"{{{ns}}}text")
        r1 = etree.SubElement(body, f"{{{ns}}}r")
        pr = etree.SubElement(r1, f"{{{ns}}}rPr")
        etree.SubElement(pr, f"{{{ns}}}b")
        etree.SubElement(pr, f"{{{ns}}}sz", val="9")
        etree.SubElement(r1, f"{{{ns}}}t").text = AUTHOR + ":"
        r2 = etree.SubElement(body, f"{{{ns}}}r")
        pr = etree.SubElement(r2, f"{{{ns}}}rPr")
        etree.SubElement(pr, f"{{{ns}}}sz", val="9")
        t = etree.SubElement(r2, f"{{{ns}}}t")
        t.text = xml_safe("\n" + text)
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    pkg.write(cpart, serialize(root, cdata))
    if record["comments_created"]:
        pkg.set_content_type(cpart, COMMENTS_CT)
        record["comments_rel"] = pkg.add_rel(sheet_part, REL_COMMENTS, cpart)
    record["comments"] = cpart

    # the VML drawing that shows them
    rid, legacy = sheet.legacy_drawing()
    vpart = pkg.rel_target(sheet_part, rid) if rid else None
    if vpart is not None and pkg.has(vpart):
        vdata = pkg.read(vpart)
        record["vml_created"] = False
        blocks = [int(x) for x in re.split(rb"[,\s]+", (_IDMAP.search(vdata) or [b"", b""])[1]) if x.strip().isdigit()]
        used = [int(m.group(1)) for m in _SPID.finditer(vdata)]
        first = max(used, default=(blocks[0] if blocks else max(_vml_blocks(pkg), default=0) + 1) * 1024) + 1
        shapes = b"".join(_shape(first + i, ref) for i, ref in enumerate(sorted(notes, key=parse_a1)))
        declared = all(re.search(rb"xmlns:" + p + rb"\s*=\s*[\"']" + re.escape(u), vdata) for p, u in _VML_NS.items())
        if not declared:
            decl = b"".join(b' xmlns:' + p + b'="' + u + b'"' for p, u in _VML_NS.items())
            shapes = re.sub(rb"<v:shape ", b"<v:shape" + decl + b" ", shapes)
        if b'id="_x0000_t202"' not in vdata:
            st = _SHAPETYPE if declared else _SHAPETYPE.replace(
                b"<v:shapetype ", b"<v:shapetype" + b"".join(b' xmlns:' + p + b'="' + u + b'"'
                                                           for p, u in _VML_NS.items()) + b" ", 1)
            shapes = st + shapes
        end = xmlscan.root_close(vdata, vpart)
        if end < 0:
            raise PackageError("bad_xml", part=vpart, detail="no closing tag")
        pkg.write(vpart, vdata[:end] + shapes + vdata[end:])
        record["vml_inserted"] = shapes.decode("utf-8")
    else:
        block = max(_vml_blocks(pkg), default=0) + 1
        vpart = pkg.unused_name(posixpath.join(_home(sheet_part), "drawings", "vmlDrawing{}.vml"))
        shapes = b"".join(_shape(block * 1024 + 1 + i, ref) for i, ref in enumerate(sorted(notes, key=parse_a1)))
        vdata = (b'<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
                 b' xmlns:x="urn:schemas-microsoft-com:office:excel">'
                 b'<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="' + str(block).encode() + b'"/>'
                 b'</o:shapelayout>' + _SHAPETYPE + shapes + b'</xml>')
        pkg.write(vpart, vdata)
        pkg.set_content_type(vpart, VML_CT)
        record["vml_created"] = True
        record["vml_rel"] = pkg.add_rel(sheet_part, REL_VML, vpart)
        record["legacy"] = sheet.add_legacy_drawing(record["vml_rel"]).decode("utf-8")
    record["vml"] = vpart
    return record


def _shape(n: int, ref: str) -> bytes:
    row, col = parse_a1(ref)
    r, c = row - 1, col - 1
    anchor = f"{c + 1}, 15, {max(r - 1, 0)}, 10, {c + 3}, 15, {r + 3}, 4".encode()
    return (b'<v:shape id="_x0000_s' + str(n).encode() + b'" type="#_x0000_t202" ' + MARK + b' style="position:absolute;'
            b'margin-left:80pt;margin-top:2pt;width:216pt;height:96pt;z-index:' + str(n % 1024).encode() +
            b';visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/>'
            b'<v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>'
            b'<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>'
            b'<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>' + anchor +
            b'</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>' + str(r).encode() + b'</x:Row><x:Column>' +
            str(c).encode() + b'</x:Column></x:ClientData></v:shape>')


def remove_notes(pkg: Package, sheet_part: str, sheet: SheetXml, record: dict[str, Any]) -> None:
    """Take away the notes an earlier annotation added (recorded by :func:`add_notes`)."""
    refs = {r.upper() for r in record.get("refs", [])}
    cpart = record.get("comments")
    if cpart and pkg.has(cpart):
        if record.get("comments_created"):
            pkg.discard(cpart, sheet_part, record.get("comments_rel"))
        else:
            data = pkg.read(cpart)
            root = parse_xml(data, cpart)
            ns = etree.QName(root).namespace
            authors = root.find(f"{{{ns}}}authors")
            names = [a.text or "" for a in authors.iterfind(f"{{{ns}}}author")] if authors is not None else []
            if AUTHOR in names:
                aid = str(names.index(AUTHOR))
                clist = root.find(f"{{{ns}}}commentList")
                for c in list(clist if clist is not None else []):
                    if isinstance(c.tag, str) and c.get("authorId") == aid:
                        clist.remove(c)
                still = [c for c in root.iter(f"{{{ns}}}comment") if c.get("authorId") == aid]
                if record.get("author_added") and not still and names[-1] == AUTHOR:
                    authors.remove(list(authors.iterfind(f"{{{ns}}}author"))[-1])
            pkg.write(cpart, serialize(root, data))
    vpart = record.get("vml")
    if vpart and pkg.has(vpart):
        if record.get("vml_created"):
            pkg.discard(vpart, sheet_part, record.get("vml_rel"))
            if record.get("legacy"):
                sheet.remove_text(record["legacy"].encode("utf-8"))
        else:
            data = pkg.read(vpart)
            inserted = record.get("vml_inserted", "").encode("utf-8")
            if inserted and data.count(inserted) == 1:  # as it was left: take exactly that away
                pkg.write(vpart, data.replace(inserted, b""))
                return

            def ours(m: re.Match[bytes]) -> bytes:
                shape = m.group(0)
                if MARK in shape.split(b">", 1)[0]:
                    return b""
                if b'ObjectType="Note"' in shape:
                    row = re.search(rb"<x:Row>(\d+)</x:Row>", shape)
                    col = re.search(rb"<x:Column>(\d+)</x:Column>", shape)
                    if row and col and a1(int(row.group(1)), int(col.group(1))) in refs:
                        return b""
                return shape

            pkg.write(vpart, _SHAPE.sub(ours, data))

