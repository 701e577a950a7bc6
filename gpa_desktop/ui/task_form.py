"""Editing a task: its activities (add, edit, remove, reorder), lead and coordinating agencies, deadline.

Everything the dialog changes is saved as one change-log batch, so one Undo reverses it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
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
from ..operations.plan import TaskRefused, edit_task
from .read_only import refuse_writes
from .runner import OperationRunner
from .screen_fit import fit_to_screen

CODE = Qt.ItemDataRole.UserRole + 1
NOTE = Qt.ItemDataRole.UserRole + 2


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet("color: #b71c1c")
    label.setWordWrap(True)
    label.hide()
    return label


class TaskForm(QDialog):
    def __init__(self, runner: OperationRunner, plan: Plan, task: Task, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.plan, self.task = runner, plan, task
        self.changes = None  # what the saved edit changed
        self.setWindowTitle(self.tr("Task {code}").format(code=task.code))
        self.activities = QListWidget()
        self.activities.setObjectName("activities")
        self.activities.setWordWrap(True)
        self.activities.setDragDropMode(QListWidget.DragDropMode.InternalMove)  # reorder by dragging, too
        self.activities.setToolTip(self.tr("Double-click or press F2 to edit; drag, or use Up and Down, to reorder"))
        for text in task.activities:
            self._add_activity_item(text)
        buttons = QHBoxLayout()
        for label, slot, name in (
            (self.tr("&Add"), self.add_activity, "add"),
            (self.tr("&Remove"), self.remove_activity, "remove"),
            (self.tr("&Up"), lambda: self.move_activity(-1), "up"),
            (self.tr("&Down"), lambda: self.move_activity(1), "down"),
        ):
            button = QPushButton(label)
            button.setObjectName(f"activity_{name}")
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        self.lead = self._agency_list(Role.LEAD)
        self.coordinating = self._agency_list(Role.COORDINATING)
        self.lead_note = self._note_editor(self.lead, "lead_note")
        self.coordinating_note = self._note_editor(self.coordinating, "coordinating_note")
        self.deadline = QLineEdit(task.deadline)
        self.deadline.setObjectName("deadline")
        self.deadline.setPlaceholderText(self.tr("e.g. Năm 2025, Thường xuyên, 2021-2025"))
        self.activities_error = _error_label("activities_error")
        self.lead_error = _error_label("lead_error")
        self.coordinating_error = _error_label("coordinating_error")
        self.deadline_error = _error_label("deadline_error")
        agencies = QHBoxLayout()
        for title, listing, note, error in (
            (self.tr("&Lead agencies (tick one or more)"), self.lead, self.lead_note, self.lead_error),
            (self.tr("&Coordinating agencies"), self.coordinating, self.coordinating_note, self.coordinating_error),
        ):
            column = QVBoxLayout()
            label = QLabel(title)
            label.setBuddy(listing)
            column.addWidget(label)
            column.addWidget(listing)
            column.addWidget(QLabel(self.tr("Role note for the selected agency:")))
            column.addWidget(note)
            column.addWidget(error)
            agencies.addLayout(column)
        form = QFormLayout()
        deadline_label = QLabel(self.tr("D&eadline"))
        deadline_label.setBuddy(self.deadline)
        form.addRow(deadline_label, self.deadline)
        form.addRow("", self.deadline_error)
        self.error = _error_label("error")  # anything the fields above do not explain
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.apply)
        box.rejected.connect(self.reject)
        refuse_writes(runner.ws.read_only, box.button(QDialogButtonBox.StandardButton.Ok))
        layout = QVBoxLayout(self)
        activities_label = QLabel(self.tr("Acti&vities (double-click to edit):"))
        activities_label.setBuddy(self.activities)
        layout.addWidget(activities_label)
        layout.addWidget(self.activities, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.activities_error)
        layout.addLayout(agencies, 3)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(box)
        fit_to_screen(self, QSize(900, 720))

    def _add_activity_item(self, text: str, row: int | None = None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        if row is None:
            self.activities.addItem(item)
        else:
            self.activities.insertItem(row, item)
        return item

    def _agency_list(self, role: Role) -> QListWidget:
        """Every current agency, collectives included ("UBND các huyện…" stands for its members)."""
        listing = QListWidget()
        listing.setObjectName(f"{role.value}_agencies")
        notes = {a.agency: a.note for a in self.task.assignments if a.role is role and a.holds_on()}
        # The agencies holding the role first, so they are seen without scrolling through all of them.
        ordered = sorted(self.plan.agencies, key=lambda a: a.code not in notes)
        for agency in ordered:
            if agency.ended_on is not None and agency.code not in notes:
                continue
            item = QListWidgetItem(agency.name)
            item.setData(CODE, agency.code)
            item.setData(NOTE, notes.get(agency.code) or "")
            if agency.is_collective:
                members = ", ".join(self.plan.agency(m).name for m in agency.members_on(None))
                item.setToolTip(self.tr("A collective: stands for {members}").format(members=members or "—"))
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if agency.code in notes else Qt.CheckState.Unchecked)
            listing.addItem(item)
        return listing

    def _note_editor(self, listing: QListWidget, name: str) -> QLineEdit:
        """The note of the agency selected in *listing* (e.g. "đầu mối", "theo chức năng")."""
        editor = QLineEdit()
        editor.setObjectName(name)
        editor.setEnabled(False)

        def show(current: QListWidgetItem | None) -> None:
            editor.setEnabled(current is not None)
            editor.setText(current.data(NOTE) if current is not None else "")

        def keep(text: str) -> None:
            item = listing.currentItem()
            if item is not None:
                item.setData(NOTE, text)

        listing.currentItemChanged.connect(lambda current, _previous: show(current))
        editor.textEdited.connect(keep)
        return editor

    def add_activity(self) -> None:
        row = self.activities.currentRow() + 1 if self.activities.currentRow() >= 0 else self.activities.count()
        item = self._add_activity_item(self.tr("New activity"), row)
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

    def _chosen(self, listing: QListWidget) -> list[tuple[str, str | None]]:
        return [
            (listing.item(i).data(CODE), listing.item(i).data(NOTE) or None)
            for i in range(listing.count())
            if listing.item(i).checkState() == Qt.CheckState.Checked
        ]

    def apply(self) -> None:
        """Save every field in one transaction; a refused field says why beside itself and nothing is saved."""
        texts = [self.activities.item(i).text() for i in range(self.activities.count())]
        labels = (self.activities_error, self.lead_error, self.coordinating_error, self.deadline_error, self.error)
        for label in labels:
            label.clear()
            label.hide()
        fields = {
            "activities": self.activities_error, "lead": self.lead_error,
            "coordinating": self.coordinating_error, "deadline": self.deadline_error,
        }
        try:
            self.changes = self.runner.run(
                self.tr("Edit task {code}").format(code=self.task.code), edit_task, self.task.code, activities=texts,
                lead=self._chosen(self.lead), coordinating=self._chosen(self.coordinating), deadline=self.deadline.text(),
            )
        except TaskRefused as refused:
            for name, error in refused.fields.items():
                fields[name].setText(error.render(translate))
                fields[name].show()
            return
        except UserError as error:
            self.error.setText(error.render(translate))
            self.error.show()
            return
        self.accept()
