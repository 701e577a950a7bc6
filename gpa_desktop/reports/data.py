"""What a report shows, read once: the rows behind the text, the table and the verification code."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from ..domain.plan import Plan, Role
from ..domain.text import nfc
from ..storage.periods import period_row
from ..storage.plan_store import read_plan
from ..storage.reports import read_reports, status_labels

ROLE_TEXT = {Role.LEAD: "Chủ trì", Role.COORDINATING: "Phối hợp"}


@dataclass(frozen=True)
class ReportOptions:
    """The parts of an official document that are not data: number, date, signer, recipients."""

    number: str = ""  # "5" prints as "Số: 05/BC-…"; empty leaves room to write it by hand
    issued_on: date = field(default_factory=date.today)
    place: str = "Gia Lai"
    supervising_body: str = "UBND TỈNH GIA LAI"
    signer_name: str = ""
    signer_title: str = "GIÁM ĐỐC"
    signer_authority: str = ""  # e.g. "KT. GIÁM ĐỐC" when a deputy signs
    recipients: tuple[str, ...] = ("UBND tỉnh (b/c)", "Sở Tài chính (t/h)")
    issuer: str | None = None  # the province report's issuing agency (code); None: from the plan's focal department

    def recipients_for(self, issuer_name: str) -> tuple[str, ...]:
        """The recipients as printed by *issuer_name*: never the issuer itself ("Sở Tài chính (t/h)"
        is dropped from Sở Tài chính's own report), compared by name, before any "(b/c)"-like note."""
        own = _plain(issuer_name)
        return tuple(r for r in self.recipients if _plain(r.split("(")[0]) != own)


def _plain(name: str) -> str:
    return " ".join(nfc(name).casefold().split())


@dataclass(frozen=True)
class ShownData:
    plan: Plan
    period: str
    period_end: date
    due_on: date
    agency: str | None  # None for the province report
    rows: list[dict]  # one per (task, agency): what the report prints, and only that (its digest is the code)

    def snapshot(self, kind: str, issued_on: date) -> dict:
        return {"kind": kind, "agency": self.agency, "period": self.period, "issued_on": issued_on.isoformat(), "rows": self.rows}


def shown_data(session: Session, period: str, agency: str | None = None) -> ShownData:
    stored_period = period_row(session, period)
    plan = read_plan(session)
    labels = status_labels(session)
    reports = {(r.task, r.agency): r.values for r in read_reports(session, stored_period.code)}
    rows = []
    for duty in plan.duties(stored_period.ends_on):
        if agency is not None and duty.agency != agency:
            continue
        values = reports.get((duty.task, duty.agency))
        rows.append(
            {
                "task": duty.task,
                "agency": duty.agency,
                "role": ROLE_TEXT[duty.role],
                "status": nfc(labels.get(values.status, "")) if values and values.status else "",
                "percent": values.percent if values else None,
                "results": values.results if values else "",
                "difficulties": values.difficulties if values else "",
                "proposals": values.proposals if values else "",
                "budget": values.budget if values else None,
                "reported": values is not None,
            }
        )
    return ShownData(plan, stored_period.code, stored_period.ends_on, stored_period.due_on, agency, rows)
