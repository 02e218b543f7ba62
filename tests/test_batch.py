"""``xlrecon batch``: a folder of submissions checked in worker processes, then across files.

Every test runs real worker processes on real files: the district samples in
``workbooks/``, workbooks written here by openpyxl, and bad files made here (not a
workbook, truncated, empty, encrypted, unrelated, one that takes far longer than the
time limit).
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xlrecon.api import batch
from xlrecon.findings import BatchReport

ROOT = Path(__file__).resolve().parent.parent
WORKBOOKS = ROOT / "workbooks"
DISTRICTS = WORKBOOKS / "zhengzhou-2020-districts"
SUMMARY = WORKBOOKS / "zhengzhou-2020-reserve-progress.xlsx"


def cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "xlrecon", *args], capture_output=True, text=True, timeout=timeout,
                          cwd=ROOT)


def cross(report: BatchReport, rule: str) -> list:
    return [b for b in report.batch_findings if b.finding.rule == rule]


@pytest.fixture(scope="module")
def samples() -> BatchReport:
    return batch(WORKBOOKS, jobs=2)


def test_the_samples_report_the_seeds_discrepancies(samples):
    by_name = {Path(f.path).name: f for f in samples.files}
    assert len(samples.files) == 8 and samples.summary()["errors"] == 0
    zz = by_name[SUMMARY.name]
    assert {(f.cell, f.check) for f in zz.findings if f.check == "total"} == {("I5", "total"), ("J5", "total")}
    # the seed's own shortfalls: 郑东新区 reserved 3.00 of 60.00 (5%), 经开 38.49 of 669.79 (5.7%)
    zd = by_name["郑州市郑东新区.xlsx"]
    [f] = [f for f in zd.findings if f.rule == "reserve.min-share"]
    assert (f.cell, f.actual, f.expected, f.difference) == ("G4", Decimal(3), Decimal(6), Decimal(-3))
    assert samples.notes == [("batch.summary_found", {"file": str(SUMMARY)})]
    assert samples.exit_code == 1


def test_district_sums_against_the_summary_rows(samples):
    sums = {(b.finding.row_label, b.finding.cell): b for b in cross(samples, "batch.canteen_purchase")
            + cross(samples, "batch.reserve")}
    # 经开: one unit's purchases 2.00 too high: 671.79 against 669.79, beyond rounding
    jk = sums[("经开", "I22")]
    assert jk.finding.severity == "error" and jk.path == str(SUMMARY)
    assert (jk.finding.expected, jk.finding.actual, jk.finding.difference) == (Decimal("669.79"), Decimal("671.79"), Decimal(2))
    assert jk.related == [{"path": str(DISTRICTS / "郑州经开区.xlsx"), "sheet": None, "cell": None}]
    # 港区: 109.70 against 109.69 — 15 figures of 2 decimals explain 0.01: rounding residue, info
    gq = sums[("港区", "J19")]
    assert gq.finding.severity == "info" and gq.finding.rounding_explainable is True
    assert gq.finding.tolerance == Decimal("0.08")  # 15 × 0.005 + 0.005
    # 高新 came twice: reported, and its figures not summed; 郑东新区 matches exactly: nothing
    assert not [k for k in sums if k[0] in ("高新", "郑东新区")]


def test_a_digest_carries_exact_sums_and_its_intervals_are_measured_when_they_matter(tmp_path):
    """A worker's digest holds each sum's exact figure and count, not its rounding interval (a
    second read of the sheet's number formats); the parent measures the interval from the file
    when a sum differs from the summary's figure: the same interval as the file's own cells
    give. A file whose bytes changed since it was checked is not measured (no rounding allowance)."""
    from xlrecon.pipeline import read_and_check, templates_for
    from xlrecon.read.intervals import column_sum
    from xlrecon.batches.submissions import measure_intervals, summarize

    src = DISTRICTS / "郑州航空港区.xlsx"
    _, templates = templates_for(None)
    report, ctx = read_and_check(src, templates)
    sub = summarize(str(src), report.schema, ctx)
    assert set(sub.sums) == {"canteen_purchase", "reserve"}
    [table] = ctx.tables
    for name, cs in sub.sums.items():
        total, interval, count = column_sum(table, name)
        assert cs.interval is None and (str(cs.total), cs.count) == (str(total), count)
    template = next(t for t in templates if t.name == sub.template)
    assert measure_intervals(sub, template)
    for name, cs in sub.sums.items():
        want = column_sum(table, name)[1]
        assert (str(cs.interval.lo), str(cs.interval.mid), str(cs.interval.hi)) == (str(want.lo), str(want.mid), str(want.hi))
        assert cs.interval.hi - cs.interval.lo > 0  # figures of two decimals: a real allowance

    # against the summary: 港区's 109.70 reserve against 109.69 is rounding residue (info) ...
    from xlrecon.batches.reconcile import against_summary

    copy = tmp_path / src.name
    shutil.copy(src, copy)
    _, sctx = read_and_check(SUMMARY, templates)
    by_name = {t.name: t for t in templates}

    def digest() -> object:
        report, ctx = read_and_check(copy, templates)
        return summarize(str(copy), report.schema, ctx)

    def reserve_finding(sub: object) -> object:
        [f] = [b.finding for b in against_summary([sub], by_name, str(SUMMARY), sctx) if b.finding.rule == "batch.reserve"]
        return f

    sub = digest()
    f = reserve_finding(sub)
    assert (f.cell, f.severity, f.rounding_explainable) == ("J19", "info", True)
    assert sub.sums["reserve"].interval is not None  # measured, since it mattered
    # ... but a file changed after it was checked is not measured: its exact figures, no allowance
    sub = digest()
    copy.write_bytes(copy.read_bytes() + b"\0")
    assert not measure_intervals(sub, template) and sub.sums["reserve"].interval is None
    f = reserve_finding(sub)
    assert (f.cell, f.severity, f.rounding_explainable) == ("J19", "error", False)


def test_repeats_and_coverage(samples):
    [twice] = cross(samples, "batch.district-twice")
    assert twice.finding.row_label == "高新" and Path(twice.path).name == "郑州高新区.xlsx"
    assert {Path(r["path"]).name for r in twice.related} == {"郑州高新区-更正.xlsx", SUMMARY.name}
    keys = {(Path(b.path).name, b.finding.actual, Path(b.related[0]["path"]).name, b.related[0]["cell"])
            for b in cross(samples, "batch.duplicate-key")}
    assert ("郑州航空港区.xlsx", "郑州经济技术开发区前程办事处", "郑州经开区.xlsx", "B14") in keys
    missing = {b.finding.row_label for b in cross(samples, "batch.no-file")}
    assert missing == {"郑州市本级", "中原", "二七", "管城", "金水", "中牟", "惠济", "上街", "巩义", "新密", "荥阳",
                       "新郑", "登封"}
    assert all(b.finding.severity == "warning" and b.path == str(SUMMARY) for b in cross(samples, "batch.no-file"))
    assert not cross(samples, "batch.unit-count")  # 经开 lists 11 units, 港区 15: as the summary says


def test_the_unit_rules_on_the_district_files(samples):
    by_name = {Path(f.path).name: f for f in samples.files}
    jk = by_name["郑州经开区.xlsx"]
    [late] = [f for f in jk.findings if f.check == "deadline"]
    assert (late.cell, late.actual, late.expected, late.difference, late.severity) == (
        "N9", "2020-03-26", "2020-03-20", 6, "warning")
    gq = by_name["郑州航空港区.xlsx"]
    [union] = [f for f in gq.findings if f.rule == "union.standard"]
    assert union.cell == "K10" and union.actual == Decimal("0.5")
    [phone] = [f for f in gq.findings if f.rule == "phone.regex"]
    assert phone.cell == "M12" and phone.severity == "warning"


def test_json_is_the_report_with_batch_findings():
    r = cli("batch", str(DISTRICTS), "--against", str(SUMMARY), "--format", "json", "--jobs", "2")
    assert r.returncode == 1, r.stderr
    data = json.loads(r.stdout)
    assert list(data) == ["xlrecon", "files", "summary", "notes", "batch_findings"]
    assert data["summary"] == {"files": 5, "ok": 2, "incomplete": 0, "discrepancies": 3, "errors": 0,
                               "not_evaluated": 0}
    assert all(set(b) >= {"path", "check", "rule", "severity", "sheet", "cell", "message", "related"}
               for b in data["batch_findings"])
    # the summary given with --against is the reference, not one of the submissions
    assert str(SUMMARY) not in [f["path"] for f in data["files"]]
    # the CLI's JSON is the library's report, whatever the number of workers
    from xlrecon.render.json_out import dumps

    assert json.loads(dumps(batch(DISTRICTS, against=SUMMARY, jobs=1))) == data


def test_english_and_the_console_summary():
    r = cli("batch", str(WORKBOOKS), "--lang", "en", "--jobs", "2")
    assert r.returncode == 1
    assert "8 files: 3 ok, 0 not fully checked, 5 with discrepancies, 0 failed" in r.stdout
    assert "Across files" in r.stdout and "Most frequent findings" in r.stdout
    zh = cli("batch", str(WORKBOOKS), "--jobs", "1")
    assert "共 8 个文件" in zh.stdout and "跨文件核对" in zh.stdout


def test_same_bytes_twice_and_a_whole_file_repeated(tmp_path):
    for name in ("郑州经开区.xlsx", "郑州航空港区.xlsx"):
        shutil.copy(DISTRICTS / name, tmp_path / name)
    shutil.copy(DISTRICTS / "郑州经开区.xlsx", tmp_path / "经开区-副本.xlsx")
    report = batch(tmp_path, jobs=2)
    [same] = cross(report, "batch.same-file")
    assert {Path(same.path).name, Path(same.related[0]["path"]).name} == {"郑州经开区.xlsx", "经开区-副本.xlsx"}
    # the same bytes are one finding, not one per unit; the unit 港区 shares with 经开 is still reported
    pairs = {frozenset((Path(b.path).name, Path(b.related[0]["path"]).name)) for b in cross(report, "batch.duplicate-key")}
    assert frozenset(("郑州经开区.xlsx", "经开区-副本.xlsx")) not in pairs
    assert [b.finding.actual for b in cross(report, "batch.duplicate-key")] == ["郑州经济技术开发区前程办事处"]


def test_a_file_whose_district_is_not_in_the_summary(tmp_path):
    from openpyxl import load_workbook

    wb = load_workbook(DISTRICTS / "郑州高新区.xlsx")
    wb.active["A1"] = "郑州市某新区预算单位2020年度预留份额填报表"
    wb.active["A2"] = "填报单位：某新区管理委员会"
    wb.save(tmp_path / "unknown.xlsx")
    report = batch(tmp_path, against=SUMMARY, jobs=1)
    [f] = cross(report, "batch.not-in-summary")
    assert f.path == str(tmp_path / "unknown.xlsx") and f.finding.severity == "warning"
    assert len(cross(report, "batch.no-file")) == 17


def endless_workbook(path: Path, rows: int = 1_000_000) -> Path:
    """A valid unit-reserve workbook of a million rows, written as raw XML: checking it
    takes far longer than the few seconds the test allows."""
    head = ("序号", "单位名称", "食堂情况", "年度食堂食材采购总额", "预留份额")
    def cell(ref: str, v) -> str:
        return (f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>' if isinstance(v, str)
                else f'<c r="{ref}"><v>{v}</v></c>')
    body = io.StringIO()
    body.write('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
               'spreadsheetml/2006/main"><sheetData><row r="1">')
    body.write("".join(cell(f"{c}1", h) for c, h in zip("ABCDE", head)) + "</row>")
    for i in range(2, rows + 2):
        body.write(f'<row r="{i}"><c r="A{i}"><v>{i - 1}</v></c><c r="B{i}" t="inlineStr"><is><t>单位{i}</t></is></c>'
                   f'<c r="C{i}" t="inlineStr"><is><t>自办</t></is></c><c r="D{i}"><v>100.5</v></c>'
                   f'<c r="E{i}"><v>12.25</v></c></row>')
    body.write("</sheetData></worksheet>")
    ns = "http://schemas.openxmlformats.org/"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", f'<?xml version="1.0"?><Types xmlns="{ns}package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
                   'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
                   'officedocument.spreadsheetml.worksheet+xml"/></Types>')
        z.writestr("_rels/.rels", f'<?xml version="1.0"?><Relationships xmlns="{ns}package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{ns}officeDocument/2006/relationships/officeDocument" '
                   'Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<?xml version="1.0"?><workbook xmlns="{ns}spreadsheetml/2006/main" '
                   f'xmlns:r="{ns}officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" '
                   'r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", f'<?xml version="1.0"?><Relationships xmlns="{ns}package/2006/'
                   f'relationships"><Relationship Id="rId1" Type="{ns}officeDocument/2006/relationships/worksheet" '
                   'Target="worksheets/sheet1.xml"/></Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", body.getvalue())
    return path


def test_a_folder_of_bad_files_next_to_good_ones(tmp_path, xlsx):
    from msoffcrypto.format.ooxml import OOXMLFile  # a test dependency: its absence is a failure, not a skip

    good = tmp_path / "submissions"
    (good / "sub").mkdir(parents=True)
    shutil.copy(DISTRICTS / "郑州经开区.xlsx", good / "郑州经开区.xlsx")
    shutil.copy(DISTRICTS / "郑州市郑东新区.xlsx", good / "sub" / "郑州市郑东新区.xlsx")
    (good / "notes.xlsx").write_text("这不是工作簿\n", encoding="utf-8")
    data = (DISTRICTS / "郑州航空港区.xlsx").read_bytes()
    (good / "truncated.xlsx").write_bytes(data[: len(data) // 2])
    (good / "empty.xlsx").write_bytes(b"")
    out = io.BytesIO()
    with (DISTRICTS / "郑州高新区.xlsx").open("rb") as fh:
        OOXMLFile(fh).encrypt("123456", out)
    (good / "locked.xlsx").write_bytes(out.getvalue())
    unrelated = xlsx({"通讯录": [["姓名", "电话"], ["张三", "13800000000"]]})
    shutil.copy(unrelated, good / "unrelated.xlsx")
    endless_workbook(good / "sub" / "endless.xlsx")
    (good / "~$郑州经开区.xlsx").write_bytes(b"lock")  # Excel's lock file: not a submission

    r = cli("batch", str(good), "--timeout", "3", "--jobs", "2", "--format", "json")
    assert r.returncode == 2, r.stderr
    files = {Path(f["path"]).name: f for f in json.loads(r.stdout)["files"]}
    assert "~$郑州经开区.xlsx" not in files
    codes = {name: f["error"]["code"] for name, f in files.items() if f["error"]}
    assert codes == {"notes.xlsx": "not-a-workbook", "truncated.xlsx": "corrupt-file", "empty.xlsx": "empty-file",
                     "locked.xlsx": "encrypted", "unrelated.xlsx": "no-table", "endless.xlsx": "timeout"}
    for name in codes:
        assert name in files[name]["error"]["message"]  # every reason names its file
    assert files["endless.xlsx"]["status"] == "error" and "3" in files["endless.xlsx"]["error"]["message"]
    assert files["郑州经开区.xlsx"]["status"] == "discrepancies" and files["郑州经开区.xlsx"]["findings"]
    assert files["郑州市郑东新区.xlsx"]["status"] == "discrepancies"
    # the table view lists each bad file with its reason, and the run's summary
    t = cli("batch", str(good), "--timeout", "3", "--jobs", "2")
    assert t.returncode == 2 and "无法处理 6" in t.stdout and "timeout" in t.stdout


def test_annotated_copies_mirror_the_folders_and_the_report_links_them(tmp_path):
    import python_calamine
    src = tmp_path / "in"
    shutil.copytree(DISTRICTS, src / "districts")
    shutil.copy(SUMMARY, src / SUMMARY.name)
    out, rep = tmp_path / "out", tmp_path / "report.xlsx"
    r = cli("batch", str(src), "--annotate", "--output", str(out), "--report", str(rep), "--jobs", "2")
    assert r.returncode == 1, r.stderr
    assert (out / "districts" / "郑州经开区.checked.xlsx").is_file()
    assert (out / f"{SUMMARY.stem}.checked.xlsx").is_file()
    wb = python_calamine.CalamineWorkbook.from_path(str(rep))
    assert wb.sheet_names == ["文件", "核对结果", "跨文件核对"]
    files = wb.get_sheet_by_name("文件").to_python()
    assert files[0][:8] == ["序号", "文件", "状态", "模板", "错误", "警告", "提示", "标注副本"]
    row = next(x for x in files[1:] if x[1].endswith("郑州经开区.xlsx"))
    assert row[2] == "有差异" and row[3] == "unit-reserve" and row[4] == 11 and row[7].endswith("郑州经开区.checked.xlsx")
    cross_rows = wb.get_sheet_by_name("跨文件核对").to_python()
    assert any(x[3] == "rollup" and x[5] == "I22" for x in cross_rows[8:])
    with zipfile.ZipFile(rep) as z:
        rels = z.read("xl/worksheets/_rels/sheet1.xml.rels").decode()
    assert "districts/%E9%83%91%E5%B7%9E%E7%BB%8F%E5%BC%80%E5%8C%BA.xlsx" in rels  # a link to the file itself
    assert "out/districts/" in rels  # and to its annotated copy


def test_usage_errors_exit_2(tmp_path):
    r = cli("batch", str(DISTRICTS), "--output", str(tmp_path))
    assert r.returncode == 2 and "--annotate" in r.stderr
    r = cli("batch", str(DISTRICTS), "--against", str(tmp_path / "missing.xlsx"))
    assert r.returncode == 2 and "missing.xlsx" in r.stderr and "Traceback" not in r.stderr
    r = cli("batch", str(DISTRICTS), "--against", str(WORKBOOKS / "hunan-2023-retail-targets.xlsx"))
    assert r.returncode == 2 and "hunan-2023-retail-targets.xlsx" in r.stderr and "Traceback" not in r.stderr
    r = cli("batch", str(tmp_path))
    assert r.returncode == 2 and "Traceback" not in r.stderr
    r = cli("batch", str(DISTRICTS), "--jobs", "0")
    assert r.returncode == 2


def test_previous_year_submissions_are_compared_where_a_rule_asks(tmp_path):
    from openpyxl import load_workbook

    now, before = tmp_path / "2021", tmp_path / "2020"
    now.mkdir()
    before.mkdir()
    shutil.copy(DISTRICTS / "郑州航空港区.xlsx", now / "港区.xlsx")
    wb = load_workbook(DISTRICTS / "郑州航空港区.xlsx")
    ws = wb.active
    unit, reserve = ws["B5"].value, ws["G5"].value
    ws["G5"] = reserve + 1  # last year this unit reserved 1 万元 more than it files now
    wb.save(before / "港区-2020.xlsx")
    report = batch(now, previous=before, jobs=1)
    [f] = [f for f in report.files[0].findings if f.rule == "reserve.previous-period"]
    assert (f.cell, f.row_label, f.difference) == ("G5", unit, Decimal(-1))
    assert not [f for f in batch(now, jobs=1).files[0].findings if f.rule == "reserve.previous-period"]


def worker_children(pid: int) -> list[int]:
    """The batch's worker processes (forked or spawned; not multiprocessing's resource
    tracker, which a spawning parent starts), from /proc."""
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if not children.exists():
        if sys.platform.startswith("linux"):  # CI's platform: /proc must be there
            pytest.fail(f"{children} is missing: cannot list the worker processes")
        pytest.skip("no /proc on this platform: cannot list the worker processes")
    return [int(c) for c in children.read_text().split()
            if b"resource_tracker" not in Path(f"/proc/{c}/cmdline").read_bytes()]


def test_ctrl_c_stops_the_workers_and_says_so(tmp_path):
    import os
    import signal
    import time

    for i in range(4):
        shutil.copy(DISTRICTS / "郑州经开区.xlsx", tmp_path / f"d{i:02d}.xlsx")
    endless_workbook(tmp_path / "endless-1.xlsx")
    shutil.copy(tmp_path / "endless-1.xlsx", tmp_path / "endless-2.xlsx")  # both workers busy for long
    proc = subprocess.Popen([sys.executable, "-m", "xlrecon", "batch", str(tmp_path), "--jobs", "2"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(4)  # the workers are up and checking the endless files
    workers = worker_children(proc.pid)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, (out, err)
    assert "已中断" in err and "Traceback" not in err and "KeyboardInterrupt" not in err
    assert len(workers) >= 2
    time.sleep(0.5)
    for pid in workers:  # no worker outlives the run
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def _alive(pid: int) -> bool:
    """Whether a process runs (a zombie waiting to be reaped by init does not)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def test_a_batch_killed_with_kill_9_leaves_no_worker_behind(tmp_path):
    """The parent cannot stop its workers when it is killed outright; the kernel must (a worker
    left behind would go on reading a file for ever)."""
    import time

    for i in range(4):
        shutil.copy(DISTRICTS / "郑州经开区.xlsx", tmp_path / f"d{i:02d}.xlsx")
    endless_workbook(tmp_path / "endless-1.xlsx")
    shutil.copy(tmp_path / "endless-1.xlsx", tmp_path / "endless-2.xlsx")  # both workers busy for long
    proc = subprocess.Popen([sys.executable, "-m", "xlrecon", "batch", str(tmp_path), "--jobs", "2"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(4)  # the workers are up and checking the endless files
        workers = worker_children(proc.pid)
        assert len(workers) >= 2
        proc.kill()
        proc.wait()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(map(_alive, workers)):
            time.sleep(0.05)
        assert [w for w in workers if _alive(w)] == []
    finally:
        if proc.poll() is None:
            proc.kill()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked only on Linux")
def test_on_a_terminal_the_workers_are_forked_before_the_progress_bar_starts_its_thread(tmp_path):
    """On a terminal the bar redraws from a thread of its own; it starts once the workers do,
    so that they are forked (not spawned: a fresh interpreter each) while one thread runs."""
    import os
    import pty
    import signal
    import time

    shutil.copy(DISTRICTS / "郑州经开区.xlsx", tmp_path / "d.xlsx")
    endless_workbook(tmp_path / "endless.xlsx")
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "xlrecon", "batch", str(tmp_path), "--jobs", "2"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    try:
        deadline = time.monotonic() + 30
        threads = workers = []
        while time.monotonic() < deadline and (len(threads) < 2 or len(workers) < 2):
            _drain(master, 0.2)  # the bar's output, read so that it never blocks on a full terminal
            workers = worker_children(proc.pid)
            threads = os.listdir(f"/proc/{proc.pid}/task")
        assert len(threads) >= 2, "the progress bar's thread runs (stderr is a terminal)"
        parent = Path(f"/proc/{proc.pid}/cmdline").read_bytes()
        assert len(workers) == 2 and all(Path(f"/proc/{w}/cmdline").read_bytes() == parent for w in workers)
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            end = time.monotonic() + 60
            while proc.poll() is None and time.monotonic() < end and _drain(master, 0.2):
                pass
            proc.wait(timeout=60)
        finally:
            os.close(master)
    assert proc.returncode == 130


def _drain(fd: int, seconds: float) -> bool:
    """Read what a terminal's other end wrote within ``seconds``; False once it is closed."""
    import os
    import select

    if select.select([fd], [], [], seconds)[0]:
        try:
            return bool(os.read(fd, 65536))
        except OSError:  # the other end is closed
            return False
    return True


def test_the_progress_bar_counts_files_with_elapsed_and_remaining_time():
    import io

    from rich.console import Console

    from xlrecon.findings import FileReport
    from xlrecon.render.batch import Progress

    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=100, color_system=None)
    with Progress(lambda: console, "en") as (on_start, on_file):
        on_start(3)
        on_file(FileReport("a.xlsx"))
        on_file(FileReport("b.xlsx"))
    text = out.getvalue()
    assert "Checking" in text and "2/3" in text and "0:00:0" in text  # files done, elapsed, remaining
    quiet = io.StringIO()  # not a terminal (a log, a pipe): no bar at all
    with Progress(lambda: Console(file=quiet, force_terminal=False), "zh") as (on_start, on_file):
        on_start(1)
        on_file(FileReport("a.xlsx"))
    assert quiet.getvalue() == ""


def test_a_checked_file_leaves_no_reference_cycles():
    """Batch workers pause the cyclic collector (a file's objects are freed by reference
    counting as soon as it is done): checking a file and making its digest must leave none of
    xlrecon's objects (tables, rows, cells, values, grids) to the collector. (pandera, when
    it is asked, leaves some of its own; the workers collect every 50 files for them.)"""
    import gc

    from xlrecon.pipeline import read_and_check, templates_for
    from xlrecon.batches.submissions import summarize

    _, templates = templates_for(None)
    paths = sorted(WORKBOOKS.glob("*.xlsx")) + sorted((WORKBOOKS / "zhengzhou-2020-districts").glob("*.xlsx"))
    assert len(paths) >= 8
    read_and_check(paths[0], templates)  # modules and caches warmed up first
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        for p in paths:
            report, ctx = read_and_check(p, templates)
            assert report.error is None and report.schema is not None  # read, and a table found
            summarize(str(p), report.schema, ctx)
            del report, ctx
        gc.collect()
        ours = [o for o in gc.garbage if type(o).__module__.startswith("xlrecon")]
        assert not ours, {type(o).__name__ for o in ours}
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()


def test_a_digests_keys_are_sent_column_wise_and_each_names_its_cell():
    from xlrecon.batches.submissions import KeyRef, Keys

    keys = Keys()
    keys.add("甲表", 1, ["金水区", "", "二七区"], ["金水 区", None, "二七区"], [2, 3, 4])
    keys.add("空表", 2, [], [], [])
    keys.add("乙表", 3, ["惠济区"], [None], [7])
    assert len(keys) == 3 and keys.keys == ["金水区", "二七区", "惠济区"]
    assert [keys.ref(i) for i in range(3)] == [KeyRef("金水区", "金水 区", "甲表", 2, 1), KeyRef("二七区", "二七区", "甲表", 4, 1),
                                               KeyRef("惠济区", "惠济区", "乙表", 7, 3)]
    assert keys.labels[1] is keys.keys[1]  # a label typed as its key is sent once


def _key_findings_by_definition(subs: list) -> list[tuple]:
    """The key findings across files as the README defines them, the slow way: for each file (in
    order) and each of its keys, the first file of its template holding that key (and the key's
    first place there), when that is another file; a file sharing at least two keys and half of
    its own with one other file is one repeated submission, else each key is a finding."""
    out = []
    for s in subs:
        group = [t for t in subs if t.template == s.template]
        shared: dict[str, list[tuple[int, int]]] = {}
        for i, k in enumerate(s.keys.keys):
            holder = next(t for t in group if k in t.keys.keys)
            if holder is not s and holder.path != s.path:
                shared.setdefault(holder.path, []).append((i, holder.keys.keys.index(k)))
        for other, pairs in shared.items():
            holder = next(t for t in group if t.path == other)
            if len(pairs) >= max(2, 0.5 * len(s.keys)):
                i, j = pairs[0]
                out.append(("batch.repeated-submission", s.path, s.keys.ref(i).where.a1, other,
                            holder.keys.ref(j).where.a1, len(pairs)))
            else:
                out.extend(("batch.duplicate-key", s.path, s.keys.ref(i).where.a1, other, holder.keys.ref(j).where.a1, 1)
                           for i, j in pairs)
    return out


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["unit-reserve", "county-trade"]),
                          st.lists(st.sampled_from("甲乙丙丁戊己庚辛壬癸") | st.text("子丑", min_size=2, max_size=3),
                                   max_size=8)), min_size=1, max_size=6))
