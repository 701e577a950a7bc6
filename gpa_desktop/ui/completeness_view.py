"""Who has reported: a matrix agencies × periods, and for one period the lists that matter."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.completeness import AgencyCompleteness, Completeness
from ..domain.dates import vietnam_today
from ..domain.periods import parse_period
from ..domain.plan import AgencyKind, Plan
from ..operations import Workspace
from ..operations.completeness import matrix as completeness_matrix
from ..operations.completeness import overdue as overdue_tasks
from ..operations.plan import progress as task_progress
from .empty_hint import EmptyHint

_Index = QModelIndex | QPersistentModelIndex
ON_TIME, SOME_LATE, PARTIAL, NONE = QColor("#a5d6a7"), QColor("#dcedc8"), QColor("#fff3c4"), QColor("#ffcdd2")
NOT_DUE, NOT_EXPECTED = QColor("#ffffff"), QColor("#eeeeee")
AGENCY_ROLE = Qt.ItemDataRole.UserRole + 1


def cell_colour(entry: AgencyCompleteness | None, due_on: date, today: date) -> QColor:
    """Green: all on time; pale green: all in, some late; yellow: some missing; red: none;
    white: not due yet; grey: nothing expected."""
    if entry is None:
        return NOT_EXPECTED
    if not entry.missing:
        return SOME_LATE if entry.late else ON_TIME
    if today <= due_on:
        return NOT_DUE
    return NONE if entry.received == 0 else PARTIAL


class CompletenessMatrixModel(QAbstractTableModel):
    """Rows: agencies expected in any period; columns: periods; a cell: received / expected."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.today = vietnam_today()
        self._periods: list[Completeness] = []
        self._agencies: list[tuple[str, str]] = []  # (code, name)
        self._cells: dict[tuple[str, str], AgencyCompleteness] = {}

    def set_matrix(self, plan: Plan, periods: list[Completeness]) -> None:
        cells = {(p.period, a.agency): a for p in periods for a in p.agencies}
        expected = {a for _, a in cells}
        agencies = [
            (a.code, a.name if a.ended_on is None else self.tr("{name} (ended {day})").format(name=a.name, day=f"{a.ended_on:%d/%m/%Y}"))
            for a in sorted(plan.agencies, key=lambda a: list(AgencyKind).index(a.kind))  # stable: plan order within a kind
            if a.code in expected
        ]
        same_shape = [c for c, _ in agencies] == [c for c, _ in self._agencies] and [p.period for p in periods] == [
            p.period for p in self._periods
        ]
        if same_shape and self._agencies:
            # After an edit the rows and columns stay: new figures in place keep the officer's cell and scroll.
            self._periods, self._cells, self._agencies = periods, cells, agencies
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)
            return
        self.beginResetModel()  # other agencies or periods: a new table
        self._periods, self._cells, self._agencies = periods, cells, agencies
        self.endResetModel()

    def row_of(self, code: str) -> int | None:
        return next((row for row, (c, _name) in enumerate(self._agencies) if c == code), None)

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
            return QBrush(cell_colour(entry, self._periods[index.column()].due_on, self.today))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#000000"))  # the cell colours are light: keep the text dark in any theme
        if role == Qt.ItemDataRole.ToolTipRole and entry:
            text = self.tr("On time {on_time}, late {late}, missing {missing}").format(
                on_time=len(entry.on_time), late=len(entry.late), missing=len(entry.missing)
            )
            due_on = self._periods[index.column()].due_on
            if self.today <= due_on and entry.missing:
                text += "\n" + self.tr("Not due until {day}.").format(day=f"{due_on:%d/%m/%Y}")
            return text
        return None


