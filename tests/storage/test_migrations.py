"""Migrations run with foreign keys really off (PITFALLS 15, 26): rebuilding a parent table keeps
its child rows, and a migration that would leave broken references is refused and rolled back.

The migrations here are fixtures in a private copy of db/, one revision past the app's head.
"""

from __future__ import annotations

import shutil
import sqlite3
import textwrap
from pathlib import Path

import pytest

from gpa_desktop.domain.errors import DatabaseError
from gpa_desktop.domain.reports import ReportValues
from gpa_desktop.storage import migrations
from gpa_desktop.storage.database import SCHEMA_HEAD, Database
from gpa_desktop.storage.reports import save_report

ROOT = Path(__file__).resolve().parents[2]
HEADER = f'''
from alembic import op
import sqlalchemy as sa

revision = "9001"
down_revision = "{SCHEMA_HEAD}"
branch_labels = None
depends_on = None
'''
REBUILD_TASK = HEADER + textwrap.dedent(
    """
    def upgrade():
        assert op.get_bind().exec_driver_sql("PRAGMA foreign_keys").scalar() == 0, "foreign keys are on"
        # task is the parent of activity and assignment (ON DELETE CASCADE) and of progress_report (RESTRICT)
        with op.batch_alter_table("task", recreate="always") as batch:
            batch.add_column(sa.Column("note", sa.Text(), nullable=True))
    """
)
BREAK_REFERENCES = HEADER + textwrap.dedent(
    """
    def upgrade():
        op.execute("DELETE FROM agency WHERE code = 'STNMT'")  # its assignments and reports would point nowhere
    """
)

COUNTED = ("task", "activity", "assignment", "progress_report", "change_log")


@pytest.fixture
def scripts(tmp_path, monkeypatch):
    """A copy of db/ the test adds one migration to; the app's upgrade() runs from it."""
    folder = tmp_path / "db"
    shutil.copytree(ROOT / "db", folder, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(migrations, "migrations_dir", lambda: folder)

    def add(text: str) -> None:
        (folder / "versions" / "9001_fixture.py").write_text(text, encoding="utf-8")

    return add


@pytest.fixture
def with_children(db_path):
    db = Database.open(db_path)
    with db.transaction() as session:
        save_report(session, "1.2", "STNMT", "2024", ReportValues(status="in_progress", percent=45))
        save_report(session, "13.1", "STNMT", "2024", ReportValues(status="done", percent=100))
    db.close()
    return db_path


def counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        return {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in COUNTED}


def test_rebuilding_a_parent_table_keeps_every_child_row(scripts, with_children):
    scripts(REBUILD_TASK)
    before = counts(with_children)
    assert before["activity"] > 60 and before["assignment"] > 60 and before["progress_report"] == 2
    migrations.upgrade(with_children, "9001")
    assert counts(with_children) == before
    with sqlite3.connect(with_children) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9001"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert "note" in {row[1] for row in connection.execute("PRAGMA table_info(task)")}
    assert list((with_children.parent / "backups").glob("*before-upgrade*")), "backed up first"


def test_a_migration_that_breaks_references_is_refused_and_rolled_back(scripts, with_children):
    scripts(BREAK_REFERENCES)
    with sqlite3.connect(with_children) as connection:
        before = list(connection.iterdump())
    with pytest.raises(DatabaseError, match="broken references"):
        migrations.upgrade(with_children, "9001")
    with sqlite3.connect(with_children) as connection:
        assert list(connection.iterdump()) == before
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_app_itself_runs_with_foreign_keys_on_again_after_an_upgrade(db):
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
