"""Opening a database file: checks, connection pragmas, first-run creation and migrations.

Alembic is imported only when a file actually needs upgrading; a current file opens with
one read of its schema revision. SQLAlchemy is imported when the ORM is first used (the engine is
made then): the checks, the lock and the window's first paint (``Database.plain_reading``) need
only the sqlite3 module, which keeps start-up fast.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from ..domain.errors import QT_TRANSLATE_NOOP, DatabaseError
from ..locations import on_network_share
from . import instance_lock
from .backup import check_sound
from .engine import BUSY_TIMEOUT_MS, engine_on, make_engine  # noqa: F401 - where callers found them
from .files import NO_FOLDER, READ_ONLY, database_error, file_error

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

#: Schema revisions this version of the app knows, oldest first; the last is current.
SCHEMA_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008")
SCHEMA_HEAD = SCHEMA_REVISIONS[-1]
SQLITE_MAGIC = b"SQLite format 3\x00"
#: What the window and the command line say when Database.on_network_share is true.
NETWORK_SHARE_WARNING = QT_TRANSLATE_NOOP(
    "UserError",
    "Warning: the database {path} is on a network share, where it can be damaged. "
    "Keep it on this computer's own disk and send copies instead.",
)


def inspect_file(path: Path) -> str | None:
    """The schema revision stored in *path*, None for an empty file; raise for a foreign file."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        unreadable = file_error(exc, path, reading=True)
        raise DatabaseError(unreadable.message, **unreadable.params) from exc
    if not header:
        return None
    not_ours = DatabaseError(
        QT_TRANSLATE_NOOP("UserError", "The file {path} is not a GPA Desktop database."), path=path
    )
    if header != SQLITE_MAGIC:
        from .backup import damaged

        lost = damaged(path)  # its first page overwritten, if a sound backup of this very file exists
        raise lost if lost.backup is not None else not_ours
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables:
                return None
            if "alembic_version" not in tables or "plan" not in tables:
                raise not_ours
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        # damaged only when SQLite says so: a full disk or a missing permission is said as such
        raise (database_error(exc, path) or not_ours) from exc
    if row is None:
        raise not_ours
    return row[0]


def needs_writer(path: Path) -> bool:
    """Whether *path* must be opened for writing before it can be read: it does not exist yet, is
    empty, or holds an older schema (a foreign or damaged file is refused by the open itself)."""
    path = Path(path).expanduser().absolute()
    if not path.is_file():
        return not path.is_dir()
    return inspect_file(path) != SCHEMA_HEAD


def _revision_to_open(path: Path, existed: bool) -> str | None:
    """The file's schema revision, once it is known to be ours, not too new, and sound."""
    revision = inspect_file(path) if existed else None
    if revision is not None and revision not in SCHEMA_REVISIONS:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The database {path} was made by a newer version of GPA Desktop. Install the newer version to open it.",
            ),
            path=path,
        )
    if revision is not None:
        check_sound(path)  # a damaged file is never written to: refused, with its newest sound backup
    return revision


def _check_writable(path: Path) -> None:
    folder = path.parent
    if not folder.is_dir():
        raise DatabaseError(NO_FOLDER, path=path)
    if (path.exists() and not os.access(path, os.W_OK)) or not os.access(folder, os.W_OK):
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The database file {path} is read-only. Copy it to a folder you can write to, or change its permissions.",
            ),
            path=path,
        )


