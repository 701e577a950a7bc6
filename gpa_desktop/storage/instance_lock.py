"""One writer per database file: a lock on the file itself, held by the OS while the app has it open.

The lock is taken on the database file (not on a name beside it), so the same file reached through
a hard link, a symbolic link or another path is still one file with one writer (PITFALLS 27): BSD
flock() on Linux and macOS (independent of the POSIX locks SQLite takes), and on Windows a lock on
one byte far beyond anything SQLite reads. The operating system releases it when the process ends,
even if it is killed, so a crash never leaves a stale lock. Within one process the lock is shared
(the window and a command it runs may open the same file twice), keyed on the file's device and
inode. Who holds it (host, since when) is written beside the name it was opened by, for the message.
(On an NFS share Linux emulates flock with POSIX locks, which SQLite also uses: one more reason the
app warns about network shares.)
"""

from __future__ import annotations

import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

from ..domain.errors import QT_TRANSLATE_NOOP, UserError


class DatabaseInUse(UserError):
    """Another running copy of the app has the file open for writing."""

    def __init__(self, path: Path, holder: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The database {path} is already open in another copy of GPA Desktop ({holder}). "
                "Close that copy first, or open this one read-only.",
            ),
            path=path,
            holder=holder,
        )
        self.path = path


@dataclass
class _Held:
    handle: IO[bytes]
    count: int


_HELD: dict[tuple[int, int], _Held] = {}
_KEYS: dict[Path, tuple[int, int]] = {}  # the names it was taken by, so release works even if the file is gone
#: Windows locks byte ranges mandatorily: lock one byte at 1 TiB, where SQLite never reads or writes.
_WINDOWS_LOCK_OFFSET = 1 << 40


def lock_path(database: Path) -> Path:
    """The note naming who holds the lock (not the lock itself)."""
    return database.with_name(database.name + ".lock")


def _try_lock(handle: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            handle.seek(_WINDOWS_LOCK_OFFSET)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _key(handle: IO[bytes]) -> tuple[int, int]:
    status = os.fstat(handle.fileno())
    return status.st_dev, status.st_ino


def acquire(database: Path) -> None:
    """Take the file's writer lock (creating an empty file if there is none yet) or raise
    DatabaseInUse naming who holds it."""
    handle = open(os.open(database, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o666), "r+b")  # noqa: SIM115 - held until release()
    key = _key(handle)
    if key in _HELD:
        handle.close()  # BSD and Windows locks belong to the first handle, which stays open
        _HELD[key].count += 1
        _KEYS[Path(database).absolute()] = key
        return
    if not _try_lock(handle):
        handle.close()
        raise DatabaseInUse(database, _holder(database))
    _HELD[key] = _Held(handle, 1)
    _KEYS[Path(database).absolute()] = key
    try:
        lock_path(database).write_text(
            json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "since": datetime.now().strftime("%d/%m/%Y %H:%M")}),
            encoding="utf-8",
        )
    except OSError:  # only a note for the message
        pass


def _holder(database: Path) -> str:
    try:
        info = json.loads(lock_path(database).read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        info = {}
    return ", ".join(str(info[k]) for k in ("host", "since") if k in info) or "?"


def release(database: Path) -> None:
    key = _KEYS.get(Path(database).absolute())
    held = _HELD.get(key) if key is not None else None
    if held is None:
        return
    held.count -= 1
    if held.count == 0:
        del _HELD[key]
        names = [n for n, k in _KEYS.items() if k == key]
        for name in names:
            del _KEYS[name]
        for name in names:
            lock_path(name).unlink(missing_ok=True)  # our note; nobody else can have written one while we hold it
        held.handle.close()  # closing releases the OS lock
