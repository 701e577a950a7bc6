"""The reads the window's first paint needs (plan, status list, periods, a period's task progress),
written once against a plain DB-API connection and without SQLAlchemy.

Two kinds of caller share them: the window's start-up, on a bare ``sqlite3`` connection
(``Database.plain_reading``), so the first paint need not import the ORM; and the ORM-based
storage functions (plan_store.read_plan, reports.status_labels, …), which pass their session's
own connection (``dbapi(session)``) and so read inside the session's transaction.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from ..domain.periods import Period, ReportingPeriod, parse_period
from ..domain.plan import Agency, AgencyKind, Assignment, Group, Membership, Plan, Role, Task
from ..domain.reports import TaskProgress, consolidate_counted


def dbapi(session: Any):
    """The DB-API connection under an ORM session, inside the session's transaction, with the
    session's pending changes flushed first (what an ORM query's autoflush would do)."""
    if session.autoflush:
        session.flush()
    return session.connection().connection.driver_connection


def id_by_code(session: Any, table: str, code: str) -> int | None:
    """The id of *table*'s row with this code (task, agency, reporting_period), or None: one plain query
    (an import asks several per workbook, where the ORM's statement cost more than the look-up)."""
    found = dbapi(session).execute(f"SELECT id FROM {table} WHERE code = ?", (code,)).fetchone()
    return None if found is None else found[0]


def _day(text: str | None) -> date | None:
    """A Date column as SQLAlchemy stores it in SQLite ('YYYY-MM-DD')."""
    return None if text is None else date.fromisoformat(text)


def read_plan(connection) -> Plan:
    """The plan as stored now (tasks and agencies may have been edited since the first run)."""
    rows = connection.execute("SELECT id, revision, title, short_title, basis, attachment_note FROM plan").fetchall()
    if len(rows) != 1:
        raise LookupError(f"expected one plan, found {len(rows)}")
    plan_id, revision, title, short_title, basis, attachment_note = rows[0]
    agency_rows = connection.execute(
        "SELECT id, code, name, kind, active, ended_on FROM agency ORDER BY position, id"
    ).fetchall()
    code_of = {row[0]: row[1] for row in agency_rows}
    aliases: dict[int, list[str]] = {}
    for agency_id, alias in connection.execute("SELECT agency_id, alias FROM agency_alias ORDER BY id"):
        aliases.setdefault(agency_id, []).append(alias)
    memberships: dict[int, list[Membership]] = {}
    for collective_id, member_id, valid_from, valid_until in connection.execute(
        "SELECT collective_id, member_id, valid_from, valid_until FROM collective_member ORDER BY id"
    ):
        memberships.setdefault(collective_id, []).append(
            Membership(member=code_of[member_id], valid_from=_day(valid_from), valid_until=_day(valid_until))
        )
    names: dict[int, list[tuple]] = {}
    for agency_id, valid_from, name in connection.execute(
        "SELECT agency_id, valid_from, name FROM agency_name ORDER BY valid_from, id"
    ):
        names.setdefault(agency_id, []).append((_day(valid_from), name))
    agencies = tuple(
        Agency(
            code=code,
            name=name,
            kind=AgencyKind(kind),
            aliases=tuple(aliases.get(agency_id, ())),
            memberships=tuple(memberships.get(agency_id, ())),
            active=bool(active),
            ended_on=_day(ended_on),
            names=tuple(names.get(agency_id, ())),
        )
        for agency_id, code, name, kind, active, ended_on in agency_rows
    )
    activities: dict[int, list[str]] = {}
    for task_id, text in connection.execute("SELECT task_id, text FROM activity ORDER BY task_id, position, id"):
        activities.setdefault(task_id, []).append(text)
    assignments: dict[int, list[Assignment]] = {}
    for task_id, agency_id, role, note, valid_from, valid_until in connection.execute(
        "SELECT task_id, agency_id, role, note, valid_from, valid_until FROM assignment ORDER BY task_id, position, id"
    ):
        assignments.setdefault(task_id, []).append(
            Assignment(agency=code_of[agency_id], role=Role(role), note=note, valid_from=_day(valid_from), valid_until=_day(valid_until))
        )
    tasks: dict[int, list[Task]] = {}
    for task_id, group_id, code, deadline in connection.execute(
        "SELECT task.id, group_id, task.code, deadline FROM task JOIN task_group ON task_group.id = task.group_id "
        "WHERE task_group.plan_id = ? ORDER BY group_id, task.position, task.id",
        (plan_id,),
    ):
        tasks.setdefault(group_id, []).append(
            Task(code=code, activities=tuple(activities.get(task_id, ())), assignments=tuple(assignments.get(task_id, ())), deadline=deadline)
        )
    groups = tuple(
        Group(code=code, title=group_title, description=description, tasks=tuple(tasks.get(group_id, ())))
        for group_id, code, group_title, description in connection.execute(
            "SELECT id, code, title, description FROM task_group WHERE plan_id = ? ORDER BY position, id", (plan_id,)
        )
    )
    return Plan(
        revision=revision,
        title=title,
        short_title=short_title,
        basis=basis,
        attachment_note=attachment_note,
        agencies=agencies,
        groups=groups,
    )


def status_labels(connection) -> dict[str, str]:
    """Status codes and their labels, in the list's order."""
    return dict(connection.execute("SELECT code, label FROM status ORDER BY position").fetchall())


def done_status_codes(connection) -> set[str]:
    """The statuses that mean a task is finished."""
    return {row[0] for row in connection.execute("SELECT code FROM status WHERE done")}


def list_periods(connection) -> list[ReportingPeriod]:
    """Every stored period, in calendar order (quarters, then halves, then the year)."""
    periods = [
        ReportingPeriod(parse_period(code), _day(due_on), _day(cutoff_on or ends_on))
        for code, due_on, cutoff_on, ends_on in connection.execute(
            "SELECT code, due_on, cutoff_on, ends_on FROM reporting_period"
        )
    ]
    return sorted(periods, key=lambda p: p.period.sort_key)


def no_such_period(code: str, known: list[ReportingPeriod]) -> UserError:
    """What is said when a period that does not exist is asked for (a read never creates one)."""
    return UserError(
        QT_TRANSLATE_NOOP(
            "UserError",
            "There is no reporting period {code} in this database (the periods are: {known}). "
            "Create it first under Lists → Reporting periods, or with gpa-desktop period {code}.",
        ),
        code=code,
        known=", ".join(p.code for p in known) or "—",
    )


def period_row(connection, period: Period | str) -> tuple[int, date]:
    """The stored period's id and last day; no_such_period's error when there is none."""
    code = period.code if isinstance(period, Period) else parse_period(period).code
    row = connection.execute("SELECT id, ends_on FROM reporting_period WHERE code = ?", (code,)).fetchone()
    if row is None:
        raise no_such_period(code, list_periods(connection))
    return row[0], _day(row[1])


def task_progress(connection, period_id: int, ends_on: date, plan: Plan) -> dict[str, TaskProgress]:
    """Each task's consolidated status and percent in the period (tasks nobody reported on are absent)."""
    expected = plan.duty_counts(ends_on)
    # Added up by SQLite (a period of a province database holds tens of thousands of reports): per task
    # and status, in the order each status was first reported, as consolidate reads them.
    # The task codes apart: joined to every report before the grouping, they cost a quarter of the read.
    codes = dict(connection.execute("SELECT id, code FROM task"))
    counted: dict[str, tuple[dict[str, int], list[int]]] = {}
    for task_id, status, count, percent_total, percent_count, _first in connection.execute(
        "SELECT task_id, status, count(*), total(percent), count(percent), min(id) FROM progress_report "
        "WHERE period_id = ? GROUP BY task_id, status ORDER BY 6",
        (period_id,),
    ):
        statuses, sums = counted.setdefault(codes[task_id], ({}, [0, 0, 0]))
        if status:
            statuses[status] = count
        sums[0] += int(percent_total)
        sums[1] += percent_count
        sums[2] += count
    done = done_status_codes(connection)
    return {
        task: consolidate_counted(statuses, total, number, received, expected.get(task, 0), done)
        for task, (statuses, (total, number, received)) in counted.items()
    }


def installation_facts(connection) -> dict[str, str]:
    """Who this installation is (app_meta: installation_role, installation_agency); storage.installation writes them."""
    return dict(
        connection.execute("SELECT key, value FROM app_meta WHERE key IN ('installation_role', 'installation_agency')").fetchall()
    )
