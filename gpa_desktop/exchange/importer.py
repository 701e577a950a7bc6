"""Importing returned workbooks: read and check everything first (an ImportPreview per file), write
nothing until accepted, then apply each file in one transaction after a backup.

Who may write what: a workbook for agency A and period P writes only A's reports, only for
tasks A holds on P's last day, only for P.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from ..domain.merge import Decision, common_since, decide_fields, same
from ..domain.periods import parse_period
from ..domain.plan import Plan
from ..domain.reports import ReportValues
from ..storage.agencies import find_agency
from ..storage.backup import automatic_backup
from ..storage.files import file_error
from ..storage.changes import ChangeSet, ChangeWriter, utcnow
from ..storage.database import Database
from ..storage.plan_store import read_plan
from ..storage.periods import find_period_id
from ..storage.receipts import find_receipt, record_receipt
from ..storage.reports import save_reports, status_labels, stored_values
from .identity import WorkbookIdentity
from .seal import fingerprint, sealed_here
from .layout import INPUTS
from .legacy import CONVERT, HOLD, LegacyCell
from .reading import Problem, ReturnedRow, ReturnedWorkbook, SheetChoice, read_workbook
from .safety import WorkbookRejected


@dataclass(frozen=True)
class FieldDiff:
    field: str
    base: object
    ours: object
    theirs: object
    decision: Decision


@dataclass
class RowPreview:
    task: str
    row: int
    exists: bool  # the database already holds a report for it
    diffs: list[FieldDiff]

    @property
    def kind(self) -> str:
        decisions = {d.decision for d in self.diffs}
        if Decision.CONFLICT in decisions:
            return "conflict"
        if Decision.APPLY not in decisions:
            return "unchanged"
        return "changed" if self.exists else "new"


@dataclass
class ImportPreview:
    path: Path
    sha256: str
    agency: str | None = None
    agency_name: str = ""
    period: str | None = None
    plan_revision: str = ""
    rows: list[RowPreview] = field(default_factory=list)
    status_labels: dict[str, str] = field(default_factory=dict)
    errors: list[Problem] = field(default_factory=list)  # rows rejected, with where and why
    warnings: list[Problem] = field(default_factory=list)
    fatal: UserError | None = None  # the whole file is refused
    needs_identity: bool = False  # refused only because nobody said which agency and period it is for
    already_received: datetime | None = None
    # what the merge needs again when the file is applied
    identity: WorkbookIdentity | None = None
    incoming: list[ReturnedRow] = field(default_factory=list)
    duties: frozenset[str] = frozenset()
    sheet: str = ""
    brought: dict[str, dict] = field(default_factory=dict)  # task → what the agency's installation last brought in (the base)
    brought_since: dict[str, dict] = field(default_factory=dict, repr=False)  # task → field → shared since (this clock)
    sheet_choices: list[str] = field(default_factory=list)  # refused: these sheets could each be the report
    saved_at: str = ""  # when the workbook says it was saved (UTC ISO; "" when it does not)
    newer_copy: bool | None = None  # the officer's word on a copy whose order the files cannot tell
    order_unknown: bool = False  # refused: another copy of its template came in, and which is newer cannot be told
    legacy: list[LegacyCell] = field(default_factory=list)  # text cells typed in TCVN3 or VNI, with their conversion
    legacy_choice: str = HOLD  # what was done with them: held back (the file is not imported), converted, kept
    current: dict[str, ReportValues] = field(default_factory=dict, repr=False)  # the stored values the rows were merged with

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def conflicts(self) -> list[tuple[str, FieldDiff]]:
        return [(r.task, d) for r in self.rows for d in r.diffs if d.decision is Decision.CONFLICT]

    def count(self, kind: str) -> int:
        return self.counts()[kind]

    def counts(self) -> Counter[str]:
        """How many rows are of each kind (new, changed, unchanged, conflict), in one pass."""
        return Counter(r.kind for r in self.rows)


@dataclass(frozen=True)
class ImportOutcome:
    file_name: str
    receipt_id: int | None
    applied: int
    unchanged: int
    rejected: int
    conflicts_kept: int  # conflicts left as the database had them
    backup: Path | None
    changes: ChangeSet | None = None  # the change-log batch, for Undo


def field_label(name: str) -> str:
    """A report field as the workbook's column calls it ("percent" → "Tiến độ (%)")."""
    return next((c.header for c in INPUTS if c.field == name), name)


