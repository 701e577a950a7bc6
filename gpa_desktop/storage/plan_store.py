"""The plan in the database: loading the built-in plan on first run, reading it back as domain values."""

from __future__ import annotations

import json
from sqlalchemy.orm import Session

from ..domain.periods import parse_period
from ..domain.plan import PLAN_ADOPTED_ON, Plan, parse_plan
from ..locations import resource
from . import keys, models, plain_reads
from .changes import ChangeWriter

BUILTIN_PLAN = ("plan", "gia_lai_2023.json")
BUILTIN_STATUSES = ("plan", "statuses.json")
#: Annual periods that exist from the first run: the years the plan runs after its adoption.
FIRST_ANNUAL_PERIOD, LAST_ANNUAL_PERIOD = 2023, 2030


def builtin_plan() -> Plan:
    return parse_plan(json.loads(resource(*BUILTIN_PLAN).read_text(encoding="utf-8")))


def load_builtin_plan(session: Session) -> None:
    """Fill an empty database with the built-in plan, the status list and the annual periods."""
    from .periods import create_period

    plan = builtin_plan()
    writer = ChangeWriter(session, source="seed")
    plan_row = models.PlanRow(
        revision=plan.revision,
        title=plan.title,
        short_title=plan.short_title,
        basis=plan.basis,
        attachment_note=plan.attachment_note,
    )
    session.add(plan_row)
    agencies: dict[str, models.AgencyRow] = {}
    for position, agency in enumerate(plan.agencies):
        row = models.AgencyRow(
            code=agency.code, name=agency.name, kind=agency.kind.value, active=agency.active, position=position
        )
        session.add(row)
        agencies[agency.code] = row
    session.flush()
    for agency in plan.agencies:
        row = agencies[agency.code]
        session.add(models.AgencyNameRow(agency_id=row.id, name=agency.name, valid_from=PLAN_ADOPTED_ON))
        session.add_all(models.AgencyAliasRow(agency_id=row.id, alias=alias) for alias in agency.aliases)
        session.add_all(
            models.MembershipRow(
                collective_id=row.id, member_id=agencies[m.member].id, valid_from=m.valid_from or PLAN_ADOPTED_ON
            )
            for m in agency.memberships
        )
    for group_position, group in enumerate(plan.groups):
        group_row = models.GroupRow(
            plan_id=plan_row.id,
            code=group.code,
            position=group_position,
            title=group.title,
            description=group.description,
        )
        session.add(group_row)
        session.flush()
        for task_position, task in enumerate(group.tasks):
            session.add(
                models.TaskRow(
                    group_id=group_row.id,
                    code=task.code,
                    position=task_position,
                    deadline=task.deadline,
                    activities=[models.ActivityRow(position=i, text=text) for i, text in enumerate(task.activities)],
                    assignments=[
                        models.AssignmentRow(
                            agency_id=agencies[a.agency].id,
                            role=a.role.value,
                            note=a.note,
                            position=i,
                            valid_from=a.valid_from or PLAN_ADOPTED_ON,
                        )
                        for i, a in enumerate(task.assignments)
                    ],
                )
            )
    statuses = json.loads(resource(*BUILTIN_STATUSES).read_text(encoding="utf-8"))["statuses"]
    session.add_all(
        models.StatusRow(code=s["code"], label=s["label"], position=i, done=s["done"]) for i, s in enumerate(statuses)
    )
    session.flush()
    writer.note(plan_row, keys.plan(plan.revision), "loaded", {"tasks": sum(len(g.tasks) for g in plan.groups)})
    for year in range(FIRST_ANNUAL_PERIOD, LAST_ANNUAL_PERIOD + 1):
        create_period(session, parse_period(str(year)), writer)


def read_plan(session: Session) -> Plan:
    """The plan as stored now (tasks and agencies may have been edited since the first run)."""
    return plain_reads.read_plan(plain_reads.dbapi(session))
