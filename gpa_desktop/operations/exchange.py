"""Workbooks in and out: reporting templates, the plan and the period summary out; returned
workbooks previewed, then applied as one batch (one backup first, files already received
skipped, feedback copies for senders)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
import logging
from pathlib import Path

from ..domain.changes import OpChanges, combined
from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from ..domain.periods import parse_period
from ..domain.plan import Plan
from ..exchange.importer import (  # noqa: F401 - the preview's vocabulary, for the window
    ImportOutcome,
    ImportPreview,
    LegacyTextHeld,
    PreviewOutdated,
    apply_import,
    describe_value,
    field_label,
    preview_import,
)
from ..exchange.adoption import AdoptionOutcome, AdoptionPreview  # noqa: F401 - the preview's vocabulary, for the window
from ..exchange.legacy import CONVERT as LEGACY_CONVERT, HOLD as LEGACY_HOLD, KEEP as LEGACY_KEEP  # noqa: F401 - the choices, for the edges
from ..exchange.reading import Problem
from ..storage.plan_store import read_plan
from ..storage.periods import period_row
from .workspace import Workspace

log = logging.getLogger(__name__)


# -- out ------------------------------------------------------------------------------------


def template_agencies(plan: Plan, period_ends_on, installation_agency: str | None = None) -> list[str]:
    """Who gets a reporting workbook for a period: this installation's own agency when it is an
    agency's, otherwise every agency expected to report in it, in the plan's order."""
    if installation_agency:
        return [installation_agency]
    expected = {d.agency for d in plan.duties(period_ends_on)}
    return [a.code for a in plan.agencies if a.code in expected]


@dataclass(frozen=True)
class WrittenTemplate:
    agency: str
    path: Path
    rows: int
    notes: list[Problem]


class TemplatesInTheWay(UserError):
    """Workbooks of the names an export would write are there already; nothing was written.
    ``files``: their paths. The window asks whether to replace them; the command line wants --force."""

    def __init__(self, files: list[Path]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("UserError", "Nothing was written: {files} already exist in that folder."),
            files=", ".join(f.name for f in files),
        )
        self.files = files


def holds_unimported_values(session, path: Path, agency: str, period: str, plan: Plan) -> bool:
    """Whether the workbook at *path* (the reporting workbook of *agency* for *period*) holds values the
    database does not have: filled in and sent back, but not imported yet. A file that is not such a
    workbook holds none of our values (replacing it is still asked)."""
    preview = preview_import(session, path, agency=agency, period=period, plan=plan, legacy=LEGACY_KEEP)  # old-encoding text is values too
    if preview.sheet_choices or preview.order_unknown:  # which values it holds, or whether they are newer, cannot be told
        return True
    if preview.fatal is not None or preview.already_received is not None:
        return False
    return any(row.kind != "unchanged" for row in preview.rows)


def export_templates(
    ws: Workspace,
    period: str,
    targets: Callable[[str], Path],
    *,
    agencies: Sequence[str] | None = None,
    progress: Callable[[int, int], bool] | None = None,
    force: bool = False,
) -> list[WrittenTemplate]:
    """Write the reporting workbooks of *period*: for *agencies*, or for everyone who reports in it.
    *targets* names each agency's file; *progress(done, total)* may return False to stop.

    Every target is checked before anything is written. A workbook there already is replaced only
    with *force* (else TemplatesInTheWay names them), and never one holding values the database does
    not have: that file must be imported first (a filled workbook is never overwritten).

    Every template is sealed with this installation's key (made the first time, a write); at the
    province it also carries the reference data; at an agency's installation the workbook is the
    province template it adopted, filled with its values."""
    from ..exchange.convergence import adopted_identity, export_agency_workbook, province_sealer
    from ..exchange.template import export_template
    from ..storage.reports import period_values
    from ..storage.installation import installation, signing_key
    from .installation import ensure_signing_key

    with ws.reading() as session:
        agency_installation = installation(session).is_agency
        period_row(session, period)  # a period that does not exist is refused before the key is made
    ensure_signing_key(ws)
    written = []
    with ws.reading() as session:
        plan = read_plan(session)
        ends_on = period_row(session, period).ends_on
        codes = list(agencies) if agencies else template_agencies(plan, ends_on)
        key = signing_key(session)  # None only on a database opened read-only before its first template
        planned = [(code, Path(targets(code))) for code in codes]
        existing = [(code, target) for code, target in planned if target.exists()]
        for code, target in existing:
            if holds_unimported_values(session, target, code, period, plan):
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "UserError",
                        "{file} holds values that are not in the database yet, so it was not replaced and nothing was written: import it first, or export to another folder.",
                    ),
                    file=target,
                )
        if existing and not force:
            raise TemplatesInTheWay([target for _code, target in existing])
        installation_id = ws.database.installation_id
        reports = period_values(session, period) if len(planned) > 1 else None  # one read for them all
        for done, (code, target) in enumerate(planned):
            if progress is not None and progress(done, len(planned)) is False:
                break
            if agency_installation and adopted_identity(session, period) is not None:
                content = export_agency_workbook(session, code, period, target, installation_id, plan)
            else:  # the province, or an agency's installation that has no province template yet (its own seal)
                seal = province_sealer(session, key, code, period) if key and not agency_installation else None
                mine = None if reports is None else reports.get(code, {})
                content = export_template(session, code, period, target, installation_id, plan, seal=seal, reports=mine)
            written.append(WrittenTemplate(code, target, len(content.rows), content.notes))
    return written


def export_plan(ws: Workspace, target: Path) -> None:
    from ..exchange.plan_workbook import write_plan_workbook

    with ws.reading() as session:
        plan = read_plan(session)
    write_plan_workbook(plan, target)


def export_summary(ws: Workspace, period: str, target: Path) -> tuple[int, list[Problem]]:
    """Every report of *period* in one workbook; the number of rows and what had to change in a cell."""
    from ..exchange.summary_workbook import write_summary_workbook

    notes: list[Problem] = []
    with ws.reading() as session:
        rows = write_summary_workbook(session, period, target, notes)
    return rows, notes


def template_file_name(agency: str, period: str) -> str:
    from ..exchange.template import template_file_name as name

    return name(agency, period)


# -- in -------------------------------------------------------------------------------------


def read_plan_for_import(ws: Workspace) -> Plan:
    """The plan as read once for a batch of files (imports do not change it)."""
    with ws.reading() as session:
        return read_plan(session)


def preview_file(
    ws: Workspace,
    path: Path,
    *,
    agency: str | None = None,
    period: str | None = None,
    plan: Plan | None = None,
    trust_new_key: bool = False,
    sheet: str | None = None,
    newer_copy: bool | None = None,
    legacy: str = LEGACY_HOLD,
    read_next: Sequence[Path] = (),
) -> ImportPreview | AdoptionPreview:
    """Read and check one file against the database as it is now, writing nothing.

    At an agency's installation the file is the province's template (an ``AdoptionPreview``);
    at the province, an agency's returned workbook (an ``ImportPreview``): *sheet* names its data
    sheet when several could be the report, *newer_copy* orders it after (True) or before (False)
    the copy of its template brought in last when the files cannot tell, *legacy* says what to do with
    text typed in an old Vietnamese encoding (see ``preview_import``); *read_next*: the rest of the batch, whose
    next files are read ahead."""
    from ..exchange.adoption import preview_adoption
    from ..storage.installation import installation

    with ws.reading() as session:
        if period:
            parse_period(period)
        if installation(session).is_agency:
            return preview_adoption(session, path, trust_new_key=trust_new_key)
        return preview_import(
            session, path, agency=agency, period=period, plan=plan, sheet=sheet, newer_copy=newer_copy, legacy=legacy,
            read_next=read_next,
        )


def apply_file(
    ws: Workspace, preview: ImportPreview | AdoptionPreview, *, theirs: bool | set[tuple[str, str]] = False, backup: bool = True
) -> ImportOutcome | AdoptionOutcome:
    """Write one previewed file in one transaction (after a backup of the database when *backup*)."""
    ws.require_writable()
    from ..exchange.adoption import apply_adoption

    if isinstance(preview, AdoptionPreview):
        return apply_adoption(ws.database, preview, theirs=theirs, actor=ws.actor, backup=backup)
    return apply_import(ws.database, preview, theirs=theirs, actor=ws.actor, backup=backup)


UNEXPECTED = QT_TRANSLATE_NOOP(
    "UserError", "The file {name} could not be imported because of an unexpected error (the details are in the log); the other files were not affected."
)


def unexpected_error(name: str, error: BaseException) -> UserError:
    """The one sentence for a failure nobody foresaw in one file of a batch (logged with its traceback)."""
    if isinstance(error, UserError):
        return error
    if isinstance(error, OSError):
        from ..storage.files import file_error

        return file_error(error, name, reading=True)
    log.error("import of %s failed", name, exc_info=error)
    return UserError(UNEXPECTED, name=name)


def one_files_failure(error: BaseException) -> bool:
    """What one file's failure may be turned into a verdict for (not the officer's Ctrl+C or an exit);
    a Rust panic of the reading library is a BaseException, not an Exception."""
    return not isinstance(error, (KeyboardInterrupt, SystemExit, GeneratorExit))


APPLIED, REFUSED, SKIPPED, UNCHANGED, CHECKED = "applied", "refused", "skipped", "unchanged", "checked"


@dataclass(frozen=True)
class FileVerdict:
    """What became of one file of a batch: written (APPLIED), refused with its sentence (REFUSED),
    already received (SKIPPED), taken but changing nothing (UNCHANGED), or only checked (a dry run)."""

    path: Path
    kind: str
    reason: UserError | None = None
    outcome: ImportOutcome | AdoptionOutcome | None = None
    preview: ImportPreview | AdoptionPreview | None = None

    @property
    def file_name(self) -> str:
        return self.path.name


def verdict_of(path: Path, preview: ImportPreview | AdoptionPreview | None, outcome=None, *, reason: UserError | None = None) -> FileVerdict:
    """One file's verdict from its check and, when it was written, its outcome."""
    if reason is None and preview is not None and preview.fatal is not None:
        reason = preview.fatal
    if reason is not None:
        return FileVerdict(path, REFUSED, reason, outcome, preview)
    if isinstance(preview, ImportPreview) and preview.already_received is not None:
        return FileVerdict(path, SKIPPED, None, outcome, preview)
    if isinstance(preview, AdoptionPreview) and preview.older:
        return FileVerdict(path, UNCHANGED, None, outcome, preview)
    if outcome is None:
        return FileVerdict(path, CHECKED, None, None, preview)
    if getattr(outcome, "receipt_id", 0) is None:  # the same file earlier in this batch
        return FileVerdict(path, SKIPPED, None, outcome, preview)
    return FileVerdict(path, APPLIED if outcome.applied else UNCHANGED, None, outcome, preview)


