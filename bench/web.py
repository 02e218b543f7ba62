"""The web page's time to a result against the CLI's, for the same work in the same run.

    python3 bench/web.py [--files N] [--rows N] [--repeat N]

``xlrecon serve`` is started once on a free loopback port (as a bureau's server runs, warm),
and the page's requests are made as the page makes them (``POST /api/check`` or
``/api/batch`` with the files in a multipart body, then ``GET /api/jobs/{id}`` every 50 ms):

- one sample file (the Zhengzhou table): the time from the upload to its findings, against
  ``xlrecon check FILE --format json`` in a fresh process (start-up and imports included, as a
  person at a terminal waits);
- the district folder of ``bench/batch.py`` (default 1,000 files of 150 rows): the time to the
  first file's result and to the whole batch's, against ``xlrecon batch DIR --format json``.

Each is run ``--repeat`` times (default 3) in turn and the fastest counts. The ratios printed are
page / CLI: the page pays for the upload and the annotated copies (the CLI run annotates
nothing) and saves the start-up. This is a benchmark, not a test: nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
SAMPLE = ROOT / "workbooks" / "zhengzhou-2020-reserve-progress.xlsx"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(port: int) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-m", "xlrecon", "serve", "--port", str(port)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    end = time.time() + 60
    while time.time() < end:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/templates", timeout=2).read()
            return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("the server did not start")


def upload(port: int, kind: str, files: list[Path], base: Path) -> tuple[float, float, int]:
    """Seconds to the first file's result and to the whole job's, and the files it reported."""
    import httpx

    t0 = time.perf_counter()
    parts = [("files", (str(p.relative_to(base)), p.read_bytes())) for p in files]
    data = {"paths": [str(p.relative_to(base)) for p in files]}
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=600) as c:
        job = c.post(f"/api/{kind}", files=parts, data=data).json()["job"]
        first = None
        while True:
            state = c.get(f"/api/jobs/{job}").json()
            if first is None and any(f["state"] not in ("waiting", "checking") for f in state["files"]):
                first = time.perf_counter() - t0
            if state["state"] in ("done", "failed"):
                total = time.perf_counter() - t0
                n = len(state["report"]["files"]) if state["report"] else 0
                c.delete(f"/api/jobs/{job}")
                return first or total, total, n
            time.sleep(0.05)


def cli(*args: str) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "xlrecon", *args, "--format", "json"], cwd=ROOT,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--rows", type=int, default=150)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    from batch import generate

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "xlrecon")], check=False)
    with tempfile.TemporaryDirectory() as tmp:
        folder, _big, _planted = generate(Path(tmp), args.files, args.rows, 20)  # the big file is not used
        files = sorted(folder.rglob("*.xlsx"))
        port = free_port()
        server = start_server(port)
        try:
            one_page, one_cli, many_first, many_page, many_cli = [], [], [], [], []
            for _ in range(args.repeat):
                one_page.append(upload(port, "check", [SAMPLE], SAMPLE.parent)[1])
                one_cli.append(cli("check", str(SAMPLE)))
                first, total, n = upload(port, "batch", files, folder)
                many_first.append(first)
                many_page.append(total)
                many_cli.append(cli("batch", str(folder)))
        finally:
            server.terminate()
            server.wait(10)
    best = min
    print(f"one sample file: page {best(one_page):.2f} s to its findings, CLI check {best(one_cli):.2f} s "
          f"(page / CLI {best(one_page) / best(one_cli):.2f})")
    print(f"{len(files)} district files: page {best(many_first):.2f} s to the first result, "
          f"{best(many_page):.2f} s to the whole batch ({n} files), CLI batch {best(many_cli):.2f} s "
          f"(page / CLI {best(many_page) / best(many_cli):.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
