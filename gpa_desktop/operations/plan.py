"""The plan as the window and the command line show it, and the corrections of a task."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..domain.changes import OpChanges
from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from ..domain.periods import ReportingPeriod
from ..domain.plan import Plan, Role
from ..domain.reports import TaskProgress
from ..storage import plain_reads
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


# The window's start-up reads these: through plain DB-API reads, so its first paint needs no ORM.


def plan_state(ws: Workspace) -> PlanState:
    with ws.plain_reading() as connection:
        return PlanState(
            plain_reads.read_plan(connection),
            plain_reads.status_labels(connection),
            plain_reads.list_periods(connection),
            frozenset(plain_reads.done_status_codes(connection)),
        )


def read_plan_only(ws: Workspace) -> Plan:
    with ws.plain_reading() as connection:
        return plain_reads.read_plan(connection)


def progress(ws: Workspace, period: str, plan: Plan) -> dict[str, TaskProgress]:
    """Each task's consolidated status and percent in *period* (the tree's columns)."""
    with ws.plain_reading() as connection:
        period_id, ends_on = plain_reads.period_row(connection, period)
        return plain_reads.task_progress(connection, period_id, ends_on, plan)


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
    from ..storage import plan_edits

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
