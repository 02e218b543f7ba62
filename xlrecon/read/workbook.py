"""The only code that opens workbook files.

It reads through python-calamine, which builds a sheet from the cells that are
actually stored (never from the sheet's declared dimension, which some files
set to 1,048,576 rows), and turns every failure of the file into an
:class:`~xlrecon.errors.XlreconError` with a code. python-calamine can raise a
Rust ``PanicException``, which is not an ``Exception``: it is caught here too.
"""

from __future__ import annotations

import contextlib
import functools
import io
import os
import sys
import tempfile
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from xlrecon.errors import XlreconError
from xlrecon.read.values import CellError

if TYPE_CHECKING:
    from xlrecon.read.sheetcells import SheetCells

#: extensions xlrecon looks at when it is given a folder
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm", ".xls", ".xlsb", ".ods")

_ZIP = b"PK\x03\x04"
_ZIP_EMPTY = b"PK\x05\x06"
_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass
class Grid:
    """One sheet's cells as python-calamine returns them, with absolute positions.

    ``rows[i][j]`` is the cell at sheet row ``origin[0] + i`` and column
    ``origin[1] + j`` (0-based). Empty cells are ``None`` here (calamine says "").
    ``merges`` are inclusive ``((r0, c0), (r1, c1))`` ranges in sheet coordinates.
    A cell holding an error value is a :class:`~xlrecon.read.values.CellError`; a formula
    saved without its value holds the value xlrecon computed (``computed`` lists them, with
    their formulas), or a :class:`~xlrecon.read.values.NotComputed`. ``formulas`` are every
    formula cell's text (sheet coordinates, no "="), ``hidden_rows`` and ``hidden_cols`` the
    hidden ones (of an .xlsx/.xlsm; empty for other formats), ``filtered`` whether an autofilter
    hides them.
    """

    sheet: str
    rows: list[list[Any]]
    origin: tuple[int, int] = (0, 0)
    merges: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    formats: Any = None  # a SheetFormats for .xlsx/.xlsm (decimals each cell displays), else None
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)
    computed: dict[tuple[int, int], str] = field(default_factory=dict)
    hidden_rows: frozenset[int] = frozenset()
    hidden_cols: frozenset[int] = frozenset()
    filtered: bool = False  # the sheet has an autofilter: the rows it hides are filtered out
    #: what is worked out from the cells once and reused (the layout's header zone); the
    #: cells of a grid never change once read
    memo: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def n_rows(self) -> int:
        return len(self.rows)

    @functools.cached_property
    def n_cols(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def below(self, i: int) -> Grid:
        """The sheet from row ``i`` (relative) down, as a grid of its own: where a further table of
        the sheet is looked for. Merges, formats, formulas and hidden rows are in sheet
        coordinates and are shared."""
        return Grid(sheet=self.sheet, rows=self.rows[i:], origin=(self.origin[0] + i, self.origin[1]),
                    merges=[m for m in self.merges if m[1][0] >= self.origin[0] + i], formats=self.formats,
                    formulas=self.formulas, computed=self.computed, hidden_rows=self.hidden_rows,
                    hidden_cols=self.hidden_cols, filtered=self.filtered)

    def get(self, i: int, j: int) -> Any:
        """Cell by position relative to the origin; None outside the stored range."""
        if 0 <= i < len(self.rows):
            row = self.rows[i]
            if 0 <= j < len(row):
                return row[j]
        return None


def _open_calamine(python_calamine: Any, path: Path) -> Any:
    """python-calamine's workbook; a path that is not UTF-8 (which Rust cannot take as a path)
    is opened here and handed over as a file."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        with path.open("rb") as fh:
            return python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(fh.read()))
    return python_calamine.CalamineWorkbook.from_path(str(path))


def _not_a_file(path: Path) -> XlreconError:
    """Why a path is no workbook file: missing, or there but a folder, a FIFO, a broken or looping
    link, or not reachable (a path too long, no permission)."""
    import stat

    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        return XlreconError("file-not-found", file=str(path))
    except OSError as exc:
        return XlreconError("not-a-file", file=str(path), what="unreachable", detail=exc.strerror or str(exc))
    if stat.S_ISLNK(mode):
        what = "link"
    elif stat.S_ISDIR(mode):
        what = "folder"
    elif stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode) or stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        what = "special"
    else:
        what = "unreachable"
    return XlreconError("not-a-file", file=str(path), what=what, detail="")


def _sniff(path: Path) -> str:
    """Classify a file by its first bytes: 'zip', 'cfb', or raise."""
    try:
        size = path.stat().st_size
    except OSError:
        raise XlreconError("file-not-found", file=str(path)) from None
    if size == 0:
        raise XlreconError("empty-file", file=str(path))
    with path.open("rb") as fh:
        head = fh.read(8)
    if head.startswith(_ZIP) or head.startswith(_ZIP_EMPTY):
        return "zip"
    if head == _CFB:
        return "cfb"
    if path.suffix.lower() in (".xls",) and len(head) >= 2 and head[:2] in (b"\x09\x00", b"\x09\x02", b"\x09\x04"):
        return "biff"  # a bare BIFF stream (Excel 2-4) without the OLE container
    raise XlreconError("not-a-workbook", file=str(path))


def _classify(exc: BaseException, path: Path, kind: str) -> XlreconError:
    """Map a python-calamine exception to an error code."""
    name = type(exc).__name__
    text = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else name
    if name == "PasswordError":
        return XlreconError("encrypted", file=str(path))
    if kind == "cfb" and path.suffix.lower() in (".xlsx", ".xlsm", ".xlsb"):
        # OOXML inside an OLE container is how Excel stores an encrypted workbook
        return XlreconError("encrypted", file=str(path))
    if name == "ZipError" or "Cfb error" in text or "EOCD" in text or "larger than its declared" in text:
        return XlreconError("corrupt-file", file=str(path), detail=text)
    if "macrosheets" in text or "Unrecognized sheet" in text:
        return XlreconError("unsupported-format", file=str(path), detail=text)
    if "Cannot detect file format" in text:
        return XlreconError("not-a-workbook", file=str(path))
    if name in ("XmlError",) or "Relationships" in text or "not found" in text:
        return XlreconError("corrupt-file", file=str(path), detail=text)
    return XlreconError("read-error", file=str(path), detail=f"{name}: {text}")


_held: Any = None
_held_lock = threading.Lock()


@contextlib.contextmanager
def _rust_panics_silenced() -> Iterator[None]:
    """Keep a Rust panic's message and backtrace (printed by Rust itself, on file
    descriptor 2) off the user's terminal: whatever the call writes there is held back,
    and written out only if the call succeeded. The failure becomes a typed error."""
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError):  # no usable fd 2 (embedded interpreters): nothing to guard
        yield
        return
    global _held
    with _held_lock:  # fd 2 is the process's: one call at a time
        if _held is None:
            _held = tempfile.TemporaryFile()  # one per process, emptied before each call
        held = _held
        held.seek(0)
        held.truncate()
        os.dup2(held.fileno(), 2)
        ok = False
        try:
            yield
            ok = True
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            fd = held.fileno()
            if ok and os.lseek(fd, 0, os.SEEK_END):
                os.lseek(fd, 0, os.SEEK_SET)
                while chunk := os.read(fd, 1 << 16):
                    os.write(2, chunk)


def load_engine() -> None:
    """Import python-calamine now rather than at the first workbook (a batch's parent does, so
    that the workers it forks start with it loaded)."""
    import python_calamine  # noqa: F401


class Workbook:
    """An open workbook: its worksheet names and, on demand, each sheet's grid."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        try:
            regular = self.path.is_file()
        except OSError:  # a path too long, a loop of links
            regular = False
        if not regular:
            raise _not_a_file(self.path)
        kind = self.kind = _sniff(self.path)
        if kind == "biff":
            raise XlreconError("unsupported-format", file=str(self.path), detail="BIFF2-4 (Excel 2.x-4.0)")
        import python_calamine

        self._parts: Any = None  # the package's parts, opened once (at once for a zip: see _check_package)
        if kind == "zip":
            self._check_package()
        try:
            with _rust_panics_silenced():
                self._wb = _open_calamine(python_calamine, self.path)
                meta = self._wb.sheets_metadata
        except (KeyboardInterrupt, SystemExit):
            self._close_parts()
            raise
        except BaseException as exc:  # noqa: BLE001 - includes Rust PanicException
            self._close_parts()
            raise _classify(exc, self.path, kind) from None
        self.sheet_names: list[str] = [
            m.name for m in meta if str(m.typ).endswith("WorkSheet")
        ]
        self._read: dict[str, tuple[list[list[Any]], tuple[int, int], list]] = {}
        self._sheet_cells: dict[str, SheetCells] = {}
        self._pkg: tuple[Any, dict[str, str], tuple[int | None, ...]] | None = None
        self._xml: dict[str, bytes | None] = {}  # each sheet's XML until its grid is made
        self._extent_checked: set[str] = set()
        self._evaluator: Any = None

    def grid(self, sheet: str) -> Grid:
        formats = None
        known: dict[str, Any] = {}
        cells = None
        if self._ooxml:
            from xlrecon.read.formats import SheetFormats

            # what the sheet's XML tells (its extent, formulas, formats) read before python-calamine
            # reads the sheet, and the XML let go: the two are never held at once
            self._check_extent(sheet)
            data = self._sheet_xml(sheet)
            cells = self._cells(sheet)
            formats = (SheetFormats.of(self.path, sheet, data, self._package()[2]) if data is not None
                       else SheetFormats(self.path, sheet))
            del data
            self._xml.pop(sheet, None)  # its formats keep what they need of it
        rows, origin, merges = self._calamine(sheet)
        if cells:
            rows, origin, computed = self._marked(sheet, rows, origin, cells)
            known = dict(formulas=cells.formulas, computed=computed, hidden_rows=frozenset(cells.hidden_rows),
                         hidden_cols=frozenset(cells.hidden_cols), filtered=cells.filtered)
        return Grid(sheet=sheet, rows=rows, origin=origin, merges=merges, formats=formats, **known)

    def _check_extent(self, sheet: str) -> None:
        """Refuse a sheet whose cells span more than python-calamine can hold (``too-large``),
        once, before it is read."""
        if sheet in self._extent_checked:
            return
        from xlrecon.read.limits import check_extent

        data = self._sheet_xml(sheet)
        if data is not None:
            check_extent(data, str(self.path), sheet)
        self._extent_checked.add(sheet)

    def _check_package(self) -> None:
        """Refuse a zip bomb before python-calamine inflates anything (see :mod:`.limits`); a zip
        that cannot be opened is left to python-calamine, which says what is wrong with it."""
        from xlrecon.read import limits, opc

        try:
            self._parts = opc.ZipParts(self.path)
        except _package_errors():
            return
        try:
            limits.check_package(self._parts.zip, str(self.path))
        except XlreconError:
            self._close_parts()
            raise

    def _calamine(self, sheet: str) -> tuple[list[list[Any]], tuple[int, int], list]:
        """The sheet's cells as python-calamine reads them (empty cells None), its origin and merges.
        A sheet whose cells span more than python-calamine can hold is refused first (``too-large``)."""
        got = self._read.get(sheet)
        if got is not None:
            return got
        if self._ooxml:
            self._check_extent(sheet)
        try:
            with _rust_panics_silenced():
                s = self._wb.get_sheet_by_name(sheet)
                rows = s.to_python(skip_empty_area=True)
                start = s.start or (0, 0)
                merged = s.merged_cell_ranges
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:  # noqa: BLE001 - includes Rust PanicException
            err = _classify(exc, self.path, "zip")
            err.params["sheet"] = sheet
            raise err from None
        cleaned = [[None if v == "" else v for v in row] if "" in row else row for row in rows]
        got = self._read[sheet] = (cleaned, (int(start[0]), int(start[1])),
                                   [((int(a[0]), int(a[1])), (int(b[0]), int(b[1]))) for a, b in (merged or [])])
        return got

    @property
    def _ooxml(self) -> bool:
        return self.kind == "zip" and self.path.suffix.lower() in (".xlsx", ".xlsm", ".xltx", ".xltm")

    def _cells(self, sheet: str) -> SheetCells:
        """The sheet's formulas, error values and hidden rows and columns, read from its XML once."""
        from xlrecon.read import opc
        from xlrecon.read.sheetcells import SheetCells, read_sheet_cells

        got = self._sheet_cells.get(sheet)
        if got is not None:
            return got
        got = SheetCells()
        data = self._sheet_xml(sheet)
        if data is not None:
            try:
                got = read_sheet_cells(data, self._package()[1].get(sheet, ""))
            except opc.PackageError:
                pass  # python-calamine read the sheet; its values stand as read
        self._sheet_cells[sheet] = got
        return got

    def _package(self) -> tuple[Any, dict[str, str], tuple[int | None, ...]]:
        """The package opened once: its parts, each worksheet's part, the decimals each cell
        format of its styles shows (empty where any of it cannot be read)."""
        from xlrecon.read import opc
        from xlrecon.read.formats import style_decimals

        if self._pkg is None:
            sheets: dict[str, str] = {}
            xf: tuple[int | None, ...] = ()
            try:
                if self._parts is None:
                    self._parts = opc.ZipParts(self.path)
                workbook = opc.workbook_part(self._parts)
                if workbook is not None:
                    sheets = {n: p for n in self.sheet_names
                              if (p := opc.sheet_part(self._parts, workbook, n)) is not None}
                    styles = opc.styles_part(self._parts, workbook)
                    if styles is not None and self._parts.name(styles) is not None:
                        xf = style_decimals(self._parts.read(styles))
            except _package_errors():
                pass  # python-calamine read the sheets; their values stand as read
            self._pkg = (self._parts, sheets, xf)
        return self._pkg

    def _sheet_xml(self, sheet: str) -> bytes | None:
        """A worksheet's XML, inflated once for the extent check, the formats and the formulas
        (None when it cannot be read: python-calamine's values then stand as read)."""
        if sheet in self._xml:
            return self._xml[sheet]
        parts, sheets, _ = self._package()
        data = None
        if parts is not None and sheet in sheets:
            try:
                data = parts.read(sheets[sheet])
            except _package_errors():
                data = None
        self._xml[sheet] = data
        return data

    def _marked(self, sheet: str, rows: list[list[Any]], origin: tuple[int, int], cells: SheetCells
                ) -> tuple[list[list[Any]], tuple[int, int], dict[tuple[int, int], str]]:
        """``rows`` with each error value a CellError and each formula saved without a value
        computed (or NotComputed), the grid grown to hold them; and the cells computed."""
        from xlrecon.read.evaluate import Evaluator

        put: dict[tuple[int, int], Any] = {pos: CellError(code) for pos, code in cells.errors.items()}
        computed: dict[tuple[int, int], str] = {}
        if cells.uncached:
            if self._evaluator is None:
                self._evaluator = Evaluator(self._uncached, self._saved, self.sheet_names)
            for pos in sorted(cells.uncached):
                put[pos] = self._evaluator.value(sheet, *pos)
                computed[pos] = cells.formulas[pos]
        return _placed(rows, origin, put) + (computed,)

    def _uncached(self, sheet: str) -> dict[tuple[int, int], str]:
        """A sheet's formulas saved without a value."""
        cells = self._cells(sheet)
        return {pos: cells.formulas[pos] for pos in cells.uncached}

    def _saved(self, sheet: str, row: int, col: int) -> Any:
        """A cell's saved value (an error value as a CellError), for formulas that refer to it."""
        code = self._cells(sheet).errors.get((row, col))
        if code is not None:
            return CellError(code)
        rows, (r0, c0), _ = self._calamine(sheet)
        i, j = row - r0, col - c0
        if 0 <= i < len(rows) and 0 <= j < len(rows[i]):
            return rows[i][j]
        return None

    def close(self) -> None:
        try:
            self._wb.close()
        except BaseException:  # noqa: BLE001 - closing must never raise
            pass
        self._close_parts()

    def _close_parts(self) -> None:
        if self._parts is not None:
            self._parts.close()
            self._parts = None

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _package_errors() -> tuple[type[BaseException], ...]:
    """What reading a package's parts may raise when the package is damaged (lxml is imported
    with the reader of the package, when a sheet's XML is first read)."""
    from xlrecon.read.opc import PackageError

    return (PackageError, OSError, zipfile.BadZipFile, EOFError, RuntimeError, NotImplementedError, ValueError)


