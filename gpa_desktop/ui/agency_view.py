"""Agencies grouped by kind; for the one selected, the tasks it leads and coordinates this period."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QTableView, QTreeView, QVBoxLayout, QWidget

from ..domain.dates import is_on_time, vietnam_date
from ..domain.plan import AgencyKind, Plan, Role
from ..operations import Workspace
from ..operations.completeness import agency_period
from .empty_hint import EmptyHint

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class DutyRow:
    task: str
    title: str
    role: Role
    via: str | None  # the collective's name, when assigned through one
    reported: bool
    status: str
    percent: int | None
    received_at: datetime | None
    late: bool


class DutyTableModel(QAbstractTableModel):
    """The selected agency's duties with this period's report status."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[DutyRow] = []

    def headers(self) -> list[str]:
        return [
            self.tr("Code"), self.tr("Task"), self.tr("Role"), self.tr("Status"), self.tr("Progress"), self.tr("Received")
        ]

    def set_rows(self, rows: list[DutyRow]) -> None:
        self.beginResetModel()  # a different agency or period: a new list, not an edit
        self._rows = rows
        self.endResetModel()

    def row(self, index: _Index) -> DutyRow:
        return self._rows[index.row()]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 2:
                text = self.tr("Lead") if row.role is Role.LEAD else self.tr("Coordinating")
                return self.tr("{role} (through {group})").format(role=text, group=row.via) if row.via else text
            if column == 3:
                return (row.status or self.tr("(no status)")) if row.reported else self.tr("Not reported")
            if column == 5:
                if row.received_at is None:
                    return ""
                day = f"{vietnam_date(row.received_at):%d/%m/%Y}"
                return self.tr("{day} (late)").format(day=day) if row.late else day
            percent = "" if row.percent is None else f"{row.percent}%"
            return (row.task, row.title, None, None, percent)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return row.title
        if role == Qt.ItemDataRole.ForegroundRole:
            if (column == 3 and not row.reported) or (column == 5 and row.late):
                return QBrush(QColor("#b71c1c"))
        if role == Qt.ItemDataRole.FontRole and column == 3 and not row.reported:
            font = QFont()
            font.setItalic(True)
            return font
        if role == CODE_ROLE:
            return row.task
        return None