def describe_value(preview: ImportPreview, name: str, value: object) -> object:
    """A value as the officer knows it: a status by its label, not its code."""
    return preview.status_labels.get(value, value) if name == "status" and value else value


class PreviewOutdated(UserError):
    """What the officer accepted is no longer what the import would do."""


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _refuse(preview: ImportPreview, message: str, **params) -> ImportPreview:
    preview.fatal = UserError(message, **params)
    return preview


def preview_import(
    session: Session, path: Path, *, agency: str | None = None, period: str | None = None, plan: Plan | None = None,
    sheet: str | None = None, newer_copy: bool | None = None, legacy: str = HOLD, read_next: Sequence[Path] = (),
) -> ImportPreview:
    """Everything the import would do, and everything wrong with the file, without writing.

    *plan*: the plan as read for a batch of files (imports do not change it), to read it once.
    *sheet*: the data sheet, when several could be the report. *newer_copy*: whether the file is
    newer than the copy of its template brought in last, when the files cannot tell (see _earlier_copy).
    *legacy*: what to do with text cells typed in an old encoding (TCVN3, VNI): HOLD refuses the file
    (its preview still shows each cell converted), CONVERT takes them converted to Unicode, KEEP as written.
    *read_next*: the rest of the batch, its next files read ahead in the reader processes while this one is checked and applied.
    """
    preview = ImportPreview(path=path, sha256="", newer_copy=newer_copy, legacy_choice=legacy)
    try:
        preview.sha256 = file_digest(path)
    except OSError as exc:
        unreadable = file_error(exc, path.name, reading=True)
        return _refuse(preview, unreadable.message, **unreadable.params)
    earlier = find_receipt(session, preview.sha256)
    if earlier is not None:
        preview.agency, preview.period, preview.already_received = earlier.agency, earlier.period, earlier.received_at
        return preview
    labels = preview.status_labels = status_labels(session)
    try:
        workbook = read_workbook(path, labels, sheet, read_next)
    except WorkbookRejected as rejected:
        preview.fatal = rejected
        preview.sheet_choices = rejected.sheets if isinstance(rejected, SheetChoice) else []
        return preview
    preview.saved_at = workbook.saved_at
    preview.errors, preview.warnings = workbook.errors, workbook.warnings
    _take_legacy_choice(preview, workbook)
    plan = plan or read_plan(session)
    identity: WorkbookIdentity | None = workbook.identity
    if workbook.identity_problem == "newer":
        return _refuse(
            preview,
            QT_TRANSLATE_NOOP("UserError", "The file {name} was made by a newer version of GPA Desktop. Install the newer version to import it."),
            name=path.name,
        )
    if workbook.identity_problem == "altered":
        return _refuse(
            preview,
            QT_TRANSLATE_NOOP("UserError", "The identification data inside {name} does not match its content: the file was altered or pieced together. Ask the agency to fill a fresh template."),
            name=path.name,
        )
    if identity is not None and not sealed_here(session, identity):
        lost = _untrusted(preview, identity, agency, period)  # not sealed here: who it says it is for is not believed
        if lost is not None:
            return lost
        identity = None
    if identity is None and not (agency and period):
        preview.needs_identity = True
        return _refuse(
            preview,
            QT_TRANSLATE_NOOP("UserError", "The file {name} has lost the data that says which agency and period it is for (was it copied into a new file?). Import it again naming the agency and the period."),
            name=path.name,
        )
    if identity is not None:
        if identity.plan_revision != plan.revision:
            return _refuse(
                preview,
                QT_TRANSLATE_NOOP("UserError", "The file {name} was made for another plan ({revision}) than the one in this database."),
                name=path.name,
                revision=identity.plan_revision,
            )
    try:
        chosen_agency = find_agency(plan, agency).code if agency else identity.agency
        chosen_period = parse_period(period).code if period else identity.period
    except UserError as error:
        preview.fatal = error
        return preview
    if identity is not None and (identity.agency, identity.period) != (chosen_agency, chosen_period):
        return _refuse(
            preview,
            QT_TRANSLATE_NOOP("UserError", "The file {name} is for {agency}, period {period}, not for the agency and period given."),
            name=path.name,
            agency=identity.agency,
            period=identity.period,
        )
    if chosen_agency not in {a.code for a in plan.agencies}:
        return _refuse(preview, QT_TRANSLATE_NOOP("UserError", "There is no agency with the code {code}."), code=chosen_agency)
    preview.agency, preview.period, preview.plan_revision = chosen_agency, chosen_period, plan.revision
    ends_on = parse_period(chosen_period).ends_on
    preview.agency_name = plan.agency(chosen_agency).name_on(ends_on)
    preview.duties = frozenset(d.task for d in plan.duties_of(chosen_agency, ends_on))
    preview.identity, preview.incoming, preview.sheet = identity, workbook.rows, workbook.sheet
    if identity is not None:
        older = _earlier_copy(session, preview)
        if older is not None:
            preview.fatal = older
            return preview
    preview.current = _current(session, preview)
    preview.rows, refused = _merge(preview, preview.current)
    preview.errors.extend(refused)
    if preview.legacy and legacy == HOLD:
        preview.fatal = LegacyTextHeld(preview)
    return preview


