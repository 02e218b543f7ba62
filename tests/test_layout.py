"""The reader finds the table however counties lay it out, and records each value's cell."""

from __future__ import annotations

import re
import zipfile
from decimal import Decimal

import xlrecon
from xlrecon.templates import load_builtin
from xlrecon.read.layout import build_table, locate
from xlrecon.read.workbook import Workbook

from conftest import ZZ_HEADER_SUB, ZZ_HEADER_TOP, ZZ_MERGES, write_xlsxwriter, zz_row

RETAIL = load_builtin("retail-targets")
ZZ = load_builtin("reserve-progress")


def table_of(path, template, sheet=None):
    with Workbook(path) as wb:
        grid = wb.grid(sheet or wb.sheet_names[0])
    m = locate(grid, template)
    assert m is not None and m.complete, m and m.missing
    return build_table(grid, template, m)


def findings(path, **kw):
    report = xlrecon.check(path, **kw)
    (fr,) = report.files
    assert fr.error is None, fr.error and fr.error.message("en")
    return fr


def test_header_below_title_and_unit_lines_columns_in_any_order(xlsx):
    rows = [
        ["2023 年县市区农产品网络零售目标任务"],
        [],
        [None, None, "单位：亿元"],
        ["农产品网络\n零售额 （亿元）", "县  区", "序号"],  # line break, spaces, full-width brackets
        [3.90, "芙蓉区", 1],
        [5.18, "天心区", 2],
        [9.08, "合计", None],
    ]
    t = table_of(xlsx({"县": rows}), RETAIL)
    assert t.header_rows == (3, 3)
    assert t.columns["amount"].col == 0 and t.columns["region"].col == 1 and t.columns["seq"].col == 2
    assert t.columns["amount"].header_unit == "亿元"
    assert t.unit_line == "亿元"
    assert [(r.label, r.cells["amount"].where.a1) for r in t.rows] == [("芙蓉区", "A5"), ("天心区", "A6")]
    assert t.total is not None and t.total.cells["amount"].where.a1 == "A7"


def test_two_level_merged_header_distinguishes_same_leaf_names(xlsx):
    rows = [ZZ_HEADER_TOP, ZZ_HEADER_SUB, zz_row(1, "中原", 200, 195), zz_row(2, "二七", 100, 50)]
    t = table_of(xlsx({"S": rows}, merges={"S": ZZ_MERGES}), ZZ)
    assert t.columns["mgmt_rate"].col == 4 and t.columns["trade_rate"].col == 7
    assert t.columns["mgmt_rate"].header == ("管理账号", "激活比率")
    assert t.columns["annual_purchase"].header_unit == "万元"
    assert t.rows[1].cells["mgmt_rate"].value.value == Decimal("0.5")
    assert t.rows[1].cells["mgmt_rate"].where.a1 == "E4"


def test_two_level_header_without_merge_information(tmp_path):
    # XlsxWriter with no merge_range: the upper label stands in its first column only
    rows = [ZZ_HEADER_TOP, ZZ_HEADER_SUB, zz_row(1, "中原")]
    path = write_xlsxwriter(tmp_path / "nomerge.xlsx", {"S": rows}, strings_as_text=True)
    t = table_of(path, ZZ)
    assert t.columns["trade_rate"].col == 7 and t.columns["mgmt_rate"].col == 4


def test_table_not_starting_at_a1_keeps_absolute_addresses(tmp_path):
    rows = [["序号", "县区", "农产品网络零售额（亿元）"], [1, "芙蓉区", 3.9], [2, "天心区", 5.18]]
    path = write_xlsxwriter(tmp_path / "offset.xlsx", {"S": rows}, start=(6, 3), strings_as_text=True)
    t = table_of(path, RETAIL)
    assert t.header_rows == (6, 6)
    assert t.rows[0].cells["amount"].where.a1 == "F8"
    assert t.rows[1].cells["region"].where.a1 == "E9"


def test_total_row_at_top_bottom_or_absent_and_notes_and_blank_rows(xlsx):
    head = ["序号", "县区", "农产品网络零售额（亿元）"]
    top = xlsx({"S": [head, ["合计", None, 3], [1, "甲", 1], [None, None, None], [2, "乙", 2],
                      ["备注：按常住人口占比下达。"], [None, "丙", 99]]})
    t = table_of(top, RETAIL)
    assert t.total.row == 1 and [r.label for r in t.rows] == ["甲", "乙"]  # the note ends the table
    bottom = xlsx({"S": [head, [1, "甲", 1], [2, "乙", 2], [None, "全省合计", 3]]})
    assert table_of(bottom, RETAIL).total.row == 3
    none = xlsx({"S": [head, [1, "甲", 1], [2, "乙", 2]]})
    t = table_of(none, RETAIL)
    assert t.total is None and len(t.rows) == 2


