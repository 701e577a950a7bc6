"""The plan as a Qt tree: groups → tasks → activities, with each task's status for the chosen period.

The cells are Qt's own items (QStandardItemModel), so the view, the filter proxy and expandAll walk the
tree in C++: a model answering index() and data() in Python made every keystroke thousands of Python calls.
Python keeps a Node per row (its plan object, folded search text and items); the filter decides on the
Nodes and writes one flag per row (SHOWN_ROLE) that the proxy reads in C++."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSignalBlocker
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPainterPath, QPixmap, QStandardItem, QStandardItemModel

from ..domain.plan import Plan, Role, Task
from ..domain.reports import TaskProgress
from ..domain.text import fold

_Index = QModelIndex | QPersistentModelIndex
# Qt.ItemDataRole's values, by number: the first name taken from PySide's `Qt` namespace builds all of its
# 93 Python enums (20 ms), which the tree's first paint need not wait for (tests/test_startup.py).
_DISPLAY, _ICON, _TIP, _FONT, _BACK, _USER = 0, 1, 3, 6, 8, 256  # Display, Decoration, ToolTip, Font, Background, User
NODE_ROLE = _USER + 1  # the Node behind a row (its first column); survives the proxy
SHOWN_ROLE = _USER + 2  # SHOWN while the filters show the row (PlanFilterProxy writes it)
SHOWN = "1"
COLUMNS = 6  # code, task, lead, deadline, status, progress
CODE, CONTENT, LEAD, DEADLINE, STATUS, PERCENT = range(6)
# Every cell is a copy of this one: enabled and selectable, not editable nor dragged (one call a cell).
_PROTOTYPE = QStandardItem()
_PROTOTYPE.setEditable(False)
_PROTOTYPE.setDragEnabled(False)
_PROTOTYPE.setDropEnabled(False)
_BOLD = QFont()
_BOLD.setBold(True)
STATUS_COLOURS = {"not_started": "#eeeeee", "in_progress": "#bbdefb", "done": "#c8e6c9", "behind": "#ffcdd2"}
# A dot beside the status, so it reads without colour vision of the background too.
DOT_COLOURS = {"not_started": "#9e9e9e", "in_progress": "#1e88e5", "done": "#43a047", "behind": "#e53935"}
_DOTS: dict[str, QIcon] = {}
_BRUSHES: dict[str, QBrush] = {}


def status_icon(status: str) -> QIcon:
    """A filled dot in the status's colour (made once per status, after the application exists)."""
    if status not in _DOTS:
        pixmap = QPixmap(12, 12)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dot = QPainterPath()
        dot.addEllipse(1, 1, 10, 10)
        painter.fillPath(dot, QColor(DOT_COLOURS.get(status, "#9e9e9e")))  # filled, no outline
        painter.end()
        _DOTS[status] = QIcon(pixmap)
    return _DOTS[status]


def _brush(status: str) -> QBrush:
    if status not in _BRUSHES:
        _BRUSHES[status] = QBrush(QColor(STATUS_COLOURS.get(status, "#ffffff")))
    return _BRUSHES[status]


def _cell(text: str | None = None) -> QStandardItem:
    item = _PROTOTYPE.clone()
    if text:
        item.setData(text, _DISPLAY)
        item.setData(text, _TIP)
    return item


def _set_text(item: QStandardItem, text: str | None) -> None:
    item.setData(text or None, _DISPLAY)
    item.setData(text or None, _TIP)


