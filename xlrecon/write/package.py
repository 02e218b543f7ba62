"""An OOXML package (the zip inside .xlsx/.xlsm) edited part by part.

Every part is kept as the bytes read from the zip. A writer replaces, adds or
removes whole parts; :meth:`Package.save` writes every other part back with the
same content, name, order and zip metadata. Relationships and content types are
small XML parts edited through lxml with entity resolution and network access off; which
part is which is read as the reader reads it (:mod:`xlrecon.read.opc`).
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

from lxml import etree

from xlrecon.read import opc
from xlrecon.read.opc import CONTENT_TYPES, CT_NS, PR_NS, PackageError, Rel, parse_xml, rels_name

#: A fixed zip timestamp for parts xlrecon writes, so that the same content gives the same file.
FIXED_DATE = (1980, 1, 1, 0, 0, 0)


def serialize(root: etree._Element, original: bytes | None = None) -> bytes:
    """lxml tree to UTF-8 bytes with the declaration Excel writes; ``standalone="yes"`` kept
    from the original (or set, for a new part)."""
    head = original[:200] if original is not None else b'standalone="yes"'
    standalone = b'standalone="yes"' in head or b"standalone='yes'" in head
    decl = b'<?xml version="1.0" encoding="UTF-8"' + (b' standalone="yes"' if standalone else b"") + b"?>\n"
    return decl + etree.tostring(root, encoding="UTF-8")


def relative_target(source: str, part: str) -> str:
    return quote(posixpath.relpath(part, posixpath.dirname(source) or "."), safe="/._-")


class Package:
    """The parts of one OOXML zip, in their stored order."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            zf = zipfile.ZipFile(self.path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise PackageError("not_zip", detail=str(exc)) from None
        with zf:
            self.infos: list[zipfile.ZipInfo] = []
            self._data: dict[str, bytes] = {}
            #: the parts written (the check after saving parses each of them)
            self.changed: set[str] = set()
            seen: set[str] = set()
            for info in zf.infolist():
                if info.is_dir():
                    continue
                if info.flag_bits & 0x1:
                    raise PackageError("encrypted_entry", part=info.filename)
                key = info.filename.lower()
                if key in seen:
                    raise PackageError("duplicate_part", part=info.filename)
                seen.add(key)
                try:
                    self._data[info.filename] = zf.read(info)
                except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as exc:
                    raise PackageError("bad_part", part=info.filename, detail=str(exc)) from None
                self.infos.append(info)
        self._lower = {n.lower(): n for n in self._data}
        self.added: list[str] = []
        self.removed: set[str] = set()
        if CONTENT_TYPES not in self._data:
            raise PackageError("no_content_types")

    @classmethod
    def blank(cls, parts: dict[str, bytes]) -> Package:
        """A new package made of ``parts`` (for a workbook written from scratch)."""
        pkg = cls.__new__(cls)
        pkg.path = Path()
        pkg.infos = []
        pkg._data = {}
        pkg._lower = {}
        pkg.added, pkg.removed = [], set()
        pkg.changed = set()
        for name, data in parts.items():
            pkg.write(name, data)
        return pkg

    # -- parts ---------------------------------------------------------------
    def name(self, part: str) -> str | None:
        """The stored name of a part (OPC part names compare case-insensitively)."""
        if part in self._data:
            return part
        return self._lower.get(part.lower())

    def has(self, part: str) -> bool:
        return self.name(part) is not None

    def read(self, part: str) -> bytes:
        name = self.name(part)
        if name is None:
            raise PackageError("missing_part", part=part)
        return self._data[name]

    def write(self, part: str, data: bytes) -> None:
        self.changed.add(part)
        name = self.name(part)
        if name is None:
            back = next((n for n in self.removed if n.lower() == part.lower()), None)
            if back is not None:  # removed, then written again: it keeps its place in the zip
                self.removed.discard(back)
                self._data[back] = data
                self._lower[back.lower()] = back
                return
            self._data[part] = data
            self._lower[part.lower()] = part
            self.added.append(part)
        else:
            self._data[name] = data

    def remove(self, part: str) -> None:
        name = self.name(part)
        if name is None:
            return
        del self._data[name]
        del self._lower[name.lower()]
        if name in self.added:
            self.added.remove(name)
        else:
            self.removed.add(name)

    def discard(self, part: str, source: str | None = None, rid: str | None = None) -> None:
        """Remove a part that xlrecon added earlier: the part, its content-type override and,
        given, the relationship ``rid`` of ``source`` that points at it."""
        self.remove(part)
        self.drop_content_type(part)
        if source is not None and rid:
            self.remove_rel(source, rid)

    def parts(self) -> Iterator[str]:
        yield from self._data

    def unused_name(self, pattern: str) -> str:
        """The first ``pattern.format(n)`` (n = 1, 2, …) that is not a part yet."""
        n = 1
        while self.has(pattern.format(n)):
            n += 1
        return pattern.format(n)

    # -- relationships -------------------------------------------------------
    def rels(self, source: str) -> list[Rel]:
        """Relationships of a part ("" for the package's own)."""
        return opc.rels(self, source)

    def rel_target(self, source: str, rid: str) -> str | None:
        for r in self.rels(source):
            if r.id == rid and not r.external:
                return r.target
        return None

    def add_rel(self, source: str, type_: str, part: str) -> str:
        """Add a relationship from ``source`` to ``part``; returns its new Id."""
        rname = rels_name(source)
        if self.has(rname):
            data = self.read(rname)
            root = parse_xml(data, rname)
        else:
            data, root = None, etree.Element(f"{{{PR_NS}}}Relationships", nsmap={None: PR_NS})
        ids = {el.get("Id") for el in root if isinstance(el.tag, str)}
        n = len(ids) + 1
        while f"rId{n}" in ids:
            n += 1
        rid = f"rId{n}"
        el = etree.SubElement(root, f"{{{PR_NS}}}Relationship")
        el.set("Id", rid)
        el.set("Type", type_)
        el.set("Target", relative_target(source, part) if source else part)
        self.write(rname, serialize(root, data))
        return rid

    def remove_rel(self, source: str, rid: str) -> None:
        rname = rels_name(source)
        if not self.has(rname):
            return
        data = self.read(rname)
        root = parse_xml(data, rname)
        for el in list(root):
            if isinstance(el.tag, str) and el.get("Id") == rid:
                root.remove(el)
        if len([e for e in root if isinstance(e.tag, str)]) == 0 and rname in self.added:
            self.remove(rname)
        else:
            self.write(rname, serialize(root, data))

    # -- content types -------------------------------------------------------
    def set_content_type(self, part: str, content_type: str) -> None:
        data = self.read(CONTENT_TYPES)
        root = parse_xml(data, CONTENT_TYPES)
        name = "/" + part
        for el in root:
            if isinstance(el.tag, str) and etree.QName(el).localname == "Override" \
                    and (el.get("PartName") or "").lower() == name.lower():
                el.set("ContentType", content_type)
                break
        else:
            el = etree.SubElement(root, f"{{{CT_NS}}}Override")
            el.set("PartName", name)
            el.set("ContentType", content_type)
        self.write(CONTENT_TYPES, serialize(root, data))

    def drop_content_type(self, part: str) -> None:
        data = self.read(CONTENT_TYPES)
        root = parse_xml(data, CONTENT_TYPES)
        for el in list(root):
            if isinstance(el.tag, str) and etree.QName(el).localname == "Override" \
                    and (el.get("PartName") or "").lower() == "/" + part.lower():
                root.remove(el)
        self.write(CONTENT_TYPES, serialize(root, data))

    # -- output --------------------------------------------------------------
    def save(self, dest: str | Path) -> None:
        """Write the package: kept parts with their zip metadata, in their order; new parts last."""
        with zipfile.ZipFile(dest, "w", allowZip64=True) as out:
            for info in self.infos:
                if info.filename not in self._data:
                    continue
                copy = zipfile.ZipInfo(info.filename, date_time=info.date_time)
                copy.compress_type = info.compress_type if info.compress_type in (
                    zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) else zipfile.ZIP_DEFLATED
                copy.external_attr = info.external_attr
                copy.create_system = info.create_system
                copy.comment = info.comment
                out.writestr(copy, self._data[info.filename])
            for name in self.added:
                info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o600 << 16
                out.writestr(info, self._data[name])
