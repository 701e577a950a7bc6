"""The left-hand pane of the plan tab: the filter bar above the plan tree, each task with its status
in the chosen period."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QTreeView, QVBoxLayout, QWidget

from .empty_hint import EmptyHint
from .plan_filter import PlanFilterProxy
from .plan_filter_bar import PlanFilterBar
from .plan_model import CONTENT, NODE_ROLE, PlanTreeModel
from .plan_state import SharedPlan


class PlanPane(QWidget):
    taskChosen = Signal()  # the current task (or none) changed: read selected_task()

    def __init__(self, shared: SharedPlan, progress: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shared = shared
        self.model, self.proxy, self.tree = PlanTreeModel(self), PlanFilterProxy(self), QTreeView()
        self.proxy.setSourceModel(self.model)
        self.proxy.set_day(shared.ends_on)
        self.tree.setObjectName("plan_tree")
        self.tree.setModel(self.proxy)
        # The tree's viewport by Qt's name for it, which the main window and the start-up probe watch for the first
        # paint: viewport() returns a QWidget*, and PySide's first look-up of such a widget's own class makes every
        # QtWidgets class not made yet (70 enums, 17 ms), which the first paint need not wait for.
        self.viewport = self.tree.findChild(QWidget, "qt_scrollarea_viewport")
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.filter_bar = PlanFilterBar(self.proxy, shared.plan, shared.labels)
        self.filter_bar.changed.connect(self._filter_changed)
        self.filter_bar.firstMatchRequested.connect(self._focus_first_match)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.tree)
        self.model.set_day(shared.ends_on)  # the lead column names the agencies of the chosen period's last day
        self.model.load(shared.plan, progress, shared.labels)
        self.tree.expandAll()
        # after the load: watching a tree still empty would make its sentence now, not when a filter empties it
        self.no_match = EmptyHint(self.tree, self.tr("No task matches the filters. Clear them with Ctrl+Shift+L."))
        self.tree.setIndentation(14)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column, width in ((0, 84), (2, 130), (3, 98), (4, 172), (5, 48)):
            header.resizeSection(column, max(width, header.sectionSizeFromContents(column).width()))  # the heading whole
        header.setSectionResizeMode(CONTENT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._announce())
        self._announced: str | None = None  # the task taskChosen last announced
        shared.planChanged.connect(self._plan_changed)

    def _filter_changed(self) -> None:
        """Show every match (expanded), count them, and keep the selection when it still shows."""
        revealed, self.proxy.revealed = self.proxy.revealed, []
        for node in revealed:  # the rows shown again come back folded; the others keep their state
            self.tree.expand(self.proxy.mapFromSource(node.items[0].index()))
        self.filter_bar.update_count(self.model.task_count())
        if not self.tree.currentIndex().isValid() and self._announced is not None:
            self._announce()  # the filters hid the current task (Qt says nothing when a proxy drops the current row)

    def _announce(self) -> None:
        self._announced = self.selected_task()
        self.taskChosen.emit()

    def _focus_first_match(self) -> None:
        """Enter in the filter box moves to the first matching task, ready for the arrow keys."""
        index = self._first_task(QModelIndex())
        if index.isValid():
            self.tree.setCurrentIndex(index)
        self.tree.setFocus()

    def _first_task(self, parent: QModelIndex) -> QModelIndex:
        for row in range(self.proxy.rowCount(parent)):
            index = self.proxy.index(row, 0, parent)
            if index.data(NODE_ROLE).kind == "task":
                return index
            found = self._first_task(index)
            if found.isValid():
                return found
        return QModelIndex()

    def select_task(self, code: str) -> None:
        self.tree.setCurrentIndex(self.proxy.mapFromSource(self.model.task_index(code)))

    def selected_task(self) -> str | None:
        current = self.tree.currentIndex()
        node = self.model.node(self.proxy.mapToSource(current)) if current.isValid() else None
        if node is None or node.kind in ("group", "root"):
            return None
        return node.code if node.kind == "task" else node.parent.code

    def show_progress(self, progress: dict) -> None:
        """Another period, or reports changed: the status columns, and the filters that use them."""
        self.proxy.set_day(self.shared.ends_on)
        self.model.set_day(self.shared.ends_on)
        self.model.set_progress(progress)
        self.proxy.progress_changed()
        if self.proxy.revealed:
            self._filter_changed()

    def _plan_changed(self) -> None:
        self.model.plan = self.shared.plan
        for task in self.shared.plan.tasks():
            self.model.replace_task(task)
        self.proxy.refilter()  # names and texts may have changed what the filters find
        self._filter_changed()
