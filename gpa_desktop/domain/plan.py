"""The plan tree as plain values: groups → tasks → activities, agencies and their roles.

The same values describe the built-in plan file and the plan read back from a database,
so everything downstream (command line, workbooks, reports) has one shape to work with.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any, Iterable, Iterator

from .errors import QT_TRANSLATE_NOOP, UserError
from .text import clean


#: The day the plan's structure (agencies, their roles, collectives' members) is taken to start.
PLAN_ADOPTED_ON = date(2023, 1, 1)


class Role(str, Enum):
    LEAD = "lead"  # Chủ trì
    COORDINATING = "coordinating"  # Phối hợp


class AgencyKind(str, Enum):
    DEPARTMENT = "department"  # provincial department (Sở, Ban)
    DISTRICT = "district"  # district-level unit (UBND huyện, thị xã, thành phố), until 1/7/2025
    COMMUNE = "commune"  # commune-level unit (UBND xã, phường), the local level from 1/7/2025
    CENTRAL_BRANCH = "central_branch"  # a central agency's branch in the province
    ASSOCIATION = "association"  # mass organisations and associations
    OTHER = "other"
    COLLECTIVE = "collective"  # a named group of agencies ("Các Sở, ban ngành có liên quan")

    @property
    def short_name(self) -> str:
        """A short English name marked for translation (the chart's axis, the command line's column)."""
        return _KIND_NAMES[self][0]

    @property
    def group_name(self) -> str:
        """The heading of this kind's agencies in the agency tree, marked for translation."""
        return _KIND_NAMES[self][1]


_KIND_NAMES = {  # (short name, group heading)
    AgencyKind.DEPARTMENT: (QT_TRANSLATE_NOOP("AgencyKind", "Departments"), QT_TRANSLATE_NOOP("AgencyKind", "Provincial departments")),
    AgencyKind.DISTRICT: (QT_TRANSLATE_NOOP("AgencyKind", "Districts"), QT_TRANSLATE_NOOP("AgencyKind", "District-level units")),
    AgencyKind.COMMUNE: (QT_TRANSLATE_NOOP("AgencyKind", "Communes"), QT_TRANSLATE_NOOP("AgencyKind", "Communes and wards")),
    AgencyKind.CENTRAL_BRANCH: (
        QT_TRANSLATE_NOOP("AgencyKind", "Central branches"), QT_TRANSLATE_NOOP("AgencyKind", "Central agencies' branches")
    ),
    AgencyKind.ASSOCIATION: (QT_TRANSLATE_NOOP("AgencyKind", "Associations"), QT_TRANSLATE_NOOP("AgencyKind", "Associations and unions")),
    AgencyKind.OTHER: (QT_TRANSLATE_NOOP("AgencyKind", "Others"), QT_TRANSLATE_NOOP("AgencyKind", "Other agencies")),
    AgencyKind.COLLECTIVE: (QT_TRANSLATE_NOOP("AgencyKind", "Groups"), QT_TRANSLATE_NOOP("AgencyKind", "Groups of agencies")),
}


@dataclass(frozen=True, kw_only=True)
class Dated:
    """Held from *valid_from* (None: since the plan began) until the day before *valid_until*."""

    valid_from: date | None = None
    valid_until: date | None = None  # exclusive; None: still holds

    def holds_on(self, day: date | None = None) -> bool:
        """Whether it holds on *day*; with no day, whether it holds now (has not been ended)."""
        if day is None:
            return self.valid_until is None
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_until is None or day < self.valid_until
        )


@dataclass(frozen=True)
class Membership(Dated):
    member: str  # agency code


@dataclass(frozen=True)
class Agency:
    code: str
    name: str
    kind: AgencyKind
    aliases: tuple[str, ...] = ()
    memberships: tuple[Membership, ...] = ()  # for collectives
    active: bool = True
    ended_on: date | None = None
    names: tuple[tuple[date, str], ...] = ()  # (valid from, name), oldest first

    @property
    def is_collective(self) -> bool:
        return self.kind is AgencyKind.COLLECTIVE

    @property
    def members(self) -> tuple[str, ...]:
        """Current members' codes."""
        return self.members_on(None)

    def members_on(self, day: date | None) -> tuple[str, ...]:
        return tuple(m.member for m in self.memberships if m.holds_on(day))

    def name_on(self, day: date) -> str:
        """The name the agency carried on *day* (old reports show the name valid when filed)."""
        current = self.names[0][1] if self.names else self.name
        for valid_from, name in self.names:
            if valid_from <= day:
                current = name
        return current


@dataclass(frozen=True)
class Assignment(Dated):
    agency: str  # agency code
    role: Role
    note: str | None = None


@dataclass(frozen=True)
class Duty:
    """A concrete agency's part in a task, directly or through a collective it belongs to."""

    task: str  # task code
    agency: str  # concrete agency code
    role: Role
    via: str | None = None  # the collective's code, when assigned through one
    note: str | None = None