class LegacyTextHeld(UserError):
    """The file holds text typed in an old encoding and nobody said whether to convert it: not imported
    (no receipt either, so the same file can be imported again once the officer has chosen)."""

    def __init__(self, preview: ImportPreview) -> None:
        names = sorted({name for cell in preview.legacy for name in cell.encoding_names.split(", ")})
        super().__init__(
            QT_TRANSLATE_NOOP("UserError", "The file {name} has {count} text cells typed in an old Vietnamese encoding ({encodings}); it is not imported until you choose to convert them to Unicode or to take them as written."),
            name=preview.file_name, count=len(preview.legacy), encodings=", ".join(names),
        )


def _take_legacy_choice(preview: ImportPreview, workbook: ReturnedWorkbook) -> None:
    """The officer's choice for text cells typed in an old encoding: convert them in the rows taken, or
    keep them as written; either way each is a warning with its place (held back, the file is refused)."""
    preview.legacy = workbook.legacy
    if not workbook.legacy or preview.legacy_choice == HOLD:
        return
    rows = {row.row: row for row in workbook.rows}
    for cell in workbook.legacy:
        place = dict(sheet=cell.sheet, row=cell.row, column=cell.column)
        params = {"code": cell.task, "encoding": cell.encoding_names}
        if preview.legacy_choice == CONVERT:
            rows[cell.row].values[cell.field] = cell.converted
            message = QT_TRANSLATE_NOOP("UserError", "Task {code}: the text typed in {encoding} is converted to Unicode.")
        else:
            message = QT_TRANSLATE_NOOP("UserError", "Task {code}: the text looks typed in {encoding}; it is taken as written, not converted.")
        preview.warnings.append(Problem(message, params, **place))


UNKNOWN_SEAL = QT_TRANSLATE_NOOP(
    "UserError",
    "The file {name} is sealed by an installation this one does not know (key {fingerprint}), so which agency and period it is for cannot be trusted: import it again naming the agency and the period.",
)
UNSEALED = QT_TRANSLATE_NOOP(
    "UserError",
    "The file {name} carries no installation's seal (an old template, or its seal was taken out), so which agency and period it is for cannot be trusted: import it again naming the agency and the period.",
)
CLAIMED_IDENTITY = QT_TRANSLATE_NOOP(
    "UserError",
    "The file {name} says it is for {agency}, period {period}, but its seal is not this installation's: it was read as the agency and period given, without the values it was exported with.",
)
OLDER_INSTALLATION_COPY = QT_TRANSLATE_NOOP(
    "UserError",
    "The file {name} was exported by the agency's installation before {newer}, which was imported already; nothing changed.",
)


