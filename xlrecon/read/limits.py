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


#: a cell or row address far enough out to look at the sheet's extent: three or more letters,
#: or five or more digits (attribute order and namespace prefixes do not matter here)
_FAR = re.compile(rb'r="(?:[A-Za-z]{3,}|[A-Za-z]{0,3}\d{5,})')
#: a cell's address, whatever comes before it in the tag, and whether the tag closes itself
_CELL_REF = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?c\b[^>]*?\sr="([A-Za-z]+)(\d+)"[^>]*?(/?)>')
#: the end of a cell that holds nothing (a styled empty cell: python-calamine keeps no such cell)
_EMPTY_END = re.compile(rb"\s*</(?:[A-Za-z_][\w.-]*:)?c>")


def check_extent(data: bytes, path: str, sheet: str) -> None:
    """Refuse a sheet whose cells with content lie beyond Excel's grid, or span a rectangle of
    more cells than the limit (the rectangle python-calamine allocates; styled empty cells, which
    it skips, do not count). Only a sheet with an address far out is scanned cell by cell; the
    common sheet costs one search."""
    if _FAR.search(data) is None:
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
