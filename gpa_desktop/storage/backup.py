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

from ..domain.errors import QT_TRANSLATE_NOOP, DatabaseError, UserError
from .files import DATABASE_FULL, IS_FOLDER, NOT_FOUND, PART_SUFFIX, atomic_write, database_error, remove_quietly

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
    a copy even of a damaged database (the safety copy taken before a restore).

    The proof is SQLite's quick_check: it reads every page and checks every b-tree, which is what
    damage breaks, in a fifth of integrity_check's time on the 10x benchmark database (0.4 s
    against 2 s, paid before every import); integrity_check's cross-check of each index against its
    table runs where a backup is about to become the database (restore_database, inspect_backup)."""
    with atomic_write(target) as partial:
        src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst, pages=256, progress=(lambda _status, left, total: progress(total - left, total)) if progress else None)
            dst.execute("PRAGMA journal_mode=DELETE")  # a backup is a single self-contained file
            verdict = dst.execute("PRAGMA quick_check").fetchone()[0] if check else "ok"
        except sqlite3.Error as exc:
            raise _backup_error(exc, source, target) from exc
        finally:
            dst.close()
            src.close()
        if verdict != "ok":  # the copy is the source page for page: the source is damaged
            log.error("backup of %s failed its integrity check: %s", source, verdict)
            raise damaged(source)
    return target


def _backup_error(exc: sqlite3.Error, source: Path, target: Path):
    """Damage is the source's; a full disk, a read-only medium or a failed write is the copy's."""
    from .files import DISK_FULL, NOT_WRITTEN, READ_ONLY_MEDIUM

    primary = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    if primary in (11, 26):  # SQLITE_CORRUPT, SQLITE_NOTADB
        return database_error(exc, source)
    message = {13: DISK_FULL, 8: READ_ONLY_MEDIUM}.get(primary)
    if message is None and primary in (10, 14):  # SQLITE_IOERR, SQLITE_CANTOPEN
        said = database_error(exc, target)
        message = DISK_FULL if said is not None and said.message == DATABASE_FULL else NOT_WRITTEN
    return UserError(message, path=target) if message else exc


def backups_folder(database: Path) -> Path:
    """Where the automatic backups of *database* are kept: backups/ beside it."""
    return database.parent / BACKUPS_FOLDER


def _automatic_name(database: Path) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(database.stem)}-(\d{{8}}-\d{{6}})(?:-\d+)?-([a-z-]+){re.escape(database.suffix)}$")


@dataclass(frozen=True)
class Retention:
    """Which automatic backups are kept: the newest *last*, and (with *monthly*) the newest of every month."""

    last: int = 10
    monthly: bool = True


#: The one place to change how many automatic backups are kept (README: "Dữ liệu nằm ở đâu").
RETENTION = Retention()


def automatic_backup(database: Path, reason: str, *, check: bool = True, retention: Retention = RETENTION) -> Path:
    """A time-stamped backup beside the database, in its backups/ folder, before a risky step.

    Unfinished copies left by a killed run are removed first, and the older backups are
    pruned by *retention* once the new one is complete.
    """
    folder = backups_folder(database)
    remove_unfinished_backups(database)
    stamp = datetime.now().strftime(STAMP)
    target = folder / f"{database.stem}-{stamp}-{reason}{database.suffix}"
    n = 1
    while target.exists():  # two in the same second: keep both
        n += 1
        target = folder / f"{database.stem}-{stamp}-{n}-{reason}{database.suffix}"
    backup_database(database, target, check=check)
    prune_backups(database, retention)
    return target


def remove_unfinished_backups(database: Path) -> list[Path]:
    """Remove the temporary files of automatic backups of *database* that a killed run left behind.
    Only this database's (we hold its writer lock, so none of them is being written)."""
    pattern = re.compile(
        rf"^\.{re.escape(database.stem)}-\d{{8}}-\d{{6}}(?:-\d+)?-[a-z-]+{re.escape(database.suffix)}\..+{re.escape(PART_SUFFIX)}$"
    )
    folder = backups_folder(database)
    removed = [p for p in folder.glob(f".{database.stem}-*{PART_SUFFIX}") if pattern.match(p.name)] if folder.is_dir() else []
    for path in removed:
        remove_quietly(path)
    return removed