@dataclass(frozen=True)
class Task:
    code: str
    activities: tuple[str, ...]
    assignments: tuple[Assignment, ...]
    deadline: str

    def agencies(self, role: Role, day: date | None = None) -> tuple[str, ...]:
        """Codes of the agencies holding *role* on *day* (default: now)."""
        return tuple(a.agency for a in self.assignments if a.role is role and a.holds_on(day))

    @property
    def title(self) -> str:
        """The task's text: its activities, as the plan's content cell shows them."""
        return "\n".join(self.activities)


@dataclass(frozen=True)
class Group:
    code: str
    title: str
    description: str | None
    tasks: tuple[Task, ...]


@dataclass(frozen=True)
class Plan:
    revision: str
    title: str
    short_title: str
    basis: str
    attachment_note: str | None
    agencies: tuple[Agency, ...]
    groups: tuple[Group, ...]
    _by_code: dict[str, Agency] = field(default_factory=dict, init=False, repr=False, compare=False)
    _tasks_by_code: dict[str, Task] = field(default_factory=dict, init=False, repr=False, compare=False)
    _duties: dict[int, list[Duty]] = field(default_factory=dict, init=False, repr=False, compare=False)
    _duties_by_task: dict[int, dict[str, list[Duty]]] = field(default_factory=dict, init=False, repr=False, compare=False)
    _duties_by_agency: dict[int, dict[str, list[Duty]]] = field(default_factory=dict, init=False, repr=False, compare=False)
    _change_days: list[date] = field(default_factory=list, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_code.update((a.code, a) for a in self.agencies)
        self._tasks_by_code.update((t.code, t) for t in self.tasks())
        dated = [a for t in self.tasks() for a in t.assignments] + [m for a in self.agencies for m in a.memberships]
        days = {d for x in dated for d in (x.valid_from, x.valid_until) if d is not None}
        days.update(since for a in self.agencies for since, _name in a.names[1:])  # a name in force from its day
        self._change_days.extend(sorted(days))

    def agency(self, code: str) -> Agency:
        return self._by_code[code]

    def task(self, code: str) -> Task:
        return self._tasks_by_code[code]

    def tasks(self) -> Iterator[Task]:
        for group in self.groups:
            yield from group.tasks

    def duties(self, day: date | None = None) -> list[Duty]:
        """One duty per (task, concrete agency) on *day* (default: now): collectives expanded to their members.

        An agency named twice on a task (10.7 names one department as lead and as
        coordinator; a department may also lead directly and coordinate through
        "Các Sở, ban ngành thuộc tỉnh") has one duty, its strongest role, a direct
        assignment winning over one through a collective.

        Days between the same two agency changes share one answer, computed once.
        """
        return list(self._duties_on(day)[1])

    def era(self, day: date | None) -> int:
        """Which stretch between the plan's dated changes (an assignment, a membership or a name begins
        or ends) *day* falls in: two days of the same era have the same duties under the same names.
        None (now) is an era of its own."""
        return -1 if day is None else bisect_right(self._change_days, day)

    def _duties_on(self, day: date | None) -> tuple[int, list[Duty]]:
        key = self.era(day)
        if key not in self._duties:
            self._duties[key] = self._compute_duties(day)
        return key, self._duties[key]

    def task_duties(self, task_code: str, day: date | None = None) -> list[Duty]:
        """The duties on one task on *day*: those of duties(day), grouped by task once per day
        (the window asks for one task's on each period switch; filtering all of them took a frame's third)."""
        return list(self._by_task(day).get(task_code, ()))

    def duty_counts(self, day: date | None = None) -> dict[str, int]:
        """How many duties each task has on *day* (the reports expected of it)."""
        return {task: len(duties) for task, duties in self._by_task(day).items()}

    def _by_task(self, day: date | None) -> dict[str, list[Duty]]:
        return self._grouped(day, "task", self._duties_by_task)

    def _grouped(self, day: date | None, attribute: str, cache: dict[int, dict[str, list[Duty]]]) -> dict[str, list[Duty]]:
        """duties(day) grouped by one of a duty's fields, in their order, once per day."""
        key, duties = self._duties_on(day)
        if key not in cache:
            grouped: dict[str, list[Duty]] = {}
            for duty in duties:
                grouped.setdefault(getattr(duty, attribute), []).append(duty)
            cache[key] = grouped
        return cache[key]

    def _compute_duties(self, day: date | None) -> list[Duty]:
        out: list[Duty] = []
        for task in self.tasks():
            chosen: dict[str, Duty] = {}
            for assignment in task.assignments:
                if not assignment.holds_on(day):
                    continue
                agency = self.agency(assignment.agency)
                pairs = (
                    [(m, agency.code) for m in agency.members_on(day)] if agency.is_collective else [(agency.code, None)]
                )
                for member, via in pairs:
                    duty = Duty(task.code, member, assignment.role, via, assignment.note)
                    if member not in chosen or _stronger(duty, chosen[member]):
                        chosen[member] = duty
            out.extend(chosen.values())
        return out

    def duties_of(self, agency_code: str, day: date | None = None) -> list[Duty]:
        """The duties of one agency on *day*: those of duties(day), grouped by agency once per day
        (an import asks for each file's agency; filtering all of them per file took a third of a second a batch)."""
        return list(self._grouped(day, "agency", self._duties_by_agency).get(agency_code, ()))

    def to_public_dict(self, day: date | None = None) -> dict[str, Any]:
        """The plan as ``gpa-desktop show-plan --json`` prints it: agencies by full name.

        With *day* (a period's last day), the agencies in force that day under the names they
        carried then: successors after a merge, a group under its new name. Without it, the plan
        as it stands now."""
        name = (lambda code: self.agency(code).name) if day is None else (lambda code: self.agency(code).name_on(day))  # noqa: E731
        head = {"title": self.title, "basis": self.basis}
        if day is not None:
            head["as_of"] = day.isoformat()
        return {
            **head,
            "groups": [
                {
                    "code": g.code,
                    "title": g.title,
                    "description": g.description,
                    "tasks": [
                        {
                            "code": t.code,
                            "activities": list(t.activities),
                            "lead": [name(c) for c in t.agencies(Role.LEAD, day)],
                            "coordinating": [name(c) for c in t.agencies(Role.COORDINATING, day)],
                            "deadline": t.deadline,
                        }
                        for t in g.tasks
                    ],
                }
                for g in self.groups
            ],
        }


def _stronger(new: Duty, old: Duty) -> bool:
    rank = lambda d: (d.role is Role.LEAD, d.via is None)  # noqa: E731
    return rank(new) > rank(old)


def _invalid(reason: str, **params: object) -> UserError:
    return UserError(QT_TRANSLATE_NOOP("UserError", "The plan file is not valid: {reason}"), reason=reason.format(**params))


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not clean(value):
        raise _invalid("{where} is missing or empty", where=where)
    return clean(value)


def _optional_text(value: Any) -> str | None:
    return clean(value) or None if isinstance(value, str) else None


def _unique(codes: Iterable[str], what: str) -> None:
    seen: set[str] = set()
    for code in codes:
        if code in seen:
            raise _invalid("{what} {code} appears twice", what=what, code=code)
        seen.add(code)


def parse_plan(data: dict[str, Any]) -> Plan:
    """Build and check a Plan from its JSON form (the built-in plan file's layout)."""
    agencies = tuple(
        Agency(
            code=_text(a.get("code"), "an agency code"),
            name=_text(a.get("name"), f"the name of agency {a.get('code')}"),
            kind=AgencyKind(a.get("kind")),
            aliases=tuple(clean(x) for x in a.get("aliases", ())),
            memberships=tuple(Membership(member=m, valid_from=PLAN_ADOPTED_ON) for m in a.get("members", ())),
            names=((PLAN_ADOPTED_ON, clean(a.get("name") or "")),),
            active=bool(a.get("active", True)),
        )
        for a in data.get("agencies", ())
    )
    _unique((a.code for a in agencies), "agency")
    known = {a.code for a in agencies}
    for agency in agencies:
        for member in agency.members:
            if member not in known or member == agency.code:
                raise _invalid("collective {code} lists unknown member {member}", code=agency.code, member=member)

    def assignments(task: dict[str, Any]) -> tuple[Assignment, ...]:
        out = []
        for role in Role:
            for entry in task.get(role.value, ()):
                if entry.get("agency") not in known:
                    raise _invalid(
                        "task {task} names unknown agency {agency}", task=task.get("code"), agency=entry.get("agency")
                    )
                out.append(
                    Assignment(
                        agency=entry["agency"],
                        role=role,
                        note=_optional_text(entry.get("note")),
                        valid_from=PLAN_ADOPTED_ON,
                    )
                )
        if not any(a.role is Role.LEAD for a in out):
            raise _invalid("task {task} has no lead agency", task=task.get("code"))
        return tuple(out)

    groups = tuple(
        Group(
            code=_text(g.get("code"), "a group code"),
            title=_text(g.get("title"), f"the title of group {g.get('code')}"),
            description=_optional_text(g.get("description")),
            tasks=tuple(
                Task(
                    code=_text(t.get("code"), "a task code"),
                    activities=tuple(_text(x, f"an activity of task {t.get('code')}") for x in t.get("activities", ())),
                    assignments=assignments(t),
                    deadline=_text(t.get("deadline"), f"the deadline of task {t.get('code')}"),
                )
                for t in g.get("tasks", ())
            ),
        )
        for g in data.get("groups", ())
    )
    _unique((g.code for g in groups), "group")
    _unique((t.code for g in groups for t in g.tasks), "task")
    for group in groups:
        for task in group.tasks:
            if not task.activities:
                raise _invalid("task {task} has no activity", task=task.code)
    return Plan(
        revision=_text(data.get("revision"), "the plan revision"),
        title=_text(data.get("title"), "the plan title"),
        short_title=_text(data.get("short_title") or data.get("title"), "the plan title"),
        basis=_text(data.get("basis"), "the plan basis"),
        attachment_note=_optional_text(data.get("attachment_note")),
        agencies=agencies,
        groups=groups,
    )
