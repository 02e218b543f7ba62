"""What a region name means: resolution, suggestions for unknown names, and the scope of a list of names.

:class:`Registry` is the public registry: the data and loading of
:class:`xlrecon.regions.registry._RegistryData` plus these lookups.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from rapidfuzz.distance import Levenshtein

from xlrecon.regions.names import normalize
from xlrecon.regions.registry import _FORMER, Region, _RegistryData

MAX_DISTANCE = 2
MAX_SUGGESTIONS = 3
CITY_MAJORITY = 0.6
#: lookups a registry remembers (a batch's files name the same regions again and again); past
#: this many distinct ones the memory is emptied and filled again, so it stays bounded
MEMO_SIZE = 100_000
#: the longest list of names whose scope is remembered as a whole
MEMO_NAMES = 5_000


@dataclass(frozen=True)
class Resolution:
    status: str  # "known" | "former" | "ambiguous" | "unknown"
    name: str  # the name as looked up (normalised)
    region: Region | None  # the match (for "former": the CURRENT region it became)
    candidates: tuple[Region, ...] = ()  # for "ambiguous": all matches
    former_year: int | None = None  # for "former"
    suggestions: tuple[str, ...] = ()  # for "unknown": up to 3 closest known names (full names)

    @property
    def ok(self) -> bool:
        """The name is valid (possibly ambiguous, possibly a former name)."""
        return self.status != "unknown"


# --- edit distance -------------------------------------------------------------------------


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of a and b, or limit + 1 when it is larger than limit (rapidfuzz)."""
    return Levenshtein.distance(a, b, score_cutoff=limit)


def _limit(key: str) -> int:
    """The largest edit distance for a suggestion: 2, but 1 for names of up to 3 characters
    (otherwise any "X区" would be 2 edits from any other "Y区")."""
    return 1 if len(key) <= 3 else MAX_DISTANCE


def _affix(a: str, b: str) -> int:
    """Length of the common prefix plus the common suffix."""
    n = min(len(a), len(b))
    p = 0
    while p < n and a[p] == b[p]:
        p += 1
    s = 0
    while s < n - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p + s


# --- the registry --------------------------------------------------------------------------


