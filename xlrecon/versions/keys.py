"""When two rows are about the same thing: their keys compared as people write them.

A key (a county, a unit) is squashed (spaces and line breaks gone, full-width forms made
half-width, as every header and label is compared); a region name the registry knows is
replaced by its current region's identity, so that a former name (株洲县, now 渌口区) and a
short form (中原 for 中原区) meet the name they stand for. A composite key is the tuple of its
parts' keys. A row without a key (blank) has none: it is aligned by its place, never by a
guess."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from xlrecon.textnorm import squash

if TYPE_CHECKING:
    from xlrecon.read.table import Table
    from xlrecon.read.values import Value


class Keys:
    """Keys of one pair of tables; ``registry`` (a :class:`~xlrecon.regions.resolve.Registry`,
    None for none) tells region names; ``regions``: whether the key column holds them."""

    def __init__(self, registry: Any = None, *, regions: bool = True) -> None:
        self.registry = registry if regions else None
        self._seen: dict[str, str] = {}

    def one(self, text: Any) -> str | None:
        """The key of one cell's text, None for a blank one."""
        if text is None:
            return None
        s = squash(text)
        if not s:
            return None
        out = self._seen.get(s)
        if out is None:
            out = s
            if self.registry is not None:
                r = self.registry.resolve(s)
                if r.status in ("known", "former") and r.region is not None:
                    region = r.region
                    out = f"region:{region.code or (region.province + (region.city or '') + region.name)}"
            self._seen[s] = out
        return out

    def of(self, parts: Sequence[Any]) -> tuple[str, ...] | None:
        """The key of a row from its key cells' texts; None when every part is blank."""
        keys = tuple(self.one(p) for p in parts)
        return None if all(k is None for k in keys) else tuple(k or "" for k in keys)


def _texts(c: Any) -> set[str]:
    """What a template column answers to: its name, label and header texts, squashed."""
    return {c.name, squash(c.label), *(squash(h) for h in c.headers)}


def template_column(table: Table, name: str) -> str | None:
    """The column of a template's table that ``name`` (its name, label or a header text) names."""
    s = squash(name)
    for c in table.template.columns:
        if c.name not in table.columns:
            continue
        hit = table.columns[c.name]
        if name == c.name or s in _texts(c) or s in (squash("".join(hit.header)), squash(hit.header[-1] if hit.header
                                                                                          else "")):
            return c.name
    return None


def key_text(v: Value) -> str | None:
    """A key cell's text as read (a number written as its digits: 1.50 as 1.5), None for a blank."""
    if v.kind == "blank" or v.value is None and v.raw is None:
        return None
    if v.kind == "number":
        return format(v.value.normalize(), "f") if isinstance(v.value, Decimal) else str(v.value)
    return str(v.value if v.value is not None else v.raw).strip() or None
