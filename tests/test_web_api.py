"""The web API of ``xlrecon serve`` through FastAPI's test client: every endpoint, the CLI's JSON
for the same work, and every bad input (not a workbook, too large, too many files, a .zip with
names that leave the folder or that inflates like a bomb, a wrong token), jobs that run at once
without mixing, and jobs whose files are gone once they expire."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time
import warnings
import zipfile
from pathlib import Path

import pytest

import xlrecon
from conftest import ROOT, WORKBOOKS

pytest.importorskip("fastapi")
pytest.importorskip("httpx")
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from xlrecon.web.app import Settings, create_app  # noqa: E402

ZHENGZHOU = WORKBOOKS / "zhengzhou-2020-reserve-progress.xlsx"


@pytest.fixture
def client(tmp_path):
    app = create_app(Settings(root=tmp_path / "jobs"))
    with TestClient(app) as c:
        yield c


def _files(*paths: Path, base: Path | None = None) -> list:
    return [("files", (str(p.relative_to(base)) if base else p.name, p.read_bytes())) for p in paths]


def wait(client, job: str, seconds: float = 120) -> dict:
    end = time.time() + seconds
    while time.time() < end:
        state = client.get(f"/api/jobs/{job}").json()
        if state["state"] in ("done", "failed"):
            return state
        time.sleep(0.1)
    raise AssertionError(f"job {job} did not finish")


def _posix(report: dict, prefix: str) -> dict:
    text = json.dumps(report, ensure_ascii=False).replace(prefix, "")
    return json.loads(text)


def test_check_gives_the_cli_s_json_and_the_annotated_copy(client, tmp_path):
    r = client.post("/api/check", files=_files(ZHENGZHOU), data={"lang": "zh"})
    assert r.status_code == 202, r.text
    state = wait(client, r.json()["job"])
    assert state["state"] == "done" and state["progress"] == {"done": 1, "total": 1}
    cli = subprocess.run([sys.executable, "-m", "xlrecon", "check", str(ZHENGZHOU), "--format", "json"],
                         capture_output=True, text=True, cwd=ROOT)
    expected = _posix(json.loads(cli.stdout), str(WORKBOOKS) + "/")
    assert state["report"] == expected  # the annotated copy is made when asked for, as --annotate would
    name = ZHENGZHOU.name
    [f] = state["files"]
    assert f == {"name": name, "state": "discrepancies", "annotated": True}
    copy = client.get(f"/api/jobs/{r.json()['job']}/annotated/{name}")
    assert copy.status_code == 200 and copy.content[:2] == b"PK"
    assert client.get(f"/api/jobs/{r.json()['job']}/report.json").json() == state["report"]
    book = client.get(f"/api/jobs/{r.json()['job']}/report.xlsx")
    assert book.status_code == 200 and book.content[:2] == b"PK"
    zipped = zipfile.ZipFile(io.BytesIO(client.get(f"/api/jobs/{r.json()['job']}/annotated.zip").content))
    assert zipped.namelist() == ["zhengzhou-2020-reserve-progress.checked.xlsx"]
    grid = client.get(f"/api/jobs/{r.json()['job']}/sheet/{name}").json()
    assert grid["sheet"] == "预留比例填报和交易情况" and grid["rows"][4][8] == "18948.34"


def test_batch_over_a_folder_gives_the_cli_s_findings_across_files(client):
    paths = sorted(p for p in WORKBOOKS.rglob("*") if p.suffix in (".xlsx", ".xlsm") and "source" not in p.parts)
    r = client.post("/api/batch", files=_files(*paths, base=WORKBOOKS),
                    data={"paths": [str(p.relative_to(WORKBOOKS)) for p in paths]})
    assert r.status_code == 202, r.text
    state = wait(client, r.json()["job"])
    assert state["state"] == "done", state["error"]
    cli = subprocess.run([sys.executable, "-m", "xlrecon", "batch", "workbooks/", "--format", "json"],
                         capture_output=True, text=True, cwd=ROOT)
    expected = json.loads(cli.stdout)

    def across(report: dict) -> list:
        return sorted((f["check"], Path(f.get("path") or "").name, f["cell"], f["severity"])
                      for f in report["batch_findings"])

    assert across(state["report"]) == across(expected) and across(expected)
    assert {f["name"] for f in state["files"]} == {str(p.relative_to(WORKBOOKS)) for p in paths}
    # every file ends in a state: its status, or skipped (xlrecon's own form with the button is no filing)
    states = {f["name"]: f["state"] for f in state["files"]}
    assert states["xlrecon-template.xlsm"] == "skipped"
    assert set(states.values()) <= {"ok", "incomplete", "discrepancies", "error", "skipped"}
    assert state["expires_in"] == 3600.0


def test_the_summary_given_is_said_to_be_the_summary(client):
    paths = [ZHENGZHOU, *sorted((WORKBOOKS / "zhengzhou-2020-districts").glob("*.xlsx"))]
    r = client.post("/api/batch", files=_files(*paths, base=WORKBOOKS),
                    data={"paths": [str(p.relative_to(WORKBOOKS)) for p in paths], "against": ZHENGZHOU.name})
    state = wait(client, r.json()["job"])
    states = {f["name"]: f["state"] for f in state["files"]}
    assert states[ZHENGZHOU.name] == "summary" and state["against"] == ZHENGZHOU.name
    assert not next(f for f in state["files"] if f["name"] == ZHENGZHOU.name)["annotated"]
    r = client.post("/api/batch", files=_files(*paths, base=WORKBOOKS), data={"against": "nowhere.xlsx"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "upload.no_summary"


def test_templates_and_messages(client):
    names = [t["name"] for t in client.get("/api/templates").json()]
    assert names == ["county-trade", "reserve-progress", "retail-targets", "unit-reserve"]
    zh, en = client.get("/api/messages?lang=zh").json(), client.get("/api/messages?lang=en").json()
    assert zh["checks"]["total"] == "合计" and en["checks"]["total"] == "Total"
    assert set(zh["web"]) == set(en["web"]) and zh["web"]["start"] != en["web"]["start"]


def test_a_template_is_chosen_by_name_or_uploaded_and_a_path_is_never_taken(client, tmp_path):
    r = client.post("/api/check", files=_files(ZHENGZHOU), data={"schema": "retail-targets"})
    state = wait(client, r.json()["job"])
    assert state["report"]["files"][0]["error"]["code"] in ("no-table", "missing-column")  # as asked: not found
    r = client.post("/api/check", files=_files(ZHENGZHOU), data={"schema": str(ROOT / "schemas/reserve-progress.yaml")})
    assert r.status_code == 400 and r.json()["error"]["code"] == "unknown-template"
    own = ("template", ("mine.yaml", (ROOT / "schemas" / "reserve-progress.yaml").read_bytes()))
    r = client.post("/api/check", files=_files(ZHENGZHOU) + [own])
    assert wait(client, r.json()["job"])["report"]["files"][0]["schema"] == "reserve-progress"
    bad = ("template", ("bad.yaml", b"name: x\ncolumns: 3\n"))
    r = client.post("/api/check", files=_files(ZHENGZHOU) + [bad])
    assert r.status_code == 400 and r.json()["error"]["code"] == "bad-template"


@pytest.mark.parametrize("lang, says", [("zh", "不是工作簿文件"), ("en", "is not a workbook")])
def test_not_a_workbook_is_refused_in_the_request_s_language(client, lang, says):
    r = client.post("/api/check", files=[("files", ("notes.txt", b"hello"))], data={"lang": lang})
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "upload.not_a_workbook" and says in r.json()["error"]["message"]


def test_too_large_and_too_many_are_refused(tmp_path):
    app = create_app(Settings(root=tmp_path / "jobs", max_upload_mb=1, max_files=2))
    with TestClient(app) as c:
        big = [("files", ("big.xlsx", b"PK" + b"\0" * (2 << 20)))]
        r = c.post("/api/check", files=big)
        assert r.status_code == 400 and r.json()["error"]["code"] == "upload.too_large"
        r = c.post("/api/check", files=_files(ZHENGZHOU, ZHENGZHOU, ZHENGZHOU))
        assert r.status_code == 400 and r.json()["error"]["code"] == "upload.too_many"
        assert not any((tmp_path / "jobs").iterdir())  # a refused upload leaves nothing behind


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


@pytest.mark.parametrize("member", ["../evil.xlsx", "/etc/evil.xlsx", "a/../../evil.xlsx", "C:\\evil.xlsx"])
def test_a_zip_whose_names_leave_the_folder_is_refused(client, tmp_path, member):
    r = client.post("/api/check", files=[("files", ("folder.zip", _zip({member: ZHENGZHOU.read_bytes()})))])
    assert r.status_code == 400 and r.json()["error"]["code"] == "upload.zip_path"
    assert not (tmp_path / "evil.xlsx").exists() and not (tmp_path / "jobs" / "evil.xlsx").exists()


def test_a_zip_bomb_and_a_broken_zip_are_refused(client):
    r = client.post("/api/check", files=[("files", ("bomb.zip", _zip({"big.xlsx": b"\0" * (60 << 20)})))])
    assert r.status_code == 400 and r.json()["error"]["code"] == "upload.zip_bomb"
    r = client.post("/api/check", files=[("files", ("broken.zip", b"PK\x03\x04 not a zip"))])
    assert r.status_code == 400 and r.json()["error"]["code"] == "upload.bad_zip"


def test_a_zip_of_a_folder_is_checked_with_its_folders(client):
    data = _zip({"报送/郑州/" + ZHENGZHOU.name: ZHENGZHOU.read_bytes(), "报送/说明.txt": b"x"})
    r = client.post("/api/check", files=[("files", ("报送.zip", data))])
    state = wait(client, r.json()["job"])
    assert [f["name"] for f in state["files"]] == ["报送/郑州/" + ZHENGZHOU.name]


def test_a_damaged_workbook_is_a_typed_error_and_the_server_goes_on(client):
    r = client.post("/api/check", files=[("files", ("damaged.xlsx", b"PK\x03\x04garbage"))] + _files(ZHENGZHOU))
    state = wait(client, r.json()["job"])
    files = {f["path"]: f for f in state["report"]["files"]}
    assert files["damaged.xlsx"]["status"] == "error" and files["damaged.xlsx"]["error"]["code"] == "corrupt-file"
    assert files[ZHENGZHOU.name]["status"] == "discrepancies"


def test_a_crash_in_a_check_fails_that_job_only(client, monkeypatch):
    def boom(*_a, **_k):
        raise RuntimeError("a reader that crashed")

    monkeypatch.setattr(xlrecon.api, "batch", boom)
    r = client.post("/api/check", files=_files(ZHENGZHOU))
    state = wait(client, r.json()["job"])
    assert state["state"] == "failed" and "RuntimeError" in state["error"]["message"]
    monkeypatch.undo()
    r = client.post("/api/check", files=_files(ZHENGZHOU))
    assert wait(client, r.json()["job"])["state"] == "done"


def test_two_users_jobs_run_at_once_without_mixing(client):
    other = WORKBOOKS / "hunan-2023-retail-targets.xlsx"
    a = client.post("/api/check", files=_files(ZHENGZHOU)).json()["job"]
    b = client.post("/api/check", files=_files(other)).json()["job"]
    assert a != b and len(a) >= 20
    sa, sb = wait(client, a), wait(client, b)
    assert [f["path"] for f in sa["report"]["files"]] == [ZHENGZHOU.name]
    assert [f["path"] for f in sb["report"]["files"]] == [other.name]
    assert client.get(f"/api/jobs/{a}/annotated/{other.name}").status_code == 404
    assert client.get("/api/jobs/not-a-job").status_code == 404


def test_a_job_s_files_are_gone_after_it_expires_or_is_deleted(tmp_path):
    root = tmp_path / "jobs"
    app = create_app(Settings(root=root, ttl=3.0))
    with TestClient(app) as c:
        job = c.post("/api/check", files=_files(ZHENGZHOU)).json()["job"]
        wait(c, job)
        assert c.get(f"/api/jobs/{job}/annotated/{ZHENGZHOU.name}").status_code == 200
        assert (root / job / "out").is_dir() and (root / job / "in" / ZHENGZHOU.name).is_file()
        time.sleep(3.5)
        assert c.get(f"/api/jobs/{job}").status_code == 404
        assert not (root / job).exists()
        job = c.post("/api/check", files=_files(ZHENGZHOU)).json()["job"]
        wait(c, job)
        assert c.delete(f"/api/jobs/{job}").status_code == 200 and not (root / job).exists()


def test_with_a_token_every_call_needs_it(tmp_path):
    app = create_app(Settings(root=tmp_path / "jobs", token="s3cret-token"))
    with TestClient(app) as c:
        r = c.get("/api/templates")
        assert r.status_code == 401 and r.json()["error"]["code"] == "web.token"
        assert c.get("/api/templates", headers={"Authorization": "Bearer wrong"}).status_code == 401
        ok = {"Authorization": "Bearer s3cret-token"}
        assert c.get("/api/templates", headers=ok).status_code == 200
        page = c.get("/?token=s3cret-token")
        assert page.status_code == 200 and "xlrecon_token" in page.headers.get("set-cookie", "")
        assert c.get("/api/templates").status_code == 200  # the page's cookie


def test_serve_requires_a_token_off_loopback():
    from xlrecon.web.server import is_loopback, plan

    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.20")
    token, url = plan("127.0.0.1", 8765, None)
    assert token is None and url == "http://127.0.0.1:8765/"
    token, url = plan("192.168.1.20", 8765, None)
    assert token and len(token) >= 20 and url == f"http://192.168.1.20:8765/?token={token}"
    assert plan("192.168.1.20", 8765, "given")[0] == "given"


def test_serve_says_a_taken_port_plainly(tmp_path):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(1)
        port = s.getsockname()[1]
        r = subprocess.run([sys.executable, "-m", "xlrecon", "serve", "--port", str(port)], capture_output=True,
                           text=True, timeout=60)
    assert r.returncode == 2 and f"端口 {port} 已被占用" in r.stderr and "Traceback" not in r.stderr


def parts_apart_from_the_time(data: bytes) -> dict[str, bytes]:
    """A workbook's parts, the discrepancy sheet's 核对时间 (2026年12月3日 06:59 / 3 December
    2026 06:59) replaced by a mark: what two annotations of one file share byte for byte."""
    import re

    out = {}
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for info in z.infolist():
            body = z.read(info)
            body = re.sub(rb"\d{4}\xe5\xb9\xb4\d{1,2}\xe6\x9c\x88\d{1,2}\xe6\x97\xa5 \d{2}:\d{2}", b"<time>", body)
            body = re.sub(rb"\d{1,2} [A-Z][a-z]+ \d{4} \d{2}:\d{2}", b"<time>", body)
            out[info.filename] = body
    return out


def test_the_annotated_download_is_the_cli_s_annotation_byte_for_byte_but_the_time(client, tmp_path):
    job = client.post("/api/check", files=_files(ZHENGZHOU)).json()["job"]
    wait(client, job)
    page = client.get(f"/api/jobs/{job}/annotated/{ZHENGZHOU.name}").content
    subprocess.run([sys.executable, "-m", "xlrecon", "check", str(ZHENGZHOU), "--annotate", "--output",
                    str(tmp_path / "cli")], capture_output=True, cwd=ROOT)
    cli = (tmp_path / "cli" / "zhengzhou-2020-reserve-progress.checked.xlsx").read_bytes()
    a, b = parts_apart_from_the_time(page), parts_apart_from_the_time(cli)
    assert list(a) == list(b)
    assert [n for n in a if a[n] != b[n]] == []
    assert b"<time>" in b"".join(a.values())  # the time was there, and is the only difference


def _serve(*args: str) -> tuple[subprocess.Popen, str]:
    """``xlrecon serve`` as a person starts it; the address it prints."""
    proc = subprocess.Popen([sys.executable, "-m", "xlrecon", "serve", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT)
    line = proc.stdout.readline()
    assert "http://" in line, line + proc.stderr.read()
    return proc, line[line.index("http://"):].strip()


def _get(url: str, token: str | None = None) -> int:
    import urllib.error
    import urllib.request

    req = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"} if token else {})
    for _ in range(100):
        try:
            with urllib.request.urlopen(req, timeout=5) as r:
                return r.status
        except urllib.error.HTTPError as exc:
            return exc.code
        except OSError:
            time.sleep(0.1)  # not listening yet
    raise AssertionError(f"{url} did not answer")


def _port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_xlrecon_serve_serves_the_page_on_loopback_and_requires_a_token_elsewhere():
    port = _port()
    proc, url = _serve("--port", str(port))
    try:
        assert url == f"http://127.0.0.1:{port}/"
        assert _get(url) == 200 and _get(url + "api/templates") == 200
    finally:
        proc.terminate()
        proc.wait(10)
    port = _port()
    proc, url = _serve("--host", "0.0.0.0", "--port", str(port))
    try:
        token = url.split("?token=", 1)[1]
        assert len(token) >= 20 and "令牌" in proc.stdout.readline()
        local = f"http://127.0.0.1:{port}/"
        assert _get(local + "api/templates") == 401
        assert _get(local + "api/templates", token) == 200
        assert _get(local + "api/templates", "wrong") == 401
    finally:
        proc.terminate()
        proc.wait(10)


def _open_book(path: Path) -> list[dict]:
    """A workbook's sheets as the WPS add-in sends them: each used range's values from A1."""
    import openpyxl

    wb = openpyxl.load_workbook(path)
    return [{"name": ws.title, "row": 1, "column": 1, "values": [[c.value for c in r] for r in ws.iter_rows()]}
            for ws in wb.worksheets]


def test_grids_answers_what_to_write_into_an_open_workbook(client):
    r = client.post("/api/grids", json={"book": ZHENGZHOU.name, "sheets": _open_book(ZHENGZHOU)})
    assert r.status_code == 200, r.text
    out = r.json()
    plan = out["plan"]
    marks = plan["marks"]["预留比例填报和交易情况"]
    assert {c for c, (sev, _) in marks.items() if sev == "error"} >= {"I5", "J5"}
    assert sorted(c for c in marks if c.startswith("J") and c != "J5") == sorted(
        ["J7", "J9", "J10", "J12", "J13", "J14", "J15", "J16", "J18", "J21", "J22"])
    # texts are written with a leading apostrophe (kept as text, as the Excel layer writes them)
    assert plan["name"] == "核对结果" and plan["values"][0][0] == "'xlrecon 核对结果"
    cells = [row[4] for row in plan["values"][8:] if row and row[4]]
    assert any('"I5"' in c for c in cells) and len(cells) == 13
    assert out["earlier"] == [] and out["restore"] == [] and out["mark_fills"]["error"] == "#FFC7CE"
    assert "13" in out["summary"]
    # the same book after that run: its discrepancy sheet and the state sheet come back
    state = [["sheet", "cell", "fill", "note added", "note"], ["预留比例填报和交易情况", "I5", "", 1, "[错误] …"]]
    shown = [[v[1:] if isinstance(v, str) and v.startswith("'") else v for v in row] for row in plan["values"]]
    again = _open_book(ZHENGZHOU) + [{"name": "核对结果", "row": 1, "column": 1, "values": shown},
                                     {"name": "xlrecon.state", "row": 1, "column": 1, "values": state}]
    out2 = client.post("/api/grids", json={"book": ZHENGZHOU.name, "sheets": again}).json()
    assert out2["earlier"] == ["核对结果"] and out2["restore"] == [state[1]]
    assert out2["plan"]["marks"] == plan["marks"] and out2["plan"]["name"] == "核对结果"
    cleared = client.post("/api/grids", json={"book": ZHENGZHOU.name, "sheets": again, "clear": True}).json()
    assert cleared["plan"] is None and cleared["earlier"] == ["核对结果"] and cleared["restore"] == [state[1]]


@pytest.mark.parametrize("body", [{}, {"sheets": 3}, {"sheets": [{"values": [[1]]}]},
                                  {"sheets": [{"name": "a", "values": "x"}]}])
def test_grids_refuses_what_is_not_sheets(client, body):
    r = client.post("/api/grids", json=body)
    assert r.status_code == 400 and r.json()["error"]["code"] == "web.bad_grids"


def test_grids_with_no_table_says_so(client):
    r = client.post("/api/grids", json={"sheets": [{"name": "说明", "values": [["只有说明"]]}]})
    assert r.status_code == 422 and r.json()["error"]["code"] == "no-table"


def test_only_the_origins_given_may_call_grids(tmp_path):
    app = create_app(Settings(root=tmp_path / "jobs", allow_origins=("null",)))
    with TestClient(app) as c:
        pre = c.options("/api/grids", headers={"Origin": "null", "Access-Control-Request-Method": "POST"})
        assert pre.status_code == 204 and pre.headers["access-control-allow-origin"] == "null"
        body = {"sheets": _open_book(ZHENGZHOU)}
        ok = c.post("/api/grids", json=body, headers={"Origin": "null"})
        assert ok.headers["access-control-allow-origin"] == "null"
        other = c.post("/api/grids", json=body, headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers
        # the add-in's own reads and functions are open to it; jobs, uploads and downloads never
        assert c.get("/api/templates", headers={"Origin": "null"}).headers["access-control-allow-origin"] == "null"
        assert c.get("/api/messages", headers={"Origin": "null"}).headers["access-control-allow-origin"] == "null"
        fn = c.post("/api/functions/convert", json={"args": [1, "万元", "元"]}, headers={"Origin": "null"})
        assert fn.headers["access-control-allow-origin"] == "null"
        up = c.post("/api/check", files=_files(ZHENGZHOU), headers={"Origin": "null"})
        assert "access-control-allow-origin" not in up.headers
        assert "access-control-allow-origin" not in c.get("/api/jobs/x", headers={"Origin": "null"}).headers


def test_the_worksheet_functions_compute_as_the_excel_layer_s(client):
    from xlrecon import cellfuncs

    counties = [3.9, 5.18, 9.55, 5.14, 7.69]
    r = client.post("/api/functions/sumcheck", json={"args": [counties, 31.47]})
    assert r.json() == {"value": [[float(x) if not isinstance(x, bool) else x
                                   for x in cellfuncs.sumcheck(counties, 31.47)[0]]]}
    assert r.json()["value"][0][2] is True  # 31.46 against 31.47: rounding
    fixed = client.post("/api/functions/fixup", json={"args": [counties, 31.47]}).json()["value"]
    assert round(sum(fixed), 2) == 31.47 and sum(abs(a - b) > 1e-9 for a, b in zip(fixed, counties)) == 1
    assert client.post("/api/functions/convert", json={"args": [400, "亿元", "万元"]}).json() == {"value": 4000000.0}


@pytest.mark.parametrize("name, args, says", [
    ("fixup", [[1.04, 1.04], 2.5], "超出舍入误差范围"),
    ("sumcheck", [["待补"], 1], "“待补”不是数值"),
    ("sumcheck", [[1], None], "合计为空"),
    ("nope", [], "没有这个函数"),
    ("convert", [1], "参数不对"),
])
def test_a_function_s_bad_arguments_are_said_in_chinese(client, name, args, says):
    r = client.post(f"/api/functions/{name}", json={"args": args})
    assert r.status_code == 400 and r.json()["error"]["code"] == "web.bad_function"
    assert says in r.json()["error"]["message"] and "not a number" not in r.json()["error"]["message"]


def test_grids_reads_dates_as_wps_gives_them_their_serial_numbers(client):
    """WPS's Value2 gives a date as its serial number (43916 for 2020-03-26): a date column reads
    it as that day (as a file's date cell without a date format), so the late filing of the 经开
    sample is found as from its file."""
    import datetime as dt

    path = WORKBOOKS / "zhengzhou-2020-districts" / "郑州经开区.xlsx"
    sheets = _open_book(path)
    for sheet in sheets:
        sheet["values"] = [[(v - dt.datetime(1899, 12, 30)).days if isinstance(v, dt.datetime) else v for v in row]
                           for row in sheet["values"]]
    out = client.post("/api/grids", json={"book": path.name, "sheets": sheets}).json()
    found = {(f["check"], f["cell"]) for f in out["report"]["findings"]}
    cli = {(f.check, f.cell) for f in xlrecon.check(path).files[0].findings}
    assert ("deadline", "N9") in found and found == cli


def test_diff_and_compare_over_the_api_are_the_library_s(client, tmp_path):
    from test_diff import _resubmission

    new = _resubmission(tmp_path / "郑州-更正.xlsx")
    r = client.post("/api/diff", files=[("old", (ZHENGZHOU.name, ZHENGZHOU.read_bytes())),
                                        ("new", (new.name, new.read_bytes()))])
    assert r.status_code == 200, r.text
    got = r.json()
    want = json.loads(json.dumps(xlrecon.diff(ZHENGZHOU, new).to_dict("zh"), ensure_ascii=False, default=float))
    assert got["tables"] == want["tables"] and got["summary"] == want["summary"]
    assert {f["rule"] for f in got["findings"]["fixed"]} >= {"annual_purchase.total", "reserve.total"}
    assert str(tmp_path) not in r.text and "/two-" not in r.text  # no path of the server's
    r = client.post("/api/compare", files=[("a", (ZHENGZHOU.name, ZHENGZHOU.read_bytes())),
                                           ("b", (new.name, new.read_bytes()))],
                    data={"key": ["县市区"], "columns": ["拟预留采购总额"]})
    assert r.status_code == 200, r.text
    got = r.json()
    want = json.loads(json.dumps(xlrecon.compare(ZHENGZHOU, new, key=["县市区"], columns=["拟预留采购总额"])
                                 .to_dict("zh"), ensure_ascii=False, default=float))
    for part in ("counts", "pairs", "self_check", "duplicates", "unreadable"):
        assert got[part] == want[part], part
    assert got["counts"] and got["self_check"]
    r = client.post("/api/compare", files=[("a", (ZHENGZHOU.name, ZHENGZHOU.read_bytes())),
                                           ("b", (new.name, new.read_bytes()))], data={"columns": ["没有这一列"]})
    assert r.status_code == 400 and r.json()["error"]["code"] == "compare-column"
    assert "/0/" not in r.json()["error"]["message"] and "two-" not in r.json()["error"]["message"]
    assert "找不到列 没有这一列（" in r.json()["error"]["message"]  # only the column that is not there
    r = client.post("/api/diff", files=[("old", ("a.txt", b"x")), ("new", (new.name, new.read_bytes()))])
    assert r.status_code == 400 and r.json()["error"]["code"] == "upload.not_a_workbook"
