"""Agencies: looking one up by code or name, and what each one is assigned."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from ..domain.plan import Agency, Plan, Role
from ..domain.text import fold
from . import models


@dataclass(frozen=True)
class AgencyDuties:
    agency: Agency
    lead: tuple[str, ...]  # task codes, directly or through a collective
    coordinating: tuple[str, ...]

    def as_json(self) -> dict:
        return {
            "code": self.agency.code,
            "name": self.agency.name,
            "kind": self.agency.kind.value,
            "active": self.agency.active,
            "members": list(self.agency.members),
            "lead": list(self.lead),
            "coordinating": list(self.coordinating),
        }


def agency_duties(plan: Plan) -> list[AgencyDuties]:
    """Every agency with the tasks it leads and coordinates (a collective: its own assignments)."""
    by_agency: dict[str, dict[Role, list[str]]] = {a.code: {Role.LEAD: [], Role.COORDINATING: []} for a in plan.agencies}
    for duty in plan.duties():
        by_agency[duty.agency][duty.role].append(duty.task)
    for task in plan.tasks():
        for assignment in task.assignments:
            if assignment.holds_on() and plan.agency(assignment.agency).is_collective:
                tasks = by_agency[assignment.agency][assignment.role]
                if not tasks or tasks[-1] != task.code:
                    tasks.append(task.code)
    return [
        AgencyDuties(a, tuple(by_agency[a.code][Role.LEAD]), tuple(by_agency[a.code][Role.COORDINATING]))
        for a in plan.agencies
    ]


def find_agency(plan: Plan, text: str) -> Agency:
    """The agency whose code, name or alias matches *text* (case and diacritics ignored)."""
    wanted = fold(text)
    for agency in plan.agencies:
        if wanted in {fold(agency.code), fold(agency.name), *map(fold, agency.aliases)}:
            return agency
    raise UserError(QT_TRANSLATE_NOOP("UserError", 'No agency is called "{text}".'), text=text)



@dataclass(frozen=True)
class Succession:
    """From *effective_on*, *successor* took over (some of) *predecessor*'s tasks."""

    predecessor: str
    successor: str
    effective_on: date
    how: str  # "merge" or "split"


def successions(session: Session) -> list[Succession]:
    """Every recorded merge and split, oldest first."""
    old, new = aliased(models.AgencyRow), aliased(models.AgencyRow)
    row = models.AgencySuccessionRow
    query = (
        select(old.code, new.code, row.effective_on, row.note)
        .join(old, old.id == row.predecessor_id)
        .join(new, new.id == row.successor_id)
        .order_by(row.effective_on, row.id)
    )
    return [Succession(*values) for values in session.execute(query)]


def successor_on(code: str, day: date, recorded: list[Succession]) -> str:
    """The agency doing *code*'s work on *day*: itself, or after a merge its successor (followed
    through later merges). A split has no single successor: the agency itself is returned."""
    seen: set[str] = set()
    while code not in seen:
        seen.add(code)
        after = [s.successor for s in recorded if s.predecessor == code and s.effective_on <= day]
        if len(after) != 1:
            break
        code = after[0]
    return code
