"""The WPS add-in (wps/) without WPS: its JS runs in Debian's chromium (driven by Playwright)
against a stub of WPS's window.Application (tests/wps/stub.js) and the real ``xlrecon serve``
(started as a person starts it, on a free port, serving the add-in at /wps/). The stub is filled
from a real workbook (read with openpyxl), every call the add-in makes is recorded, and the
calls are replayed onto a copy of the workbook with openpyxl, whose cells, fills, notes and
sheets are then checked, as tests/test_excel.py does for the Excel layer with xlwings' remote
engine.

The stub's members are checked against Kingsoft's declarations (tests/wps/declarations/,
npm's et-jsapi-declare): each is declared, as a method or a property as the stub has it; the
add-in's JS uses no member the stub lacks (scanned here, and at run time the stub throws on one).
What needs WPS itself (loading the add-in, the ribbon, the dialog boxes) is the README's manual check.

The browser tests skip when chromium or Playwright is missing, unless XLRECON_REQUIRE_BROWSER=1
(.ci/run), where that is a failure.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.comments import Comment
from openpyxl.styles import PatternFill

import xlrecon
from xlrecon import messages

from browser import CHROMIUM, REQUIRED, Serve, free_port, missing
from conftest import ROOT, WORKBOOKS
from excelbook import as_stored

ADDIN = ROOT / "wps"
STUB = ROOT / "tests" / "wps" / "stub.js"
DECLARATIONS = ROOT / "tests" / "wps" / "declarations"
ZHENGZHOU = WORKBOOKS / "zhengzhou-2020-reserve-progress.xlsx"
SHEET = "预留比例填报和交易情况"
TIMEOUT_MS = 120_000
ERROR_FILL = "FFFFC7CE"


# --- the declarations ------------------------------------------------------------------------

def _strip_comments(text: str) -> str:
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return re.sub(r"//[^\n]*", "", text)


def declarations() -> dict[str, dict[str, str]]:
    """Every interface of the declaration files, as "Namespace.Interface" -> member -> kind
    ("method", "readonly" or "property")."""
    out: dict[str, dict[str, str]] = {}
    for path in sorted(DECLARATIONS.glob("*.d.ts")):
        text = _strip_comments(path.read_text(encoding="utf-8"))
        for ns in re.finditer(r"declare namespace (\w+) \{", text):
            body = _block(text, ns.end() - 1)
            for iface in re.finditer(r"\binterface (\w+)(?:\s+extends\s+[\w.,\s]+)?\s*\{", body):
                members = out.setdefault(f"{ns[1]}.{iface[1]}", {})
                inner = _block(body, iface.end() - 1)
                for line in _top_level(inner):
                    m = re.match(r"\s*(readonly\s+)?(set\s+|get\s+)?(\w+)\s*(\??)\s*([(<:])", line)
                    if not m:
                        continue
                    name, sign = m[3], m[5]
                    if m[2] and m[2].strip() == "set":
                        kind = "property"
                    elif sign in "(<":
                        kind = "method"
                    elif re.match(r"\s*\(.*\)\s*=>", line[m.end():], re.S):
                        kind = "method"  # a property holding a function (AddCustomFunction:(...) => void)
                    else:
                        kind = "readonly" if m[1] else "property"
                    if members.get(name) not in ("property",):  # a setter or a writable one wins
                        members[name] = kind if members.get(name) != "method" or kind == "method" else "method"
    return out


def _block(text: str, start: int) -> str:
    """The text inside the braces opening at ``start``."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return text[start + 1:i]
    raise ValueError("unbalanced braces")


def _top_level(body: str) -> list[str]:
    """The members' declarations of an interface body (what stands at its own brace depth), one a statement."""
    out, depth, cur, prev = [], 0, [], ""
    for ch in body:
        if ch in "{(<[":
            depth += 1
        elif ch in "})]" or (ch == ">" and prev != "="):  # not the arrow of a function type
            depth -= 1
        prev = ch
        if ch in ";\n" and depth == 0:
            if "".join(cur).strip():
                out.append("".join(cur))
            cur = []
            continue
        if depth >= 0:
            cur.append(ch)
    return out


