"""Reporting periods: list, choose, create, re-date and delete (what the periods dialog and
``gpa-desktop period`` do)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.changes import OpChanges
from ..domain.periods import ReportingPeriod, current_period
from ..storage import periods as stored
from .workspace import Workspace


@dataclass(frozen=True)
class PeriodSaved:
    period: ReportingPeriod
    changes: OpChanges


def list_periods(ws: Workspace) -> list[ReportingPeriod]:
    with ws.reading() as session:
        return stored.list_periods(session)


def resolve_period(ws: Workspace, code: str | None) -> ReportingPeriod:
    """The stored period *code*, or without one the period shown by default; never creates one."""
    with ws.reading() as session:
        if code:
            return stored.reporting_period(session, code)
        periods = stored.list_periods(session)
        chosen = current_period([p.code for p in periods])
        return next(p for p in periods if p.code == chosen)


def save_period(ws: Workspace, code: str, *, due_on: date | None = None, cutoff_on: date | None = None) -> PeriodSaved:
    """Create *code* if it is new and set its due date and data cut-off, as one undoable step."""
    with ws.writing() as writer:
        period = stored.set_period_dates(writer.session, writer, code, due_on=due_on, cutoff_on=cutoff_on, create=True)
    return PeriodSaved(period, writer.result.summary())


def delete_period(ws: Workspace, code: str) -> OpChanges:
    """Delete a period nothing refers to yet (created by mistake)."""
    with ws.writing() as writer:
        stored.delete_period(writer.session, writer, code)
    return writer.result.summary()
