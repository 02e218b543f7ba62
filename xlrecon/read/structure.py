"""How a table's data rows stand to each other: of-which lines, subtotals, parents, signs.

Chinese government tables are rarely a flat list under one 合计. Read from the key column's
labels (and, as the template says, from the region registry, a code column or indentation):

- an **of-which** row (其中：长沙市直单位, 内：…, 含：…) is part of the row above it, not a row of
  its own: it is no part of the column's sum, and it is checked against that row instead;
- a **subtotal** row (小计, 长沙市小计) stands for the rows above it back to the previous
  subtotal (or, first in its group, the rows below it up to the next one);
- a **parent** row has its children below it: a city's row over its counties (told by the
  region registry), a row over rows whose codes extend its code, or a row over rows indented
  deeper;
- a **subtracted** row (减：退货) counts negatively in the sums it is a part of.

The 合计 is the sum of the top-level rows (the subtotals and parents, and the rows under none),
never of a parent and its children both; each subtotal or parent is checked against its own
children. A table with none of these is flat, and reads as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from xlrecon.read.roles import How, Role, Structure
from xlrecon.textnorm import squash

if TYPE_CHECKING:
    from xlrecon.read.table import Table

#: how the region registry places a name: (level, full name, city) or None when it cannot tell
Place = Callable[[str], "tuple[str, str, str | None] | None"]

#: what may follow a marker before the label proper (其中：长沙市直单位, 其中,…)
_SEPARATORS = ":：,，、 \u3000"


def _marked(label: str, markers: tuple[str, ...]) -> str | None:
    """The label without its leading marker, when it starts with one ("" when only the marker)."""
    if not label.startswith(markers):  # a tuple: any of them (most labels: none, in one call)
        return None
    m = next(m for m in markers if label.startswith(m))  # the first, as the template lists them
    return label[len(m):].lstrip(_SEPARATORS)


def _indent(raw: Any) -> int:
    """How deep a label is indented by leading spaces (a full-width space counts two)."""
    if not isinstance(raw, str):
        return 0
    n = 0
    for ch in raw:
        if ch == " ":
            n += 1
        elif ch == "\u3000":
            n += 2
        elif ch == "\t":
            n += 4
        else:
            break
    return n


def _depths(table: Table) -> list[int]:
    """Each data row's indentation, from its key cell as typed (0 where the key is not read)."""
    key = table.template.key
    if table.data is not None and key in table.data.raw:
        return [_indent(v) for v in table.data.raw[key]]
    return [0] * table.n


def find(table: Table, place: Place | None = None) -> Structure:
    """The structure of ``table``'s data rows, as its template's :class:`StructureSpec` says
    (``place``: the region registry's view of a name, for a hierarchy the registry tells)."""
    spec = table.template.structure
    labels, keys = table.labels_and_keys()
    n = table.n
    roles: list[Role] = ["leaf"] * n
    parent: list[int | None] = [None] * n
    signs = [1] * n
    plain: list[str | None] = list(labels)
    how: dict[int, How] = {}
    pattern = re.compile(spec.of_which_pattern) if spec.of_which_pattern else None
    depth = _depths(table) if spec.of_which_indent or spec.hierarchy == "indent" else None
    above: int | None = None  # the indentation of the last row that is not an of-which row
    for k, key in enumerate(keys):
        if not key:
            continue
        rest = _marked(key, spec.of_which_markers)
        if rest is None and pattern is not None and (m := pattern.match(key)):
            rest = key[m.end():].lstrip(_SEPARATORS) or key
        if rest is None and spec.of_which_indent and depth is not None and above is not None and depth[k] > above:
            rest = key
        if rest is not None and rest:
            roles[k], plain[k] = "of_which", rest
            continue
        if depth is not None:
            above = depth[k]
        rest = _marked(key, spec.subtract_markers)
        if rest is not None and rest:
            signs[k], plain[k] = -1, rest
        if any(key == m or key.endswith(m) for m in spec.subtotal_markers):
            roles[k], plain[k] = "subtotal", None
    # an of-which row belongs to the nearest row above that is not one
    last: int | None = None
    for k in range(n):
        if roles[k] == "of_which":
            parent[k] = last
            if last is None:
                roles[k] = "leaf"  # nothing above to be part of: a row of its own
        else:
            last = k
    if "subtotal" in roles:
        _subtotal_groups(roles, parent, how)
    hierarchy = spec.hierarchy
    if hierarchy == "code" and spec.code_column in table.columns:
        codes = [None if v.kind == "blank" else squash(v.value if v.kind == "text" else v.raw)
                 for v in table.values(spec.code_column)]
        _nest(roles, parent, how, "code", lambda a, b: bool(codes[a] and codes[b] and codes[b] != codes[a]
                                                             and codes[b].startswith(codes[a])))
    elif hierarchy == "indent" and depth is not None:
        _nest(roles, parent, how, "indent", lambda a, b: depth[b] > depth[a])
    elif hierarchy in ("auto", "registry") and place is not None:
        _registry_groups(roles, parent, how, plain, place)
    return Structure(tuple(roles), tuple(parent), tuple(signs), tuple(plain), how)


def _subtotal_groups(roles: list[Role], parent: list[int | None], how: dict[int, How]) -> None:
    """Each 小计 row's children: the rows above it back to the previous subtotal; a subtotal with
    none above (first in its group) takes the rows below it up to the next subtotal."""
    n = len(roles)
    subtotals = [k for k in range(n) if roles[k] == "subtotal"]
    for i, s in enumerate(subtotals):
        start = subtotals[i - 1] + 1 if i else 0
        kids = [k for k in range(start, s) if roles[k] != "of_which" and parent[k] is None]
        if not kids:
            end = subtotals[i + 1] if i + 1 < len(subtotals) else n
            kids = [k for k in range(s + 1, end) if roles[k] != "of_which" and parent[k] is None]
        for k in kids:
            parent[k] = s
        how[s] = "subtotal_marker"


def _nest(roles: list[Role], parent: list[int | None], how: dict[int, How], by: How,
          above: Callable[[int, int], bool]) -> None:
    """Parents told by a relation between two rows (``above(a, b)``: row a stands over row b):
    each row's parent is the nearest row above it that stands over it."""
    stack: list[int] = []
    for k in range(len(roles)):
        if roles[k] == "of_which" or parent[k] is not None or roles[k] == "subtotal":
            continue
        while stack and not above(stack[-1], k):
            stack.pop()
        if stack:
            parent[k] = stack[-1]
            if roles[stack[-1]] == "leaf":
                roles[stack[-1]], how[stack[-1]] = "parent", by
        stack.append(k)


def _registry_groups(roles: list[Role], parent: list[int | None], how: dict[int, How],
                     labels: list[str | None], place: Place) -> None:
    """A city's row over the rows below it that the registry puts in that city (its counties
    and 市直单位), up to the first row that is not one of them."""
    city: tuple[int, str] | None = None
    for k in range(len(roles)):
        if roles[k] != "leaf" or parent[k] is not None or not labels[k]:
            if roles[k] != "of_which":
                city = None
            continue
        p = place(labels[k])  # type: ignore[arg-type]
        if p is not None and p[0] == "city":
            city = (k, p[1])
            continue
        if city is not None and p is not None and p[0] in ("county", "unit") and p[2] == city[1]:
            parent[k] = city[0]
            roles[city[0]], how[city[0]] = "parent", "registry"
        else:
            city = None
