"""Filtering the plan tree: text without caring for case or diacritics, agency, role, status, deadline."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from ..domain.plan import Role
from ..domain.text import fold
from .plan_model import NODE_ROLE, Node, PlanTreeModel

ANY = None
NO_STATUS = ""  # the status filter's value for tasks nobody reported on


class PlanFilterProxy(QSortFilterProxyModel):
    """A row shows when it matches; its ancestors show with it (recursive filtering)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        # Every column counts: a status change (columns 4-5) must re-filter its row when filtering by status.
        self.setFilterKeyColumn(-1)
        self.text = ""
        self.agency: str | None = ANY
        self.role: Role | None = ANY
        self.status: str | None = ANY
        self.deadline: str | None = ANY

    def set_criteria(self, **criteria) -> None:
        for name, value in criteria.items():
            if name == "text":
                value = fold(value)
            elif name == "role" and value is not ANY:
                value = Role(value)  # a combo box hands the enum back as its plain value
            setattr(self, name, value)
        self.beginFilterChange()
        self.endFilterChange()

    def _task_matches(self, node: Node, model: PlanTreeModel) -> bool:
        task = node.task
        if self.agency is not ANY:
            roles = [self.role] if self.role is not ANY else list(Role)
            direct = any(self.agency in task.agencies(r) for r in roles)
            through = any(
                d.task == task.code and (self.role is ANY or d.role is self.role)
                for d in model.plan.duties_of(self.agency)
            )
            if not (direct or through):
                return False
        elif self.role is not ANY and not task.agencies(self.role):
            return False
        if self.status is not ANY:
            progress = model.progress.get(task.code)
            status = progress.status if progress and progress.status else NO_STATUS
            if status != self.status:
                return False
        if self.deadline is not ANY and task.deadline != self.deadline:
            return False
        return True

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        model: PlanTreeModel = self.sourceModel()
        node: Node = model.index(source_row, 0, source_parent).data(NODE_ROLE)
        structured = any(v is not ANY for v in (self.agency, self.role, self.status, self.deadline))
        if node.kind == "group":
            return not structured and (not self.text or self.text in node.search)
        task_node = node if node.kind == "task" else node.parent
        if structured and not self._task_matches(task_node, model):
            return False
        # A task found by its code or an agency's name shows with its activities.
        return not self.text or self.text in node.search or self.text in task_node.search
