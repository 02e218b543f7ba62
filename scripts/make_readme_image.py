"""Regenerate docs/images/annotated-sheet.png, the README's picture: the Zhengzhou sample's
data sheet as `xlrecon check --annotate` colours it, printed by LibreOffice headless on one
landscape page and turned into a PNG by pdftoppm.

The page setup is changed (with openpyxl) in a throw-away copy of the annotated file only, so
that the whole table fits one page for the picture; the annotated file itself is not touched.

    python3 scripts/make_readme_image.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "workbooks" / "zhengzhou-2020-reserve-progress.xlsx"
OUT = ROOT / "docs" / "images" / "annotated-sheet.png"


def main() -> int:
    import openpyxl

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftoppm") is None:
        print("needs LibreOffice (soffice) and poppler-utils (pdftoppm)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        subprocess.run([sys.executable, "-m", "xlrecon", "check", str(SAMPLE), "--annotate", "--output", str(work)],
                       check=False, capture_output=True)
        annotated = work / "zhengzhou-2020-reserve-progress.checked.xlsx"
        wb = openpyxl.load_workbook(annotated)
        for ws in wb.worksheets[1:]:
            wb.remove(ws)  # the data sheet only: the discrepancy sheet has pictures of its own
        ws = wb.worksheets[0]
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 1
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        from openpyxl.utils import get_column_letter

        ws.print_area = f"A1:{get_column_letter(ws.max_column)}{min(ws.max_row, 24)}"
        picture = work / "picture.xlsx"
        wb.save(picture)
        subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(work), str(picture)],
                       check=True, capture_output=True, timeout=180)
        # the table only (the page's margins and the empty lower half cut away)
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", "-x", "50", "-y", "70",
                        "-W", "780", "-H", "380", str(work / "picture.pdf"), str(work / "page")], check=True)
        OUT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(work / "page.png", OUT)
    print(OUT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
