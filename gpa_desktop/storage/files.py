"""Writing files so that a crash, a full disk or a kill never leaves a half file under the final name,
and the one mapping from an operating-system or SQLite failure to a plain sentence.

Every file the app writes (PDF, workbook, backup) goes through :func:`atomic_write`: it is written
to a temporary file beside the target, flushed to disk, and only then renamed over the target, so
the earlier file stays whole until the new one is complete.
"""

from __future__ import annotations

import errno
import gc
import logging
import os
import shutil
import sqlite3
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from ..domain.errors import QT_TRANSLATE_NOOP, UserError

#: What a write to a database open read-only is told (operations.Workspace refuses it first).
READ_ONLY = QT_TRANSLATE_NOOP("UserError", "This database is open read-only; the change was not saved.")

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

PART_SUFFIX = ".part"

DISK_FULL = QT_TRANSLATE_NOOP("UserError", "The disk is full: {path} could not be written. Free some space and try again.")
READ_ONLY_MEDIUM = QT_TRANSLATE_NOOP("UserError", "The disk holding {path} is read-only, so nothing could be written there.")
NO_PERMISSION = QT_TRANSLATE_NOOP(
    "UserError", "You are not allowed to write {path}, or another program has it open; nothing was written."
)
NO_FOLDER = QT_TRANSLATE_NOOP("UserError", "The folder for {path} does not exist, so nothing was written.")
IS_FOLDER = QT_TRANSLATE_NOOP("UserError", "{path} is a folder, not a file.")
NAME_TOO_LONG = QT_TRANSLATE_NOOP("UserError", "The name {path} is too long for this disk; choose a shorter name.")
NOT_WRITTEN = QT_TRANSLATE_NOOP("UserError", "The file {path} could not be written.")
NOT_FOUND = QT_TRANSLATE_NOOP("UserError", "The file {path} does not exist.")
NO_READ_PERMISSION = QT_TRANSLATE_NOOP("UserError", "You are not allowed to read {path}, or another program has it locked.")
NOT_READ = QT_TRANSLATE_NOOP("UserError", "The file {path} could not be read.")

DATABASE_FULL = QT_TRANSLATE_NOOP(
    "UserError", "The disk holding the database {path} is full, so nothing was changed. Free some space and try again."
)
DATABASE_READ_ONLY = QT_TRANSLATE_NOOP(
    "UserError", "The database {path} is on a read-only disk or is a read-only file, so nothing was changed."
)
DATABASE_NOT_WRITTEN = QT_TRANSLATE_NOOP(
    "UserError", "The database {path} could not be written (the disk may have been removed or be failing), so nothing was changed."
)
DATABASE_CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "UserError", "The database {path} cannot be opened: its folder is missing or you are not allowed to use it."
)
DATABASE_BUSY = QT_TRANSLATE_NOOP("UserError", "The database {path} is busy in another program; try again in a moment.")

_WINDOWS_WRITE_PROTECT = 19  # ERROR_WRITE_PROTECT: Python reports it as EACCES
_WINDOWS_DISK_FULL = {39, 112}  # ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL
#: Below this much free space an unexplained write failure of SQLite is a full disk.
_NEARLY_FULL = 1 << 20


def file_error(exc: OSError, path: os.PathLike[str] | str, *, reading: bool = False) -> UserError:
    """The one plain sentence for a failed file operation on *path* (never the system's English text)."""
    code, winerror = exc.errno, getattr(exc, "winerror", None)
    log.info("file operation on %s failed: %r", path, exc)
    if code == errno.EISDIR:
        message = IS_FOLDER
    elif reading:
        message = {errno.ENOENT: NOT_FOUND, errno.EACCES: NO_READ_PERMISSION, errno.EPERM: NO_READ_PERMISSION}.get(code, NOT_READ)
    elif code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)) or winerror in _WINDOWS_DISK_FULL:
        message = DISK_FULL
    elif code == errno.EROFS or winerror == _WINDOWS_WRITE_PROTECT:
        message = READ_ONLY_MEDIUM
    elif code in (errno.EACCES, errno.EPERM):
        message = NO_PERMISSION
    elif code in (errno.ENOENT, errno.ENOTDIR):
        message = NO_FOLDER
    elif code == errno.ENAMETOOLONG:
        message = NAME_TOO_LONG
    else:
        message = NOT_WRITTEN
    return UserError(message, path=path)


