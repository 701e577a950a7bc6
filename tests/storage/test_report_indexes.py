"""A period's statuses are added up from the covering index alone (the plan tree's period switch), and
one agency's reports of one period (a workbook's) are found by the (agency, period) index, in a fresh
database and in one upgraded from the revision before the indexes."""

from __future__ import annotations

import sqlite3

from gpa_desktop.domain.reports import ReportValues
from gpa_desktop.storage import migrations, plain_reads
from gpa_desktop.storage.database import SCHEMA_HEAD, Database
from gpa_desktop.storage.plan_store import read_plan
from gpa_desktop.storage.reports import save_report, stored_values

INDEX = "ix_progress_report_period_progress"
AGENCY_PERIOD = "ix_progress_report_agency_period"


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


def _plans_of_a_workbooks_reports(path) -> list[str]:
    """SQLite's plans for the statements reading one agency's reports of one period (an import's)."""
    db = Database.open(path)
    statements = []
    with db.transaction() as session:
        connection = plain_reads.dbapi(session)
        connection.set_trace_callback(statements.append)
        period_id = connection.execute("SELECT id FROM reporting_period WHERE code = '2024'").fetchone()[0]
        stored_values(session, "STNMT", period_id)
        save_report(session, "1.2", "STNMT", "2024", ReportValues(percent=50))
        connection.set_trace_callback(None)
        reads = [s for s in statements if s.startswith("SELECT") and "FROM progress_report" in s and "agency_id =" in s and "task_id =" not in s]
        plans = [" ".join(row[-1] for row in connection.execute("EXPLAIN QUERY PLAN " + s)) for s in reads]
    db.close()
    return plans


def test_a_workbooks_reports_are_found_by_the_agency_period_index(db_path):
    plans = _plans_of_a_workbooks_reports(db_path)
    assert len(plans) == 2 and all(AGENCY_PERIOD in plan for plan in plans), plans


def test_the_indexes_are_added_to_a_database_of_the_revision_before(db_path):
    Database.open(db_path).close()
    with sqlite3.connect(db_path) as connection:  # the indexes as revision 0006 had them
        connection.execute(f"DROP INDEX {INDEX}")
        connection.execute(f"DROP INDEX {AGENCY_PERIOD}")
        connection.execute("CREATE INDEX ix_progress_report_agency_id ON progress_report (agency_id)")
        connection.execute("UPDATE alembic_version SET version_num = '0006'")
    assert SCHEMA_HEAD != "0006"
    migrations.upgrade(db_path, backup=False)
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
        columns = [row[2] for row in connection.execute(f"PRAGMA index_info({INDEX})")]
        by_agency = [row[2] for row in connection.execute(f"PRAGMA index_info({AGENCY_PERIOD})")]
        indexes = {row[1] for row in connection.execute("PRAGMA index_list(progress_report)")}
    assert columns == ["period_id", "task_id", "status", "percent"] and by_agency == ["agency_id", "period_id"]
    assert "ix_progress_report_agency_id" not in indexes  # the new index serves the agency alone
    assert f"COVERING INDEX {INDEX}" in _plan_of_task_progress(db_path)
    assert all(AGENCY_PERIOD in plan for plan in _plans_of_a_workbooks_reports(db_path))
