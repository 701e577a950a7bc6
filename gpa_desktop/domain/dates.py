"""Dates as Vietnamese officers write them: dd/mm/yyyy (ISO yyyy-mm-dd accepted too)."""

from __future__ import annotations

import re
from datetime import date, datetime, timezone

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


def local_time(moment: datetime) -> datetime:
    """A stored time (UTC, without zone, as storage writes it) as the officer's clock shows it."""
    return moment.replace(tzinfo=timezone.utc).astimezone() if moment.tzinfo is None else moment.astimezone()
