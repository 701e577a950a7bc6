"""Progress reports in the database: read as domain values, written through the change log."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from ..domain.plan import Plan
from ..domain.reports import ProgressReport, ReportValues, TaskProgress, check_report_values
from . import keys, models, plain_reads
from .changes import CREATED, ChangeSet, ChangeWriter, _json_safe, utcnow
from .periods import period_row


def _task_id(session: Session, code: str) -> int:
    task_id = session.scalar(select(models.TaskRow.id).where(models.TaskRow.code == code))
    if task_id is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no task {code} in the plan."), code=code)
    return task_id


def _agency_id(session: Session, code: str) -> int:
    agency_id = session.scalar(select(models.AgencyRow.id).where(models.AgencyRow.code == code))
    if agency_id is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no agency with the code {code}."), code=code)
    return agency_id


def status_codes(session: Session) -> set[str]:
    return set(session.scalars(select(models.StatusRow.code)))


def save_report(
    session: Session,
    task: str,
    agency: str,
    period: str,
    values: ReportValues,
    *,
    source: str = "app",
    actor: str = "",
    writer: ChangeWriter | None = None,
    received_at: datetime | None = None,
) -> ChangeSet:
    """Create or update one report; only fields that change are written and logged.

    *received_at* is when a new report reached the province (an import's receipt time);
    it decides whether the report came in on time.
    """
    values = values.normalised()
    check_report_values(values, status_codes(session))
    writer = writer or ChangeWriter(session, source=source, actor=actor)
    task_id, agency_id = _task_id(session, task), _agency_id(session, agency)
    period_id = period_row(session, period).id
    row = session.scalars(
        select(models.ReportRow).where(
            models.ReportRow.task_id == task_id,
            models.ReportRow.agency_id == agency_id,
            models.ReportRow.period_id == period_id,
        )
    ).one_or_none()
    _write_report(writer, row, (task_id, agency_id, period_id), keys.report(task, agency, period), values, actor, received_at)
    return writer.result


def save_reports(
    session: Session,
    agency: str,
    period: str,
    reports: dict[str, ReportValues],
    *,
    writer: ChangeWriter,
    actor: str = "",
    received_at: datetime | None = None,
) -> ChangeSet:
    """save_report for many tasks of one agency and period (an imported workbook): the same rules and
    change log, with the lookups made once instead of once per row."""
    codes = status_codes(session)
    agency_id = _agency_id(session, agency)
    period_id = period_row(session, period).id
    task_ids = dict(session.execute(select(models.TaskRow.code, models.TaskRow.id).where(models.TaskRow.code.in_(list(reports)))).all())
    existing = {
        row.task_id: row
        for row in session.scalars(
            select(models.ReportRow).where(
                models.ReportRow.agency_id == agency_id,
                models.ReportRow.period_id == period_id,
                models.ReportRow.task_id.in_(list(task_ids.values())),
            )
        )
    }
    with writer.batched():
        for task, values in reports.items():
            if task not in task_ids:
                raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no task {code} in the plan."), code=task)
            values = values.normalised()
            check_report_values(values, codes)
            task_id = task_ids[task]
            _write_report(writer, existing.get(task_id), (task_id, agency_id, period_id), keys.report(task, agency, period), values, actor, received_at)
    return writer.result


def _write_report(
    writer: ChangeWriter, row, ids: tuple[int, int, int], key: str, values: ReportValues, actor: str, received_at: datetime | None
) -> None:
    now = utcnow()
    if row is None:
        task_id, agency_id, period_id = ids
        writer.create(
            models.ReportRow(
                task_id=task_id,
                agency_id=agency_id,
                period_id=period_id,
                reporter=actor,
                received_at=received_at or now,
                updated_at=now,
                revision=1,
                **values.as_dict(),
            ),
            key,
        )
    elif writer.update(row, key, **values.as_dict()):
        writer.update(row, key, revision=row.revision + 1, updated_at=now, reporter=actor or row.reporter)


def read_reports(session: Session, period: str | None = None, *, task_code: str | None = None) -> list[ProgressReport]:
    """The stored reports, of one period and/or one task when given (the window asks for one task's)."""
    task = models.TaskRow
    agency = models.AgencyRow
    per = models.PeriodRow
    query = (
        select(models.ReportRow, task.code, agency.code, per.code)
        .join(task, task.id == models.ReportRow.task_id)
        .join(agency, agency.id == models.ReportRow.agency_id)
        .join(per, per.id == models.ReportRow.period_id)
        .order_by(task.id, agency.position, per.id)
    )
    if period is not None:
        query = query.where(per.code == period)
    if task_code is not None:
        query = query.where(task.code == task_code)
    return [
        ProgressReport(
            task=task_code,
            agency=agency_code,
            period=period_code,
            values=ReportValues(**{n: getattr(row, n) for n in ReportValues.field_names()}),
            reporter=row.reporter,
            received_at=row.received_at,
            updated_at=row.updated_at,
            revision=row.revision,
        )
        for row, task_code, agency_code, period_code in session.execute(query)
    ]


def average_progress_by_period(session: Session) -> list[tuple[str, float | None]]:
    """Mean percent complete of each period's reports, periods in calendar order."""
    from .periods import list_periods

    means = dict(
        session.execute(
            select(models.PeriodRow.code, func.avg(models.ReportRow.percent))
            .join(models.ReportRow, models.ReportRow.period_id == models.PeriodRow.id)
            .group_by(models.PeriodRow.code)
        ).all()
    )
    return [(p.code, means.get(p.code)) for p in list_periods(session)]


def status_labels(session: Session) -> dict[str, str]:
    """Status codes and their labels, in the list's order."""
    return plain_reads.status_labels(plain_reads.dbapi(session))


def task_progress(session: Session, period: str, plan: Plan | None = None) -> dict[str, TaskProgress]:
    """Each task's consolidated status and percent for *period* (tasks nobody reported on are absent).

    *plan*: the plan as the caller already read it in this database (the window keeps one), which
    saves reading it again; on the 10x benchmark database that read is most of the time.
    """
    row = period_row(session, period)
    connection = plain_reads.dbapi(session)
    return plain_reads.task_progress(connection, row.id, row.ends_on, plan or plain_reads.read_plan(connection))


def done_status_codes(session: Session) -> set[str]:
    """The statuses that mean a task is finished."""
    return plain_reads.done_status_codes(plain_reads.dbapi(session))


@dataclass(frozen=True)
class ReportHandle:
    """Where one report lives and what it holds, resolved once when the form shows it, so that
    saving a keystroke needs no lookups: one UPDATE (or INSERT) and one change-log INSERT."""

    task: str
    agency: str
    period: str
    ids: tuple[int, int, int]  # task, agency, period
    row_id: int | None
    revision: int
    values: ReportValues
    status_codes: frozenset[str]

    @property
    def key(self) -> str:
        return keys.report(self.task, self.agency, self.period)


class StaleReport(Exception):
    """The report changed since its handle was read (another window, an import): save the slow way."""


def report_handle(session: Session, task: str, agency: str, period: str) -> ReportHandle:
    ids = (_task_id(session, task), _agency_id(session, agency), period_row(session, period).id)
    row = session.scalars(
        select(models.ReportRow).where(
            models.ReportRow.task_id == ids[0], models.ReportRow.agency_id == ids[1], models.ReportRow.period_id == ids[2]
        )
    ).one_or_none()
    values = ReportValues(**{n: getattr(row, n) for n in ReportValues.field_names()}) if row else ReportValues()
    return ReportHandle(
        task, agency, period, ids, row.id if row else None, row.revision if row else 0, values, frozenset(status_codes(session))
    )


def save_known_report(writer: ChangeWriter, handle: ReportHandle, values: ReportValues, *, actor: str = "") -> ReportHandle:
    """Write *values* over the report *handle* describes, logging each field that changes, without
    the ORM; raise StaleReport when the stored row is no longer the one the handle read."""
    values = values.normalised()
    check_report_values(values, set(handle.status_codes))
    changed = {n: v for n, v in values.as_dict().items() if getattr(handle.values, n) != v}
    if not changed:
        return handle
    session, now, table = writer.session, utcnow(), models.ReportRow.__table__
    with writer.batched():
        if handle.row_id is None:
            task_id, agency_id, period_id = handle.ids
            stored = dict(
                task_id=task_id, agency_id=agency_id, period_id=period_id, reporter=actor, received_at=now,
                updated_at=now, revision=1, **values.as_dict(),
            )
            row_id = session.execute(insert(table).values(**stored).returning(table.c.id)).scalar_one()
            writer.log("progress_report", row_id, handle.key, CREATED, None, {k: _json_safe(v) for k, v in stored.items()})
            revision = 1
        else:
            row_id, revision = handle.row_id, handle.revision + 1
            bookkeeping = dict(revision=revision, updated_at=now, **({"reporter": actor} if actor else {}))
            done = session.execute(
                update(table).where(table.c.id == row_id, table.c.revision == handle.revision).values(**changed, **bookkeeping)
            )
            if done.rowcount != 1:
                raise StaleReport(handle.key)
            for name, new in changed.items():
                writer.log("progress_report", row_id, handle.key, name, getattr(handle.values, name), new)
            writer.log("progress_report", row_id, handle.key, "revision", handle.revision, revision)
    return replace(handle, row_id=row_id, revision=revision, values=values)
