"""Region names as strings: how a name is normalised, and the short forms of official names.

Pure functions on strings; which regions get which forms is up to the registry
(:mod:`xlrecon.regions.registry`).
"""

from __future__ import annotations

import re

from xlrecon.textnorm import squash

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
