"""ASCII identifiers for a drafted template's columns, from their Chinese headers.

A header that is one of a built-in template's takes that column's name (so that a drafted
template and a built-in one name the same column alike); any other is made of the English
pieces of the words in ``schemas/draft/names.yaml``, longest word first, and a header with
none of them is named after its column letter.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from xlrecon.templates.loader import load_all_builtin, load_yaml
from xlrecon.textnorm import split_header


@functools.cache
def _words() -> tuple[tuple[str, str], ...]:
    text = (resources.files("xlrecon.schemas") / "draft" / "names.yaml").read_text(encoding="utf-8")
    words = {split_header(k)[0]: str(v or "") for k, v in (load_yaml(text) or {}).get("words", {}).items()}
    return tuple(sorted(words.items(), key=lambda kv: -len(kv[0])))


@functools.cache
def _builtin_names() -> dict[str, str]:
    """Every built-in column's header texts (squashed) -> its name; the first template's wins."""
    out: dict[str, str] = {}
    for t in load_all_builtin():
        for c in t.columns:
            for h in c.header_targets | set(c.headers) if not c.under else c.header_targets:
                out.setdefault(h, c.name)
    return out


def from_words(text: str) -> str:
    """The identifier the vocabulary makes of a header text ("" when none of its words is known).

    >>> from_words("年度食堂食材采购总额")
    'annual_canteen_food_purchase_total'
    """
    pieces: list[str] = []
    i = 0
    words = _words()
    while i < len(text):
        for word, piece in words:
            if text.startswith(word, i):
                if piece and (not pieces or pieces[-1] != piece):
                    pieces.append(piece)
                i += len(word)
                break
        else:
            if text[i].isascii() and text[i].isalnum():
                m = re.match(r"[A-Za-z0-9]+", text[i:])
                assert m is not None
                pieces.append(m.group(0).lower())
                i += len(m.group(0))
            else:
                i += 1
    name = "_".join(pieces)
    if name and not name[0].isalpha():
        name = "c" + name
    return name[:40].rstrip("_")


def column_name(path: tuple[str, ...], letter: str, taken: set[str]) -> str:
    """A new identifier for a column whose header path is ``path`` (squashed texts, top level
    first), standing in sheet column ``letter``; not one of ``taken`` (which it joins)."""
    joined = "".join(path)
    builtin = _builtin_names()
    name = (builtin.get(joined) or (builtin.get(path[-1]) if len(path) == 1 else None)
            or from_words(joined) or f"col_{letter.lower()}")
    out, n = name, 2
    while out in taken:
        out, n = f"{name}_{n}", n + 1
    taken.add(out)
    return out
