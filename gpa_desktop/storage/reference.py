"""The reference data an agency's installation takes from the province: the plan (tasks, their
activities, deadlines and dated assignments), every agency with its names, kinds, aliases, group
memberships and successions, the reporting periods with their dates, the status list.

``reference_snapshot`` reads it as plain JSON values keyed by codes (ids differ between
installations); ``adopt_reference`` makes this database hold exactly a snapshot, writing only the
differences, each through the change log (one batch with the rest of the adoption, one undo step).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from . import keys, models
from .changes import ChangeWriter


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _parse_day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def reference_snapshot(session: Session) -> dict[str, Any]:
    """Everything an installation shares with the province, as JSON values in a stable order."""
    agency_code = dict(session.execute(select(models.AgencyRow.id, models.AgencyRow.code)).all())
    group_code = dict(session.execute(select(models.GroupRow.id, models.GroupRow.code)).all())
    task_code = dict(session.execute(select(models.TaskRow.id, models.TaskRow.code)).all())
    plan = session.scalars(select(models.PlanRow)).one()
    aliases: dict[int, list[str]] = {}
    for row in session.scalars(select(models.AgencyAliasRow).order_by(models.AgencyAliasRow.id)):
        aliases.setdefault(row.agency_id, []).append(row.alias)
    names: dict[int, list[list]] = {}
    for row in session.scalars(select(models.AgencyNameRow).order_by(models.AgencyNameRow.valid_from, models.AgencyNameRow.id)):
        names.setdefault(row.agency_id, []).append([_day(row.valid_from), row.name])
    activities: dict[int, list[str]] = {}
    for row in session.scalars(select(models.ActivityRow).order_by(models.ActivityRow.task_id, models.ActivityRow.position)):
        activities.setdefault(row.task_id, []).append(row.text)
    assignments: dict[int, list[list]] = {}
    for row in session.scalars(select(models.AssignmentRow).order_by(models.AssignmentRow.position, models.AssignmentRow.id)):
        assignments.setdefault(row.task_id, []).append(
            [agency_code[row.agency_id], row.role, row.note, row.position, _day(row.valid_from), _day(row.valid_until)]
        )
    return {
        "plan": {
            "revision": plan.revision, "title": plan.title, "short_title": plan.short_title,
            "basis": plan.basis, "attachment_note": plan.attachment_note,
        },
        "statuses": [
            [s.code, s.label, s.position, s.done] for s in session.scalars(select(models.StatusRow).order_by(models.StatusRow.position))
        ],
        "agencies": [
            {
                "code": a.code, "name": a.name, "kind": a.kind, "active": a.active, "position": a.position,
                "ended_on": _day(a.ended_on), "aliases": aliases.get(a.id, []), "names": names.get(a.id, []),
            }
            for a in session.scalars(select(models.AgencyRow).order_by(models.AgencyRow.position, models.AgencyRow.id))
        ],
        "memberships": [
            [agency_code[m.collective_id], agency_code[m.member_id], _day(m.valid_from), _day(m.valid_until)]
            for m in session.scalars(select(models.MembershipRow).order_by(models.MembershipRow.id))
        ],
        "successions": [
            [agency_code[s.predecessor_id], agency_code[s.successor_id], _day(s.effective_on), s.note]
            for s in session.scalars(select(models.AgencySuccessionRow).order_by(models.AgencySuccessionRow.id))
        ],
        "groups": [
            [g.code, g.position, g.title, g.description]
            for g in session.scalars(select(models.GroupRow).order_by(models.GroupRow.position, models.GroupRow.id))
        ],
        "tasks": [
            {
                "code": t.code, "group": group_code[t.group_id], "position": t.position, "deadline": t.deadline,
                "revision": t.revision, "activities": activities.get(t.id, []), "assignments": assignments.get(t.id, []),
            }
            for t in session.scalars(select(models.TaskRow).order_by(models.TaskRow.group_id, models.TaskRow.position))
            if t.id in task_code
        ],
        "periods": [
            [p.code, p.kind, p.year, p.number, _day(p.starts_on), _day(p.ends_on), _day(p.due_on), _day(p.cutoff_on)]
            for p in session.scalars(select(models.PeriodRow).order_by(models.PeriodRow.starts_on, models.PeriodRow.ends_on))
        ],
    }


def _sync(
    writer: ChangeWriter,
    existing: dict,
    wanted: dict,
    make: Callable[[Any, dict], Any],
    key: Callable[[Any], str],
    *,
    delete: bool = True,
) -> list:
    """Make the rows *existing* (natural key → row) hold *wanted* (natural key → fields): update,
    create; delete the others unless *delete* is False. Returns the rows left to delete."""
    for natural, values in wanted.items():
        row = existing.get(natural)
        if row is None:
            writer.create(make(natural, values), key(natural))
        else:
            writer.update(row, key(natural), **values)
    extra = [(natural, row) for natural, row in existing.items() if natural not in wanted]
    if delete:
        for natural, row in extra:
            writer.delete(row, key(natural))
        return []
    return extra


def adopt_reference(writer: ChangeWriter, snapshot: dict[str, Any]) -> None:
    """Make this database's reference data exactly *snapshot* (the province's), through *writer*.

    What the snapshot lacks is removed where nothing refers to it; an agency, task or period that
    this installation's own reports or receipts refer to is kept.
    """
    session = writer.session
    session.expire_all()  # collections loaded earlier in this transaction must not hold deleted rows

    plan = session.scalars(select(models.PlanRow)).one()
    writer.update(plan, keys.plan(plan.revision), **snapshot["plan"])

    statuses = {row.code: row for row in session.scalars(select(models.StatusRow))}
    status_extra = _sync(
        writer, statuses,
        {code: dict(label=label, position=position, done=done) for code, label, position, done in snapshot["statuses"]},
        lambda code, values: models.StatusRow(code=code, **values), lambda code: code, delete=False,
    )

    agencies = {row.code: row for row in session.scalars(select(models.AgencyRow))}
    for a in snapshot["agencies"]:
        fields = dict(name=a["name"], kind=a["kind"], active=a["active"], position=a["position"], ended_on=_parse_day(a["ended_on"]))
        row = agencies.get(a["code"])
        if row is None:
            agencies[a["code"]] = writer.create(models.AgencyRow(code=a["code"], **fields), keys.agency(a["code"]))
        else:
            writer.update(row, keys.agency(a["code"]), **fields)
    ids = {code: row.id for code, row in agencies.items()}
    code_of = {row_id: code for code, row_id in ids.items()}
    wanted_agencies = {a["code"]: a for a in snapshot["agencies"]}

    _sync(
        writer,
        {(code_of[r.agency_id], r.alias): r for r in session.scalars(select(models.AgencyAliasRow))},
        {(a["code"], alias): {} for a in snapshot["agencies"] for alias in a["aliases"]},
        lambda k, _v: models.AgencyAliasRow(agency_id=ids[k[0]], alias=k[1]), lambda k: keys.agency(k[0]),
    )
    _sync(
        writer,
        {(code_of[r.agency_id], _day(r.valid_from), r.name): r for r in session.scalars(select(models.AgencyNameRow))},
        {(a["code"], since, name): {} for a in snapshot["agencies"] for since, name in a["names"]},
        lambda k, _v: models.AgencyNameRow(agency_id=ids[k[0]], valid_from=_parse_day(k[1]), name=k[2]), lambda k: keys.agency(k[0]),
    )
    _sync(
        writer,
        {(code_of[r.collective_id], code_of[r.member_id], _day(r.valid_from)): r for r in session.scalars(select(models.MembershipRow))},
        {(c, m, since): dict(valid_until=_parse_day(until)) for c, m, since, until in snapshot["memberships"]},
        lambda k, v: models.MembershipRow(collective_id=ids[k[0]], member_id=ids[k[1]], valid_from=_parse_day(k[2]), **v),
        lambda k: keys.membership(k[1], k[0]),
    )
    _sync(
        writer,
        {(code_of[r.predecessor_id], code_of[r.successor_id]): r for r in session.scalars(select(models.AgencySuccessionRow))},
        {(p, s): dict(effective_on=_parse_day(on), note=note) for p, s, on, note in snapshot["successions"]},
        lambda k, v: models.AgencySuccessionRow(predecessor_id=ids[k[0]], successor_id=ids[k[1]], **v),
        lambda k: keys.succession(*k),
    )

    groups = {row.code: row for row in session.scalars(select(models.GroupRow))}
    group_extra = _sync(
        writer, groups,
        {code: dict(position=position, title=title, description=description) for code, position, title, description in snapshot["groups"]},
        lambda code, values: models.GroupRow(plan_id=plan.id, code=code, **values), lambda code: code, delete=False,
    )
    group_ids = {row.code: row.id for row in session.scalars(select(models.GroupRow))}
    tasks = {row.code: row for row in session.scalars(select(models.TaskRow))}
    task_extra = _sync(
        writer, tasks,
        {t["code"]: dict(group_id=group_ids[t["group"]], position=t["position"], deadline=t["deadline"], revision=t["revision"]) for t in snapshot["tasks"]},
        lambda code, values: models.TaskRow(code=code, **values), keys.task, delete=False,
    )
    task_ids = {row.code: row.id for row in session.scalars(select(models.TaskRow))}
    task_code = {row_id: code for code, row_id in task_ids.items()}
    _sync(
        writer,
        {(task_code[r.task_id], r.position): r for r in session.scalars(select(models.ActivityRow))},
        {(t["code"], position): dict(text=text) for t in snapshot["tasks"] for position, text in enumerate(t["activities"])},
        lambda k, v: models.ActivityRow(task_id=task_ids[k[0]], position=k[1], **v), lambda k: keys.activity(k[0], k[1] + 1),
    )
    _sync(
        writer,
        {(task_code[r.task_id], code_of[r.agency_id], r.role, _day(r.valid_from)): r for r in session.scalars(select(models.AssignmentRow))},
        {
            (t["code"], agency, role, since): dict(note=note, position=position, valid_until=_parse_day(until))
            for t in snapshot["tasks"] for agency, role, note, position, since, until in t["assignments"]
        },
        lambda k, v: models.AssignmentRow(task_id=task_ids[k[0]], agency_id=ids[k[1]], role=k[2], valid_from=_parse_day(k[3]), **v),
        lambda k: keys.assignment(k[0], k[1], k[2]),
    )

    periods = {row.code: row for row in session.scalars(select(models.PeriodRow))}
    period_extra = _sync(
        writer, periods,
        {
            code: dict(kind=kind, year=year, number=number, starts_on=_parse_day(s), ends_on=_parse_day(e), due_on=_parse_day(d), cutoff_on=_parse_day(c))
            for code, kind, year, number, s, e, d, c in snapshot["periods"]
        },
        lambda code, values: models.PeriodRow(code=code, **values), keys.period, delete=False,
    )

    # what the province no longer has goes last, once nothing in the snapshot rests on it
    for code, row in task_extra:
        if not session.scalar(select(exists().where(models.ReportRow.task_id == row.id))):
            writer.delete(row, keys.task(code))
    for code, row in group_extra:
        if not session.scalar(select(exists().where(models.TaskRow.group_id == row.id))):
            writer.delete(row, code)
    for code, row in period_extra:
        used = session.scalar(select(or_(
            exists().where(models.ReportRow.period_id == row.id), exists().where(models.ReceiptRow.period_id == row.id)
        )))
        if not used:
            writer.delete(row, keys.period(code))
    for code, row in status_extra:
        if not session.scalar(select(exists().where(models.ReportRow.status == code))):
            writer.delete(row, code)
    for code, row in agencies.items():
        if code in wanted_agencies:
            continue
        used = session.scalar(select(or_(
            exists().where(models.ReportRow.agency_id == row.id), exists().where(models.ReceiptRow.agency_id == row.id),
            exists().where(models.AssignmentRow.agency_id == row.id),
        )))
        if not used:
            writer.delete(row, keys.agency(code))
