"""Add, rename, merge, split or end agencies with an effective date (the 2025 reorganisation).

The dialog only collects the choice; storage.agency_changes does the work in one change-log
batch, and the ChangeSet it returns lets the window offer Undo.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError
from ..domain.plan import AgencyKind, Plan, Role
from ..i18n import translate
from ..operations.agencies import AgencyChange, ChangeKind, change_agencies
from .read_only import refuse_writes
from .runner import OperationRunner
from .screen_fit import fit_to_screen
from .agency_view import AgencyView

ADD, RENAME, MERGE, SPLIT, END, MEMBERS = range(6)
CODE = Qt.ItemDataRole.UserRole + 1


class AgencyChangeDialog(QDialog):
    def __init__(self, runner: OperationRunner, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.result_changes = None
        self.plan = plan
        self.live = [a for a in self.plan.agencies if not a.is_collective and a.ended_on is None]
        self.collectives = [a for a in self.plan.agencies if a.is_collective]
        self.setWindowTitle(self.tr("Change agencies"))
        self.operation = QComboBox()
        self.operation.addItems(
            [
                self.tr("Add an agency"), self.tr("Rename"), self.tr("Merge"), self.tr("Split"), self.tr("End"),
                self.tr("Members of a group"),
            ]
        )
        self.effective = QDateEdit(QDate.currentDate())
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat("dd/MM/yyyy")
        self.pages = QStackedWidget()
        self.pages.addWidget(self._add_page())
        self.pages.addWidget(self._rename_page())
        self.pages.addWidget(self._merge_page())
        self.pages.addWidget(self._split_page())
        self.pages.addWidget(self._end_page())
        self.pages.addWidget(self._members_page())
        self.operation.currentIndexChanged.connect(self.pages.setCurrentIndex)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.operation.currentIndexChanged.connect(self._show_hint)
        self._show_hint(ADD)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b71c1c")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        refuse_writes(runner.ws.read_only, buttons.button(QDialogButtonBox.StandardButton.Ok))
        form = QFormLayout()
        form.addRow(self.tr("Change"), self.operation)
        form.addRow(self.tr("Effective from"), self.effective)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.pages)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(860, 600))

    def _show_hint(self, operation: int) -> None:
        self.hint.setText(
            (
                self.tr("A new agency is expected to report from the effective date on the tasks of the groups it joins."),
                self.tr("The new name is shown from the effective date; reports filed before keep the old name."),
                self.tr(
                    "From the effective date the merged agencies' tasks are expected from the agency they merge into. "
                    "Reports filed before stay with the old agencies."
                ),
                self.tr(
                    "From the effective date each task moves to the successor chosen for it. "
                    "Reports filed before stay with the old agency."
                ),
                self.tr("From the effective date nothing more is expected of the agencies; their reports are kept."),
                self.tr(
                    "A group's tasks are expected from each of its members. From the effective date the agencies "
                    "ticked here are its members; one unticked stops being expected on the group's tasks."
                ),
            )[operation]
            + " "
            + self.tr("The change can be undone (Edit → Undo).")
        )

    # pages ---------------------------------------------------------------------------------------

    def _agency_combo(self) -> QComboBox:
        combo = QComboBox()
        for agency in self.live:
            combo.addItem(agency.name, agency.code)
        return combo

    def _checklist(self) -> QListWidget:
        listing = QListWidget()
        for agency in self.live:
            item = QListWidgetItem(agency.name)
            item.setData(CODE, agency.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            listing.addItem(item)
        return listing

    def _add_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.add_code, self.add_name, self.add_kind = QLineEdit(), QLineEdit(), QComboBox()
        for kind, label in AgencyView.kind_labels().items():
            if kind is not AgencyKind.COLLECTIVE:
                self.add_kind.addItem(label, kind.value)
        self.add_groups = QListWidget()
        for group in self.collectives:
            item = QListWidgetItem(group.name)
            item.setData(CODE, group.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.add_groups.addItem(item)
        form.addRow(self.tr("Code"), self.add_code)
        form.addRow(self.tr("Name"), self.add_name)
        form.addRow(self.tr("Kind"), self.add_kind)
        form.addRow(self.tr("Member of"), self.add_groups)
        return page

    def _rename_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.rename_agency, self.rename_name = self._agency_combo(), QLineEdit()
        form.addRow(self.tr("Agency"), self.rename_agency)
        form.addRow(self.tr("New name"), self.rename_name)
        return page

    def _merge_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.merge_from = self._checklist()
        self.merge_into = self._agency_combo()
        self.merge_into.insertItem(0, self.tr("A new agency…"), None)
        self.merge_into.setCurrentIndex(0)
        self.merge_code, self.merge_name = QLineEdit(), QLineEdit()
        form.addRow(self.tr("Merge these agencies"), self.merge_from)
        form.addRow(self.tr("Into"), self.merge_into)
        form.addRow(self.tr("New agency's code"), self.merge_code)
        form.addRow(self.tr("New agency's name"), self.merge_name)
        self.merge_into.currentIndexChanged.connect(self._merge_target_changed)
        return page

    def _merge_target_changed(self) -> None:
        new = self.merge_into.currentData() is None
        self.merge_code.setEnabled(new)
        self.merge_name.setEnabled(new)

    def _split_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.split_agency = self._agency_combo()
        form.addRow(self.tr("Agency to split"), self.split_agency)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Choose which agency takes over each task:")))
        self.split_table = QTableWidget(0, 2)
        self.split_table.setHorizontalHeaderLabels([self.tr("Task"), self.tr("Successor")])
        self.split_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.split_table.verticalHeader().hide()
        self.split_table.setWordWrap(False)
        layout.addWidget(self.split_table)
        self.split_agency.currentIndexChanged.connect(self._fill_split_table)
        self._fill_split_table()
        everyone = QHBoxLayout()
        self.split_all = self._agency_combo()
        give = QPushButton(self.tr("Give every task to"))
        give.setObjectName("give_all")
        give.clicked.connect(self._give_all)
        everyone.addWidget(give)
        everyone.addWidget(self.split_all, 1)
        layout.addLayout(everyone)
        return page

    def _fill_split_table(self) -> None:
        code = self.split_agency.currentData()
        tasks = [
            t
            for t in self.plan.tasks()
            if code in t.agencies(Role.LEAD) + t.agencies(Role.COORDINATING)
        ]
        self.split_table.setRowCount(len(tasks))
        for row, task in enumerate(tasks):
            item = QTableWidgetItem(f"{task.code} {task.activities[0]}")
            item.setData(CODE, task.code)
            item.setToolTip(task.title)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.split_table.setItem(row, 0, item)
            combo = self._agency_combo()
            combo.removeItem(combo.findData(code))
            combo.insertItem(0, self.tr("Choose…"), None)
            combo.setCurrentIndex(0)
            self.split_table.setCellWidget(row, 1, combo)
        self.split_table.resizeColumnToContents(1)

    def _give_all(self) -> None:
        """Set every task without a successor yet to the one chosen beside the button."""
        target = self.split_all.currentData()
        for row in range(self.split_table.rowCount()):
            combo = self.split_table.cellWidget(row, 1)
            if combo.currentData() is None and target != self.split_agency.currentData():
                combo.setCurrentIndex(combo.findData(target))

    def _end_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.end_list = self._checklist()
        form.addRow(self.tr("End these agencies"), self.end_list)
        return page

    def _members_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.members_group = QComboBox()
        for group in self.collectives:
            self.members_group.addItem(group.name, group.code)
        self.members_list = self._checklist()
        form.addRow(self.tr("Group"), self.members_group)
        form.addRow(self.tr("Its members"), self.members_list)
        self.members_group.currentIndexChanged.connect(self._tick_members)
        self.effective.dateChanged.connect(self._tick_members)
        self._tick_members()
        return page

    def _tick_members(self) -> None:
        """Tick the chosen group's members as on the effective date."""
        code = self.members_group.currentData()
        members = set(self.plan.agency(code).members_on(self.effective_on())) if code else set()
        for i in range(self.members_list.count()):
            item = self.members_list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(CODE) in members else Qt.CheckState.Unchecked)

    # applying ------------------------------------------------------------------------------------

    @staticmethod
    def _checked(listing: QListWidget) -> list[str]:
        return [
            listing.item(i).data(CODE)
            for i in range(listing.count())
            if listing.item(i).checkState() == Qt.CheckState.Checked
        ]

    def effective_on(self) -> date:
        return self.effective.date().toPython()

    def apply(self) -> None:
        """Run the chosen change; on a refusal say why beside the fields and keep the dialog open."""
        day = self.effective_on()
        operation = self.operation.currentIndex()
        if operation == ADD:
            change = AgencyChange(
                ChangeKind.ADD, day, code=self.add_code.text(), name=self.add_name.text(),
                agency_kind=AgencyKind(self.add_kind.currentData()), groups=self._checked(self.add_groups),
            )
        elif operation == RENAME:
            change = AgencyChange(ChangeKind.RENAME, day, code=self.rename_agency.currentData(), name=self.rename_name.text())
        elif operation == MERGE:
            into = self.merge_into.currentData()
            change = AgencyChange(
                ChangeKind.MERGE, day, codes=self._checked(self.merge_from), into=into or self.merge_code.text(),
                name=None if into else self.merge_name.text(),
            )
        elif operation == SPLIT:
            successors: dict[str, list[str]] = {}
            for row in range(self.split_table.rowCount()):
                target = self.split_table.cellWidget(row, 1).currentData()
                if target is not None:  # a task left without one is named in the refusal
                    successors.setdefault(target, []).append(self.split_table.item(row, 0).data(CODE))
            change = AgencyChange(ChangeKind.SPLIT, day, code=self.split_agency.currentData(), successors=successors)
        elif operation == END:
            change = AgencyChange(ChangeKind.END, day, codes=self._checked(self.end_list))
        else:
            change = AgencyChange(ChangeKind.MEMBERS, day, code=self.members_group.currentData(), codes=self._checked(self.members_list))
        try:
            changes = self.runner.run(self.tr("Agency change"), change_agencies, change, origin=self)
        except UserError as error:
            self.error.setText(error.render(translate))
            return
        self.result_changes = changes
        self.accept()
