"""The registry's data: the regions, the index of the names they match, and how both are loaded.

Loads the official list (CSV) and the registry files (YAML: supplement.yaml and the
user's own), checks the registry files, and indexes every region under its official
name, its short forms (:mod:`xlrecon.regions.names`), aliases and former names.
Looking names up is the job of :class:`xlrecon.regions.resolve.Registry`, the public
class built on :class:`_RegistryData`; the caches here create whichever class
``load`` is called on.
"""

from __future__ import annotations

import csv
import functools
import io
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Self, TypeVar

from xlrecon.errors import XlreconError, os_reason
from xlrecon.regions.names import _city_shorts, _county_shorts, _zone_forms, normalize, province_short

DATA_FILE = "cn-divisions-2023.csv"
SUPPLEMENT_FILE = "supplement.yaml"
LEVELS = ("province", "city", "county", "unit")

# ranks of the ways a name can match a region; lower wins
_OFFICIAL, _ALIAS, _FORMER = 0, 1, 2
_SHORT = {"province": 3, "city": 4, "county": 5, "unit": 5}

# generic units of a city: <city full / short name> + one of these
_CITY_UNIT_SUFFIXES = ("市直单位", "市直", "市本级", "本级")
_CITY_UNIT_EXTRA = {
    "州": ("州直单位", "州直", "州本级"),
    "地区": ("地直单位", "地直", "地区本级"),
    "盟": ("盟直单位", "盟直", "盟本级"),
}


@dataclass(frozen=True)
class Region:
    name: str  # official full name, e.g. "渌口区"
    level: str  # "province" | "city" | "county" | "unit"
    code: str | None  # 6-digit code, None for units
    province: str  # full province name, e.g. "湖南省"
    city: str | None  # full city name for counties/units, the city itself for a city, None for provinces


def _is_zone(region: Region) -> bool:
    return region.level == "unit" or (region.level == "county" and region.code is not None and region.code[4] == "7")


# --- registry file errors ------------------------------------------------------------------


class _Bad(Exception):
    """What is wrong at one place of a registry file: ``what`` is a key of
    :data:`xlrecon.messages.REGION_FILE`, ``params`` its parameters."""

    def __init__(self, where: str, what: str, **params: Any) -> None:
        super().__init__(f"{where}: {what} {params}")
        self.where, self.what, self.params = where, what, params


def _expect(cond: bool, where: str, what: str, **params: Any) -> None:
    if not cond:
        raise _Bad(where, what, **params)


_FILE_KEYS = {"cities"}
_ENTRY_KEYS = {"city", "province", "note", "former", "aliases", "units"}
_FORMER_KEYS = {"name", "now", "year", "note"}


def _unknown_keys(d: dict, allowed: set[str], where: str) -> None:
    extra = sorted(map(str, set(d) - allowed))
    _expect(not extra, where, "unknown_keys", keys=", ".join(extra), allowed=", ".join(sorted(allowed)))


def _text(v: Any, where: str) -> str:
    _expect(isinstance(v, (str, int)) and not isinstance(v, bool) and normalize(v) != "", where, "name")
    return normalize(v)


def _os_reason(path: Path, exc: OSError) -> str:
    """Why the file could not be opened, as a key of :data:`xlrecon.messages.REGION_FILE`."""
    return os_reason(path, exc)


# --- the registry's data -------------------------------------------------------------------


def _data_dir() -> Any:
    try:
        res = resources.files("xlrecon.schemas") / "regions"
        if (res / DATA_FILE).is_file():
            return res
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError):  # pragma: no cover
        pass
    return Path(__file__).resolve().parents[2] / "schemas" / "regions"


