"""Editing the plan's tasks: deadline, activities (add, edit, remove, reorder), lead and coordinating agencies.

These are corrections of the plan as written, so an agency set here holds from the plan's
start; changes of agencies over time go through storage.agency_changes instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from ..domain.plan import PLAN_ADOPTED_ON, Role
from ..domain.text import clean
from . import keys, models
from .changes import ChangeSet, ChangeWriter


def _task(session: Session, code: str) -> models.TaskRow:
    row = session.scalars(select(models.TaskRow).where(models.TaskRow.code == code)).one_or_none()
    if row is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no task {code} in the plan."), code=code)
    return row


def _touch(writer: ChangeWriter, task: models.TaskRow) -> None:
    writer.update(task, keys.task(task.code), revision=task.revision + 1)


def set_deadline(
    session: Session, code: str, deadline: str, *, actor: str = "", writer: ChangeWriter | None = None
) -> ChangeSet:
    task = _task(session, code)
    writer = writer or ChangeWriter(session, source="app", actor=actor)
    if not clean(deadline):
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Write the deadline, for example \"Năm 2025\" or \"Thường xuyên\"."))
    if writer.update(task, keys.task(code), deadline=clean(deadline)):
        _touch(writer, task)
    return writer.result


def set_activities(
    session: Session, code: str, activities: Sequence[str], *, actor: str = "", writer: ChangeWriter | None = None
) -> ChangeSet:
    """Make the task's activities exactly *activities*, in that order (add, edit, remove, reorder)."""
    texts = [clean(t) for t in activities]
    if not texts or not all(texts):
        raise UserError(QT_TRANSLATE_NOOP("UserError", "A task needs at least one activity, and no activity can be empty."))
    task = _task(session, code)
    writer = writer or ChangeWriter(session, source="app", actor=actor)
    rows = sorted(task.activities, key=lambda a: a.position)
    changed = False
    for position, text in enumerate(texts):
        if position < len(rows):
            changed |= bool(writer.update(rows[position], keys.activity(code, position + 1), text=text, position=position))
        else:
            writer.create(models.ActivityRow(task_id=task.id, position=position, text=text), keys.activity(code, position + 1))
            changed = True
    for position, row in enumerate(rows[len(texts):], start=len(texts)):
        task.activities.remove(row)
        writer.delete(row, keys.activity(code, position + 1))
        changed = True
    if changed:
        _touch(writer, task)
    return writer.result


def set_agencies(
    session: Session,
    code: str,
    role: Role,
    agencies: Sequence[tuple[str, str | None]],
    *,
    actor: str = "",
    writer: ChangeWriter | None = None,
) -> ChangeSet:
    """Make the task's current *role* holders exactly *agencies*: (agency code, note) pairs."""
    if role is Role.LEAD and not agencies:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "A task needs at least one lead agency."))
    task = _task(session, code)
    ids = dict(session.execute(select(models.AgencyRow.code, models.AgencyRow.id)).all())
    for agency, _note in agencies:
        if agency not in ids:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no agency with the code {code}."), code=agency)
    writer = writer or ChangeWriter(session, source="app", actor=actor)
    current = {
        a.agency_id: a for a in task.assignments if a.role == role.value and a.valid_until is None
    }
    wanted = {ids[agency]: clean(note or "") or None for agency, note in agencies}
    code_of = {agency_id: agency for agency, agency_id in ids.items()}
    for agency_id, row in current.items():
        if agency_id not in wanted:
            task.assignments.remove(row)
            writer.delete(row, keys.assignment(code, code_of[agency_id], role.value))
    for position, (agency_id, note) in enumerate(wanted.items()):
        key = keys.assignment(code, code_of[agency_id], role.value)
        if agency_id in current:
            writer.update(current[agency_id], key, note=note)
        else:
            writer.create(
                models.AssignmentRow(
                    task_id=task.id, agency_id=agency_id, role=role.value, note=note,
                    position=100 + position, valid_from=PLAN_ADOPTED_ON,
                ),
                key,
            )
    if any(c.entity == "assignment" for c in writer.result.changes):
        _touch(writer, task)
    return writer.result
