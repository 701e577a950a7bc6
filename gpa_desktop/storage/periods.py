"""Reporting periods in the database.

A read never creates a period: asking for one that does not exist is a plain error naming
the periods that do. Periods are created, re-dated and deleted only by the period operations.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from ..domain.periods import Period, ReportingPeriod, parse_period
from . import keys, models, plain_reads
from .changes import ChangeWriter


def _row(session: Session, code: str) -> models.PeriodRow | None:
    return session.scalars(select(models.PeriodRow).where(models.PeriodRow.code == code)).one_or_none()


def find_period(session: Session, code: str) -> models.PeriodRow | None:
    """The stored period *code* (a normalised code), or None: for a caller that handles its absence itself."""
    return _row(session, code)


def period_row(session: Session, period: Period | str) -> models.PeriodRow:
    """The stored period; a UserError naming the existing periods when there is none."""
    code = period.code if isinstance(period, Period) else parse_period(period).code
    row = _row(session, code)
    if row is None:
        raise plain_reads.no_such_period(code, list_periods(session))
    return row


def find_period_id(session: Session, code: str) -> int | None:
    """The id of the stored period *code* (a normalised code), or None; one plain query (an import asks per workbook)."""
    return plain_reads.id_by_code(session, "reporting_period", code)


def period_id(session: Session, period: Period | str) -> int:
    """The stored period's id; the same UserError as period_row's when there is none."""
    code = period.code if isinstance(period, Period) else parse_period(period).code
    found = find_period_id(session, code)
    return found if found is not None else period_row(session, code).id


def reporting_period(session: Session, period: Period | str) -> ReportingPeriod:
    row = period_row(session, period)
    return ReportingPeriod(parse_period(row.code), row.due_on, row.cutoff_on or row.ends_on)


def create_period(session: Session, period: Period | str, writer: ChangeWriter) -> models.PeriodRow:
    """Store *period* with the default due date and cut-off; the existing row if it is there."""
    if isinstance(period, str):
        period = parse_period(period)
    row = _row(session, period.code)
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
    return writer.create(row, keys.period(period.code))


def list_periods(session: Session) -> list[ReportingPeriod]:
    """Every stored period, in calendar order (quarters, then halves, then the year)."""
    return plain_reads.list_periods(plain_reads.dbapi(session))


def set_period_dates(
    session: Session, writer: ChangeWriter, code: str, *, due_on: date | None = None, cutoff_on: date | None = None, create: bool = False
) -> ReportingPeriod:
    """Set an existing period's due date and data cut-off (*create*: store it first if it is new)."""
    row = create_period(session, code, writer) if create else period_row(session, code)
    if due_on is not None and due_on < row.starts_on:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The due date {day:%d/%m/%Y} is before the period starts."), day=due_on
        )
    if cutoff_on is not None and cutoff_on < row.starts_on:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The data cut-off {day:%d/%m/%Y} is before the period starts."), day=cutoff_on
        )
    changes = {}
    if due_on is not None:
        changes["due_on"] = due_on
    if cutoff_on is not None:
        changes["cutoff_on"] = cutoff_on
    writer.update(row, keys.period(row.code), **changes)
    return ReportingPeriod(parse_period(row.code), row.due_on, row.cutoff_on or row.ends_on)


def delete_period(session: Session, writer: ChangeWriter, code: str) -> None:
    """Delete a period nothing refers to (no report, receipt or issued report)."""
    row = period_row(session, code)
    used = session.scalar(
        select(
            or_(
                exists().where(models.ReportRow.period_id == row.id),
                exists().where(models.ReceiptRow.period_id == row.id),
                exists().where(models.IssuedReportRow.period == row.code),
            )
        )
    )
    if used:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The period {code} cannot be deleted: reports, received workbooks or printed reports refer to it.",
            ),
            code=row.code,
        )
    writer.delete(row, keys.period(row.code))
