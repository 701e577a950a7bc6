from datetime import datetime

from gpa_desktop.domain.plan import AgencyKind
from gpa_desktop.domain.reports import ReportValues
from gpa_desktop.storage.completeness import completeness_by_kind, period_completeness, status_by_group
from gpa_desktop.storage.plan_store import read_plan
from gpa_desktop.storage.reports import average_progress_by_period, save_report


def test_status_by_group_counts_expected_reports_and_progress(db):
    with db.transaction() as session:
        save_report(session, "1.2", "STNMT", "2024", ReportValues(status="done", percent=100))
        save_report(session, "1.3", "SNNPTNT", "2024", ReportValues(status="in_progress", percent=40))
        save_report(session, "2.1", "STTTT", "2024", ReportValues(percent=10))
        save_report(session, "1.2", "SKHDT", "2024", ReportValues(status="done", percent=0))  # SKHDT is not on 1.2
        save_report(session, "1.2", "STNMT", "2025", ReportValues(status="done", percent=100))
    with db.transaction() as session:
        plan = read_plan(session)
        completeness = period_completeness(session, "2024", plan)
        counts = status_by_group(session, plan, completeness)
        progress = dict(average_progress_by_period(session))
    expected_in_group = lambda g: sum(  # noqa: E731
        1 for a in completeness.agencies for t in a.expected if t.split(".")[0] == g
    )
    assert counts["1"] == {"done": 1, "in_progress": 1, "missing": expected_in_group("1") - 2}
    assert counts["2"] == {None: 1, "missing": expected_in_group("2") - 1}
    assert sum(sum(c.values()) for c in counts.values()) == completeness.expected == 1269
    assert progress["2024"] == 37.5 and progress["2025"] == 100 and progress["2026"] is None


def test_completeness_by_kind_splits_on_time_and_late(db):
    with db.transaction() as session:
        save_report(session, "1.2", "STNMT", "2024", ReportValues(percent=5), received_at=datetime(2025, 1, 2))
        save_report(session, "1.3", "SNNPTNT", "2024", ReportValues(percent=5), received_at=datetime(2025, 2, 2))
        save_report(session, "1.1", "PLEIKU", "2024", ReportValues(percent=5), received_at=datetime(2025, 1, 15))
        plan = read_plan(session)
        figures = {f.kind: f for f in completeness_by_kind(plan, period_completeness(session, "2024", plan))}
    assert [k for k in figures] == [AgencyKind.DEPARTMENT, AgencyKind.DISTRICT, AgencyKind.CENTRAL_BRANCH, AgencyKind.ASSOCIATION]
    departments, districts = figures[AgencyKind.DEPARTMENT], figures[AgencyKind.DISTRICT]
    assert (departments.expected, departments.on_time, departments.late, departments.missing) == (176, 1, 1, 174)
    assert (districts.expected, districts.on_time, districts.late) == (17 * 64, 1, 0)
    assert sum(f.expected for f in figures.values()) == 1269
