"""The Excel layer, below the COM boundary, on real xlwings objects.

xlwings' remote engine is a real xlwings Book built from what its VBA client sends
(:mod:`excelbook`): the layer reads it, checks it and writes into it as into an open
workbook, and what it did is recorded as actions, which are replayed onto a copy of the file
with openpyxl and the resulting cells checked. The engine needs a licence key: ``.ci/run``
sets xlwings' ``noncommercial`` key for the tests; without one these tests skip, saying so.
The VBA module and the template are checked as files (olevba reads the macro back); the
worksheet functions are called as the Python functions they also are. What needs Excel
itself (the COM launch, the VBA compiling, the fills and notes made there) is the manual
check the README lists.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

import xlrecon
from xlrecon import messages
from xlrecon.excel import RUN_PYTHON_CALL, XLWINGS_VERSION
from xlrecon.messages import check_name, time_text

from conftest import ROOT, WORKBOOKS, soffice, write_openpyxl
from excelbook import payload, remote_subs, replay

TEMPLATE = WORKBOOKS / "xlrecon-template.xlsm"
BAS = ROOT / "xlrecon" / "excel" / "xlrecon.bas"
ZHENGZHOU = WORKBOOKS / "zhengzhou-2020-reserve-progress.xlsx"
NOW = dt.datetime(2026, 12, 2, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))

needs_key = pytest.mark.skipif(
    not os.environ.get("XLWINGS_LICENSE_KEY"),
    reason="xlwings' remote engine needs a licence key: set XLWINGS_LICENSE_KEY (.ci/run sets the noncommercial one)")


def book_of(path: Path):
    import xlwings as xw

    return xw.Book(json=payload(path))


def findings_of(report) -> list[tuple]:
    return [(f.severity, f.rule, f.sheet, f.cell, f.message("zh")) for f in report.findings]


# --- the button's run, on the remote engine ---------------------------------------------------

@needs_key
@pytest.mark.parametrize("path", [ZHENGZHOU, WORKBOOKS / "hunan-2021-xiangcun-zhenxing-bill.xlsx",
                                  WORKBOOKS / "hunan-2023-retail-targets.xlsx",
                                  WORKBOOKS / "zhengzhou-2020-districts" / "郑州经开区.xlsx", TEMPLATE],
                         ids=lambda p: p.name)
def test_the_open_workbook_gives_the_files_findings(path: Path):
    """Read through xlwings (values only), the samples give the findings the CLI gives for the
    file: the same checks at the same cells with the same messages."""
    from xlrecon.excel.run import run_on_book

    report = run_on_book(book_of(path), now=NOW)
    assert report is not None and report.findings
    assert findings_of(report) == findings_of(xlrecon.check(str(path)).files[0])


@needs_key
def test_the_findings_go_into_a_sheet_in_one_write_of_actions_the_vba_client_runs(tmp_path):
    from xlrecon.excel.run import run_on_book

    book = book_of(ZHENGZHOU)
    report = run_on_book(book, now=NOW)
    actions = book.json()["actions"]
    funcs = [a["func"] for a in actions]
    assert set(funcs) <= remote_subs(), set(funcs) - remote_subs()
    assert funcs.count("setValues") == 1  # the whole sheet at once
    assert funcs.count("setRangeColor") <= 8  # the headings and the runs of equal severities
    done = replay(ZHENGZHOU, actions, tmp_path / "out.xlsx")
    assert done.wb.sheetnames == ["预留比例填报和交易情况", "核对结果"] and done.active == "核对结果"
    ws = done.wb["核对结果"]
    assert ws["A1"].value == "xlrecon 核对结果" and ws["C2"].value == "zhengzhou-2020-reserve-progress.xlsx"
    assert ws["C4"].value == time_text(NOW, "zh")
    assert [ws.cell(6, c).value for c in range(3, 9)] == ["错误", 13, "警告", 0, "提示", 0]
    rows = list(ws.iter_rows(min_row=9, values_only=True))
    assert len(rows) == len(report.findings) == 13
    for n, (row, f) in enumerate(zip(rows, report.findings), start=1):
        assert row[0] == n and row[1] == "错误" and row[2] == check_name(f.check, "zh") and row[3] == f.sheet
        assert row[4] == f'=HYPERLINK("#\'{f.sheet}\'!{f.cell}","{f.cell}")'  # a link to the cell
        assert row[11] == f.message("zh")
        assert ws.cell(8 + n, 2).fill.fgColor.rgb == "FFFFC7CE"  # the error's fill
    assert ws["A9"].fill.fgColor.rgb != "FFFFC7CE" and ws["A8"].fill.fgColor.rgb == "FFD9E1F2"
    # I5 and J5 (the 合计 row) are the first two, as the file check reports them
    assert [r[4] for r in rows[:2]] == [f'=HYPERLINK("#\'预留比例填报和交易情况\'!{c}","{c}")' for c in ("I5", "J5")]
    # the checked sheet itself is untouched: no fills, no notes on this engine
    src = done.wb["预留比例填报和交易情况"]
    assert src["I5"].fill.fgColor.rgb in (None, "00000000") and src["I5"].comment is None
    assert done.alerts[-1]["mode"] == "info" and "错误 13 条" in done.alerts[-1]["prompt"]
    assert "未作标记" in done.alerts[-1]["prompt"]


@needs_key
def test_texts_that_excel_would_take_for_numbers_dates_or_formulas_stay_texts(tmp_path):
    """Unit names such as "1-2", "=SUM(A1)" or "2023-03-20" reach the sheet as the texts they are."""
    from xlrecon.excel.run import run_on_book

    rows = [["单位名称", "主管部门", "食堂情况", "年度食堂食材采购总额", "预留份额"],
            ["=SUM(A1)", "1-2", "自办", 100.0, 1.0], ["2023-03-20", "+86", "自办", 100.0, 1.0],
            ["合计", None, None, 200.0, 2.0]]
    path = write_openpyxl(tmp_path / "t.xlsx", {"S": rows})
    path_text = tmp_path / "texts.xlsx"
    import openpyxl

    wb = openpyxl.load_workbook(path)
    wb["S"]["A2"].data_type = "s"  # the text "=SUM(A1)", not a formula
    wb.save(path_text)
    book = book_of(path_text)
    report = run_on_book(book, now=NOW)
    labels = {f.row_label for f in report.findings}
    assert {"=SUM(A1)", "2023-03-20"} <= labels  # two reserves below 10 %
    done = replay(path_text, book.json()["actions"], tmp_path / "out.xlsx")  # refuses a bare text
    ws = done.wb["核对结果"]
    shown = {ws.cell(r, 6).value for r in range(9, ws.max_row + 1)}
    assert {"=SUM(A1)", "2023-03-20"} <= shown
    assert all(ws.cell(r, 6).data_type == "s" for r in range(9, ws.max_row + 1))


@needs_key
def test_a_second_run_replaces_the_first_ones_sheet(tmp_path):
    from xlrecon.excel.run import run_on_book

    book = book_of(ZHENGZHOU)
    run_on_book(book, now=NOW)
    first = tmp_path / "first.xlsx"
    replay(ZHENGZHOU, book.json()["actions"], first)
    again = book_of(first)
    report = run_on_book(again, now=NOW + dt.timedelta(hours=1))
    assert findings_of(report) == findings_of(xlrecon.check(str(ZHENGZHOU)).files[0])  # its own sheet not read
    actions = again.json()["actions"]
    assert {a["func"] for a in actions} <= remote_subs()
    done = replay(first, actions, tmp_path / "second.xlsx")
    assert done.wb.sheetnames == ["预留比例填报和交易情况", "核对结果"]
    assert done.wb["核对结果"]["C4"].value == time_text(NOW + dt.timedelta(hours=1), "zh")


@needs_key
def test_a_users_sheet_with_the_sheets_name_is_kept(tmp_path):
    import openpyxl

    path = tmp_path / "mine.xlsx"
    wb = openpyxl.load_workbook(ZHENGZHOU)
    wb.create_sheet("核对结果")["A1"] = "我的核对记录"
    wb.save(path)
    book = book_of(path)
    from xlrecon.excel.run import run_on_book

    run_on_book(book, now=NOW)
    done = replay(path, book.json()["actions"], tmp_path / "out.xlsx")
    assert done.wb.sheetnames == ["预留比例填报和交易情况", "核对结果", "核对结果 (2)"]
    assert done.wb["核对结果"]["A1"].value == "我的核对记录"
    assert done.wb["核对结果 (2)"]["A1"].value == "xlrecon 核对结果"


@needs_key
def test_the_settings_sheet_chooses_the_language(tmp_path):
    import openpyxl

    from xlrecon.excel.run import run_on_book

    path = tmp_path / "en.xlsm"
    wb = openpyxl.load_workbook(TEMPLATE, keep_vba=True)
    conf = wb["xlwings.conf"]
    row = next(r for r in range(1, conf.max_row + 1) if conf.cell(r, 1).value == "xlrecon lang")
    conf.cell(row, 2).value = "en"
    wb.save(path)
    book = book_of(path)
    report = run_on_book(book, now=NOW)
    assert [f.rule for f in report.findings] == ["reserve.min-share"]  # the form's planted shortfall
    done = replay(path, book.json()["actions"], tmp_path / "out.xlsm")
    assert done.wb.sheetnames == ["填报表", "xlwings.conf", "Discrepancies"]
    assert done.wb["Discrepancies"]["A1"].value == "xlrecon discrepancies"
    assert done.alerts[-1]["prompt"].startswith("xlrecon is done: 1 errors")


@needs_key
def test_a_workbook_that_cannot_be_checked_gets_a_message_box_and_nothing_else(tmp_path):
    from xlrecon.excel.run import run_on_book

    path = write_openpyxl(tmp_path / "other.xlsx", {"S": [["名称", "数量"], ["甲", 1]]})
    book = book_of(path)
    assert run_on_book(book) is None
    actions = book.json()["actions"]
    assert [a["func"] for a in actions] == ["alert"]
    assert actions[0]["args"][3] == "critical"
    assert actions[0]["args"][0] == messages.ui("excel.failed", "zh", detail=xlrecon.check(str(path)).files[0].error.message(
        "zh").replace(str(path), "other.xlsx"))  # the workbook by its name


@needs_key
def test_a_failure_half_way_drops_what_was_recorded_and_says_where_the_details_are(tmp_path, monkeypatch):
    """A bug while writing (here: after the sheet's values are recorded): no change reaches
    Excel, only a message box naming the log file, which holds the traceback."""
    import tempfile

    from xlrecon.excel import run, writer

    real = writer.write

    def broken(book, plan, read, *, marks):
        real(book, plan, read, marks=marks)
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(writer, "write", broken)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    book = book_of(ZHENGZHOU)
    assert run.run_on_book(book) is None
    actions = book.json()["actions"]
    assert [a["func"] for a in actions] == ["alert"]
    log = tmp_path / run.LOG_NAME
    assert actions[0]["args"][3] == "critical" and str(log) in actions[0]["args"][0]
    assert "RuntimeError: disk on fire" in actions[0]["args"][0]
    assert "Traceback" in log.read_text(encoding="utf-8") and "disk on fire" in log.read_text(encoding="utf-8")
    assert replay(ZHENGZHOU, actions, tmp_path / "out.xlsx").wb.sheetnames == ["预留比例填报和交易情况"]


@needs_key
def test_the_script_entry_point_does_what_the_button_does(tmp_path):
    from xlrecon.excel import scripts
    from xlrecon.excel.run import run_on_book

    a = book_of(ZHENGZHOU)  # one book at a time: the remote engine shows a message box in the newest one
    scripts.check_workbook(a)
    by_script = a.json()["actions"]
    b = book_of(ZHENGZHOU)
    run_on_book(b)
    strip = lambda acts: [{k: v for k, v in x.items() if k != "values"} for x in acts]  # noqa: E731 - the time differs
    assert len(by_script) > 3 and strip(by_script) == strip(b.json()["actions"])


# --- writing: the parts below the engine --------------------------------------------------------

def test_a_failed_write_undoes_what_it_did():
    from xlrecon.excel.writer import Journal

    done = []
    j = Journal()
    j.did(lambda: done.append("first"))
    j.did(lambda: (_ for _ in ()).throw(OSError("gone")))  # one undo fails: the others still run
    j.did(lambda: done.append("third"))
    j.undo()
    assert done == ["third", "first"] and not j.undos


def test_fills_go_in_one_range_per_run_of_equal_severities():
    from xlrecon.excel.writer import SEVERITY_FILL, _runs

    cells = [(9, 1, "error"), (10, 1, "error"), (11, 1, "warning"), (12, 1, "error"), (14, 1, "error"), (6, 3, "info")]
    assert _runs(cells) == [("B9:B10", SEVERITY_FILL["error"]), ("B11", SEVERITY_FILL["warning"]),
                            ("B12", SEVERITY_FILL["error"]), ("B14", SEVERITY_FILL["error"]), ("D6", SEVERITY_FILL["info"])]


# --- the worksheet functions ------------------------------------------------------------------

def _column(path: Path, sheet_index: int, col: int, first: int, last: int) -> list:
    from python_calamine import CalamineWorkbook

    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(sheet_index).to_python()
    return [r[col] for r in rows[first:last]]


def test_sumcheck_tells_rounding_residue_from_a_discrepancy():
    from xlrecon.excel.funcs import xlrecon_sumcheck

    # Hunan 2023: 123 county targets of 2 decimals add up to 399.94 against the stated 400.00
    counties = _column(WORKBOOKS / "hunan-2023-retail-targets.xlsx", 1, 3, 2, 125)
    assert len(counties) == 123 and round(sum(counties), 2) == 399.94
    [[gap, tolerance, explained]] = xlrecon_sumcheck(counties, 400.0, 2)
    assert round(gap, 6) == -0.06 and round(tolerance, 6) == 0.62 and explained is True
    # without decimals the stated 400 stands for 399.5 to 400.5: rounding explains it all the more
    assert xlrecon_sumcheck(counties, 400.0)[0][2] is True
    # 郑州经开区: its units add up to 671.79 against the 669.79 of the city's table
    units = [v for v in _column(WORKBOOKS / "zhengzhou-2020-districts" / "郑州经开区.xlsx", 0, 4, 3, 40)
             if isinstance(v, float)][:-1]  # the units, without the 合计
    [[gap, tolerance, explained]] = xlrecon_sumcheck(units, 669.79, 2)
    assert round(gap, 2) == 2.0 and explained is False
    # blanks left out; whole numbers stand for ±0.5 each (the total too): exact, and up to 1.5 explained
    assert xlrecon_sumcheck([1.0, None, "", 2.0], 3.0) == [[0.0, 1.5, True]]
    assert xlrecon_sumcheck([1.0, 2.0], 5.0) == [[-2.0, 1.5, False]]
    with pytest.raises(ValueError, match="not a number"):
        xlrecon_sumcheck([1.0, "待定"], 1.0)


def test_fixup_moves_each_part_by_a_rounding_step_at_most_to_the_total():
    from xlrecon.excel.funcs import xlrecon_fixup

    counties = _column(WORKBOOKS / "hunan-2023-retail-targets.xlsx", 1, 3, 2, 125)
    fixed = xlrecon_fixup(counties, 400.0, 2)
    assert sum(Decimal(str(x)) for x in fixed) == Decimal("400.00")
    moved = [(a, b) for a, b in zip(counties, fixed) if a != b]
    assert len(moved) == 6 and all(round(b - a, 2) == 0.01 for a, b in moved)
    assert xlrecon_fixup([1.0, None, 2.0], 3.0) == [1.0, None, 2.0]
    with pytest.raises(ValueError, match="rounding cannot explain"):
        xlrecon_fixup([1.0, 2.0], 5.0, 2)


def test_convert_puts_an_amount_in_another_unit():
    from xlrecon.excel.funcs import xlrecon_convert

    assert xlrecon_convert(400, "亿元", "万元") == 4_000_000.0  # 400 亿元 is 40 billion 元
    assert xlrecon_convert("12790.7", "万元", "元") == 127_907_000.0
    with pytest.raises(ValueError):
        xlrecon_convert(1, "万元", "人")


# --- the VBA module, the template, the install command ------------------------------------------

def _vba_modules(path: Path) -> dict[str, str]:
    from oletools.olevba import VBA_Parser

    parser = VBA_Parser(str(path))
    try:
        return {Path(name).stem: code for _, _, name, code in parser.extract_macros()}
    finally:
        parser.close()


def _body(code: str) -> str:
    """A module's code without its Attribute lines, line ends as LF."""
    lines = code.replace("\r\n", "\n").split("\n")
    return "\n".join(ln for ln in lines if not ln.startswith("Attribute VB_")).strip()


def test_the_vba_module_is_ascii_makes_the_fixed_call_and_names_the_pinned_xlwings():
    raw = BAS.read_bytes()
    assert all(b < 128 for b in raw) and b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    code = raw.decode("ascii")
    assert f'Application.Run "xlwings.xlam!RunPython", "{RUN_PYTHON_CALL}"' in code
    assert re.search(r'Public Const XLRECON_XLWINGS_VERSION As String = "([^"]+)"', code)[1] == XLWINGS_VERSION
    assert "Public Sub RunXlrecon()" in code and "ThisWorkbook.Name" not in code


def test_the_vba_message_is_the_catalogues():
    """The module writes its Chinese as \\uXXXX (it must be ASCII); decoded, it is the message
    the catalogue holds (excel.vba_failed), with the error and the version filled in."""
    code = BAS.read_text(encoding="ascii")
    msg = code.split("MsgBox ", 1)[1].split("vbExclamation", 1)[0]
    parts = []
    for m in re.finditer(r'Unescape\("([^"]*)"\)|"([^"]*)"|(Err\.Description)|(XLRECON_XLWINGS_VERSION)|(vbCrLf)', msg):
        if m[1] is not None:
            parts.append(re.sub(r"\\u([0-9A-F]{4})", lambda u: chr(int(u[1], 16)), m[1]))
        elif m[2] is not None:
            parts.append(m[2])
        elif m[3]:
            parts.append("{detail}")
        elif m[4]:
            parts.append("{version}")
        else:
            parts.append("\n")
    shown = "".join(parts)
    zh, en = shown.split("\n\n\n") if "\n\n\n" in shown else shown.rsplit("\n\n", 1)
    assert zh == messages.UI["excel.vba_failed"]["zh"]
    assert en == messages.UI["excel.vba_failed"]["en"]


def test_the_xlwings_pin_is_one_release_everywhere():
    import tomllib

    import xlwings

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = {d for d in project["optional-dependencies"]["excel"] + project["optional-dependencies"]["test"]
            if d.startswith("xlwings")}
    assert pins == {f"xlwings=={XLWINGS_VERSION}"}
    assert xlwings.__version__ == XLWINGS_VERSION


def test_the_template_holds_the_module_the_button_and_the_settings_sheet():
    modules = _vba_modules(TEMPLATE)
    assert set(modules) == {"ThisWorkbook", "Sheet1", "Sheet2", "xlrecon"}
    assert _body(modules["xlrecon"]) == _body(BAS.read_text(encoding="ascii"))
    with zipfile.ZipFile(TEMPLATE) as z:
        types = z.read("[Content_Types].xml").decode()
        assert "application/vnd.ms-excel.sheet.macroEnabled.main+xml" in types
        vml = "".join(z.read(n).decode() for n in z.namelist() if n.endswith(".vml"))
        assert re.findall(r"<x:FmlaMacro>([^<]*)</x:FmlaMacro>", vml) == ["[0]!RunXlrecon"]
        workbook = z.read("xl/workbook.xml").decode()
        assert 'codeName="ThisWorkbook"' in workbook
    import openpyxl

    wb = openpyxl.load_workbook(TEMPLATE, keep_vba=True)
    assert wb.sheetnames == ["填报表", "xlwings.conf"]
    conf = {wb["xlwings.conf"].cell(r, 1).value: wb["xlwings.conf"].cell(r, 2).value
            for r in range(1, wb["xlwings.conf"].max_row + 1)}
    assert {"Interpreter_Win", "Interpreter_Mac", "PYTHONPATH", "UDF Modules", "xlrecon lang"} <= set(conf)
    assert conf["UDF Modules"] == "xlrecon.excel.funcs" and conf["xlrecon lang"] == "zh"
    assert [wb[n].sheet_properties.codeName for n in wb.sheetnames] == ["Sheet1", "Sheet2"]


def test_the_template_opens_in_libreoffice(tmp_path):
    r = subprocess.run([soffice(), "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(TEMPLATE)],
                       capture_output=True, text=True, timeout=180)
    assert r.returncode == 0 and (tmp_path / "xlrecon-template.pdf").stat().st_size > 0, r.stderr


def test_the_template_is_no_submission_but_a_copy_of_it_is(tmp_path):
    """A batch over workbooks/ leaves the template out; the same form saved under a district's
    name is checked."""
    from xlrecon.api import find_workbooks

    assert TEMPLATE not in find_workbooks(WORKBOOKS)
    copy = tmp_path / "金水区.xlsm"
    copy.write_bytes(TEMPLATE.read_bytes())
    [fr] = xlrecon.check(tmp_path).files
    assert fr.schema == "unit-reserve" and [f.cell for f in fr.findings] == ["G4"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_excel_install_without_excel_prints_the_steps(lang):
    out = subprocess.run([sys.executable, "-m", "xlrecon", "excel", "install", "--lang", lang], capture_output=True,
                         text=True, cwd=ROOT, timeout=60)
    assert out.returncode == 2  # nothing was installed here (Linux: no Excel)
    assert str(BAS) in out.stdout and XLWINGS_VERSION in out.stdout and RUN_PYTHON_CALL in out.stdout
    assert ("WPS" in out.stdout) and ("xlwings addin install" in out.stdout)
    assert out.stderr == ""


# --- desktop Excel's marks, on a model of its objects -----------------------------------------
# Fills and notes at the flagged cells are made only where the engine reads a cell's fill and adds
# notes (desktop Excel, over COM), which no engine here does. The few objects the marking uses
# (a range's color and note, sheets added, cleared, hidden) are modelled after xlwings' API here,
# to pin what the marking does with them: record, restore, keep a user's note, undo on failure.

class _Note:
    def __init__(self, cells, ref, text):
        self.cells, self.ref, self.text = cells, ref, text

    def delete(self):
        self.cells.notes.pop(self.ref)


class _Range:
    def __init__(self, sheet, ref):
        self.sheet, self.ref = sheet, ref

    @property
    def color(self):
        return self.sheet.fills.get(self.ref)

    @color.setter
    def color(self, value):
        if value is None:
            self.sheet.fills.pop(self.ref, None)
        else:
            self.sheet.fills[self.ref] = tuple(int(value[i:i + 2], 16) for i in (1, 3, 5))

    @property
    def note(self):
        return self.sheet.notes.get(self.ref)

    def add_note(self, text):
        assert self.ref not in self.sheet.notes, "a cell already has a note"
        if self.sheet.fail_on == self.ref:
            raise OSError("Excel went away")
        self.sheet.notes[self.ref] = _Note(self.sheet, self.ref, text)

    @property
    def value(self):
        return self.sheet.values[0][0] if self.ref == "A1" and self.sheet.values else None

    @value.setter
    def value(self, rows):
        assert self.ref == "A1"
        self.sheet.values = [[v[1:] if isinstance(v, str) and v.startswith("'") else v for v in r] for r in rows]

    # the used range, as read
    row = column = 1

    def options(self, **_):
        return self


class _Sheet:
    def __init__(self, book, name, values=None):
        self.book, self.name, self.values = book, name, values or []
        self.fills, self.notes, self.visible, self.fail_on = {}, {}, True, None

    def __getitem__(self, ref):
        return _Range(self, ref)

    @property
    def used_range(self):
        r = _Range(self, "A1")
        r.value_rows = self.values
        return _UsedRange(self)

    def clear(self):
        self.values, self.fills = [], {}

    def delete(self):
        self.book.sheets.items.remove(self)

    def activate(self):
        self.book.active = self.name


class _UsedRange(_Range):
    def __init__(self, sheet):
        super().__init__(sheet, "A1")

    @property
    def value(self):
        return [list(r) for r in self.sheet.values]


class _Sheets:
    def __init__(self, book):
        self.book, self.items = book, []

    def add(self, name, after=None):
        s = _Sheet(self.book, name)
        self.items.insert(self.items.index(after) + 1 if after is not None else 0, s)
        return s

    def __getitem__(self, key):
        return self.items[key] if isinstance(key, int) else next(s for s in self.items if s.name == key)

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(list(self.items))


class _Book:
    name = "模型.xlsx"

    def __init__(self, rows):
        self.sheets, self.active = _Sheets(self), None
        self.sheets.items.append(_Sheet(self, "填报表", [list(r) for r in rows]))


def _form():
    import openpyxl

    return [list(r) for r in openpyxl.load_workbook(TEMPLATE).worksheets[0].iter_rows(values_only=True)]


def _marks_run(book, rows=None):
    from xlrecon import api
    from xlrecon.excel import sheets, writer

    if rows is not None:
        book.sheets["填报表"].values = rows
    read = sheets.read(book)
    report = api.check_grids(book.name, read.grids)
    writer.write(book, writer.plan(report, "zh", read, now=NOW), read, marks=True)
    return report


def test_desktop_marks_are_recorded_and_put_back_before_the_next_run():
    from xlrecon.excel.writer import SEVERITY_FILL

    rows = _form()
    book = _Book(rows)
    form = book.sheets["填报表"]
    form.fills["G4"] = (255, 255, 0)  # the user's own yellow, under the planted shortfall
    report = _marks_run(book)
    assert [f.cell for f in report.findings] == ["G4"]
    assert form.fills["G4"] == tuple(int(SEVERITY_FILL["error"][i:i + 2], 16) for i in (1, 3, 5))
    assert "食堂食材预留份额" in form.notes["G4"].text
    state = book.sheets["xlrecon.state"]
    assert state.visible is False and state.values[1][:4] == ["填报表", "G4", "#FFFF00", 1]
    assert [s.name for s in book.sheets] == ["填报表", "核对结果", "xlrecon.state"] and book.active == "核对结果"
    # the unit raises its reserve to 30 万元 (its rate and the 合计 with it); the next unit's phone is mistyped
    rows[3][5], rows[3][6], rows[6][6], rows[4][12] = 0.1, 30.0, rows[6][6] + 6.0, "12345"
    form.notes["M5"] = _Note(form, "M5", "财务科：已核实")  # somebody's note on that cell
    report = _marks_run(book, rows)
    assert [f.cell for f in report.findings] == ["M5"]
    assert form.fills["G4"] == (255, 255, 0) and "G4" not in form.notes  # put back as it was
    assert form.notes["M5"].text == "财务科：已核实"  # the user's note kept, no second one
    assert "M5" in form.fills
    assert sorted(s.name for s in book.sheets) == sorted(["填报表", "核对结果", "xlrecon.state"])  # replaced
    assert [r[:4] for r in book.sheets["xlrecon.state"].values[1:]] == [["填报表", "M5", None, 0]]


def test_a_desktop_run_that_fails_half_way_leaves_the_workbook_as_it_was():
    rows = _form()
    rows[4][6] = 1.0  # a second shortfall, at G5
    book = _Book(rows)
    form = book.sheets["填报表"]
    form.fills["G4"] = (255, 255, 0)
    form.fail_on = "G5"  # Excel fails on the second note
    with pytest.raises(OSError):
        _marks_run(book)
    assert form.fills == {"G4": (255, 255, 0)} and form.notes == {}
    assert [s.name for s in book.sheets] == ["填报表"]
