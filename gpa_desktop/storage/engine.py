"""The SQLite engines the app goes through: foreign keys, WAL, full sync, real transactions.

Its own module so that opening a file (database.py) and upgrading one (migrations.py) both use it
without importing each other.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # SQLAlchemy is imported when an engine is first made: start-up needs none (database.py)
    from sqlalchemy.engine import Engine

CACHE_KIB = 64 * 1024  # the most a connection's page cache holds (grown as pages are read)
BUSY_TIMEOUT_MS = 5000


def make_engine(path: Path, *, read_only: bool = False, foreign_keys: bool = True) -> Engine:
    """An engine whose every connection has foreign keys, WAL, full sync and real transactions.
    *foreign_keys*=False is for migrations only: a batch table copy must not cascade (PITFALLS 15)."""
    from sqlalchemy import create_engine

    if read_only:
        engine = create_engine(
            f"sqlite+pysqlite:///{path.as_uri()}?mode=ro&uri=true", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}
        )
    else:
        engine = create_engine(f"sqlite+pysqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    wal = [] if read_only else ["PRAGMA journal_mode=WAL"]
    # foreign keys before any BEGIN: the pragma is a no-op inside a transaction. The page cache at most
    # CACHE_KIB instead of SQLite's 2 MiB: an import reads each agency's reports, scattered over the
    # table, while its writes push pages out (0.7 s less of its work on the 10x benchmark database).
    _real_transactions(engine, [
        f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}", *wal, "PRAGMA synchronous=FULL",
        f"PRAGMA cache_size=-{CACHE_KIB}", f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    ])
    return engine


def engine_on(connection: sqlite3.Connection) -> Engine:
    """An engine over one open connection (an in-memory copy of a database), with foreign keys and
    real transactions as make_engine's."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    engine = create_engine("sqlite://", creator=lambda: connection, poolclass=StaticPool)
    _real_transactions(engine, ["PRAGMA foreign_keys=ON"])
    return engine


def _real_transactions(engine: Engine, pragmas: list[str]) -> None:
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # Take transaction control away from the sqlite3 module (it skips BEGIN for DDL
        # and savepoints), then set the pragmas that must run outside a transaction.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in pragmas:
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        connection.exec_driver_sql("BEGIN")