@dataclass(eq=False)
class Node:
    kind: str  # "group", "task", "activity"
    code: str
    text: str
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    task: Task | None = None
    words: str = ""  # what the filter finds the row by, as written: a task's code and agency names, an activity's text
    items: list[QStandardItem] = field(default_factory=list)  # the row's cells, column by column
    shown: bool = True  # what SHOWN_ROLE says (PlanFilterProxy keeps both)
    lead: str = ""  # the lead column's text, to rewrite only the cells that change
    _folded: str | None = field(default=None, repr=False)
    _folded_all: str | None = field(default=None, repr=False)

    @property
    def search(self) -> str:
        """The folded *words* the filter matches, folded when first asked for (just after the first paint:
        MainWindow.finish_start), not at load: folding every row was a tenth of the tree's build before that paint."""
        if self._folded is None:
            self._folded = fold(self.words)
        return self._folded

    @property
    def search_all(self) -> str:
        """The folded words of the row and of its children, one per line: a text not in it is in none of them
        (the filter rejects most tasks with one look, without looking at their activities)."""
        if self._folded_all is None:
            self._folded_all = "\n".join([self.search, *(child.search for child in self.children)])
        return self._folded_all

    def set_words(self, words: str) -> None:
        self.words, self._folded = words, None
        if self.parent is not None:
            self.parent._folded_all = None
        self._folded_all = None

    def row(self) -> int:
        return self.items[0].row() if self.items else 0