#: the most cells a grid grows by to hold error values and formulas outside what python-calamine read
MAX_GROWTH = 1_000_000


def _placed(rows: list[list[Any]], origin: tuple[int, int], put: dict[tuple[int, int], Any]
            ) -> tuple[list[list[Any]], tuple[int, int]]:
    """``rows`` (at ``origin``) with the values of ``put`` (sheet positions) in their cells,
    grown to hold them (by at most MAX_GROWTH cells; positions beyond are left out)."""
    if not put:
        return rows, origin
    r0, c0 = origin
    n_cols = max((len(r) for r in rows), default=0)
    top, left = min([r0] + [r for r, _ in put]), min([c0] + [c for _, c in put])
    bottom = max([r0 + len(rows) - 1] + [r for r, _ in put])
    right = max([c0 + n_cols - 1] + [c for _, c in put])
    if (bottom - top + 1) * (right - left + 1) - len(rows) * n_cols > MAX_GROWTH:
        put = {(r, c): v for (r, c), v in put.items() if r0 <= r < r0 + len(rows) and c0 <= c < c0 + n_cols}
        top, left, bottom, right = r0, c0, r0 + len(rows) - 1, c0 + n_cols - 1
    if (top, left) == (r0, c0) and bottom < r0 + len(rows) and all(
            c - c0 < len(rows[r - r0]) for r, c in put):
        out = [list(row) for row in rows]  # every position inside what was read (the rows read stay as read)
    else:
        width = right - left + 1
        pad = [None] * (c0 - left)
        out = [[None] * width for _ in range(r0 - top)]
        out += [(pad + row + [None] * (width - len(pad) - len(row))) for row in rows]
        out += [[None] * width for _ in range(bottom - r0 - len(rows) + 1)]
    for (r, c), v in put.items():
        out[r - top][c - left] = v
    return out, (top, left)
