"""Bad input gets a file entry with status "error", a short code and a message naming the
file (and sheet / column where they apply): never a traceback, never a hang."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

import xlrecon
from xlrecon.errors import ERROR_CODES

from conftest import ROOT, WORKBOOKS

ZHENGZHOU = WORKBOOKS / "zhengzhou-2020-reserve-progress.xlsx"


def error_of(path, **kw):
    (fr,) = xlrecon.check(path, **kw).files
    assert fr.status == "error" and fr.findings == []
    assert fr.error.code in ERROR_CODES
    for lang in ("zh", "en"):
        assert str(path) in fr.error.message(lang)
    return fr.error


def test_not_a_workbook(tmp_path):
    p = tmp_path / "notes.xlsx"
    p.write_text("县区,金额\n甲,1\n", encoding="utf-8")
    assert error_of(p).code == "not-a-workbook"


def test_empty_file(tmp_path):
    p = tmp_path / "empty.xlsx"
    p.write_bytes(b"")
    assert error_of(p).code == "empty-file"


def test_missing_file(tmp_path):
    assert error_of(tmp_path / "gone.xlsx").code == "file-not-found"


@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_truncated_workbook(tmp_path, keep):
    data = ZHENGZHOU.read_bytes()
    p = tmp_path / "cut.xlsx"
    p.write_bytes(data[: int(len(data) * keep)])
    assert error_of(p).code == "corrupt-file"


def test_password_protected_workbook(tmp_path):
    msoffcrypto = pytest.importorskip("msoffcrypto")
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    with ZHENGZHOU.open("rb") as fh:
        OOXMLFile(fh).encrypt("123456", out)
    p = tmp_path / "locked.xlsx"
    p.write_bytes(out.getvalue())
    err = error_of(p)
    assert err.code == "encrypted"
    assert "密码" in err.message("zh") and "password" in err.message("en")
    del msoffcrypto


def test_no_sheet_matches_any_template(xlsx):
    p = xlsx({"Sheet1": [["姓名", "电话"], ["张三", "13800000000"]]})
    err = error_of(p)
    assert err.code == "no-table" and "Sheet1" in err.message("zh")


def test_required_column_missing_names_sheet_and_column(xlsx):
    p = xlsx({"县区表": [["2023 年目标"], ["序号", "县区", "所属市州"], [1, "芙蓉区", "长沙市"]]})
    err = error_of(p, schema="retail-targets")
    assert err.code == "missing-column"
    msg = err.message("zh")
    assert "县区表" in msg and "农产品网络零售额" in msg and "第 2 行" in msg


def test_reserve_progress_missing_one_sub_column(xlsx):
    from conftest import ZZ_HEADER_SUB, ZZ_HEADER_TOP, ZZ_MERGES, zz_row

    top, sub = list(ZZ_HEADER_TOP), list(ZZ_HEADER_SUB)
    sub[6] = "其他"  # 采购人账号激活数量 renamed away
    p = xlsx({"S": [top, sub, zz_row(1, "中原")]}, merges={"S": ZZ_MERGES})
    err = error_of(p)
    assert err.code == "missing-column" and "交易账号/采购人账号激活数量" in err.message("zh")


def test_workbook_with_only_empty_sheets(xlsx):
    assert error_of(xlsx({"A": [], "B": []})).code == "no-sheets"


def test_bad_template_file_is_a_clear_error_not_a_traceback(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\nkey: a\ncolumns:\n  - {name: a, header: 县区, type: nummber}\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "xlrecon", "check", str(ZHENGZHOU), "--schema", str(bad)],
                         capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.returncode == 2
    assert "columns[0].type" in out.stderr and "nummber" in out.stderr and str(bad) in out.stderr
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize(
    "yaml_text, where",
    [
        ("name: x\nkey: a\ncolumns: []\n", "columns"),
        ("name: x\nkey: b\ncolumns:\n  - {name: a, header: 县区, type: text}\n", "key"),
        ("name: x\nkey: a\ncolumns:\n  - {name: a, header: 县区, type: text, checks: [{kind: ge}]}\n", "checks[0]"),
        ("name: x\nkey: a\ncolumns:\n  - {name: a, header: 县区, unit: 美元}\n", "unit"),
        ("name: x\nkey: a\ncolumns:\n  - {name: a, header: 县区, colour: red}\n", "colour"),
        ("name: [x\n", "flow sequence"),
    ],
)
def test_template_validation_names_the_place(tmp_path, yaml_text, where):
    from xlrecon.errors import XlreconError
    from xlrecon.templates import load_template

    p = tmp_path / "t.yaml"
    p.write_text(yaml_text, encoding="utf-8")
    with pytest.raises(XlreconError) as exc:
        load_template(p)
    assert exc.value.code == "bad-template" and where in exc.value.message("en")


def test_what_the_reader_writes_to_fd_2_is_held_back_on_failure_and_passed_on_success(capfd):
    """A Rust panic prints on file descriptor 2 itself: held back when the call fails, written
    out when it succeeds; the file that holds it is reused, emptied before each call."""
    import os

    from xlrecon.read.workbook import _rust_panics_silenced

    for i in range(3):
        with pytest.raises(RuntimeError), _rust_panics_silenced():
            os.write(2, b"thread panicked at src/lib.rs\n")
            raise RuntimeError("panic")
        with _rust_panics_silenced():
            os.write(2, f"warning {i}\n".encode())
    err = capfd.readouterr().err
    assert "panicked" not in err
    assert err == "warning 0\nwarning 1\nwarning 2\n"


@pytest.mark.parametrize("value", [1e29, "1e30%", 1e300, "9" * 40])
def test_a_figure_no_decimal_check_can_hold_is_an_error_at_its_cell_not_a_lost_run(tmp_path, value):
    """1e29 in an amount column used to raise in the total check (decimal.InvalidOperation) and end
    the run: now it is a type error at its cell, the total it is part of is reported as not
    checked, and the file's other findings stand; a batch with it loses no other file."""
    import shutil
    from pathlib import Path

    import openpyxl

    src = ZHENGZHOU
    book = openpyxl.load_workbook(src)
    book.active["I7"] = value
    book.save(tmp_path / "huge.xlsx")
    fr = xlrecon.check(tmp_path / "huge.xlsx").files[0]
    assert fr.error is None
    [at] = [f for f in fr.findings if f.cell == "I7"]
    assert (at.check, at.severity, at.message_key) == ("type", "error", "type.out_of_range")
    assert "10¹⁸" in at.message("zh") and "10¹⁸" in at.message("en")
    assert any(f.cell == "I5" and f.check == "total" and f.evaluated is False for f in fr.findings)
    assert any(f.cell == "J5" and f.check == "total" and f.severity == "error" for f in fr.findings)  # still found
    shutil.copy(src, tmp_path / "plain.xlsx")
    report = xlrecon.batch(tmp_path, jobs=1)
    assert sorted((Path(f.path).name, f.status) for f in report.files) == [
        ("huge.xlsx", "discrepancies"), ("plain.xlsx", "discrepancies")]
