"""Copies of the database the officer asks for."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .workspace import Workspace


def back_up(ws: Workspace, target: Path, progress: Callable[[int, int], None] | None = None) -> Path:
    """A consistent copy of the open database (SQLite's backup API, never a file copy)."""
    from ..storage.backup import backup_database

    return backup_database(ws.path, target, progress)
