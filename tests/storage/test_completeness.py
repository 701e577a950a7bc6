from datetime import datetime

from gpa_desktop.domain.reports import ReportValues
from gpa_desktop.storage import models
from gpa_desktop.storage.plan_store import read_plan
from gpa_desktop.storage.reports import period_completeness, save_report


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
