"""The plan as a Qt tree: groups → tasks → activities, with each task's status for the chosen period."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap

from ..domain.plan import Plan, Role, Task
from ..domain.reports import TaskProgress
from ..domain.text import fold

_Index = QModelIndex | QPersistentModelIndex
NODE_ROLE = Qt.ItemDataRole.UserRole + 1  # the Node behind a row; survives the proxy
COLUMNS = 6  # code, task, lead, deadline, status, progress
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # made once: the view asks for every row
CODE, CONTENT, LEAD, DEADLINE, STATUS, PERCENT = range(6)
_BOLD = QFont()
_BOLD.setBold(True)
STATUS_COLOURS = {"not_started": "#eeeeee", "in_progress": "#bbdefb", "done": "#c8e6c9", "behind": "#ffcdd2"}
# A dot beside the status, so it reads without colour vision of the background too.
DOT_COLOURS = {"not_started": "#9e9e9e", "in_progress": "#1e88e5", "done": "#43a047", "behind": "#e53935"}
_DOTS: dict[str, QIcon] = {}


def status_icon(status: str) -> QIcon:
    """A filled dot in the status's colour (made once per status, after the application exists)."""
    if status not in _DOTS:
        pixmap = QPixmap(12, 12)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(DOT_COLOURS.get(status, "#9e9e9e")))
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        _DOTS[status] = QIcon(pixmap)
    return _DOTS[status]


