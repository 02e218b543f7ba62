"""What an annotation changed, kept inside the workbook so the next one can undo it.

The record is a custom XML part (the OOXML place for an add-in's own data, which
Excel keeps when it saves): ``customXml/itemN.xml`` holding JSON in an element of
xlrecon's namespace, with its properties part and a relationship from the workbook.
"""

from __future__ import annotations

import json
from typing import Any

from lxml import etree

from xlrecon.read.opc import REL_CUSTOM_XML, REL_CUSTOM_XML_PROPS, PackageError, parse_xml
from xlrecon.write.package import Package, serialize

STATE_NS = "urn:xlrecon:annotation:1"
ITEM_ID = "{6F1B7A52-3C1E-4B7A-9E0D-58C1A3E1C0DE}"
PROPS_CT = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"


def read_state(pkg: Package, workbook: str) -> tuple[dict[str, Any] | None, str | None, str | None]:
    """(record, relationship id, item part) of the annotation state, or Nones."""
    for rel in pkg.rels(workbook):
        if not rel.type.endswith("/customXml") or rel.external or not pkg.has(rel.target):
            continue
        data = pkg.read(rel.target)
        if STATE_NS.encode() not in data[:400]:
            continue
        try:
            root = parse_xml(data, rel.target)
            return json.loads(root.text or "{}"), rel.id, rel.target
        except (PackageError, ValueError):
            return None, rel.id, rel.target  # damaged: removed, and the workbook treated as unannotated
    return None, None, None


def write_state(pkg: Package, workbook: str, record: dict[str, Any]) -> None:
    item = pkg.unused_name("customXml/item{}.xml")
    props = item.replace("/item", "/itemProps")
    root = etree.Element(f"{{{STATE_NS}}}annotation", nsmap={None: STATE_NS})
    root.text = json.dumps(record, ensure_ascii=False, sort_keys=True)
    pkg.write(item, serialize(root))
    pkg.write(props, (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
        f'<ds:datastoreItem ds:itemID="{ITEM_ID}" '
        'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
        f'<ds:schemaRefs><ds:schemaRef ds:uri="{STATE_NS}"/></ds:schemaRefs></ds:datastoreItem>').encode())
    pkg.set_content_type(item, "application/xml")
    pkg.set_content_type(props, PROPS_CT)
    pkg.add_rel(item, REL_CUSTOM_XML_PROPS, props)
    pkg.add_rel(workbook, REL_CUSTOM_XML, item)


def drop_state(pkg: Package, workbook: str, rid: str, item: str) -> None:
    for rel in pkg.rels(item):
        if rel.type == REL_CUSTOM_XML_PROPS and not rel.external:
            pkg.remove(rel.target)
            pkg.drop_content_type(rel.target)
    rels = item.rsplit("/", 1)
    pkg.remove(f"{rels[0]}/_rels/{rels[1]}.rels")
    pkg.remove(item)
    pkg.drop_content_type(item)
    pkg.remove_rel(workbook, rid)
