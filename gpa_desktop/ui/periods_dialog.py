"""Reporting periods: create a year, half-year or quarter, and set its due date and data cut-off."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError
from ..domain.periods import ReportingPeriod, current_period, parse_period
from ..i18n import translate
from ..operations.periods import list_periods, save_period
from .read_only import refuse_writes
from .runner import OperationRunner


def _qdate(day) -> QDate:
    return QDate(day.year, day.month, day.day)


class PeriodsDialog(QDialog):
    def __init__(self, runner: OperationRunner, shared=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.changed = False
        self.setWindowTitle(self.tr("Reporting periods"))
        self.listing = QListWidget()
        self.listing.setObjectName("periods")
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("2025, 2025-H1 or 2025-Q3"))
        self.due = QDateEdit()
        self.cutoff = QDateEdit()
        for edit in (self.due, self.cutoff):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b71c1c")
        self.error.setWordWrap(True)
        save = QPushButton(self.tr("Save period"))
        save.setObjectName("save_period")
        save.clicked.connect(self.save)
        new = QPushButton(self.tr("New period"))
        new.setObjectName("new_period")
        new.clicked.connect(self.new_period)
        new.setAutoDefault(False)
        save.setDefault(True)  # Enter in the form saves
        refuse_writes(runner.ws.read_only, save, new)
        hint = QLabel(self.tr("A year (2025), a half-year (2025-H1) or a quarter (2025-Q3)."))
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(new)
        form.addRow(self.tr("Period"), self.code)
        form.addRow("", hint)
        form.addRow(self.tr("Reports due"), self.due)
        form.addRow(self.tr("Data cut-off"), self.cutoff)
        form.addRow(save)
        form.addRow(self.error)
        row = QHBoxLayout()
        row.addWidget(self.listing)
        row.addLayout(form)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(close)
        self.code.textEdited.connect(self._suggest_dates)  # typed, not set from the list
        self.listing.currentRowChanged.connect(self._show)
        self._periods: list[ReportingPeriod] = []
        self.reload()
        if self._periods:  # open on the period the officer is most likely to look at
            codes = [p.code for p in self._periods]
            self.listing.setCurrentRow(codes.index(current_period(codes)))

    def reload(self) -> None:
        self._periods = list_periods(self.runner.ws)
        self.listing.clear()
        for period in self._periods:
            self.listing.addItem(
                self.tr("{code} — due {due:%d/%m/%Y}").format(code=period.code, due=period.due_on)
            )
            self.listing.item(self.listing.count() - 1).setToolTip(
                self.tr("{start:%d/%m/%Y} – {end:%d/%m/%Y}, data cut-off {cutoff:%d/%m/%Y}").format(
                    start=period.period.starts_on, end=period.period.ends_on, cutoff=period.cutoff_on
                )
            )

    def _show(self, row: int) -> None:
        if 0 <= row < len(self._periods):
            period = self._periods[row]
            self.code.setText(period.code)
            self.due.setDate(_qdate(period.due_on))
            self.cutoff.setDate(_qdate(period.cutoff_on))

    def new_period(self) -> None:
        """Clear the form for a period that does not exist yet."""
        self.listing.setCurrentRow(-1)
        self.error.clear()
        self.code.clear()
        self.code.setFocus()

    def _suggest_dates(self) -> None:
        """A new period gets the default due date and cut-off as a starting point."""
        try:
            period = parse_period(self.code.text())
        except UserError:
            return
        if all(p.code != period.code for p in self._periods):
            self.due.setDate(_qdate(period.default_due_on))
            self.cutoff.setDate(_qdate(period.ends_on))

    def save(self) -> None:
        self.error.clear()
        try:
            saved = self.runner.run(
                self.tr("Period {code}").format(code=self.code.text().strip()), save_period, self.code.text(),
                due_on=self.due.date().toPython(), cutoff_on=self.cutoff.date().toPython(), origin=self,
            ).period
        except UserError as error:
            self.error.setText(error.render(translate))
            return
        self.changed = True
        self.reload()
        self.listing.setCurrentRow(next(i for i, p in enumerate(self._periods) if p.code == saved.code))
