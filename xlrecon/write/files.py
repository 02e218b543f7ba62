"""Files written as a careful program writes them: a temporary file beside the destination,
replaced into place only when complete; never through a symbolic link; with the mode a normal
save gives (the umask for a new file, the original's for a file replaced in place).
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from xlrecon.errors import XlreconError

#: how xlrecon's temporary files start (a later scan of the folder never takes one for a submission)
TEMP_PREFIX = ".xlrecon-"
_umask_lock = threading.Lock()


def new_file_mode() -> int:
    """The mode a new file gets under the process's umask (0o666 & ~umask)."""
    with _umask_lock:
        mask = os.umask(0o022)
        os.umask(mask)
    return 0o666 & ~mask


def temp_beside(dest: Path) -> Path:
    """An empty temporary file in ``dest``'s folder (created there, not reached through a link)."""
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=dest.suffix, dir=dest.parent)
    except OSError as exc:
        raise XlreconError("write-failed", file=str(dest), detail=str(exc)) from None
    os.close(fd)
    return Path(name)


def put_in_place(tmp: Path, dest: Path, mode: int | None = None) -> None:
    """Give ``tmp`` its mode (``mode``, else a new file's) and move it onto ``dest``."""
    os.chmod(tmp, new_file_mode() if mode is None else mode)
    os.replace(tmp, dest)


def write_in_place(dest: Path, write: Callable[[Path], None], mode: int | None = None) -> None:
    """``write(tmp)`` into a temporary file beside ``dest`` (writing and reading it back), then
    the file moved onto ``dest`` with ``mode`` (else a new file's); the temporary file removed
    when ``write`` raises, ``write-failed`` when the folder refuses."""
    tmp = temp_beside(dest)
    try:
        write(tmp)
        put_in_place(tmp, dest, mode)
    except XlreconError:
        tmp.unlink(missing_ok=True)
        raise
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise XlreconError("write-failed", file=str(dest), detail=str(exc)) from None


def write_new_text(dest: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to a new file ``dest``, complete or not at all; never over a file
    that is there (``XlreconError("file-exists")``), a dangling link included."""
    tmp = temp_beside(dest)
    try:
        tmp.write_text(text, encoding="utf-8")
        os.chmod(tmp, new_file_mode())
        os.link(tmp, dest)  # fails if dest is there: nothing is replaced
    except FileExistsError:
        raise XlreconError("file-exists", file=str(dest)) from None
    except OSError as exc:
        raise XlreconError("write-failed", file=str(dest), detail=str(exc)) from None
    finally:
        tmp.unlink(missing_ok=True)


def mode_of(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def copy_exclusive(src: Path, dest: Path) -> None:
    """Copy ``src`` to a new file ``dest``: fails if anything, a dangling link included, is there."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(dest, flags, mode_of(src))
    try:
        with open(src, "rb") as fin, os.fdopen(fd, "wb") as fout:
            fd = -1
            shutil.copyfileobj(fin, fout, 1 << 20)
    finally:
        if fd != -1:
            os.close(fd)
    shutil.copystat(src, dest, follow_symlinks=False)