class PlanTreeModel(QStandardItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._set_headings()
        self.root = Node("root", "", "")
        self.plan: Plan | None = None
        self.progress: dict[str, TaskProgress] = {}
        self.status_labels: dict[str, str] = {}
        self.day = None  # the chosen period's last day: the lead column names the agencies of that day
        self._tasks: dict[str, Node] = {}

    # loading -------------------------------------------------------------------------------------

    def load(self, plan: Plan, progress: dict[str, TaskProgress], status_labels: dict[str, str]) -> None:
        """A database opened: everything is new (one reset, then one insertion per group)."""
        self.clear()
        self._set_headings()
        self.plan, self.progress, self.status_labels = plan, progress, status_labels
        self.root = Node("root", "", "")
        self._tasks = {}
        for group in plan.groups:
            node = Node("group", group.code, group.title, self.root, words=f"{group.code} {group.title}")
            node.items = [_cell(group.code), _cell(group.title), *(_cell() for _ in range(COLUMNS - 2))]
            for item in node.items[:2]:
                item.setData(_BOLD, _FONT)
            self._first_cell(node)
            self.root.children.append(node)
            for task in group.tasks:
                child = self._task_node(task, node)
                node.children.append(child)
                node.items[0].appendRow(child.items)
            self.appendRow(node.items)

    def _first_cell(self, node: Node) -> None:
        node.items[0].setData(node, NODE_ROLE)
        node.items[0].setData(SHOWN, SHOWN_ROLE)

    def _words(self, task: Task) -> str:
        """A task is found by its code and by every name its agencies carried (a former name finds a merged agency's tasks)."""
        names = {name for a in task.assignments for _since, name in self.plan.agency(a.agency).names}
        names.update(self.plan.agency(a.agency).name for a in task.assignments)
        return " ".join([task.code, *sorted(names)])

    def _lead(self, task: Task) -> str:
        day = self.day
        agency = self.plan.agency
        return "; ".join(agency(a).name if day is None else agency(a).name_on(day) for a in task.agencies(Role.LEAD, day))

    def _task_node(self, task: Task, parent: Node) -> Node:
        node = Node("task", task.code, task.activities[0], parent, task=task, words=self._words(task), lead=self._lead(task))
        node.items = [_cell(task.code), _cell(node.text), _cell(node.lead), _cell(task.deadline), _cell(), _cell()]
        self._first_cell(node)
        self._show_progress(node, self.progress.get(task.code))
        node.children = [self._activity_node(node, i, text) for i, text in enumerate(task.activities)]
        for child in node.children:
            node.items[0].appendRow(child.items)
        self._tasks[task.code] = node
        return node

    def _activity_node(self, task: Node, i: int, text: str) -> Node:
        node = Node("activity", f"{task.code}.{i + 1}", text, task, words=text)
        node.items = [_cell("–"), _cell(text), *(_cell() for _ in range(COLUMNS - 2))]
        self._first_cell(node)
        return node

    def _show_progress(self, node: Node, progress: TaskProgress | None) -> None:
        """The status and percent cells (short enough to need no tooltip: five calls a task on a period switch)."""
        status, percent = node.items[STATUS], node.items[PERCENT]
        if progress and progress.status:
            label = self.status_labels.get(progress.status, progress.status)
            brush = _brush(progress.status)
            status.setData(f"{label} ({progress.received}/{progress.expected})", _DISPLAY)
            status.setData(status_icon(progress.status), _ICON)
            status.setData(brush, _BACK)
            percent.setData(brush, _BACK)
        else:
            status.setData(None, _DISPLAY)
            status.setData(None, _ICON)
            status.setData(None, _BACK)
            percent.setData(None, _BACK)
        percent.setData(f"{progress.percent}%" if progress and progress.percent is not None else None, _DISPLAY)

    def _quietly_rewrite(self, column: int, rewrite, roles: list) -> None:
        """Run *rewrite(task node)* → whether it changed a cell, for every task, without a signal per cell;
        then one dataChanged per group spanning its changed rows (650 separate signals made a period switch slow)."""
        for group in self.root.children:
            rows = []
            with QSignalBlocker(self):
                for row, node in enumerate(group.children):
                    if rewrite(node):
                        rows.append(row)
            if rows:
                top, bottom = group.children[rows[0]].items[column], group.children[rows[-1]].items[-1 if column == STATUS else column]
                self.dataChanged.emit(top.index(), bottom.index(), roles)

    def set_progress(self, progress: dict[str, TaskProgress]) -> None:
        """Another period, or reports changed: only the status cells of changed tasks are rewritten."""
        old, self.progress = self.progress, progress

        def rewrite(node: Node) -> bool:
            new = progress.get(node.code)
            if old.get(node.code) == new:
                return False
            self._show_progress(node, new)
            return True

        self._quietly_rewrite(STATUS, rewrite, [_DISPLAY, _ICON, _BACK])

    def replace_task(self, task: Task) -> None:
        """A task was edited: refresh its row and, if the number of activities changed, its children."""
        node = self._tasks[task.code]
        first = node.items[0]
        old, new = len(node.children), len(task.activities)
        if new < old:
            first.removeRows(new, old - new)
            del node.children[new:]
        elif new > old:
            added = [self._activity_node(node, i, text) for i, text in enumerate(task.activities[old:], start=old)]
            node.children.extend(added)
            for child in added:
                first.appendRow(child.items)
        node.task, node.text = task, task.activities[0]
        node.lead = self._lead(task)
        node.set_words(self._words(task))
        for column, text in ((CONTENT, node.text), (LEAD, node.lead), (DEADLINE, task.deadline)):
            _set_text(node.items[column], text)
        for i, (child, text) in enumerate(zip(node.children, task.activities)):
            child.code, child.text = f"{task.code}.{i + 1}", text
            child.set_words(text)
            _set_text(child.items[CONTENT], text)

    def set_day(self, day) -> None:
        """Another period: the lead column names the agencies in force on its last day, by their names then."""
        if day == self.day:
            return
        old, self.day = self.day, day
        if self.plan is None or self.plan.era(day) == self.plan.era(old):
            return  # no assignment nor name changed between the two days: every lead cell stays

        def rewrite(node: Node) -> bool:
            lead = self._lead(node.task)
            if lead == node.lead:
                return False
            node.lead = lead
            _set_text(node.items[LEAD], lead)
            return True

        self._quietly_rewrite(LEAD, rewrite, [_DISPLAY, _TIP])

    def fold_words(self) -> None:
        """Fold every row's words now (just after the first paint), so the first keystroke in the filter need not."""
        for group in self.root.children:
            group.search  # noqa: B018 - folds and keeps it
            for task in group.children:
                task.search_all  # noqa: B018 - folds the task's and its activities' words

    def task_count(self) -> int:
        return len(self._tasks)

    def task_index(self, code: str) -> QModelIndex:
        node = self._tasks.get(code)
        return node.items[0].index() if node else QModelIndex()

    def node(self, index: _Index) -> Node:
        """The Node of *index*'s row (the root for none)."""
        return index.siblingAtColumn(0).data(NODE_ROLE) if index.isValid() else self.root

    def _set_headings(self) -> None:
        """The columns' headings as Qt's own header items (clear() drops them). A headerData in Python was
        called with a Qt.Orientation, whose conversion built PySide's whole `Qt` namespace before the first paint."""
        self.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Task"), self.tr("Lead"), self.tr("Deadline"), self.tr("Status"), self.tr("Progress")]
        )
