from datetime import date, datetime

from sqlalchemy import select, text, update

from gpa_desktop.domain.reports import ReportValues
from gpa_desktop.storage import models
from gpa_desktop.storage.plan_store import read_plan
from gpa_desktop.storage.completeness import period_completeness
from gpa_desktop.storage.reports import read_reports, save_report


def test_expected_reports_follow_the_plan_through_collectives(db):
    with db.transaction() as session:
        plan = read_plan(session)
        result = period_completeness(session, "2024")
    assert result.expected == len(plan.duties()) and result.received == 0
    pleiku = next(a for a in result.agencies if a.agency == "PLEIKU")
    assert "1.1" in pleiku.expected  # through "UBND các huyện, thị xã, thành phố"
    assert not any(a.agency == "HUYEN" for a in result.agencies)  # collectives themselves report nothing


def test_a_report_received_after_the_due_date_is_late(db):
    with db.transaction() as session:
        save_report(session, "1.2", "STNMT", "2024", ReportValues(percent=50))
        save_report(session, "1.1", "SKHDT", "2024", ReportValues(percent=100))
        late = session.query(models.ReportRow).filter_by(agency_id=session.query(models.AgencyRow.id).filter_by(code="SKHDT").scalar_subquery()).one()
        late.received_at = datetime(2025, 2, 1)
        on_time = session.query(models.ReportRow).filter_by(agency_id=session.query(models.AgencyRow.id).filter_by(code="STNMT").scalar_subquery()).one()
        on_time.received_at = datetime(2025, 1, 3)
    with db.transaction() as session:
        result = period_completeness(session, "2024")
    by_agency = {a.agency: a for a in result.agencies}
    assert by_agency["SKHDT"].late == ["1.1"] and "1.2" in by_agency["STNMT"].on_time
    assert (result.received, result.late, result.on_time) == (2, 1, 1)


def _receive(session, task, agency, period, at, status=None):
    save_report(session, task, agency, period, ReportValues(status=status, percent=10), received_at=at)


def test_the_receipt_day_in_vietnam_decides_on_time_whatever_the_machine_zone(db, machine_zone):
    """2024 is due 15/01/2025, judged on the Vietnamese calendar (stored times are UTC): 23:30 on the
    due day in Gia Lai (16:30 UTC) is on time; 06:30 the next morning there (23:30 UTC, still the
    15th in UTC) is late; so is 00:01 on the 16th in UTC."""
    from gpa_desktop.storage.completeness import period_completeness as counted

    with db.transaction() as session:
        _receive(session, "1.2", "STNMT", "2024", datetime(2025, 1, 15, 16, 30))
        _receive(session, "1.3", "SNNPTNT", "2024", datetime(2025, 1, 15, 23, 30))
        _receive(session, "1.2", "PLEIKU", "2024", datetime(2025, 1, 16, 0, 1))
        _receive(session, "1.2", "SKHDT", "2024", datetime(2025, 1, 1))  # SKHDT is not assigned 1.2: ignored
        result = counted(session, "2024")
    by_agency = {a.agency: a for a in result.agencies}
    assert by_agency["STNMT"].on_time == ["1.2"] and by_agency["SNNPTNT"].late == ["1.3"] and by_agency["PLEIKU"].late == ["1.2"]
    assert "1.2" not in by_agency["SKHDT"].expected
    assert (result.expected, result.received, result.on_time, result.late, result.missing) == (1269, 3, 1, 2, 1266)


