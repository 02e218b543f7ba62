"""The roles of a table's data rows (of-which, subtotal, parent), as :mod:`.structure` finds them."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Literal

Role = Literal["leaf", "of_which", "subtotal", "parent"]
#: what tells a parent from its children
How = Literal["subtotal_marker", "registry", "code", "indent"]


@dataclass(frozen=True)
class Structure:
    """The role of every data row (``roles[k]``), the row it belongs to (``parent[k]``: of an
    of-which row its parent row, of a child its subtotal or parent row; None for a row at the top
    level), its sign in sums, and its label without a marker (for region checks)."""

    roles: tuple[Role, ...]
    parent: tuple[int | None, ...]
    signs: tuple[int, ...]
    labels: tuple[str | None, ...]
    how: dict[int, How]

    @cached_property
    def flat(self) -> bool:  # asked by many checks of each table: worked out once
        return all(r == "leaf" for r in self.roles) and all(s == 1 for s in self.signs)

    def top_level(self) -> list[int]:
        """The rows whose figures make up the 合计: those under no other row."""
        return list(self._top_level())

    def leaves(self) -> list[int]:
        """The rows with no children (of-which rows aside): the finest parts of the 合计."""
        return list(self._leaves())

    def _top_level(self) -> Iterator[int]:
        return (k for k, p in enumerate(self.parent) if p is None and self.roles[k] != "of_which")

    def _leaves(self) -> Iterator[int]:
        has = {p for k, p in enumerate(self.parent) if p is not None and self.roles[k] != "of_which"}
        return (k for k, r in enumerate(self.roles) if r != "of_which" and k not in has)

    def groups(self) -> list[tuple[int, list[int]]]:
        """Each subtotal or parent row with its children (of-which rows aside), in sheet order."""
        out: dict[int, list[int]] = {k: [] for k, r in enumerate(self.roles) if r in ("subtotal", "parent")}
        for k, p in enumerate(self.parent):
            if p is not None and self.roles[k] != "of_which" and p in out:
                out[p].append(k)
        return [(k, ks) for k, ks in out.items() if ks]

    def of_which(self) -> list[tuple[int, list[int]]]:
        """Each row that has of-which rows, with them."""
        out: dict[int, list[int]] = {}
        for k, p in enumerate(self.parent):
            if self.roles[k] == "of_which" and p is not None:
                out.setdefault(p, []).append(k)
        return list(out.items())

    def unique_keys(self, keys: list[str | None]) -> list[str | None]:
        """Row keys as a duplicate check compares them: a 小计 row has none (a table may hold many),
        an of-which row's is its parent's and its own (其中：市直单位 may stand under every city)."""
        out = list(keys)
        for k, role in enumerate(self.roles):
            if role == "subtotal":
                out[k] = None
            elif role == "of_which" and out[k] is not None:
                p = self.parent[k]
                out[k] = f"{keys[p]}/{out[k]}" if p is not None and keys[p] else out[k]
        return out

    def to_dict(self, sheet_rows: Sequence[int]) -> dict[str, Any]:
        """The layout decisions, by sheet row (1-based; ``sheet_rows[k]`` is data row k's, 0-based),
        for the JSON report."""
        def at(k: int) -> int:  # not a list of every row's: a table may have 200,000
            return sheet_rows[k] + 1

        return {
            "of_which": [{"row": at(p), "rows": [at(k) for k in ks]} for p, ks in self.of_which()],
            "subtotals": [{"row": at(p), "by": self.how.get(p, "subtotal_marker"), "rows": [at(k) for k in ks]}
                          for p, ks in self.groups()],
            "subtracted": [at(k) for k, s in enumerate(self.signs) if s < 0],
            "top_level": sum(1 for _ in self._top_level()),  # counted, not listed
            "leaves": sum(1 for _ in self._leaves()),
        }