def stub_members() -> dict[str, dict[str, str]]:
    text = STUB.read_text(encoding="utf-8")
    return json.loads(text.split("/*MEMBERS*/", 1)[1].split("/*END*/", 1)[0])


#: each stub type, as the declarations name it (the Application is WPS's merged root:
#: WPS.AddonRoot & WPS.EtAddonRoot & Et.Application, as index.d.ts says)
DECLARED_AS = {
    "Application": ["WPS.AddonRoot", "WPS.EtAddonRoot", "Et.Application"],
    "Workbook": ["Et.Workbook"], "Sheets": ["Et.Sheets"], "Worksheet": ["Et.Worksheet"], "Range": ["Et.Range"],
    "Interior": ["Et.Interior"], "Comment": ["Et.Comment"], "PluginStorage": ["WPS.PluginStorage"],
    "CustomTaskpane": ["WPS.CustomTaskpane"], "RibbonControl": ["Kso.RibbonControl"],
}


def test_the_declarations_are_the_published_ones_unmodified():
    import hashlib

    readme = (DECLARATIONS / "README.md").read_text(encoding="utf-8")
    table = dict(re.findall(r"\| ([\w.]+\.d\.ts) \| ([0-9a-f]{64}) \|", readme))
    assert set(table) == {p.name for p in DECLARATIONS.glob("*.d.ts")}
    for name, digest in table.items():
        assert hashlib.sha256((DECLARATIONS / name).read_bytes()).hexdigest() == digest, name
    notice = (DECLARATIONS / "LICENSE.txt").read_text(encoding="utf-8").strip()
    assert notice in (DECLARATIONS / "index.d.ts").read_text(encoding="utf-8")  # the notice, as it stands there


def test_the_declarations_parse_into_the_et_object_model():
    d = declarations()
    assert d["Et.Range"]["Value2"] == "property" and d["Et.Range"]["AddComment"] == "method"
    assert d["Et.Range"]["Row"] == "readonly" and d["Et.Worksheet"]["UsedRange"] == "readonly"
    assert d["Et.Comment"]["Text"] == "method" and d["Et.Interior"]["Color"] == "property"
    assert d["WPS.AddonRoot"]["ribbonUI"] == "readonly" and d["WPS.EtAddonRoot"]["AddCustomFunction"] == "method"
    assert len(d["Et.Range"]) > 150


def test_every_stub_member_is_declared_with_its_kind():
    d = declarations()
    members = stub_members()
    assert set(members) == set(DECLARED_AS)
    for kind_of, names in members.items():
        for name, kind in names.items():
            found = [d[i][name] for i in DECLARED_AS[kind_of] if name in d.get(i, {})]
            assert found, f"{kind_of}.{name} is not in the declarations"
            if kind == "method":
                assert "method" in found, f"{kind_of}.{name} is declared as a property"
            elif kind == "get":
                assert {"readonly", "property"} & set(found), f"{kind_of}.{name} is declared as a method"
            else:
                assert "property" in found, f"{kind_of}.{name} is declared {found}, not a property that can be set"


def _api_members_used(path: Path) -> set[str]:
    """The ``.Member`` names (capitalised, as WPS's are) that a script uses."""
    return set(re.findall(r"\.([A-Z]\w*)\b", _code_only(path.read_text(encoding="utf-8"))))


