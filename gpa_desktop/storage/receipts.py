"""The receipt register: which returned workbooks reached the province, when, and what they changed."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from . import keys, models, plain_reads
from .changes import ChangeWriter
from . import periods


@dataclass(frozen=True)
class Receipt:
    id: int
    file_name: str
    sha256: str
    agency: str
    period: str
    received_at: datetime
    applied: int
    unchanged: int
    rejected: int
    conflicts: list[dict]
    superseded_by: str | None  # the later file's name


def find_receipt(session: Session, sha256: str) -> Receipt | None:
    """The first receipt of a file with these exact bytes, if it was received before."""
    if plain_reads.dbapi(session).execute("SELECT 1 FROM receipt WHERE sha256 = ? LIMIT 1", (sha256,)).fetchone() is None:
        return None  # a new file, the usual case: one indexed look-up, not the receipts' joined query
    return next(iter(list_receipts(session, sha256=sha256)), None)


def list_receipts(session: Session, period: str | None = None, *, sha256: str | None = None) -> list[Receipt]:
    later = aliased(models.ReceiptRow)
    query = (
        select(models.ReceiptRow, models.AgencyRow.code, models.PeriodRow.code, later.file_name)
        .join(models.AgencyRow, models.AgencyRow.id == models.ReceiptRow.agency_id)
        .join(models.PeriodRow, models.PeriodRow.id == models.ReceiptRow.period_id)
        .outerjoin(later, later.id == models.ReceiptRow.superseded_by)
        .order_by(models.ReceiptRow.received_at, models.ReceiptRow.id)
    )
    if period is not None:
        query = query.where(models.PeriodRow.code == period)
    if sha256 is not None:
        query = query.where(models.ReceiptRow.sha256 == sha256)
    return [
        Receipt(
            row.id, row.file_name, row.sha256, agency, period_code, row.received_at, row.applied, row.unchanged,
            row.rejected, json.loads(row.conflicts), superseded,
        )
        for row, agency, period_code, superseded in session.execute(query)
    ]


def record_receipt(
    writer: ChangeWriter,
    *,
    file_name: str,
    sha256: str,
    agency: str,
    period: str,
    received_at: datetime,
    applied: int,
    unchanged: int,
    rejected: int,
    conflicts: list[dict],
) -> int:
    """Register a received file and, when it changed something (*applied*), mark the agency's earlier
    files for the period as superseded: a file that changed nothing replaces nobody's figures."""
    session = writer.session
    agency_id = plain_reads.id_by_code(session, "agency", agency)
    period_id = periods.period_id(session, period)
    row = writer.create(
        models.ReceiptRow(
            file_name=file_name, sha256=sha256, agency_id=agency_id, period_id=period_id, received_at=received_at,
            applied=applied, unchanged=unchanged, rejected=rejected,
            conflicts=json.dumps(conflicts, ensure_ascii=False), superseded_by=None,
        ),
        keys.receipt(file_name),
    )
    if not applied:
        return row.id
    earlier_ids = [
        found for (found,) in plain_reads.dbapi(session).execute(
            "SELECT id FROM receipt WHERE agency_id = ? AND period_id = ? AND id != ? AND superseded_by IS NULL",
            (agency_id, period_id, row.id),
        )
    ]  # usually none: the agency's first file of the period (an ORM query for nothing cost more than the insert)
    for earlier_id in earlier_ids:
        earlier = session.get(models.ReceiptRow, earlier_id)
        writer.update(earlier, keys.receipt(earlier.file_name), superseded_by=row.id)
    return row.id
