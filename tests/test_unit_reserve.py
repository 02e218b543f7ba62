"""The budget unit's reserve-share filing (``unit-reserve``): its date column and deadline
rule, and the ``batch: summary:`` section, on workbooks written here by openpyxl."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import pytest
import yaml

import xlrecon
from xlrecon.errors import XlreconError
from xlrecon.templates.loader import load_template
from xlrecon.read.values import parse_date

from conftest import ROOT

UNIT = yaml.safe_load((ROOT / "schemas" / "unit-reserve.yaml").read_text(encoding="utf-8"))
HEAD = ["序号", "单位名称", "食堂情况", "年度食堂食材采购总额（万元）", "预留份额（万元）", "填报日期"]


def unit_rows(dates, title="中原区预算单位2023年度预留份额填报表"):
    rows = [[title]] if title else []
    rows.append(HEAD)
    for i, d in enumerate(dates, start=1):
        rows.append([i, f"单位{i}", "自办", 100.0, 12.0, d])
    return rows


@pytest.mark.parametrize("raw, want", [
    (dt.datetime(2023, 3, 10, 0, 0), dt.date(2023, 3, 10)),
    (44995, dt.date(2023, 3, 10)),  # a date cell without a date format: its serial number
    ("2023-03-10", dt.date(2023, 3, 10)), ("2023/3/10", dt.date(2023, 3, 10)), ("2023.3.10", dt.date(2023, 3, 10)),
    ("2023年3月10日", dt.date(2023, 3, 10)), ("20230310", dt.date(2023, 3, 10)), ("２０２３－０３－１０", dt.date(2023, 3, 10)),
    ("2023-03-10 09:30", dt.date(2023, 3, 10)),
])
def test_dates_as_counties_type_them(raw, want):
    v = parse_date(raw)
    assert (v.kind, v.value) == ("date", want)


@pytest.mark.parametrize("raw", ["2023-02-30", "三月十日", "2023-13-01", "待补", 12.5, True])
def test_what_is_not_a_date_is_invalid_never_guessed(raw):
    assert parse_date(raw).kind == "invalid"


def test_late_filings_against_the_title_year(xlsx):
    p = xlsx({"填报": unit_rows([dt.datetime(2023, 3, 20), "2023-03-21", dt.datetime(2022, 12, 28), "2023年4月1日", "尽快"])})
    fr = xlrecon.check(p, schema="unit-reserve").files[0]
    late = [(f.cell, f.actual, f.expected, f.difference, f.severity, f.params["basis"])
            for f in fr.findings if f.check == "deadline"]
    # 20 March itself is in time; a December filing for the next year is early, not late
    assert late == [("F4", "2023-03-21", "2023-03-20", 1, "warning", "title"),
                    ("F6", "2023-04-01", "2023-03-20", 12, "warning", "title")]
    [bad] = [f for f in fr.findings if f.message_key == "type.invalid_date"]
    assert bad.cell == "F7" and bad.severity == "error" and "尽快" in bad.message("zh")
    assert "day(s) late" in [f for f in fr.findings if f.check == "deadline"][0].message("en")


def test_without_a_title_year_the_dates_own_year_counts(xlsx):
    p = xlsx({"填报": unit_rows(["2024-03-25", "2024-03-01"], title=None)})
    fr = xlrecon.check(p, schema="unit-reserve").files[0]
    [late] = [f for f in fr.findings if f.check == "deadline"]
    assert (late.cell, late.difference, late.params["basis"]) == ("F2", 5, "own")
    assert "填报日期本身" in late.message("zh")


def write(tmp_path: Path, doc: dict) -> Path:
    path = tmp_path / "t.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("change, where", [
    (lambda d: d["rules"].append({"id": "x", "kind": "deadline", "label": "x", "column": "filed", "by": "02-30"}),
     "by"),
    (lambda d: d["rules"].append({"id": "x", "kind": "deadline", "label": "x", "column": "reserve", "by": "03-20"}),
     "column"),
    (lambda d: d["batch"]["summary"]["sums"].update({"nope": "reserve"}), "batch.summary.sums.nope"),
    (lambda d: d["batch"]["summary"].update({"severity": "fatal"}), "batch.summary.severity"),
    (lambda d: d["batch"].update({"extra": 1}), "batch"),
    (lambda d: d["columns"][-1].update({"unit": "万元"}), ".unit"),
])
def test_bad_date_deadline_and_batch_sections_name_their_place(tmp_path, change, where):
    doc = copy.deepcopy(UNIT)
    change(doc)
    with pytest.raises(XlreconError) as err:
        load_template(write(tmp_path, doc))
    assert err.value.code == "bad-template" and where in err.value.message("en")


@pytest.mark.parametrize("target, says", [
    ("no_such_column", "batch.summary.sums.reserve"),  # a column the summary template lacks
    ("mgmt_units", "万元 cannot be summed into mgmt_units"),  # 万元 into a count of units (家)
])
def test_a_bad_summary_sum_is_a_bad_template_naming_its_place(tmp_path, target, says):
    import shutil

    doc = copy.deepcopy(UNIT)
    doc["batch"]["summary"]["sums"]["reserve"] = target
    path = write(tmp_path, doc)
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ROOT / "workbooks" / "zhengzhou-2020-districts" / "郑州高新区.xlsx", folder / "a.xlsx")
    with pytest.raises(XlreconError) as err:
        xlrecon.batch(folder, schema=path, against=ROOT / "workbooks" / "zhengzhou-2020-reserve-progress.xlsx", jobs=1)
    assert err.value.code == "bad-template" and says in err.value.message("en")


FULL_HEAD = ["序号", "单位名称", "食堂情况", "年度食堂食材采购总额（万元）", "预留份额（万元）", "联系电话"]
CLEAN = [[1, "甲单位", "自办", 100.0, 12.0, "13800000000"], [2, "乙单位", "无食堂", 0.0, None, "0371-67181234"]]


@pytest.mark.parametrize("edit, rule", [
    (None, None),
    (lambda rows: rows[1].__setitem__(2, "食堂"), "canteen.isin"),          # not one of 自办/外包/共用/无食堂
    (lambda rows: rows[1].__setitem__(3, -5.0), "canteen_purchase.ge"),     # below 0
    (lambda rows: rows[1].__setitem__(5, "123"), "phone.regex"),            # not a phone number
    (lambda rows: rows[1].__setitem__(2, None), "canteen.required"),        # blank where one is required
    (lambda rows: rows[1].__setitem__(1, "甲单位"), "unit_name.unique"),     # a unit twice
    (lambda rows: rows[1].__setitem__(1, None), "unit_name.required"),      # blank key
])
def test_the_pandas_precheck_only_skips_pandera_when_pandera_finds_nothing(xlsx, edit, rule):
    """``schema.surely_valid`` lets clean tables skip pandera's fixed cost; it must never
    say "valid" for a table pandera rejects."""
    from xlrecon import pipeline
    from xlrecon.checks.schema import _pandera_findings, schema_findings, surely_valid
    from xlrecon.findings import FileReport
    from xlrecon.read.workbook import Workbook
    from xlrecon.templates.loader import load_builtin

    rows = [list(r) for r in CLEAN]
    if edit is not None:
        edit(rows)
    p = xlsx({"填报": [FULL_HEAD, *rows]})
    fr = FileReport(str(p))
    with Workbook(p) as wb:
        grids = pipeline.read_grids(wb, fr)
    [table] = pipeline.pick_tables(str(p), grids, [load_builtin("unit-reserve")], True, fr)
    found = schema_findings(table)
    # a repeated key is found without pandera; the precheck skips pandera only when it finds nothing
    by_pandera = [f.rule for f in _pandera_findings(table)]
    assert by_pandera == ([] if rule in (None, "unit_name.unique") else [rule])
    assert surely_valid(table) is (by_pandera == [])
    assert [f.rule for f in found] == ([] if rule is None else [rule])
