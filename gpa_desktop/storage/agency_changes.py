"""Agencies change during a ten-year plan: add, rename, merge, split and end them with a date.

Nothing is rewritten in place. An effective day closes the old agency's assignments and
collective memberships and opens its successors', so reports filed before stay with the
old agency and periods ending after the day expect the successors. Each operation is one
batch through the change log, so it can be undone; given a shared *writer*, several are one
batch (a whole reorganisation workbook is one undo step).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from ..domain.plan import AgencyKind
from ..domain.text import clean, fold
from . import keys, models
from .changes import ChangeSet, ChangeWriter


def _agency(session: Session, code: str) -> models.AgencyRow:
    row = session.scalars(select(models.AgencyRow).where(models.AgencyRow.code == code)).one_or_none()
    if row is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no agency with the code {code}."), code=code)
    return row


def _check_name_free(session: Session, name: str, except_id: int | None = None) -> None:
    wanted = fold(name)
    # plain tuples, not ORM rows: a reorganisation adds a hundred communes, each checked against every name
    for row_id, row_name, row_code in session.execute(select(models.AgencyRow.id, models.AgencyRow.name, models.AgencyRow.code)):
        if row_id != except_id and fold(row_name) == wanted:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", 'An agency named "{name}" already exists ({code}).'),
                name=row_name,
                code=row_code,
            )


def _check_live(row: models.AgencyRow, effective_on: date) -> None:
    if row.kind == AgencyKind.COLLECTIVE.value:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "{name} is a group of agencies; change its members instead."), name=row.name
        )
    if row.ended_on is not None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "{name} already ended on {day:%d/%m/%Y}."), name=row.name, day=row.ended_on
        )


def _current_assignments(session: Session, agency_id: int) -> list[models.AssignmentRow]:
    return list(
        session.scalars(
            select(models.AssignmentRow)
            .where(models.AssignmentRow.agency_id == agency_id, models.AssignmentRow.valid_until.is_(None))
            .order_by(models.AssignmentRow.task_id, models.AssignmentRow.id)
        )
    )


def _current_memberships(session: Session, member_id: int) -> list[models.MembershipRow]:
    return list(
        session.scalars(
            select(models.MembershipRow).where(
                models.MembershipRow.member_id == member_id, models.MembershipRow.valid_until.is_(None)
            )
        )
    )


def _task_codes(session: Session) -> dict[int, str]:
    return dict(session.execute(select(models.TaskRow.id, models.TaskRow.code)).all())


def _task_code(session: Session, task_id: int) -> str:
    return session.get(models.TaskRow, task_id).code


def _code(session: Session, agency_id: int) -> str:
    return session.get(models.AgencyRow, agency_id).code


def _end(writer: ChangeWriter, row: models.AgencyRow, effective_on: date) -> tuple[list, list]:
    """Close the agency's assignments and memberships on *effective_on*; return what was closed."""
    session = writer.session
    assignments = _current_assignments(session, row.id)
    memberships = _current_memberships(session, row.id)
    for a in assignments:
        if a.valid_from >= effective_on:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "The change must take effect after {day:%d/%m/%Y}, when {name} took up its tasks."
                ),
                day=a.valid_from,
                name=row.name,
            )
        writer.update(a, keys.assignment(_task_code(session, a.task_id), row.code, a.role), valid_until=effective_on)
    for m in memberships:
        writer.update(m, keys.membership(row.code, _code(session, m.collective_id)), valid_until=effective_on)
    writer.update(row, keys.agency(row.code), ended_on=effective_on, active=False)
    return assignments, memberships


def _take_over(
    writer: ChangeWriter, successor: models.AgencyRow, assignment: models.AssignmentRow, effective_on: date
) -> None:
    """Give *successor* the assignment from *effective_on*, unless it already holds that role on the task."""
    session = writer.session
    held = session.scalars(
        select(models.AssignmentRow.id).where(
            models.AssignmentRow.task_id == assignment.task_id,
            models.AssignmentRow.agency_id == successor.id,
            models.AssignmentRow.role == assignment.role,
            models.AssignmentRow.valid_until.is_(None),
        )
    ).first()
    if held is None:
        writer.create(
            models.AssignmentRow(
                task_id=assignment.task_id,
                agency_id=successor.id,
                role=assignment.role,
                note=assignment.note,
                position=assignment.position,
                valid_from=effective_on,
            ),
            keys.assignment(_task_code(session, assignment.task_id), successor.code, assignment.role),
        )