def test_the_matrix_agrees_with_the_plain_count_for_every_period(db):
    """The SQL shortcut (receipt day against due date) gives what the domain rule gives on the same reports."""
    from gpa_desktop.domain.completeness import Receipt, compute_completeness
    from gpa_desktop.storage.completeness import completeness_matrix

    with db.transaction() as session:
        _receive(session, "1.2", "STNMT", "2023", datetime(2024, 1, 20))
        _receive(session, "1.2", "STNMT", "2024", datetime(2025, 1, 2))
        _receive(session, "5.4", "CAT", "2024", datetime(2025, 3, 2))
        # either side of the end of 15/01/2025 in Vietnam (17:00 UTC), down to the microsecond
        _receive(session, "1.3", "PLEIKU", "2024", datetime(2025, 1, 15, 16, 59, 59, 999999))
        _receive(session, "1.3", "SNNPTNT", "2024", datetime(2025, 1, 15, 17, 0))
        _receive(session, "1.2", "PLEIKU", "2024", datetime(2025, 1, 15, 17, 0))
        # a time written without fractions of a second (as another program might) compares the same
        session.execute(
            update(models.ReportRow)
            .where(models.ReportRow.received_at == datetime(2025, 1, 15, 17, 0))
            .where(models.ReportRow.agency_id == select(models.AgencyRow.id).where(models.AgencyRow.code == "PLEIKU").scalar_subquery())
            .where(models.ReportRow.task_id == select(models.TaskRow.id).where(models.TaskRow.code == "1.2").scalar_subquery())
            .values(received_at=text("'2025-01-15 17:00:00'"))
        )
        assert session.scalar(text("SELECT count(*) FROM progress_report WHERE received_at = '2025-01-15 17:00:00'")) == 1
        plan = read_plan(session)
        matrix = completeness_matrix(session, ["2023", "2024", "2025"])
        reports = read_reports(session)
    for figures, (code, due, ends) in zip(
        matrix, [("2023", date(2024, 1, 15), date(2023, 12, 31)), ("2024", date(2025, 1, 15), date(2024, 12, 31)), ("2025", date(2026, 1, 15), date(2025, 12, 31))]
    ):
        receipts = [Receipt(r.task, r.agency, r.received_at) for r in reports if r.period == code]
        assert figures.as_json() == compute_completeness(code, due, plan.duties(ends), receipts).as_json()
    assert [(c.on_time, c.late) for c in matrix] == [(0, 1), (2, 3), (0, 0)]
    with db.transaction() as session:
        assert completeness_matrix(session, []) == []  # no period asked about: nothing to count


def test_a_task_due_in_2023_is_overdue_until_everyone_on_it_reports_it_done(db):
    from tests.support import add_periods

    add_periods(db, "2024-H1")
    """1.1 is due "Năm 2023"; it is done as the plan tree shows it: every expected report says done."""
    from gpa_desktop.storage.completeness import period_overdue_tasks

    with db.transaction() as session:
        plan = read_plan(session)
        assert period_overdue_tasks(session, "2023") == []  # not yet past its year
        assert period_overdue_tasks(session, "2024") == ["1.1"]
        _receive(session, "1.1", "SKHDT", "2024", datetime(2025, 1, 5), status="done")  # the lead alone
        assert period_overdue_tasks(session, "2024") == ["1.1"]
        on_it = [d.agency for d in plan.duties(date(2024, 12, 31)) if d.task == "1.1"]
        assert len(on_it) == 36  # the lead (also one of the 19 departments, counted once) and 17 districts
        for agency in on_it:
            _receive(session, "1.1", agency, "2024", datetime(2025, 1, 5), status="done")
        assert period_overdue_tasks(session, "2024") == []
        assert period_overdue_tasks(session, "2025") == []  # done stays done
        assert period_overdue_tasks(session, "2024-H1") == ["1.1"]  # but not before it was


def test_moving_the_due_date_moves_a_report_between_late_and_on_time(db):
    from gpa_desktop.storage.completeness import period_completeness as counted
    from gpa_desktop.storage.periods import set_period_dates

    with db.transaction() as session:
        _receive(session, "1.2", "STNMT", "2024", datetime(2025, 1, 20))
        assert (counted(session, "2024").on_time, counted(session, "2024").late) == (0, 1)
        from gpa_desktop.storage.changes import ChangeWriter

        set_period_dates(session, ChangeWriter(session, source="app"), "2024", due_on=date(2025, 1, 31))
        assert (counted(session, "2024").on_time, counted(session, "2024").late) == (1, 0)