class Database:
    """An open database file. Use ``with db.transaction() as session:`` for each user action."""

    def __init__(self, path: Path, engine: Engine | None = None, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self._engine = engine  # made on first use of the ORM (see engine)
        self._session_factory = None
        #: SQLite cannot lock or journal safely over a network share: the window and the CLI warn.
        self.on_network_share = on_network_share(path)
        if self.on_network_share:
            log.warning("database %s is on a network share", path)
        with self.plain_reading() as connection:
            self.installation_id = connection.execute("SELECT value FROM app_meta WHERE key = 'installation_id'").fetchone()[0]

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, made (and SQLAlchemy imported) when first asked for."""
        if self._engine is None:
            self._engine = make_engine(self.path, read_only=self.read_only)
        return self._engine

    @property
    def _sessions(self):
        if self._session_factory is None:
            from sqlalchemy import event
            from sqlalchemy.orm import sessionmaker

            # a database opened for viewing says so to its sessions: a change writer is refused at once
            self._session_factory = sessionmaker(self.engine, expire_on_commit=False, info={"read_only": self.read_only})
            event.listen(self._session_factory, "before_flush", _refuse_writes if self.read_only else _refuse_writes_in_reads)
        return self._session_factory

    @contextmanager
    def plain_reading(self) -> Iterator[sqlite3.Connection]:
        """A read-only transaction on a plain sqlite3 connection (storage.plain_reads reads through it):
        the engine's, once the ORM is in use, else a short-lived one, so that start-up needs no SQLAlchemy."""
        with self._said_plainly():
            if self._engine is not None:
                raw = self._engine.raw_connection()
                try:
                    connection = raw.driver_connection
                    connection.execute("BEGIN")
                    try:
                        yield connection
                    finally:
                        connection.execute("ROLLBACK")
                finally:
                    raw.close()
                return
            uri = f"{self.path.as_uri()}?mode=ro" if self.read_only else self.path.as_uri()
            connection = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            try:
                if not self.read_only:  # the file is in WAL mode from its open on, as with the engine's pragmas
                    connection.execute("PRAGMA journal_mode=WAL")
                connection.execute("BEGIN")
                yield connection
            finally:
                connection.close()  # rolls back: a read never commits

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, read_only: bool = False) -> "Database":
        """Open *path*, creating it from the built-in plan if it does not exist or is empty.

        A writer takes the file's instance lock (DatabaseInUse if another copy of the app has
        it); *read_only* opens an existing, current file for viewing without the lock.
        """
        path = Path(path).expanduser().absolute()
        if path.is_dir():
            raise DatabaseError(
                QT_TRANSLATE_NOOP("UserError", "{path} is a folder, not a database file."), path=path
            )
        existed = path.exists()
        if read_only:
            revision = _revision_to_open(path, existed)
            if revision != SCHEMA_HEAD:
                raise DatabaseError(
                    QT_TRANSLATE_NOOP("UserError", "The database {path} must be opened normally once before it can be viewed."),
                    path=path,
                )
            return cls(path, read_only=True)
        _check_writable(path)
        instance_lock.acquire(path)  # first: the same file under another name may be open (its -wal has another name)
        try:
            revision = _revision_to_open(path, existed)
            log.info("SQLite %s, database %s (schema %s)", sqlite3.sqlite_version, path, revision or "new")
            if revision is None:
                _create(path)
            elif revision != SCHEMA_HEAD:
                from .migrations import upgrade

                upgrade(path)
            return cls(path)
        except BaseException as exc:
            instance_lock.release(path)
            if not existed:  # a failed first run leaves no half-made file
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
            said = database_error(exc, path) if _is_database_error(exc) else None
            if said is not None:
                raise said from exc
            raise

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises. A failure of the
        file itself (full disk, read-only medium, damage) comes out as one plain sentence (UserError)."""
        with self._said_plainly():
            with self._sessions.begin() as session:
                session.info["installation"] = getattr(self, "installation_id", None)
                yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A transaction that only reads: any attempt to write in it is a programming error."""
        with self._said_plainly():
            session = self._sessions(info={"read": True})
            try:
                yield session
            finally:
                session.rollback()  # nothing to keep: a read never commits
                session.close()

    @contextmanager
    def _said_plainly(self) -> Iterator[None]:
        """SQLite's failures of the file itself as files.database_error's sentence; others as they are."""
        try:
            yield
        except Exception as exc:
            if not _is_database_error(exc):
                raise
            said = database_error(exc, self.path)
            if said is None:
                raise
            log.warning("database %s: %r", self.path, exc)
            raise said from exc

    @contextmanager
    def scratch_copy(self) -> Iterator[Session]:
        """A transaction on a private in-memory copy of the database, thrown away at the end: an
        action tried there (a preview of many changes) can never touch the file, even a read-only one."""
        from sqlalchemy.orm import Session

        memory = sqlite3.connect(":memory:", check_same_thread=False)
        raw = self.engine.raw_connection()
        try:
            raw.driver_connection.backup(memory)  # through SQLite: what sits in the -wal file counts too
        finally:
            raw.close()
        engine = engine_on(memory)
        session = Session(engine, info={"installation": self.installation_id})
        try:
            session.begin()
            yield session
        finally:
            session.rollback()  # nothing is kept: the copy goes with it
            session.close()
            engine.dispose()
            memory.close()

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
        if not self.read_only:
            instance_lock.release(self.path)


def _create(path: Path) -> None:
    """Create the schema and load the built-in plan in one transaction (Database.open removes a
    file it made, should this fail)."""
    from sqlalchemy.orm import Session

    from . import models
    from .plan_store import load_builtin_plan

    engine = make_engine(path)
    try:
        with engine.begin() as connection:
            models.Base.metadata.create_all(connection)
            connection.exec_driver_sql("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
            connection.exec_driver_sql("INSERT INTO alembic_version VALUES (?)", (SCHEMA_HEAD,))
            with Session(connection) as session:
                import uuid  # here: only a new database needs it, and it imports platform before the first paint

                session.add(models.AppMeta(key="installation_id", value=uuid.uuid4().hex))
                load_builtin_plan(session)
                session.flush()
    finally:
        engine.dispose()


def _is_database_error(exc: BaseException) -> bool:
    """A sqlite3 error, or SQLAlchemy's wrapper of one (looked up only if SQLAlchemy is loaded)."""
    if isinstance(exc, sqlite3.Error):
        return True
    sa_exc = sys.modules.get("sqlalchemy.exc")
    return sa_exc is not None and isinstance(exc, sa_exc.DBAPIError)


def _refuse_writes_in_reads(session, _context, _instances) -> None:
    if session.info.get("read") and (session.new or session.dirty or session.deleted):
        raise AssertionError("a read tried to write")


def _refuse_writes(session, _context, _instances) -> None:
    if session.new or session.dirty or session.deleted:
        raise DatabaseError(READ_ONLY)
