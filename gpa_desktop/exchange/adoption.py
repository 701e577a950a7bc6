"""An agency's installation takes the province's template: reference data, and the province's
values of its reports merged three ways, after a preview, in one transaction (one undo step).

The template's seal must be the province key this installation pinned when it took its first
template (its fingerprint is shown, to compare by phone); another key is taken only when the
officer says so. A template older than the one already adopted changes nothing.

The base of the three-way merge is the last state both ends are known to share, the later of:
the province template adopted last (its sealed values), and the workbook this installation sent
that the province acknowledges (the template carries what it last brought in from here).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from ..domain.merge import Decision, common_since, decide
from ..domain.periods import parse_period
from ..domain.reference import ReferenceChange, reference_changes
from ..domain.reports import ReportValues
from ..storage import models
from ..storage.backup import automatic_backup
from ..storage.changes import ChangeSet, ChangeWriter
from ..storage.database import Database
from ..storage.installation import (
    REFERENCE_KEY,
    Installation,
    adopted_key,
    installation,
    pin_province,
    pinned_province,
    put_sync_state,
    sync_state,
)
from ..storage.periods import find_period as stored_period
from ..storage.reference import adopt_reference, reference_snapshot
from ..storage.reports import save_reports, status_labels, stored_values
from .convergence import PROVINCE_TEMPLATE, adopted_identity, now_stamp
from .identity import WorkbookIdentity, encode_rows
from ..storage.files import file_error
from .importer import FieldDiff, PreviewOutdated, RowPreview, file_digest, resolve
from .reading import read_workbook
from .safety import WorkbookRejected
from .seal import fingerprint

NOT_A_PROVINCE_TEMPLATE = QT_TRANSLATE_NOOP(
    "UserError",
    "The file {name} is not a template sealed by the province, so this agency's installation cannot take it. Ask the province to export a fresh template.",
)
ALTERED = QT_TRANSLATE_NOOP(
    "UserError",
    "The identification data inside {name} does not match its content: the file was altered or pieced together. Ask the province for a fresh template.",
)
NEWER_APP = QT_TRANSLATE_NOOP(
    "UserError", "The file {name} was made by a newer version of GPA Desktop. Install the newer version to import it."
)
OTHER_AGENCY = QT_TRANSLATE_NOOP(
    "UserError", "The file {name} is the template of {agency}; this installation is {mine}'s. It was not imported."
)
NEW_KEY = QT_TRANSLATE_NOOP(
    "UserError",
    "The file {name} is sealed by a key with the fingerprint {fingerprint}, not by the province key this installation "
    "took first ({pinned}). Call the province to compare the fingerprint; if the province changed its key, import the file "
    "again accepting the new key (--trust-new-key).",
)
NO_PERIOD = QT_TRANSLATE_NOOP(
    "UserError", "The file {name} is for period {period}, which this installation does not have; import a newer template from the province."
)


@dataclass
class AdoptionPreview:
    """What taking one province template would do, written nowhere yet."""

    path: Path
    sha256: str = ""
    fatal: UserError | None = None
    identity: WorkbookIdentity | None = None
    agency: str = ""
    period: str = ""
    fingerprint: str = ""
    first_key: bool = False  # no province key pinned yet: this one will be
    new_key: bool = False  # another key than the pinned one, accepted by the officer
    reference_older: bool = False  # the reference data is not newer than the one adopted: kept
    values_older: bool = False  # not newer than the template adopted for the period: values kept
    reference: list[ReferenceChange] = field(default_factory=list)
    rows: list[RowPreview] = field(default_factory=list)
    base: dict = field(default_factory=dict, repr=False)  # task → field → (value, shared since), the merge's base
    status_labels: dict[str, str] = field(default_factory=dict)

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def older(self) -> bool:
        """Older than what was adopted already, or the same: nothing to change."""
        return self.reference_older and self.values_older

    @property
    def corrected(self) -> list[RowPreview]:
        """The reports the province corrected (its value taken here, or in conflict with ours)."""
        return [r for r in self.rows if r.kind in ("changed", "new", "conflict")]

    @property
    def conflicts(self) -> list[tuple[str, FieldDiff]]:
        return [(r.task, d) for r in self.rows for d in r.diffs if d.decision is Decision.CONFLICT]


@dataclass(frozen=True)
class AdoptionOutcome:
    file_name: str
    applied: int  # reports whose values changed
    conflicts_kept: int
    conflicts: list[dict]  # {task, field, ours, theirs, kept}
    changes: ChangeSet | None
    backup: Path | None = None


def is_province_template(identity: WorkbookIdentity | None) -> bool:
    return identity is not None and identity.sealed and identity.content.get("kind") == PROVINCE_TEMPLATE


def preview_adoption(session: Session, path: Path, *, trust_new_key: bool = False) -> AdoptionPreview:
    preview = AdoptionPreview(path)
    try:
        preview.sha256 = file_digest(path)
    except OSError as exc:
        preview.fatal = file_error(exc, path.name, reading=True)  # one sentence, never the OS's English
        return preview
    preview.status_labels = status_labels(session)
    try:
        workbook = read_workbook(path, preview.status_labels)
    except WorkbookRejected as rejected:
        preview.fatal = rejected
        return preview
    if workbook.identity_problem in ("altered", "newer"):
        preview.fatal = UserError(ALTERED if workbook.identity_problem == "altered" else NEWER_APP, name=path.name)
        return preview
    identity = workbook.identity
    if not is_province_template(identity):
        preview.fatal = UserError(NOT_A_PROVINCE_TEMPLATE, name=path.name)
        return preview
    here = installation(session)
    if identity.agency != here.agency:
        preview.fatal = UserError(OTHER_AGENCY, name=path.name, agency=identity.agency, mine=here.agency or "")
        return preview
    preview.identity, preview.agency, preview.period = identity, identity.agency, identity.period
    preview.fingerprint = fingerprint(identity.public_key)
    pinned = pinned_province(session)
    if pinned is None:
        preview.first_key = True
    elif pinned["public_key"] != identity.public_key:
        if not trust_new_key:
            preview.fatal = UserError(NEW_KEY, name=path.name, fingerprint=preview.fingerprint, pinned=fingerprint(pinned["public_key"]))
            return preview
        preview.new_key = True
    _evaluate(session, preview, here)
    return preview


def _evaluate(session: Session, preview: AdoptionPreview, here: Installation) -> None:
    """The reference changes and the merge of the values, against the database as it is now."""
    identity, content = preview.identity, preview.identity.content
    revision = content["revision"]
    adopted_reference = sync_state(session, REFERENCE_KEY)
    # a new province key starts a new order: its revisions are not comparable with the old one's
    preview.reference_older = bool(adopted_reference and not preview.new_key and revision <= adopted_reference["revision"])
    adopted = sync_state(session, adopted_key(preview.period))
    preview.values_older = bool(adopted and not preview.new_key and revision <= adopted["revision"])
    preview.reference = [] if preview.reference_older else reference_changes(reference_snapshot(session), content["reference"])
    if preview.values_older:
        preview.rows = []
        return
    base = _base(session, preview, here, adopted)
    period = stored_period(session, parse_period(preview.period).code)
    current = {task: values for task, (_rev, values) in stored_values(session, here.agency, period.id).items()} if period else {}
    rows, preview.base = [], base
    for row in identity.rows:
        theirs = row.values or ReportValues()
        ours = current.get(row.task) or ReportValues()
        common = base.get(row.task) or _fields(None, None)
        diffs = []
        for name in ReportValues.field_names():
            decision = decide(common[name][0], getattr(ours, name), getattr(theirs, name))
            if decision is not Decision.UNCHANGED:
                diffs.append(FieldDiff(name, common[name][0], getattr(ours, name), getattr(theirs, name), decision))
        rows.append(RowPreview(row.task, 0, row.task in current, diffs))
    preview.rows = rows


Base = dict[str, dict[str, tuple[object, str | None]]]  # task → field → (value, shared since: this clock)


def _fields(values: ReportValues | None, since) -> dict[str, tuple[object, str | None]]:
    values = values or ReportValues()
    return {n: (getattr(values, n), since(n) if callable(since) else since) for n in ReportValues.field_names()}


def _base(session: Session, preview: AdoptionPreview, here: Installation, adopted: dict | None) -> Base:
    """Per task and field, the last value both ends are known to share, and since when (see the module's note).

    Two candidates: the template adopted last (the province's values then), and the workbook this
    installation sent that the province says it brought in last. The later one in both ends'
    histories wins; when neither follows the other (the template adopted had not seen the workbook,
    and the province took the workbook after exporting that template), field by field: the
    template's value if it has been shared since after the workbook was sent, else the workbook's."""
    received = _acknowledged(preview.identity, here)
    sent = {task: _fields(ReportValues(**values), received["stamp"]) for task, values in (received or {}).get("rows", {}).items()}
    before = adopted_identity(session, preview.period) if adopted is not None else None
    if before is None:
        return sent
    shared = adopted.get("since", {})
    template = {
        r.task: _fields(r.values, lambda n, t=r.task: shared.get(t, {}).get(n, adopted["adopted_at"])) for r in before.rows
    }
    if received is None:
        return template
    if adopted["adopted_at"] < received["stamp"]:  # sent after adopting: the workbook follows the template
        return {**template, **sent}
    if adopted.get("acked") is not None and adopted["acked"] >= received["stamp"]:  # the template had seen the workbook
        return {**sent, **template}
    base = {**template, **sent}
    for task in template.keys() & sent.keys():
        base[task] = {
            n: template[task][n] if (template[task][n][1] or "") > received["stamp"] else sent[task][n] for n in ReportValues.field_names()
        }
    return base


def _acknowledged(identity: WorkbookIdentity, here: Installation) -> dict | None:
    """What the province last brought in from this installation, as the template says (None: nothing)."""
    received = identity.content.get("received")
    return received if received is not None and received.get("by") == here.id else None


def _shared_since(preview: AdoptionPreview, now: str) -> dict[str, dict[str, str | None]]:
    """After this adoption, since when each field's template value has been shared (the next base's tie-break)."""
    decisions = {(r.task, d.field): d.decision for r in preview.rows for d in r.diffs}
    out = {}
    for row in preview.identity.rows:
        theirs, base = row.values or ReportValues(), preview.base.get(row.task) or _fields(None, None)
        out[row.task] = {
            n: common_since(decisions.get((row.task, n), Decision.UNCHANGED), base[n][0], getattr(theirs, n), base[n][1], now)
            for n in ReportValues.field_names()
        }
    return out


def apply_adoption(
    database: Database,
    preview: AdoptionPreview,
    *,
    theirs: bool | set[tuple[str, str]] = False,
    actor: str = "",
    backup: bool = True,
) -> AdoptionOutcome:
    """Take the previewed template in one transaction, after a backup of the database: the reference
    data, the merged values, the province key pinned, what was adopted remembered. *theirs* as for a
    returned workbook."""
    if preview.fatal is not None:
        raise preview.fatal
    if preview.older:
        return AdoptionOutcome(preview.file_name, 0, 0, [], None)
    copy = automatic_backup(database.path, "before-import") if backup else None
    with database.transaction() as session:
        here = installation(session)
        seen = (list(preview.reference), list(preview.rows), preview.reference_older, preview.values_older)
        _evaluate(session, preview, here)
        if (preview.reference, preview.rows, preview.reference_older, preview.values_older) != seen:
            raise PreviewOutdated(
                QT_TRANSLATE_NOOP("UserError", "The database changed after {name} was checked (another file or an edit touched the same reports). Nothing was written; read the file again."),
                name=preview.file_name,
            )
        if preview.older:
            return AdoptionOutcome(preview.file_name, 0, 0, [], None, copy)
        identity, content = preview.identity, preview.identity.content
        if preview.first_key or preview.new_key:
            pin_province(session, identity.installation, identity.public_key)
        writer = ChangeWriter(session, source=f"adopt:{preview.file_name}", actor=actor)
        if not preview.reference_older:
            adopt_reference(writer, content["reference"])
            put_sync_state(writer, REFERENCE_KEY, {"revision": content["revision"], "file": preview.file_name})
        to_save, conflicts = {}, []
        if not preview.values_older:
            period = stored_period(session, parse_period(preview.period).code)
            if period is None:
                raise UserError(NO_PERIOD, name=preview.file_name, period=preview.period)
            current = {task: values for task, (_rev, values) in stored_values(session, here.agency, period.id).items()}
            known_tasks = set(session.scalars(select(models.TaskRow.code)))  # a task the province removed is not written
            to_save, conflicts = resolve([r for r in preview.rows if r.task in known_tasks], current, theirs)
            save_reports(session, here.agency, preview.period, to_save, writer=writer, actor=actor)
            acknowledged, now = _acknowledged(identity, here), now_stamp()
            put_sync_state(writer, adopted_key(preview.period), {
                "revision": content["revision"], "adopted_at": now, "file": preview.file_name, "cells": encode_rows(identity),
                "acked": acknowledged["stamp"] if acknowledged else None, "since": _shared_since(preview, now),
            })
    kept = sum(c["kept"] == "ours" for c in conflicts)
    return AdoptionOutcome(preview.file_name, len(to_save), kept, conflicts, writer.result, copy)
