"""What xlrecon will read of one file, checked before the reader allocates for it.

A submission from an unknown sender may be a zip bomb (a small file whose parts inflate to
gigabytes) or hold one cell far out (XFD1048576), for which python-calamine would allocate the
whole rectangle and abort the process. Both are refused with a ``too-large`` error that names
the part or the cell, before python-calamine opens the file or the sheet. The limits are set far
above any real submission and can be changed with environment variables:

- ``XLRECON_MAX_PART_MB``: the largest part (a sheet's XML, the shared strings) once inflated,
  default 1024 (1 GiB);
- ``XLRECON_MAX_RATIO``: the largest inflated/compressed ratio of a part over 1 MiB, default 1000;
- ``XLRECON_MAX_GRID_CELLS``: the most cells of the rectangle a sheet's used cells span, default
  20,000,000 (about 1 GiB in memory as python-calamine and Python hold it).
"""

from __future__ import annotations

import os
import re
import zipfile
from dataclasses import dataclass

from xlrecon.errors import XlreconError
from xlrecon.findings import column_index

#: Excel's grid: 1,048,576 rows and 16,384 columns (XFD)
EXCEL_ROWS, EXCEL_COLS = 1_048_576, 16_384
#: a part below this size is never refused for its ratio (tiny parts compress very well)
RATIO_FLOOR = 1 << 20


@dataclass(frozen=True)
class Limits:
    part_bytes: int
    ratio: float
    grid_cells: int


def limits() -> Limits:
    """The limits in force (read from the environment each time: a batch's workers inherit them)."""
    def number(name: str, default: float) -> float:
        try:
            v = float(os.environ.get(name, default))
        except ValueError:
            return default
        return v if v > 0 else default

    return Limits(part_bytes=int(number("XLRECON_MAX_PART_MB", 1024) * (1 << 20)),
                  ratio=number("XLRECON_MAX_RATIO", 1000),
                  grid_cells=int(number("XLRECON_MAX_GRID_CELLS", 20_000_000)))


def check_package(z: zipfile.ZipFile, path: str) -> None:
    """Refuse a package whose parts would inflate beyond the limits (as the zip declares them;
    :func:`~xlrecon.read.opc.read_zip_part` holds each part read to its declared size)."""
    lim = limits()
    for info in z.infolist():
        size, packed = info.file_size, info.compress_size
        if size > lim.part_bytes:
            raise XlreconError("too-large", file=path, what="part", part=info.filename,
                               size=_mb(size), limit=_mb(lim.part_bytes))
        if size > RATIO_FLOOR and size > lim.ratio * max(packed, 1):
            raise XlreconError("too-large", file=path, what="ratio", part=info.filename, size=_mb(size),
                               packed=_mb(packed), limit=f"{lim.ratio:g}")


def _mb(n: int) -> str:
    return f"{n / (1 << 20):,.1f} MB"


#: a cell's address, whatever comes before it in the tag, and whether the tag closes itself
_CELL_REF = re.compile(rb'''<(?:[A-Za-z_][\w.-]*:)?c\b[^>]*?\sr\s*=\s*["']([A-Za-z]+)(\d+)["'][^>]*?(/?)>''')
#: the end of a cell that holds nothing (a styled empty cell: python-calamine keeps no such cell)
_EMPTY_END = re.compile(rb"\s*</(?:[A-Za-z_][\w.-]*:)?c>")
#: a cell address in an ``r`` attribute written as office suites write it (the quick bound below
#: looks for the largest of each part)
_REF = re.compile(rb' r="([A-Za-z]+)(\d+)"')
#: an ``r`` attribute written any other way (another space, single quotes): the quick bound,
#: which searches for `` r="``, does not apply
_ODD_REF = re.compile(rb"r(?:(?<=[\t\r\n]r)\s*=|\s*=\s*'|\s+=|=\s)")
#: where the quick bound takes its first guess: the sheet's last bytes (rows are stored in order)
_TAIL = 1 << 12  # a few rows: enough for a good first guess, which the searches then prove
#: how many larger addresses the quick bound follows before it scans cell by cell
_GUESSES = 4
_DIGITS = "0123456789"
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _from(alphabet: str, i: int) -> str:
    """A character class for ``alphabet[i:]`` in either case (ranges: Python's re is fast on them)."""
    lo, hi = alphabet[i], alphabet[-1]
    return f"[{lo}-{hi}{lo.lower()}-{hi.lower()}]" if lo.isalpha() else f"[{lo}-{hi}]"