def database_error(exc: BaseException, path: os.PathLike[str] | str) -> UserError | None:
    """The plain sentence for a failure SQLite reports about the database file itself, None for others
    (a constraint, a programming error), which the caller re-raises as they are.

    *exc* is a sqlite3 error, or SQLAlchemy's wrapper of one. "Damaged" is said only when SQLite
    found the file malformed.
    """
    exc = getattr(exc, "orig", exc)
    if not isinstance(exc, sqlite3.Error):
        return None
    primary = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    if primary == 0 and isinstance(exc, sqlite3.OperationalError):  # an older driver: only the text
        text = str(exc)
        primary = 13 if "disk is full" in text else 8 if "readonly" in text else 10 if "disk I/O" in text else 0
    if primary in (11, 26):  # SQLITE_CORRUPT, SQLITE_NOTADB
        from .backup import damaged

        return damaged(Path(path))
    if primary == 13:  # SQLITE_FULL
        return UserError(DATABASE_FULL, path=path)
    if primary == 8:  # SQLITE_READONLY
        return UserError(DATABASE_READ_ONLY, path=path)
    if primary == 10:  # SQLITE_IOERR: a write that failed, most often for want of space
        return UserError(DATABASE_FULL if _nearly_full(Path(path)) else DATABASE_NOT_WRITTEN, path=path)
    if primary == 14:  # SQLITE_CANTOPEN
        return UserError(DATABASE_FULL if _nearly_full(Path(path)) else DATABASE_CANNOT_OPEN, path=path)
    if primary in (5, 6):  # SQLITE_BUSY, SQLITE_LOCKED
        return UserError(DATABASE_BUSY, path=path)
    return None


def _nearly_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < _NEARLY_FULL
    except OSError:
        return False


def fsync_folder(folder: Path) -> None:
    """Make a rename in *folder* durable (POSIX; Windows has no folder handles to flush)."""
    if sys.platform == "win32":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:  # Windows flushes only a handle opened for writing
        os.fsync(handle.fileno())


def _new_file_mode(target: Path) -> int:
    """The mode the target would get from a plain open(): the earlier file's, else 0666 less the umask."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def part_name(target: Path) -> str:
    """The prefix of a temporary file for *target*: hidden on Linux, named after what it will become."""
    return f".{target.name}."


@contextmanager
def atomic_write(target: os.PathLike[str] | str, *, after_commit_of: "Session | None" = None) -> Iterator[Path]:
    """Yield a temporary path beside *target* to write; when the block ends well, flush it to disk and
    rename it over *target* (then flush the folder). If the block raises, the temporary file is removed
    and an earlier *target* stays as it was. OSErrors come out as one plain sentence (UserError).

    With *after_commit_of*, the rename waits until that session's transaction commits (and the file is
    dropped if it rolls back): a printed report appears under its name only once its code is recorded.
    """
    target = Path(target)
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=folder, prefix=part_name(target), suffix=PART_SUFFIX)
        os.close(handle)
    except OSError as exc:
        raise file_error(exc, target) from exc
    temp = Path(name)
    try:
        yield temp
        os.chmod(temp, _new_file_mode(target))
        _fsync_file(temp)
    except BaseException as exc:
        # reportlab and openpyxl leave their handle open when a write fails: collect it, so the file
        # can be removed (Windows refuses to delete a file that is open)
        gc.collect()
        remove_quietly(temp)
        if isinstance(exc, OSError):
            raise file_error(exc, target) from exc
        raise
    if after_commit_of is None:
        _put_in_place(temp, target)
    else:
        _replace_after_commit(after_commit_of, temp, target)


def _put_in_place(temp: Path, target: Path) -> None:
    try:
        os.replace(temp, target)
        fsync_folder(target.parent)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise file_error(exc, target) from exc


def _replace_after_commit(session: "Session", temp: Path, target: Path) -> None:
    from sqlalchemy import event

    settled = []  # commit or rollback, whichever comes first, decides (listeners cannot be removed while firing)

    def committed(_session) -> None:
        if not settled:
            settled.append(True)
            _put_in_place(temp, target)

    def rolled_back(_session) -> None:
        if not settled:
            settled.append(False)
            temp.unlink(missing_ok=True)

    event.listen(session, "after_commit", committed, once=True)
    event.listen(session, "after_rollback", rolled_back, once=True)


def remove_quietly(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("could not remove %s: %r", path, exc)