def _code_only(text: str) -> str:
    """A script without its comments and the insides of its string literals."""
    out, i, n = [], 0, len(text)
    while i < n:
        ch, nxt = text[i], text[i + 1:i + 2]
        if ch == "/" and nxt == "/":
            i = text.find("\n", i)
            i = n if i < 0 else i
        elif ch == "/" and nxt == "*":
            i = text.index("*/", i) + 2
        elif ch in "\"'`":
            j = i + 1
            while text[j] != ch:
                j += 2 if text[j] == "\\" else 1
            out.append(ch + ch)
            i = j + 1
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def test_the_add_in_uses_only_members_the_stub_has():
    known = {name for names in stub_members().values() for name in names}
    scripts = sorted((ADDIN / "js").glob("*.js"))
    assert {p.name for p in scripts} >= {"check.js", "ribbon.js", "taskpane.js", "settings.js"}
    used = set().union(*(_api_members_used(p) for p in scripts))
    # not WPS's: window.Application itself, and what check.js exports (window.xlrecon.DOWN ...)
    check = (ADDIN / "js" / "check.js").read_text(encoding="utf-8")
    own = set(re.findall(r"(\w+):", check.split("var api = {", 1)[1].split("};", 1)[0]))
    used -= own | {"Application"}
    assert {"ActiveWorkbook", "Sheets", "UsedRange", "Value2", "Interior", "Color", "AddComment", "Delete",
            "Visible", "Activate", "Select"} <= used
    assert used <= known, sorted(used - known)


def test_the_ribbon_names_the_callbacks_the_entry_page_defines():
    import xml.etree.ElementTree as ET

    root = ET.parse(ADDIN / "ribbon.xml").getroot()
    ns = {"c": "http://schemas.microsoft.com/office/2006/01/customui"}
    buttons = root.findall(".//c:button", ns)
    assert [b.get("label") for b in buttons] == ["核对本工作簿", "清除标记", "结果列表", "设置"]
    assert root.find(".//c:tab", ns).get("label") == "xlrecon"
    callbacks = {root.get("onLoad")} | {b.get(a) for b in buttons for a in ("onAction", "getImage") if b.get(a)}
    ribbon = (ADDIN / "js" / "ribbon.js").read_text(encoding="utf-8")
    assert all(re.search(rf"^function {c}\(", ribbon, re.M) for c in callbacks), callbacks
    index = (ADDIN / "index.html").read_text(encoding="utf-8")
    assert 'src="js/check.js"' in index and 'src="js/ribbon.js"' in index
    for image in re.findall(r'"(images/\w+\.svg)"', ribbon):
        assert (ADDIN / image).is_file(), image
    manifest = ET.parse(ADDIN / "manifest.xml").getroot()
    assert manifest.tag == "JsPlugin" and manifest.findtext("Name") == "xlrecon"


def test_the_built_in_down_message_is_the_catalogues():
    """The one message the add-in has built in (the service that gives every other word is
    the one that is not running) is the catalogue's wps.down, in both languages."""
    text = (ADDIN / "js" / "check.js").read_text(encoding="utf-8")
    block = text.split("var DOWN = {", 1)[1].split("};", 1)[0]
    built_in = {lang: json.loads(value) for lang, value in re.findall(r'(zh|en): ("(?:\\.|[^"\\])*")', block)}
    assert built_in == messages.WEB["wps.down"]


# --- the browser, the stub, the service ---------------------------------------------------------

_WHY = missing()


@pytest.fixture(scope="module")
def server():
    if _WHY:
        if REQUIRED:
            pytest.fail(f"XLRECON_REQUIRE_BROWSER=1 but the browser tests cannot run: {_WHY}")
        pytest.skip(f"the add-in's browser tests need chromium and Playwright: {_WHY}")
    s = Serve()
    yield s
    s.stop()


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield b
        b.close()


