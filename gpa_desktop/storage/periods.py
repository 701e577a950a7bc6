"""Reporting periods in the database."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from ..domain.periods import Period, ReportingPeriod, parse_period
from . import models
from .changes import ChangeWriter


def ensure_period(session: Session, period: Period | str, writer: ChangeWriter | None = None) -> models.PeriodRow:
    """The stored period for *period*, created (with the default due date) if it does not exist yet."""
    if isinstance(period, str):
        period = parse_period(period)
    row = session.scalars(select(models.PeriodRow).where(models.PeriodRow.code == period.code)).one_or_none()
    if row is not None:
        return row
    row = models.PeriodRow(
        code=period.code,
        kind=period.kind.value,
        year=period.year,
        number=period.number,
        starts_on=period.starts_on,
        ends_on=period.ends_on,
        due_on=period.default_due_on,
        cutoff_on=period.ends_on,
    )
    (writer or ChangeWriter(session, source="app")).create(row, period.code)
    return row


def list_periods(session: Session) -> list[ReportingPeriod]:
    """Every stored period, in calendar order (quarters, then halves, then the year)."""
    periods = [
        ReportingPeriod(parse_period(row.code), row.due_on, row.cutoff_on or row.ends_on)
        for row in session.scalars(select(models.PeriodRow))
    ]
    return sorted(periods, key=lambda p: p.period.sort_key)


def set_period_dates(
    session: Session, code: str, *, due_on: date | None = None, cutoff_on: date | None = None, actor: str = ""
) -> ReportingPeriod:
    """Create the period if needed and set its due date and data cut-off."""
    writer = ChangeWriter(session, source="app", actor=actor)
    row = ensure_period(session, code, writer)
    if due_on is not None and due_on < row.starts_on:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The due date {day:%d/%m/%Y} is before the period starts."), day=due_on
        )
    changes = {}
    if due_on is not None:
        changes["due_on"] = due_on
    if cutoff_on is not None:
        changes["cutoff_on"] = cutoff_on
    writer.update(row, row.code, **changes)
    return ReportingPeriod(parse_period(row.code), row.due_on, row.cutoff_on or row.ends_on)
