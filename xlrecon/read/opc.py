"""The structure of an OOXML package (the zip inside .xlsx/.xlsm), read one way for both sides.

A package is parts (zip entries, named case-insensitively), their content types
(``[Content_Types].xml``) and relationships (``_rels/*.rels``): the package's own lead to
the workbook part, the workbook's to each sheet's part and to the styles. The reader
(:mod:`xlrecon.read.formats`, through :class:`ZipParts`) and the writer
(:mod:`xlrecon.write.package`, a package being edited) both find their parts here, so they
agree on which part is which whatever names a producer gave them.

XML is parsed with entity resolution, DTD loading and network access off; a part that
declares a DTD is refused (:class:`PackageError`).
"""

from __future__ import annotations

import functools
import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from urllib.parse import unquote

from lxml import etree

CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
PR_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
STRICT_MAIN_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main"

REL_OFFICE_DOCUMENT = R_NS + "/officeDocument"
REL_WORKSHEET = R_NS + "/worksheet"
REL_STYLES = R_NS + "/styles"
REL_COMMENTS = R_NS + "/comments"
REL_VML = R_NS + "/vmlDrawing"
REL_CUSTOM_XML = R_NS + "/customXml"
REL_CUSTOM_XML_PROPS = R_NS + "/customXmlProps"

CONTENT_TYPES = "[Content_Types].xml"


class PackageError(Exception):
    """The package cannot be read or edited safely; ``reason`` is a message key suffix."""

    def __init__(self, reason: str, **params: str) -> None:
        self.reason = reason
        self.params = params
        super().__init__(f"{reason}: {params}")


#: a DTD or an entity declaration, wherever it stands in a part (after a long comment too)
DTD = re.compile(rb"<!DOCTYPE|<!ENTITY")