def book_data(path: Path, name: str | None = None) -> dict[str, Any]:
    """A workbook as the stub holds it: each sheet's cells (the values WPS's Value2 gives:
    numbers, texts; cached values of formulas), their solid fills and notes, its visibility."""
    wb = openpyxl.load_workbook(path, data_only=True)
    sheets = []
    for ws in wb.worksheets:
        cells: dict[str, dict[str, Any]] = {}
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if isinstance(v, (dt.datetime, dt.date)):
                    v = (dt.datetime.combine(v, dt.time()) if not isinstance(v, dt.datetime) else v)
                    v = (v - dt.datetime(1899, 12, 30)).total_seconds() / 86400  # Value2: a date as its serial
                fill = None
                if c.fill is not None and c.fill.fill_type == "solid" and c.fill.fgColor.type == "rgb":
                    fill = "#" + c.fill.fgColor.rgb[-6:].upper()
                note = c.comment.text if c.comment is not None else None
                if v is not None or fill or note is not None:
                    cells[c.coordinate] = {"v": v, "fill": fill, "note": note}
        sheets.append({"name": ws.title, "visible": {"visible": -1, "hidden": 0, "veryHidden": 2}[ws.sheet_state],
                       "cells": cells})
    return {"name": name or path.name, "sheets": sheets}


class Addin:
    """The add-in's entry page (served by xlrecon serve at /wps/) over the stub."""

    def __init__(self, browser, server, data: dict[str, Any], *, base: str | None = None, page: str = "index.html",
                 storage: dict[str, str] | None = None, lang: str = "zh") -> None:
        self.context = browser.new_context(locale="zh-CN")
        settings = {"base": base or server.base, "lang": lang, "schema": "", "token": ""}
        self.context.add_init_script(STUB.read_text(encoding="utf-8"))
        self.context.add_init_script(
            f"XlreconStub.install({json.dumps(data, ensure_ascii=False)});"
            f"localStorage.setItem('xlrecon.settings', {json.dumps(json.dumps(settings))});"
            + "".join(f"Application.PluginStorage.setItem({json.dumps(k)}, {json.dumps(v)});"
                      for k, v in (storage or {}).items())
            + "XlreconStub.take();")
        self.page = self.context.new_page()
        self.page.set_default_timeout(TIMEOUT_MS)
        self.errors: list[str] = []
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        response = self.page.goto(f"{server.base}/wps/{page}")
        assert response is not None and response.ok, f"/wps/{page} is not served"

    def click(self, button: str) -> list[dict[str, Any]]:
        """A ribbon button's OnAction, as WPS calls it; waits for its message box; the calls made."""
        before = self.page.evaluate("XlreconStub.alerts.length")
        self.page.evaluate(f"OnAction(XlreconStub.control({json.dumps(button)}))")
        self.page.wait_for_function(f"XlreconStub.alerts.length > {before}")
        return self.page.evaluate("XlreconStub.take()")

    @property
    def alerts(self) -> list[str]:
        return self.page.evaluate("XlreconStub.alerts")

    @property
    def missing(self) -> list[str]:
        return self.page.evaluate("XlreconStub.missing")

    def close(self) -> None:
        self.context.close()
        assert not self.errors, self.errors


# --- the replay -------------------------------------------------------------------------------

class Replayed:
    def __init__(self, wb: openpyxl.Workbook) -> None:
        self.wb, self.alerts, self.active, self.selection = wb, [], None, None


def _cells(ws, address: str):
    rows = ws[address]
    if not isinstance(rows, tuple):
        return [[rows]]
    if rows and not isinstance(rows[0], tuple):
        return [list(rows)]
    return [list(r) for r in rows]


