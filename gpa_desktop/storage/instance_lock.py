"""One writer per database file: a lock file beside it, held by the OS while the app has it open.

The operating system releases the lock when the process ends, even if it is killed, so a
crash never leaves a stale lock. Within one process the lock is shared (the window and a
command it runs may open the same file twice).
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
    handle: IO[str]
    count: int


_HELD: dict[Path, _Held] = {}
_WINDOWS_LOCK_OFFSET = 1 << 20


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def _try_lock(handle: IO[str]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            # lock one byte well past the holder's details, so a second copy can still read them
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


def acquire(database: Path) -> None:
    """Take the file's writer lock or raise DatabaseInUse naming who holds it."""
    key = database.resolve()
    if key in _HELD:
        _HELD[key].count += 1
        return
    path = lock_path(key)
    handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - held open until release()
    if not _try_lock(handle):
        handle.seek(0)
        try:
            info = json.loads(handle.read() or "{}")
        except (OSError, ValueError):  # Windows refuses to read a byte range another process has locked
            info = {}
        handle.close()
        holder = ", ".join(str(info[k]) for k in ("host", "since") if k in info) or "?"
        raise DatabaseInUse(key, holder)
    handle.seek(0)
    handle.truncate()
    handle.write(
        json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "since": datetime.now().strftime("%d/%m/%Y %H:%M")})
    )
    handle.flush()
    _HELD[key] = _Held(handle, 1)


def release(database: Path) -> None:
    key = database.resolve()
    held = _HELD.get(key)
    if held is None:
        return
    held.count -= 1
    if held.count == 0:
        del _HELD[key]
        held.handle.close()  # closing releases the OS lock