def xml_parser() -> etree.XMLParser:
    """lxml parser for parts of untrusted files: no entities, no network, no DTD loading."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True,
                           remove_blank_text=False)


def parse_xml(data: bytes, part: str) -> etree._Element:
    if DTD.search(data):
        raise PackageError("dtd", part=part)
    try:
        return etree.fromstring(data, xml_parser())
    except etree.XMLSyntaxError as exc:
        raise PackageError("bad_xml", part=part, detail=str(exc)) from None


class Parts(Protocol):
    """Where a package's parts are read from: a zip being read (:class:`ZipParts`) or a
    package being edited (:class:`xlrecon.write.package.Package`)."""

    def name(self, part: str) -> str | None: ...  # the stored name (case-insensitive match), or None
    def read(self, part: str) -> bytes: ...  # raises PackageError when there is no such part


# -- relationships -------------------------------------------------------------------


@dataclass(frozen=True)
class Rel:
    id: str
    type: str
    target: str  # the part name it resolves to (no leading slash), or the raw target if external
    external: bool


def rels_name(part: str) -> str:
    """The relationships part of a part ("" for the package): xl/workbook.xml -> xl/_rels/workbook.xml.rels."""
    if not part:
        return "_rels/.rels"
    d, f = posixpath.split(part)
    return posixpath.join(d, "_rels", f + ".rels")


def resolve_target(source: str, target: str) -> str:
    target = unquote(target)
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    base = posixpath.dirname(source.lstrip("/"))
    return posixpath.normpath(posixpath.join(base, target)).lstrip("/")


def rels(parts: Parts, source: str) -> list[Rel]:
    """Relationships of a part ("" for the package's own); none when it has no rels part."""
    rname = rels_name(source)
    if parts.name(rname) is None:
        return []
    return list(_parse_rels(parts.read(rname), source))


@functools.lru_cache(maxsize=256)
def _parse_rels(data: bytes, source: str) -> tuple[Rel, ...]:
    """A rels part's relationships (worked out once per distinct part: a batch's files mostly
    share theirs)."""
    root = parse_xml(data, rels_name(source))
    out = []
    for el in root:
        if not isinstance(el.tag, str) or etree.QName(el).localname != "Relationship":
            continue
        external = el.get("TargetMode") == "External"
        target = el.get("Target", "")
        out.append(Rel(el.get("Id", ""), el.get("Type", ""), target if external else resolve_target(source, target),
                       external))
    return tuple(out)


# -- the workbook and its sheets -----------------------------------------------------


def workbook_part(parts: Parts) -> str | None:
    """The workbook part (the package's office document), or None when there is none."""
    for r in rels(parts, ""):
        if r.type.endswith("/officeDocument") and not r.external and parts.name(r.target) is not None:
            return parts.name(r.target)
    return None


def styles_part(parts: Parts, workbook: str) -> str | None:
    """The workbook's styles part as its relationship names it (it may not exist), or None."""
    for r in rels(parts, workbook):
        if r.type.endswith("/styles") and not r.external:
            return r.target
    return None


@dataclass(frozen=True)
class SheetEntry:
    name: str
    sheet_id: str
    rid: str
    part: str | None  # the worksheet part, None when the relationship is missing


def sheet_entries(parts: Parts, workbook: str, root: etree._Element) -> list[SheetEntry]:
    """The sheets the workbook part lists (``root``, its parsed XML), with the part of each."""
    return [SheetEntry(name, sheet_id, rid, parts.name(rel.target) if rel is not None and not rel.external else None)
            for name, sheet_id, rid, rel in _listed(root, {r.id: r for r in rels(parts, workbook)})]


def _listed(root: etree._Element, by_id: dict[str, Rel]) -> Iterator[tuple[str, str, str, Rel | None]]:
    """Each ``<sheet>`` of a workbook's XML: its name, sheetId, relationship id and relationship."""
    ns = etree.QName(root).namespace
    for el in root.iterfind(f"{{{ns}}}sheets/{{{ns}}}sheet"):
        rid = el.get(f"{{{R_NS}}}id", "")
        yield el.get("name", ""), el.get("sheetId", ""), rid, by_id.get(rid)


def sheet_part(parts: Parts, workbook: str, sheet: str) -> str | None:
    """The stored name of the part that holds worksheet ``sheet`` of the workbook part, or None."""
    return _sheet_parts(parts, workbook).get(sheet)


def _sheet_parts(parts: Parts, workbook: str) -> dict[str, str]:
    data = parts.read(workbook)
    rname = rels_name(workbook)
    rels_data = parts.read(rname) if parts.name(rname) is not None else b""
    out: dict[str, str] = {}
    for name, part in _sheet_targets(data, rels_data, workbook):
        stored = parts.name(part)
        if stored is not None:
            out.setdefault(name, stored)
    return out


@functools.lru_cache(maxsize=64)
def _sheet_targets(workbook_xml: bytes, rels_xml: bytes, workbook: str) -> tuple[tuple[str, str], ...]:
    """Each sheet's name and the part its relationship names, from the workbook's XML and its
    relationships (the files of a batch mostly share both, so each pair is worked out once)."""
    by_id = {r.id: r for r in _parse_rels(rels_xml, workbook)} if rels_xml else {}
    return tuple((name, rel.target) for name, _, _, rel in _listed(parse_xml(workbook_xml, workbook), by_id)
                 if rel is not None and not rel.external)


# -- content types -------------------------------------------------------------------


@dataclass(frozen=True)
class ContentTypes:
    defaults: dict[str, str]  # extension (lower case) -> content type
    overrides: dict[str, str]  # part name (lower case, no leading slash) -> content type

    def of(self, part: str) -> str | None:
        """A part's content type: its override, else its extension's default."""
        name = part.lstrip("/").lower()
        if name in self.overrides:
            return self.overrides[name]
        return self.defaults.get(name.rsplit(".", 1)[-1] if "." in name else "")


def content_types(parts: Parts) -> ContentTypes:
    """The package's content types (``[Content_Types].xml``)."""
    return parse_content_types(parts.read(CONTENT_TYPES))


def parse_content_types(data: bytes) -> ContentTypes:
    root = parse_xml(data, CONTENT_TYPES)
    defaults, overrides = {}, {}
    for el in root:
        if not isinstance(el.tag, str):
            continue
        local = etree.QName(el).localname
        if local == "Default":
            defaults[el.get("Extension", "").lower()] = el.get("ContentType", "")
        elif local == "Override":
            overrides[el.get("PartName", "").lstrip("/").lower()] = el.get("ContentType", "")
    return ContentTypes(defaults, overrides)


# -- a package opened for reading ----------------------------------------------------


class ZipParts:
    """The parts of a package file, read on demand (part names compare case-insensitively)."""

    def __init__(self, path: str | Path) -> None:
        self.zip = zipfile.ZipFile(path)
        self._names = {n.lower(): n for n in self.zip.namelist()}

    def name(self, part: str) -> str | None:
        return self._names.get(part.lower())

    def read(self, part: str) -> bytes:
        name = self.name(part)
        if name is None:
            raise PackageError("missing_part", part=part)
        return read_zip_part(self.zip, name)

    def size(self, part: str) -> int:
        """A part's size inflated, as its entry declares it."""
        name = self.name(part)
        if name is None:
            raise PackageError("missing_part", part=part)
        return self.zip.getinfo(name).file_size

    def pieces(self, part: str, size: int) -> Iterator[bytes]:
        """A part's bytes inflated ``size`` at a time (never more than its entry declares, its
        CRC checked at the end), so that a large part is read without being held."""
        name = self.name(part)
        if name is None:
            raise PackageError("missing_part", part=part)
        with self.zip.open(name) as fh:
            while piece := fh.read(size):
                yield piece

    def close(self) -> None:
        self.zip.close()

    def __enter__(self) -> ZipParts:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_zip_part(z: zipfile.ZipFile, name: str) -> bytes:
    """A part's bytes, as ``z.read`` gives them: a deflated part is inflated in one call and its
    CRC checked (``ZipFile.read`` inflates it in 4 KiB steps, twice as slow for a sheet); any
    other kind of part (stored, encrypted, another method) is left to ``z.read``."""
    info = z.getinfo(name)
    if info.compress_type != zipfile.ZIP_DEFLATED or info.flag_bits & 0x1 or z.fp is None:
        return z.read(name)
    z.fp.seek(info.header_offset)
    head = z.fp.read(30)
    if len(head) != 30 or head[:4] != b"PK\x03\x04":
        return z.read(name)  # let zipfile say what is wrong
    skip = int.from_bytes(head[26:28], "little") + int.from_bytes(head[28:30], "little")
    z.fp.seek(info.header_offset + 30 + skip)
    raw = z.fp.read(info.compress_size)
    try:
        # never more than the part declares (plus one byte, to tell a lie): a zip bomb whose
        # entry understates its size is held to it
        inflater = zlib.decompressobj(-15)
        data = inflater.decompress(raw, info.file_size + 1)
    except zlib.error:
        return z.read(name)
    if len(data) > info.file_size:
        raise PackageError("bad_part", part=name, detail="inflates beyond its declared size")
    if len(data) != info.file_size or zlib.crc32(data) != info.CRC:
        return z.read(name)
    return data