def test_units_filed_in_two_files_are_found_as_the_readme_defines_them(files):
    """reconcile.duplicates (set operations first, so that the keys found in one file only cost
    nothing more) reports what the definition gives, file by file and key by key."""
    from xlrecon.batches.reconcile import duplicates
    from xlrecon.batches.submissions import Keys, Submission

    subs = []
    for n, (template, keys) in enumerate(files):
        ks = Keys()
        ks.add("表", 1, keys, keys, list(range(2, 2 + len(keys))))
        subs.append(Submission(path=f"f{n}.xlsx", template=template, sha1=f"{n:040x}", keys=ks))
    got = [(b.finding.rule, b.path, b.finding.cell, b.related[0]["path"], b.related[0]["cell"],
            b.finding.params.get("count", 1)) for b in duplicates(subs)]
    assert got == _key_findings_by_definition(subs)


def test_a_parent_that_spawns_its_workers_never_loads_numpy_without_a_summary():
    """Where workers are spawned (Windows; made so here), the parent reads templates and
    digests, not rows: the screens that need numpy live in their own module, and the summary's
    tables are read only when there is a summary. (numpy costs a tenth of a second of the
    start, on the cores the workers boot on. A parent that forks its workers imports it for
    them, once, instead of each worker.)"""
    code = ("import sys\nfrom xlrecon.batches import workers\nworkers.start_method = lambda: 'spawn'\n"
            "from xlrecon.api import batch\nr = batch(sys.argv[1], jobs=1)\n"
            "assert len(r.files) == 5 and r.batch_findings\nprint('numpy' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code, str(DISTRICTS)], capture_output=True, text=True, timeout=120,
                          cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
