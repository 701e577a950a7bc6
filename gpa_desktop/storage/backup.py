"""Copies of the database made with SQLite's backup API (never a file copy of an open database)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Callable

from ..domain.errors import QT_TRANSLATE_NOOP, DatabaseError
from .files import atomic_write

#: progress(done_pages, total_pages)
Progress = Callable[[int, int], None]


def backup_database(source: Path, target: Path, progress: Progress | None = None) -> Path:
    """Copy *source* to *target* page by page, then prove the copy is sound; *target* appears
    only complete (an earlier file of that name stays whole until then)."""
    with atomic_write(target) as partial:
        src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst, pages=256, progress=(lambda _status, left, total: progress(total - left, total)) if progress else None)
            dst.execute("PRAGMA journal_mode=DELETE")  # a backup is a single self-contained file
            verdict = dst.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dst.close()
            src.close()
        if verdict != "ok":
            raise DatabaseError(
                QT_TRANSLATE_NOOP("UserError", "The backup copy failed its integrity check: {detail}"), detail=verdict
            )
    return target


def automatic_backup(database: Path, reason: str) -> Path:
    """A time-stamped backup beside the database, in its backups/ folder, before a risky step."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = database.parent / "backups" / f"{database.stem}-{stamp}-{reason}{database.suffix}"
    return backup_database(database, target)
