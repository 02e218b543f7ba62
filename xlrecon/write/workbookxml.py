"""The workbook part: its sheet list, and adding or removing the discrepancy sheet there."""

from __future__ import annotations

from lxml import etree

from xlrecon.read import opc
from xlrecon.read.opc import R_NS, REL_WORKSHEET, STRICT_MAIN_NS, PackageError, SheetEntry, parse_xml
from xlrecon.write.discrepancy import filter_formula, print_titles
from xlrecon.write.package import Package, serialize

WORKSHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
FILTER_NAME = "_xlnm._FilterDatabase"
TITLES_NAME = "_xlnm.Print_Titles"


def workbook_part(pkg: Package) -> str:
    part = opc.workbook_part(pkg)
    if part is None:
        raise PackageError("no_workbook")
    return part


class WorkbookXml:
    def __init__(self, pkg: Package) -> None:
        self.pkg = pkg
        self.part = workbook_part(pkg)
        self.original = pkg.read(self.part)
        self.root = parse_xml(self.original, self.part)
        self.ns = etree.QName(self.root).namespace
        if self.ns == STRICT_MAIN_NS:
            raise PackageError("strict")
        self.sheets_el = self.root.find(f"{{{self.ns}}}sheets")
        if self.sheets_el is None:
            raise PackageError("no_sheets")

    def _q(self, local: str) -> str:
        return f"{{{self.ns}}}{local}"

    def sheets(self) -> list[SheetEntry]:
        return opc.sheet_entries(self.pkg, self.part, self.root)

    def add_sheet(self, name: str, part: str, filter_ref: str) -> dict[str, str]:
        """Append a worksheet (last in the tab order, not made active) with the defined names of
        its filter and of the rows printed on every page, after the names already there."""
        self.pkg.set_content_type(part, WORKSHEET_CT)
        rid = self.pkg.add_rel(self.part, REL_WORKSHEET, part)
        ids = [int(s.sheet_id) for s in self.sheets() if s.sheet_id.isdigit()]
        sheet_id = str(max(ids, default=0) + 1)
        declared = R_NS in self.root.nsmap.values()
        el = etree.SubElement(self.sheets_el, self._q("sheet"), nsmap=None if declared else {"r": R_NS})
        el.set("name", name)
        el.set("sheetId", sheet_id)
        el.set(f"{{{R_NS}}}id", rid)
        index = len(self.sheets()) - 1
        names = self.root.find(self._q("definedNames"))
        if names is None:
            names = etree.Element(self._q("definedNames"))
            anchor = self.sheets_el
            for tag in ("functionGroups", "externalReferences"):
                found = self.root.find(self._q(tag))
                if found is not None:
                    anchor = found
            anchor.addnext(names)
            created = "1"
        else:
            created = ""
        dn = etree.SubElement(names, self._q("definedName"))
        dn.set("name", FILTER_NAME)
        dn.set("localSheetId", str(index))
        dn.set("hidden", "1")
        dn.text = filter_formula(name, filter_ref)
        titles = etree.SubElement(names, self._q("definedName"))
        titles.set("name", TITLES_NAME)
        titles.set("localSheetId", str(index))
        titles.text = print_titles(name)
        return {"name": name, "part": part, "rid": rid, "sheet_id": sheet_id, "names_created": created}

    def remove_sheet(self, rid: str, part: str | None, names_created: bool = False) -> bool:
        """Remove a sheet (by relationship id) with its part, relationship, content type and
        the defined names local to it; later sheets' localSheetId and the active tab follow."""
        entries = list(self.sheets_el.iterfind(self._q("sheet")))
        index = next((i for i, el in enumerate(entries) if el.get(f"{{{R_NS}}}id") == rid), None)
        if index is None:
            return False
        self.sheets_el.remove(entries[index])
        names = self.root.find(self._q("definedNames"))
        if names is not None:
            for dn in list(names):
                if not isinstance(dn.tag, str):
                    continue
                lid = dn.get("localSheetId")
                if lid is not None and lid.isdigit():
                    if int(lid) == index:
                        names.remove(dn)
                    elif int(lid) > index:
                        dn.set("localSheetId", str(int(lid) - 1))
            if names_created and len([d for d in names if isinstance(d.tag, str)]) == 0:
                self.root.remove(names)
        views = self.root.find(self._q("bookViews"))
        if views is not None:
            for view in views:
                if not isinstance(view.tag, str):
                    continue
                for attr in ("activeTab", "firstSheet"):
                    v = view.get(attr)
                    if v is None or not v.isdigit():
                        continue
                    n = int(v)
                    if n > index or (n == index == len(entries) - 1 and n > 0):
                        view.set(attr, str(n - 1))
        self.pkg.remove_rel(self.part, rid)
        if part:
            sheet_rels = part.rsplit("/", 1)
            self.pkg.remove(part)
            self.pkg.remove(f"{sheet_rels[0]}/_rels/{sheet_rels[1]}.rels")
            self.pkg.drop_content_type(part)
        return True

    def save(self) -> None:
        self.pkg.write(self.part, serialize(self.root, self.original))

