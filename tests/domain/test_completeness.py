"""Completeness on a hand-built case, counted by hand."""

from datetime import date, datetime

from gpa_desktop.domain.completeness import Receipt, compute_completeness
from gpa_desktop.domain.plan import Duty, Role

DUE = date(2025, 1, 15)
DUTIES = [
    Duty("1.1", "A", Role.LEAD),
    Duty("1.2", "A", Role.COORDINATING),
    Duty("1.1", "B", Role.COORDINATING, via="HUYEN"),
    Duty("1.2", "B", Role.LEAD),
    Duty("1.3", "C", Role.LEAD),
]


def test_hand_counted_case():
    receipts = [
        Receipt("1.1", "A", datetime(2025, 1, 10, 9)),  # on time
        Receipt("1.2", "A", datetime(2025, 1, 15, 16, 59)),  # 23:59 on the due day in Vietnam: on time
        Receipt("1.1", "B", datetime(2025, 1, 15, 17, 0)),  # midnight after it in Vietnam (17:00 UTC): late
        Receipt("9.9", "Z", datetime(2025, 1, 1)),  # nobody expected it: ignored
    ]
    result = compute_completeness("2024", DUE, DUTIES, receipts)
    assert (result.expected, result.received, result.on_time, result.late, result.missing) == (5, 3, 2, 1, 2)
    by_agency = {a.agency: a for a in result.agencies}
    assert by_agency["A"].missing == [] and by_agency["A"].ratio == 1.0
    assert by_agency["B"].late == ["1.1"] and by_agency["B"].missing == ["1.2"]
    assert [a.agency for a in result.not_reported()] == ["B", "C"]
    assert [a.agency for a in result.reported_late()] == ["B"]
    assert result.as_json()["agencies"][2] == {
        "agency": "C", "expected": 1, "received": 0, "on_time": 0, "late": 0, "missing": ["1.3"], "late_tasks": []
    }


def test_nothing_received():
    result = compute_completeness("2024", DUE, DUTIES, [])
    assert (result.received, result.missing, round(result.ratio, 2)) == (0, 5, 0.0)


def test_consolidated_task_status():
    from gpa_desktop.domain.reports import ReportValues, consolidate

    done = {"done"}
    v = lambda status, percent=None: ReportValues(status=status, percent=percent)  # noqa: E731
    assert consolidate([], 3, done).status is None
    assert consolidate([v("done", 100), v("done", 100)], 3, done).status == "in_progress"  # one still missing
    assert consolidate([v("done", 100)] * 3, 3, done).status == "done"
    assert consolidate([v("done", 100), v("behind", 20)], 2, done).status == "behind"
    assert consolidate([v("not_started", 0), v(None, 50)], 2, done).status == "not_started"
    assert consolidate([v("in_progress", 30), v("done", 90)], 2, done).percent == 60