class AgencyView(QWidget):
    """Double-clicking a task asks for its report form: ``reportRequested(task, agency)``."""

    reportRequested = Signal(str, str)

    def __init__(self, ws: Workspace, shared, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.shared = ws, shared
        self.period = shared.period
        self._plan: Plan | None = None
        self._successions: list = []
        self.agencies = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.agencies)
        self.tree.setHeaderHidden(True)
        self.tree.setObjectName("agency_tree")
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.duties = DutyTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("duty_table")
        self.table.setModel(self.duties)
        self.empty = EmptyHint(self.table, self.tr("The tasks the chosen agency leads or coordinates in this period, with their reports, appear here."))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([360, 920])  # agency names are long: let them show whole
        outer = QVBoxLayout(self)
        outer.addWidget(splitter)
        self.tree.selectionModel().currentChanged.connect(self._show_selected)
        self.table.doubleClicked.connect(self._open_report)
        self.refresh()

    @staticmethod
    def kind_labels() -> dict[AgencyKind, str]:
        """The groups of the agency tree, in their order (also the kinds offered for a new agency)."""
        return {kind: QCoreApplication.translate("AgencyKind", kind.group_name) for kind in AgencyKind}

    def set_period(self, period: str) -> None:
        self.period = period
        self.refresh()

    def refresh(self) -> None:
        """Re-read agencies (after an agency change or import) and keep the selection."""
        selected = self.selected_agency()
        self._plan = self.shared.plan
        self._shown = agency_period(self.ws, self.period)
        self._successions = self._shown.successions
        self.agencies.clear()
        for kind, label in self.kind_labels().items():
            members = [a for a in self._plan.agencies if a.kind is kind]
            if not members:
                continue
            group = QStandardItem(f"{label} ({len(members)})")
            group.setEditable(False)
            group.setSelectable(False)
            for agency in members:
                item = QStandardItem(self._label(agency))
                item.setData(agency.code, CODE_ROLE)
                item.setEditable(False)
                item.setToolTip(self._history(agency))
                if agency.ended_on is not None:
                    item.setForeground(QBrush(QColor("#757575")))
                for member in agency.members:
                    child = QStandardItem(self._plan.agency(member).name)
                    child.setData(member, CODE_ROLE)
                    child.setEditable(False)
                    item.appendRow(child)
                group.appendRow(item)
            self.agencies.appendRow(group)
        self.tree.expandToDepth(0)
        if selected:
            self.select_agency(selected)
        else:
            self._show_selected(self.tree.currentIndex())

    def _label(self, agency) -> str:
        if agency.ended_on is not None:
            return self.tr("{name} (ended {day})").format(name=agency.name, day=f"{agency.ended_on:%d/%m/%Y}")
        if agency.is_collective:
            return self.tr("{name} ({count} members)").format(name=agency.name, count=len(agency.members))
        return agency.name

    def _history(self, agency) -> str:
        """Earlier names, and who took over or was taken over, for the tooltip and the heading."""
        name = lambda code: self._plan.agency(code).name  # noqa: E731
        lines = [
            self.tr("Called {name} from {day}").format(name=n, day=f"{day:%d/%m/%Y}") for day, n in agency.names[1:]
        ]
        for s in self._successions:
            if s.predecessor == agency.code:
                lines.append(self.tr("From {day} its tasks went to {name}").format(day=f"{s.effective_on:%d/%m/%Y}", name=name(s.successor)))
            if s.successor == agency.code:
                lines.append(self.tr("From {day} it took over from {name}").format(day=f"{s.effective_on:%d/%m/%Y}", name=name(s.predecessor)))
        return "\n".join(lines)

    def selected_agency(self) -> str | None:
        index = self.tree.currentIndex()
        return index.data(CODE_ROLE) if index.isValid() else None

    def select_agency(self, code: str) -> None:
        matches = self.agencies.match(self.agencies.index(0, 0), CODE_ROLE, code, 1, Qt.MatchFlag.MatchRecursive)
        if matches:
            self.tree.setCurrentIndex(matches[0])

    def _show_selected(self, index: _Index) -> None:
        code = index.data(CODE_ROLE) if index.isValid() else None
        if code is None or self._plan is None:
            self.title.setText(self.tr("Choose an agency on the left."))
            self.duties.set_rows([])
            return
        agency = self._plan.agency(code)
        shown = self._shown = agency_period(self.ws, self.period)
        day, due_on = shown.period.period.ends_on, shown.period.due_on
        labels, every = self.shared.labels, shown.reports
        reports = {r.task: r for r in every if r.agency == code}
        # Who does what is decided on the period's last day, as completeness counts it:
        # after a merge the old agency keeps its duties for the periods before.
        if agency.is_collective:
            duties = [
                (t.code, a.role, None)
                for t in self._plan.tasks()
                for a in t.assignments
                if a.agency == code and a.holds_on(day)
            ]
        else:
            duties = [(d.task, d.role, d.via) for d in self._plan.duties_of(code, day)]
        rows = []
        for task, role, via in duties:
            report = reports.get(task)
            received = report.received_at if report else None
            rows.append(
                DutyRow(
                    task=task,
                    title=self._plan.task(task).activities[0],
                    role=role,
                    via=self._plan.agency(via).name if via else None,
                    reported=report is not None,
                    status=labels.get(report.values.status, "") if report and report.values.status else "",
                    percent=report.values.percent if report else None,
                    received_at=received,
                    late=not is_on_time(received, due_on),
                )
            )
        if agency.is_collective:  # a group files nothing itself: say how many of its members have
            members = set(agency.members_on(day))
            filed = {(r.task, r.agency) for r in every if r.agency in members}
            rows = [
                replace(
                    row,
                    reported=True,
                    status=self.tr("{received} of {count} members reported").format(
                        received=sum((row.task, m) in filed for m in members), count=len(members)
                    ),
                )
                for row in rows
            ]
        rows.sort(key=lambda r: r.role is not Role.LEAD)  # the tasks it leads first, each part in plan order
        led = sum(1 for r in rows if r.role is Role.LEAD)
        text = self.tr("<b>{name}</b> — leads {led} and coordinates {coordinated} tasks; period {period}").format(
            name=agency.name_on(day), led=led, coordinated=len(rows) - led, period=self.period
        )
        if agency.name_on(day) != agency.name:
            text += "<br>" + self.tr("Now called {name}.").format(name=agency.name)
        history = self._history(agency)
        if history:
            text += "<br><i>" + history.replace("\n", "<br>") + "</i>"
        if not rows and agency.ended_on is not None and agency.ended_on <= day:
            text += "<br>" + self.tr("Nothing is expected of it in this period.")
        if agency.is_collective and not agency.members_on(day):
            text += "<br><span style='color:#b71c1c'>" + self.tr(
                "No agency belongs to this group in this period, so nobody is expected to report on its tasks. "
                "Choose its members in Lists → Agency changes… → Members of a group."
            ) + "</span>"
        self.title.setText(text)
        self.duties.set_rows(rows)

    def _open_report(self, index: _Index) -> None:
        code = self.selected_agency()
        if code and index.isValid() and not self._plan.agency(code).is_collective:
            self.reportRequested.emit(self.duties.row(index).task, code)
