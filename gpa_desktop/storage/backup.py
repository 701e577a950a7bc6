"""Copies of the database made with SQLite's backup API (never a file copy of an open database),
the automatic backups kept beside it, and restoring one of them into the live database.

Restoring never copies a file over the database: a ``-wal`` left by a crashed session would be
replayed onto the copied-in file (PITFALLS 25). The backup is written *into* the live database
through SQLite's backup API, under the writer lock, so SQLite itself deals with its WAL.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from ..domain.errors import QT_TRANSLATE_NOOP, DatabaseError
from .files import DATABASE_DAMAGED, IS_FOLDER, NOT_FOUND, atomic_write, database_error

if TYPE_CHECKING:
    from .database import Database

log = logging.getLogger(__name__)

#: progress(done_pages, total_pages)
Progress = Callable[[int, int], None]
BACKUPS_FOLDER = "backups"
STAMP = "%Y%m%d-%H%M%S"


def backup_database(source: Path, target: Path, progress: Progress | None = None, *, check: bool = True) -> Path:
    """Copy *source* to *target* page by page, then prove the copy is sound; *target* appears
    only complete (an earlier file of that name stays whole until then). *check*=False keeps
    a copy even of a damaged database (the safety copy taken before a restore)."""
    with atomic_write(target) as partial:
        src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst, pages=256, progress=(lambda _status, left, total: progress(total - left, total)) if progress else None)
            dst.execute("PRAGMA journal_mode=DELETE")  # a backup is a single self-contained file
            verdict = dst.execute("PRAGMA integrity_check").fetchone()[0] if check else "ok"
        finally:
            dst.close()
            src.close()
        if verdict != "ok":
            raise DatabaseError(
                QT_TRANSLATE_NOOP("UserError", "The backup copy failed its integrity check: {detail}"), detail=verdict
            )
    return target


def backups_folder(database: Path) -> Path:
    """Where the automatic backups of *database* are kept: backups/ beside it."""
    return database.parent / BACKUPS_FOLDER


def _automatic_name(database: Path) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(database.stem)}-(\d{{8}}-\d{{6}})(?:-\d+)?-([a-z-]+){re.escape(database.suffix)}$")


def automatic_backup(database: Path, reason: str, *, check: bool = True) -> Path:
    """A time-stamped backup beside the database, in its backups/ folder, before a risky step."""
    stamp = datetime.now().strftime(STAMP)
    folder = backups_folder(database)
    target = folder / f"{database.stem}-{stamp}-{reason}{database.suffix}"
    n = 1
    while target.exists():  # two in the same second: keep both
        n += 1
        target = folder / f"{database.stem}-{stamp}-{n}-{reason}{database.suffix}"
    return backup_database(database, target, check=check)


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file holds, for choosing one to restore."""

    path: Path
    taken_at: datetime  # local time, from the automatic name or else the file's time
    size: int
    revision: str
    reports: int
    periods: int
    agencies: int


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    safety_backup: Path | None  # the state just before the restore, in the automatic backups folder


NOT_A_BACKUP = QT_TRANSLATE_NOOP("UserError", "The file {path} is not a GPA Desktop database, so it cannot be restored.")
BACKUP_DAMAGED = QT_TRANSLATE_NOOP("UserError", "The backup {path} is damaged, so it cannot be restored.")
RESTORE_ONTO_ITSELF = QT_TRANSLATE_NOOP("UserError", "{path} is the open database itself; choose a backup of it.")
RESTORE_READ_ONLY = QT_TRANSLATE_NOOP("UserError", "This database is open read-only; a backup cannot be restored into it.")


def _taken_at(path: Path) -> datetime:
    match = re.search(r"(\d{8})-(\d{6}|\d{4})", path.name)
    if match:
        try:
            return datetime.strptime(match.group(1) + match.group(2).ljust(6, "0"), "%Y%m%d%H%M%S")
        except ValueError:
            pass
    return datetime.fromtimestamp(path.stat().st_mtime)


def inspect_backup(path: Path, *, full_check: bool = True) -> BackupInfo:
    """Check that *path* is a sound GPA Desktop database of a schema this app knows; say what it holds."""
    from .database import SCHEMA_REVISIONS, inspect_file

    path = Path(path).absolute()
    if not path.is_file():
        raise DatabaseError(NOT_FOUND if not path.exists() else IS_FOLDER, path=path)
    try:
        revision = inspect_file(path)
    except DatabaseError as exc:
        raise DatabaseError(BACKUP_DAMAGED if exc.message == DATABASE_DAMAGED else NOT_A_BACKUP, path=path) from exc
    if revision is None:
        raise DatabaseError(NOT_A_BACKUP, path=path)
    if revision not in SCHEMA_REVISIONS:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("UserError", "The backup {path} was made by a newer version of GPA Desktop; install it to restore this backup."),
            path=path,
        )
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        verdict = connection.execute(f"PRAGMA {'integrity_check' if full_check else 'quick_check'}").fetchone()[0]
        if verdict != "ok":
            raise DatabaseError(BACKUP_DAMAGED, path=path)
        count = lambda table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: E731
        info = BackupInfo(
            path, _taken_at(path), path.stat().st_size, revision, count("progress_report"), count("reporting_period"), count("agency")
        )
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(BACKUP_DAMAGED, path=path) from exc
    finally:
        connection.close()
    return info


