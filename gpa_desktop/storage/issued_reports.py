"""Reports issued as PDF, by verification code."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import keys, models
from .changes import ChangeWriter


@dataclass(frozen=True)
class IssuedReport:
    code: str
    kind: str
    agency: str | None
    period: str
    issued_on: date
    digest: str
    snapshot: dict


def record_issued(session: Session, code: str, kind: str, agency: str | None, period: str, issued_on: date, digest: str, snapshot: dict) -> None:
    """Keep the snapshot behind a code (issuing the same data again keeps the first record)."""
    if session.scalar(select(models.IssuedReportRow.id).where(models.IssuedReportRow.code == code)) is not None:
        return
    ChangeWriter(session, source="report").create(
        models.IssuedReportRow(
            code=code, kind=kind, agency=agency, period=period, issued_on=issued_on, digest=digest,
            snapshot=json.dumps(snapshot, ensure_ascii=False, default=str),
        ),
        keys.issued_report(code),
    )


def find_issued(session: Session, code: str) -> IssuedReport | None:
    row = session.scalars(select(models.IssuedReportRow).where(models.IssuedReportRow.code == code)).one_or_none()
    if row is None:
        return None
    return IssuedReport(row.code, row.kind, row.agency, row.period, row.issued_on, row.digest, json.loads(row.snapshot))