def replay(path: Path, calls: list[dict[str, Any]], out: Path) -> Replayed:
    """Carry the recorded calls out on a copy of ``path`` (saved at ``out``) with openpyxl."""
    wb = openpyxl.load_workbook(path)
    done = Replayed(wb)
    sheets = dict(enumerate(wb.worksheets))  # the stub's sheet ids: their places at the start
    for c in calls:
        on, op, member = c["on"], c["op"], c["member"]
        kind = on["type"]
        if op == "get" or (kind == "Application" and op == "set") or (kind, member) in (
                ("Sheets", "Item"), ("Worksheet", "Range"), ("Comment", "Text"), ("PluginStorage", "getItem"),
                ("PluginStorage", "setItem"), ("Application", "CreateTaskPane"), ("Application", "GetTaskPane"),
                ("CustomTaskpane", "Navigate")) or (kind == "CustomTaskpane" and op == "set"):
            continue  # reads, and what does not change the workbook
        if op == "alert":
            done.alerts.append(c["args"][0])
            continue
        ws = sheets.get(on.get("sheet"))
        if (kind, op, member) == ("Sheets", "call", "Add"):
            before, after = (c["args"] + [None, None])[:2]
            ref = after or before
            index = wb.worksheets.index(sheets[ref["sheet"]]) + (1 if after else 0) if ref else 0
            sheets[c["result"]["sheet"]] = wb.create_sheet(f"new{c['result']['sheet']}", index=index)
        elif (kind, op, member) == ("Worksheet", "set", "Name"):
            ws.title = c["value"]
        elif (kind, op, member) == ("Worksheet", "set", "Visible"):
            ws.sheet_state = {-1: "visible", 0: "hidden", 2: "veryHidden"}[c["value"]]
        elif (kind, op, member) == ("Worksheet", "call", "Delete"):
            wb.remove(ws)
        elif (kind, op, member) == ("Worksheet", "call", "Activate"):
            done.active = ws.title
        elif (kind, op, member) == ("Range", "set", "Value2"):
            value = c["value"]
            for i, row in enumerate(_cells(ws, on["address"])):
                for j, cell in enumerate(row):
                    v = value[i][j] if isinstance(value, list) else value
                    cell.value = as_stored(v, "WPS")
                    if isinstance(v, str) and v.startswith("'"):
                        cell.data_type = "s"  # a text, even one that begins with "="
        elif (kind, op, member) == ("Range", "call", "Clear"):
            for row in _cells(ws, on["address"]):
                for cell in row:
                    cell.value, cell.fill, cell.comment = None, PatternFill(), None
        elif (kind, op, member) == ("Range", "call", "AddComment"):
            cell = ws[on["address"]]
            assert cell.comment is None, f"a second note at {on['address']}"
            cell.comment = Comment(c["args"][0], "xlrecon")
        elif (kind, op, member) == ("Range", "call", "Select"):
            done.selection = (ws.title, on["address"])
        elif (kind, op, member) == ("Comment", "call", "Delete"):
            ws[on["address"]].comment = None
        elif (kind, op, member) == ("Interior", "set", "Color"):
            n = int(c["value"])
            rgb = f"{n & 0xFF:02X}{(n >> 8) & 0xFF:02X}{(n >> 16) & 0xFF:02X}"
            for row in _cells(ws, on["address"]):
                for cell in row:
                    cell.fill = PatternFill("solid", fgColor="FF" + rgb)
        elif (kind, op, member) == ("Interior", "set", "ColorIndex"):
            assert c["value"] == -4142  # xlColorIndexNone
            for row in _cells(ws, on["address"]):
                for cell in row:
                    cell.fill = PatternFill()
        else:
            raise AssertionError(f"the replay does not know {kind}.{member} ({op})")
    if done.active is not None:
        wb.active = wb.sheetnames.index(done.active)
    wb.save(out)
    return done


# --- the runs -----------------------------------------------------------------------------------

def _zhengzhou_with_the_users_marks(tmp_path: Path) -> Path:
    """The sample with a fill and a note of the user's own: yellow under the 合计 at I5, and a
    note at J7 (a shortfall)."""
    path = tmp_path / ZHENGZHOU.name
    wb = openpyxl.load_workbook(ZHENGZHOU)
    ws = wb[SHEET]
    ws["I5"].fill = PatternFill("solid", fgColor="FFFFFF00")
    ws["J7"].comment = Comment("财务科：已核实", "财务科")
    wb.save(path)
    return path


def _fill(cell) -> str | None:
    f = cell.fill
    return f.fgColor.rgb if f is not None and f.fill_type == "solid" else None


