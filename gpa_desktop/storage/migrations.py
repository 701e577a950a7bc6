"""Upgrading an older database file with Alembic (imported only here, only when needed)."""

from __future__ import annotations

import logging
from pathlib import Path

from ..domain.errors import QT_TRANSLATE_NOOP, DatabaseError
from ..locations import migrations_dir
from .backup import automatic_backup
from .engine import make_engine

log = logging.getLogger(__name__)


def alembic_config(connection=None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.attributes["connection"] = connection
    return config


def upgrade(path: Path, revision: str = "head", *, backup: bool = True) -> None:
    """Back the file up (unless it is a private copy), then migrate it with foreign keys off
    (batch table copies must not cascade)."""
    from alembic import command

    copy = automatic_backup(path, "before-upgrade") if backup else None
    log.info("Upgrading %s (backup at %s)", path, copy)
    # PRAGMA foreign_keys is a no-op inside a transaction (PITFALLS 26): it is set as each
    # connection opens, before the BEGIN, and read back inside it.
    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.connect() as connection:
            if connection.exec_driver_sql("PRAGMA foreign_keys").scalar() != 0:
                raise RuntimeError("foreign keys are still on: a migration could cascade")
            command.upgrade(alembic_config(connection), revision)
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                log.error("upgrade of %s left broken references: %s", path, problems[:20])
                connection.rollback()
            else:
                connection.commit()
    finally:
        engine.dispose()
    if problems:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "Upgrading {path} would leave broken references, so it was not upgraded; nothing was changed.",
            ),
            path=path,
        )