def _join(writer: ChangeWriter, successor: models.AgencyRow, membership: models.MembershipRow, effective_on: date) -> None:
    session = writer.session
    already = session.scalars(
        select(models.MembershipRow.id).where(
            models.MembershipRow.collective_id == membership.collective_id,
            models.MembershipRow.member_id == successor.id,
            models.MembershipRow.valid_until.is_(None),
        )
    ).first()
    if already is None:
        writer.create(
            models.MembershipRow(
                collective_id=membership.collective_id, member_id=successor.id, valid_from=effective_on
            ),
            keys.membership(successor.code, _code(session, membership.collective_id)),
        )


def _succession(writer: ChangeWriter, old: models.AgencyRow, new: models.AgencyRow, effective_on: date, note: str) -> None:
    writer.create(
        models.AgencySuccessionRow(predecessor_id=old.id, successor_id=new.id, effective_on=effective_on, note=note),
        keys.succession(old.code, new.code),
    )


def add_agency(
    session: Session,
    code: str,
    name: str,
    kind: AgencyKind,
    *,
    members: Sequence[str] = (),
    member_of: Sequence[str] = (),
    valid_from: date | None = None,
    actor: str = "",
    writer: ChangeWriter | None = None,
) -> ChangeSet:
    """A new agency (a collective may be given its members; a concrete agency may join collectives,
    so a new department is expected wherever "all provincial departments" are)."""
    code, name = clean(code).upper(), clean(name)
    if not code or not name:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "An agency needs a code and a name."))
    if session.scalar(select(models.AgencyRow.id).where(models.AgencyRow.code == code)) is not None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The code {code} is already used by another agency."), code=code)
    _check_name_free(session, name)
    writer = writer or ChangeWriter(session, source="app", actor=actor)
    position = (session.scalar(select(models.AgencyRow.position).order_by(models.AgencyRow.position.desc())) or 0) + 1
    row = writer.create(models.AgencyRow(code=code, name=name, kind=kind.value, active=True, position=position), keys.agency(code))
    since = valid_from or date.today()
    writer.create(models.AgencyNameRow(agency_id=row.id, name=name, valid_from=since), keys.agency(code))
    for member in members:
        member_row = _agency(session, member)
        writer.create(
            models.MembershipRow(collective_id=row.id, member_id=member_row.id, valid_from=since), keys.membership(member_row.code, code)
        )
    for collective in member_of:
        group = _agency(session, collective)
        if group.kind != AgencyKind.COLLECTIVE.value:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "{name} is not a group of agencies."), name=group.name)
        writer.create(
            models.MembershipRow(collective_id=group.id, member_id=row.id, valid_from=since), keys.membership(code, group.code)
        )
    return writer.result


def set_members(
    session: Session,
    collective: str,
    members: Sequence[str],
    effective_on: date,
    *,
    actor: str = "",
    writer: ChangeWriter | None = None,
) -> ChangeSet:
    """Who belongs to a group of agencies from *effective_on*. The province decides who "the relevant
    departments" are: agencies leaving stop being expected on the group's tasks that day (a
    membership that had not begun yet is withdrawn), newcomers are expected from it."""
    group = _agency(session, collective)
    if group.kind != AgencyKind.COLLECTIVE.value:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "{name} is not a group of agencies."), name=group.name)
    wanted = {}
    for code in members:
        row = _agency(session, code)
        _check_live(row, effective_on)
        wanted[row.id] = row.code
    codes = dict(session.execute(select(models.AgencyRow.id, models.AgencyRow.code)).all())
    writer = writer or ChangeWriter(session, source="app", actor=actor)
    current = session.scalars(
        select(models.MembershipRow).where(
            models.MembershipRow.collective_id == group.id, models.MembershipRow.valid_until.is_(None)
        )
    ).all()
    for membership in current:
        if membership.member_id in wanted:
            continue
        key = keys.membership(codes[membership.member_id], group.code)
        if membership.valid_from >= effective_on:
            writer.delete(membership, key)
        else:
            writer.update(membership, key, valid_until=effective_on)
    present = {m.member_id for m in current}
    for member_id, code in wanted.items():
        if member_id not in present:
            writer.create(
                models.MembershipRow(collective_id=group.id, member_id=member_id, valid_from=effective_on), keys.membership(code, group.code)
            )
    return writer.result


