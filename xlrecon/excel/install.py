"""``xlrecon excel install``: xlwings' add-in where Excel is, the exact steps where it is not.

Where Excel is installed (Windows, macOS) it runs xlwings' own installer
(``python -m xlwings addin install``) after checking that the xlwings package is the release
the VBA module expects. Elsewhere (Linux, a server, WPS Office, which xlwings does not
support) it installs nothing and prints the steps to take on a machine with Excel; the exit
code is then 2.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from xlrecon.excel import RUN_PYTHON_CALL, XLWINGS_VERSION
from xlrecon.messages import ui

#: the VBA module the button calls (shipped with the package)
BAS = Path(__file__).with_name("xlrecon.bas")
#: the macro-enabled template with the button, in a clone of the repository
TEMPLATE = Path(__file__).resolve().parents[2] / "workbooks" / "xlrecon-template.xlsm"


def excel_present() -> bool:
    """Whether Microsoft Excel is installed here (the add-in has nowhere to go otherwise)."""
    if sys.platform == "win32":
        try:
            import winreg

            winreg.CloseKey(winreg.OpenKey(winreg.HKEY_CLASSES_ROOT, r"Excel.Application"))
            return True
        except OSError:
            return False
    if sys.platform == "darwin":
        return Path("/Applications/Microsoft Excel.app").exists()
    return False


def installed_xlwings() -> str | None:
    try:
        import xlwings
    except ImportError:
        return None
    return xlwings.__version__


def steps(lang: str) -> str:
    """What to do, step by step, on a machine with Excel."""
    template = TEMPLATE if TEMPLATE.exists() else Path("workbooks") / TEMPLATE.name
    return ui("excel.steps", lang, version=XLWINGS_VERSION, bas=str(BAS), template=str(template), call=RUN_PYTHON_CALL)


def install(lang: str, out=None) -> int:  # noqa: ANN001 - a text stream
    out = out or sys.stdout
    have = installed_xlwings()
    if have != XLWINGS_VERSION:
        out.write(ui("excel.wrong_xlwings", lang, have=have or "—", version=XLWINGS_VERSION) + "\n")
        if not excel_present():
            out.write(steps(lang) + "\n")
        return 2
    if not excel_present():
        out.write(ui("excel.no_excel", lang, platform=sys.platform) + "\n" + steps(lang) + "\n")
        return 2
    out.flush()
    code = subprocess.run([sys.executable, "-m", "xlwings", "addin", "install"], env=dict(os.environ)).returncode
    if code == 0:
        out.write(ui("excel.installed", lang, version=XLWINGS_VERSION, template=str(TEMPLATE), bas=str(BAS)) + "\n")
    return 0 if code == 0 else 2
