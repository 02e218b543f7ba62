"""The styles part: the fills that mark findings and the few styles of the discrepancy sheet.

Styles are only ever appended (fonts, fills, cell formats), so every index a cell
already uses keeps its meaning. What was appended is recorded, so that the next
annotation can take it away again before adding its own (see :mod:`.annotate`).
"""

from __future__ import annotations

import copy
from typing import Any

from lxml import etree

from xlrecon.read.opc import MAIN_NS, REL_STYLES, PackageError, parse_xml, styles_part
from xlrecon.write.package import Package, serialize

STYLES_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"

#: severity -> (fill colour of the flagged cell, font colour used on the discrepancy sheet). Printed
#: in black and white the fills are three greys: info (a mid blue, grey 186) the darkest, error
#: (pink, 217) lighter, warning (yellow, 232) the lightest, black text legible on each
SEVERITY_COLOURS = {"error": ("FFFFC7CE", "FF9C0006"), "warning": ("FFFFEB9C", "FF9C5700"),
                    "info": ("FF9BC2E6", "FF1F3864")}
HEADER_FILL = "FFD9E1F2"
LINK_COLOUR = "FF0563C1"

#: ECMA-376 order of a styleSheet's children
_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs",
          "tableStyles", "colors", "extLst"]
_LISTS = ("fonts", "fills", "cellXfs")

_MINIMAL = (
    f'<styleSheet xmlns="{MAIN_NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/>'
    '<family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/>'
    '<top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" '
    'fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" '
    'borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" '
    'builtinId="0"/></cellStyles></styleSheet>'
).encode()


