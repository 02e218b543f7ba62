"""What the browser tests share: Debian's chromium driven by Playwright, and ``xlrecon serve``
started as a person starts it. Skipped where chromium or Playwright is missing, unless
XLRECON_REQUIRE_BROWSER=1 (``.ci/run`` installs them): there that is a failure."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

CHROMIUM = os.environ.get("XLRECON_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
REQUIRED = os.environ.get("XLRECON_REQUIRE_BROWSER") == "1"


def missing() -> str | None:
    """Why the browser tests cannot run here, or None."""
    try:
        import playwright.sync_api  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as exc:
        return f"{exc.name} is not installed (pip install playwright uvicorn)"
    if not Path(CHROMIUM).exists():
        return f"no chromium at {CHROMIUM} (apt-get install chromium)"
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Serve:
    """``xlrecon serve --port N`` as a person starts it from a fresh clone, in a process of its
    own; ``url`` the address it prints (``http://127.0.0.1:N/``), ``base`` without the slash."""

    def __init__(self) -> None:
        self.port = free_port()
        self.proc = subprocess.Popen([sys.executable, "-m", "xlrecon", "serve", "--port", str(self.port)], cwd=ROOT,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()  # printed once it listens
        if "http://" not in line:
            raise RuntimeError("xlrecon serve did not start: " + line + self.proc.stderr.read())
        self.url = line[line.index("http://"):].strip()
        self.base = self.url.rstrip("/")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)
