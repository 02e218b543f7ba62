"""The page of ``xlrecon serve`` in a real browser (Debian's chromium, driven by Playwright):
the server runs on a free loopback port, the samples are uploaded through the page's own file
inputs, and the tests read what the page shows, click a finding, download the annotated copy
and keep screenshots (tests/artifacts/, git-ignored).

Skipped when chromium or Playwright is missing, unless XLRECON_REQUIRE_BROWSER=1 (.ci/run),
where that is a failure."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest

from browser import CHROMIUM, REQUIRED, Serve, free_port, missing
from conftest import ROOT, WORKBOOKS

ZHENGZHOU = WORKBOOKS / "zhengzhou-2020-reserve-progress.xlsx"
ARTIFACTS = ROOT / "tests" / "artifacts"
TIMEOUT_MS = 120_000

_WHY = missing()
if _WHY:
    if REQUIRED:
        raise RuntimeError(f"XLRECON_REQUIRE_BROWSER=1 but the browser tests cannot run: {_WHY}")
    pytest.skip(f"the page's browser tests need chromium and Playwright: {_WHY}", allow_module_level=True)

from playwright.sync_api import expect, sync_playwright  # noqa: E402


class _Server:
    """The app under uvicorn in a thread, on a free loopback port."""

    def __init__(self, root: Path, token: str | None = None) -> None:
        import uvicorn

        from xlrecon.web.app import Settings, create_app

        self.port = free_port()
        app = create_app(Settings(root=root, token=token))
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        end = time.time() + 30
        while not self.server.started:
            if time.time() > end or not self.thread.is_alive():
                raise RuntimeError("the server did not start")
            time.sleep(0.05)
        self.url = f"http://127.0.0.1:{self.port}/"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="module")
def server():
    s = Serve()
    yield s
    s.stop()


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1360, "height": 1000}, accept_downloads=True,
                                  locale="zh-CN")
    pg = context.new_page()
    pg.set_default_timeout(TIMEOUT_MS)
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.goto(server.url)
    pg.wait_for_selector("body[data-ready='1']")
    yield pg
    context.close()
    assert not errors, errors  # no script error on the page


def shot(pg, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    pg.screenshot(path=str(path), full_page=True)
    print(f"screenshot: {path}")
    return path


def upload_and_wait(pg, selector: str, files) -> None:
    pg.set_input_files(selector, files)
    pg.click("#start")
    pg.wait_for_selector("#results:not([hidden])")
    pg.wait_for_selector("#grid table.sheet")


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "xlrecon", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)


def finding_rows(pg) -> list[dict]:
    return pg.eval_on_selector_all("#findings tbody tr", """rows => rows.map(r => ({
        check: r.dataset.check, cell: r.dataset.cell, sheet: r.dataset.sheet, severity: r.dataset.severity}))""")


def test_one_file_shows_its_findings_and_a_click_finds_the_cell(page):
    upload_and_wait(page, "#files", str(ZHENGZHOU))
    assert page.text_content("#overall") == "已核对 1 / 1 个文件"
    assert page.text_content("#file-status") == "有差异"
    rows = finding_rows(page)
    totals = sorted(r["cell"] for r in rows if r["check"] == "total")
    assert totals == ["I5", "J5"]
    assert all(r["severity"] == "error" for r in rows if r["check"] == "total")
    assert sum(1 for r in rows if r["check"] == "threshold") == 11
    # the words are the catalogue's: 合计 as the check's name, 错误 as the severity's
    first = page.locator("#findings tbody tr[data-cell='I5']")
    assert "合计" in first.inner_text() and "错误" in first.inner_text()
    # the grid: Excel's row numbers and column letters, the merged title, the flagged cells
    grid = page.locator("#grid table.sheet")
    assert grid.locator("thead th").nth(9).inner_text() == "I"
    title = grid.locator("td[data-cell='A1']")
    assert title.get_attribute("colspan") == "12" and "预留比例" in title.inner_text()
    assert grid.locator("td[data-cell='B1']").count() == 0  # covered by the merge
    assert "sev-error" in grid.locator("td[data-cell='I5']").get_attribute("class")
    assert "sev-error" in grid.locator("td[data-cell='J7']").get_attribute("class")
    assert "sev-error" not in (grid.locator("td[data-cell='I6']").get_attribute("class") or "")
    # a click on the I5 finding highlights I5 in the grid and brings it into view
    page.locator("#findings tbody tr[data-cell='I5']").click()
    cell = grid.locator("td[data-cell='I5']")
    expect(cell).to_have_class(re.compile(r"\bselected\b"))
    expect(cell).to_be_in_viewport()
    assert grid.locator("td.selected").count() == 1
    expect(page.locator("#cell-info")).to_be_visible()
    assert "I5" in page.text_content("#cell-info-title") and "21079.72" in page.text_content("#cell-info")
    shot(page, "one-file-I5")
    # a click on a coloured cell shows its findings; another finding moves the highlight
    grid.locator("td[data-cell='J10']").click()
    assert "J10" in page.text_content("#cell-info-title") and "8.91" in page.text_content("#cell-info")
    page.locator("#findings tbody tr[data-cell='J5']").click()
    expect(grid.locator("td[data-cell='J5']")).to_have_class(re.compile(r"\bselected\b"))
    assert grid.locator("td.selected").count() == 1
    # filters, search and sorting
    page.select_option("#f-check", "total")
    assert {r["check"] for r in finding_rows(page)} == {"total"} and len(finding_rows(page)) == 2
    page.select_option("#f-check", "")
    page.fill("#f-search", "金水")
    assert [r["cell"] for r in finding_rows(page)] == ["J10"]
    page.fill("#f-search", "")
    page.click("#findings thead th[data-key='where']")
    page.click("#findings thead th[data-key='where']")  # descending: the last row first
    assert finding_rows(page)[0]["cell"] == "J22"


STAMP = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日 \d{1,2}:\d{2}".encode())  # time_text(now, "zh")


def _time_free(parts: dict[str, bytes]) -> dict[str, bytes]:
    """Each part's bytes, the discrepancy sheet's 核对时间 (``2026年12月3日 06:59``) made one."""
    return {n: STAMP.sub(b"TIME", d) for n, d in parts.items()}


def test_the_annotated_download_is_the_cli_s_but_for_the_time(page, tmp_path):
    from fidelity import parts

    upload_and_wait(page, "#files", str(ZHENGZHOU))
    with page.expect_download() as info:
        page.click("#dl-annotated")
    got = tmp_path / "page" / info.value.suggested_filename
    info.value.save_as(got)
    assert got.name == "zhengzhou-2020-reserve-progress.checked.xlsx"
    out = tmp_path / "cli"
    r = cli("check", str(ZHENGZHOU), "--annotate", "--output", str(out))
    assert r.returncode in (0, 1), r.stderr
    [expected] = list(out.glob("*.xlsx"))
    assert expected.name == got.name
    a, b = parts(got), parts(expected)
    assert list(a) == list(b)  # the same parts in the same order
    # the time is written once, in the discrepancy sheet; nothing else differs by a byte
    assert [n for n in a if STAMP.search(a[n])] == [n for n in b if STAMP.search(b[n])] != []
    assert len([n for n in a if a[n] != b[n]]) <= 1
    assert _time_free(a) == _time_free(b)


def test_the_other_downloads_and_deleting_the_upload(page, tmp_path, server):
    upload_and_wait(page, "#files", str(ZHENGZHOU))
    got = {}
    for link in ("#dl-zip", "#dl-report", "#dl-json"):
        with page.expect_download() as info:
            page.click(link)
        got[link] = tmp_path / info.value.suggested_filename
        info.value.save_as(got[link])
    with zipfile.ZipFile(got["#dl-zip"]) as z:
        assert z.namelist() == ["zhengzhou-2020-reserve-progress.checked.xlsx"]
    assert got["#dl-report"].name.endswith(".xlsx") and got["#dl-report"].read_bytes()[:2] == b"PK"
    report = json.loads(got["#dl-json"].read_text(encoding="utf-8"))
    assert [f["cell"] for f in report["files"][0]["findings"]][:2] == ["I5", "J5"]
    job = page.evaluate("() => performance.getEntriesByType('resource').map(e => e.name)"
                        ".filter(n => /\\/api\\/jobs\\/[^/]+$/.test(n))[0]")
    page.click("#delete")
    expect(page.locator("#overall")).to_have_text("已删除。")
    assert page.is_hidden("#results")
    assert page.request.get(job).status == 404  # the job and its files are gone


def _cross(findings: list[dict]) -> list[tuple]:
    return sorted((f["check"], Path(f.get("path") or "").name, f["sheet"] or "", f["cell"] or "") for f in findings)


def test_the_whole_folder_shows_the_batch_s_findings_across_files(page):
    page.set_input_files("#folder", str(WORKBOOKS))
    # the folder's .csv and .md files are left out, its workbooks kept with their folders
    assert "不是工作簿" in page.text_content("#skipped")
    assert not page.is_hidden("#against-label")
    options = page.eval_on_selector_all("#against option", "os => os.map(o => o.value)")
    assert "workbooks/zhengzhou-2020-reserve-progress.xlsx" in options
    page.select_option("#against", "workbooks/zhengzhou-2020-reserve-progress.xlsx")
    page.click("#start")
    page.wait_for_selector("#results:not([hidden])", timeout=TIMEOUT_MS)
    page.wait_for_selector("#cross tbody tr")
    shown = page.eval_on_selector_all("#cross tbody tr", """rows => rows.map(r => ({
        check: r.dataset.check, path: r.dataset.path, sheet: r.dataset.sheet, cell: r.dataset.cell}))""")
    r = cli("batch", "workbooks/", "--against", str(ZHENGZHOU), "--format", "json")
    cli_report = json.loads(r.stdout)
    expected = cli_report["batch_findings"]
    assert expected and _cross(shown) == _cross(expected)
    # every file the batch took is done (the summary among them); xlrecon's own template
    # workbook in the folder is not a filing: the batch leaves it out, and the page says so
    n = len(cli_report["files"]) + 1
    assert page.text_content("#overall") == f"已核对 {n} / {n} 个文件"
    assert "1 个文件不是报送文件" in page.text_content("#progress-skipped")
    states = dict(page.eval_on_selector_all("#progress-files li",
                                            "ls => ls.map(l => [l.dataset.name, l.dataset.state])"))
    assert states["workbooks/xlrecon-template.xlsm"] == "skipped"
    assert states["workbooks/zhengzhou-2020-reserve-progress.xlsx"] == "summary"
    assert {k: v for k, v in states.items() if v not in ("skipped", "summary")} == {
        "workbooks/" + f["path"].removeprefix("workbooks/"): f["status"] for f in cli_report["files"]}
    # every file of the batch is listed with its status; a cross-file finding opens its file
    assert page.locator("#files-table tbody tr").count() == n + 1
    page.locator("#cross tbody tr[data-cell='B18'][data-check='duplicate']").click()
    page.wait_for_function("document.querySelector('#file-name').textContent.endsWith('郑州航空港区.xlsx')")
    expect(page.locator("#grid td[data-cell='B18']")).to_have_class(re.compile(r"\bselected\b"))
    shot(page, "batch-folder")
    page.locator("#files-card").screenshot(path=str(ARTIFACTS / "batch-files.png"))
    page.locator("#cross-card").screenshot(path=str(ARTIFACTS / "batch-cross.png"))
    page.locator("#file").screenshot(path=str(ARTIFACTS / "batch-file.png"))


def test_files_dropped_on_the_page_are_a_batch(page):
    import base64

    two = [WORKBOOKS / "zhengzhou-2020-districts" / "郑州经开区.xlsx", ZHENGZHOU]
    payload = [{"name": p.name, "data": base64.b64encode(p.read_bytes()).decode()} for p in two]
    dt = page.evaluate_handle("""files => {
        const dt = new DataTransfer();
        for (const f of files) {
            const bytes = Uint8Array.from(atob(f.data), c => c.charCodeAt(0));
            dt.items.add(new File([bytes], f.name));
        }
        return dt;
    }""", payload)
    page.dispatch_event("#drop", "drop", {"dataTransfer": dt})
    expect(page.locator("#chosen-count")).to_have_text("已选择 2 个文件")
    options = page.eval_on_selector_all("#against option", "os => os.map(o => o.value)")
    assert options == ["", "郑州经开区.xlsx", ZHENGZHOU.name]
    page.click("#start")
    page.wait_for_selector("#results:not([hidden])")
    expect(page.locator("#overall")).to_have_text("已核对 2 / 2 个文件")
    assert page.locator("#files-table tbody tr").count() == 2
    expect(page.locator("#cross-card")).to_be_visible()


def test_the_english_switch_changes_the_page_s_words(page):
    assert page.text_content("#start") == "开始核对"
    assert page.get_attribute("html", "lang") == "zh-CN"
    page.click("#lang")
    expect(page.locator("#start")).to_have_text("Check")
    assert page.text_content("#lang") == "中文"
    assert page.text_content("[data-t='choose_folder']") == "Choose a folder"
    assert page.get_attribute("html", "lang") == "en"
    assert page.title() == "xlrecon: check submitted workbooks"
    assert page.eval_on_selector("#template option", "o => o.textContent") == "Automatic"
    upload_and_wait(page, "#files", str(ZHENGZHOU))
    assert page.text_content("#overall") == "1 of 1 files checked"
    assert page.text_content("#file-status") == "discrepancies"
    assert page.text_content("#findings thead th[data-key='check']").startswith("Check")
    assert "Total" in page.locator("#findings tbody tr[data-cell='I5']").inner_text()
    shot(page, "english")
    page.click("#lang")
    expect(page.locator("#start")).to_have_text("开始核对")
    assert page.text_content("#file-status") == "有差异"


def test_a_refused_upload_shows_the_api_s_error_in_the_page(page, tmp_path):
    txt = tmp_path / "说明.txt"
    txt.write_text("不是工作簿", encoding="utf-8")
    page.set_input_files("#files", str(txt))
    page.click("#start")
    error = page.locator("#error")
    expect(error).to_be_visible()
    assert "说明.txt 不是工作簿文件" in error.inner_text()
    assert error.get_attribute("data-code") == "upload.not_a_workbook"
    assert page.is_hidden("#results")
    shot(page, "refused")


def test_with_a_token_the_page_sends_it(browser, tmp_path):
    s = _Server(tmp_path / "jobs", token="s3cret-token")
    try:
        context = browser.new_context()
        pg = context.new_page()
        pg.set_default_timeout(TIMEOUT_MS)
        pg.goto(s.url)  # without the token: the templates are refused, the page says so
        pg.wait_for_selector("body[data-ready='1']")
        expect(pg.locator("#error")).to_contain_text("令牌")
        context.close()
        context = browser.new_context()
        pg = context.new_page()
        pg.set_default_timeout(TIMEOUT_MS)
        seen: list[str] = []
        pg.on("request", lambda r: seen.append(r.headers.get("authorization", "")) if "/api/" in r.url else None)
        pg.goto(s.url + "?token=s3cret-token")
        pg.wait_for_selector("body[data-ready='1']")
        upload_and_wait(pg, "#files", str(ZHENGZHOU))
        assert page_error_free(pg)
        assert seen and all(h == "Bearer s3cret-token" for h in seen)
        context.close()
    finally:
        s.stop()


def page_error_free(pg) -> bool:
    return pg.is_hidden("#error")


# --- the 对比 view: two workbooks through POST /api/diff and /api/compare -------------------------

def _resubmitted(tmp_path) -> Path:
    from test_diff import _resubmission

    return _resubmission(tmp_path / "郑州-更正.xlsx")


def _open_compare(pg, mode: str) -> None:
    pg.click("#view-compare")
    expect(pg.locator("#compare-view")).to_be_visible()
    assert pg.is_hidden("#upload")
    pg.check(f"input[name='cmp-mode'][value='{mode}']")


def test_the_compare_view_shows_a_resubmission_s_changes(page, tmp_path):
    new = _resubmitted(tmp_path)
    assert page.text_content("#view-check") == "核对" and page.text_content("#view-compare") == "对比"
    _open_compare(page, "diff")
    assert page.text_content("#cmp-first-label") == "原版本"
    assert page.text_content("#cmp-second-label") == "新版本"
    assert page.is_hidden("#cmp-columns")  # the amounts and the tolerance are 两表核对's
    expect(page.locator("#cmp-start")).to_be_disabled()
    page.set_input_files("#cmp-first", str(ZHENGZHOU))
    page.set_input_files("#cmp-second", str(new))
    page.click("#cmp-start")
    page.wait_for_selector("#cmp-result[data-mode='diff']:not([hidden])")
    assert page.is_hidden("#cmp-error")
    rows = page.eval_on_selector_all("#diff-rows tbody tr", """rows => rows.map(r => ({
        status: r.dataset.status, label: r.dataset.label, column: r.dataset.column || null,
        text: r.innerText}))""")
    changed = {(r["label"], r["column"]) for r in rows if r["status"] == "changed"}
    assert {("中原", "拟预留采购总额"), ("经开", "已完成交易总额")} <= changed
    assert "二七" not in {r["label"] for r in rows}  # 1129.364 shown as 1129.36: no change
    assert [r["label"] for r in rows if r["status"] == "added"] == ["航空港区"]
    zhongyuan = next(r["text"] for r in rows if r["column"] == "拟预留采购总额" and r["label"] == "中原")
    assert "138.04 → 143.83" in zhongyuan and "+5.79 万元" in zhongyuan and "J7 → J6" in zhongyuan
    assert "修改 3 行（14 个单元格），新增 1 行" in page.text_content("#diff-summary")
    fixed = page.eval_on_selector_all("#diff-fixed tbody tr", "rows => rows.map(r => [r.dataset.rule, r.dataset.cell])")
    assert {("annual_purchase.total", "I5"), ("reserve.total", "J5"), ("reserve.min-share", "J7")} <= set(map(tuple, fixed))
    assert "合计" in page.inner_text("#diff-fixed")
    assert page.text_content("#diff-findings h3.findings-still") == "仍存在（10 条）"
    shot(page, "compare-diff")
    page.click("#lang")  # the page's words follow the language; the result stays
    expect(page.locator("#view-compare")).to_have_text("Compare")
    assert page.text_content("#diff-findings h3.findings-fixed") == "Fixed (3)"
    page.click("#view-check")
    expect(page.locator("#upload")).to_be_visible()
    assert page.is_hidden("#compare-view")


def test_the_compare_view_says_nothing_was_compared_when_a_version_cannot_be_read(page, tmp_path):
    broken = tmp_path / "损坏.xlsx"
    broken.write_bytes(b"PK\x03\x04broken")
    _open_compare(page, "diff")
    page.set_input_files("#cmp-first", str(ZHENGZHOU))
    page.set_input_files("#cmp-second", str(broken))
    page.click("#cmp-start")
    page.wait_for_selector("#cmp-result[data-mode='diff']:not([hidden])")
    assert page.text_content("#diff-summary").startswith("未能对比")
    assert "损坏.xlsx" in page.inner_text("#cmp-result")
    assert page.locator("#diff-fixed").count() == 0 and page.locator("#diff-rows").count() == 0


def test_the_compare_view_matches_two_tables_by_key(page, tmp_path):
    new = _resubmitted(tmp_path)
    _open_compare(page, "compare")
    assert page.text_content("#cmp-first-label") == "表A"
    assert page.text_content("#cmp-second-label") == "表B"
    page.set_input_files("#cmp-first", str(ZHENGZHOU))
    page.set_input_files("#cmp-second", str(new))
    page.fill("#cmp-key", "县市区")
    page.fill("#cmp-columns", "拟预留采购总额")
    page.click("#cmp-start")
    page.wait_for_selector("#cmp-result[data-mode='compare']:not([hidden])")
    assert page.is_hidden("#cmp-error")
    pairs = page.eval_on_selector_all("#cmp-pairs tbody tr", "rows => rows.map(r => [r.dataset.status, r.dataset.key])")
    assert pairs == [["differs", "中原"]]  # the 一致 pairs are behind the toggle
    text = page.inner_text("#cmp-pairs tbody tr[data-key='中原']")
    assert "138.04" in text and "143.83" in text and "-5.79 万元" in text
    assert page.text_content("#cmp-counts [data-count='match']") == "一致 15"
    assert page.text_content("#cmp-counts [data-count='differs']") == "金额不等 1"
    assert "港区" in page.inner_text("#cmp-duplicates")
    assert page.get_attribute("#cmp-self-check", "data-holds") == "1"
    assert page.get_attribute("#cmp-self-check tbody tr[data-column='拟预留采购总额']", "data-holds") == "1"
    assert "自检成立" in page.inner_text("#cmp-self-check")
    shot(page, "compare-tables")
    page.click("#cmp-toggle-matches")
    expect(page.locator("#cmp-pairs tbody tr")).to_have_count(16)
    assert page.text_content("#cmp-toggle-matches") == "隐藏一致的配对"
    # the API's refusal is shown in the page: a column neither table has
    page.fill("#cmp-columns", "没有这一列")
    page.click("#cmp-start")
    error = page.locator("#cmp-error")
    expect(error).to_be_visible()
    assert error.get_attribute("data-code") == "compare-column"
    assert page.is_hidden("#cmp-result")
    shot(page, "compare-refused")
