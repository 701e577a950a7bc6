"""Completeness of reporting read from the database: who was expected, who reported, on time or late.

The plan decides who is expected (on each period's last day, so agency changes apply);
the database says which reports arrived and, comparing each receipt time in SQL with the
moment the period's reports became late (domain.dates.late_from), whether each came late. Reports entered in the window and imported from
a workbook are the same rows, so they count the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from ..domain.completeness import Completeness, overdue_tasks, tally
from ..domain.dates import late_from
from ..domain.plan import AgencyKind, Plan
from ..domain.reports import NOT_RECEIVED, RECEIVED_WITHOUT_STATUS, ReportValues, consolidate
from . import models
from .periods import period_row
from .plan_store import read_plan

_R, _P = models.ReportRow, models.PeriodRow


def completeness_matrix(session: Session, periods: list[str], plan: Plan | None = None) -> list[Completeness]:
    """Completeness of several periods in one pass: the plan read once, the reports in one narrow query.

    Who is expected is decided on each period's last day: after a merge or split the
    successors report for a period that ends after the change, the old agency for one before.
    """
    rows = [period_row(session, p) for p in periods]
    if not rows:  # a database whose periods were all deleted (and SQL has no empty CASE)
        return []
    plan = plan or read_plan(session)
    tasks = dict(session.execute(select(models.TaskRow.id, models.TaskRow.code)).all())
    agencies = dict(session.execute(select(models.AgencyRow.id, models.AgencyRow.code)).all())
    late: dict[int, dict[tuple[str, str], bool]] = {row.id: {} for row in rows}
    # Each period's first late moment comes from the one rule (domain.dates.late_from, the end of the
    # due day in Vietnam, as stored UTC); SQL only compares instants, so no datetime is built per row.
    # datetime() on both sides: stored times with and without fractions of a second compare alike.
    late_at = case({row.id: late_from(row.due_on).isoformat(sep=" ") for row in rows}, value=_R.period_id)
    query = (
        select(_R.period_id, _R.task_id, _R.agency_id, func.coalesce(func.datetime(_R.received_at) >= func.datetime(late_at), 0))
        .where(_R.period_id.in_(list(late)))
        .order_by(_R.period_id)
    )
    for period_id, received in groupby(_plain_rows(session, query), key=itemgetter(0)):
        late[period_id] = {(tasks[t], agencies[a]): was_late == 1 for _p, t, a, was_late in received}
    return [tally(row.code, row.due_on, plan.duties(row.ends_on), late[row.id]) for row in rows]


def _plain_rows(session: Session, query) -> list[tuple]:
    """Run a query of integers on the session's own connection without per-row result objects
    (a province database has hundreds of thousands of reports; the wrapping costs more than SQLite)."""
    sql = query.compile(dialect=session.get_bind().dialect, compile_kwargs={"literal_binds": True})
    return session.connection().connection.driver_connection.execute(str(sql)).fetchall()


def period_completeness(session: Session, period: str, plan: Plan | None = None) -> Completeness:
    """Expected, received, on-time, late and missing reports of *period* (created if new)."""
    return completeness_matrix(session, [period], plan)[0]


def period_overdue_tasks(session: Session, period: str, plan: Plan | None = None) -> list[str]:
    """Tasks with a dated deadline ("Năm 2023") passed before *period* ended that were not done by then.

    "Done" is the task's consolidated status, as the plan tree shows it: in some period
    ending no later than this one, every agency expected to report on it reported it done.
    """
    row = period_row(session, period)
    plan = plan or read_plan(session)
    candidates = overdue_tasks(((t.code, t.deadline) for t in plan.tasks()), row.ends_on, set())
    if not candidates:
        return []
    done_codes = set(session.scalars(select(models.StatusRow.code).where(models.StatusRow.done.is_(True))))
    reported: dict[tuple[str, object], list[ReportValues]] = {}
    query = (
        select(models.TaskRow.code, _P.ends_on, _R.status, _R.percent)
        .join(_R, _R.task_id == models.TaskRow.id)
        .join(_P, _P.id == _R.period_id)
        .where(models.TaskRow.code.in_(candidates), _P.ends_on <= row.ends_on)
    )
    for task, ends_on, status, percent in session.execute(query):
        reported.setdefault((task, ends_on), []).append(ReportValues(status=status, percent=percent))
    done = set()
    for (task, ends_on), values in reported.items():
        expected = len(plan.task_duties(task, ends_on))
        if consolidate(values, expected, done_codes).status in done_codes:
            done.add(task)
    return [code for code in candidates if code not in done]


@dataclass(frozen=True)
class KindCompleteness:
    """Reports of one kind of agency in a period."""

    kind: AgencyKind
    expected: int
    on_time: int
    late: int

    @property
    def missing(self) -> int:
        return self.expected - self.on_time - self.late


def completeness_by_kind(plan: Plan, completeness: Completeness) -> list[KindCompleteness]:
    """The period's figures summed per kind of agency, kinds in the plan's order, those expected only."""
    totals: dict[AgencyKind, list[int]] = {kind: [0, 0, 0] for kind in AgencyKind}
    for entry in completeness.agencies:
        figures = totals[plan.agency(entry.agency).kind]
        figures[0] += len(entry.expected)
        figures[1] += len(entry.on_time)
        figures[2] += len(entry.late)
    return [KindCompleteness(kind, *figures) for kind, figures in totals.items() if figures[0]]


def status_by_group(
    session: Session, plan: Plan, completeness: Completeness
) -> dict[str, dict[str | None, int]]:
    """For each task group: the period's expected reports by status code, RECEIVED_WITHOUT_STATUS
    (received without a status: its own count, not "not started") and NOT_RECEIVED. Only reports
    somebody was expected to file are counted. The one count behind the dashboard's chart and the
    province report's table."""
    expected = {(task, a.agency) for a in completeness.agencies for task in a.expected}
    group_of = {t.code: g.code for g in plan.groups for t in g.tasks}
    counts: dict[str, dict[str | None, int]] = {g.code: {} for g in plan.groups}
    query = (
        select(models.TaskRow.code, models.AgencyRow.code, _R.status)
        .join(_R, _R.task_id == models.TaskRow.id)
        .join(models.AgencyRow, models.AgencyRow.id == _R.agency_id)
        .join(_P, _P.id == _R.period_id)
        .where(_P.code == completeness.period)
    )
    received = set()
    for task, agency, status in session.execute(query):
        if (task, agency) in expected:
            received.add((task, agency))
            group = counts[group_of[task]]
            key = status or RECEIVED_WITHOUT_STATUS
            group[key] = group.get(key, 0) + 1
    for task, agency in expected - received:
        group = counts[group_of[task]]
        group[NOT_RECEIVED] = group.get(NOT_RECEIVED, 0) + 1
    return counts
