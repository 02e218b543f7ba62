"""A registry of China's administrative divisions, for checking the region names in submissions.

The data are the official list ``schemas/regions/cn-divisions-2023.csv`` (国家统计局
2023年统计用区划代码: provinces, cities, counties; see ``SOURCES.md``) and the
hand-written ``schemas/regions/supplement.yaml`` (former names, aliases, and reporting
units that are not divisions, such as development zones). A user can add files of
the same format with ``Registry.load(extra=[...])``.

>>> reg = Registry.load()
>>> reg.resolve("祁阳县", province="湖南省").status
'former'
>>> reg.resolve("涪口区", province="湖南省").suggestions[0]
'渌口区'

How a name is matched:

* It is normalised first (:func:`normalize`): NFKC, all whitespace removed, and a
  trailing 管理委员会 / 管委会 dropped after a name ending in 区.
* Every official name also matches in short forms: 长沙市 -> 长沙; 中原区 -> 中原;
  城步苗族自治县 -> 城步自治县 / 城步县 / 城步; 管城回族区 -> 管城区 / 管城;
  湘西土家族苗族自治州 -> 湘西自治州 / 湘西州 / 湘西; development zones (county-level
  codes xxxx7x, and units) with or without the province or the city in front.
  Each city has a unit "<city>本级" (长沙市直单位, 长沙市直, 长沙市本级, 长沙本级; and
  plain 市本级 / 市直单位 / 本级, which need the city as scope to be unambiguous).
* Names are not unique across China. The matches for a name are ranked: official
  full names (and unit names) first, then aliases from the YAML files, then former
  names, then generated short forms (province before city before county). Only the
  best-ranked matches inside the scope (``province`` / ``city``) count: one is
  "known" (or "former"), several are "ambiguous".
* An unknown name gets up to 3 suggestions: an exact match outside the scope first,
  then the closest names in scope by edit distance (at most 2), longer common
  prefix + suffix first, then code order.
"""

from __future__ import annotations

import csv
import functools
import io
import re
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

from xlrecon.errors import XlreconError
from xlrecon.textnorm import squash

DATA_FILE = "cn-divisions-2023.csv"
SUPPLEMENT_FILE = "supplement.yaml"
LEVELS = ("province", "city", "county", "unit")

MAX_DISTANCE = 2
MAX_SUGGESTIONS = 3
CITY_MAJORITY = 0.6

# ranks of the ways a name can match a region; lower wins
_OFFICIAL, _ALIAS, _FORMER = 0, 1, 2
_SHORT = {"province": 3, "city": 4, "county": 5, "unit": 5}

_MGMT = re.compile(r"(?:管理委员会|管委会)$")
_PROVINCE_SHORT = {
    "内蒙古自治区": "内蒙古",
    "广西壮族自治区": "广西",
    "西藏自治区": "西藏",
    "宁夏回族自治区": "宁夏",
    "新疆维吾尔自治区": "新疆",
}
_ETHNIC_MULTI = (
    "蒙古 维吾尔 布依 朝鲜 土家 哈尼 哈萨克 傈僳 高山 拉祜 东乡 纳西 景颇 柯尔克孜 达斡尔 仫佬 布朗 "
    "撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 塔塔尔 独龙 鄂伦春 "
    "赫哲 门巴 珞巴 基诺"
).split()
_ETHNIC_SINGLE = "回 藏 苗 彝 壮 满 侗 瑶 白 傣 黎 佤 畲 水 土 羌 怒 京".split()
_ETHNIC = re.compile(
    r"^(?P<stem>.+?)(?P<eth>(?:(?:%s)族?|(?:%s)族)+)(?P<kind>自治州|自治县|自治旗|区)$"
    % ("|".join(sorted(_ETHNIC_MULTI, key=len, reverse=True)), "|".join(_ETHNIC_SINGLE))
)
# generic units of a city: <city full / short name> + one of these
_CITY_UNIT_SUFFIXES = ("市直单位", "市直", "市本级", "本级")
_CITY_UNIT_EXTRA = {
    "州": ("州直单位", "州直", "州本级"),
    "地区": ("地直单位", "地直", "地区本级"),
    "盟": ("盟直单位", "盟直", "盟本级"),
}


