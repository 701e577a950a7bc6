"""The province's templates as updates, the agencies' workbooks as reports: what each end adds to
the workbook it sends, and what it remembers of the last one it took from the other.

At the province a template carries, sealed, the reference data and what the province last brought
in from the agency's installation for that period. At an agency's installation the exported
workbook is the adopted province template again (its identity as sealed) with the agency's values,
marked with who re-exported it and when, so the province imports it like a copy filled in Excel.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy.orm import Session

from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from ..domain.plan import Plan
from ..domain.reports import ReportValues
from ..storage.changes import last_batch
from ..storage.installation import adopted_key, received_key, sync_state
from ..storage.plan_store import read_plan
from ..storage.reference import reference_snapshot
from .identity import IdentityProblem, WorkbookIdentity, decode_rows, encode_payload
from .seal import seal_identity
from .template import TemplateContent, TemplateRow, template_content, write_template

PROVINCE_TEMPLATE = "province template"


def now_stamp() -> str:
    """This installation's clock, UTC, to the microsecond (stamps compared by the same installation only)."""
    return datetime.now(timezone.utc).replace(tzinfo=None).isoformat(timespec="microseconds")


def stamp_time(text: str) -> datetime:
    return datetime.fromisoformat(text)


def province_sealer(session: Session, private_key: str, agency: str, period: str):
    """Seal a template's identity, as every installation seals its templates (exchange/seal.py), with
    the payload the province adds: the reference data, its revision and what it last brought in from
    the agency's installation for *period*."""
    reference = reference_snapshot(session)
    received = sync_state(session, received_key(agency, period))
    revision = [last_batch(session), now_stamp()]

    def seal(identity: WorkbookIdentity) -> WorkbookIdentity:
        content = {
            "kind": PROVINCE_TEMPLATE,
            "revision": revision,
            "reference": reference,
            "received": {k: received[k] for k in ("by", "stamp", "rows")} if received else None,
        }
        return seal_identity(replace(identity, payload=encode_payload(content)), private_key)

    return seal


def adopted_identity(session: Session, period: str) -> WorkbookIdentity | None:
    """The province template last adopted here for *period*, as sealed."""
    state = sync_state(session, adopted_key(period))
    if state is None:
        return None
    try:
        return decode_rows(state["cells"])
    except IdentityProblem:  # stored by this installation after its check: cannot happen short of editing the file
        return None


NOT_ADOPTED = QT_TRANSLATE_NOOP(
    "UserError",
    "No template from the province for period {period} has been imported here yet: import the province's template first, then export the workbook.",
)


def export_agency_workbook(
    session: Session, agency: str, period: str, target: Path, installation: str, plan: Plan | None = None
) -> TemplateContent:
    """The workbook an agency's installation sends the province: the adopted province template, its
    identity exactly as sealed, filled with this installation's values."""
    identity = adopted_identity(session, period)
    if identity is None or identity.agency != agency:
        raise UserError(NOT_ADOPTED, period=period)
    content = template_content(session, plan or read_plan(session), agency, period, installation)
    mine = {row.duty.task: row for row in content.rows}
    rows = tuple(mine[base.task] for base in identity.rows if base.task in mine)
    content = replace(content, rows=rows, plan_revision=identity.plan_revision)
    write_template(content, target, replace(identity, sent_by=installation, sent_at=now_stamp()))
    return content


def values_of(values: ReportValues | None) -> dict:
    return dict(vars(values)) if values is not None else {}


__all__ = ["TemplateRow", "PROVINCE_TEMPLATE", "province_sealer", "export_agency_workbook", "adopted_identity"]