def list_backups(database: Path, *, full_check: bool = False) -> list[tuple[Path, BackupInfo | None]]:
    """The automatic backups of *database*, newest first; None for one that is damaged or unreadable."""
    pattern = _automatic_name(database)
    folder = backups_folder(database)
    found = sorted(
        (p for p in folder.glob(f"{database.stem}-*{database.suffix}") if pattern.match(p.name)),
        key=lambda p: (pattern.match(p.name).group(1), p.stat().st_mtime),
        reverse=True,
    ) if folder.is_dir() else []
    listed = []
    for path in found:
        try:
            listed.append((path, inspect_backup(path, full_check=full_check)))
        except DatabaseError:
            listed.append((path, None))
    return listed


def restore_database(live: "Database | Path", backup: Path) -> RestoreResult:
    """Replace the live database's content with *backup*'s, after checking the backup and keeping a
    copy of the current state; return what was restored.

    *live* is the open Database (the window) or the path of the file (the command line, or a
    database too damaged to open), whose writer lock is then taken here.
    """
    from . import instance_lock
    from .database import SCHEMA_HEAD, Database

    path = live.path if isinstance(live, Database) else Path(live).expanduser().absolute()
    if isinstance(live, Database) and live.read_only:
        raise DatabaseError(RESTORE_READ_ONLY)
    backup = Path(backup).expanduser().absolute()
    if backup.exists() and path.exists() and os.path.samefile(backup, path):
        raise DatabaseError(RESTORE_ONTO_ITSELF, path=backup)
    info = inspect_backup(backup)
    if not isinstance(live, Database):
        instance_lock.acquire(path)
    upgraded = None
    try:
        source = backup
        if info.revision != SCHEMA_HEAD:  # an older backup: upgraded on a copy, through the usual migrations
            from .migrations import upgrade

            upgraded = path.with_name(f".{path.name}.restoring")
            backup_database(backup, upgraded)
            upgrade(upgraded, backup=False)
            source = upgraded
        safety = _safety_copy(path) if path.exists() and path.stat().st_size else None
        if isinstance(live, Database):
            live.engine.dispose()  # no idle connection of ours keeps the old pages cached
        try:
            _copy_into(source, path, live.engine if isinstance(live, Database) else None)
        except sqlite3.Error as exc:
            raise (database_error(exc, path) or exc) from exc
        finally:
            if isinstance(live, Database):
                live.engine.dispose()
    finally:
        if upgraded is not None:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{upgraded}{suffix}").unlink(missing_ok=True)
        if not isinstance(live, Database):
            instance_lock.release(path)
    log.info("restored %s from %s (safety copy %s)", path, backup, safety)
    return RestoreResult(info, safety)


def _safety_copy(path: Path) -> Path:
    """The current state, kept in the automatic backups before a restore replaces it (even if damaged)."""
    try:
        return automatic_backup(path, "before-restore", check=False)
    except (DatabaseError, sqlite3.DatabaseError):
        # too damaged for SQLite to read: keep the bytes as they are (no writer has it open: we hold the lock)
        import shutil

        stamp = datetime.now().strftime(STAMP)
        target = backups_folder(path) / f"{path.stem}-{stamp}-damaged{path.suffix}"
        with atomic_write(target) as temp:
            shutil.copyfile(path, temp)
        return target


def _copy_into(source: Path, path: Path, engine) -> None:
    """Write *source* into the database at *path* with SQLite's backup API, then check the result."""
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    raw = engine.raw_connection() if engine is not None else None
    dst = raw.driver_connection if raw is not None else sqlite3.connect(path, isolation_level=None)
    try:
        try:
            dst.execute("PRAGMA journal_mode=WAL").fetchone()
        except sqlite3.DatabaseError as exc:
            if (exc.sqlite_errorcode & 0xFF) != 26 or raw is not None:  # SQLITE_NOTADB: its first page is gone
                raise
            # Nothing of it is readable: start it afresh (we hold its lock), then write the backup into it.
            dst.close()
            for suffix in ("-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            os.truncate(path, 0)
            dst = sqlite3.connect(path, isolation_level=None)
            dst.execute("PRAGMA journal_mode=WAL").fetchone()
        if src.execute("PRAGMA page_size").fetchone() != dst.execute("PRAGMA page_size").fetchone():
            dst.execute("PRAGMA journal_mode=DELETE").fetchone()  # WAL cannot change its page size
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=WAL").fetchone()
        verdict = dst.execute("PRAGMA integrity_check").fetchone()[0]
        if verdict != "ok":  # pragma: no cover - the backup API wrote a sound source's pages
            raise DatabaseError(BACKUP_DAMAGED, path=source)
    finally:
        src.close()
        if raw is not None:
            raw.close()
        else:
            dst.close()