@dataclass
class BatchOutcome:
    previews: list[ImportPreview] = field(default_factory=list)
    outcomes: list[ImportOutcome] = field(default_factory=list)
    verdicts: list[FileVerdict] = field(default_factory=list)  # one per file, in the batch's order
    backup: Path | None = None
    feedback: dict[str, Path] = field(default_factory=dict)  # file name → marked copy for its sender
    _changes: list[OpChanges] = field(default_factory=list, repr=False)  # each applied file's, combined when asked

    @property
    def changes(self) -> OpChanges:
        """What the batch changed (one undo step)."""
        return combined(self._changes)

    @property
    def periods(self) -> list[str]:
        return sorted(self.changes.report_periods())

    @property
    def refused(self) -> list[FileVerdict]:
        return [v for v in self.verdicts if v.kind == REFUSED]

    def add(self, outcome: ImportOutcome | AdoptionOutcome) -> None:
        self.backup = self.backup or getattr(outcome, "backup", None)
        self.outcomes.append(outcome)
        if outcome.changes:
            self._changes.append(outcome.changes.summary())


def refused_preview(path: Path, error: UserError) -> ImportPreview:
    """A file that could not even be checked, as a check that refuses it."""
    return ImportPreview(path=path, sha256="", fatal=error)


def import_files(
    ws: Workspace,
    paths: Sequence[Path],
    *,
    agency: str | None = None,
    period: str | None = None,
    sheet: str | None = None,
    newer_copy: bool | None = None,
    theirs: bool = False,
    dry_run: bool = False,
    trust_new_key: bool = False,
    feedback_folder: Path | None = None,
    translate=None,
    checked: Callable[[ImportPreview], None] | None = None,
    legacy: str = LEGACY_HOLD,
) -> BatchOutcome:
    """Import a batch of returned workbooks, each checked against the database as the files before it
    left it and written in its own transaction; one backup before the first write; files already
    received are skipped; senders of refused rows get a marked copy. *checked(preview)* is told of
    each file's check before it is written.

    Every file gets its own verdict (``BatchOutcome.verdicts``), whatever goes wrong with another:
    a file that cannot be read, vanishes, fails unexpectedly or finds the database changed under it
    is refused with its sentence, and the batch goes on with the next. *sheet* names the data sheet
    in workbooks holding several that could be the report; *newer_copy* says that copies of a
    template whose order cannot be told from the files are the agency's newer ones (False: older)."""
    from ..exchange.feedback import write_feedback

    if not dry_run:
        ws.require_writable()
    batch = BatchOutcome()
    plan = read_plan_for_import(ws)
    paths = [Path(path) for path in paths]
    for index, path in enumerate(paths):
        try:
            preview = preview_file(
                ws, path, agency=agency, period=period, plan=plan, trust_new_key=trust_new_key, sheet=sheet,
                newer_copy=newer_copy, legacy=legacy, read_next=paths[index + 1 :],
            )
        except BaseException as error:  # noqa: BLE001 - one file's failure is its verdict, not the batch's end
            if not one_files_failure(error):
                raise
            preview = refused_preview(path, unexpected_error(path.name, error))
        batch.previews.append(preview)
        if checked is not None:
            checked(preview)
        outcome, reason = None, None
        if preview.fatal is None and not (isinstance(preview, ImportPreview) and preview.already_received is not None):
            if isinstance(preview, ImportPreview) and feedback_folder is not None and preview.errors:
                try:
                    marked = write_feedback(preview.path, preview.errors, feedback_folder, translate)
                except BaseException as error:  # noqa: BLE001 - the feedback copy is a courtesy; the import goes on
                    if not one_files_failure(error):
                        raise
                    log.warning("no feedback copy for %s", path.name, exc_info=error)
                    marked = None
                if marked is not None:
                    batch.feedback[preview.file_name] = marked
            if not dry_run:
                try:
                    outcome = apply_file(ws, preview, theirs=theirs, backup=batch.backup is None)
                except BaseException as error:  # noqa: BLE001 - rolled back: this file's verdict
                    if not one_files_failure(error):
                        raise
                    reason = unexpected_error(path.name, error)
                else:
                    batch.add(outcome)
                    if isinstance(preview, AdoptionPreview):
                        plan = read_plan_for_import(ws)  # the province's reference data may have changed it
        batch.verdicts.append(verdict_of(path, preview, outcome, reason=reason))
    return batch


def write_feedback_copy(preview: ImportPreview, folder: Path, translate=None) -> Path | None:
    """A marked copy of a file with refused rows, for its sender."""
    from ..exchange.feedback import write_feedback

    return write_feedback(preview.path, preview.errors, folder, translate)