def prune_backups(database: Path, retention: Retention = RETENTION) -> list[Path]:
    """Delete the automatic backups of *database* that *retention* does not keep; return them."""
    pattern = _automatic_name(database)
    folder = backups_folder(database)
    dated = sorted(
        ((pattern.match(p.name).group(1), p) for p in folder.glob(f"{database.stem}-*{database.suffix}") if pattern.match(p.name)),
        reverse=True,
    ) if folder.is_dir() else []
    keep = {path for _stamp, path in dated[: retention.last]}
    if retention.monthly:
        months = set()
        for stamp, path in dated:  # newest first: the first seen of a month is its newest
            if stamp[:6] not in months:
                months.add(stamp[:6])
                keep.add(path)
    removed = [path for _stamp, path in dated if path not in keep]
    for path in removed:
        remove_quietly(path)
    if removed:
        log.info("pruned %d automatic backups of %s", len(removed), database)
    return removed


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file holds, for choosing one to restore."""

    path: Path
    taken_at: datetime  # local time, from the automatic name or else the file's time
    size: int
    revision: str
    reports: int | None
    periods: int | None
    agencies: int | None
    sound: bool = True  # False: damaged or unreadable, it cannot be restored (and holds no counts)


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
        raise DatabaseError(BACKUP_DAMAGED if isinstance(exc, DatabaseDamaged) else NOT_A_BACKUP, path=path) from exc
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


def list_backups(database: Path, *, full_check: bool = False) -> list[BackupInfo]:
    """The automatic backups of *database*, newest first; a damaged or unreadable one with sound=False."""
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
            listed.append(inspect_backup(path, full_check=full_check))
        except DatabaseError:
            listed.append(BackupInfo(path, _taken_at(path), path.stat().st_size, "", None, None, None, sound=False))
    return listed


DAMAGED_WITH_BACKUP = QT_TRANSLATE_NOOP(
    "UserError",
    "The database {path} is damaged, so nothing was written to it; the newest sound backup is from {day:%d/%m/%Y %H:%M} ({backup}).",
)
DAMAGED_NO_BACKUP = QT_TRANSLATE_NOOP(
    "UserError", "The database {path} is damaged, so nothing was written to it, and no sound backup of it was found."
)


class DatabaseDamaged(DatabaseError):
    """SQLite found the database file malformed; *backup* is the newest automatic backup that passes a full check."""

    def __init__(self, path: Path, backup: BackupInfo | None) -> None:
        if backup is None:
            super().__init__(DAMAGED_NO_BACKUP, path=path)
        else:
            super().__init__(DAMAGED_WITH_BACKUP, path=path, day=backup.taken_at, backup=backup.path)
        self.path = path
        self.backup = backup


def newest_sound_backup(database: Path) -> BackupInfo | None:
    """The newest automatic backup of *database* that passes PRAGMA integrity_check."""
    for info in list_backups(database):
        if not info.sound:
            continue
        try:
            return inspect_backup(info.path, full_check=True)
        except DatabaseError:
            continue
    return None


def damaged(database: Path) -> DatabaseDamaged:
    """The error for a damaged *database*, offering its newest sound backup."""
    database = Path(database).absolute()
    log.error("database %s is damaged", database)
    return DatabaseDamaged(database, newest_sound_backup(database))


def check_sound(path: Path, *, full: bool = False) -> None:
    """Raise DatabaseDamaged unless SQLite's quick_check (or with *full*, integrity_check) passes.

    quick_check reads every page without cross-checking indexes against tables: 0.25 s on the
    10x benchmark database (tests/bench/bench_checks.py), so it runs at every open.
    """
    connection = sqlite3.connect(f"{Path(path).as_uri()}?mode=ro", uri=True)
    try:
        verdict = connection.execute(f"PRAGMA {'integrity_check' if full else 'quick_check'}").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        said = database_error(exc, path)
        if said is not None and not isinstance(said, DatabaseDamaged):
            raise said from exc
        raise damaged(path) from exc
    finally:
        connection.close()
    if verdict != "ok":
        log.error("%s of %s: %s", "integrity_check" if full else "quick_check", path, verdict)
        raise damaged(path)


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