class CompletenessView(QWidget):
    def __init__(self, ws: Workspace, shared, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.shared = ws, shared
        self.period = shared.period
        self._plan: Plan | None = None
        self.model = CompletenessMatrixModel(self)
        self.matrix = QTableView()
        self.matrix.setObjectName("completeness_matrix")
        self.matrix.setModel(self.model)
        self.matrix.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.matrix.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.matrix.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.legend = QLabel()
        self.legend.setObjectName("legend")
        self.legend.setWordWrap(True)
        self.cell_title = QLabel()
        self.cell_title.setWordWrap(True)
        self.cell_tasks = QListWidget()
        self.cell_tasks.setObjectName("cell_tasks")
        self.cell_tasks.setWordWrap(True)
        self.cell_tasks.setSpacing(2)
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
        self.hints = [
            EmptyHint(self.not_reported, self.tr("Every agency has sent all its reports for this period.")),
            EmptyHint(self.late, self.tr("No report of this period came in after its due date.")),
            EmptyHint(self.overdue, self.tr("No task with a dated deadline in this period is overdue.")),
        ]
        self.lists = QTabWidget()
        self.lists.addTab(self.not_reported, "")
        self.lists.addTab(self.late, "")
        self.lists.addTab(self.overdue, "")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.matrix)
        left_layout.addWidget(self.legend)
        top = QSplitter()
        top.addWidget(left)
        top.addWidget(drill)
        top.setStretchFactor(0, 3)
        top.setSizes([880, 400])
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.summary)
        bottom_layout.addWidget(self.lists)
        vertical = QSplitter(Qt.Orientation.Vertical)
        vertical.addWidget(top)
        vertical.addWidget(bottom)
        vertical.setSizes([520, 240])
        layout = QVBoxLayout(self)
        layout.addWidget(vertical)
        self.matrix.selectionModel().currentChanged.connect(self._drill_down)
        for listing in (self.not_reported, self.late):
            listing.currentItemChanged.connect(self._show_agency)
        self._set_legend()
        self.refresh()

    def _set_legend(self) -> None:
        # each swatch with its words on one line: the legend wraps between entries, never inside one
        swatch = '<span style="white-space:nowrap"><span style="background:{colour}">&nbsp;&nbsp;&nbsp;&nbsp;</span> {text}</span>'
        parts = [
            (ON_TIME, self.tr("all on time")),
            (SOME_LATE, self.tr("all received, some late")),
            (PARTIAL, self.tr("some missing")),
            (NONE, self.tr("none received")),
            (NOT_DUE, self.tr("not due yet")),
            (NOT_EXPECTED, self.tr("nothing expected")),
        ]
        self.legend.setText(
            self.tr("Cells: received / expected.") + " &nbsp; "
            + " &nbsp; ".join(swatch.format(colour=c.name(), text=t) for c, t in parts)
        )

    def set_period(self, period: str) -> None:
        self.period = period
        self.refresh()

    def refresh(self) -> None:
        self._plan = self.shared.plan
        codes = self.shared.period_codes
        matrix = completeness_matrix(self.ws, codes, self._plan)
        overdue = overdue_tasks(self.ws, self.period, self._plan)
        progress = task_progress(self.ws, self.period, self._plan) if overdue else {}
        labels = self.shared.labels
        self.model.set_matrix(self._plan, matrix)
        self._column = codes.index(self.period)
        current = matrix[self._column]
        self._ends_on = parse_period(self.period).ends_on
        summary = self.tr(
            "Period {period} (due {due:%d/%m/%Y}): expected {expected}, received {received} ({ratio:.0%}), "
            "on time {on_time}, late {late}, missing {missing}."
        ).format(
            period=current.period, due=current.due_on, expected=current.expected, received=current.received,
            ratio=current.ratio, on_time=current.on_time, late=current.late, missing=current.missing,
        )
        if vietnam_today() <= current.due_on:
            summary += " " + self.tr("Reports are not due yet.")
        self.summary.setText(summary)
        self.not_reported.clear()
        for entry in current.not_reported():
            self._add_agency_item(
                self.not_reported,
                entry.agency,
                self.tr("{name}: {missing} of {expected} missing").format(
                    name=self._name(entry.agency), missing=len(entry.missing), expected=len(entry.expected)
                ),
            )
        self.late.clear()
        for entry in current.reported_late():
            self._add_agency_item(
                self.late,
                entry.agency,
                self.tr("{name}: late for {tasks}").format(name=self._name(entry.agency), tasks=", ".join(entry.late)),
            )
        self.overdue.clear()
        for code in overdue:
            state = progress.get(code)
            status = labels.get(state.status, "") if state and state.status else self.tr("not reported")
            task = self._plan.task(code)
            item = QListWidgetItem(f"{code} ({task.deadline}; {status}): {task.activities[0]}")
            item.setToolTip(task.title)
            self.overdue.addItem(item)
        self.lists.setTabText(0, self.tr("Not reported ({count})").format(count=self.not_reported.count()))
        self.lists.setTabText(1, self.tr("Reported late ({count})").format(count=self.late.count()))
        self.lists.setTabText(2, self.tr("Overdue tasks ({count})").format(count=self.overdue.count()))
        self._drill_down(self.matrix.currentIndex())

    def _name(self, code: str) -> str:
        """The name the agency carried in the period shown."""
        return self._plan.agency(code).name_on(self._ends_on)

    @staticmethod
    def _add_agency_item(listing: QListWidget, code: str, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(AGENCY_ROLE, code)
        listing.addItem(item)

    def _show_agency(self, item: QListWidgetItem | None) -> None:
        """Choosing an agency in a list opens its cell for the period: the tasks it still owes."""
        if item is None:
            return
        row = self.model.row_of(item.data(AGENCY_ROLE))
        if row is not None:
            self.matrix.setCurrentIndex(self.model.index(row, self._column))

    def _drill_down(self, index: _Index) -> None:
        self.cell_tasks.clear()
        if not index.isValid():
            self.cell_title.setText(self.tr("Choose a cell to see the missing and late tasks."))
            return
        code, period, entry = self.model.cell(index)
        name = self._plan.agency(code).name_on(parse_period(period).ends_on)
        self.cell_title.setText(f"<b>{name}</b> — {period}")
        if entry is None:
            self.cell_tasks.addItem(self.tr("Nothing expected in this period."))
            return
        for label, codes in ((self.tr("Missing: {code} {title}"), entry.missing), (self.tr("Late: {code} {title}"), entry.late)):
            for task in codes:
                item = QListWidgetItem(label.format(code=task, title=self._plan.task(task).activities[0]))
                item.setToolTip(self._plan.task(task).title)
                self.cell_tasks.addItem(item)
        if not entry.missing and not entry.late:
            self.cell_tasks.addItem(self.tr("All reports received on time."))