def _check_findings_arrived(done: Replayed, report) -> None:
    wb = done.wb
    ws = wb["核对结果"]
    assert ws["A1"].value == "xlrecon 核对结果" and ws["C2"].value == ZHENGZHOU.name
    assert [ws.cell(6, c).value for c in range(3, 9)] == ["错误", 13, "警告", 0, "提示", 0]
    rows = list(ws.iter_rows(min_row=9, values_only=True))
    assert len(rows) == len(report.findings) == 13
    for n, (row, f) in enumerate(zip(rows, report.findings), start=1):
        assert row[0] == n and row[1] == "错误" and row[2] == messages.check_name(f.check, "zh") and row[3] == f.sheet
        assert row[4] == f'=HYPERLINK("#\'{f.sheet}\'!{f.cell}","{f.cell}")'  # the 单元格 column: a link
        assert row[11] == f.message("zh")
        assert ws.cell(8 + n, 2).fill.fgColor.rgb == ERROR_FILL
    cells = [re.search(r',"(\w+)"\)$', r[4])[1] for r in rows]
    assert cells[:2] == ["I5", "J5"]  # the 合计 row's two errors first
    shortfalls = [r for r, f in zip(cells, report.findings) if f.check == "threshold"]
    assert len(shortfalls) == 11 and all(c.startswith("J") for c in shortfalls)
    assert ws["A8"].fill.fgColor.rgb == "FFD9E1F2" and _fill(ws["A9"]) != ERROR_FILL
    # the flagged cells of the checked sheet: the error's fill, and xlrecon's note where the user had none
    src = wb[SHEET]
    flagged = ["I5", "J5"] + shortfalls
    notes = {f.cell: [] for f in report.findings}
    for f in report.findings:
        notes[f.cell].append(f.message("zh"))
    for ref in flagged:
        assert _fill(src[ref]) == ERROR_FILL, ref
        if ref == "J7":
            assert src[ref].comment.text == "财务科：已核实"  # the user's note kept, none added
        else:
            assert src[ref].comment is not None and all(m in src[ref].comment.text for m in notes[ref]), ref
    assert _fill(src["I6"]) is None and src["I6"].comment is None
    others = [c.coordinate for row in src.iter_rows() for c in row
              if (_fill(c) or c.comment is not None) and c.coordinate not in flagged]
    assert others == []
    # the hidden state sheet: what was changed, for the next run to undo
    st = wb["xlrecon.state"]
    assert st.sheet_state == "hidden"
    state = [list(r) for r in st.iter_rows(values_only=True)]
    assert state[0] == ["sheet", "cell", "fill", "note added", "note"]
    assert sorted(r[1] for r in state[1:]) == sorted(flagged)
    by_cell = {r[1]: r for r in state[1:]}
    assert by_cell["I5"][:4] == [SHEET, "I5", "#FFFF00", 1]  # the user's yellow, to put back
    assert by_cell["J7"][:4] == [SHEET, "J7", None, 0]  # no note added there
    assert done.active == "核对结果"


def _writes_on(calls, sheet_id, member):
    return [c for c in calls if c["op"] == "set" and c["member"] == member and c["on"].get("sheet") == sheet_id]


def test_the_button_checks_the_workbook_and_writes_the_findings_into_it(browser, server, tmp_path):
    src = _zhengzhou_with_the_users_marks(tmp_path)
    report = xlrecon.check(str(ZHENGZHOU)).files[0]
    addin = Addin(browser, server, book_data(src))
    calls = addin.click("btnCheck")
    assert addin.missing == []  # no member the stub lacks, no text left for WPS to guess
    # read: each sheet's used range in one Value2 read
    reads = [c for c in calls if c["op"] == "get" and c["member"] == "Value2"]
    assert len(reads) == 1 and reads[0]["on"]["address"] == "A1:L24"
    # written: the new sheet's values in ONE write, a fill per run of equal severities
    [added] = [c for c in calls if c["member"] == "Add" and c["on"]["type"] == "Sheets"][:1]
    new = added["result"]["sheet"]
    assert len(_writes_on(calls, new, "Value2")) == 1
    assert len([c for c in calls if c["on"]["type"] == "Interior" and c["on"]["sheet"] == new]) <= 8
    # each flagged cell's fill read before it is changed
    for c in calls:
        if c["on"]["type"] == "Interior" and c["on"]["sheet"] == 0 and c["op"] == "set":
            reads_before = [x for x in calls[:calls.index(c)] if x["on"] == c["on"] and x["op"] == "get"]
            assert reads_before, c["on"]
    done = replay(src, calls, tmp_path / "first.xlsx")
    addin.close()
    assert done.wb.sheetnames == [SHEET, "核对结果", "xlrecon.state"]
    _check_findings_arrived(done, report)
    assert len(done.alerts) == 1 and "错误 13 条" in done.alerts[0]
    # the saved copy reopens with all of it
    again = openpyxl.load_workbook(tmp_path / "first.xlsx")
    assert again.sheetnames == [SHEET, "核对结果", "xlrecon.state"] and again.active.title == "核对结果"


