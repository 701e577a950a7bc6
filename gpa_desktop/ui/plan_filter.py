"""Filtering the plan tree: text without caring for case or diacritics, agency, role, status, deadline."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from ..domain.plan import Role
from ..domain.text import fold
from .plan_model import Node, PlanTreeModel

ANY = None
NO_STATUS = ""  # the status filter's value for tasks nobody reported on


class PlanFilterProxy(QSortFilterProxyModel):
    """A row shows when it matches; its ancestors show with it (recursive filtering)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.text = ""
        self.agency: str | None = ANY
        self.role: Role | None = ANY
        self.status: str | None = ANY
        self.deadline: str | None = ANY
        self.day = None  # duties are those in force on the shown period's last day
        self._duties_key: tuple | None = None
        self._duties: dict[str, set[Role]] = {}

    def set_criteria(self, **criteria) -> None:
        for name, value in criteria.items():
            if name == "text":
                value = fold(value)
            elif name == "role" and value is not ANY:
                value = Role(value)  # a combo box hands the enum back as its plain value
            setattr(self, name, value)
        self.beginFilterChange()
        self.endFilterChange()

    def set_day(self, day) -> None:
        """Another period: duties change on its last day (only an agency or role filter looks again)."""
        if day != self.day:
            self.day = day
            if self.agency is not ANY or self.role is not ANY:
                self.beginFilterChange()
                self.endFilterChange()

    def _duty_roles(self, model: PlanTreeModel) -> dict[str, set[Role]]:
        """The chosen agency's roles per task, directly or through a collective (once per plan, agency and day)."""
        key = (model.plan, self.agency, self.day)  # the plan object itself: an edited plan is a new object
        if self._duties_key is None or self._duties_key[0] is not key[0] or self._duties_key[1:] != key[1:]:
            roles: dict[str, set[Role]] = {}
            for duty in model.plan.duties_of(self.agency, self.day):
                roles.setdefault(duty.task, set()).add(duty.role)
            self._duties_key, self._duties = key, roles
        return self._duties

    def progress_changed(self) -> None:
        """Statuses changed (another period, an edit): only a status filter has to look again."""
        if self.status is not ANY:
            self.beginFilterChange()
            self.endFilterChange()

    def _task_matches(self, node: Node, model: PlanTreeModel) -> bool:
        task = node.task
        if self.agency is not ANY:
            roles = [self.role] if self.role is not ANY else list(Role)
            direct = any(self.agency in task.agencies(r, self.day) for r in roles)
            through = any(r in self._duty_roles(model).get(task.code, ()) for r in roles)
            if not (direct or through):
                return False
        elif self.role is not ANY and not task.agencies(self.role, self.day):
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
        # Straight to the node (no index or QVariant per row: this runs for every row on each keystroke).
        node: Node = (source_parent.internalPointer() if source_parent.isValid() else model.root).children[source_row]
        structured = self.agency is not ANY or self.role is not ANY or self.status is not ANY or self.deadline is not ANY
        if node.kind == "group":
            return not structured and (not self.text or self.text in node.search)
        task_node = node if node.kind == "task" else node.parent
        if structured and not self._task_matches(task_node, model):
            return False
        # A task found by its code or an agency's name shows with its activities.
        return not self.text or self.text in node.search or self.text in task_node.search
