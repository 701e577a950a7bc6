"""A period's statuses are added up from the covering index alone (the plan tree's period switch), in a
fresh database and in one upgraded from the revision before the index."""

from __future__ import annotations

import sqlite3

from gpa_desktop.domain.reports import ReportValues
from gpa_desktop.storage import migrations, plain_reads
from gpa_desktop.storage.database import SCHEMA_HEAD, Database
from gpa_desktop.storage.plan_store import read_plan
from gpa_desktop.storage.reports import save_report

INDEX = "ix_progress_report_period_progress"


def _plan_of_task_progress(path) -> str:
    """SQLite's plan for the statement task_progress runs (caught as it runs)."""
    db = Database.open(path)
    with db.transaction() as session:
        plan = read_plan(session)
    db.close()
    statements = []
    with sqlite3.connect(path) as connection:
        connection.set_trace_callback(statements.append)
        period_id, ends_on = plain_reads.period_row(connection, "2024")
        plain_reads.task_progress(connection, period_id, ends_on, plan)
        connection.set_trace_callback(None)
        (statement,) = [s for s in statements if "GROUP BY" in s]
        return " ".join(row[-1] for row in connection.execute("EXPLAIN QUERY PLAN " + statement))


def test_a_period_switch_reads_the_covering_index_only(db_path):
    db = Database.open(db_path)
    with db.transaction() as session:
        save_report(session, "1.2", "STNMT", "2024", ReportValues(status="in_progress", percent=45))
    db.close()
    assert f"COVERING INDEX {INDEX}" in _plan_of_task_progress(db_path)


def test_the_index_is_added_to_a_database_of_the_revision_before(db_path):
    Database.open(db_path).close()
    with sqlite3.connect(db_path) as connection:
        connection.execute(f"DROP INDEX {INDEX}")
        connection.execute("UPDATE alembic_version SET version_num = '0006'")
    assert SCHEMA_HEAD != "0006"
    migrations.upgrade(db_path, backup=False)
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
        columns = [row[2] for row in connection.execute(f"PRAGMA index_info({INDEX})")]
    assert columns == ["period_id", "task_id", "status", "percent"]
    assert f"COVERING INDEX {INDEX}" in _plan_of_task_progress(db_path)