def normalize(name: object) -> str:
    """A name as it is compared: NFKC, no whitespace, no 管理委员会 / 管委会 after …区.

    >>> normalize("常德市西湖管理 区管理委员会")
    '常德市西湖管理区'
    """
    s = squash(name)
    m = _MGMT.search(s)
    if m and s[: m.start()].endswith("区"):
        s = s[: m.start()]
    return s


@dataclass(frozen=True)
class Region:
    name: str  # official full name, e.g. "渌口区"
    level: str  # "province" | "city" | "county" | "unit"
    code: str | None  # 6-digit code, None for units
    province: str  # full province name, e.g. "湖南省"
    city: str | None  # full city name for counties/units, the city itself for a city, None for provinces


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


# --- short forms ---------------------------------------------------------------------------


def province_short(name: str) -> str:
    """湖南省 -> 湖南, 广西壮族自治区 -> 广西, 北京市 -> 北京."""
    if name in _PROVINCE_SHORT:
        return _PROVINCE_SHORT[name]
    if name.endswith(("省", "市")) and len(name) >= 3:
        return name[:-1]
    return name


def _city_shorts(name: str) -> list[str]:
    """The short forms of a city's name, the most usual first."""
    m = _ETHNIC.match(name)
    if m and m["kind"] == "自治州":
        stem = m["stem"]
        return [f"{stem}自治州", f"{stem}州"] + ([stem] if len(stem) >= 2 else [])
    for suffix in ("地区", "盟", "市"):
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return [name[: -len(suffix)]]
    return []


def _county_shorts(name: str) -> list[str]:
    m = _ETHNIC.match(name)
    if m and (m["kind"] != "区" or m["eth"].endswith("族")):
        stem, kind = m["stem"], m["kind"]
        if kind == "区":
            out = [f"{stem}区"]
        else:
            out = [f"{stem}{kind}", f"{stem}{kind[-1]}"]
        return out + ([stem] if len(stem) >= 2 else [])
    for suffix in ("新区", "林区", "特区", "区", "县", "市", "旗"):
        if name.endswith(suffix):
            return [name[: -len(suffix)]] if len(name) - len(suffix) >= 2 else []
    return []


def _zone_forms(name: str, province: str, city: str | None, city_short: str | None) -> list[str]:
    """Development zones and units: without the province in front, with the city short or without it."""
    forms = [name]
    for prefix in (province, province_short(province)):
        if name.startswith(prefix) and len(name) - len(prefix) >= 3:
            forms.append(name[len(prefix):])
            break
    out: list[str] = []
    for f in forms:
        out.append(f)
        if not city:
            continue
        for prefix in (city, city_short):
            if prefix and f.startswith(prefix):
                rest = f[len(prefix):]
                if len(rest) >= 3:
                    out.extend([city + rest, rest] + ([city_short + rest] if city_short else []))
                break
    return [f for f in dict.fromkeys(out) if f != name]


def _is_zone(region: Region) -> bool:
    return region.level == "unit" or (region.level == "county" and region.code is not None and region.code[4] == "7")


# --- edit distance -------------------------------------------------------------------------


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of a and b, or limit + 1 when it is larger than limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1] if prev[-1] <= limit else limit + 1


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


# --- registry file errors ------------------------------------------------------------------


class _Bad(Exception):
    def __init__(self, where: str, what: str) -> None:
        super().__init__(f"{where}: {what}")


def _expect(cond: bool, where: str, what: str) -> None:
    if not cond:
        raise _Bad(where, what)


_FILE_KEYS = {"cities"}
_ENTRY_KEYS = {"city", "province", "note", "former", "aliases", "units"}
_FORMER_KEYS = {"name", "now", "year", "note"}


def _unknown_keys(d: dict, allowed: set[str], where: str) -> None:
    extra = sorted(map(str, set(d) - allowed))
    _expect(not extra, where, f"unknown key(s) {', '.join(extra)}; allowed: {', '.join(sorted(allowed))}")


def _text(v: Any, where: str) -> str:
    _expect(isinstance(v, (str, int)) and not isinstance(v, bool) and normalize(v) != "", where, "expected a name")
    return normalize(v)


# --- the registry --------------------------------------------------------------------------


def _data_dir() -> Any:
    try:
        res = resources.files("xlrecon.schemas") / "regions"
        if (res / DATA_FILE).is_file():
            return res
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError):  # pragma: no cover
        pass
    return Path(__file__).resolve().parent.parent / "schemas" / "regions"


