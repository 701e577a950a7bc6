"""The first paint's reads on a bare DB-API connection are the same reads the ORM callers make."""

from __future__ import annotations

import sqlite3

from gpa_desktop.domain.reports import ReportValues, consolidate
from gpa_desktop.storage import plain_reads
from gpa_desktop.storage.plan_store import builtin_plan, read_plan
from gpa_desktop.storage.reports import done_status_codes, read_reports, save_report, status_labels, task_progress


def test_a_bare_connection_reads_the_plan_statuses_and_periods_as_the_orm_callers_do(db):
    connection = sqlite3.connect(db.path)
    try:
        with db.reading() as session:
            assert plain_reads.read_plan(connection) == read_plan(session) == builtin_plan()
            assert plain_reads.status_labels(connection) == status_labels(session)
            assert plain_reads.done_status_codes(connection) == done_status_codes(session) == {"done"}
        assert [p.code for p in plain_reads.list_periods(connection)][:2] == ["2023", "2024"]
    finally:
        connection.close()


def test_progress_added_up_by_sqlite_is_consolidate_over_the_reports(db):
    reports = [
        ("1.1", "SKHDT", "in_progress", 40), ("1.1", "STNMT", "not_started", None), ("1.2", "SKHDT", "done", 100),
        ("1.2", "STNMT", "done", 90), ("1.3", "SKHDT", "behind", 10), ("1.3", "STNMT", None, 30),
        ("2.1", "SKHDT", "not_started", 0),
    ]
    with db.transaction() as session:
        for task, agency, status, percent in reports:
            save_report(session, task, agency, "2024", ReportValues(status=status, percent=percent))
    with db.reading() as session:
        plan = read_plan(session)
        done = done_status_codes(session)
        by_task: dict[str, list[ReportValues]] = {}
        for report in read_reports(session, "2024"):
            by_task.setdefault(report.task, []).append(report.values)
        expected = {}
        for duty in plan.duties(plan_reads_end(session)):
            expected[duty.task] = expected.get(duty.task, 0) + 1
        want = {task: consolidate(values, expected.get(task, 0), done) for task, values in by_task.items()}
        assert task_progress(session, "2024", plan) == want
        assert {t: p.status for t, p in want.items()} == {"1.1": "in_progress", "1.2": want["1.2"].status, "1.3": "behind", "2.1": "not_started"}


def plan_reads_end(session):
    return plain_reads.period_row(plain_reads.dbapi(session), "2024")[1]
