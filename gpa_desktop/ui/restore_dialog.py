"""File → Restore from a backup…: the automatic backups with their date and what they hold, or another file.

Restoring writes the backup into the open database through SQLite's backup API (operations.backups);
the current state is kept as a backup first, so a restore can itself be undone by restoring that.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError
from ..i18n import translate
from ..operations import Workspace
from ..operations.backups import automatic_backups, describe_backup, restore
from . import prompts
from .read_only import refuse_writes
from .screen_fit import fit_to_screen


class RestoreDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.restored = None  # the RestoreResult, once done
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.backups = automatic_backups(ws.path)
        self.table = QTableWidget(len(self.backups), 3)
        self.table.setObjectName("backups")
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Size"), self.tr("What it holds")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, info in enumerate(self.backups):
            holds = (
                self.tr("{reports} reports, {periods} periods, {agencies} agencies").format(
                    reports=info.reports, periods=info.periods, agencies=info.agencies
                )
                if info.sound
                else self.tr("damaged, cannot be restored")
            )
            size = QTableWidgetItem(f"{info.size / 1e6:.1f} MB")
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, item in enumerate((QTableWidgetItem(f"{info.taken_at:%d/%m/%Y %H:%M}"), size, QTableWidgetItem(holds))):
                item.setToolTip(str(info.path))
                if not info.sound:
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.doubleClicked.connect(self.restore_selected)
        first = next((row for row, info in enumerate(self.backups) if info.sound), None)
        if first is not None:
            self.table.selectRow(first)
        note = QLabel(
            self.tr("The backup replaces everything in the database. The current state is backed up first.")
            if self.backups
            else self.tr("There are no automatic backups yet; choose a backup file.")
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("Restore the selected backup"))
        self.restore_button.setObjectName("restore_selected")
        self.restore_button.setEnabled(first is not None)
        self.restore_button.clicked.connect(self.restore_selected)
        other = QPushButton(self.tr("Choose another file…"))
        other.setObjectName("choose_file")
        other.clicked.connect(self.choose_file)
        refuse_writes(ws.read_only, self.restore_button, other)  # a restore writes the whole database
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(640, 360))

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and self.backups[rows[0].row()].sound:
            self.restore(self.backups[rows[0].row()].path)

    def choose_file(self) -> None:
        path = prompts.choose_open_file(self, self.tr("Choose a backup"), self.tr("GPA Desktop database (*.sqlite3 *.db);;All files (*)"))
        if path:
            self.restore(Path(path))

    def restore(self, path: Path) -> None:
        try:
            info = describe_backup(path)
        except UserError as error:
            prompts.show_error(self, self.windowTitle(), error.render(translate))
            return
        question = self.tr(
            "Replace everything in the database with the backup of {day:%d/%m/%Y %H:%M} ({reports} reports)? "
            "The current state is backed up first."
        ).format(day=info.taken_at, reports=info.reports)
        if not prompts.ask_yes_no(self, self.windowTitle(), question):
            return
        try:
            self.restored = restore(self.ws, path)
        except UserError as error:
            prompts.show_error(self, self.windowTitle(), error.render(translate))
            return
        restored = self.restored.restored
        prompts.show_info(
            self,
            self.windowTitle(),
            self.tr("Restored the backup of {day:%d/%m/%Y %H:%M}: {reports} reports, {periods} periods, {agencies} agencies.").format(
                day=restored.taken_at, reports=restored.reports, periods=restored.periods, agencies=restored.agencies
            ),
        )
        self.accept()
