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
  then the closest names in scope by edit distance (rapidfuzz, at most 2), longer common
  prefix + suffix first, then code order.

The package, one job a module (each imports only the ones before it):

* :mod:`xlrecon.regions.names`: normalisation and the short forms of names (strings only);
* :mod:`xlrecon.regions.registry`: :class:`Region`, reading and checking the registry
  files, the index of names, and the cached loading;
* :mod:`xlrecon.regions.resolve`: :class:`Resolution`, resolving names, suggestions and
  scope inference, and :class:`Registry`, the public class (loading plus lookups).
"""

from xlrecon.regions.names import normalize, province_short
from xlrecon.regions.registry import DATA_FILE, LEVELS, SUPPLEMENT_FILE, Region
from xlrecon.regions.resolve import CITY_MAJORITY, MAX_DISTANCE, MAX_SUGGESTIONS, Registry, Resolution

__all__ = ["CITY_MAJORITY", "DATA_FILE", "LEVELS", "MAX_DISTANCE", "MAX_SUGGESTIONS", "SUPPLEMENT_FILE",
           "Region", "Registry", "Resolution", "normalize", "province_short"]