class Stylesheet:
    """The workbook's styles part, open for appending."""

    def __init__(self, pkg: Package, workbook: str) -> None:
        self.pkg = pkg
        self.workbook = workbook
        self.part = styles_part(pkg, workbook)
        self.created = self.part is None or not pkg.has(self.part)
        if self.created:
            self.original = None
            self.root = etree.fromstring(_MINIMAL)
        else:
            self.original = pkg.read(self.part)
            self.root = parse_xml(self.original, self.part)
        self.ns = etree.QName(self.root).namespace or MAIN_NS
        self.before = {name: (len(self._items(name)), self._section(name, create=False))
                       for name in _LISTS}
        self.before_counts = {name: (sec.get("count") if sec is not None else None)
                              for name, (_, sec) in self.before.items()}
        self._fill_xf: dict[tuple[int, str], int] = {}
        self._own: dict[str, int] = {}

    # -- structure --------------------------------------------------------------
    def _q(self, local: str) -> str:
        return f"{{{self.ns}}}{local}"

    def _section(self, name: str, create: bool = True) -> etree._Element | None:
        found = self.root.find(self._q(name))
        if found is not None or not create:
            return found
        el = etree.Element(self._q(name))
        later = _ORDER[_ORDER.index(name) + 1:]
        for i, child in enumerate(self.root):
            if isinstance(child.tag, str) and etree.QName(child).localname in later:
                self.root.insert(i, el)
                break
        else:
            self.root.append(el)
        return el

    def _items(self, name: str) -> list[etree._Element]:
        sec = self.root.find(self._q(name))
        return [] if sec is None else [c for c in sec if isinstance(c.tag, str)]

    def _append(self, name: str, el: etree._Element) -> int:
        sec = self._section(name)
        n = len(self._items(name))
        sec.append(el)
        sec.set("count", str(n + 1))
        return n

    # -- what annotation asks for ---------------------------------------------
    def fill(self, argb: str) -> int:
        fill = etree.Element(self._q("fill"))
        pattern = etree.SubElement(fill, self._q("patternFill"), patternType="solid")
        etree.SubElement(pattern, self._q("fgColor"), rgb=argb)
        etree.SubElement(pattern, self._q("bgColor"), indexed="64")
        return self._append("fills", fill)

    def flagged(self, base: int, severity: str) -> int:
        """The cell format ``base`` with the severity's fill (made once per base and severity)."""
        key = (base, severity)
        if key not in self._fill_xf:
            fill_id = self._own_fill(severity)
            xfs = self._items("cellXfs")
            if 0 <= base < len(xfs):
                xf = copy.deepcopy(xfs[base])
            else:
                xf = etree.Element(self._q("xf"), numFmtId="0", fontId="0", fillId="0", borderId="0", xfId="0")
            xf.set("fillId", str(fill_id))
            xf.set("applyFill", "1")
            xf.tail = None
            self._fill_xf[key] = self._append("cellXfs", xf)
        return self._fill_xf[key]

    def _own_fill(self, severity: str) -> int:
        key = "fill." + severity
        if key not in self._own:
            self._own[key] = self.fill(SEVERITY_COLOURS[severity][0])
        return self._own[key]

    def _font(self, key: str, *, bold: bool = False, underline: bool = False, colour: str | None = None,
              size: str | None = None) -> int:
        if key in self._own:
            return self._own[key]
        fonts = self._items("fonts")
        base = fonts[0] if fonts else None
        font = etree.Element(self._q("font"))
        if bold:
            etree.SubElement(font, self._q("b"))
        if underline:
            etree.SubElement(font, self._q("u"))
        sz = size or _child_val(base, self._q("sz")) or "11"
        etree.SubElement(font, self._q("sz"), val=sz)
        if colour:
            etree.SubElement(font, self._q("color"), rgb=colour)
        for tag in ("name", "family", "charset", "scheme"):
            v = _child_val(base, self._q(tag))
            if v is not None:
                etree.SubElement(font, self._q(tag), val=v)
        if _child_val(base, self._q("name")) is None:
            etree.SubElement(font, self._q("name"), val="Calibri")
        self._own[key] = self._append("fonts", font)
        return self._own[key]

    def own(self, role: str) -> int:
        """A cell format of the discrepancy sheet: title, label, header, text, wrap, link,
        number, or ``sev.<severity>``."""
        key = "xf." + role
        if key in self._own:
            return self._own[key]
        attrs: dict[str, Any] = {"numFmtId": "0", "fontId": "0", "fillId": "0", "borderId": "0", "xfId": "0"}
        align: dict[str, str] = {"vertical": "top"}
        if role == "title":
            attrs["fontId"] = str(self._font("font.title", bold=True, size="14"))
        elif role in ("label", "header"):
            attrs["fontId"] = str(self._font("font.bold", bold=True))
            if role == "header":
                if "fill.header" not in self._own:
                    self._own["fill.header"] = self.fill(HEADER_FILL)
                attrs["fillId"] = str(self._own["fill.header"])
                align = {"horizontal": "center", "vertical": "center", "wrapText": "1"}
        elif role == "wrap":
            align = {"vertical": "top", "wrapText": "1"}
        elif role == "link":
            attrs["fontId"] = str(self._font("font.link", underline=True, colour=LINK_COLOUR))
        elif role.startswith("sev."):
            severity = role[4:]
            attrs["fontId"] = str(self._font("font." + severity, bold=True, colour=SEVERITY_COLOURS[severity][1]))
            attrs["fillId"] = str(self._own_fill(severity))
            align = {"horizontal": "center", "vertical": "top"}
        attrs.update(applyFont="1", applyFill="1", applyAlignment="1")
        xf = etree.Element(self._q("xf"), **attrs)
        etree.SubElement(xf, self._q("alignment"), **align)
        self._own[key] = self._append("cellXfs", xf)
        return self._own[key]

    # -- writing and undoing ------------------------------------------------------
    def record(self) -> dict[str, Any]:
        """What was appended, for :func:`undo` next time."""
        return {
            "created": self.created,
            "part": self.part,
            "lists": {name: [self.before[name][0], len(self._items(name)), self.before_counts[name],
                             self.before[name][1] is not None] for name in _LISTS},
        }

    def save(self) -> str:
        if self.created:
            self.part = self.part or "xl/styles.xml"
            if not self.pkg.has(self.part):
                self.pkg.set_content_type(self.part, STYLES_CT)
                self.pkg.add_rel(self.workbook, REL_STYLES, self.part)
        self.pkg.write(self.part, serialize(self.root, self.original))
        return self.part


def undo(pkg: Package, workbook: str, record: dict[str, Any]) -> None:
    """Take away what an earlier annotation appended, if the styles are still as it left them."""
    part = record.get("part")
    if not part or not pkg.has(part):
        return
    if record.get("created"):
        rid = next((rel.id for rel in pkg.rels(workbook) if rel.target == part), None)
        pkg.discard(part, workbook, rid)
        return
    data = pkg.read(part)
    root = parse_xml(data, part)
    ns = etree.QName(root).namespace
    sections = {}
    for name, (before, after, count, existed) in record.get("lists", {}).items():
        sec = root.find(f"{{{ns}}}{name}")
        items = [] if sec is None else [c for c in sec if isinstance(c.tag, str)]
        if len(items) != after or before > after:
            return  # changed since (saved by another program): leave the styles alone
        sections[name] = (sec, items, before, count, existed)
    for sec, items, before, count, existed in sections.values():
        if sec is None:
            continue
        for el in items[before:]:
            sec.remove(el)
        if not existed and len(sec) == 0:
            root.remove(sec)
        elif count is None:
            sec.attrib.pop("count", None)
        else:
            sec.set("count", count)
    pkg.write(part, serialize(root, data))


def _child_val(el: etree._Element | None, tag: str) -> str | None:
    if el is None:
        return None
    c = el.find(tag)
    return None if c is None else c.get("val")


__all__ = ["Stylesheet", "undo", "SEVERITY_COLOURS", "PackageError"]
