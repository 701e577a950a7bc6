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


def upgrade(path: Path, revision: str = "head") -> None:
    """Back the file up, then migrate it with foreign keys off (batch table copies must not cascade)."""
    from alembic import command

    backup = automatic_backup(path, "before-upgrade")
    log.info("Upgrading %s (backup at %s)", path, backup)
    engine = make_engine(path)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            command.upgrade(alembic_config(connection), revision)
            connection.commit()
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
    finally:
        engine.dispose()
    if problems:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "Upgrading {path} left broken references; the copy made before the upgrade is at {backup}.",
            ),
            path=path,
            backup=backup,
        )
