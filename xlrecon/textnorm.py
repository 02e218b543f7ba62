"""Normalising the text people type into headers, labels and cells.

Submissions differ in full-width vs half-width characters, spaces and line
breaks inside names ("常德市西湖管理 区管理委员会"), and unit suffixes in
headers ("年度农副产品采购总额（万元）"). Every comparison of header texts or
region names goes through :func:`squash`.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from xlrecon import units

# a unit in brackets at the end of a header: (万元) （亿元） [元] 【家】
_HEADER_UNIT = re.compile(r"[(\[【]\s*(?:单位\s*[:：]?\s*)?([^()\[\]【】]{1,4})\s*[)\]】]$")
# a "单位：万元" line above a table
_UNIT_LINE = re.compile(r"(?:金额)?单位\s*[:：]\s*(人民币)?\s*(亿元|万元|元)")


def nfkc(text: str) -> str:
    """Full-width letters, digits, brackets and spaces to their ordinary forms."""
    return unicodedata.normalize("NFKC", text)


def squash(text: object) -> str:
    """NFKC, then every kind of whitespace removed (line breaks included).

    >>> squash("常德市西湖管理 区　管理委员会"), squash("（万元）")
    ('常德市西湖管理区管理委员会', '(万元)')
    """
    if text is None:
        return ""
    if text.__class__ is not str:
        return _squash(str(text))
    if _is_nfkc("NFKC", text) and not _space(text):
        return text  # already as squashed (most labels): not worked out, nor kept in the cache
    return _squash(text)


_is_nfkc = unicodedata.is_normalized
#: any whitespace: re's \s is str.isspace's, code point for code point
_space = re.compile(r"\s").search


#: texts recur across the files of a batch (headers, departments, 自办 …): each is worked out once
_CACHE = 1 << 16


@functools.lru_cache(maxsize=_CACHE)
def _squash(text: str) -> str:
    return "".join(nfkc(text).split())  # every kind: str.split's whitespace is str.isspace's


_SPLIT: dict[str, tuple[str, str | None]] = {}


def split_header(text: object) -> tuple[str, str | None]:
    """A header cell's text without whitespace, and the unit of a bracketed suffix.

    >>> split_header("年度农副产品\\n采购总额 （万元）")
    ('年度农副产品采购总额', '万元')
    """
    if text.__class__ is not str:
        return _split_header(squash(text))
    out = _SPLIT.get(text)  # type: ignore[call-overload]
    if out is None:  # each text worked out once (a batch's header zones repeat their texts)
        if len(_SPLIT) >= _CACHE:
            _SPLIT.clear()
        out = _SPLIT[text] = _split_header("".join(nfkc(text).split()))  # type: ignore[arg-type, index]
    return out


def _split_header(s: str) -> tuple[str, str | None]:
    if not s.endswith((")", "]", "】")):
        return s, None  # no bracketed suffix (the pattern ends at a closing bracket)
    m = _HEADER_UNIT.search(s)
    if m:
        unit = units.canonical(m.group(1))
        if unit is not None:
            return s[: m.start()], unit
    return s, None


def unit_line(text: object) -> str | None:
    """The unit named by a line such as "单位：万元" or "（注：金额单位为万元）", else None."""
    s = squash(text)
    m = _UNIT_LINE.search(s)
    if m:
        return m.group(2)
    m = re.search(r"金额单位为(亿元|万元|元)", s)
    return m.group(1) if m else None
