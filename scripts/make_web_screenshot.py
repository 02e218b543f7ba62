"""Regenerate docs/images/web-page.png, the README's picture of the web page: `xlrecon serve`'s
app on a free loopback port, the Zhengzhou sample uploaded through the page's file input in
Debian's Chromium (driven by Playwright), its 合计 finding at I5 clicked, the page captured.

    python3 scripts/make_web_screenshot.py [--lang zh|en] [--out docs/images/web-page.png]
"""

from __future__ import annotations

import argparse
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "workbooks" / "zhengzhou-2020-reserve-progress.xlsx"
CHROMIUM = "/usr/bin/chromium"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", default="zh")
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "images" / "web-page.png")
    args = ap.parse_args()
    import uvicorn
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(ROOT))
    from xlrecon.web.app import Settings, create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with tempfile.TemporaryDirectory() as tmp:
        server = uvicorn.Server(uvicorn.Config(create_app(Settings(root=Path(tmp))), host="127.0.0.1", port=port,
                                               log_level="warning"))
        threading.Thread(target=server.run, daemon=True).start()
        while not server.started:
            time.sleep(0.05)
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
                page = browser.new_page(viewport={"width": 1280, "height": 1000}, locale="zh-CN")
                page.goto(f"http://127.0.0.1:{port}/")
                if args.lang == "en":
                    page.click("#lang")
                page.set_input_files("#files", str(SAMPLE))
                page.click("#start")
                row = page.locator("#findings tbody tr[data-cell='I5']").first
                row.wait_for(timeout=60_000)
                row.click()
                page.locator("#grid table.sheet td[data-cell='I5'].selected").first.wait_for(timeout=10_000)
                page.wait_for_timeout(300)
                args.out.parent.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(args.out), full_page=False)
                browser.close()
        finally:
            server.should_exit = True
    print(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
