"""Importing returned workbooks: every file is read and checked first, shown field by field, and
written only when the officer accepts it — each accepted file in one transaction.

At an agency's installation the files are the province's templates (``AdoptionPreview``): the same
list and tree show the province key's fingerprint, what changes in the plan, agencies and periods,
and which reports the province corrected."""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from ..domain.merge import Decision
from ..domain.plan import Plan
from ..i18n import translate
from ..operations import Workspace
from ..operations.exchange import (
    APPLIED,
    REFUSED,
    SKIPPED,
    UNCHANGED,
    LEGACY_CONVERT,
    LEGACY_HOLD,
    LEGACY_KEEP,
    AdoptionPreview,
    FileVerdict,
    ImportOutcome,
    ImportPreview,
    LegacyTextHeld,
    PreviewOutdated,
    apply_file,
    preview_file,
    one_files_failure,
    refused_preview,
    unexpected_error,
    verdict_of,
    write_feedback_copy,
)
from ..operations.periods import list_periods
from ..domain.dates import local_time
from . import prompts
from .read_only import why_read_only
from .empty_hint import EmptyHint
from .screen_fit import fit_to_screen
from .vocabulary import field_name, status_names

TAKE_THEIRS = Qt.ItemDataRole.UserRole + 1

log = logging.getLogger(__name__)


