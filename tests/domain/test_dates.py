from datetime import date, datetime, timedelta, timezone

import pytest

from gpa_desktop.domain.completeness import overdue_tasks
from gpa_desktop.domain.dates import VIETNAM, format_date, is_on_time, late_from, parse_date, vietnam_date, vietnam_time
from gpa_desktop.domain.errors import UserError


@pytest.mark.parametrize(
    ("text", "day"),
    [("15/03/2024", date(2024, 3, 15)), ("1/3/2025", date(2025, 3, 1)), (" 01.07.2025 ", date(2025, 7, 1)), ("2025-03-01", date(2025, 3, 1))],
)
def test_parse_date(text, day):
    assert parse_date(text) == day
    assert parse_date(format_date(day)) == day


@pytest.mark.parametrize("text", ["", "31/02/2025", "2025/03/01x", "15-3-24", "ngày 1 tháng 3"])
def test_bad_dates_are_refused(text):
    with pytest.raises(UserError):
        parse_date(text)


def test_only_dated_deadlines_become_overdue():
    tasks = [("1.1", "Năm 2023"), ("1.2", "Thường xuyên"), ("9.9", "Năm 2025")]
    assert overdue_tasks(tasks, date(2023, 12, 31), set()) == []
    assert overdue_tasks(tasks, date(2024, 12, 31), set()) == ["1.1"]
    assert overdue_tasks(tasks, date(2024, 12, 31), {"1.1"}) == []
    assert overdue_tasks(tasks, date(2026, 6, 30), set()) == ["1.1", "9.9"]


DUE = date(2025, 1, 15)  # period 2024's reports


def test_on_time_is_judged_on_the_vietnamese_calendar_whatever_the_machine_zone(machine_zone):
    """Stored times are naive UTC. 16/01/2025 06:30 in Gia Lai is 15/01 23:30 UTC: late, though the
    UTC date is the due date; 15/01 23:30 in Gia Lai is 16:30 UTC: on time."""
    morning_after = datetime(2025, 1, 16, 6, 30, tzinfo=VIETNAM).astimezone(timezone.utc).replace(tzinfo=None)
    assert morning_after == datetime(2025, 1, 15, 23, 30)
    assert not is_on_time(morning_after, DUE)
    assert is_on_time(datetime(2025, 1, 15, 16, 30), DUE)  # 23:30 on the due day in Gia Lai
    assert vietnam_date(morning_after) == date(2025, 1, 16) and vietnam_date(datetime(2025, 1, 15, 16, 30)) == DUE
    # the last second of the due day in Vietnam is on time, its midnight is late
    assert late_from(DUE) == datetime(2025, 1, 15, 17, 0)
    assert is_on_time(late_from(DUE) - timedelta(microseconds=1), DUE) and not is_on_time(late_from(DUE), DUE)
    # an aware time is read as the instant it is, and a report without a receipt time counts as on time
    assert not is_on_time(datetime(2025, 1, 15, 18, 30, tzinfo=timezone(timedelta(hours=-5))), DUE)
    assert is_on_time(None, DUE)


def test_times_are_shown_as_a_clock_in_vietnam_shows_them(machine_zone):
    from gpa_desktop.storage.changes import local_time

    shown = vietnam_time(datetime(2025, 1, 15, 23, 30))
    assert (f"{shown:%d/%m/%Y %H:%M}", shown.utcoffset()) == ("16/01/2025 06:30", timedelta(hours=7))
    assert local_time(datetime(2025, 1, 15, 23, 30)) == shown  # what the window and the command line print
