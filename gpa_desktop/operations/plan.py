"""The plan as the window and the command line show it, and the corrections of a task."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..domain.changes import OpChanges
from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from ..domain.periods import ReportingPeriod
from ..domain.plan import Plan, Role
from ..domain.reports import TaskProgress
from ..storage import periods as stored_periods
from ..storage import plan_edits
from ..storage.plan_store import read_plan
from ..storage.reports import done_status_codes, status_labels, task_progress
from .workspace import Workspace


@dataclass(frozen=True)
class PlanState:
    """What every view of the window shares: the plan, the status list and the periods."""

    plan: Plan
    labels: dict[str, str]
    periods: list[ReportingPeriod]
    done: frozenset[str]  # the statuses that mean finished

    def period(self, code: str) -> ReportingPeriod:
        return next(p for p in self.periods if p.code == code)


def plan_state(ws: Workspace) -> PlanState:
    with ws.reading() as session:
        return PlanState(
            read_plan(session), status_labels(session), stored_periods.list_periods(session), frozenset(done_status_codes(session))
        )


def read_plan_only(ws: Workspace) -> Plan:
    with ws.reading() as session:
        return read_plan(session)


def progress(ws: Workspace, period: str, plan: Plan) -> dict[str, TaskProgress]:
    """Each task's consolidated status and percent in *period* (the tree's columns)."""
    with ws.reading() as session:
        return task_progress(session, period, plan)


class TaskRefused(UserError):
    """Some fields of a task edit were refused; ``fields`` says which and why. Nothing was saved."""

    def __init__(self, fields: dict[str, UserError]) -> None:
        super().__init__(QT_TRANSLATE_NOOP("UserError", "Some fields were refused; nothing was saved."))
        self.fields = fields


def edit_task(
    ws: Workspace,
    code: str,
    *,
    activities: Sequence[str],
    lead: Sequence[tuple[str, str | None]],
    coordinating: Sequence[tuple[str, str | None]],
    deadline: str,
) -> OpChanges:
    """Correct a task as written: its activities, lead and coordinating agencies and deadline, all or nothing."""
    refused: dict[str, UserError] = {}
    with ws.writing() as writer:
        session = writer.session
        for name, write in (
            ("activities", lambda: plan_edits.set_activities(session, code, activities, writer=writer)),
            ("lead", lambda: plan_edits.set_agencies(session, code, Role.LEAD, lead, writer=writer)),
            ("coordinating", lambda: plan_edits.set_agencies(session, code, Role.COORDINATING, coordinating, writer=writer)),
            ("deadline", lambda: plan_edits.set_deadline(session, code, deadline, writer=writer)),
        ):
            try:
                write()
            except UserError as error:
                refused[name] = error
        if refused:
            raise TaskRefused(refused)  # rolls the whole edit back
    return writer.result.summary()
