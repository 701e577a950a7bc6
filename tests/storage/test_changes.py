"""Every write goes through the change log, and a batch can be undone through the same path."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from gpa_desktop.domain.errors import UserError
from gpa_desktop.domain.reports import ReportValues
from gpa_desktop.storage import models
from gpa_desktop.storage.changes import undo
from gpa_desktop.storage.reports import read_reports, save_report


def _log(session, batch=None):
    query = select(models.ChangeRow).order_by(models.ChangeRow.id)
    if batch is not None:
        query = query.where(models.ChangeRow.batch == batch)
    return session.scalars(query).all()


def test_a_new_report_is_logged_with_its_values(db):
    values = ReportValues(status="in_progress", percent=40, results="Đã khảo sát 3 huyện", budget=120.5)
    with db.transaction() as session:
        changes = save_report(session, "1.2", "STNMT", "2024", values, actor="Nguyễn Văn A")
    assert changes.entities() == {"progress_report"}
    with db.transaction() as session:
        [report] = read_reports(session, "2024")
        entry = _log(session, changes.batch)[-1]
    assert (report.task, report.agency, report.values) == ("1.2", "STNMT", values)
    assert report.revision == 1 and report.reporter == "Nguyễn Văn A" and report.received_at is not None
    assert entry.field == "*created" and entry.entity_key == "1.2/STNMT/2024"
    assert json.loads(entry.new)["results"] == "Đã khảo sát 3 huyện"
    assert entry.installation == db.installation_id and entry.actor == "Nguyễn Văn A" and entry.source == "app"


def test_an_update_logs_only_the_fields_that_changed_old_and_new(db):
    with db.transaction() as session:
        save_report(session, "1.2", "STNMT", "2024", ReportValues(status="in_progress", percent=40))
    with db.transaction() as session:
        changes = save_report(session, "1.2", "STNMT", "2024", ReportValues(status="in_progress", percent=70))
    fields = {(c.field, c.old, c.new) for c in changes.changes}
    assert ("percent", 40, 70) in fields
    assert not any(c.field == "status" for c in changes.changes)
    with db.transaction() as session:
        assert read_reports(session, "2024")[0].revision == 2


def test_saving_the_same_values_again_changes_nothing(db):
    values = ReportValues(status="done", percent=100)
    with db.transaction() as session:
        save_report(session, "1.1", "SKHDT", "2023", values)
    with db.transaction() as session:
        assert not save_report(session, "1.1", "SKHDT", "2023", values)


def test_undo_restores_old_values_and_is_logged_too(db):
    with db.transaction() as session:
        save_report(session, "1.2", "STNMT", "2024", ReportValues(percent=40, results="Bước 1"))
    with db.transaction() as session:
        edit = save_report(session, "1.2", "STNMT", "2024", ReportValues(percent=90, results="Bước 2"))
    with db.transaction() as session:
        reverse = undo(session, edit.batch)
    with db.transaction() as session:
        [report] = read_reports(session, "2024")
        entries = _log(session, reverse.batch)
    assert (report.values.percent, report.values.results) == (40, "Bước 1")
    assert entries and all(e.undoes == edit.batch and e.source == f"undo:{edit.batch}" for e in entries)


def test_undoing_a_creation_removes_the_row(db):
    with db.transaction() as session:
        created = save_report(session, "3.1", "SKHDT", "2025", ReportValues(percent=10))
    with db.transaction() as session:
        undo(session, created.batch)
    with db.transaction() as session:
        assert read_reports(session, "2025") == []
        assert session.scalars(select(models.ReportRow.id)).all() == []


def test_an_invalid_value_writes_nothing(db):
    with db.transaction() as session:
        before = len(_log(session))
    for bad in (ReportValues(percent=140), ReportValues(status="xong"), ReportValues(budget=-1.0)):
        with pytest.raises(UserError):
            with db.transaction() as session:
                save_report(session, "1.2", "STNMT", "2024", bad)
    with db.transaction() as session:
        assert len(_log(session)) == before and read_reports(session) == []


def test_the_log_refuses_to_be_rewritten(db):
    with db.transaction() as session:
        save_report(session, "1.2", "STNMT", "2024", ReportValues(percent=5))
    for statement in ("UPDATE change_log SET new = 'x'", "DELETE FROM change_log"):
        with pytest.raises(Exception, match="append-only"):
            with db.transaction() as session:
                session.execute(models.ChangeRow.__table__.update().values(new="x")) if "UPDATE" in statement else (
                    session.execute(models.ChangeRow.__table__.delete())
                )


def test_a_report_for_a_period_that_does_not_exist_is_refused_and_creates_nothing(db):
    with db.transaction() as session:
        periods = session.scalars(select(models.PeriodRow.code)).all()
    with pytest.raises(UserError, match="2026-H1.*2023, 2024"):
        with db.transaction() as session:
            save_report(session, "1.2", "STNMT", "2026-H1", ReportValues(percent=5))
    with db.transaction() as session:
        assert session.scalars(select(models.PeriodRow.code)).all() == periods
        assert session.scalars(select(models.ReportRow.id)).all() == []


def test_redo_after_undo_brings_the_edit_back(db):
    from gpa_desktop.storage.changes import history, redo

    with db.transaction() as session:
        created = save_report(session, "1.2", "STNMT", "2024", ReportValues(percent=40))
    with db.transaction() as session:
        edit = save_report(session, "1.2", "STNMT", "2024", ReportValues(percent=90))
    with db.transaction() as session:
        undo(session, edit.batch)
        undo(session, created.batch)
        assert read_reports(session, "2024") == []
        redo(session, created.batch)
        redo(session, edit.batch)
        [report] = read_reports(session, "2024")
        entries = history(session, "progress_report", "1.2/STNMT/2024")
    assert report.values.percent == 90
    assert [e.source for e in entries][:2] == ["app", "app"] and entries[-1].source == f"redo:{edit.batch}"