class _RegistryData:
    """Official divisions, former names, aliases and reporting units, and the index of their names.

    The base of the public :class:`xlrecon.regions.resolve.Registry`, which adds the lookups.
    """

    def __init__(self) -> None:
        self._regions: list[Region] = []
        self._order: list[tuple[str, str]] = []  # sort key per region id (code order, units after their city)
        self._index: dict[str, list[tuple[int, int, int | None]]] = {}  # key -> (rank, region id, former year)
        self._municipalities: set[str] = set()
        self._city_region: dict[tuple[str, str], int] = {}  # (province, city) -> id of the city (or municipality)
        self._unit_ids: dict[tuple[str, str | None, str], int] = {}  # (province, city, name) -> unit id

    # ---- loading ----

    @classmethod
    def load(cls, extra: Iterable[str | Path] = ()) -> Self:
        """The built-in registry (cached), plus the user's registry files in ``extra`` (same format as supplement.yaml)."""
        files = tuple(str(p) for p in extra)
        return _with_files(cls, files, tuple(_stamp(p) for p in files)) if files else _builtin(cls)

    @classmethod
    def _read(cls, extra: tuple[str, ...]) -> Self:
        files = [Path(p) for p in extra]
        reg = _builtin(cls)._copy()
        for path in files:
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                raise XlreconError("bad-regions", file=str(path), what="encoding") from None
            except OSError as exc:
                raise XlreconError("bad-regions", file=str(path), what=_os_reason(path, exc)) from None
            reg._apply_yaml(text, str(path))
        reg._finish()
        return reg

    def _copy(self) -> Self:
        new = type(self)()
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

    # ---- registry files ----

    def _apply_yaml(self, text: str, origin: str) -> None:
        import yaml

        from xlrecon.templates.loader import load_yaml

        try:
            doc = load_yaml(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
            if mark is None:
                raise XlreconError("bad-regions", file=origin, what="yaml_unplaced") from None
            raise XlreconError("bad-regions", file=origin, what="yaml", line=mark.line + 1,
                               column=mark.column + 1) from None
        try:
            self._apply(doc)
        except _Bad as exc:
            raise XlreconError("bad-regions", file=origin, what=exc.what, where=exc.where, **exc.params) from None

    def _apply(self, doc: Any) -> None:
        _expect(isinstance(doc, dict), "", "top")
        _unknown_keys(doc, _FILE_KEYS, "")
        entries = doc.get("cities")
        _expect(isinstance(entries, list), "cities", "cities")
        scoped = []
        for i, e in enumerate(entries):
            where = f"cities[{i}]"
            _expect(isinstance(e, dict), where, "entry")
            _unknown_keys(e, _ENTRY_KEYS, where)
            scoped.append((where, e, *self._entry_scope(e, where)))
        # units first, so that aliases and former names anywhere in the file can point at them
        for where, e, province, city in scoped:
            units = e.get("units", []) or []
            _expect(isinstance(units, list), f"{where}.units", "names")
            for j, u in enumerate(units):
                name = _text(u, f"{where}.units[{j}]")
                clash = [
                    self._regions[rid] for rank, rid, _ in self._index.get(name, ())
                    if rank == _OFFICIAL and self._in_scope(rid, province, city) and self._regions[rid].level != "unit"
                ]
                _expect(not clash, f"{where}.units[{j}]", "official", name=name)
                self._unit(province, city, name)
        for where, e, province, city in scoped:
            former = e.get("former", []) or []
            _expect(isinstance(former, list), f"{where}.former", "former_list")
            for j, f in enumerate(former):
                w = f"{where}.former[{j}]"
                _expect(isinstance(f, dict), w, "former")
                _unknown_keys(f, _FORMER_KEYS, w)
                name = _text(f.get("name"), f"{w}.name")
                target = self._target(_text(f.get("now"), f"{w}.now"), province, city, f"{w}.now")
                year = f.get("year")
                _expect(year is None or (isinstance(year, int) and not isinstance(year, bool) and 1949 <= year <= 2100),
                        f"{w}.year", "year")
                self._add_key(name, _FORMER, target, year)
            aliases = e.get("aliases", {}) or {}
            _expect(isinstance(aliases, dict), f"{where}.aliases", "aliases")
            for alias, official in aliases.items():
                w = f"{where}.aliases.{alias}"
                self._add_key(_text(alias, w), _ALIAS, self._target(_text(official, w), province, city, w))

    def _entry_scope(self, e: dict, where: str) -> tuple[str, str | None]:
        province = None
        if "province" in e:
            p = _text(e["province"], f"{where}.province")
            found = self._find(p, "province")
            _expect(len(found) == 1, f"{where}.province", "not_province", name=p)
            province = self._regions[found[0]].name
        if e.get("city") is None:
            _expect(province is not None, where, "no_scope")
            return province, None  # type: ignore[return-value]
        c = _text(e["city"], f"{where}.city")
        found = self._find(c, "city", province)
        _expect(len(found) > 0, f"{where}.city", "not_city_of" if province else "not_city", name=c,
                province=province or "")
        _expect(len(found) == 1, f"{where}.city", "city_twice", name=c)
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
        _expect(len(found) > 0, where, "no_target", name=name, scope=scope)
        _expect(len(found) == 1, where, "target_twice", name=name, scope=scope)
        return found[0]

    # ---- lookups ----

    def _in_scope(self, rid: int, province: str | None, city: str | None) -> bool:
        r = self._regions[rid]
        return (province is None or r.province == province) and (city is None or r.city == city)

    # ---- other read-only access ----

    def __len__(self) -> int:
        return len(self._regions)

    def regions(self, level: str | None = None) -> list[Region]:
        """All regions (of one level), in code order, units after the counties of their city."""
        ids = sorted(range(len(self._regions)), key=lambda i: self._order[i])
        return [self._regions[i] for i in ids if level is None or self._regions[i].level == level]


# --- cached loading ------------------------------------------------------------------------

_R = TypeVar("_R", bound=_RegistryData)


@functools.lru_cache(maxsize=1)
def _builtin(cls: type[_R]) -> _R:
    """The built-in registry as a ``cls`` (in practice always the public Registry: one shared object)."""
    data = _data_dir()
    reg = cls()
    reg._load_csv((data / DATA_FILE).read_text(encoding="utf-8"))
    reg._add_city_units()
    reg._apply_yaml((data / SUPPLEMENT_FILE).read_text(encoding="utf-8"), f"schemas/regions/{SUPPLEMENT_FILE}")
    reg._finish()
    return reg


@functools.lru_cache(maxsize=4)
def _with_files(cls: type[_R], files: tuple[str, ...], stamps: tuple[tuple[int, int] | None, ...]) -> _R:
    """The built-in registry plus the user's files, read once while they stay as they are
    (``stamps``: size and modification time), not once for every checked file."""
    return cls._read(files)


def _stamp(path: str) -> tuple[int, int] | None:
    try:
        st = Path(path).stat()
    except OSError:
        return None  # reading it will say why
    return st.st_size, st.st_mtime_ns
