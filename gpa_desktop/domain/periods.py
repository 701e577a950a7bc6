"""Reporting periods: a year ("2024"), a half-year ("2024-H1") or a quarter ("2024-Q3")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from .errors import QT_TRANSLATE_NOOP, UserError

_PATTERN = re.compile(r"^\s*(\d{4})(?:\s*-\s*([HhQq])\s*([1-4]))?\s*$")
#: Days after a period's end by which its reports are due, unless the province sets another date.
DEFAULT_DUE_DAYS = 15
FIRST_YEAR, LAST_YEAR = 2000, 2100


class PeriodKind(str, Enum):
    YEAR = "year"
    HALF = "half"
    QUARTER = "quarter"


@dataclass(frozen=True)
class Period:
    code: str
    kind: PeriodKind
    year: int
    number: int  # 1 for a year, 1–2 for a half, 1–4 for a quarter
    starts_on: date
    ends_on: date

    @property
    def default_due_on(self) -> date:
        return self.ends_on + timedelta(days=DEFAULT_DUE_DAYS)

    @property
    def sort_key(self) -> tuple[int, int, int]:
        # within a year: quarters, then halves, then the year, each in calendar order of their end
        return (self.year, self.ends_on.month, {"quarter": 0, "half": 1, "year": 2}[self.kind.value])


def _month_end(year: int, month: int) -> date:
    first_of_next = date(year + (month == 12), month % 12 + 1, 1)
    return first_of_next - timedelta(days=1)


def parse_period(text: str) -> Period:
    """Parse a period code; raise a UserError for anything malformed."""
    match = _PATTERN.match(text or "")
    if not match:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "\"{text}\" is not a reporting period. Write a year (2024), a half-year (2024-H1) or a quarter (2024-Q3).",
            ),
            text=text,
        )
    year = int(match.group(1))
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The year {year} is out of range."), year=year)
    letter, number = (match.group(2) or "").upper(), int(match.group(3) or 1)
    if letter == "H" and number > 2:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "A year has two halves: H1 and H2, not H{number}."), number=number
        )
    if letter == "":
        return Period(str(year), PeriodKind.YEAR, year, 1, date(year, 1, 1), date(year, 12, 31))
    months = 6 if letter == "H" else 3
    first_month = (number - 1) * months + 1
    kind = PeriodKind.HALF if letter == "H" else PeriodKind.QUARTER
    return Period(
        f"{year}-{letter}{number}",
        kind,
        year,
        number,
        date(year, first_month, 1),
        _month_end(year, first_month + months - 1),
    )


@dataclass(frozen=True)
class ReportingPeriod:
    """A period as the province set it up: its due date for reports and its data cut-off."""

    period: Period
    due_on: date
    cutoff_on: date

    @property
    def code(self) -> str:
        return self.period.code


def current_period(codes: list[str], today: date | None = None) -> str:
    """The period shown unless the officer picks another: the latest year that has started, else the first."""
    today = today or date.today()
    years = [c for c in codes if c.isdigit() and int(c) <= today.year]
    return years[-1] if years else codes[0]
