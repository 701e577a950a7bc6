"""Who this installation is, its sealing key, the province key it trusts, and what it last exchanged.

Who it is and its keys live in app_meta, so they travel with the database file (backups, restores,
a copy carried to another office). AppMeta rows have no integer id, so those writes are not in the
change log (as the trusted CAs). What was last exchanged with the other end lives in sync_state,
written through the change log: undoing an adoption or an import undoes it too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from ..domain.plan import AgencyKind
from . import models, plain_reads
from .changes import ChangeWriter

PROVINCE, AGENCY = "province", "agency"
ROLE_KEY, AGENCY_KEY = "installation_role", "installation_agency"
SIGNING_KEY = "signing_key"  # Ed25519 private key, base64 of the 32 raw bytes
PROVINCE_KEY = "province_key"  # JSON {installation, public_key}: the province key pinned by the first template


@dataclass(frozen=True)
class Installation:
    id: str
    role: str | None  # "province", "agency", or None: not said yet (works as the province's focal department)
    agency: str | None  # the agency's code, for an agency's installation

    @property
    def is_agency(self) -> bool:
        return self.role == AGENCY and bool(self.agency)


def _stored(session: Session, table: str, key: str) -> tuple[str | None] | None:
    """(value,) of *table*'s row with this key (app_meta, sync_state), None when there is none: one plain
    query (every workbook's check and write asks several)."""
    return plain_reads.dbapi(session).execute(f"SELECT value FROM {table} WHERE key = ?", (key,)).fetchone()


def _meta(session: Session, key: str) -> str | None:
    found = _stored(session, "app_meta", key)
    return None if found is None else found[0]


def _set_meta(session: Session, key: str, value: str | None) -> None:
    row = session.get(models.AppMeta, key)
    if value is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(models.AppMeta(key=key, value=value))
    else:
        row.value = value
    session.flush()


def installation(session: Session) -> Installation:
    role = _meta(session, ROLE_KEY)
    return Installation(_meta(session, "installation_id") or "", role, _meta(session, AGENCY_KEY) if role == AGENCY else None)


def set_installation(session: Session, role: str, agency: str | None = None) -> Installation:
    """Make this database the province's (focal department) or one agency's."""
    if role == AGENCY:
        row = session.scalars(select(models.AgencyRow).where(models.AgencyRow.code == (agency or "").strip().upper())).one_or_none()
        if row is None:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no agency with the code {code}."), code=agency or "")
        if row.kind == AgencyKind.COLLECTIVE.value:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "{name} is a group of agencies; an installation belongs to one agency."), name=row.name)
        _set_meta(session, ROLE_KEY, AGENCY)
        _set_meta(session, AGENCY_KEY, row.code)
    else:
        _set_meta(session, ROLE_KEY, PROVINCE)
        _set_meta(session, AGENCY_KEY, None)
    return installation(session)


def signing_key(session: Session) -> str | None:
    return _meta(session, SIGNING_KEY)


def store_signing_key(session: Session, private_key: str) -> None:
    if signing_key(session) is None:
        _set_meta(session, SIGNING_KEY, private_key)


def pinned_province(session: Session) -> dict | None:
    """{installation, public_key} of the province whose templates this installation adopts."""
    text = _meta(session, PROVINCE_KEY)
    return json.loads(text) if text else None


def pin_province(session: Session, installation_id: str, public_key: str) -> None:
    _set_meta(session, PROVINCE_KEY, json.dumps({"installation": installation_id, "public_key": public_key}))


# -- what was last exchanged -----------------------------------------------------------------


def adopted_key(period: str) -> str:
    """The province template last adopted for *period* (at an agency's installation)."""
    return f"adopted/{period}"


REFERENCE_KEY = "reference"  # the reference data last adopted (at an agency's installation)


def received_key(agency: str, period: str, template: str = "") -> str:
    """The agency installation's workbook last brought in for *period* (at the province); with
    *template* (a template's identity), the copy of that template filled in a spreadsheet program
    last brought in."""
    return f"received/{agency}/{period}" + (f"/{template}" if template else "")


def sync_state(session: Session, key: str) -> Any:
    found = _stored(session, "sync_state", key)
    return json.loads(found[0]) if found is not None and found[0] is not None else None


def put_sync_state(writer: ChangeWriter, key: str, value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    known = _stored(writer.session, "sync_state", key) is not None
    # a new key (each copy of a template brought in has its own) is not looked for again through the ORM
    row = writer.session.scalars(select(models.SyncStateRow).where(models.SyncStateRow.key == key)).one() if known else None
    if row is None:
        writer.create(models.SyncStateRow(key=key, value=text), key)
    else:
        writer.update(row, key, value=text)
