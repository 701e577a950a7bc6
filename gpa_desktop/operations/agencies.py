"""Agencies over the plan's ten years: add, rename, merge, split, end, and a group's members,
each from an effective day (the agency-change dialog and ``gpa-desktop agency …``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from ..domain.changes import OpChanges
from ..domain.plan import AgencyKind, Plan
from ..storage import agency_changes
from ..storage.agencies import AgencyDuties, agency_duties, find_agency
from ..storage.plan_store import read_plan
from .workspace import Workspace


class ChangeKind(str, Enum):
    ADD = "add"
    RENAME = "rename"
    MERGE = "merge"
    SPLIT = "split"
    END = "end"
    MEMBERS = "members"


@dataclass(frozen=True)
class AgencyChange:
    """One change as the officer states it. Which fields count depends on *kind*:
    ADD code, name, agency_kind, groups; RENAME code, name; MERGE codes → into (name when it is new);
    SPLIT code → successors {code: tasks}; END codes; MEMBERS code (the group) ← codes."""

    kind: ChangeKind
    on: date
    code: str = ""
    name: str | None = None
    codes: Sequence[str] = ()
    into: str = ""
    successors: Mapping[str, Sequence[str]] = field(default_factory=dict)
    agency_kind: AgencyKind = AgencyKind.DEPARTMENT
    groups: Sequence[str] = ()


def change_agencies(ws: Workspace, change: AgencyChange) -> OpChanges:
    with ws.transaction() as session:
        actor, on = ws.actor, change.on
        if change.kind is ChangeKind.ADD:
            result = agency_changes.add_agency(
                session, change.code, change.name or "", change.agency_kind, member_of=change.groups, valid_from=on, actor=actor
            )
        elif change.kind is ChangeKind.RENAME:
            result = agency_changes.rename_agency(session, change.code, change.name or "", on, actor=actor)
        elif change.kind is ChangeKind.MERGE:
            result = agency_changes.merge_agencies(session, change.codes, change.into, on, new_name=change.name, actor=actor)
        elif change.kind is ChangeKind.SPLIT:
            result = agency_changes.split_agency(session, change.code, change.successors, on, actor=actor)
        elif change.kind is ChangeKind.END:
            result = agency_changes.end_agency(session, change.codes, on, actor=actor)
        else:
            result = agency_changes.set_members(session, change.code, change.codes, on, actor=actor)
    return result.summary()


def list_agency_duties(ws: Workspace) -> list[AgencyDuties]:
    with ws.reading() as session:
        return agency_duties(read_plan(session))


def find(plan: Plan, text: str) -> str:
    """An agency's code from its code or (part of) its name."""
    return find_agency(plan, text).code