def _untrusted(preview: ImportPreview, identity: WorkbookIdentity, agency: str | None, period: str | None) -> ImportPreview | None:
    """A template comes back with its identity only to the installation that sealed it. From another
    key, or with no seal, the file is one that lost its identity: refused until the officer names the
    agency and period (then read without the identity, told what the file claimed)."""
    if not (agency and period):
        preview.needs_identity = True
        if identity.sealed:
            return _refuse(preview, UNKNOWN_SEAL, name=preview.file_name, fingerprint=fingerprint(identity.public_key))
        return _refuse(preview, UNSEALED, name=preview.file_name)
    preview.warnings.append(Problem(CLAIMED_IDENTITY, {"name": preview.file_name, "agency": identity.agency, "period": identity.period}))
    return None


OLDER_COPY = QT_TRANSLATE_NOOP(
    "UserError",
    "The file {name} was saved before {newer}, a copy of the same template imported already, so it is the older copy; nothing changed.",
)
COPY_ORDER_UNKNOWN = QT_TRANSLATE_NOOP(
    "UserError",
    "The file {name} and {earlier}, imported already, are copies of the same template and which was saved last cannot be told; nothing changed: if {name} is the newer copy, import it again with --newer-copy.",
)


def _copy_key(preview: ImportPreview) -> str:
    """Where the copy of a template brought in last is remembered: per agency and period for the
    copies an agency's installation re-exports (each holds its whole state), per template for the
    copies of one template filled in Excel, LibreOffice or WPS."""
    from ..storage.installation import received_key

    identity = preview.identity
    return received_key(preview.agency, preview.period, "" if identity.sent_by else identity.digest())


def _copy_stamp(preview: ImportPreview) -> str:
    """What orders copies of one template from one sender: when the agency's installation exported it,
    or when the workbook was saved ("" when it does not say)."""
    return preview.identity.sent_at if preview.identity.sent_by else preview.saved_at


def _earlier_copy(session: Session, preview: ImportPreview) -> UserError | None:
    """A copy of a template after another copy from the same sender came in: an older one than the last
    brought in changes nothing; a newer one's base is what the last one brought in (the agency's newer
    copy replaces its older one wherever nobody changed those fields since). A copy re-exported by the
    agency's installation holds its whole state then, so its base is also what the last copy brought
    in when that came after this template was exported (the province has had those values since).
    Copies are identified by (template, sender) and ordered by their stamp (_copy_stamp); the same
    export saved again in a spreadsheet program, by when it was saved. When saved times cannot tell
    (none, or the same), preview.newer_copy says, else the file is refused (order_unknown)."""
    from ..storage.installation import sync_state

    identity = preview.identity
    last = sync_state(session, _copy_key(preview))
    preview.brought, preview.brought_since, preview.order_unknown = {}, {}, False
    if last is None or last["by"] != identity.sent_by:
        return None
    stamp = _copy_stamp(preview)
    if identity.sent_by and stamp != last["stamp"]:
        if stamp < last["stamp"]:
            return UserError(OLDER_INSTALLATION_COPY, name=preview.file_name, newer=last["file"])
    else:  # a copy filled in a spreadsheet program, or the same export saved again in one: when it was saved
        mine, theirs = preview.saved_at, last.get("saved", "") if identity.sent_by else last["stamp"]
        if not mine or not theirs or mine == theirs:
            if preview.newer_copy is None:
                preview.order_unknown = True
                return UserError(COPY_ORDER_UNKNOWN, name=preview.file_name, earlier=last["file"])
            newer = preview.newer_copy
        else:
            newer = mine > theirs
        if not newer:
            return UserError(OLDER_COPY, name=preview.file_name, newer=last["file"])
    since = last.get("since", {})
    shared = {task: {n: since.get(task, {}).get(n, last["at"]) for n in values} for task, values in last["rows"].items()}
    if last.get("template") == identity.exported_at:  # another copy of the same template: it follows the last
        preview.brought, preview.brought_since = last["rows"], shared
    elif datetime.fromisoformat(last["at"]) >= datetime.fromisoformat(identity.exported_at):
        # brought in after this template was exported, from a copy of an older one: neither follows the
        # other; field by field, the last copy's value if it has been shared since after the export
        later = {task: {n for n, at in fields.items() if at > identity.exported_at} for task, fields in shared.items()}
        preview.brought = {task: {n: v for n, v in values.items() if n in later[task]} for task, values in last["rows"].items()}
        preview.brought_since = {task: {n: shared[task][n] for n in later[task]} for task in later}
    return None