def test_repeated_header_row_after_a_page_break_is_skipped(xlsx):
    head = ["序号", "县区", "农产品网络零售额（亿元）"]
    t = table_of(xlsx({"S": [head, [1, "甲", 1], head, [2, "乙", 2]]}), RETAIL)
    assert [r.label for r in t.rows] == ["甲", "乙"] and t.skipped_header_repeats == 1


def test_key_column_without_header_text(xlsx):
    rows = [["县（市、区）交易情况"],
            [None, "预算单位\n采购金额", "本地农产品\n销售金额", "供应商\n入驻数量", "供应商\n订单数量"],
            ["茶陵县", 549.67, 843.93, 22, 1297], ["永州市直单位", 338.4, None, None, None]]
    t = table_of(xlsx({"S": rows}), load_builtin("county-trade"))
    assert t.columns["region"].col == 0
    assert t.rows[1].label == "永州市直单位"
    assert t.rows[1].cells["local_sales"].value.is_blank  # blank is missing, not zero


def test_merged_cells_in_the_body_do_not_shift_values(xlsx):
    rows = [["序号", "县区", "所属市州", "农产品网络零售额（亿元）"],
            [1, "芙蓉区", "长沙市", 3.9], [2, "天心区", None, 5.18], [3, "荷塘区", "株洲市", 2.08]]
    t = table_of(xlsx({"S": rows}, merges={"S": ["C2:C3"]}), RETAIL)
    assert [r.cells["amount"].value.value for r in t.rows] == [Decimal("3.9"), Decimal("5.18"), Decimal("2.08")]


def test_declared_dimension_of_a_million_rows_is_not_iterated(xlsx, tmp_path):
    src = xlsx({"S": [["序号", "县区", "农产品网络零售额（亿元）"], [1, "芙蓉区", 1], [2, "天心区", 2], ["合计", None, 3]]})
    big = tmp_path / "dimension.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(big, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', data)
                assert b"XFD1048576" in data
            zout.writestr(item, data)
    fr = findings(big)
    assert fr.schema == "retail-targets" and fr.status == "ok"


def test_numbers_as_text_percent_strings_and_unit_suffixes_are_read(tmp_path):
    rows = [ZZ_HEADER_TOP, ZZ_HEADER_SUB,
            [1, "中原", "195", "１９５", "100.00%", 197, "197", 1.0, "1,438.26", "138.04万元", " 5.42 ", "3.93%"]]
    path = write_xlsxwriter(tmp_path / "text.xlsx", {"S": rows})
    fr = findings(path)
    converted = {f.cell for f in fr.findings if f.rule.endswith("text-number")}
    assert converted == {"C3", "D3", "E3", "G3", "I3", "J3", "K3", "L3"}
    assert all(f.severity == "warning" for f in fr.findings if f.check == "type")
    assert not [f for f in fr.findings if f.rule == "reserve.unit"]  # "万元" in a 万元 column: no conversion
    t = table_of(path, ZZ)
    assert t.rows[0].cells["annual_purchase"].value.value == Decimal("1438.26")
    assert t.rows[0].cells["reserve"].value.value == Decimal("138.04")
    assert t.rows[0].cells["mgmt_rate"].value.value == Decimal("1")


def test_rows_that_may_hold_a_header_are_found_by_the_pieces_of_the_templates_texts():
    """A row may hold a template's header when one of its texts is part of one of the template's
    header texts (the zone looks the pieces up in a set); a text with a NUL is looked up in the
    texts joined by NUL, as before, so two header texts run together across the NUL count too."""
    from xlrecon.read.layout import _header_texts, _zone
    from xlrecon.read.workbook import Grid

    template = load_builtin("unit-reserve")
    _, wholes, *_ = _header_texts(template)
    vocabulary = "\0".join(sorted(wholes))
    first, second = sorted(wholes)[:2]
    rows = [["单位名称", None], ["预留", "天气"], ["说明", None], [f"{first[-1:]}\0{second[:1]}", None],
            [f"{first}\0{second}x", None], ["留份", 3.0], [None, None], ["天气\0", None]]
    grid = Grid("S", rows)
    zone = _zone(grid, len(rows))
    want = [any(t in vocabulary for t in texts) for texts in zone.texts]
    assert zone.relevant(vocabulary, _header_texts(template)[5]) == want
    assert want == [True, True, False, True, False, True, False, False]