def test_a_second_run_replaces_the_first_and_clear_undoes_it(browser, server, tmp_path):
    src = _zhengzhou_with_the_users_marks(tmp_path)
    report = xlrecon.check(str(ZHENGZHOU)).files[0]
    first = Addin(browser, server, book_data(src))
    replay(src, first.click("btnCheck"), tmp_path / "first.xlsx")
    first.close()
    # the second run, on the workbook as the first left it (its fills, notes, state sheet)
    second = Addin(browser, server, book_data(tmp_path / "first.xlsx", ZHENGZHOU.name))  # the same book, saved
    calls = second.click("btnCheck")
    assert second.missing == []
    i5 = [c for c in calls if c["on"] == {"type": "Interior", "sheet": 0, "address": "I5"} and c["op"] == "set"]
    assert [c["value"] for c in i5] == [0x00FFFF, 0xCEC7FF]  # back to the user's yellow, then the error's fill
    deleted = [c for c in calls if c["member"] == "Delete" and c["on"]["type"] == "Worksheet"]
    assert len(deleted) == 1  # the first run's discrepancy sheet
    done = replay(tmp_path / "first.xlsx", calls, tmp_path / "second.xlsx")
    assert sorted(done.wb.sheetnames) == sorted([SHEET, "核对结果", "xlrecon.state"])  # one discrepancy sheet
    _check_findings_arrived(done, report)  # the same marks, no second note anywhere (the replay refuses one)
    snapshot = second.page.evaluate("XlreconStub.snapshot()")
    assert [s["name"] for s in snapshot["sheets"]] == done.wb.sheetnames  # the stub and the replay agree
    second.close()
    # 清除标记: the marks undone, the discrepancy sheet gone
    third = Addin(browser, server, book_data(tmp_path / "second.xlsx", ZHENGZHOU.name))
    calls = third.click("btnClear")
    assert third.missing == [] and third.alerts == [messages.web_text("wps.cleared", "zh")]
    cleared = replay(tmp_path / "second.xlsx", calls, tmp_path / "cleared.xlsx")
    third.close()
    assert "核对结果" not in cleared.wb.sheetnames
    ws = cleared.wb[SHEET]
    assert _fill(ws["I5"]) == "FFFFFF00" and ws["I5"].comment is None
    assert ws["J7"].comment.text == "财务科：已核实"
    assert [c.coordinate for row in ws.iter_rows() for c in row if _fill(c) or c.comment is not None] == ["I5", "J7"]


def test_with_the_service_down_a_message_says_how_to_start_it(browser, server):
    port = free_port()  # nothing listens there
    addin = Addin(browser, server, book_data(ZHENGZHOU), base=f"http://127.0.0.1:{port}")
    calls = addin.click("btnCheck")
    url = f"http://127.0.0.1:{port}"
    [alert] = addin.alerts
    assert "xlrecon serve" in alert and url in alert
    if "wps.down" in messages.WEB:
        assert alert == messages.web_text("wps.down", "zh", url=url)
    assert [c for c in calls if c["op"] in ("set", "call")] == []  # nothing written, nothing read
    addin.close()