def _current(session: Session, preview: ImportPreview) -> dict[str, ReportValues]:
    period_id = find_period_id(session, preview.period)
    if period_id is None:  # not created here: a preview writes nothing
        return {}
    return {task: values for task, (_revision, values) in stored_values(session, preview.agency, period_id).items()}


def _row_base(preview: ImportPreview, task: str) -> ReportValues:
    """The merge's base for one row: the values exported, or what the agency's installation last brought in."""
    base_row = preview.identity.base(task) if preview.identity else None
    base = base_row.values if base_row and base_row.values else ReportValues()
    if task in preview.brought:  # what the agency's installation last brought in, not the export
        base = ReportValues(**{**base.as_dict(), **preview.brought[task]})
    return base


def _back_to_the_export(preview: ImportPreview, task: str) -> dict[str, object]:
    """The fields of *task* an earlier Excel copy of this template brought in, with the value they had
    when the template was exported. A newer copy holding that value again either had the field
    cleared on purpose or was filled from the blank template beside the earlier copy (two officers,
    one template each): which, the files cannot tell, so it is a conflict for a person, never a
    silent loss of what the earlier copy brought. (A copy re-exported by the agency's installation
    holds its whole state, so there a value back to the export's is what the agency meant.)"""
    brought = preview.brought.get(task)
    if not brought or preview.identity.sent_by:
        return {}
    exported = preview.identity.base(task)
    values = exported.values if exported and exported.values else ReportValues()
    return {name: getattr(values, name) for name, value in brought.items() if not same(value, getattr(values, name))}


def _merge(preview: ImportPreview, current: dict[str, ReportValues]) -> tuple[list[RowPreview], list[Problem]]:
    """Three-way merge of every acceptable row against the database's values now, and the rows refused."""
    has_base = preview.identity is not None
    seen: set[str] = set()
    rows, refused = [], []
    for row in preview.incoming:
        where = dict(sheet=preview.sheet, row=row.row, column=row.code_column)
        if row.task not in preview.duties:
            refused.append(
                Problem(QT_TRANSLATE_NOOP("UserError", "Row {row}: {agency} is not assigned to task {code}; the row was not taken."), {"row": row.row, "agency": preview.agency, "code": row.task}, **where)
            )
            continue
        if row.task in seen:
            refused.append(
                Problem(QT_TRANSLATE_NOOP("UserError", "Row {row}: task {code} appears twice; only its first row was taken."), {"row": row.row, "code": row.task}, **where)
            )
            continue
        seen.add(row.task)
        base = _row_base(preview, row.task)
        ours = current.get(row.task) or ReportValues()
        back = _back_to_the_export(preview, row.task)
        diffs = []
        for name, was, now, theirs, decision in decide_fields(base, ours, row.values, has_base=has_base):
            if decision is Decision.APPLY and name in back and same(theirs, back[name]):
                decision = Decision.CONFLICT
            diffs.append(FieldDiff(name, was, now, theirs, decision))
        rows.append(RowPreview(row.task, row.row, row.task in current, diffs))
    return rows, refused


def _remember_copy(writer: ChangeWriter, preview: ImportPreview) -> None:
    """What this copy of a template brought in: the next copy's base, and (from an agency's
    installation) the acknowledgement the next template carries."""
    from ..storage.installation import put_sync_state
    from .convergence import now_stamp

    identity, incoming, now = preview.identity, {row.task: row.values for row in preview.incoming}, now_stamp()
    since = {}
    for row in preview.rows:
        decisions, base = {d.field: d.decision for d in row.diffs}, _row_base(preview, row.task)
        brought = preview.brought_since.get(row.task, {})
        since[row.task] = {
            n: common_since(decisions.get(n, Decision.UNCHANGED), getattr(base, n), v, brought.get(n, identity.exported_at), now)
            for n, v in incoming[row.task].items()
        }
    put_sync_state(writer, _copy_key(preview), {
        "by": identity.sent_by, "stamp": _copy_stamp(preview), "saved": preview.saved_at, "at": now, "file": preview.file_name,
        "template": identity.exported_at, "rows": {row.task: incoming[row.task] for row in preview.rows}, "since": since,
    })


