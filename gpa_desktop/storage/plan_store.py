"""The plan in the database: loading the built-in plan on first run, reading it back as domain values."""

from __future__ import annotations

import json
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..domain.periods import parse_period
from ..domain.plan import (
    PLAN_ADOPTED_ON,
    Agency,
    AgencyKind,
    Assignment,
    Group,
    Membership,
    Plan,
    Role,
    Task,
    parse_plan,
)
from ..locations import resource
from . import keys, models
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
    plan_row = session.scalars(select(models.PlanRow)).one()
    agency_rows = session.scalars(select(models.AgencyRow).order_by(models.AgencyRow.position, models.AgencyRow.id))
    aliases: dict[int, list[str]] = {}
    for alias in session.scalars(select(models.AgencyAliasRow).order_by(models.AgencyAliasRow.id)):
        aliases.setdefault(alias.agency_id, []).append(alias.alias)
    rows = list(agency_rows)
    code_of = {row.id: row.code for row in rows}
    memberships: dict[int, list[Membership]] = {}
    for m in session.scalars(select(models.MembershipRow).order_by(models.MembershipRow.id)):
        memberships.setdefault(m.collective_id, []).append(
            Membership(member=code_of[m.member_id], valid_from=m.valid_from, valid_until=m.valid_until)
        )
    names: dict[int, list[tuple]] = {}
    for n in session.scalars(select(models.AgencyNameRow).order_by(models.AgencyNameRow.valid_from, models.AgencyNameRow.id)):
        names.setdefault(n.agency_id, []).append((n.valid_from, n.name))
    agencies = tuple(
        Agency(
            code=row.code,
            name=row.name,
            kind=AgencyKind(row.kind),
            aliases=tuple(aliases.get(row.id, ())),
            memberships=tuple(memberships.get(row.id, ())),
            active=row.active,
            ended_on=row.ended_on,
            names=tuple(names.get(row.id, ())),
        )
        for row in rows
    )
    groups = session.scalars(
        select(models.GroupRow)
        .where(models.GroupRow.plan_id == plan_row.id)
        .order_by(models.GroupRow.position)
        .options(
            selectinload(models.GroupRow.tasks).selectinload(models.TaskRow.activities),
            selectinload(models.GroupRow.tasks).selectinload(models.TaskRow.assignments),
        )
    )
    return Plan(
        revision=plan_row.revision,
        title=plan_row.title,
        short_title=plan_row.short_title,
        basis=plan_row.basis,
        attachment_note=plan_row.attachment_note,
        agencies=agencies,
        groups=tuple(
            Group(
                code=g.code,
                title=g.title,
                description=g.description,
                tasks=tuple(
                    Task(
                        code=t.code,
                        activities=tuple(a.text for a in t.activities),
                        assignments=tuple(
                            Assignment(
                                agency=code_of[a.agency_id],
                                role=Role(a.role),
                                note=a.note,
                                valid_from=a.valid_from,
                                valid_until=a.valid_until,
                            )
                            for a in t.assignments
                        ),
                        deadline=t.deadline,
                    )
                    for t in g.tasks
                ),
            )
            for g in groups
        ),
    )
