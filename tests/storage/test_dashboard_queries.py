from gpa_desktop.domain.reports import ReportValues
from gpa_desktop.storage.reports import average_progress_by_period, save_report, status_counts_by_group


def test_status_counts_and_progress(db):
    with db.transaction() as session:
        save_report(session, "1.2", "STNMT", "2024", ReportValues(status="done", percent=100))
        save_report(session, "1.3", "SNNPTNT", "2024", ReportValues(status="in_progress", percent=40))
        save_report(session, "2.1", "STTTT", "2024", ReportValues(percent=10))
        save_report(session, "1.2", "STNMT", "2025", ReportValues(status="done", percent=100))
    with db.transaction() as session:
        counts = status_counts_by_group(session, "2024")
        progress = dict(average_progress_by_period(session))
    assert counts == {"1": {"done": 1, "in_progress": 1}, "2": {None: 1}}
    assert progress["2024"] == 50 and progress["2025"] == 100 and progress["2026"] is None
