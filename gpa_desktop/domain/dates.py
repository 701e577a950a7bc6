"""Dates as Vietnamese officers write them (dd/mm/yyyy, ISO yyyy-mm-dd accepted too), and the one rule
of on time: a report is on time when it arrives by the end of its due day in Vietnam (UTC+7)."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone

from .errors import QT_TRANSLATE_NOOP, UserError

_DMY = re.compile(r"^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def parse_date(text: str) -> date:
    """Read '15/03/2024', '1/3/2025' or '2025-03-01'; raise a UserError otherwise."""
    match = _DMY.match(text or "")
    parts = (match.group(3), match.group(2), match.group(1)) if match else None
    if parts is None and (iso := _ISO.match(text or "")):
        parts = iso.groups()
    try:
        if parts is None:
            raise ValueError
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", '"{text}" is not a date. Write it as dd/mm/yyyy, for example 01/03/2025.'),
            text=text,
        ) from None


def format_date(day: date) -> str:
    return f"{day:%d/%m/%Y}"


# Deadlines are Vietnamese calendar days, whatever the machine's clock zone: Vietnam keeps UTC+7
# all year (no summer time), so a fixed offset is exact and needs no zone database on Windows.
VIETNAM = timezone(timedelta(hours=7), "ICT")


def vietnam_time(moment: datetime) -> datetime:
    """A stored moment (naive UTC, as the database keeps it; or any aware time) as a clock in Vietnam shows it."""
    return (moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment).astimezone(VIETNAM)


def local_time(moment: datetime) -> datetime:
    """A stored time as the officer reads it: in Vietnam, the time the deadlines are judged in,
    whatever zone the machine is set to."""
    return vietnam_time(moment)


def vietnam_date(moment: datetime) -> date:
    """The calendar day in Vietnam at a stored moment (naive UTC or aware)."""
    return vietnam_time(moment).date()


def vietnam_today() -> date:
    """Today's date in Vietnam: whether reports are due yet is asked of the same calendar."""
    return datetime.now(VIETNAM).date()


def late_from(due_on: date) -> datetime:
    """The first moment, as stored (naive UTC), at which a report due on *due_on* is late:
    midnight at the end of the due day in Vietnam (17:00 UTC on the due day)."""
    return datetime.combine(due_on + timedelta(days=1), time(), VIETNAM).astimezone(timezone.utc).replace(tzinfo=None)


def is_on_time(received_at: datetime | None, due_on: date) -> bool:
    """On time: received by the end of the due day in Vietnam. A report with no receipt time
    (entered before receipts were recorded) counts as on time."""
    if received_at is None:
        return True
    if received_at.tzinfo is not None:
        received_at = received_at.astimezone(timezone.utc).replace(tzinfo=None)
    return received_at < late_from(due_on)
