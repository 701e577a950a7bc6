"""The filters above the plan tree: text (accents optional), agency, role, status and deadline."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from ..domain.plan import Plan, Role
from .plan_filter import ANY, NO_STATUS, PlanFilterProxy


class PlanFilterBar(QWidget):
    """Hands each change to the proxy, then says so; counts what the tree shows."""

    changed = Signal()  # the proxy has re-filtered
    firstMatchRequested = Signal()  # Enter in the text box

    def __init__(self, proxy: PlanFilterProxy, plan: Plan, status_labels: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.text = QLineEdit()
        self.text.setObjectName("filter")
        self.text.setClearButtonEnabled(True)
        self.text.setPlaceholderText(self.tr("Filter: code, text or agency (accents optional)"))
        self.text.setToolTip(self.text.placeholderText())
        self.text.textChanged.connect(lambda text: self._set(text=text))
        self.text.returnPressed.connect(self.firstMatchRequested)
        clear = QAction(self.text)
        # Esc, in the box alone. setShortcut's overloads (one takes a Qt.Key) and Qt.ShortcutContext would build
        # PySide's whole Qt namespace of enums before the first paint (see ui.plan_model's roles): hence these.
        clear.setShortcuts([QKeySequence("Esc")])
        clear.setProperty("shortcutContext", 0)  # Qt.WidgetShortcut
        clear.triggered.connect(self.text.clear)
        self.text.addAction(clear)

        self.agency = self._box("agency_filter", self.tr("All agencies"), [(a.name, a.code) for a in plan.agencies])
        self.agency.setMinimumContentsLength(14)
        self.agency.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.role = self._box("role_filter", self.tr("Any role"), [(self.tr("Lead"), Role.LEAD), (self.tr("Coordinating"), Role.COORDINATING)])
        statuses = [(label, code) for code, label in status_labels.items()] + [(self.tr("Not reported"), NO_STATUS)]
        self.status = self._box("status_filter", self.tr("Any status"), statuses)
        deadlines = sorted({t.deadline for t in plan.tasks()})
        self.deadline = self._box("deadline_filter", self.tr("Any deadline"), [(d, d) for d in deadlines])
        for box, name, tip in (
            (self.agency, "agency", self.tr("Only the tasks of this agency (directly or through a collective)")),
            (self.role, "role", self.tr("Only the tasks where the agency leads, or coordinates")),
            (self.status, "status", self.tr("Only the tasks with this consolidated status in the chosen period")),
            (self.deadline, "deadline", self.tr("Only the tasks with this deadline")),
        ):
            box.setToolTip(tip)
            box.currentIndexChanged.connect(lambda _i, b=box, n=name: self._set(**{n: b.currentData()}))
        self.count = QLabel()
        self.count.setObjectName("match_count")

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 3)
        for box in self.boxes():
            row.addWidget(box, 1)
        row.addWidget(self.count)

    def _box(self, name: str, anything: str, choices: list[tuple[str, object]]) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        box.addItem(anything, ANY)
        for label, value in choices:
            box.addItem(label, value)
        return box

    def boxes(self) -> tuple[QComboBox, ...]:
        return (self.agency, self.role, self.status, self.deadline)

    def _set(self, **criteria) -> None:
        self.proxy.set_criteria(**criteria)
        self.changed.emit()

    def clear(self) -> None:
        self.text.clear()
        for box in self.boxes():
            box.setCurrentIndex(0)

    def show_agency(self, code: str | None) -> None:
        """Only *code*'s tasks (None: every agency's)."""
        self.agency.setCurrentIndex(max(0, self.agency.findData(code or ANY)))

    def update_count(self, total: int) -> None:
        """“12/650 tasks” while the filters hide some; red when they hide all; nothing when all show."""
        shown = self.proxy.shown_tasks
        # Only what changed is set: a style sheet set again, even the same, re-polishes and repaints the window.
        text = "" if shown == total else self.tr("{shown}/{total} tasks").format(shown=shown, total=total)
        if self.count.text() != text:
            self._keep_size(text, total)
            self.count.setText(text)
        style = "color: #b71c1c" if shown == 0 else ""
        if self.count.styleSheet() != style:
            self.count.setStyleSheet(style)
            self.count.setToolTip(self.tr("No task matches the filters.") if shown == 0 else "")

    def _keep_size(self, text: str, total: int) -> None:
        """While the filters hide tasks, the count keeps one size, that of its widest text. A label whose size
        follows its text asks every layout above it again, up to the tab widget, which then repaints the whole
        tab (QTabWidget's layout request ends in update()): more than the keystroke's own work, every keystroke."""
        width = 0
        if text:
            widest = self.tr("{shown}/{total} tasks").format(shown=total, total=total)
            margins = self.count.contentsMargins()
            width = self.count.fontMetrics().horizontalAdvance(widest) + margins.left() + margins.right() + 2 * self.count.margin()
        size = QSize(width, self.text.sizeHint().height())
        if self.count.minimumSize() != size or self.count.maximumSize() != size:
            self.count.setFixedSize(size)
