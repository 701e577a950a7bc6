"""Editing a task: its activities (add, edit, remove, reorder), lead and coordinating agencies, deadline.

Everything the dialog changes is saved as one change-log batch, so one Undo reverses it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError
from ..domain.plan import Plan, Role, Task
from ..i18n import translate
from ..storage.changes import ChangeSet, ChangeWriter
from ..storage.database import Database
from ..storage.plan_edits import set_activities, set_agencies, set_deadline

CODE = Qt.ItemDataRole.UserRole + 1


class TaskForm(QDialog):
    def __init__(self, database: Database, plan: Plan, task: Task, actor: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.plan, self.task, self.actor = database, plan, task, actor
        self.changes: ChangeSet | None = None
        self.setWindowTitle(self.tr("Task {code}").format(code=task.code))
        self.activities = QListWidget()
        self.activities.setObjectName("activities")
        self.activities.setWordWrap(True)
        for text in task.activities:
            self._add_activity_item(text)
        buttons = QHBoxLayout()
        for label, slot, name in (
            (self.tr("Add"), self.add_activity, "add"),
            (self.tr("Remove"), self.remove_activity, "remove"),
            (self.tr("Up"), lambda: self.move_activity(-1), "up"),
            (self.tr("Down"), lambda: self.move_activity(1), "down"),
        ):
            button = QPushButton(label)
            button.setObjectName(f"activity_{name}")
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        self.lead = self._agency_list(Role.LEAD)
        self.coordinating = self._agency_list(Role.COORDINATING)
        self.deadline = QLineEdit(task.deadline)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b71c1c")
        self.error.setWordWrap(True)
        agencies = QHBoxLayout()
        for title, listing in ((self.tr("Lead (Chủ trì)"), self.lead), (self.tr("Coordinating (Phối hợp)"), self.coordinating)):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            column.addWidget(listing)
            agencies.addLayout(column)
        form = QFormLayout()
        form.addRow(self.tr("Deadline"), self.deadline)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.apply)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Activities (double-click to edit):")))
        layout.addWidget(self.activities)
        layout.addLayout(buttons)
        layout.addLayout(agencies)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(box)
        self.resize(900, 700)

    def _add_activity_item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.activities.addItem(item)
        return item

    def _agency_list(self, role: Role) -> QListWidget:
        listing = QListWidget()
        chosen = set(self.task.agencies(role))
        for agency in self.plan.agencies:
            if agency.ended_on is not None and agency.code not in chosen:
                continue
            item = QListWidgetItem(agency.name)
            item.setData(CODE, agency.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if agency.code in chosen else Qt.CheckState.Unchecked)
            listing.addItem(item)
        return listing

    def add_activity(self) -> None:
        item = self._add_activity_item(self.tr("New activity"))
        self.activities.setCurrentItem(item)
        self.activities.editItem(item)

    def remove_activity(self) -> None:
        row = self.activities.currentRow()
        if row >= 0:
            self.activities.takeItem(row)

    def move_activity(self, step: int) -> None:
        row = self.activities.currentRow()
        target = row + step
        if row >= 0 and 0 <= target < self.activities.count():
            item = self.activities.takeItem(row)
            self.activities.insertItem(target, item)
            self.activities.setCurrentRow(target)

    def _chosen(self, listing: QListWidget, role: Role) -> list[tuple[str, str | None]]:
        notes = {a.agency: a.note for a in self.task.assignments if a.role is role and a.holds_on()}
        return [
            (listing.item(i).data(CODE), notes.get(listing.item(i).data(CODE)))
            for i in range(listing.count())
            if listing.item(i).checkState() == Qt.CheckState.Checked
        ]

    def apply(self) -> None:
        texts = [self.activities.item(i).text() for i in range(self.activities.count())]
        try:
            with self.database.transaction() as session:
                writer = ChangeWriter(session, source="app", actor=self.actor)
                set_activities(session, self.task.code, texts, writer=writer)
                set_agencies(session, self.task.code, Role.LEAD, self._chosen(self.lead, Role.LEAD), writer=writer)
                set_agencies(
                    session, self.task.code, Role.COORDINATING, self._chosen(self.coordinating, Role.COORDINATING),
                    writer=writer,
                )
                set_deadline(session, self.task.code, self.deadline.text(), writer=writer)
        except UserError as error:
            self.error.setText(error.render(translate))
            return
        self.changes = writer.result
        self.accept()
