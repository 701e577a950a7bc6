"""Filtering the plan tree: text without caring for case or diacritics, agency, role, status, deadline.

The rows shown are decided once per change in Python, over the model's Nodes (their folded text made once, just
after the first paint), and written as one flag per row whose value changed; Qt's proxy then filters on that
flag in C++. (A filterAcceptsRow in Python ran per row, and recursive filtering per row again, on every keystroke.)
A hidden task's activities are not looked at (the proxy hides them with it): most tasks are rejected by one
look at their own and their activities' words together."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, QSortFilterProxyModel

from ..domain.plan import Role
from ..domain.text import fold
from .plan_model import SHOWN, SHOWN_ROLE, Node, PlanTreeModel

ANY = None
NO_STATUS = ""  # the status filter's value for tasks nobody reported on


class PlanFilterProxy(QSortFilterProxyModel):
    """A row shows when it matches; its ancestors show with it; a task found by its code or an agency's
    name shows with its activities."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFilterKeyColumn(0)
        self.setFilterRole(SHOWN_ROLE)
        self.setFilterFixedString(SHOWN)
        self.shown_tasks = 0  # how many tasks the filters show
        self.revealed: list[Node] = []  # the rows with children the last change showed again (to expand)
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
        self.refilter()

    def set_day(self, day) -> None:
        """Another period: duties change on its last day (only an agency or role filter looks again)."""
        if day != self.day:
            self.day = day
            if self.agency is not ANY or self.role is not ANY:
                self.refilter()

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
            self.refilter()

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

    def refilter(self) -> None:
        """Decide every row once, write the flags that changed (without a signal each) and have Qt's
        proxy filter on them in one pass; nothing happens when the same rows show."""
        model: PlanTreeModel | None = self.sourceModel()
        if model is None:
            return
        text = self.text
        structured = self.agency is not ANY or self.role is not ANY or self.status is not ANY or self.deadline is not ANY
        changed: list[Node] = []
        tasks = 0

        def show(node: Node, shown: bool) -> None:
            if node.shown != shown:
                node.shown = shown
                changed.append(node)

        for group in model.root.children:
            any_task = False
            for task in group.children:
                # A hidden task hides its activities with it: their flags are decided when it shows again.
                if (structured and not self._task_matches(task, model)) or (text and text not in task.search_all):
                    show(task, False)
                    continue
                whole = not text or text in task.search  # found by its code or an agency's name: with its activities
                found = whole
                for activity in task.children:
                    match = whole or text in activity.search
                    found = found or match
                    show(activity, match)
                show(task, found)
                if found:
                    tasks += 1
                    any_task = True
            show(group, any_task or (not structured and (not text or text in group.search)))
        self.shown_tasks = tasks
        self.revealed = [node for node in changed if node.shown and node.children]
        if changed:
            with QSignalBlocker(model):  # the flags are this proxy's input only: it reads them all just below
                for node in changed:
                    node.items[0].setData(SHOWN if node.shown else "", SHOWN_ROLE)
            self.beginFilterChange()
            self.endFilterChange()
