"""Completeness of reporting for a period: who was expected to report, who did, on time or late.

Expected reports = one per (task, concrete agency) duty — collectives expanded to their
members. A report counts as received when it exists for the period; it is on time when it
was received by the end of the period's due day in Vietnam (domain.dates.is_on_time; the receipt
time, not the last edit, is what counts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Iterable, Mapping

from .dates import is_on_time
from .plan import Duty


@dataclass(frozen=True)
class Receipt:
    """When an agency's report on a task reached the database."""

    task: str
    agency: str
    received_at: datetime | None


@dataclass
class AgencyCompleteness:
    agency: str
    expected: list[str] = field(default_factory=list)  # task codes
    on_time: list[str] = field(default_factory=list)
    late: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    @property
    def received(self) -> int:
        return len(self.on_time) + len(self.late)

    @property
    def ratio(self) -> float:
        return self.received / len(self.expected) if self.expected else 1.0


@dataclass
class Completeness:
    period: str
    due_on: date
    agencies: list[AgencyCompleteness]

    @property
    def expected(self) -> int:
        return sum(len(a.expected) for a in self.agencies)

    @property
    def received(self) -> int:
        return sum(a.received for a in self.agencies)

    @property
    def on_time(self) -> int:
        return sum(len(a.on_time) for a in self.agencies)

    @property
    def late(self) -> int:
        return sum(len(a.late) for a in self.agencies)

    @property
    def missing(self) -> int:
        return sum(len(a.missing) for a in self.agencies)

    @property
    def ratio(self) -> float:
        return self.received / self.expected if self.expected else 1.0

    def not_reported(self) -> list[AgencyCompleteness]:
        """Agencies with at least one missing report, most missing first."""
        return sorted((a for a in self.agencies if a.missing), key=lambda a: (-len(a.missing), a.agency))

    def reported_late(self) -> list[AgencyCompleteness]:
        return [a for a in self.agencies if a.late]

    def as_json(self) -> dict:
        return {
            "period": self.period,
            "due_on": self.due_on.isoformat(),
            "expected": self.expected,
            "received": self.received,
            "on_time": self.on_time,
            "late": self.late,
            "missing": self.missing,
            "agencies": [
                {
                    "agency": a.agency,
                    "expected": len(a.expected),
                    "received": a.received,
                    "on_time": len(a.on_time),
                    "late": len(a.late),
                    "missing": list(a.missing),
                    "late_tasks": list(a.late),
                }
                for a in self.agencies
            ],
        }


def compute_completeness(
    period: str, due_on: date, duties: Iterable[Duty], receipts: Iterable[Receipt]
) -> Completeness:
    """Match expected duties against received reports. Reports nobody expected are ignored."""
    late = {(r.task, r.agency): not is_on_time(r.received_at, due_on) for r in receipts}
    return tally(period, due_on, duties, late)


def tally(period: str, due_on: date, duties: Iterable[Duty], late: Mapping[tuple[str, str], bool]) -> Completeness:
    """Sort each expected duty into on time, late or missing; *late* maps each received
    (task, agency) to whether it came late (the database decides that in SQL, by the same rule)."""
    tasks_of: dict[str, list[str]] = {}
    for duty in duties:
        tasks_of.setdefault(duty.agency, []).append(duty.task)
    agencies = []
    for agency, tasks in tasks_of.items():
        state = [late.get((task, agency)) for task in tasks]  # None: missing
        agencies.append(
            AgencyCompleteness(
                agency,
                expected=tasks,
                on_time=[t for t, s in zip(tasks, state) if s is False],
                late=[t for t, s in zip(tasks, state) if s],
                missing=[t for t, s in zip(tasks, state) if s is None],
            )
        )
    return Completeness(period, due_on, agencies)


_YEAR_DEADLINE = re.compile(r"(\d{4})")


def overdue_tasks(tasks: Iterable[tuple[str, str]], day: date, done: set[str]) -> list[str]:
    """Codes of tasks with a dated deadline ("Năm 2023") passed before *day* and not reported done.

    *tasks* yields (code, deadline text); ongoing tasks ("Thường xuyên") are never overdue.
    """
    overdue = []
    for code, deadline in tasks:
        match = _YEAR_DEADLINE.search(deadline)
        if match and date(int(match.group(1)), 12, 31) < day and code not in done:
            overdue.append(code)
    return overdue