class Registry:
    """Official divisions, former names, aliases and reporting units, indexed for lookup.

    Use :meth:`load`; a loaded registry is not changed afterwards (the built-in one is shared).
    """

    def __init__(self) -> None:
        self._regions: list[Region] = []
        self._order: list[tuple[str, str]] = []  # sort key per region id (code order, units after their city)
        self._index: dict[str, list[tuple[int, int, int | None]]] = {}  # key -> (rank, region id, former year)
        self._municipalities: set[str] = set()
        self._city_region: dict[tuple[str, str], int] = {}  # (province, city) -> id of the city (or municipality)
        self._unit_ids: dict[tuple[str, str | None, str], int] = {}  # (province, city, name) -> unit id
        self._scope_cache: dict[tuple[str | None, str | None], dict[int, list[tuple[str, frozenset, tuple[int, ...]]]]] = {}

    # ---- loading ----

    @classmethod
    def load(cls, extra: Iterable[str | Path] = ()) -> "Registry":
        """The built-in registry (cached), plus the user's registry files in ``extra`` (same format as supplement.yaml)."""
        files = tuple(str(p) for p in extra)
        return _with_files(files, tuple(_stamp(p) for p in files)) if files else _builtin()

    @classmethod
    def _read(cls, extra: tuple[str, ...]) -> "Registry":
        files = [Path(p) for p in extra]
        reg = _builtin()._copy()
        for path in files:
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise XlreconError("bad-template", file=str(path), detail=str(exc)) from None
            reg._apply_yaml(text, str(path))
        reg._finish()
        return reg

    def _copy(self) -> "Registry":
        new = Registry()
        new._regions = list(self._regions)
        new._order = list(self._order)
        new._index = {k: list(v) for k, v in self._index.items()}
        new._municipalities = set(self._municipalities)
        new._city_region = dict(self._city_region)
        new._unit_ids = dict(self._unit_ids)
        return new

    def _add_region(self, region: Region, order: tuple[str, str]) -> int:
        self._regions.append(region)
        self._order.append(order)
        return len(self._regions) - 1

    def _add_key(self, key: str, rank: int, rid: int, year: int | None = None) -> None:
        key = normalize(key)
        if not key:
            return
        entries = self._index.setdefault(key, [])
        if not any(r == rank and i == rid for r, i, _ in entries):
            entries.append((rank, rid, year))

    def _load_csv(self, text: str) -> None:
        rows = list(csv.DictReader(io.StringIO(text)))
        by_code = {r["code"]: r for r in rows}
        # a province with counties directly under it and no city at all is a municipality (北京, 天津, 上海, 重庆);
        # the counties of 省直辖县级行政区划 (济源市, 仙桃市 ...) are directly under a province that has cities
        has_city = {r["parent"] for r in rows if r["level"] == "city"}
        self._municipalities = {
            by_code[r["parent"]]["name"] for r in rows
            if r["level"] == "county" and by_code[r["parent"]]["level"] == "province" and r["parent"] not in has_city
        }
        for r in rows:
            code, name, level, parent = r["code"], r["name"], r["level"], r["parent"]
            province = by_code[code[:2] + "0000"]["name"]
            if level == "province":
                city = None
            elif level == "city":
                city = name
            elif by_code[parent]["level"] == "city":
                city = by_code[parent]["name"]
            else:
                city = province if province in self._municipalities else None
            rid = self._add_region(Region(name=name, level=level, code=code, province=province, city=city), (code, ""))
            if level == "city" or (level == "province" and name in self._municipalities):
                self._city_region[(province, name)] = rid
            self._add_official(rid)

    def _add_official(self, rid: int) -> None:
        """The official name of a region and its generated short forms."""
        r = self._regions[rid]
        self._add_key(r.name, _OFFICIAL, rid)
        short = _SHORT[r.level]
        if r.level == "province":
            forms = [province_short(r.name)]
        elif r.level == "city":
            forms = _city_shorts(r.name)
        elif _is_zone(r):
            cshorts = _city_shorts(r.city) if r.city else []
            forms = _zone_forms(r.name, r.province, r.city, cshorts[0] if cshorts else None)
        else:
            forms = _county_shorts(r.name)
        for f in forms:
            self._add_key(f, short, rid)

    def _add_city_units(self) -> None:
        """One unit "<city>本级" for every city and municipality, with its usual spellings."""
        for (province, city), _cid in sorted(self._city_region.items(), key=lambda kv: self._order[kv[1]]):
            uid = self._unit(province, city, f"{city}本级")
            bases = [city] + (_city_shorts(city) if city not in self._municipalities else [province_short(city)])
            suffixes = list(_CITY_UNIT_SUFFIXES)
            for end, extra in _CITY_UNIT_EXTRA.items():
                if city.endswith(end):
                    suffixes.extend(extra)
            for b in ["", *bases]:  # "市本级" alone: that city's unit when the scope is the city
                for s in suffixes:
                    self._add_key(b + s, _SHORT["unit"], uid)

    def _unit(self, province: str, city: str | None, name: str) -> int:
        """The id of a unit, added if new (with its zone forms)."""
        key = (province, city, name)
        if key in self._unit_ids:
            return self._unit_ids[key]
        # sort key: after the counties of its city (of its province for municipalities and province units)
        parent = self._city_region.get((province, city)) if city else None
        if parent is not None and self._regions[parent].level == "city":
            prefix = str(self._regions[parent].code)[:4]
        else:
            prefix = next(str(r.code)[:2] for r in self._regions if r.level == "province" and r.name == province)
        uid = self._add_region(Region(name=name, level="unit", code=None, province=province, city=city), (prefix + "~", name))
        self._unit_ids[key] = uid
        self._add_official(uid)
        return uid

    def _finish(self) -> None:
        for entries in self._index.values():
            entries.sort(key=lambda e: (e[0], self._order[e[1]]))
        self._scope_cache = {}

    # ---- registry files ----

    def _apply_yaml(self, text: str, origin: str) -> None:
        import yaml

        from xlrecon.templates.loader import load_yaml

        try:
            doc = load_yaml(text)
        except yaml.YAMLError as exc:
            raise XlreconError("bad-template", file=origin, detail=str(exc).replace("\n", " ")) from None
        try:
            self._apply(doc)
        except _Bad as exc:
            raise XlreconError("bad-template", file=origin, detail=str(exc)) from None

    def _apply(self, doc: Any) -> None:
        _expect(isinstance(doc, dict), "(top)", "a registry file is a mapping with a 'cities' list")
        _unknown_keys(doc, _FILE_KEYS, "(top)")
        entries = doc.get("cities")
        _expect(isinstance(entries, list), "cities", "a list of entries (city:, province:, former:, aliases:, units:)")
        scoped = []
        for i, e in enumerate(entries):
            where = f"cities[{i}]"
            _expect(isinstance(e, dict), where, "an entry is a mapping with city: and/or province:")
            _unknown_keys(e, _ENTRY_KEYS, where)
            scoped.append((where, e, *self._entry_scope(e, where)))
        # units first, so that aliases and former names anywhere in the file can point at them
        for where, e, province, city in scoped:
            units = e.get("units", []) or []
            _expect(isinstance(units, list), f"{where}.units", "a list of names")
            for j, u in enumerate(units):
                name = _text(u, f"{where}.units[{j}]")
                clash = [
                    self._regions[rid] for rank, rid, _ in self._index.get(name, ())
                    if rank == _OFFICIAL and self._in_scope(rid, province, city) and self._regions[rid].level != "unit"
                ]
                _expect(not clash, f"{where}.units[{j}]", f"{name} is already an official name ({clash[0].level if clash else ''})")
                self._unit(province, city, name)
        for where, e, province, city in scoped:
            former = e.get("former", []) or []
            _expect(isinstance(former, list), f"{where}.former", "a list of {name:, now:, year:}")
            for j, f in enumerate(former):
                w = f"{where}.former[{j}]"
                _expect(isinstance(f, dict), w, "a mapping {name:, now:, year:}")
                _unknown_keys(f, _FORMER_KEYS, w)
                name = _text(f.get("name"), f"{w}.name")
                target = self._target(_text(f.get("now"), f"{w}.now"), province, city, f"{w}.now")
                year = f.get("year")
                _expect(year is None or (isinstance(year, int) and not isinstance(year, bool) and 1949 <= year <= 2100),
                        f"{w}.year", "a year such as 2021")
                self._add_key(name, _FORMER, target, year)
            aliases = e.get("aliases", {}) or {}
            _expect(isinstance(aliases, dict), f"{where}.aliases", "a mapping alias: official name")
            for alias, official in aliases.items():
                w = f"{where}.aliases.{alias}"
                self._add_key(_text(alias, w), _ALIAS, self._target(_text(official, w), province, city, w))

    def _entry_scope(self, e: dict, where: str) -> tuple[str, str | None]:
        province = None
        if "province" in e:
            p = _text(e["province"], f"{where}.province")
            found = self._find(p, "province")
            _expect(len(found) == 1, f"{where}.province", f"{p} is not a province")
            province = self._regions[found[0]].name
        if e.get("city") is None:
            _expect(province is not None, where, "an entry needs city: or province:")
            return province, None  # type: ignore[return-value]
        c = _text(e["city"], f"{where}.city")
        found = self._find(c, "city", province)
        _expect(len(found) > 0, f"{where}.city", f"{c} is not a city{' of ' + province if province else ''}")
        _expect(len(found) == 1, f"{where}.city", f"{c} is not unique; add province:")
        r = self._regions[found[0]]
        return r.province, r.name

    def _find(self, key: str, level: str, province: str | None = None) -> list[int]:
        """Ids of the best-ranked cities (municipalities included) or provinces with this name or short name."""
        best: int | None = None
        out: list[int] = []
        for rank, rid, _ in sorted(self._index.get(key, ()), key=lambda e: e[0]):
            r = self._regions[rid]
            ok = r.level == level or (level == "city" and r.level == "province" and r.name in self._municipalities)
            ok = ok and (province is None or r.province == province)
            if not ok or rank in (_ALIAS, _FORMER) or (best is not None and rank > best):
                continue
            best = rank
            if rid not in out:
                out.append(rid)
        return out

    def _target(self, name: str, province: str, city: str | None, where: str) -> int:
        found = list(dict.fromkeys(
            rid for rank, rid, _ in self._index.get(name, ())
            if rank == _OFFICIAL and self._in_scope(rid, province, city)
        ))
        if not found and city is not None:
            cid = self._city_region.get((province, city))
            if cid is not None and name == normalize(city):
                found = [cid]
        scope = city or province
        _expect(len(found) > 0, where, f"{name} is not an official name or unit in {scope}")
        _expect(len(found) == 1, where, f"{name} is not unique in {scope}")
        return found[0]

    # ---- lookups ----

    def _in_scope(self, rid: int, province: str | None, city: str | None) -> bool:
        r = self._regions[rid]
        return (province is None or r.province == province) and (city is None or r.city == city)

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
        """What a region name means, inside the province / city when given (full or short names)."""
        p, c = self._scope(province, city)
        return self._resolve(normalize(name), p, c, suggest=True)

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
        keys = [k for k in (normalize(n) for n in names) if k]
        provinces: Counter[str] = Counter()
        for k in keys:
            found = {r.province for r in self._regions_of(k, None, None)}
            if len(found) == 1:
                provinces[found.pop()] += 1
        if not provinces:
            return None, None
        ranked = provinces.most_common()
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            return None, None
        province = ranked[0][0]
        cities: Counter[str | None] = Counter()
        for k in keys:
            found = {self._city_name(r) for r in self._regions_of(k, province, None)}
            if len(found) == 1:
                cities[found.pop()] += 1
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

    # ---- other read-only access ----

    def __len__(self) -> int:
        return len(self._regions)

    def regions(self, level: str | None = None) -> list[Region]:
        """All regions (of one level), in code order, units after the counties of their city."""
        ids = sorted(range(len(self._regions)), key=lambda i: self._order[i])
        return [self._regions[i] for i in ids if level is None or self._regions[i].level == level]


@functools.lru_cache(maxsize=1)
def _builtin() -> Registry:
    data = _data_dir()
    reg = Registry()
    reg._load_csv((data / DATA_FILE).read_text(encoding="utf-8"))
    reg._add_city_units()
    reg._apply_yaml((data / SUPPLEMENT_FILE).read_text(encoding="utf-8"), f"schemas/regions/{SUPPLEMENT_FILE}")
    reg._finish()
    return reg


@functools.lru_cache(maxsize=4)
def _with_files(files: tuple[str, ...], stamps: tuple[tuple[int, int] | None, ...]) -> Registry:
    """The built-in registry plus the user's files, read once while they stay as they are
    (``stamps``: size and modification time), not once for every checked file."""
    return Registry._read(files)


def _stamp(path: str) -> tuple[int, int] | None:
    try:
        st = Path(path).stat()
    except OSError:
        return None  # reading it will say why
    return st.st_size, st.st_mtime_ns
