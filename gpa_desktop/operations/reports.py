"""Progress reports: what the report form shows, saving it, and the list for scripts."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..domain.changes import OpChanges
from ..domain.reports import ProgressReport, ReportValues
from ..storage import keys
from ..storage.changes import CREATED, DELETED, HistoryEntry, history  # noqa: F401 - the history's markers, for the form
from ..storage.reports import (
    ReportHandle,
    StaleReport,
    read_reports,
    report_handle,
    save_known_report,
    save_report as store_report,
    status_labels,
)
from .workspace import Workspace


@dataclass(frozen=True)
class ReportSheet:
    """Everything the report form shows for one (task, agency, period), read in one transaction."""

    handle: ReportHandle
    labels: dict[str, str]
    task_reports: list[ProgressReport]  # every agency's report on the task this period
    history: list[HistoryEntry]

    @property
    def values(self) -> ReportValues:
        return self.handle.values


@dataclass(frozen=True)
class ReportSaved:
    handle: ReportHandle
    changes: OpChanges


def report_sheet(ws: Workspace, task: str, agency: str, period: str) -> ReportSheet:
    with ws.reading() as session:
        return ReportSheet(
            report_handle(session, task, agency, period),
            status_labels(session),
            read_reports(session, period, task_code=task),
            history(session, "progress_report", keys.report(task, agency, period)),
        )


def task_reports(ws: Workspace, period: str, task: str) -> list[ProgressReport]:
    with ws.reading() as session:
        return read_reports(session, period, task_code=task)


def save_report(ws: Workspace, handle: ReportHandle, values: ReportValues) -> ReportSaved:
    """Save what the officer typed over the report *handle* read (one transaction, a few statements);
    when someone else changed it meanwhile, the usual path merges field by field instead."""
    try:
        with ws.writing() as writer:
            saved = save_known_report(writer, handle, values, actor=ws.actor)
    except StaleReport:
        # someone else saved it since the form read it: apply only the fields the officer changed
        typed = {n: v for n, v in values.normalised().as_dict().items() if getattr(handle.values, n) != v}
        with ws.writing() as writer:
            now = report_handle(writer.session, handle.task, handle.agency, handle.period)
            merged = replace(now.values, **typed)
            store_report(writer.session, handle.task, handle.agency, handle.period, merged, writer=writer, actor=ws.actor)
            saved = report_handle(writer.session, handle.task, handle.agency, handle.period)
    return ReportSaved(saved, writer.result.summary())


def set_report(ws: Workspace, task: str, agency: str, period: str, values: ReportValues) -> OpChanges:
    """Write one report from a script (the same validation as the form)."""
    with ws.writing() as writer:
        store_report(writer.session, task, agency, period, values, writer=writer, actor=ws.actor)
    return writer.result.summary()


def update_report(ws: Workspace, task: str, agency: str, period: str, changes: dict[str, object]) -> ReportSaved:
    """Change the given fields of one report from a script, the others as stored (the form's rules).

    *agency*: its code or name; a status by its code or its label."""
    from ..domain.errors import QT_TRANSLATE_NOOP, UserError
    from ..domain.periods import parse_period
    from ..domain.text import clean
    from ..storage.agencies import find_agency
    from ..storage.plan_store import read_plan

    changes = dict(changes)
    with ws.writing() as writer:
        session = writer.session
        code = _agency_code(session, agency) or find_agency(read_plan(session), agency).code
        period = parse_period(period).code
        if changes.get("status") is not None:
            labels = status_labels(session)
            wanted = clean(str(changes["status"])).casefold()
            found = next((c for c, label in labels.items() if wanted in (c.casefold(), clean(label).casefold())), None)
            if found is None:
                raise UserError(
                    QT_TRANSLATE_NOOP("UserError", 'The status "{status}" is not in the status list.'), status=changes["status"]
                )
            changes["status"] = found
        now = report_handle(session, task, code, period)
        store_report(session, task, code, period, replace(now.values, **changes), writer=writer, actor=ws.actor)
        saved = report_handle(session, task, code, period)
    return ReportSaved(saved, writer.result.summary())


def _agency_code(session, text: str) -> str | None:
    """An agency given by its code, without reading the whole plan (a script saving many reports)."""
    from sqlalchemy import select

    from ..storage import models

    return session.scalar(select(models.AgencyRow.code).where(models.AgencyRow.code == text.strip().upper()))


def list_reports(ws: Workspace, period: str, agency: str | None = None) -> list[ProgressReport]:
    from ..storage.periods import period_row

    with ws.reading() as session:
        period_row(session, period)  # a period that does not exist is an error, not an empty list
        return [r for r in read_reports(session, period) if agency is None or r.agency == agency]