def test_a_workbook_that_cannot_be_checked_gets_the_services_message_and_nothing_else(browser, server, tmp_path):
    from conftest import write_openpyxl

    path = write_openpyxl(tmp_path / "other.xlsx", {"S": [["名称", "数量"], ["甲", 1]]})
    addin = Addin(browser, server, book_data(path))
    calls = addin.click("btnCheck")
    [alert] = addin.alerts
    assert xlrecon.check(str(path)).files[0].error.message("zh").replace(str(path), "other.xlsx") in alert
    assert [c for c in calls if c["op"] == "set" or c["member"] in ("Add", "Delete", "AddComment")] == []
    addin.close()


def test_the_task_pane_lists_the_findings_and_a_click_selects_the_cell(browser, server, tmp_path):
    src = _zhengzhou_with_the_users_marks(tmp_path)
    addin = Addin(browser, server, book_data(src))
    addin.click("btnCheck")
    last = addin.page.evaluate("Application.PluginStorage.getItem('xlrecon.last')")
    addin.close()
    pane = Addin(browser, server, book_data(src), page="taskpane.html", storage={"xlrecon.last": last})
    pane.page.wait_for_selector("body[data-ready='1']")
    items = pane.page.eval_on_selector_all("#findings li", "els => els.map(e => e.dataset.cell)")
    assert items[:2] == ["I5", "J5"] and len(items) == 13
    assert "错误" in pane.page.inner_text("#findings li[data-cell='I5']")
    pane.page.click("#findings li[data-cell='J10']")
    snapshot = pane.page.evaluate("XlreconStub.snapshot()")
    assert snapshot["selection"] == {"sheet": 0, "address": "J10"}
    assert pane.missing == []
    pane.close()


def test_the_worksheet_functions_answer_as_the_excel_layer_s(browser, server):
    """=XLRECON.SUMCHECK / FIXUP / CONVERT in the add-in's page, against the real service: the
    values the Excel layer's =xlrecon_sumcheck … give (xlrecon/cellfuncs.py), ranges as WPS
    passes them (2-D arrays), a bad argument an error with its reason in Chinese."""
    from xlrecon import cellfuncs

    addin = Addin(browser, server, {"name": "空.xlsx", "sheets": [{"name": "Sheet1", "cells": {}}]})
    try:
        counties = [[3.9], [5.18], [9.55], [5.14], [7.69]]
        parts = [r[0] for r in counties]
        got = addin.page.evaluate(f"XLRECON.SUMCHECK({json.dumps(counties)}, 31.47)")
        assert got == [[float(cellfuncs.sumcheck(parts, 31.47)[0][0]), float(cellfuncs.sumcheck(parts, 31.47)[0][1]),
                        True]]
        fixed = addin.page.evaluate(f"XLRECON.FIXUP({json.dumps(counties)}, 31.47)")
        assert fixed == [[v] for v in cellfuncs.fixup(parts, 31.47)]
        assert addin.page.evaluate('XLRECON.CONVERT(400, "亿元", "万元")') == 4000000
        said = addin.page.evaluate('(() => { try { XLRECON.SUMCHECK([["待补"]], 1); return "" }'
                                   ' catch (e) { return e.message } })()')
        assert "“待补”不是数值" in said
    finally:
        addin.close()


def test_the_functions_are_declared_where_wps_looks_for_them():
    manifest = (ADDIN / "manifest.xml").read_text(encoding="utf-8")
    assert "<Uri>/functions.json</Uri>" in manifest and "<Namespace>XLRECON</Namespace>" in manifest
    meta = json.loads((ADDIN / "functions.json").read_text(encoding="utf-8"))
    assert [f["id"] for f in meta["functions"]] == ["SUMCHECK", "FIXUP", "CONVERT"]
    script = (ADDIN / "js" / "functions.js").read_text(encoding="utf-8")
    assert all(f"{f['id']}: function" in script for f in meta["functions"])
    assert 'src="js/functions.js"' in (ADDIN / "index.html").read_text(encoding="utf-8")