def rename_agency(
    session: Session, code: str, new_name: str, effective_on: date, *, actor: str = "", writer: ChangeWriter | None = None
) -> ChangeSet:
    """A new name from *effective_on*; reports filed before keep showing the old one."""
    row = _agency(session, code)
    new_name = clean(new_name)
    if not new_name:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "An agency needs a code and a name."))
    _check_name_free(session, new_name, except_id=row.id)
    writer = writer or ChangeWriter(session, source="app", actor=actor)
    writer.create(models.AgencyNameRow(agency_id=row.id, name=new_name, valid_from=effective_on), keys.agency(row.code))
    writer.update(row, keys.agency(row.code), name=new_name)
    return writer.result


def merge_agencies(
    session: Session,
    predecessors: Sequence[str],
    successor: str,
    effective_on: date,
    *,
    new_name: str | None = None,
    new_kind: AgencyKind = AgencyKind.DEPARTMENT,
    actor: str = "",
    writer: ChangeWriter | None = None,
) -> ChangeSet:
    """Merge *predecessors* into *successor* (created first when *new_name* is given)."""
    if not predecessors:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Choose the agencies to merge."))
    writer = writer or ChangeWriter(session, source="app", actor=actor)
    successor = clean(successor).upper()  # codes are stored in capitals
    if new_name is not None:
        add_agency(session, successor, new_name, new_kind, valid_from=effective_on, writer=writer)
    target = _agency(session, successor)
    _check_live(target, effective_on)
    olds = [_agency(session, code) for code in predecessors]
    for old in olds:
        _check_live(old, effective_on)
        if old.id == target.id:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "{name} cannot be merged into itself."), name=old.name
            )
    for old in olds:
        assignments, memberships = _end(writer, old, effective_on)
        for a in assignments:
            _take_over(writer, target, a, effective_on)
        for m in memberships:
            _join(writer, target, m, effective_on)
        _succession(writer, old, target, effective_on, "merge")
    return writer.result


def split_agency(
    session: Session,
    predecessor: str,
    successors: Mapping[str, Sequence[str]],
    effective_on: date,
    *,
    new_agencies: Mapping[str, tuple[str, AgencyKind]] | None = None,
    actor: str = "",
    writer: ChangeWriter | None = None,
) -> ChangeSet:
    """Split *predecessor*: *successors* maps each successor's code to the task codes it takes over.

    Every task the old agency holds must go to at least one successor. *new_agencies* names
    successors to create first: {code: (name, kind)}.
    """
    writer = writer or ChangeWriter(session, source="app", actor=actor)
    for code, (name, kind) in (new_agencies or {}).items():
        add_agency(session, code, name, kind, valid_from=effective_on, writer=writer)
    old = _agency(session, predecessor)
    _check_live(old, effective_on)
    targets = {code: _agency(session, code) for code in successors}
    for target in targets.values():
        _check_live(target, effective_on)
    codes = _task_codes(session)
    held = {codes[a.task_id] for a in _current_assignments(session, old.id)}
    given = {task for tasks in successors.values() for task in tasks}
    unknown = sorted(given - held)
    if unknown:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "{name} is not assigned to the tasks {tasks}."),
            name=old.name,
            tasks=", ".join(unknown),
        )
    left = sorted(held - given, key=lambda c: [int(p) for p in c.split(".") if p.isdigit()])
    if left:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Choose a successor for the tasks {tasks}."), tasks=", ".join(left)
        )
    assignments, memberships = _end(writer, old, effective_on)
    for code, target in targets.items():
        for a in assignments:
            if codes[a.task_id] in successors[code]:
                _take_over(writer, target, a, effective_on)
        for m in memberships:
            _join(writer, target, m, effective_on)
        _succession(writer, old, target, effective_on, "split")
    return writer.result


def end_agency(
    session: Session, codes: Sequence[str], effective_on: date, *, actor: str = "", writer: ChangeWriter | None = None
) -> ChangeSet:
    """End agencies with no successor (yet): from *effective_on* nothing more is expected of them."""
    writer = writer or ChangeWriter(session, source="app", actor=actor)
    for code in codes:
        row = _agency(session, code)
        _check_live(row, effective_on)
        _end(writer, row, effective_on)
    return writer.result


def note_basis(writer: ChangeWriter, code: str, detail: dict) -> None:
    """Log the legal basis of a change (the province's document number) against the agency it
    concerns, so its history says on what authority it changed."""
    writer.note(_agency(writer.session, code), keys.agency(code), "basis", detail)