class ImportDialog(QDialog):
    imported = Signal(object)  # ImportOutcome, once per applied file

    def __init__(self, ws: Workspace, plan: Plan, paths: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.plan, self.paths = ws, plan, list(paths)
        self.previews: list[ImportPreview] = []
        self.outcomes: list[ImportOutcome] = []
        self.theirs: dict[int, set[tuple[str, str]]] = {}  # per file: conflicts where the file's value wins
        self.sheets: dict[int, str] = {}  # per file: the sheet the officer said is the report
        self.newer: dict[int, bool] = {}  # per file: the officer's word on which copy of a template is newer
        self.written: dict[int, ImportOutcome] = {}  # per file: what applying it did
        self.failed: dict[int, UserError] = {}  # per file: why applying it was refused
        self.setWindowTitle(self.tr("Import returned workbooks"))
        self.progress = QProgressBar()
        self.progress.setRange(0, len(self.paths))
        self.files = QListWidget()
        self.files.setObjectName("files")
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.rows = QTreeWidget()
        self.rows.setObjectName("rows")
        self.rows.setHeaderLabels([self.tr("Task / field"), self.tr("Now in the database"), self.tr("In the file"), self.tr("Decision")])
        # the two values share what the screen gives; the task and the decision (with its tick) stay whole
        header = self.rows.header()
        header.setStretchLastSection(False)
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        # a workbook that lost its identification: the officer says whose and which period it is
        self.identity_box = QWidget()
        self.identity_box.setObjectName("identity")
        self.agency_choice = QComboBox()
        self.period_choice = QComboBox()
        self.period_choice.setEditable(True)
        for agency in self.plan.agencies:
            self.agency_choice.addItem(f"{agency.code} — {agency.name}", agency.code)
        for period in list_periods(ws):
            self.period_choice.addItem(period.period.code)
        self.trust_key = QPushButton(self.tr("Accept the province's new key…"))
        self.trust_key.setObjectName("trust_new_key")
        self.trust_key.clicked.connect(self.trust_new_key)
        self.trust_key.hide()
        self.read_again = QPushButton(self.tr("Read the file again for this agency and period"))
        self.read_again.clicked.connect(self.reread_with_identity)
        identity_row = QHBoxLayout(self.identity_box)
        identity_row.setContentsMargins(0, 0, 0, 0)
        identity_row.addWidget(QLabel(self.tr("Agency:")))
        identity_row.addWidget(self.agency_choice, 2)
        identity_row.addWidget(QLabel(self.tr("Period:")))
        identity_row.addWidget(self.period_choice, 1)
        identity_row.addWidget(self.read_again)
        self.identity_box.hide()
        self.legacy_choices: dict[int, str] = {}  # per file: what to do with text typed in an old encoding
        self.legacy_box = self._legacy_box()
        self.problems = QListWidget()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.no_problems = EmptyHint(self.problems, self.tr("No row refused, nothing to warn about."))
        self.all_theirs = QPushButton(self.tr("Take the file's value in every conflict"))
        self.all_ours = QPushButton(self.tr("Keep the database's value in every conflict"))
        self.all_theirs.clicked.connect(lambda: self._set_all_conflicts(True))
        self.all_ours.clicked.connect(lambda: self._set_all_conflicts(False))
        self.feedback_button = QPushButton(self.tr("Feedback file for the sender…"))
        self.feedback_button.clicked.connect(self.write_feedback)
        self.apply_button = QPushButton(self.tr("Import the ticked files"))
        self.apply_button.setObjectName("apply")
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)

        details = QWidget()
        right = QVBoxLayout(details)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.header)
        right.addWidget(self.identity_box)
        right.addWidget(self.trust_key)
        right.addWidget(self.legacy_box, 2)
        right.addWidget(self.rows, 3)
        conflict_buttons = QHBoxLayout()
        conflict_buttons.addWidget(self.all_theirs)
        conflict_buttons.addWidget(self.all_ours)
        conflict_buttons.addStretch()
        right.addLayout(conflict_buttons)
        self.problems_label = QLabel()
        right.addWidget(self.problems_label)
        right.addWidget(self.problems, 1)
        splitter = QSplitter()
        splitter.addWidget(self.files)
        splitter.addWidget(details)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([380, 720])  # room for "file: agency, period — counts" without scrolling
        buttons = QHBoxLayout()
        buttons.addWidget(self.feedback_button)
        buttons.addStretch()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(splitter)
        layout.addLayout(buttons)
        self.files.currentRowChanged.connect(self._show)
        self.rows.itemChanged.connect(self._conflict_choice_changed)
        self.problems_label.setText(self.tr("Refused rows and warnings:"))
        self.apply_button.setEnabled(False)
        fit_to_screen(self, QSize(1100, 680))
        QTimer.singleShot(0, self._read_next)

    # reading, one file per event-loop turn so the progress bar moves --------------------------

    def _read_next(self) -> None:
        if len(self.previews) == len(self.paths):
            self._update_apply()
            self.files.setCurrentRow(0)
            return
        self.read_one()
        QTimer.singleShot(0, self._read_next)

    def read_one(self) -> ImportPreview:
        index = len(self.previews)
        try:
            preview = self._questions_answered(index, self._check(index))
        except UserError as error:  # the database could not be read for it: this file's verdict too
            preview = refused_preview(self.paths[index], error)
        self.previews.append(preview)
        self.files.addItem(QListWidgetItem())
        self._list_entry(index)
        self.progress.setValue(len(self.previews))
        return preview

    def _check(self, index: int, **options) -> ImportPreview | AdoptionPreview:
        """Read and check one file; whatever goes wrong with it is its own refusal, never the batch's end."""
        path = self.paths[index]
        try:
            return preview_file(
                self.ws, path, plan=self.plan, sheet=self.sheets.get(index), newer_copy=self.newer.get(index),
                legacy=self.legacy_choices.get(index, LEGACY_HOLD), read_next=self.paths[index + 1 :], **options,
            )
        except UserError:
            raise  # a period that does not exist, typed in the box: the caller says so
        except BaseException as error:  # noqa: BLE001 - one file's failure is its verdict (a Rust panic is no Exception)
            if not one_files_failure(error):
                raise
            return refused_preview(path, unexpected_error(path.name, error))

    def _questions_answered(self, index: int, preview: ImportPreview | AdoptionPreview, **options) -> ImportPreview | AdoptionPreview:
        """Ask what the file cannot tell: which of its sheets is the report, and whether it is the
        agency's newer copy of a template brought in already; then check it again with the answer."""
        name = self.paths[index].name
        if getattr(preview, "sheet_choices", None) and index not in self.sheets:
            chosen = prompts.choose_item(
                self, self.tr("Which sheet is the report?"),
                self.tr("{file} holds several sheets that could be the report, with different values. Which one is it?").format(file=name),
                preview.sheet_choices,
            )
            if chosen is None:
                return preview  # refused, naming the sheets
            self.sheets[index] = chosen
            preview = self._check(index, **options)
        if getattr(preview, "order_unknown", False) and index not in self.newer:
            self.newer[index] = prompts.ask_yes_no(
                self, self.tr("Which copy is newer?"),
                self.tr(
                    "{file} is another copy of the template that {earlier} came from, imported already, and the files do not say which was saved last. "
                    "Is {file} the agency's newer copy? (If not, it changes nothing.)"
                ).format(file=name, earlier=preview.fatal.params.get("earlier", "")),
            )
            preview = self._check(index, **options)
        return preview

    def _list_entry(self, index: int) -> None:
        preview, item = self.previews[index], self.files.item(index)
        item.setText(self._summary(preview))
        item.setToolTip(item.text())  # the list is narrow; the whole line on hover
        adoption = isinstance(preview, AdoptionPreview)
        item.setForeground(QBrush(QColor("#b71c1c")) if preview.fatal is not None or (not adoption and preview.errors) else QBrush())
        usable = preview.fatal is None and (not preview.older if adoption else preview.already_received is None)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable if usable else item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if usable else Qt.CheckState.Unchecked)

    def reread(self, index: int, agency: str | None = None, period: str | None = None, *, trust_new_key: bool = False) -> ImportPreview:
        """Check one file again (after the database changed, naming its agency and period, or taking a new province key)."""
        try:
            options = dict(agency=agency, period=period, trust_new_key=trust_new_key)
            preview = self._questions_answered(index, self._check(index, **options), **options)
        except UserError as error:  # a period that does not exist, typed in the box
            self.header.setText(f"<span style='color:#b71c1c'>{html.escape(error.render(translate))}</span>")
            return self.previews[index]
        self.previews[index] = preview
        self.theirs.pop(index, None)
        self._list_entry(index)
        self._update_apply()
        if self.files.currentRow() == index:
            self._show(index)
        return preview

    def reread_with_identity(self) -> None:
        index = self.files.currentRow()
        if 0 <= index < len(self.previews):
            self.reread(index, self.agency_choice.currentData(), self.period_choice.currentText().strip())

    def trust_new_key(self) -> None:
        """A province template sealed by another key than the one taken first: only after the officer confirms."""
        index = self.files.currentRow()
        if not 0 <= index < len(self.previews):
            return
        if prompts.ask_yes_no(self, self.tr("The province's key"), self.tr(
            "Take the key that sealed {file} as the province's from now on? Do so only after the province has told you, "
            "by phone or in person, that it changed its key and read you the same fingerprint."
        ).format(file=self.previews[index].file_name)):
            self.reread(index, trust_new_key=True)

    def read_all(self) -> None:
        """Read every file now (tests and callers that do not need the progress bar to move)."""
        while len(self.previews) < len(self.paths):
            self.read_one()
        self._update_apply()
        self.files.setCurrentRow(0)

    def _summary(self, preview: ImportPreview | AdoptionPreview) -> str:
        if isinstance(preview.fatal, LegacyTextHeld):
            return self.tr("{file}: waiting for your choice on text in an old Vietnamese encoding").format(file=preview.file_name)
        if preview.fatal is not None:
            return self.tr("{file}: refused").format(file=preview.file_name)
        if isinstance(preview, AdoptionPreview):
            if preview.older:
                return self.tr("{file}: not newer than the province's template adopted already").format(file=preview.file_name)
            return self.tr("{file}: the province's template for {period} — {changes} changes to the plan, agencies and periods, {corrected} reports corrected, {conflicts} conflicts").format(
                file=preview.file_name, period=preview.period, changes=len(preview.reference),
                corrected=len(preview.corrected), conflicts=len(preview.conflicts),
            )
        if preview.already_received is not None:
            return self.tr("{file}: already received on {day:%d/%m/%Y}").format(file=preview.file_name, day=local_time(preview.already_received))
        return self.tr("{file}: {agency}, {period} — {new} new, {changed} changed, {conflicts} conflicts, {errors} refused").format(
            file=preview.file_name, agency=preview.agency, period=preview.period, new=preview.count("new"),
            changed=preview.count("changed"), conflicts=len(preview.conflicts), errors=len(preview.errors),
        )

    def _update_apply(self) -> None:
        """Import is offered while a ticked file can be written (never into a database open read-only)."""
        self.apply_button.setEnabled(not self.ws.read_only and any(self._accepted(i) for i in range(len(self.previews))))
        if self.ws.read_only:
            self.apply_button.setToolTip(why_read_only())

    def _accepted(self, index: int) -> bool:
        return self.files.item(index).checkState() == Qt.CheckState.Checked

    def _show(self, index: int) -> None:
        self.rows.blockSignals(True)
        self.rows.clear()
        self.rows.blockSignals(False)
        self.problems.clear()
        self.identity_box.hide()
        self.trust_key.hide()
        self.legacy_box.hide()
        if not 0 <= index < len(self.previews):
            return
        preview = self.previews[index]
        self._show_legacy(index, preview)
        adoption = isinstance(preview, AdoptionPreview)
        self.problems_label.setText(self.tr("Changes to the plan, agencies and periods:") if adoption else self.tr("Refused rows and warnings:"))
        if preview.fatal is not None:
            self.header.setText(f"<span style='color:#b71c1c'>{html.escape(preview.fatal.render(translate))}</span>")
            self.identity_box.setVisible(not adoption and preview.needs_identity)
            self.trust_key.setVisible(adoption and preview.identity is not None)  # sealed by another key than the pinned one
            return
        if adoption:
            self._show_adoption(preview)
        elif preview.already_received is not None:
            self.header.setText(self._summary(preview))
            return
        else:
            self.header.setText(
                self.tr("<b>{agency}</b> ({code}) — period {period} — plan {revision}").format(
                    agency=preview.agency_name, code=preview.agency, period=preview.period, revision=preview.plan_revision
                )
            )
        kinds = {"new": self.tr("new"), "changed": self.tr("changed"), "conflict": self.tr("conflict")}
        statuses = status_names(preview.status_labels)
        shown = lambda field, value: _show(statuses.get(value, value) if field == "status" and value else value)  # noqa: E731
        chosen = self.theirs.get(index, set())
        self.rows.blockSignals(True)
        for row in preview.rows:
            if row.kind == "unchanged":
                continue
            parent = QTreeWidgetItem([row.task, "", "", kinds[row.kind]])
            self.rows.addTopLevelItem(parent)
            for diff in row.diffs:
                child = QTreeWidgetItem([field_name(diff.field), shown(diff.field, diff.ours), shown(diff.field, diff.theirs), ""])
                if diff.decision is Decision.CONFLICT:
                    child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    take = (row.task, diff.field) in chosen
                    child.setCheckState(3, Qt.CheckState.Checked if take else Qt.CheckState.Unchecked)
                    child.setText(3, self.tr("take the file's value"))
                    child.setData(0, TAKE_THEIRS, (row.task, diff.field))
                else:
                    child.setText(3, self.tr("apply") if diff.decision is Decision.APPLY else self.tr("keep the database's"))
                parent.addChild(child)
            parent.setExpanded(True)
        self.rows.blockSignals(False)
        if adoption:
            return
        for problem in [*preview.errors, *preview.warnings]:
            where = problem.location(translate)
            self.problems.addItem(f"{where}: {problem.render(translate)}" if where else problem.render(translate))

    # text typed in an old Vietnamese encoding ---------------------------------------------------

    def _legacy_box(self) -> QWidget:
        """Cells typed in TCVN3 or VNI: each as written and in Unicode, and the officer's choice."""
        box = QWidget()
        box.setObjectName("legacy")
        self.legacy_label = QLabel(self.tr("These cells look typed in an old Vietnamese encoding (TCVN3 or VNI):"))
        self.legacy_label.setWordWrap(True)
        self.legacy_cells = QTreeWidget()
        self.legacy_cells.setObjectName("legacy_cells")
        self.legacy_cells.setRootIsDecorated(False)
        self.legacy_cells.setHeaderLabels([self.tr("Task / cell"), self.tr("As written"), self.tr("In Unicode")])
        header = self.legacy_cells.header()
        header.setStretchLastSection(False)
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(column, mode)
        self.legacy_choice = QComboBox()
        self.legacy_choice.setObjectName("legacy_choice")
        self.legacy_choice.addItem(self.tr("Do not import this file yet"), LEGACY_HOLD)
        self.legacy_choice.addItem(self.tr("Convert these cells to Unicode"), LEGACY_CONVERT)
        self.legacy_choice.addItem(self.tr("Take them as written"), LEGACY_KEEP)
        self.legacy_choice.activated.connect(self._legacy_choice_made)
        choice_row = QHBoxLayout()
        choice_row.addWidget(QLabel(self.tr("What to do with them:")))
        choice_row.addWidget(self.legacy_choice, 1)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.legacy_label)
        layout.addWidget(self.legacy_cells, 1)
        layout.addLayout(choice_row)
        box.hide()
        return box

    def _show_legacy(self, index: int, preview) -> None:
        cells = getattr(preview, "legacy", [])
        self.legacy_cells.clear()
        if not cells:
            return
        for cell in cells:
            place = self.tr("{task}, row {row}, {column}").format(task=cell.task, row=cell.row, column=cell.column)
            if cell.partly:
                place += " " + self.tr("(only the runs in the old encoding)")
            item = QTreeWidgetItem([f"{place} [{cell.encoding_names}]", _show(cell.original), _show(cell.converted)])
            item.setToolTip(1, cell.original)
            item.setToolTip(2, cell.converted)
            self.legacy_cells.addTopLevelItem(item)
        self.legacy_choice.setCurrentIndex(max(0, self.legacy_choice.findData(self.legacy_choices.get(index, LEGACY_HOLD))))
        self.legacy_box.show()

    def _legacy_choice_made(self, _position: int) -> None:
        """Check the shown file again as the officer chose: held back, converted or taken as written."""
        index = self.files.currentRow()
        if not 0 <= index < len(self.previews):
            return
        choice = self.legacy_choice.currentData()
        if self.legacy_choices.get(index, LEGACY_HOLD) == choice:
            return
        self.legacy_choices[index] = choice
        preview = self.previews[index]
        named = getattr(preview, "identity", None) is None and getattr(preview, "agency", None)  # the officer named them
        self.reread(index, preview.agency if named else None, preview.period if named else None)

    def _show_adoption(self, preview: AdoptionPreview) -> None:
        lines = [self.tr("<b>The province's template</b> for {agency}, period {period}, sealed by the key <b>{fingerprint}</b>.").format(
            agency=html.escape(preview.agency), period=html.escape(preview.period), fingerprint=html.escape(preview.fingerprint)
        )]
        if preview.first_key:
            lines.append(self.tr("This installation takes this key as the province's: compare its fingerprint with the province by phone."))
        if preview.new_key:
            lines.append(self.tr("This key replaces the province key taken before."))
        if preview.older:
            lines.append(self.tr("It is not newer than the province's template adopted already; nothing would change."))
        elif preview.values_older:
            lines.append(self.tr("Its reports are not newer than the template of this period adopted already; they stay."))
        self.header.setText("<br>".join(lines))
        if preview.reference_older:
            self.problems.addItem(self.tr("Its plan, agencies and periods are not newer than the ones adopted already; they stay."))
        for change in preview.reference:
            self.problems.addItem(change.render(translate))

    def _conflict_items(self) -> list[QTreeWidgetItem]:
        items = []
        for i in range(self.rows.topLevelItemCount()):
            parent = self.rows.topLevelItem(i)
            items += [parent.child(j) for j in range(parent.childCount()) if parent.child(j).data(0, TAKE_THEIRS)]
        return items

    def _set_all_conflicts(self, theirs: bool) -> None:
        for item in self._conflict_items():
            item.setCheckState(3, Qt.CheckState.Checked if theirs else Qt.CheckState.Unchecked)

    def _conflict_choice_changed(self, item: QTreeWidgetItem, column: int) -> None:
        key = item.data(0, TAKE_THEIRS)
        index = self.files.currentRow()
        if column != 3 or not key or not 0 <= index < len(self.previews):
            return
        chosen = self.theirs.setdefault(index, set())
        if item.checkState(3) == Qt.CheckState.Checked:
            chosen.add(tuple(key))
        else:
            chosen.discard(tuple(key))

    def chosen_theirs(self, index: int | None = None) -> set[tuple[str, str]]:
        """The conflicts of a file (the shown one by default) where the officer took the file's value."""
        return set(self.theirs.get(self.files.currentRow() if index is None else index, set()))

    # writing ---------------------------------------------------------------------------------

    def apply(self) -> None:
        """Write every ticked file, each in its own transaction; the dialog closes when all went in
        (the window then sums the batch up and makes it one undo step)."""
        backed_up, refused = False, []  # one backup before the first file written
        for index, preview in enumerate(self.previews):
            if not self._accepted(index):
                continue
            try:
                if isinstance(preview, AdoptionPreview) and self.outcomes:
                    preview = self._after_earlier_adoption(index, preview)
                outcome = apply_file(self.ws, preview, theirs=self.chosen_theirs(index), backup=not backed_up)
                backed_up = backed_up or outcome.backup is not None
            except PreviewOutdated as outdated:  # nothing written: show what the file would do now
                self.reread(index)
                refused.append(outdated.render(translate))
                continue
            except BaseException as error:  # noqa: BLE001 - the transaction rolled back; this file's verdict, and go on
                if not one_files_failure(error):
                    raise
                reason = unexpected_error(preview.file_name, error)
                self.failed[index] = reason
                refused.append(self.tr("{file} was not imported: {reason}").format(file=preview.file_name, reason=reason.render(translate)))
                item = self.files.item(index)
                item.setText(self.verdict_text(self.verdict(index)))
                item.setToolTip(item.text())
                item.setForeground(QBrush(QColor("#b71c1c")))
                item.setCheckState(Qt.CheckState.Unchecked)
                continue
            self.written[index] = outcome
            self.failed.pop(index, None)
            item = self.files.item(index)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            if isinstance(preview, AdoptionPreview):
                self.outcomes.append(outcome)
                item.setText(self.tr("{file}: adopted — {applied} reports written").format(file=preview.file_name, applied=outcome.applied))
                self.imported.emit(outcome)
                continue
            if outcome.receipt_id is None:  # the same file earlier in this batch
                item.setText(self._summary(preview))
                continue
            self.outcomes.append(outcome)
            item.setText(self.tr("{file}: imported — {applied} rows written").format(file=preview.file_name, applied=outcome.applied))
            self.imported.emit(outcome)
        self._update_apply()
        if refused:  # the others went in; the list shows each file's verdict
            prompts.show_error(self, self.tr("Import"), "\n\n".join(refused))
        elif self.outcomes:
            self.accept()

    def verdict(self, index: int) -> FileVerdict:
        """What became of one file of the batch (an unticked file that could be imported: CHECKED)."""
        preview = self.previews[index] if index < len(self.previews) else None
        if preview is None:
            return FileVerdict(self.paths[index], REFUSED, None)
        return verdict_of(self.paths[index], preview, self.written.get(index), reason=self.failed.get(index))

    def verdict_text(self, verdict: FileVerdict) -> str:
        """A file's verdict in one line, for the list and the batch's summary."""
        name, outcome = verdict.file_name, verdict.outcome
        if verdict.kind == REFUSED:
            reason = verdict.reason.render(translate) if verdict.reason is not None else self.tr("it was not read")
            return self.tr("{file}: not imported — {reason}").format(file=name, reason=reason)
        if verdict.kind == APPLIED:
            return self.tr("{file}: imported — {applied} rows written").format(file=name, applied=outcome.applied)
        if verdict.kind == UNCHANGED:
            return self.tr("{file}: taken — it changed nothing").format(file=name)
        if verdict.kind == SKIPPED:
            return self.tr("{file}: already received — nothing changed").format(file=name)
        return self.tr("{file}: not imported").format(file=name)

    def verdicts(self) -> list[str]:
        """Every file's verdict, in the batch's order."""
        return [self.verdict_text(self.verdict(i)) for i in range(len(self.paths))]

    def _after_earlier_adoption(self, index: int, preview: AdoptionPreview) -> AdoptionPreview:
        """A template checked before another was adopted: its reference data may now be in force already.
        Read it again; taken as shown only if its reports would change as the officer saw."""
        fresh = preview_file(self.ws, self.paths[index], plan=self.plan, trust_new_key=preview.new_key)
        if fresh.fatal is None and fresh.rows == preview.rows:
            self.previews[index] = fresh
            return fresh
        raise PreviewOutdated(
            QT_TRANSLATE_NOOP("UserError", "The database changed after {name} was checked (another file or an edit touched the same reports). Nothing was written; read the file again."),
            name=preview.file_name,
        )

    def write_feedback(self) -> None:
        index = self.files.currentRow()
        if not 0 <= index < len(self.previews) or not self.previews[index].errors:
            prompts.show_info(self, self.tr("Feedback"), self.tr("This file has no refused rows."))
            return
        folder = prompts.choose_folder(self, self.tr("Folder for the feedback file"))
        if folder:
            target = write_feedback_copy(self.previews[index], Path(folder), translate)
            prompts.show_info(self, self.tr("Feedback"), self.tr("Written: {file}").format(file=target))


def _show(value) -> str:
    text = "—" if value in (None, "") else str(value)
    return text if len(text) <= 120 else text[:117] + "…"
