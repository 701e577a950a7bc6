"""One agency's progress report on one task for one period.

No save button to forget: a change is written a moment after the officer stops typing (or
leaves the field), as one transaction, and goes on the undo stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.changes import OpChanges
from ..domain.dates import local_time
from ..domain.errors import UserError
from ..domain.plan import Plan
from ..domain.reports import MAX_TEXT, ReportValues
from ..i18n import translate
from .empty_hint import EmptyHint
from .runner import OperationRunner
from .vocabulary import field_name, status_names

if TYPE_CHECKING:
    from ..operations.reports import ReportSheet


def _reports():
    """operations.reports, imported when a report is first shown: it brings the ORM, which the
    window's first paint does without."""
    from ..operations import reports

    return reports

SAVE_DELAY_MS = 600
NONE = -1  # the spin boxes' "not given" value, shown as a dash


class _Optional:
    """A number that may be left out, shown as its special value "—" (the minimum). A digit typed
    over the dash replaces it (Qt would insert it beside the dash and refuse the result), and
    emptying the field leaves the number out again."""

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.value() == self.minimum() and event.text()[:1].isdigit():
            self.lineEdit().selectAll()
        super().keyPressEvent(event)

    def _bare(self, text: str) -> str:
        return text.removeprefix(self.prefix()).removesuffix(self.suffix()).strip()

    def validate(self, text: str, pos: int):
        if not self._bare(text):
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)

    def valueFromText(self, text: str):  # noqa: N802 - Qt API
        return self.minimum() if not self._bare(text) else super().valueFromText(text)


class OptionalPercent(_Optional, QSpinBox):
    pass


class OptionalAmount(_Optional, QDoubleSpinBox):
    pass


