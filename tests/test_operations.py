"""One home for every rule: reads never write, missing periods are plain errors, read commands run on a
read-only file, and a keystroke in the report form costs one short transaction."""

from __future__ import annotations

import hashlib
import io
import os
import stat
from contextlib import contextmanager
from datetime import date

import pytest
from sqlalchemy import event

from gpa_desktop.cli import main
from gpa_desktop.domain.errors import UserError
from gpa_desktop.domain.reports import ReportValues
from gpa_desktop.operations import Workspace
from gpa_desktop.operations.agencies import AgencyChange, ChangeKind, change_agencies
from gpa_desktop.operations.periods import delete_period, list_periods, save_period
from gpa_desktop.operations.reports import report_sheet, save_report, set_report


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), out, err), out.getvalue(), err.getvalue()


def _dump(path) -> str:
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()
    finally:
        connection.close()


@pytest.mark.parametrize(
    "argv",
    [
        ["completeness", "--period", "2094"],
        ["completeness", "--period", "2094", "--json"],
        ["export-summary", "--period", "2094", "-o", "{tmp}/s.xlsx"],
        ["export-template", "--agency", "STNMT", "--period", "2094", "-o", "{tmp}/t.xlsx"],
        ["report", "--agency", "STNMT", "--period", "2094", "-o", "{tmp}/r.pdf"],
        ["report", "--period", "2094", "-o", "{tmp}/p.pdf"],
        ["receipts", "--period", "2094"],
    ],
)
def test_asking_about_a_period_that_does_not_exist_is_a_plain_error_and_changes_nothing(db_path, tmp_path, argv):
    before = _dump(db_path)
    code, out, err = run("--db", str(db_path), *[a.format(tmp=tmp_path) for a in argv])
    assert code == 1 and "2094" in err and "2024" in err and "Traceback" not in err
    assert _dump(db_path) == before
    assert not any(tmp_path.glob("*.xlsx")) and not any(tmp_path.glob("*.pdf"))


def test_every_read_command_runs_on_a_read_only_file(db_path, tmp_path):
    assert run("--db", str(db_path), "period", "2024-H1")[0] == 0  # made while the file is writable
    before = _dump(db_path)
    os.chmod(db_path, stat.S_IRUSR | stat.S_IRGRP)
    os.chmod(db_path.parent, stat.S_IRUSR | stat.S_IXUSR)
    try:
        for argv in (
            ["show-plan"], ["show-plan", "--json"], ["agencies", "--json"], ["periods", "--json"],
            ["completeness", "--period", "2024"], ["receipts"], ["verify", "AAAAA-BBBBB"],
            ["export-plan", "-o", str(tmp_path / "out" / "plan.xlsx")],
        ):
            (tmp_path / "out").mkdir(exist_ok=True)
            code, out, err = run("--db", str(db_path), *argv)
            assert code in (0, 1) and "Traceback" not in err and "read-only" not in err and "chỉ đọc" not in err, (argv, err)
            if argv[0] != "verify":
                assert code == 0, (argv, err)
    finally:
        os.chmod(db_path.parent, stat.S_IRWXU)
        os.chmod(db_path, stat.S_IRUSR | stat.S_IWUSR)
    assert _dump(db_path) == before


def test_a_read_that_tries_to_write_is_stopped(db):
    from gpa_desktop.storage.changes import ChangeWriter

    ws = Workspace(db)
    with pytest.raises(AssertionError):
        with ws.reading() as session:
            ChangeWriter(session, source="app")


def test_periods_are_created_and_deleted_only_on_purpose(db):
    ws = Workspace(db, actor="Trần Thị Bình")
    saved = save_period(ws, "2026-Q3", due_on=date(2026, 10, 20))
    assert saved.period.due_on == date(2026, 10, 20) and saved.changes.periods == {"2026-Q3"} and saved.changes.batches
    assert "2026-Q3" in [p.code for p in list_periods(ws)]
    delete_period(ws, "2026-Q3")
    assert "2026-Q3" not in [p.code for p in list_periods(ws)]
    set_report(ws, "1.2", "STNMT", "2024", ReportValues(percent=10))
    with pytest.raises(UserError, match="2024"):
        delete_period(ws, "2024")  # a report refers to it


def test_the_2025_reorganisation_is_logged_with_its_actor(db):
    from gpa_desktop.storage.changes import history

    ws = Workspace(db, actor="Nguyễn Văn An")
    change_agencies(ws, AgencyChange(ChangeKind.RENAME, date(2025, 3, 1), code="SKHDT", name="Sở Kế hoạch và Đầu tư (mới)"))
    save_period(ws, "2025-H1", due_on=date(2025, 7, 20))
    with db.transaction() as session:
        assert {e.actor for e in history(session, "agency", "SKHDT")} == {"Nguyễn Văn An"}
        assert {e.actor for e in history(session, "reporting_period", "2025-H1")} == {"Nguyễn Văn An"}


@contextmanager
def _statements(db):
    """Every statement SQLite runs (through the ORM, Core or the plain connection), and the transactions begun."""
    seen: list[str] = []
    begins: list[int] = []
    traced = []

    def begin(connection):
        begins.append(1)
        raw = connection.connection.driver_connection
        raw.set_trace_callback(seen.append)
        traced.append(raw)

    event.listen(db.engine, "begin", begin)
    try:
        yield seen, begins
    finally:
        event.remove(db.engine, "begin", begin)
        for raw in traced:
            raw.set_trace_callback(None)


def test_saving_a_typed_field_costs_one_transaction_of_one_read_one_update_and_its_log_rows(db):
    ws = Workspace(db, actor="Trần Thị Bình")
    sheet = report_sheet(ws, "1.2", "STNMT", "2024")
    first = save_report(ws, sheet.handle, ReportValues(percent=10))  # a new report
    with _statements(db) as (seen, begins):
        second = save_report(ws, first.handle, ReportValues(percent=10, results="Đã kiểm kê"))
    kinds = [statement.split()[0] + (" change_log" if "change_log" in statement else "") for statement in seen]
    # the batch number, the row, one log row for the field typed and one for the revision (no lookups)
    assert len(begins) == 1 and kinds == ["SELECT change_log", "UPDATE", "INSERT change_log", "INSERT change_log", "COMMIT"], seen
    assert second.changes.reports == {("1.2", "STNMT", "2024")}
    again = report_sheet(ws, "1.2", "STNMT", "2024")
    assert again.values == ReportValues(percent=10, results="Đã kiểm kê") and again.handle.revision == 2


def test_a_report_changed_elsewhere_since_the_form_read_it_is_merged_not_lost(db):
    ws = Workspace(db)
    sheet = report_sheet(ws, "1.2", "STNMT", "2024")
    saved = save_report(ws, sheet.handle, ReportValues(percent=10))
    set_report(ws, "1.2", "STNMT", "2024", ReportValues(percent=10, proposals="Thêm kinh phí"))  # an import, say
    late = save_report(ws, saved.handle, ReportValues(percent=20))  # the form's handle is now stale
    assert late.handle.values.percent == 20
    now = report_sheet(ws, "1.2", "STNMT", "2024").values
    assert (now.percent, now.proposals) == (20, "Thêm kinh phí")  # the other edit's field is kept
