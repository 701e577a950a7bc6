"""Who this installation is: the province's focal department, or one agency's (kept in the database,
so it travels with backups and copies); the keys it seals with and trusts."""

from __future__ import annotations

from dataclasses import dataclass

from ..storage import plain_reads
from .workspace import Workspace

PROVINCE, AGENCY = "province", "agency"  # as storage.installation stores them


@dataclass(frozen=True)
class InstallationInfo:
    id: str
    role: str | None  # "province", "agency", or None: not said yet (works as the province's)
    agency: str | None
    agency_name: str
    key_fingerprint: str  # this installation's sealing key ("" until it is said whose it is, or it first seals a template)
    province_fingerprint: str  # the province key pinned here ("" until the first template)

    def as_json(self) -> dict:
        return {
            "installation": self.id, "role": self.role or PROVINCE, "agency": self.agency, "agency_name": self.agency_name,
            "key_fingerprint": self.key_fingerprint, "province_key_fingerprint": self.province_fingerprint,
        }


def installation_info(ws: Workspace) -> InstallationInfo:
    from ..exchange.seal import fingerprint, public_key_of
    from ..storage import installation as stored
    from ..storage.plan_store import read_plan

    with ws.reading() as session:
        here = stored.installation(session)
        name = read_plan(session).agency(here.agency).name if here.agency else ""
        key = stored.signing_key(session)
        pinned = stored.pinned_province(session)
    return InstallationInfo(
        here.id, here.role, here.agency, name,
        fingerprint(public_key_of(key)) if key else "", fingerprint(pinned["public_key"]) if pinned else "",
    )


def installation_agency(ws: Workspace) -> tuple[bool, str | None]:
    """Whether somebody has said whose installation this database is, and the agency it belongs to
    (None: the province's focal department). A plain read: the window asks before its first paint."""
    with ws.plain_reading() as connection:
        facts = plain_reads.installation_facts(connection)
    role = facts.get("installation_role")
    return role is not None, facts.get("installation_agency") if role == AGENCY else None


def set_installation(ws: Workspace, agency: str | None) -> InstallationInfo:
    """Make this database one agency's (*agency*: its code) or, with None, the province's focal department's."""
    from ..exchange.seal import new_private_key
    from ..storage import installation as stored

    with ws.database.transaction() as session:
        if agency:
            stored.set_installation(session, AGENCY, agency)
        else:
            stored.set_installation(session, PROVINCE)
        stored.store_signing_key(session, new_private_key())  # kept if it has one: its templates out there stay its own
    return installation_info(ws)


def needs_signing_key(ws: Workspace) -> bool:
    """Whether exporting templates here must first make the sealing key (a write): an installation
    that has not sealed a template yet."""
    from ..storage import installation as stored

    with ws.reading() as session:
        return stored.signing_key(session) is None


def ensure_signing_key(ws: Workspace) -> None:
    """Make this installation's sealing key the first time it seals a template (a write, once)."""
    from ..exchange.seal import new_private_key
    from ..storage import installation as stored

    with ws.reading() as session:
        if stored.signing_key(session) is not None:
            return
    if ws.read_only:
        return
    with ws.database.transaction() as session:
        stored.store_signing_key(session, new_private_key())
