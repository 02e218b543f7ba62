"""Regenerate docs/images/discrepancy-<sample>.png: the discrepancy sheet of one sample per
built-in template, annotated, printed to PDF by LibreOffice and its first page as a small PNG
(the README links to the Zhengzhou one).

    python3 scripts/make_print_images.py [--out docs/images] [--lang zh] [--resolution 60]

Needs LibreOffice (``soffice``) and poppler (``pdftoppm``, ``pdfinfo``); for the Chinese text
to show, a CJK font (Debian: fonts-wqy-microhei; fonts-crosextra-carlito for Calibri's
metrics). The time shown is fixed (2 December 2026 14:05, Beijing time) so that the images
only change when the sheet does. Only the discrepancy sheet is printed: the copy given to
LibreOffice has the other sheets hidden (a copy; the annotated workbook is left as written).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import xlrecon  # noqa: E402
from xlrecon.messages import ui  # noqa: E402

#: one sample per built-in template (schemas/*.yaml): the image's name (the sample's, in ASCII)
#: -> the workbook under workbooks/
SAMPLES = {
    "hunan-2021-xiangcun-zhenxing-bill": "hunan-2021-xiangcun-zhenxing-bill.xlsx",  # county-trade
    "hunan-2023-retail-targets": "hunan-2023-retail-targets.xlsx",  # retail-targets
    "zhengzhou-2020-reserve-progress": "zhengzhou-2020-reserve-progress.xlsx",  # reserve-progress
    "zhengzhou-2020-districts-jingkai": "zhengzhou-2020-districts/郑州经开区.xlsx",  # unit-reserve
}
NOW = datetime(2026, 12, 2, 14, 5, tzinfo=timezone(timedelta(hours=8)))


def only_sheet(src: Path, dest: Path, sheet: str) -> Path:
    """A copy of ``src`` in which every sheet but ``sheet`` is hidden and ``sheet`` is the
    active one: LibreOffice then prints that sheet alone."""
    with zipfile.ZipFile(src) as z:
        items = [(info, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in items:
            if info.filename == "xl/workbook.xml":
                data = _hide_others(data.decode("utf-8"), sheet).encode("utf-8")
            out.writestr(info, data)
    return dest


def _hide_others(xml: str, sheet: str) -> str:
    entries = re.findall(r"<sheet\b[^>]*?/>", xml)
    index = None
    for i, entry in enumerate(entries):
        name = re.search(r'\bname="([^"]*)"', entry).group(1)
        if _unescape(name) == sheet:
            index = i
            continue
        new = re.sub(r'\sstate="[^"]*"', "", entry).replace("<sheet ", '<sheet state="hidden" ', 1)
        xml = xml.replace(entry, new, 1)
    if index is None:
        raise SystemExit(f"no sheet {sheet!r}")
    xml = re.sub(r'\b(activeTab|firstSheet)="\d+"', "", xml)
    return re.sub(r"<workbookView\b", f'<workbookView activeTab="{index}" firstSheet="{index}"', xml, count=1)


def _unescape(text: str) -> str:
    return text.replace("&quot;", '"').replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">") \
        .replace("&amp;", "&")


def to_pdf(xlsx: Path, outdir: Path) -> Path:
    """The workbook printed to PDF by LibreOffice headless (its own profile: runs may overlap)."""
    profile = outdir / "profile"
    r = subprocess.run([shutil.which("soffice") or "soffice", f"-env:UserInstallation=file://{profile}",
                        "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(xlsx)],
                       capture_output=True, text=True, timeout=300)
    pdf = outdir / (xlsx.stem + ".pdf")
    if r.returncode != 0 or not pdf.exists():
        raise SystemExit(f"LibreOffice failed on {xlsx}: {r.stderr or r.stdout}")
    return pdf


def page_info(pdf: Path) -> tuple[int, float, float]:
    """(pages, width, height in points of the first page)."""
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))
    w, h = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", out, re.M).groups()
    return pages, float(w), float(h)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    ap.add_argument("--lang", default="zh")
    ap.add_argument("--resolution", type=int, default=60)
    ap.add_argument("--keep", type=Path, help="also keep the annotated workbooks and PDFs here")
    args = ap.parse_args(argv)
    os.environ["TZ"] = "Asia/Shanghai"  # the time on the sheet is local time
    time.tzset()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name, rel in SAMPLES.items():
            src = ROOT / "workbooks" / rel
            report = xlrecon.check(src)
            [done] = xlrecon.annotate(report, output=work, lang=args.lang, now=NOW)
            if done.status != "annotated":
                raise SystemExit(f"{src}: {done.status} {done.error}")
            printable = only_sheet(Path(done.output), work / f"{name}.xlsx", ui("sheet.name", args.lang))
            pdf = to_pdf(printable, work)
            pages, w, h = page_info(pdf)
            stem = work / name
            subprocess.run(["pdftoppm", "-png", "-r", str(args.resolution), "-f", "1", "-l", "1", "-singlefile",
                            str(pdf), str(stem)], check=True)
            suffix = "" if args.lang == "zh" else f"-{args.lang}"
            png = args.out / f"discrepancy-{name}{suffix}.png"
            shutil.copy(stem.with_suffix(".png"), png)
            findings = len(report.files[0].findings)
            print(f"{png.relative_to(ROOT) if png.is_relative_to(ROOT) else png}: {findings} findings, "
                  f"{pages} page(s) of {w:.0f} x {h:.0f} pt, {png.stat().st_size // 1024} KB")
            if args.keep:
                args.keep.mkdir(parents=True, exist_ok=True)
                for f in (Path(done.output), pdf):
                    shutil.copy(f, args.keep / f.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
