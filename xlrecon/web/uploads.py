"""Uploads taken in as a careful server takes them: streamed to the job's own folder under a
size limit, at most so many files, each name reduced to a plain file name (never a path on the
server taken from a request), and a .zip of a folder unpacked member by member with its
names, sizes, count and compression ratio checked before anything is written."""

from __future__ import annotations

import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import BinaryIO

#: what a page may upload as workbooks (and .zip folders of them)
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm", ".xls", ".xlsb", ".ods")
TEMPLATE_SUFFIXES = (".yaml", ".yml")
_CHUNK = 1 << 20
#: a zip member whose inflated size is this many times its stored size is a bomb, not a folder
MAX_RATIO = 200


class UploadError(Exception):
    """An upload refused; ``code`` is a key of :data:`xlrecon.messages.WEB` (``upload.*``)."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code, self.params = code, params


@dataclass
class Limits:
    max_bytes: int = 100 << 20  # all of a job's uploads together, inflated members included
    max_files: int = 2000


def safe_name(name: str) -> str:
    """A client's file name as a plain name for the job's folder: the last part of any path
    (/ or \\), NFC, no control characters, no leading dots; "upload" when nothing is left.

    >>> safe_name("../../etc/passwd"), safe_name("C:\\\\x\\\\郑州 经开区.xlsx"), safe_name(".bashrc")
    ('passwd', '郑州 经开区.xlsx', 'bashrc')
    """
    base = PureWindowsPath(PurePosixPath(name or "").name).name
    base = unicodedata.normalize("NFC", base)
    base = re.sub(r"[\x00-\x1f\x7f]", "", base).strip().lstrip(".")
    return base[:200] or "upload"


class Intake:
    """One job's uploads, written under ``folder``; a name given twice gets " (2)"."""

    def __init__(self, folder: Path, limits: Limits) -> None:
        self.folder, self.limits = folder, limits
        self.total = 0
        self.files: list[Path] = []
        self._names: set[str] = set()

    def _place(self, name: str, sub: str | None = None) -> Path:
        base = safe_name(name)
        stem, dot, ext = base.rpartition(".")
        key = f"{sub}/{base}" if sub else base
        n = 2
        while key.lower() in self._names:
            base = f"{stem} ({n}).{ext}" if dot else f"{base} ({n})"
            key = f"{sub}/{base}" if sub else base
            n += 1
        self._names.add(key.lower())
        folder = self.folder / sub if sub else self.folder
        folder.mkdir(parents=True, exist_ok=True)
        return folder / base

    def _count(self) -> None:
        if len(self.files) >= self.limits.max_files:
            raise UploadError("upload.too_many", limit=self.limits.max_files)

    def _grow(self, n: int) -> None:
        self.total += n
        if self.total > self.limits.max_bytes:
            raise UploadError("upload.too_large", limit_mb=self.limits.max_bytes >> 20)

    def add(self, name: str, stream: BinaryIO, *, relative: str | None = None) -> list[Path]:
        """Take one uploaded file (``relative``: its path in a dropped folder, of which only the
        folder names are kept, made safe). A .zip is unpacked; anything else must be named like
        a workbook. Returns the workbooks it added."""
        lower = (name or "").lower()
        if lower.endswith(".zip"):
            return self._unzip(name, stream)
        if not lower.endswith(WORKBOOK_SUFFIXES):
            raise UploadError("upload.not_a_workbook", name=safe_name(name))
        self._count()
        sub = _folder_of(relative)
        dest = self._place(name, sub)
        with open(dest, "xb") as out:
            while chunk := stream.read(_CHUNK):
                self._grow(len(chunk))
                out.write(chunk)
        self.files.append(dest)
        return [dest]

    def _unzip(self, name: str, stream: BinaryIO) -> list[Path]:
        archive = self._place(name, "_zips")
        with open(archive, "xb") as out:
            while chunk := stream.read(_CHUNK):
                self._grow(len(chunk))
                out.write(chunk)
        try:
            zf = zipfile.ZipFile(archive)
        except (zipfile.BadZipFile, OSError):
            raise UploadError("upload.bad_zip", name=safe_name(name)) from None
        added: list[Path] = []
        with zf:
            members = [m for m in zf.infolist() if not m.is_dir()]
            for m in members:  # every name and size is judged before anything is written
                if _unsafe_member(m.filename):
                    raise UploadError("upload.zip_path", name=safe_name(name), member=m.filename[:200])
                if m.file_size > MAX_RATIO * max(m.compress_size, 1) and m.file_size > 1 << 20:
                    raise UploadError("upload.zip_bomb", name=safe_name(name), member=m.filename[:200])
            wanted = [m for m in members if m.filename.lower().endswith(WORKBOOK_SUFFIXES)
                      and not PurePosixPath(m.filename).name.startswith(("~$", "."))]
            if sum(m.file_size for m in wanted) + self.total > self.limits.max_bytes:
                raise UploadError("upload.too_large", limit_mb=self.limits.max_bytes >> 20)
            for m in wanted:
                self._count()
                parts = PurePosixPath(m.filename).parts
                dest = self._place(parts[-1], _folder_of("/".join(parts)))
                with zf.open(m) as src, open(dest, "xb") as out:
                    written = 0
                    while chunk := src.read(_CHUNK):  # the stated size is not trusted either
                        written += len(chunk)
                        if written > m.file_size + _CHUNK:
                            raise UploadError("upload.zip_bomb", name=safe_name(name), member=m.filename[:200])
                        self._grow(len(chunk))
                        out.write(chunk)
                self.files.append(dest)
                added.append(dest)
        archive.unlink()
        return added


def _unsafe_member(name: str) -> bool:
    """A zip member name that would leave the folder: absolute, a drive, or a .. part."""
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return True
    return any(p == ".." for p in re.split(r"[/\\]", name))


def _folder_of(relative: str | None) -> str | None:
    """The folders of a dropped file's relative path, each part made safe ("区县/高新" of
    "报送/区县/高新/x.xlsx" keeps its last two), or None for a file given alone."""
    if not relative:
        return None
    parts = [safe_name(p) for p in re.split(r"[/\\]", relative)[:-1] if p not in ("", ".", "..")]
    parts = [p for p in parts if p != "upload"][-3:]
    return "/".join(parts) or None
