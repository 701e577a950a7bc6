"""The 2025 reorganisation as the app knows it, and what a list of agency changes moves.

The app proposes the changes it knows (the department mergers of 1/3/2025, the end of the
district level on 1/7/2025) for the province to confirm; it never applies them by itself.
The communes and wards come only from the province's copy of Resolution 1664/NQ-UBTVQH15,
so no commune name is shipped here.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from .plan import AgencyKind, Plan, Role
from .text import fold

DEPARTMENTS_MERGED_ON = date(2025, 3, 1)
DISTRICT_LEVEL_ENDED_ON = date(2025, 7, 1)
COMMUNES_BASIS = "1664/NQ-UBTVQH15"  # the National Assembly Standing Committee's resolution naming Gia Lai's communes and wards
DISTRICT_GROUP = "HUYEN"  # "UBND các huyện, thị xã, thành phố"
COMMUNE_GROUP_NAME = "UBND các xã, phường"

#: the kinds of change, in the order the rows of one day are applied: units are created before
#: they are merged into or named as members, and a group's members are set last
KINDS = ("add", "rename", "merge", "split", "end", "members")


@dataclass(frozen=True)
class Proposal:
    """A change the app proposes. *before*: agency codes; *after*: codes of existing agencies or
    names of new ones (a split's successors with the tasks each takes over)."""

    kind: str  # one of KINDS
    before: tuple[str, ...]
    after: tuple[str | tuple[str, tuple[str, ...]], ...]
    on: date
    note: str = ""


#: The changes of 2025 the app knows from the national reorganisation (DOMAIN.md), for the province to confirm.
PROPOSALS: tuple[Proposal, ...] = (
    Proposal("merge", ("SKHDT",), ("STC",), DEPARTMENTS_MERGED_ON, "Sở Kế hoạch và Đầu tư hợp nhất vào Sở Tài chính."),
    Proposal(
        "merge", ("STNMT", "SNNPTNT"), ("Sở Nông nghiệp và Môi trường",), DEPARTMENTS_MERGED_ON,
        "Sở Tài nguyên và Môi trường và Sở Nông nghiệp và PTNT hợp nhất thành Sở Nông nghiệp và Môi trường.",
    ),
    Proposal("merge", ("SGTVT",), ("SXD",), DEPARTMENTS_MERGED_ON, "Sở Giao thông vận tải hợp nhất vào Sở Xây dựng."),
    Proposal("merge", ("STTTT",), ("SKHCN",), DEPARTMENTS_MERGED_ON, "Sở Thông tin và Truyền thông hợp nhất vào Sở Khoa học và Công nghệ."),
    Proposal("rename", ("BDT",), ("Sở Dân tộc và Tôn giáo",), DEPARTMENTS_MERGED_ON, "Ban Dân tộc trở thành Sở Dân tộc và Tôn giáo."),
    Proposal(
        "split", ("SLDTBXH",), (("SNV", ("3.1", "7.2")), ("SYT", ("7.1",)), ("SGDDT", ("3.2",))), DEPARTMENTS_MERGED_ON,
        "Phân chia nhiệm vụ của Sở Lao động - TB&XH chưa được xác minh cho Gia Lai: tỉnh kiểm tra từng nhiệm vụ trước khi xác nhận.",
    ),
    Proposal(
        "end",
        ("PLEIKU", "ANKHE", "AYUNPA", "CHUPAH", "CHUPRONG", "CHUPUH", "CHUSE", "DAKDOA", "DAKPO", "DUCCO", "IAGRAI", "IAPA",
         "KBANG", "KONGCHRO", "KRONGPA", "MANGYANG", "PHUTHIEN"),
        (), DISTRICT_LEVEL_ENDED_ON,
        "Kết thúc hoạt động của chính quyền cấp huyện; báo cáo đã nộp vẫn thuộc các đơn vị này.",
    ),
    Proposal(
        "rename", (DISTRICT_GROUP,), (COMMUNE_GROUP_NAME,), DISTRICT_LEVEL_ENDED_ON,
        "Nhiệm vụ giao cho UBND cấp huyện do UBND các xã, phường thực hiện.",
    ),
    Proposal(
        "add", (), (), DISTRICT_LEVEL_ENDED_ON,
        f"Tỉnh điền tên các xã, phường theo Nghị quyết {COMMUNES_BASIS} (mỗi tên một dòng trong ô Đơn vị sau).",
    ),
    Proposal(
        "members", (DISTRICT_GROUP,), (), DISTRICT_LEVEL_ENDED_ON,
        "Tỉnh điền các xã, phường thực hiện nhiệm vụ của cấp huyện từ ngày này (thường là tất cả các xã, phường ở dòng trên).",
    ),
)


def proposal_basis(proposal: Proposal) -> str:
    return COMMUNES_BASIS if proposal.kind == "add" and proposal.on == DISTRICT_LEVEL_ENDED_ON else ""


def reorganisation_pending(plan: Plan, day: date) -> bool:
    """Whether *day* (the current period's last day) is after the 2025 reorganisation while the
    database still holds the agencies it ended: the province has not applied it yet."""
    if day < DISTRICT_LEVEL_ENDED_ON:
        return False
    ended = {code for p in PROPOSALS if p.kind in ("merge", "split", "end") for code in p.before}
    known = {a.code: a for a in plan.agencies}
    return any(code in known and known[code].ended_on is None for code in ended)


# -- new agencies: kind and code from the name ------------------------------------------------

_COMMUNE_PREFIXES = ("xa ", "phuong ", "thi tran ", "dac khu ", "ubnd xa ", "ubnd phuong ", "ubnd thi tran ", "ubnd dac khu ")


def kind_from_name(name: str) -> AgencyKind:
    """What a new unit is, from how its name begins: "Xã …", "Phường …" a commune, "Sở …", "Ban …" a department."""
    folded = fold(name) + " "
    if folded.startswith(_COMMUNE_PREFIXES):
        return AgencyKind.COMMUNE
    if folded.startswith(("so ", "ban ")):
        return AgencyKind.DEPARTMENT
    return AgencyKind.OTHER


_WORD = re.compile(r"[a-z0-9]+")
MAX_CODE = 32  # the stored code's length


def code_from_name(name: str, taken: Iterable[str]) -> str:
    """A code for a new unit, not among *taken*: a department's initials as the province writes
    them ("Sở Nông nghiệp và Môi trường" → SNNMT), otherwise its kind and name ("Xã Ia Băng" → XA_IABANG)."""
    words = _WORD.findall(fold(name))
    if words and words[0] == "ubnd" and len(words) > 1:
        words = words[1:]
    if not words:
        words = ["DV"]
    if kind_from_name(name) is AgencyKind.DEPARTMENT:
        base = "".join(w[0] for w in words if w != "va").upper()
    else:
        base = (words[0] + ("_" + "".join(words[1:]) if len(words) > 1 else "")).upper()
    base = base[:MAX_CODE]
    used = {code.upper() for code in taken}
    code, number = base, 2
    while code in used:
        suffix = f"_{number}"
        code, number = base[: MAX_CODE - len(suffix)] + suffix, number + 1
    return code


# -- what a list of changes moves --------------------------------------------------------------


@dataclass(frozen=True)
class TaskMove:
    """From *on*, tasks of *source* (None: tasks nobody held before) go to *targets* (empty: to nobody)."""

    on: date
    source: str | None
    targets: tuple[str, ...]
    tasks: tuple[str, ...]


@dataclass(frozen=True)
class GroupChange:
    """From *on*, a group of agencies gains and loses members; *tasks*: the group's tasks that day."""

    on: date
    group: str
    joined: tuple[str, ...]
    left: tuple[str, ...]
    tasks: tuple[str, ...]


@dataclass(frozen=True)
class ExpectedReports:
    """Reports expected on *on* (one per task and agency) before and after the changes."""

    on: date
    before: int
    after: int


def _assignments(plan: Plan, day: date) -> set[tuple[str, Role, str]]:
    return {(t.code, a.role, a.agency) for t in plan.tasks() for a in t.assignments if a.holds_on(day)}


def _memberships(plan: Plan, day: date) -> set[tuple[str, str]]:
    return {(a.code, m) for a in plan.agencies if a.is_collective for m in a.members_on(day)}


def _transition(facts, plan: Plan, day: date) -> tuple[set, set]:
    """What stops and what starts on *day*."""
    before, after = facts(plan, day - timedelta(days=1)), facts(plan, day)
    return before - after, after - before


def _added(facts, before: Plan, after: Plan, day: date) -> tuple[set, set]:
    """What the changes made stop and start on *day* (not what had been recorded for that day already)."""
    lost_after, gained_after = _transition(facts, after, day)
    lost_before, gained_before = _transition(facts, before, day)
    return lost_after - lost_before, gained_after - gained_before


def _task_order(code: str) -> list[int]:
    return [int(part) for part in code.split(".") if part.isdigit()]


def task_moves(before: Plan, after: Plan, days: Sequence[date], successors: Mapping[str, Collection[str]]) -> list[TaskMove]:
    """Which tasks go from which agency to which on each day: the direct assignments the changes
    ended, each to the successors holding the same role on the task that day (*successors*: an
    agency's recorded successors), else to whoever newly took that role up. A group's tasks
    follow its members (see group_changes)."""
    moves: list[TaskMove] = []
    order = _agency_order(after)
    for day in sorted(set(days)):
        lost, gained = _added(_assignments, before, after, day)
        holding = _assignments(after, day)
        gainers: dict[tuple[str, Role], set[str]] = {}
        for task, role, agency in gained:
            gainers.setdefault((task, role), set()).add(agency)
        grouped: dict[tuple[str | None, tuple[str, ...]], set[str]] = {}
        covered: set[tuple[str, Role]] = set()
        for task, role, agency in lost:
            heirs = {s for s in successors.get(agency, ()) if (task, role, s) in holding}
            targets = tuple(sorted(heirs or gainers.get((task, role), ()), key=order))
            grouped.setdefault((agency, targets), set()).add(task)
            covered.add((task, role))
        for (task, role), agencies in gainers.items():
            if (task, role) not in covered:
                grouped.setdefault((None, tuple(sorted(agencies, key=order))), set()).add(task)
        for (source, targets), tasks in sorted(grouped.items(), key=lambda item: (order(item[0][0] or ""), [order(t) for t in item[0][1]])):
            moves.append(TaskMove(day, source, targets, tuple(sorted(tasks, key=_task_order))))
    return moves


def group_changes(before: Plan, after: Plan, days: Sequence[date]) -> list[GroupChange]:
    """Which groups gain and lose which members on each day."""
    changes: list[GroupChange] = []
    for day in sorted(set(days)):
        lost, gained = _added(_memberships, before, after, day)
        order = _agency_order(after)
        for group in sorted({g for g, _m in lost | gained}, key=order):
            tasks = tuple(t.code for t in after.tasks() if any(a.agency == group and a.holds_on(day) for a in t.assignments))
            changes.append(
                GroupChange(
                    day, group,
                    joined=tuple(sorted((m for g, m in gained if g == group), key=order)),
                    left=tuple(sorted((m for g, m in lost if g == group), key=order)),
                    tasks=tasks,
                )
            )
    return changes


def expected_reports(before: Plan, after: Plan, days: Sequence[date]) -> list[ExpectedReports]:
    return [ExpectedReports(day, len(before.duties(day)), len(after.duties(day))) for day in sorted(set(days))]


def groups_left_empty(before: Plan, after: Plan, days: Sequence[date]) -> list[tuple[str, date]]:
    """Groups that had members and tasks, and from one of *days* have tasks but no member: nobody
    would report on their tasks."""
    empty = []
    for day in sorted(set(days)):
        for group in after.agencies:
            if not group.is_collective or group.members_on(day):
                continue
            had = before.agency(group.code).members_on(day - timedelta(days=1)) if group.code in _codes(before) else ()
            has_tasks = any(a.agency == group.code and a.holds_on(day) for t in after.tasks() for a in t.assignments)
            if had and has_tasks and (group.code, day) not in empty:
                empty.append((group.code, day))
    return empty


def _codes(plan: Plan) -> set[str]:
    return {a.code for a in plan.agencies}


def _agency_order(plan: Plan):
    position = {a.code: i for i, a in enumerate(plan.agencies)}
    return lambda code: position.get(code, len(position))
