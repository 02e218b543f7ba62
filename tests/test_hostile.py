"""Hostile and broken files: each is a typed error line, the other files' results are kept, and
no file can make xlrecon allocate without bound, print a terminal escape or skip it silently.
The memory-hungry cases run the CLI in a child process under an address-space limit, so that a
regression fails here instead of swapping."""

from __future__ import annotations

import ctypes
import json
import os
import resource
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from conftest import ROOT, WORKBOOKS

DISTRICTS = WORKBOOKS / "zhengzhou-2020-districts"
GOOD = sorted(DISTRICTS.glob("*.xlsx"))
#: the child's address space: far below what the refused files would ask for (0.5–550 GB)
LIMIT = 3 << 30


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT, LIMIT))


def _without_file_permission_override() -> None:
    """In the child, as root: drop CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from the bounding set,
    so that the program it runs obeys file modes as any user's would (root ignores them)."""
    _limited()
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
        if libc.prctl(24, cap, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def cli(*args: str, env: dict[str, str] | None = None, timeout: int = 180,
        obey_modes: bool = False) -> subprocess.CompletedProcess:
    """Run the CLI under the memory limit; ``obey_modes``: as root, without the capability to
    write where file modes forbid it."""
    pre = _without_file_permission_override if obey_modes and os.geteuid() == 0 else _limited
    return subprocess.run([sys.executable, "-m", "xlrecon", *map(str, args)], capture_output=True, cwd=ROOT,
                          timeout=timeout, preexec_fn=pre, env=dict(os.environ, **(env or {})))


def report(out: subprocess.CompletedProcess) -> dict:
    assert b"Traceback" not in out.stderr, out.stderr.decode("utf-8", "replace")
    return json.loads(out.stdout.decode("utf-8"))  # valid UTF-8, always


def table(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "S"
    ws.append(["县区", "农产品网络零售额（亿元）", "所属市州"])
    ws.append(["芙蓉区", 1.5, "长沙市"])
    wb.save(path)
    return path


def with_cell_ref(src: Path, dest: Path, old: str, new: str) -> Path:
    """``src`` with one cell address in its sheet's XML changed (a cell moved far out)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                assert f'r="{old}"'.encode() in data
                data = data.replace(f'r="{old}"'.encode(), f'r="{new}"'.encode())
            zout.writestr(info, data)
    return dest


@pytest.mark.parametrize("ref, what", [("XFD1048576", "grid"), ("ZZZZ99999999", "beyond"), ("A9999999", "beyond")])
def test_a_cell_far_out_is_refused_not_an_abort(tmp_path, ref, what):
    src = table(tmp_path / "src.xlsx")
    wb = openpyxl.load_workbook(src)
    wb["S"]["D5"] = "x"
    wb.save(src)
    far = with_cell_ref(src, tmp_path / "far.xlsx", "D5", ref)
    out = cli("check", far, GOOD[0], "--format", "json")
    assert out.returncode == 2
    bad, good = report(out)["files"]
    assert bad["error"]["code"] == "too-large" and ref in bad["error"]["message"]
    assert good["status"] == "discrepancies" and good["findings"]  # the other file's result is kept


@pytest.mark.parametrize("written", [' r="ZZ999999"', "\nr='XFD1048576'", ' r = "XFD1048576"', '\tr="XFD1048576"'])
def test_a_far_cell_is_refused_however_its_address_is_written(tmp_path, written):
    """The quick bound (a few searches for a larger address) must not miss an address written
    with other spacing or quotes, nor a two-letter column on a six-digit row (a 700-million-cell
    rectangle under a small row element)."""
    src = table(tmp_path / "src.xlsx")
    wb = openpyxl.load_workbook(src)
    wb["S"]["D2"] = "x"
    wb.save(src)
    far = tmp_path / "far.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(far, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                assert b' r="D2"' in data
                data = data.replace(b' r="D2"', written.encode())
            zout.writestr(info, data)
    out = cli("check", far, "--format", "json")
    [f] = report(out)["files"]
    assert f["error"]["code"] == "too-large", f


def _bomb(path: Path, mb: int) -> Path:
    """A workbook with a part of ``mb`` MB of zeros (a few tens of KB once compressed)."""
    shutil.copy(table(path.with_name("base.xlsx")), path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z:
        with z.open("xl/media/pad.bin", "w", force_zip64=True) as fh:
            chunk = bytes(1 << 20)
            for _ in range(mb):
                fh.write(chunk)
    return path


def test_a_zip_bomb_is_refused_by_its_ratio(tmp_path):
    out = cli("check", _bomb(tmp_path / "bomb.xlsx", 64), "--format", "json")
    [f] = report(out)["files"]
    assert f["error"]["code"] == "too-large" and "xl/media/pad.bin" in f["error"]["message"]
    assert "压缩比" in f["error"]["message"]


def test_a_sheet_that_inflates_a_thousandfold_is_refused_by_check_and_by_the_writer(tmp_path):
    """The bomb is the worksheet itself (64 MB of spaces before its end tag): check refuses it
    before python-calamine opens it, and --annotate --in-place refuses to touch it."""
    base = table(tmp_path / "base.xlsx")
    src = tmp_path / "sheetbomb.xlsx"
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(src, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                with zout.open(info.filename, "w", force_zip64=True) as fh:
                    head, end = data.rsplit(b"</worksheet>", 1)
                    fh.write(head)
                    for _ in range(64):
                        fh.write(b" " * (1 << 20))
                    fh.write(b"</worksheet>" + end)
                continue
            zout.writestr(info, data)
    before = src.read_bytes()
    out = cli("check", src, "--annotate", "--in-place", "--no-backup", "--format", "json")
    [f] = report(out)["files"]
    assert f["error"]["code"] == "too-large" and "xl/worksheets/sheet1.xml" in f["error"]["message"]
    assert f["annotation"]["status"] == "refused"
    assert src.read_bytes() == before and sorted(os.listdir(tmp_path)) == ["base.xlsx", "sheetbomb.xlsx"]


def test_a_part_over_the_size_limit_is_refused(tmp_path):
    out = cli("check", _bomb(tmp_path / "big.xlsx", 8), "--format", "json", "--lang", "en",
              env={"XLRECON_MAX_PART_MB": "4", "XLRECON_MAX_RATIO": "100000"})
    [f] = report(out)["files"]
    assert f["error"]["code"] == "too-large" and "over the limit of 4.0 MB" in f["error"]["message"]


def test_the_limits_can_be_raised(tmp_path):
    out = cli("check", _bomb(tmp_path / "ok.xlsx", 8), "--format", "json", env={"XLRECON_MAX_RATIO": "100000"})
    [f] = report(out)["files"]
    assert f["error"] is None or f["error"]["code"] != "too-large"


def test_paths_that_are_not_workbook_files_are_each_reported(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    shutil.copy(GOOD[0], d / "good.xlsx")
    (d / "folder.xlsx").mkdir()
    os.mkfifo(d / "pipe.xlsx")
    (d / "broken.xlsx").symlink_to(tmp_path / "nowhere.xlsx")
    (d / "loop.xlsx").symlink_to(d / "loop.xlsx")
    (d / ".xlrecon-a1b2c3.xlsx").write_bytes(b"")  # a killed run's temporary file: not a submission
    out = cli("check", d, "--format", "json", "--lang", "en", timeout=120)
    files = {Path(f["path"]).name: f for f in report(out)["files"]}
    assert set(files) == {"good.xlsx", "folder.xlsx", "pipe.xlsx", "broken.xlsx", "loop.xlsx"}
    assert files["good.xlsx"]["findings"]
    assert "it is a folder" in files["folder.xlsx"]["error"]["message"]
    assert "FIFO" in files["pipe.xlsx"]["error"]["message"]
    assert {files[n]["error"]["code"] for n in ("broken.xlsx", "loop.xlsx")} == {"not-a-file"}
    # the temporary file is not checked, and the run says it is there (JSON and console, check and batch)
    [note] = report(out)["notes"]
    assert note["key"] == "temp_left_over" and ".xlrecon-a1b2c3.xlsx" in note["message"]
    batch = cli("batch", d, "--format", "json", timeout=120)
    # (a district filing with no summary in the folder also says its totals were not reconciled)
    assert [n["key"] for n in report(batch)["notes"]] == ["temp_left_over", "batch.no_summary"]
    shown = cli("check", d, timeout=120).stdout.decode()
    assert ".xlrecon-a1b2c3.xlsx" in shown and "临时文件" in shown


def test_a_file_name_that_is_not_utf8_is_checked_and_the_json_stays_utf8(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    name = os.fsdecode(b"\xe9\xff-district.xlsx")
    shutil.copy(GOOD[0], d / name)
    out = cli("check", d, "--format", "json")
    [f] = report(out)["files"]
    assert f["status"] == "discrepancies" and "\\udcff" in json.dumps(f["path"])


def test_terminal_escapes_in_cells_are_printed_escaped(tmp_path):
    p = tmp_path / "esc.xlsx"
    wb = xlsxwriter.Workbook(p)
    ws = wb.add_worksheet("县区")
    ws.write_row(0, 0, ["县区", "农产品网络零售额（亿元）", "所属市州"])
    ws.write_row(1, 0, ["\x1b]0;PWNED\x07芙蓉区", "1.0\x1b[31m", "长沙市"])
    wb.close()
    out = cli("check", p, "--schema", "retail-targets")
    assert b"\x1b" not in out.stdout and b"\x07" not in out.stdout
    assert b"\\x1b]0;PWNED" in out.stdout


def test_a_batch_keeps_every_good_result_beside_hostile_files(tmp_path):
    d = tmp_path / "batch"
    d.mkdir()
    for k in range(200 // len(GOOD)):  # 200 good files, in folders of five districts
        (d / f"round{k:02d}").mkdir()
        for f in GOOD:
            shutil.copy(f, d / f"round{k:02d}" / f.name)
    src = table(tmp_path / "src.xlsx")
    wb = openpyxl.load_workbook(src)
    wb["S"]["D5"] = "x"
    wb.save(src)
    with_cell_ref(src, d / "far.xlsx", "D5", "XFD1048576")
    _bomb(d / "bomb.xlsx", 64)
    (d / "notes.xlsx").write_text("not a workbook")
    out = cli("batch", d, "--format", "json", "--jobs", "2", timeout=300)
    data = report(out)
    files = {str(Path(f["path"]).relative_to(d)): f for f in data["files"]}
    assert {files[n]["error"]["code"] for n in ("far.xlsx", "bomb.xlsx")} == {"too-large"}
    assert files["notes.xlsx"]["error"]["code"] == "not-a-workbook"
    good = [f for n, f in files.items() if n.startswith("round")]
    assert len(good) == 200 and all(g["error"] is None and g["schema"] == "unit-reserve" for g in good)


def test_a_cell_text_longer_than_excel_allows_is_never_read_whole(tmp_path):
    from xlrecon.read.values import parse_text

    # python-calamine stops at Excel's 32,767 characters; a reader that does not is caught here
    wb = openpyxl.load_workbook(GOOD[0])
    wb.active["B4"] = "单" * 40_000
    p = tmp_path / "long.xlsx"
    wb.save(p)
    [f] = report(cli("check", p, "--format", "json"))["files"]
    assert f["error"] is None and all(len(x["message"]) < 2000 for x in f["findings"])
    v = parse_text("单" * 40_000)
    assert v.kind == "invalid" and len(v.value) < 100


def test_a_dtd_after_a_long_comment_is_refused_by_the_writer(tmp_path):
    src = tmp_path / "dtd.xlsx"
    with zipfile.ZipFile(GOOD[0]) as zin, zipfile.ZipFile(src, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "xl/styles.xml":
                head, _, rest = data.partition(b"?>")
                data = head + b"?><!--" + b" " * 6000 + b'--><!DOCTYPE x [<!ENTITY i "x">]>' + rest
            zout.writestr(info, data)
    out = cli("check", src, "--annotate", "--in-place", "--no-backup", "--format", "json")
    [f] = report(out)["files"]
    assert f["annotation"]["status"] == "refused" and "DTD" in f["annotation"]["error"]["message"]
    assert zipfile.ZipFile(src).read("xl/styles.xml").count(b"<!DOCTYPE") == 1  # the original is as it was


def test_in_place_follows_no_planted_link_and_keeps_modes(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    real = d / "district.xlsx"
    shutil.copy(GOOD[0], real)
    os.chmod(real, 0o644)
    outside = tmp_path / "outside.xlsx"
    (d / "district.bak.xlsx").symlink_to(outside)  # a planted, dangling backup name
    link = d / "link.xlsx"
    link.symlink_to(real)
    out = cli("check", link, "--annotate", "--in-place", "--format", "json")
    [f] = report(out)["files"]
    assert f["annotation"]["status"] == "annotated"
    assert not outside.exists()  # nothing written through the planted link
    assert link.is_symlink() and os.path.samefile(link, real)  # the link kept, its target annotated
    assert "核对结果" in openpyxl.load_workbook(real).sheetnames  # the target carries the findings
    assert (os.stat(real).st_mode & 0o777) == 0o644
    assert Path(f["annotation"]["backup"]).name == "district.bak2.xlsx"
    checked = cli("check", GOOD[1], "--annotate", "--output", tmp_path / "out", "--format", "json")
    [g] = report(checked)["files"]
    mask = os.umask(0)
    os.umask(mask)
    assert (os.stat(g["annotation"]["output"]).st_mode & 0o777) == 0o666 & ~mask


def _can_obey_modes(tmp_path: Path) -> bool:
    probe = tmp_path / "probe"
    probe.mkdir(mode=0o555)
    try:
        out = subprocess.run([sys.executable, "-c", f"open({str(probe / 'x')!r}, 'w')"], capture_output=True,
                             preexec_fn=_without_file_permission_override if os.geteuid() == 0 else None)
        return out.returncode != 0
    except (OSError, subprocess.SubprocessError):
        return False
    finally:
        os.chmod(probe, 0o755)


def test_a_read_only_folder_is_a_failed_annotation_not_a_traceback(tmp_path):
    if not _can_obey_modes(tmp_path):
        pytest.skip("this process writes into read-only folders whatever their mode (root that cannot drop "
                    "CAP_DAC_OVERRIDE): the permission cannot be tested here")
    d = tmp_path / "ro"
    d.mkdir()
    shutil.copy(GOOD[0], d / "x.xlsx")
    before = (d / "x.xlsx").read_bytes()
    os.chmod(d, 0o555)
    try:
        out = cli("check", d / "x.xlsx", "--annotate", "--in-place", "--format", "json", obey_modes=True)
        [f] = report(out)["files"]
        assert f["annotation"]["status"] == "failed" and f["annotation"]["error"]["code"] == "write-failed"
        assert f["findings"]  # the check's result is kept
        rep = cli("check", d / "x.xlsx", "--report", d / "report.xlsx", "--format", "json", obey_modes=True)
        assert "report.xlsx" in rep.stderr.decode() and rep.returncode == 2  # the report that failed, named
        assert report(rep)["files"][0]["findings"]  # and the findings are still given
        assert sorted(os.listdir(d)) == ["x.xlsx"] and (d / "x.xlsx").read_bytes() == before
    finally:
        os.chmod(d, 0o755)


#: markup in which a row or cell only seems to stand: a comment and a processing instruction
#: before the real row 4, and a CDATA section in A1's text
FAKE_ROW = b'<row r="4"><c r="G4" s="0"/></row>'
IN_COMMENT = b"<!-- " + FAKE_ROW + b" -->"
IN_PI = b"<?xlrecon " + FAKE_ROW + b"?>"
IN_CDATA = b"<![CDATA[" + FAKE_ROW + b"]]>"


def test_rows_in_comments_cdata_and_instructions_are_not_taken_for_rows(tmp_path):
    """The finding on G4 marks the real G4; the look-alike rows in a comment, a processing
    instruction and a CDATA text are left exactly as they were, as is every value."""
    src = tmp_path / "markup.xlsx"
    with zipfile.ZipFile(GOOD[0]) as zin, zipfile.ZipFile(src, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                assert data.count(b'<row r="4"') == 1 and b'<c r="A1" s="1" t="inlineStr"><is><t>' in data
                data = data.replace(b'<row r="4"', IN_COMMENT + IN_PI + b'<row r="4"', 1)
                data = data.replace(b'<c r="A1" s="1" t="inlineStr"><is><t>',
                                    b'<c r="A1" s="1" t="inlineStr"><is><t>' + IN_CDATA, 1)
            zout.writestr(info, data)
    title = openpyxl.load_workbook(src).worksheets[0]["A1"].value
    assert title.startswith(FAKE_ROW.decode())
    out = cli("check", src, "--annotate", "--in-place", "--format", "json")
    [f] = report(out)["files"]
    assert [x["cell"] for x in f["findings"]] == ["G4"]
    assert f["annotation"]["status"] == "annotated", f["annotation"]
    with zipfile.ZipFile(src) as z:
        sheet = z.read("xl/worksheets/sheet1.xml")
    assert sheet.count(IN_COMMENT + IN_PI + b'<row r="4"') == 1 and sheet.count(IN_CDATA) == 1
    ws = openpyxl.load_workbook(src).worksheets[0]
    assert ws["G4"].fill.fgColor.rgb == "FFFFC7CE"
    assert ws["A1"].value == title and ws["A1"].fill.fgColor.rgb != "FFFFC7CE"


def test_notes_go_inside_the_drawing_not_into_a_comment_after_it(tmp_path):
    """A legacy drawing (VML) that ends with a comment holding an end tag: the new notes' shapes
    go before the root's real end tag, where Excel looks for them."""
    from openpyxl.comments import Comment

    noted = tmp_path / "noted.xlsx"
    wb = openpyxl.load_workbook(GOOD[0])
    wb.worksheets[0]["A2"].comment = Comment("somebody's note", "auditor")
    wb.save(noted)
    src = tmp_path / "vml.xlsx"
    trailer = b"<!-- </xml> -->"
    with zipfile.ZipFile(noted) as zin, zipfile.ZipFile(src, "w", zipfile.ZIP_DEFLATED) as zout:
        vml = [n for n in zin.namelist() if n.endswith(".vml")]
        assert len(vml) == 1
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == vml[0]:
                data = data.rstrip() + trailer
            zout.writestr(info, data)
    out = cli("check", src, "--annotate", "--in-place", "--format", "json")
    [f] = report(out)["files"]
    assert f["annotation"]["status"] == "annotated", f["annotation"]
    with zipfile.ZipFile(src) as z:
        data = z.read(vml[0])
    assert data.endswith(trailer)
    body = data[:-len(trailer)]
    assert body.rstrip().endswith(b"</xml>") and b"<x:Row>3</x:Row><x:Column>6</x:Column>" in body  # G4
    ws = openpyxl.load_workbook(src).worksheets[0]
    assert ws["G4"].comment is not None and ws["A2"].comment.text == "somebody's note"


def _ods_rect(path: Path, rows: int, cols: int) -> Path:
    """An .ods whose one row, repeated ``rows`` times, repeats a number over ``cols`` columns."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body>'
        '<office:spreadsheet><table:table table:name="S"><table:table-row><table:table-cell office:value-type="string">'
        '<text:p>县区</text:p></table:table-cell></table:table-row>'
        f'<table:table-row table:number-rows-repeated="{rows}"><table:table-cell table:number-columns-repeated="{cols}" '
        'office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row>'
        '</table:table></office:spreadsheet></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry '
                'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '</manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return path


def test_a_reader_that_aborts_is_that_files_error_in_check(tmp_path):
    # 90 million cells: python-calamine's .ods reader asks for ~2.6 GB and aborts under the limit
    ods = _ods_rect(tmp_path / "rect.ods", 9000, 10_000)
    out = cli("check", ods, GOOD[0], ROOT / "tests" / "data" / "zhengzhou-2020-reserve-progress.ods",
              "--format", "json", "--lang", "en", timeout=300)
    bad, good, ods_ok = report(out)["files"]
    assert bad["error"]["code"] == "read-error" and "ended abnormally" in bad["error"]["message"]
    assert good["status"] == "discrepancies" and good["findings"]
    assert ods_ok["schema"] == "reserve-progress" and ods_ok["findings"]  # a sound .ods, read in a child too


def test_a_report_or_copy_that_cannot_be_written_is_an_error_line_not_a_traceback(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")  # its "folder" cannot be made: the same path as a read-only one
    out = cli("check", GOOD[0], "--report", blocker / "report.xlsx")
    assert out.returncode == 2 and b"Traceback" not in out.stderr
    assert "report.xlsx" in out.stderr.decode("utf-8")
    copy = cli("check", GOOD[0], "--annotate", "--output", blocker / "out", "--format", "json")
    [f] = report(copy)["files"]
    assert f["annotation"]["status"] == "failed" and f["annotation"]["error"]["code"] == "write-failed"


def test_a_tree_deeper_than_a_path_can_be_and_a_looping_folder_link_end_in_lines(tmp_path):
    top = tmp_path / "deep"
    top.mkdir()
    shutil.copy(GOOD[0], top / "good.xlsx")
    (top / "loop").mkdir()
    (top / "loop" / "again.xlsx").symlink_to(top / "loop", target_is_directory=True)
    fd = os.open(top, os.O_RDONLY)
    try:  # 18 levels of 243-character names: beyond PATH_MAX (4096), made one level at a time
        for i in range(18):
            name = f"d{i:02d}" + "x" * 240
            os.mkdir(name, dir_fd=fd)
            nfd = os.open(name, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = nfd
    finally:
        os.close(fd)
    out = cli("check", top, "--format", "json", "--lang", "en")
    files = report(out)["files"]
    by = {Path(f["path"]).name[:3]: f for f in files}
    assert by["goo"]["findings"] and by["goo"]["error"] is None
    assert by["aga"]["error"]["code"] == "not-a-file"
    deep = [f for f in files if len(f["path"]) > 4096]
    assert deep and deep[0]["error"]["code"] == "not-a-file" and "File name too long" in deep[0]["error"]["message"]


def _widest(refs: list[tuple[str, str]]) -> tuple[str, str]:
    return (max((r[0].upper() for r in refs), key=lambda t: (len(t), t)),
            max((r[1] for r in refs), key=lambda t: (len(t), t)))


def test_the_quick_bound_finds_the_largest_address_a_scan_of_every_cell_finds():
    """check_extent's bound (a guess from the sheet's tail, then one search at a time for a
    larger column or row) gives the largest column letters and row number that reading every
    address gives: sheets whose largest address stands anywhere, in any case, and the samples'."""
    import random

    from xlrecon.read import limits, opc

    rng = random.Random(7)
    decided = 0
    for _ in range(400):
        refs = []
        for _ in range(rng.randint(1, 60)):
            letters = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(rng.choice((1, 1, 2, 3))))
            refs.append((letters.lower() if rng.random() < 0.1 else letters, str(rng.randint(1, 10 ** rng.randint(1, 7)))))
        if rng.random() < 0.5:
            refs.sort(key=lambda r: (len(r[1]), r[1]))  # rows in order, as office suites write them
        data = b"".join(b'<c r="%s%s" s="1"><v>1</v></c>' % (a.encode(), b.encode()) for a, b in refs)
        data = b"<sheetData>" + data + b"</sheetData>" + b" " * rng.choice((0, 5000))  # a long tail: no guess
        got = limits._largest(data)
        assert got is None or got == _widest(refs), refs
        decided += got is not None
    assert decided > 200  # a few guesses settle most sheets (every ordered one)
    for path in sorted(WORKBOOKS.rglob("*.xlsx")):
        with opc.ZipParts(path) as parts:
            sheets = [n for n in parts.zip.namelist() if n.startswith("xl/worksheets/") and n.endswith(".xml")]
            for name in sheets:
                data = parts.read(name)
                refs = [(m.group(1).decode(), m.group(2).decode()) for m in limits._REF.finditer(data)]
                if refs:
                    assert limits._largest(data) == _widest(refs), (path, name)