@dataclass(eq=False)
class Node:
    kind: str  # "group", "task", "activity"
    code: str
    text: str
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    task: Task | None = None
    search: str = ""  # folded text the filter matches: a task's code and agency names, an activity's text

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class PlanTreeModel(QAbstractItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.root = Node("root", "", "")
        self.plan: Plan | None = None
        self.progress: dict[str, TaskProgress] = {}
        self.status_labels: dict[str, str] = {}
        self.day = None  # the chosen period's last day: the lead column names the agencies of that day
        self._tasks: dict[str, Node] = {}

    # loading -------------------------------------------------------------------------------------

    def load(self, plan: Plan, progress: dict[str, TaskProgress], status_labels: dict[str, str]) -> None:
        self.beginResetModel()  # a database opened: everything is new
        self.plan, self.progress, self.status_labels = plan, progress, status_labels
        self.root = Node("root", "", "")
        self._tasks = {}
        for group in plan.groups:
            group_node = Node("group", group.code, group.title, self.root, search=fold(f"{group.code} {group.title}"))
            self.root.children.append(group_node)
            for task in group.tasks:
                group_node.children.append(self._task_node(task, group_node))
        self.endResetModel()

    def _search(self, task: Task) -> str:
        """A task is found by its code and by every name its agencies carried (a former name finds a merged agency's tasks)."""
        names = {name for a in task.assignments for _since, name in self.plan.agency(a.agency).names}
        names.update(self.plan.agency(a.agency).name for a in task.assignments)
        return fold(" ".join([task.code, *sorted(names)]))

    def _task_node(self, task: Task, parent: Node) -> Node:
        node = Node("task", task.code, task.activities[0], parent, task=task, search=self._search(task))
        node.children = [
            Node("activity", f"{task.code}.{i + 1}", text, node, search=fold(text))
            for i, text in enumerate(task.activities)
        ]
        self._tasks[task.code] = node
        return node

    def set_progress(self, progress: dict[str, TaskProgress]) -> None:
        """Another period, or reports changed: only the status columns of changed tasks are signalled,
        one signal per group spanning its changed rows (650 separate signals made a period switch slow)."""
        old, self.progress = self.progress, progress
        roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DecorationRole,
                 Qt.ItemDataRole.BackgroundRole]
        for group in self.root.children:
            rows = [row for row, node in enumerate(group.children) if old.get(node.code) != progress.get(node.code)]
            if rows:
                top = self.createIndex(rows[0], STATUS, group.children[rows[0]])
                bottom = self.createIndex(rows[-1], PERCENT, group.children[rows[-1]])
                self.dataChanged.emit(top, bottom, roles)

    def replace_task(self, task: Task) -> None:
        """A task was edited: refresh its row and, if the number of activities changed, its children."""
        node = self._tasks[task.code]
        parent = self.createIndex(node.row(), 0, node)
        old, new = len(node.children), len(task.activities)
        if new < old:
            self.beginRemoveRows(parent, new, old - 1)
            del node.children[new:]
            self.endRemoveRows()
        elif new > old:
            self.beginInsertRows(parent, old, new - 1)
            node.children.extend(Node("activity", "", "", node) for _ in range(new - old))
            self.endInsertRows()
        node.task, node.text = task, task.activities[0]
        node.search = self._search(task)
        for i, (child, text) in enumerate(zip(node.children, task.activities)):
            child.code, child.text, child.search = f"{task.code}.{i + 1}", text, fold(text)
        self.dataChanged.emit(parent, parent.siblingAtColumn(PERCENT))
        if new:
            self.dataChanged.emit(self.index(0, 0, parent), self.index(new - 1, PERCENT, parent))

    def set_day(self, day) -> None:
        """Another period: the lead column names the agencies in force on its last day, by their names then."""
        if day == self.day:
            return
        self.day = day
        for group in self.root.children:
            if group.children:
                self.dataChanged.emit(
                    self.createIndex(0, LEAD, group.children[0]), self.createIndex(len(group.children) - 1, LEAD, group.children[-1]),
                    [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole],
                )

    def task_count(self) -> int:
        return len(self._tasks)

    def task_index(self, code: str) -> QModelIndex:
        node = self._tasks.get(code)
        return self.createIndex(node.row(), 0, node) if node else QModelIndex()

    # Qt's model interface ------------------------------------------------------------------------

    def node(self, index: _Index) -> Node:
        return index.internalPointer() if index.isValid() else self.root

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:
        # The bounds checked here, not by hasIndex (which calls back into rowCount and columnCount):
        # the view and the filter ask for thousands of indexes on each keystroke.
        if parent.isValid():
            if parent.column() != 0:
                return QModelIndex()
            children = parent.internalPointer().children
        else:
            children = self.root.children
        if 0 <= row < len(children) and 0 <= column < COLUMNS:
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self.node(index).parent
        if parent is None or parent is self.root:
            return QModelIndex()
        return self.createIndex(parent.row(), 0, parent)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        if parent.isValid():
            return len(parent.internalPointer().children) if parent.column() == 0 else 0
        return len(self.root.children)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Code"), self.tr("Task"), self.tr("Lead"), self.tr("Deadline"), self.tr("Status"), self.tr("Progress")
            )[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node = self.node(index)
        if role == NODE_ROLE:
            return node
        column = index.column()
        progress = self.progress.get(node.code) if node.kind == "task" else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == CODE:
                return node.code if node.kind != "activity" else "–"
            if column == CONTENT:
                return node.text
            if node.kind != "task":
                return None
            if column == LEAD:
                day = self.day
                name = (lambda code: self.plan.agency(code).name) if day is None else (lambda code: self.plan.agency(code).name_on(day))  # noqa: E731
                return "; ".join(name(a) for a in node.task.agencies(Role.LEAD, day))
            if column == DEADLINE:
                return node.task.deadline
            if column == STATUS and progress and progress.status:
                label = self.status_labels.get(progress.status, progress.status)
                return f"{label} ({progress.received}/{progress.expected})"
            if column == PERCENT and progress and progress.percent is not None:
                return f"{progress.percent}%"
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS and progress and progress.status:
            return status_icon(progress.status)
        if role == Qt.ItemDataRole.BackgroundRole and column in (STATUS, PERCENT) and progress and progress.status:
            return QBrush(QColor(STATUS_COLOURS.get(progress.status, "#ffffff")))
        if role == Qt.ItemDataRole.FontRole and node.kind == "group":
            return _BOLD
        return None
