from datetime import date

import pytest

from gpa_desktop.domain.errors import UserError
from gpa_desktop.domain.periods import PeriodKind, parse_period


@pytest.mark.parametrize(
    ("text", "code", "kind", "starts", "ends"),
    [
        ("2024", "2024", PeriodKind.YEAR, date(2024, 1, 1), date(2024, 12, 31)),
        ("2024-H1", "2024-H1", PeriodKind.HALF, date(2024, 1, 1), date(2024, 6, 30)),
        ("2024-h2", "2024-H2", PeriodKind.HALF, date(2024, 7, 1), date(2024, 12, 31)),
        (" 2024 - Q1 ", "2024-Q1", PeriodKind.QUARTER, date(2024, 1, 1), date(2024, 3, 31)),
        ("2024-Q4", "2024-Q4", PeriodKind.QUARTER, date(2024, 10, 1), date(2024, 12, 31)),
        ("2028-Q1", "2028-Q1", PeriodKind.QUARTER, date(2028, 1, 1), date(2028, 3, 31)),
    ],
)
def test_parse_period(text, code, kind, starts, ends):
    period = parse_period(text)
    assert (period.code, period.kind, period.starts_on, period.ends_on) == (code, kind, starts, ends)
    assert period.default_due_on > period.ends_on


@pytest.mark.parametrize("text", ["", "24", "2024-H3", "2024-Q5", "2024-M1", "năm 2024", "1999-Q1x", "3000"])
def test_malformed_periods_are_refused_plainly(text):
    with pytest.raises(UserError):
        parse_period(text)


def test_calendar_order_puts_quarters_before_the_year_they_close():
    codes = ["2024", "2024-H1", "2024-Q2", "2024-Q1", "2023", "2024-H2", "2024-Q4", "2024-Q3"]
    ordered = sorted(codes, key=lambda c: parse_period(c).sort_key)
    assert ordered == ["2023", "2024-Q1", "2024-Q2", "2024-H1", "2024-Q3", "2024-Q4", "2024-H2", "2024"]


def test_current_period_is_the_latest_year_that_has_started():
    from gpa_desktop.domain.periods import current_period

    codes = ["2023", "2024-H1", "2024", "2025", "2026"]
    assert current_period(codes, date(2025, 3, 1)) == "2025"
    assert current_period(codes, date(2031, 1, 1)) == "2026"
    assert current_period(["2030", "2030-Q1"], date(2025, 1, 1)) == "2030"  # nothing started yet: the first
