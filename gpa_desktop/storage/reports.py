"""Progress reports in the database: read as domain values, written through the change log."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from ..domain.plan import Plan
from ..domain.reports import ProgressReport, ReportValues, TaskProgress, check_report_values
from . import keys, models, plain_reads
from .changes import CREATED, ChangeSet, ChangeWriter, stored_time, utcnow
from . import periods


def _task_id(session: Session, code: str) -> int:
    task_id = plain_reads.id_by_code(session, "task", code)
    if task_id is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no task {code} in the plan."), code=code)
    return task_id


def _agency_id(session: Session, code: str) -> int:
    agency_id = plain_reads.id_by_code(session, "agency", code)
    if agency_id is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no agency with the code {code}."), code=code)
    return agency_id


def status_codes(session: Session) -> set[str]:
    return {code for (code,) in plain_reads.dbapi(session).execute("SELECT code FROM status")}


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
    writer = writer or ChangeWriter(session, source=source, actor=actor)
    return save_reports(session, agency, period, {task: values}, writer=writer, actor=actor, received_at=received_at)


_FIELDS = ReportValues.field_names()
_COLUMNS = ", ".join(_FIELDS)


def _values_of(session: Session, where: str, params: tuple):
    """(agency code, task code, revision, values) of the reports *where* picks: the one plain read of stored values."""
    rows = plain_reads.dbapi(session).execute(
        f"SELECT a.code, t.code, r.revision, {', '.join('r.' + n for n in _FIELDS)} FROM progress_report r "
        f"JOIN task t ON t.id = r.task_id JOIN agency a ON a.id = r.agency_id WHERE {where}",
        params,
    )
    return ((agency, task, revision, ReportValues(*values)) for agency, task, revision, *values in rows)


def stored_values(session: Session, agency: str, period_id: int) -> dict[str, tuple[int, ReportValues]]:
    """One agency's reports of one period, task code → (revision, values): one plain query, no ORM objects."""
    found = _values_of(session, "r.agency_id = (SELECT id FROM agency WHERE code = ?) AND r.period_id = ?", (agency, period_id))
    return {task: (revision, values) for _agency, task, revision, values in found}


def period_values(session: Session, period: str) -> dict[str, dict[str, tuple[int, ReportValues]]]:
    """Every agency's reports of one period, agency → task → (revision, values), in one query: what
    stored_values gives agency by agency, for an export of the whole period's workbooks."""
    out: dict[str, dict[str, tuple[int, ReportValues]]] = {}
    for agency, task, revision, values in _values_of(session, "r.period_id = ?", (periods.period_id(session, period),)):
        out.setdefault(agency, {})[task] = (revision, values)
    return out


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
    """Create or update reports of one agency and period (one from the form, a workbook's hundreds):
    every value checked before anything is written; only fields that change are written and logged,
    with the revision. The lookups are made once and the rows written by executemany, without ORM objects."""
    codes = status_codes(session)
    agency_id = _agency_id(session, agency)
    period_id = periods.period_id(session, period)
    connection = plain_reads.dbapi(session)
    task_ids = dict(connection.execute("SELECT code, id FROM task"))
    stored = {
        task_id: (row_id, revision, ReportValues(*values))
        for task_id, row_id, revision, *values in connection.execute(
            f"SELECT task_id, id, revision, {_COLUMNS} FROM progress_report WHERE agency_id = ? AND period_id = ?",
            (agency_id, period_id),
        )
    }
    new, known = [], []
    for task, values in reports.items():
        if task not in task_ids:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no task {code} in the plan."), code=task)
        values = values.normalised()
        check_report_values(values, codes)
        key, task_id = keys.report(task, agency, period), task_ids[task]
        if task_id not in stored:
            new.append((key, (task_id, agency_id, period_id), values))
        else:
            row_id, revision, before = stored[task_id]
            known.append((key, row_id, revision, before, values))
    _write_reports(writer, new, known, actor=actor, received_at=received_at)
    return writer.result


