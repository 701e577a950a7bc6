"""Every change-log key is built here, and read back here into what an action changed.

A key names a record in the domain's words (codes, not ids), so the history of a report or
a task reads without joins and survives a copy of the database.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..domain.changes import OpChanges


def report(task: str, agency: str, period: str) -> str:
    return f"{task}/{agency}/{period}"


def task(code: str) -> str:
    return code


def activity(task_code: str, position: int) -> str:
    """*position* counts from 1, as the officer reads the list."""
    return f"{task_code}#{position}"


def assignment(task_code: str, agency: str, role: str) -> str:
    return f"{task_code}/{agency}/{role}"


def agency(code: str) -> str:
    return code


def membership(member: str, collective: str) -> str:
    return f"{member}∈{collective}"


def succession(predecessor: str, successor: str) -> str:
    return f"{predecessor}→{successor}"


def period(code: str) -> str:
    return code


def receipt(file_name: str) -> str:
    return file_name


def issued_report(code: str) -> str:
    return code


def plan(revision: str) -> str:
    return revision


_TASK_ENTITIES = {"task", "activity", "assignment"}
_AGENCY_ENTITIES = {"agency", "agency_name", "agency_alias"}


def summarise(batch: int | None, changes: Iterable[tuple[str, str]]) -> OpChanges:
    """What the logged (entity, key) pairs of one batch changed."""
    reports, tasks, agencies, periods = set(), set(), set(), set()
    plan_loaded = receipts = issued = False
    for entity, key in changes:
        if entity == "progress_report":
            task_code, agency_code, period_code = key.split("/", 2)
            reports.add((task_code, agency_code, period_code))
        elif entity in _TASK_ENTITIES:
            if "@" in key:  # an assignment logged by an earlier version: "AGENCY@task id"
                agencies.add(key.split("@", 1)[0])
                plan_loaded = True
            else:
                tasks.add(key.split("/", 1)[0].split("#", 1)[0])
        elif entity in _AGENCY_ENTITIES:
            agencies.add(key)
        elif entity == "collective_member":
            agencies.update(key.split("∈", 1))
        elif entity == "agency_succession":
            agencies.update(key.split("→", 1))
        elif entity == "reporting_period":
            periods.add(key)
        elif entity == "receipt":
            receipts = True
        elif entity == "issued_report":
            issued = True
        elif entity in {"plan", "task_group", "status"}:
            plan_loaded = True
    return OpChanges(
        batches=(batch,) if batch is not None else (),
        reports=frozenset(reports),
        tasks=frozenset(tasks),
        agencies=frozenset(agencies),
        periods=frozenset(periods),
        plan_loaded=plan_loaded,
        receipts=receipts,
        issued=issued,
    )