def resolve(
    rows: list[RowPreview], current: dict[str, ReportValues], theirs: bool | set[tuple[str, str]]
) -> tuple[dict[str, ReportValues], list[dict]]:
    """What the merge writes: task → its new values (the rows something is taken for), and every
    conflict with the side kept ({task, field, ours, theirs, kept}). *theirs*: True takes the other
    side's value in every conflict, a set for those (task, field) pairs; otherwise ours stays."""
    to_save, conflicts = {}, []
    for row in rows:
        updates = {}
        for diff in row.diffs:
            take = diff.decision is Decision.APPLY
            if diff.decision is Decision.CONFLICT:
                take = theirs is True or (isinstance(theirs, set) and (row.task, diff.field) in theirs)
                conflicts.append(
                    {"task": row.task, "field": diff.field, "ours": diff.ours, "theirs": diff.theirs, "kept": "theirs" if take else "ours"}
                )
            if take:
                updates[diff.field] = diff.theirs
        if updates:
            to_save[row.task] = replace(current.get(row.task) or ReportValues(), **updates)
    return to_save, conflicts


def apply_import(
    database: Database,
    preview: ImportPreview,
    *,
    theirs: bool | set[tuple[str, str]] = False,
    actor: str = "",
    backup: bool = True,
) -> ImportOutcome:
    """Write one previewed file in one transaction (all or nothing), after a backup of the database.

    *theirs*: True takes the workbook's value in every conflict; a set takes it for those
    (task, field) pairs; otherwise conflicts keep the database's value and are recorded.
    """
    if preview.fatal is not None:
        raise preview.fatal
    if preview.already_received is not None:
        return ImportOutcome(preview.file_name, None, 0, 0, 0, 0, None)
    copy = automatic_backup(database.path, "before-import") if backup else None
    received_at = utcnow()
    with database.transaction() as session:
        earlier = find_receipt(session, preview.sha256)
        if earlier is not None:  # the same file twice in one batch, or imported meanwhile elsewhere
            preview.already_received = earlier.received_at
            return ImportOutcome(preview.file_name, None, 0, 0, 0, 0, copy)
        current = _current(session, preview)
        accepted_base = preview.brought
        if preview.identity is not None and (
            _earlier_copy(session, preview) is not None or preview.brought != accepted_base
        ):
            preview.brought = accepted_base
            raise PreviewOutdated(
                QT_TRANSLATE_NOOP("UserError", "The database changed after {name} was checked (another file or an edit touched the same reports). Nothing was written; read the file again."),
                name=preview.file_name,
            )
        if current != preview.current and _merge(preview, current)[0] != preview.rows:  # merged again only if changed
            raise PreviewOutdated(
                QT_TRANSLATE_NOOP("UserError", "The database changed after {name} was checked (another file or an edit touched the same reports). Nothing was written; read the file again."),
                name=preview.file_name,
            )
        writer = ChangeWriter(session, source=f"import:{preview.file_name}", actor=actor)
        to_save, conflicts = resolve(preview.rows, current, theirs)
        applied, kept = len(to_save), sum(c["kept"] == "ours" for c in conflicts)
        unchanged = len(preview.rows) - applied
        save_reports(session, preview.agency, preview.period, to_save, writer=writer, actor=actor, received_at=received_at)
        rejected = len({p.row for p in preview.errors if p.row is not None})
        receipt = record_receipt(
            writer, file_name=preview.file_name, sha256=preview.sha256, agency=preview.agency, period=preview.period,
            received_at=received_at, applied=applied, unchanged=unchanged, rejected=rejected, conflicts=conflicts,
        )
        if preview.identity is not None:
            _remember_copy(writer, preview)
    return ImportOutcome(preview.file_name, receipt, applied, unchanged, rejected, kept, copy, writer.result)