def _write_reports(
    writer: ChangeWriter,
    new: list[tuple[str, tuple[int, int, int], ReportValues]],
    known: list[tuple[str, int, int, ReportValues, ReportValues]],
    *,
    actor: str,
    received_at: datetime | None,
) -> dict[tuple[int, int, int], int]:
    """The one write of reports: *new* (key, (task, agency, period) ids, values) are inserted with all
    their values logged; *known* (key, row id, revision read, values read, new values) are updated where
    a field changes, logging each such field and the revision. A known row whose revision is no longer
    the one read raises StaleReport, and nothing of the batch is written. Returns the new rows' ids."""
    session, now = writer.session, utcnow()
    stamp = stored_time(session, now)
    connection = plain_reads.dbapi(session)
    row_ids: dict[tuple[int, int, int], int] = {}
    updates = [(key, row_id, revision, before, values) for key, row_id, revision, before, values in known if values != before]
    with writer.batched():
        if updates:
            reporter = ", reporter = ?" if actor else ""
            done = connection.executemany(
                f"UPDATE progress_report SET {', '.join(n + ' = ?' for n in _FIELDS)}, revision = ?, updated_at = ?{reporter} "
                "WHERE id = ? AND revision = ?",
                [
                    (*(getattr(values, n) for n in _FIELDS), revision + 1, stamp, *((actor,) if actor else ()), row_id, revision)
                    for _key, row_id, revision, _before, values in updates
                ],
            )
            if done.rowcount != len(updates):
                raise StaleReport(", ".join(key for key, *_ in updates))
            changed = []
            for key, row_id, revision, before, values in updates:
                changed.extend(
                    (row_id, key, name, old, value)
                    for name in _FIELDS if (old := getattr(before, name)) != (value := getattr(values, name))
                )
                changed.append((row_id, key, "revision", revision, revision + 1))
            writer.log_fields("progress_report", changed)
        if new:
            received = stored_time(session, received_at or now)
            connection.executemany(
                f"INSERT INTO progress_report (task_id, agency_id, period_id, {_COLUMNS}, reporter, received_at, updated_at, revision) "
                f"VALUES ({', '.join('?' for _ in range(len(_FIELDS) + 7))})",
                [(*ids, *(getattr(values, n) for n in _FIELDS), actor, received, stamp, 1) for _key, ids, values in new],
            )
            row_ids = {
                ids: connection.execute(
                    "SELECT id FROM progress_report WHERE task_id = ? AND agency_id = ? AND period_id = ?", ids
                ).fetchone()[0]
                for _key, ids, _values in new
            }
            for key, ids, values in new:
                created = dict(
                    zip(("task_id", "agency_id", "period_id"), ids), **values.as_dict(), reporter=actor,
                    received_at=(received_at or now).isoformat(), updated_at=now.isoformat(), revision=1,
                )
                writer.log("progress_report", row_ids[ids], key, CREATED, None, created)
    _expire_reports(session)
    return row_ids


def _expire_reports(session: Session) -> None:
    """Reports written without the ORM: any loaded in this session are read again when next used."""
    for row in list(session.identity_map.values()):
        if isinstance(row, models.ReportRow):
            session.expire(row)


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
    row = periods.period_row(session, period)
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
    ids = (_task_id(session, task), _agency_id(session, agency), periods.period_id(session, period))
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
    lookups; raise StaleReport when the stored row is no longer the one the handle read."""
    values = values.normalised()
    check_report_values(values, set(handle.status_codes))
    if values == handle.values:
        return handle
    if handle.row_id is None:
        row_id = _write_reports(writer, [(handle.key, handle.ids, values)], [], actor=actor, received_at=None)[handle.ids]
        revision = 1
    else:
        _write_reports(writer, [], [(handle.key, handle.row_id, handle.revision, handle.values, values)], actor=actor, received_at=None)
        row_id, revision = handle.row_id, handle.revision + 1
    return replace(handle, row_id=row_id, revision=revision, values=values)
