"""What adopting the province's reference data would change here, in the officer's words.

Both sides are snapshots as storage.reference makes them (plain JSON values keyed by codes); the
preview of a province template lists these lines before anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from .errors import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ReferenceChange:
    message: str  # English source text, marked for translation
    params: dict

    def render(self, translate=None) -> str:
        text = translate("UserError", self.message) if translate else self.message
        return text.format(**self.params)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _change(message: str, **params: Any) -> ReferenceChange:
    return ReferenceChange(message, params)


def reference_changes(local: dict[str, Any], incoming: dict[str, Any]) -> list[ReferenceChange]:
    """One line per agency, task, period or list that differs (nothing when they are the same)."""
    if local == incoming:
        return []
    out: list[ReferenceChange] = []
    if local["plan"] != incoming["plan"]:
        out.append(_change(QT_TRANSLATE_NOOP("UserError", "The plan's title, basis or revision changed.")))
    if local["statuses"] != incoming["statuses"]:
        out.append(_change(QT_TRANSLATE_NOOP("UserError", "The list of statuses changed.")))

    mine = {a["code"]: a for a in local["agencies"]}
    theirs = {a["code"]: a for a in incoming["agencies"]}
    for code, agency in theirs.items():
        before = mine.get(code)
        if before is None:
            out.append(_change(QT_TRANSLATE_NOOP("UserError", "Agency {code} added: {name}."), code=code, name=agency["name"]))
        elif before["name"] != agency["name"]:
            out.append(_change(QT_TRANSLATE_NOOP("UserError", 'Agency {code} renamed: "{old}" → "{new}".'), code=code, old=before["name"], new=agency["name"]))
        elif before["ended_on"] != agency["ended_on"] and agency["ended_on"]:
            out.append(_change(QT_TRANSLATE_NOOP("UserError", "Agency {code} ({name}) ends on {day:%d/%m/%Y}."), code=code, name=agency["name"], day=_day(agency["ended_on"])))
        elif before != agency:
            out.append(_change(QT_TRANSLATE_NOOP("UserError", "Agency {code} ({name}): its kind, former names or other spellings changed."), code=code, name=agency["name"]))
    for code in mine.keys() - theirs.keys():
        out.append(_change(QT_TRANSLATE_NOOP("UserError", "Agency {code} ({name}) is no longer in the province's list."), code=code, name=mine[code]["name"]))

    def members(snapshot):
        grouped: dict[str, list] = {}
        for collective, member, since, until in snapshot["memberships"]:
            grouped.setdefault(collective, []).append((member, since, until))
        return {k: sorted(v, key=lambda m: (m[0], m[1] or "", m[2] or "")) for k, v in grouped.items()}

    before_members, after_members = members(local), members(incoming)
    for code in sorted(before_members.keys() | after_members.keys()):
        if before_members.get(code) != after_members.get(code):
            name = (theirs.get(code) or mine.get(code) or {}).get("name", code)
            out.append(_change(QT_TRANSLATE_NOOP("UserError", "Group {code} ({name}): who belongs to it changed."), code=code, name=name))
    before_successions = {(p, s): on for p, s, on, _note in local["successions"]}
    for predecessor, successor, on, _note in incoming["successions"]:
        if before_successions.get((predecessor, successor)) != on:
            out.append(_change(QT_TRANSLATE_NOOP("UserError", "{old} is succeeded by {new} from {day:%d/%m/%Y}."), old=predecessor, new=successor, day=_day(on)))

    if local["groups"] != incoming["groups"]:
        out.append(_change(QT_TRANSLATE_NOOP("UserError", "The plan's themes changed.")))
    mine_tasks = {t["code"]: t for t in local["tasks"]}
    for task in incoming["tasks"]:
        code, before = task["code"], mine_tasks.pop(task["code"], None)
        if before is None:
            out.append(_change(QT_TRANSLATE_NOOP("UserError", "Task {code} added."), code=code))
            continue
        if before["deadline"] != task["deadline"]:
            out.append(_change(QT_TRANSLATE_NOOP("UserError", 'Task {code}: deadline "{old}" → "{new}".'), code=code, old=before["deadline"], new=task["deadline"]))
        if before["activities"] != task["activities"]:
            out.append(_change(QT_TRANSLATE_NOOP("UserError", "Task {code}: its activities changed."), code=code))
        if before["assignments"] != task["assignments"]:
            out.append(_change(QT_TRANSLATE_NOOP("UserError", "Task {code}: the agencies assigned to it, or their dates, changed."), code=code))
    for code in mine_tasks:
        out.append(_change(QT_TRANSLATE_NOOP("UserError", "Task {code} is no longer in the province's plan."), code=code))

    mine_periods = {p[0]: p for p in local["periods"]}
    for period in incoming["periods"]:
        code, before = period[0], mine_periods.pop(period[0], None)
        if before is None:
            out.append(_change(QT_TRANSLATE_NOOP("UserError", "Period {code} added, due {day:%d/%m/%Y}."), code=code, day=_day(period[6])))
            continue
        if before[6] != period[6]:
            out.append(_change(QT_TRANSLATE_NOOP("UserError", "Period {code}: due date {old:%d/%m/%Y} → {new:%d/%m/%Y}."), code=code, old=_day(before[6]), new=_day(period[6])))
        if (before[7] or before[5]) != (period[7] or period[5]):  # no cut-off: the period's end
            out.append(_change(
                QT_TRANSLATE_NOOP("UserError", "Period {code}: data cut-off {old:%d/%m/%Y} → {new:%d/%m/%Y}."),
                code=code, old=_day(before[7] or before[5]), new=_day(period[7] or period[5]),
            ))
    for code in mine_periods:
        out.append(_change(QT_TRANSLATE_NOOP("UserError", "Period {code} is no longer in the province's list."), code=code))
    if not out:  # differences only in order or bookkeeping (positions, revisions)
        out.append(_change(QT_TRANSLATE_NOOP("UserError", "The order of the plan's lists changed.")))
    return out