class Registry(_RegistryData):
    """Official divisions, former names, aliases and reporting units, indexed for lookup.

    Use :meth:`load`; a loaded registry is not changed afterwards (the built-in one is shared).
    """

    def __init__(self) -> None:
        super().__init__()
        self._scope_cache: dict[tuple[str | None, str | None], dict[int, list[tuple[str, frozenset, tuple[int, ...]]]]] = {}
        self._memo: dict[tuple, object] = {}  # resolve() and infer_scope() answers (see MEMO_SIZE)

    def _finish(self) -> None:
        super()._finish()
        self._scope_cache = {}  # the index has changed: the scope tables are built again
        self._memo = {}

    def _remember(self, key: tuple, value: object) -> None:
        if len(self._memo) >= MEMO_SIZE:
            self._memo.clear()
        self._memo[key] = value

    # ---- lookups ----

    def _scope(self, province: str | None, city: str | None) -> tuple[str | None, str | None]:
        """Full names of the scope given as full or short names; ValueError if unknown."""
        p = c = None
        if province is not None:
            found = self._find(normalize(province), "province")
            if len(found) != 1:
                raise ValueError(f"not a province: {province!r}")
            p = self._regions[found[0]].name
        if city is not None:
            found = self._find(normalize(city), "city", p)
            if len(found) != 1:
                raise ValueError(f"not {'a unique city' if found else 'a city'}{' of ' + p if p else ''}: {city!r}")
            r = self._regions[found[0]]
            p, c = r.province, r.name
        return p, c

    def _match(self, key: str, province: str | None, city: str | None) -> tuple[list[int], int | None, int | None]:
        """The best-ranked region ids in scope for a normalised key, their rank and former year."""
        best: int | None = None
        ids: list[int] = []
        year = None
        for rank, rid, y in self._index.get(key, ()):
            if not self._in_scope(rid, province, city):
                continue
            if best is None:
                best, year = rank, y
            elif rank > best:
                break
            if rid not in ids:
                ids.append(rid)
        return ids, best, year

    def resolve(self, name: str, *, province: str | None = None, city: str | None = None) -> Resolution:
        """What a region name means, inside the province / city when given (full or short names).
        Answers are remembered: a registry is not changed once loaded, and a Resolution is frozen."""
        key = ("resolve", name, province, city)
        got = self._memo.get(key)
        if got is None:
            p, c = self._scope(province, city)
            got = self._resolve(normalize(name), p, c, suggest=True)
            self._remember(key, got)
        return got  # type: ignore[return-value]

    def _resolve(self, key: str, p: str | None, c: str | None, *, suggest: bool) -> Resolution:
        ids, rank, year = self._match(key, p, c)
        if len(ids) == 1:
            region = self._regions[ids[0]]
            if rank == _FORMER:
                return Resolution("former", key, region, former_year=year)
            return Resolution("known", key, region)
        if ids:
            return Resolution("ambiguous", key, None, candidates=tuple(self._regions[i] for i in ids))
        return Resolution("unknown", key, None, suggestions=self._suggest(key, p, c) if suggest else ())

    def _scope_keys(self, p: str | None, c: str | None) -> dict[int, list[tuple[str, frozenset, tuple[int, ...]]]]:
        """The keys with a region in scope, by length (built once per scope)."""
        cached = self._scope_cache.get((p, c))
        if cached is None:
            cached = {}
            for key, entries in self._index.items():
                ids = tuple(dict.fromkeys(rid for _, rid, _ in entries if self._in_scope(rid, p, c)))
                if ids:
                    cached.setdefault(len(key), []).append((key, frozenset(key), ids))
            self._scope_cache[(p, c)] = cached
        return cached

    def _suggest(self, key: str, p: str | None, c: str | None) -> tuple[str, ...]:
        out: list[str] = []
        # an exact match outside the scope comes first
        for _rank, rid, _ in self._index.get(key, ()):
            name = self._regions[rid].name
            if name not in out:
                out.append(name)
        if not key:
            return tuple(out[:MAX_SUGGESTIONS])
        limit = _limit(key)
        chars = frozenset(key)
        need = len(chars) - limit
        best: dict[int, tuple[int, int]] = {}
        by_len = self._scope_keys(p, c)
        for length in range(len(key) - limit, len(key) + limit + 1):
            for k, kchars, ids in by_len.get(length, ()):
                if len(chars & kchars) < need:
                    continue
                d = _distance(key, k, limit)
                if d > limit:
                    continue
                score = (d, -_affix(key, k))
                for rid in ids:
                    if rid not in best or score < best[rid]:
                        best[rid] = score
        for rid in sorted(best, key=lambda i: (best[i], self._order[i])):
            name = self._regions[rid].name
            if name not in out:
                out.append(name)
            if len(out) >= MAX_SUGGESTIONS:
                break
        return tuple(out[:MAX_SUGGESTIONS])

    def _regions_of(self, key: str, p: str | None, c: str | None) -> list[Region]:
        """The regions a name may mean: the match, or all candidates of an ambiguous name."""
        ids, _rank, _year = self._match(normalize(key), p, c)
        return [self._regions[i] for i in ids]

    def _city_name(self, r: Region) -> str | None:
        if r.level == "province":
            return r.name if r.name in self._municipalities else None
        return r.city

    def infer_scope(self, names: Iterable[str]) -> tuple[str | None, str | None]:
        """(province, city) that most of the names fall in; city only when >= 60% of them share it.

        Names that are unknown, or ambiguous across provinces (cities), are not counted.
        """
        names = tuple(names)
        memo = ("scope", names) if len(names) <= MEMO_NAMES else None
        got = self._memo.get(memo) if memo is not None else None
        if got is None:
            got = self._infer_scope(names)
            if memo is not None:
                self._remember(memo, got)
        return got  # type: ignore[return-value]

    def _infer_scope(self, names: tuple[str, ...]) -> tuple[str | None, str | None]:
        # each distinct name looked up once, counted as often as it is listed (a 200,000-row
        # table names the same 139 counties over and over)
        keys = _key_counts(names)
        provinces: Counter[str] = Counter()
        for k, times in keys.items():
            found = {r.province for r in self._regions_of(k, None, None)}
            if len(found) == 1:
                provinces[found.pop()] += times
        if not provinces:
            return None, None
        ranked = provinces.most_common()
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            return None, None
        province = ranked[0][0]
        cities: Counter[str | None] = Counter()
        for k, times in keys.items():
            found = {self._city_name(r) for r in self._regions_of(k, province, None)}
            if len(found) == 1:
                cities[found.pop()] += times
        total = sum(cities.values())
        city = None
        if total:
            top, n = cities.most_common(1)[0]
            if top is not None and n >= CITY_MAJORITY * total:
                city = top
        return province, city

    def city_of(self, name: str, *, province: str | None = None) -> str | None:
        """The full name of the city of a city, county or unit (short forms too), else None."""
        p, _ = self._scope(province, None)
        found = {self._city_name(r) for r in self._regions_of(name, p, None)}
        return found.pop() if len(found) == 1 else None

    def same_region(self, a: str, b: str, *, province: str | None = None) -> bool:
        """Whether two names can mean the same region ("湘西自治州" and "湘西土家族苗族自治州")."""
        p, _ = self._scope(province, None)
        ra = set(self._regions_of(a, p, None))
        return bool(ra) and not ra.isdisjoint(self._regions_of(b, p, None))


def _key_counts(names: Iterable[str]) -> Counter[str]:
    """Each name's key (blank ones left out) with how many of the names have it, in the order
    the keys first appear; each distinct name normalized once."""
    out: Counter[str] = Counter()
    for name, times in Counter(names).items():
        key = normalize(name)
        if key:
            out[key] += times
    return out
