"""Who has reported: a matrix agencies × periods, and for one period the lists that matter."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QListWidget,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.completeness import AgencyCompleteness, Completeness
from ..domain.plan import Plan
from ..storage.database import Database
from ..storage.periods import list_periods
from ..storage.plan_store import read_plan
from ..storage.reports import completeness_matrix, period_overdue_tasks

_Index = QModelIndex | QPersistentModelIndex
COMPLETE, PARTIAL, NONE, NOT_EXPECTED = QColor("#c8e6c9"), QColor("#fff3c4"), QColor("#ffcdd2"), QColor("#eeeeee")


class CompletenessMatrixModel(QAbstractTableModel):
    """Rows: agencies expected in any period; columns: periods; a cell: received / expected."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._periods: list[Completeness] = []
        self._agencies: list[tuple[str, str]] = []  # (code, name)
        self._cells: dict[tuple[str, str], AgencyCompleteness] = {}

    def set_matrix(self, plan: Plan, periods: list[Completeness]) -> None:
        self.beginResetModel()  # new figures for every cell: the whole table changes
        self._periods = periods
        self._cells = {(p.period, a.agency): a for p in periods for a in p.agencies}
        expected = {a for _, a in self._cells}
        self._agencies = [(a.code, a.name) for a in plan.agencies if a.code in expected]
        self.endResetModel()

    def cell(self, index: _Index) -> tuple[str, str, AgencyCompleteness | None]:
        code = self._agencies[index.row()][0]
        period = self._periods[index.column()].period
        return code, period, self._cells.get((period, code))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._agencies)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._periods)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._periods[section].period
        return self._agencies[section][1]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        _code, _period, entry = self.cell(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{entry.received}/{len(entry.expected)}" if entry else "–"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if entry is None:
                return QBrush(NOT_EXPECTED)
            return QBrush(COMPLETE if not entry.missing else NONE if entry.received == 0 else PARTIAL)
        if role == Qt.ItemDataRole.ToolTipRole and entry:
            return self.tr("On time {on_time}, late {late}, missing {missing}").format(
                on_time=len(entry.on_time), late=len(entry.late), missing=len(entry.missing)
            )
        return None


class CompletenessView(QWidget):
    def __init__(self, database: Database, period: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.period = period
        self._plan: Plan | None = None
        self.model = CompletenessMatrixModel(self)
        self.matrix = QTableView()
        self.matrix.setObjectName("completeness_matrix")
        self.matrix.setModel(self.model)
        self.matrix.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.matrix.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.cell_title = QLabel()
        self.cell_title.setWordWrap(True)
        self.cell_tasks = QListWidget()
        self.cell_tasks.setObjectName("cell_tasks")
        self.cell_tasks.setWordWrap(True)
        drill = QWidget()
        drill_layout = QVBoxLayout(drill)
        drill_layout.setContentsMargins(0, 0, 0, 0)
        drill_layout.addWidget(self.cell_title)
        drill_layout.addWidget(self.cell_tasks)

        self.summary = QLabel()
        self.summary.setObjectName("completeness_summary")
        self.not_reported = QListWidget()
        self.late = QListWidget()
        self.overdue = QListWidget()
        self.lists = QTabWidget()
        self.lists.addTab(self.not_reported, "")
        self.lists.addTab(self.late, "")
        self.lists.addTab(self.overdue, "")

        top = QSplitter()
        top.addWidget(self.matrix)
        top.addWidget(drill)
        top.setStretchFactor(0, 3)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.summary)
        bottom_layout.addWidget(self.lists)
        vertical = QSplitter(Qt.Orientation.Vertical)
        vertical.addWidget(top)
        vertical.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.addWidget(vertical)
        self.matrix.selectionModel().currentChanged.connect(self._drill_down)
        self.refresh()

    def set_period(self, period: str) -> None:
        self.period = period
        self.refresh()

    def refresh(self) -> None:
        with self.database.transaction() as session:
            self._plan = read_plan(session)
            codes = [p.code for p in list_periods(session)]
            if self.period not in codes:
                codes.append(self.period)
            matrix = completeness_matrix(session, codes)
            overdue = period_overdue_tasks(session, self.period)
        self.model.set_matrix(self._plan, matrix)
        current = next(c for c in matrix if c.period == self.period)
        name = lambda code: self._plan.agency(code).name  # noqa: E731
        self.summary.setText(
            self.tr(
                "Period {period} (due {due:%d/%m/%Y}): expected {expected}, received {received} ({ratio:.0%}), "
                "on time {on_time}, late {late}, missing {missing}."
            ).format(
                period=current.period, due=current.due_on, expected=current.expected, received=current.received,
                ratio=current.ratio, on_time=current.on_time, late=current.late, missing=current.missing,
            )
        )
        self.not_reported.clear()
        for entry in current.not_reported():
            self.not_reported.addItem(
                self.tr("{name}: {missing} of {expected} missing").format(
                    name=name(entry.agency), missing=len(entry.missing), expected=len(entry.expected)
                )
            )
        self.late.clear()
        for entry in current.reported_late():
            self.late.addItem(
                self.tr("{name}: late for {tasks}").format(name=name(entry.agency), tasks=", ".join(entry.late))
            )
        self.overdue.clear()
        tasks = {t.code: t for t in self._plan.tasks()}
        for code in overdue:
            self.overdue.addItem(f"{code} ({tasks[code].deadline}): {tasks[code].activities[0]}")
        self.lists.setTabText(0, self.tr("Not reported ({count})").format(count=self.not_reported.count()))
        self.lists.setTabText(1, self.tr("Reported late ({count})").format(count=self.late.count()))
        self.lists.setTabText(2, self.tr("Overdue tasks ({count})").format(count=self.overdue.count()))
        self._drill_down(self.matrix.currentIndex())

    def _drill_down(self, index: _Index) -> None:
        self.cell_tasks.clear()
        if not index.isValid():
            self.cell_title.setText(self.tr("Choose a cell to see the missing and late tasks."))
            return
        code, period, entry = self.model.cell(index)
        self.cell_title.setText(f"<b>{self._plan.agency(code).name}</b> — {period}")
        if entry is None:
            self.cell_tasks.addItem(self.tr("Nothing expected in this period."))
            return
        tasks = {t.code: t for t in self._plan.tasks()}
        for task in entry.missing:
            self.cell_tasks.addItem(self.tr("Missing: {code} {title}").format(code=task, title=tasks[task].activities[0]))
        for task in entry.late:
            self.cell_tasks.addItem(self.tr("Late: {code} {title}").format(code=task, title=tasks[task].activities[0]))
        if not entry.missing and not entry.late:
            self.cell_tasks.addItem(self.tr("All reports received on time."))