class ReportForm(QWidget):
    def __init__(self, runner: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.key: tuple[str, str, str] | None = None  # task, agency, period
        self.sheet: ReportSheet | None = None
        self._loading = False
        self._last = ReportValues()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.status = QComboBox()
        self.percent = OptionalPercent()
        self.percent.setRange(NONE, 100)
        self.percent.setSpecialValueText("—")
        self.percent.setSuffix(" %")
        self.results, self.difficulties, self.proposals = QPlainTextEdit(), QPlainTextEdit(), QPlainTextEdit()
        self.budget = OptionalAmount()
        self.budget.setRange(NONE, 1e9)
        self.budget.setDecimals(1)
        self.budget.setSpecialValueText("—")
        self.budget.setGroupSeparatorShown(True)
        self.evidence = QLineEdit()
        self.message = QLabel()
        self.message.setObjectName("message")
        for name, widget in (
            ("status", self.status), ("percent", self.percent), ("results", self.results), ("difficulties", self.difficulties),
            ("proposals", self.proposals), ("budget", self.budget), ("evidence", self.evidence),
        ):
            widget.setObjectName(name)
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Progress (%)"), self.percent)
        form.addRow(self.tr("Results achieved"), self.results)
        form.addRow(self.tr("Difficulties"), self.difficulties)
        form.addRow(self.tr("Proposals"), self.proposals)
        form.addRow(self.tr("Budget (million VND)"), self.budget)
        form.addRow(self.tr("Documents, evidence"), self.evidence)
        fields = QWidget()
        fields.setLayout(form)
        # on a laptop's short screen the fields scroll, rather than push the window beyond it
        editor = QScrollArea()
        editor.setObjectName("report_fields")
        editor.setWidget(fields)
        editor.setWidgetResizable(True)
        editor.setFrameShape(QScrollArea.Shape.NoFrame)
        editor.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field, not to the frame around them
        self.fields = editor
        for text in (self.results, self.difficulties, self.proposals):
            text.setTabChangesFocus(True)  # Tab moves on, as in every other field; Enter starts a new line
        previous = None
        for widget in self.inputs():
            if previous is not None:
                QWidget.setTabOrder(previous, widget)
            previous = widget
        for widget in (self.status, self.percent, self.budget, self.evidence):
            widget.installEventFilter(self)  # Enter in a one-line field moves on to the next field
        self.history = QListWidget()
        self.history.setObjectName("history")
        self.history.setEditTriggers(QListWidget.EditTrigger.NoEditTriggers)
        self.history.setWordWrap(True)
        self.others = QListWidget()
        self.others.setObjectName("others")
        self.others.setWordWrap(True)
        self.others.setEditTriggers(QListWidget.EditTrigger.NoEditTriggers)  # other agencies' reports: read only
        self.hints = [
            EmptyHint(self.history, self.tr("Nothing saved yet: each change of this report (who, when, old and new value) is listed here.")),
            EmptyHint(self.others, self.tr("No other agency has reported on this task for this period.")),
        ]
        tabs = QTabWidget()
        tabs.setObjectName("report_tabs")
        tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab reaches the fields; Ctrl+Tab changes the page
        tabs.setUsesScrollButtons(False)  # narrow: the titles shorten rather than hide behind arrows
        tabs.setElideMode(Qt.TextElideMode.ElideRight)
        tabs.addTab(editor, self.tr("Report"))
        tabs.addTab(self.history, self.tr("History"))
        tabs.addTab(self.others, self.tr("Other agencies"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(tabs)
        layout.addWidget(self.message)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.commit)
        for signal in (
            self.status.currentIndexChanged, self.percent.valueChanged, self.budget.valueChanged,
            self.results.textChanged, self.difficulties.textChanged, self.proposals.textChanged,
            self.evidence.textChanged,
        ):
            signal.connect(self._changed)
        self.setEnabled(False)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and watched in self.inputs()
        ):
            fields = self.inputs()
            if isinstance(watched, QAbstractSpinBox):
                watched.interpretText()  # shown as it will be saved ("—" when emptied)
            if watched is fields[-1]:
                self.commit()  # Enter in the last field saves at once
            else:
                following = fields[fields.index(watched) + 1]
                following.setFocus(Qt.FocusReason.TabFocusReason)
                self.fields.ensureWidgetVisible(following)
            return True
        return super().eventFilter(watched, event)

    def inputs(self) -> list[QWidget]:
        return [self.status, self.percent, self.results, self.difficulties, self.proposals, self.budget, self.evidence]

    def load(self, plan: Plan, task: str, agency: str, period: str, *, read_only: bool = False, why: str = "") -> None:
        """Show the report (empty if none yet); flush a pending edit of the previous one first.
        *why*: the reason the report is read-only, said above the fields. An edit that could not be
        saved (a full disk) keeps the form where it is, typed text and all."""
        self.commit()
        if self.unsaved():
            return
        previous, self.key = self.key, (task, agency, period)
        self.sheet = sheet = _reports().report_sheet(self.runner.ws, task, agency, period)
        labels, reports, entries = status_names(sheet.labels), sheet.task_reports, sheet.history
        stored = sheet.values
        # The same record saved from here: keep the inputs (and the cursor) as the officer left them.
        keep_inputs = (task, agency, period) == previous and stored.normalised() == self.values().normalised()
        self._last = stored
        if not keep_inputs:
            self._fill(labels)
        self.heading.setText(
            self.tr("<b>{task}</b> — {agency} — period {period}").format(
                task=task, agency=plan.agency(agency).name, period=period
            )
        )
        self.history.clear()
        shown = set(ReportValues.field_names()) | {_reports().CREATED, _reports().DELETED}  # not the bookkeeping (revision, reporter…)
        for entry in entries:
            if entry.field in shown:
                self.history.addItem(self._describe(entry, labels))
        self.others.clear()
        for report in reports:
            if report.agency != agency:
                status = labels.get(report.values.status, "—") if report.values.status else "—"
                percent = "" if report.values.percent is None else f" {report.values.percent}%"
                parts = [f"{plan.agency(report.agency).name}: {status}{percent}.", report.values.results]
                for label, text in ((self.tr("Difficulties"), report.values.difficulties), (self.tr("Proposals"), report.values.proposals)):
                    if text:
                        parts.append(f"{label}: {text}")
                self.others.addItem(" ".join(p for p in parts if p))
        if not keep_inputs:
            self._show_message(why if read_only else "")
        self.setEnabled(True)
        for widget in self.inputs():
            widget.setEnabled(not read_only)
            widget.setToolTip(why if read_only else "")

    def _fill(self, labels: dict[str, str]) -> None:
        self._loading = True
        self.status.clear()
        self.status.addItem("—", None)
        for code, label in labels.items():
            self.status.addItem(label, code)
        self.status.setCurrentIndex(max(0, self.status.findData(self._last.status)))
        self.percent.setValue(NONE if self._last.percent is None else self._last.percent)
        self.results.setPlainText(self._last.results)
        self.difficulties.setPlainText(self._last.difficulties)
        self.proposals.setPlainText(self._last.proposals)
        self.budget.setValue(NONE if self._last.budget is None else self._last.budget)
        self.evidence.setText(self._last.evidence)
        self._loading = False

    def _source(self, source: str) -> str:
        kind, _, detail = source.partition(":")
        if kind == "import":
            return self.tr("import of {file}").format(file=detail)
        if kind == "undo":
            return self.tr("undo")
        if kind == "redo":
            return self.tr("redo")
        if kind == "app":
            return self.tr("entered here")
        return source

    def _describe(self, entry, labels: dict[str, str]) -> str:
        """One line of the record's history: when, who, what old → new, and from where."""
        when = f"{local_time(entry.at):%d/%m/%Y %H:%M}"
        who = entry.actor or "—"
        source = self._source(entry.source)
        if entry.field == _reports().CREATED:
            return self.tr("{when} {who}: report created ({source})").format(when=when, who=who, source=source)
        if entry.field == _reports().DELETED:
            return self.tr("{when} {who}: report removed ({source})").format(when=when, who=who, source=source)
        show = lambda v: labels.get(v, v) if entry.field == "status" else v  # noqa: E731
        return self.tr("{when} {who}: {field} {old} → {new} ({source})").format(
            when=when, who=who, field=field_name(entry.field), old=show(entry.old) if entry.old is not None else "—",
            new=show(entry.new) if entry.new is not None else "—", source=source,
        )

    def values(self) -> ReportValues:
        return ReportValues(
            status=self.status.currentData(),
            percent=None if self.percent.value() == NONE else self.percent.value(),
            results=self.results.toPlainText(),
            difficulties=self.difficulties.toPlainText(),
            proposals=self.proposals.toPlainText(),
            budget=None if self.budget.value() == NONE else self.budget.value(),
            evidence=self.evidence.text(),
        )

    def _changed(self) -> None:
        if not self._loading and self.key:
            self.timer.start()

    def commit(self) -> OpChanges | None:
        """Write what changed since the last save, as one undoable transaction."""
        self.timer.stop()
        if self.key is None or self.sheet is None:
            return None
        values = self.values()
        if values.normalised() == self._last.normalised():
            return None
        task, agency, _period = self.key
        text = self.tr("Edit report {task} of {agency}").format(task=task, agency=agency)
        try:
            saved = _reports().save_report(self.runner.ws, self.sheet.handle, values)
        except UserError as error:  # a refused value, or the disk: what was typed stays in the fields
            self._show_message(self.tr("NOT SAVED: {reason}").format(reason=error.render(translate)), refused=True)
            return None
        self.sheet = _reports().ReportSheet(saved.handle, self.sheet.labels, self.sheet.task_reports, self.sheet.history)
        self._last = saved.handle.values
        self._show_message(self.tr("Saved."))
        self.runner.record(text, saved.changes, origin=self)  # told after the form holds what it saved
        return saved.changes

    def showing(self, task: str, agency: str, period: str) -> bool:
        return self.key == (task, agency, period)

    def unsaved(self) -> bool:
        """True while the inputs hold an edit that is not in the database."""
        return self.key is not None and self.values().normalised() != self._last.normalised()

    def _show_message(self, text: str, *, refused: bool = False) -> None:
        """A refusal is red, and the text field too long to keep is outlined and focused."""
        self.message.setText(text)
        self.message.setStyleSheet("color: #b71c1c" if refused else "color: #1b5e20")
        for widget in (self.results, self.difficulties, self.proposals):
            too_long = refused and len(widget.toPlainText()) > MAX_TEXT
            widget.setStyleSheet("border: 2px solid #b71c1c" if too_long else "")
            if too_long:
                widget.setFocus()
        too_long = refused and len(self.evidence.text()) > MAX_TEXT
        self.evidence.setStyleSheet("border: 2px solid #b71c1c" if too_long else "")

    def hideEvent(self, event) -> None:  # noqa: N802 - leaving the form keeps the edit
        self.commit()
        super().hideEvent(event)
