"""Copies of the database the officer asks for, the automatic ones, and putting one back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .workspace import Workspace

if TYPE_CHECKING:
    from ..storage.backup import BackupInfo, RestoreResult


def back_up(ws: Workspace, target: Path, progress: Callable[[int, int], None] | None = None) -> Path:
    """A consistent copy of the open database (SQLite's backup API, never a file copy)."""
    from ..storage.backup import backup_database

    return backup_database(ws.path, target, progress)


def automatic_backups(database: Path) -> list["BackupInfo"]:
    """The automatic backups kept beside *database*, newest first, with what each holds."""
    from ..storage.backup import list_backups

    return list_backups(Path(database).expanduser().absolute())


def describe_backup(path: Path) -> "BackupInfo":
    """What a backup file holds, once it is known to be a GPA Desktop database this app can restore
    (a quick check; the restore itself runs the full one). Raises UserError otherwise."""
    from ..storage.backup import inspect_backup

    return inspect_backup(Path(path), full_check=False)


def restore(target: Workspace | Path, backup: Path) -> "RestoreResult":
    """Put *backup* back into the database: checked first, the current state kept as an automatic
    backup, then written into the live file through SQLite's backup API (never a file copy).

    *target* is the open workspace (the window, which then reopens the file) or the database's
    path (the command line; a database too damaged to open)."""
    from ..storage.backup import restore_database

    if isinstance(target, Workspace):
        target.require_writable()
    return restore_database(target.database if isinstance(target, Workspace) else Path(target), Path(backup))
