"""Who has reported, on time or late: for the command line, the matrix and the dashboard."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.completeness import Completeness
from ..domain.plan import Plan
from ..storage.completeness import completeness_matrix, period_completeness, period_overdue_tasks
from ..storage.plan_store import read_plan
from ..storage.receipts import Receipt, list_receipts
from .workspace import Workspace


@dataclass(frozen=True)
class PeriodCompleteness:
    plan: Plan
    completeness: Completeness
    overdue_tasks: list[str]


def period_report(ws: Workspace, period: str) -> PeriodCompleteness:
    with ws.reading() as session:
        plan = read_plan(session)
        result = period_completeness(session, period, plan)
        return PeriodCompleteness(plan, result, period_overdue_tasks(session, period, plan))


def matrix(ws: Workspace, periods: list[str], plan: Plan) -> list[Completeness]:
    with ws.reading() as session:
        return completeness_matrix(session, periods, plan)


def receipts(ws: Workspace, period: str | None = None) -> list[Receipt]:
    with ws.reading() as session:
        if period:
            from ..storage.periods import period_row

            period_row(session, period)
        return list_receipts(session, period)


def overdue(ws: Workspace, period: str, plan: Plan) -> list[str]:
    with ws.reading() as session:
        return period_overdue_tasks(session, period, plan)


@dataclass(frozen=True)
class DashboardFigures:
    completeness: Completeness
    by_group: object
    by_kind: object
    progress: list[tuple[str, float | None]]


def dashboard(ws: Workspace, period: str, plan: Plan) -> DashboardFigures:
    from ..storage.completeness import completeness_by_kind, status_by_group
    from ..storage.reports import average_progress_by_period

    with ws.reading() as session:
        result = period_completeness(session, period, plan)
        return DashboardFigures(
            result, status_by_group(session, plan, result), completeness_by_kind(plan, result), average_progress_by_period(session)
        )


@dataclass(frozen=True)
class AgencyPeriod:
    """What the agency view shows of one period: its dates, every report in it, and the successions."""

    period: object  # ReportingPeriod
    reports: list
    successions: list


def agency_period(ws: Workspace, period: str) -> AgencyPeriod:
    from ..storage.agencies import successions
    from ..storage.periods import reporting_period
    from ..storage.reports import read_reports

    with ws.reading() as session:
        return AgencyPeriod(reporting_period(session, period), read_reports(session, period), successions(session))
