"""Text as OOXML stores it: characters XML 1.0 cannot carry are written ``_xHHHH_``."""

from __future__ import annotations

import re

_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udfff]")
_ESCAPE_LIKE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")


def xml_safe(text: str) -> str:
    """Text for a ``<t>`` element: a literal ``_xHHHH_`` is protected as ``_x005F_xHHHH_`` and
    control characters become ``_xHHHH_``, as ECMA-376 (ST_Xstring) prescribes."""
    text = _ESCAPE_LIKE.sub(r"_x005F_\1", text)
    return _INVALID.sub(lambda m: f"_x{ord(m.group(0)):04X}_", text)