def _above(text: str, alphabet: str) -> str:
    """A regex for the strings over ``alphabet`` that compare greater than ``text`` as numbers in
    that base: the same length with a larger digit at some place, or longer."""
    any_ = _from(alphabet, 0)
    ways = [f"{any_}{{{len(text) + 1},}}"]
    for i, ch in enumerate(text):
        k = alphabet.index(ch)
        if k + 1 < len(alphabet):
            rest = len(text) - i - 1
            ways.append(re.escape(text[:i]) + _from(alphabet, k + 1) + (f"{any_}{{{rest}}}" if rest else ""))
    return "(?:" + "|".join(ways) + ")"


def _largest(data: bytes) -> tuple[str, str] | None:
    """The largest letters and the largest row number of any cell address (each on its own),
    found from a guess in the sheet's tail and one search at a time for anything larger in
    either; None after too many guesses."""
    tail = [(m.group(1).decode("ascii").upper(), m.group(2).decode("ascii"))
            for m in _REF.finditer(data, max(0, len(data) - _TAIL))]
    best = [max((t[0] for t in tail), key=lambda t: (len(t), t), default=_LETTERS[0]),
            max((t[1] for t in tail), key=lambda t: (len(t), t), default=_DIGITS[0])]
    guesses = [0, 0]
    while True:
        pat = re.compile((r' r="(?:(' + _above(best[0], _LETTERS) + r')\d|[A-Za-z]+('
                          + _above(best[1], _DIGITS) + r')")').encode())
        m = pat.search(data)
        if m is None:
            return best[0], best[1]
        part = 0 if m.group(1) is not None else 1
        guesses[part] += 1
        if guesses[part] > _GUESSES:
            return None
        best[part] = m.group(part + 1).decode("ascii").upper()


def _fits(data: bytes, lim: Limits) -> bool:
    """Whether every cell address lies in Excel's grid and in a rectangle from A1 of at most the
    limit's cells: a bound found with a few searches, so the common sheet is not read cell by cell."""
    if _ODD_REF.search(data):
        return False
    found = _largest(data)
    if found is None:
        return False
    letters, digits = found
    if len(letters) > 3 or len(digits) > 7:
        return False
    rows, cols = int(digits), column_index(letters) + 1
    return rows <= EXCEL_ROWS and cols <= EXCEL_COLS and rows * cols <= lim.grid_cells


def check_extent(data: bytes, path: str, sheet: str) -> None:
    """Refuse a sheet whose cells with content lie beyond Excel's grid, or span a rectangle of
    more cells than the limit (the rectangle python-calamine allocates; styled empty cells, which
    it skips, do not count). A sheet whose addresses all fit (found with a few searches) is not
    read cell by cell."""
    if _fits(data, limits()):
        return
    lim = limits()
    r0 = c0 = None
    r1 = c1 = -1
    far = ""
    for m in _CELL_REF.finditer(data):
        if m.group(3) or _EMPTY_END.match(data, m.end()):
            continue  # an empty cell (styled only): it takes no room in the grid
        c, r = column_index(m.group(1).decode("ascii")), int(m.group(2)) - 1
        if c >= EXCEL_COLS or r >= EXCEL_ROWS or len(m.group(1)) > 3:
            raise XlreconError("too-large", file=path, what="beyond", sheet=sheet,
                               cell=(m.group(1) + m.group(2)).decode("ascii", "replace"))
        if r0 is None:
            r0, c0 = r, c
        r0, c0 = min(r0, r), min(c0, c)
        if r > r1 or c > c1:
            far = (m.group(1) + m.group(2)).decode("ascii")
        r1, c1 = max(r1, r), max(c1, c)
    if r0 is None:
        return
    cells = (r1 - r0 + 1) * (c1 - c0 + 1)
    if cells > lim.grid_cells:
        raise XlreconError("too-large", file=path, what="grid", sheet=sheet, cell=far,
                           cells=f"{cells:,}", limit=f"{lim.grid_cells:,}")
