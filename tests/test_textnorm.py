"""squash(): its quick path for texts already squashed gives what the full normalisation gives."""

from __future__ import annotations

import sys
import unicodedata

from xlrecon.textnorm import squash


def full(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def test_every_code_point_alone_and_inside_a_label_squashes_as_the_full_normalisation_does():
    seen_quick = seen_changed = 0
    for c in range(sys.maxunicode + 1):
        if 0xD800 <= c <= 0xDFFF:
            continue  # surrogates are not text
        ch = chr(c)
        for text in (ch, f"郑州{ch}单位"):
            got = squash(text)
            assert got == full(text), (hex(c), text)
            if got is text:
                seen_quick += 1
            else:
                seen_changed += 1
    # both paths taken: most texts are returned as they are, whitespace and compatibility
    # characters (full-width forms, ㎡, the ideographic space) are worked out
    assert seen_quick > 100_000 and seen_changed > 5_000


def test_a_squashed_text_is_the_same_object_and_is_not_kept_in_the_cache():
    from xlrecon import textnorm

    label = "郑州市航空港区第12345单位"
    before = textnorm._squash.cache_info().currsize
    assert squash(label) is label
    assert textnorm._squash.cache_info().currsize == before
    assert squash(" 郑州 ") == "郑州" and squash("（万元）") == "(万元)" and squash(None) == "" and squash(12) == "12"
