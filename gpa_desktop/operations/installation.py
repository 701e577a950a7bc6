"""Who this installation is: the province's focal department, or one agency's (kept in the database,
so it travels with backups and copies); the keys it seals with and trusts."""

from __future__ import annotations

from dataclasses import dataclass

from ..exchange.seal import fingerprint, new_private_key, public_key_of
from ..storage import installation as stored
from ..storage.plan_store import read_plan
from .workspace import Workspace

PROVINCE, AGENCY = stored.PROVINCE, stored.AGENCY


@dataclass(frozen=True)
class InstallationInfo:
    id: str
    role: str | None  # "province", "agency", or None: not said yet (works as the province's)
    agency: str | None
    agency_name: str
    key_fingerprint: str  # this installation's sealing key ("" until it first seals a template)
    province_fingerprint: str  # the province key pinned here ("" until the first template)

    def as_json(self) -> dict:
        return {
            "installation": self.id, "role": self.role or PROVINCE, "agency": self.agency, "agency_name": self.agency_name,
            "key_fingerprint": self.key_fingerprint, "province_key_fingerprint": self.province_fingerprint,
        }


def installation_info(ws: Workspace) -> InstallationInfo:
    with ws.reading() as session:
        here = stored.installation(session)
        name = read_plan(session).agency(here.agency).name if here.agency else ""
        key = stored.signing_key(session)
        pinned = stored.pinned_province(session)
    return InstallationInfo(
        here.id, here.role, here.agency, name,
        fingerprint(public_key_of(key)) if key else "", fingerprint(pinned["public_key"]) if pinned else "",
    )


def installation_agency(ws: Workspace) -> str | None:
    """The agency this installation belongs to; None for the province's focal department."""
    with ws.reading() as session:
        return stored.installation(session).agency


def is_identified(ws: Workspace) -> bool:
    """Whether somebody has said whose installation this is."""
    with ws.reading() as session:
        return stored.installation(session).role is not None


def set_installation(ws: Workspace, agency: str | None) -> InstallationInfo:
    """Make this database one agency's (*agency*: its code) or, with None, the province's focal department's."""
    with ws.database.transaction() as session:
        if agency:
            stored.set_installation(session, AGENCY, agency)
        else:
            stored.set_installation(session, PROVINCE)
            stored.store_signing_key(session, new_private_key())  # kept if it has one
    return installation_info(ws)


def needs_signing_key(ws: Workspace) -> bool:
    """Whether exporting templates here must first make the sealing key (a write): a province's
    installation that has not sealed a template yet."""
    with ws.reading() as session:
        return not stored.installation(session).is_agency and stored.signing_key(session) is None


def ensure_signing_key(ws: Workspace) -> None:
    """Make this installation's sealing key the first time it seals a template (a write, once)."""
    with ws.reading() as session:
        if stored.signing_key(session) is not None:
            return
    if ws.read_only:
        return
    with ws.database.transaction() as session:
        stored.store_signing_key(session, new_private_key())
