from datetime import date

import pytest

from gpa_desktop.domain.completeness import overdue_tasks
from gpa_desktop.domain.dates import format_date, parse_date
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
