"""A streaming XML parse of a part, for the writer: where its elements are, by byte offset.

The writer edits a worksheet on its bytes so that everything it does not touch stays as it
was. Which bytes are a row or a cell is learnt from expat (the standard library's streaming
parser), fed the part in chunks: a ``<row`` inside a comment, a CDATA section, a processing
instruction or a text is never taken for a row. A DTD is refused wherever it stands.
"""

from __future__ import annotations

import re
import xml.parsers.expat as expat
from collections.abc import Callable

from xlrecon.read.opc import PackageError

#: how much of a part expat is handed at a time
CHUNK = 1 << 20
#: a start tag from its ``<``: attribute values are quoted and may hold ``>``
START_TAG = re.compile(rb"""<[^\s/>!?]+(?:[^>"']|"[^"]*"|'[^']*')*>""")

Start = Callable[[str, dict[str, str]], None]
End = Callable[[str], None]


def local(name: str) -> str:
    """An element's name without its prefix (no namespace processing: ``x:row`` -> ``row``)."""
    return name.rpartition(":")[2]


def make_parser(part: str) -> expat.XMLParserType:
    """An expat parser that refuses a DTD (and so any entity but the five predefined ones)."""
    p = expat.ParserCreate()
    p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def refuse(*_: object) -> None:
        raise PackageError("dtd", part=part)

    p.StartDoctypeDeclHandler = refuse
    p.EntityDeclHandler = refuse
    return p


def feed(p: expat.XMLParserType, data: bytes, part: str, start: int = 0, end: int | None = None) -> None:
    """Parse ``data[start:end]`` as a whole document, in chunks; a syntax error is a
    :class:`PackageError` naming the part, the line and the column."""
    end = len(data) if end is None else end
    view = memoryview(data)
    try:
        pos = start
        while pos < end:
            nxt = min(pos + CHUNK, end)
            p.Parse(bytes(view[pos:nxt]), False)
            pos = nxt
        p.Parse(b"", True)
    except expat.ExpatError as exc:
        raise PackageError("bad_xml", part=part, detail=f"line {exc.lineno}, column {exc.offset + 1}: "
                           f"{expat.ErrorString(exc.code)}") from None


def well_formed(data: bytes, part: str) -> None:
    """Raise :class:`PackageError` unless ``data`` is well-formed XML without a DTD (streamed:
    no tree is built, so a large sheet costs no memory beyond its bytes)."""
    feed(make_parser(part), data, part)


#: what may hold text that looks like a tag: comments, CDATA sections, processing instructions
_OPAQUE = re.compile(rb"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>", re.S)


def root_close(data: bytes, part: str) -> int:
    """Where the end tag of the document's root element starts (to append children to it).
    From a parse when the part is well-formed; otherwise (legacy VML often is not) the last
    ``</`` outside comments, CDATA sections and processing instructions."""
    p = make_parser(part)
    depth = [0]
    at = [-1]

    def start(name: str, attrs: dict[str, str]) -> None:
        depth[0] += 1

    def end(name: str) -> None:
        depth[0] -= 1
        if depth[0] == 0:
            at[0] = p.CurrentByteIndex

    p.StartElementHandler = start
    p.EndElementHandler = end
    try:
        feed(p, data, part)
    except PackageError as exc:
        if exc.reason == "dtd":
            raise
    else:
        if at[0] >= 0 and data[at[0]:at[0] + 2] == b"</":
            return at[0]
    opaque = [(m.start(), m.end()) for m in _OPAQUE.finditer(data)]
    pos = len(data)
    while True:
        pos = data.rfind(b"</", 0, pos)
        if pos < 0 or not any(a <= pos < b for a, b in opaque):
            return pos


def tag_end(data: bytes, start: int) -> int:
    """The offset just after the start tag that begins at ``start`` (a real tag: expat said so)."""
    m = START_TAG.match(data, start)
    if m is None:  # cannot happen after a successful parse
        raise PackageError("bad_xml", part="", detail=f"no start tag at byte {start}")
    return m.end()


def element_end(data: bytes, open_end: int, at: int) -> int:
    """The offset after an element whose start tag ends at ``open_end``; ``at`` is where expat
    reported its end (the ``</`` of the end tag; for an empty element, no earlier than the tag)."""
    if data[open_end - 2:open_end] == b"/>":
        return open_end
    return data.index(b">", at) + 1


__all__ = ["CHUNK", "START_TAG", "local", "make_parser", "feed", "well_formed", "root_close", "tag_end",
           "element_end"]
