"""The main window: the plan tree with each task's status for a period, the task pane, and tabs for
agencies, completeness and the dashboard. It is handed everything it needs (no globals) and runs
every change through the operation runner, so each view hears what changed and who changed it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QStackedWidget, QTabWidget, QWidget

from ..domain.changes import OpChanges
from ..domain.reports import consolidate
from ..operations import Workspace
from ..operations.plan import progress
from .exchange_actions import ExchangeActions
from .file_actions import FileActions
from .plan_pane import PlanPane
from .plan_state import SharedPlan
from .report_actions import ReportActions
from .runner import OperationRunner
from .settings import Settings


class MainWindow(QMainWindow):
    languageRequested = Signal(str)
    databaseRequested = Signal(str)  # another file to open, or a new one to create

    def __init__(self, ws: Workspace, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.settings = ws, settings
        settings.workspace = ws  # whose installation this is lives in the database it opened
        ws.actor = settings.signer_name
        self.undo_stack = QUndoStack(self)
        self.runner = OperationRunner(ws, self.undo_stack, self)
        self.shared = SharedPlan(ws, self.runner, settings.last_period, self)
        self.setWindowTitle(self.tr("GPA Desktop – {title}").format(title=self.plan.short_title))
        self.plan_pane = PlanPane(self.shared, progress(ws, self.period, self.plan))
        self.plan_pane.taskChosen.connect(lambda: self._task_selected(QModelIndex()))
        self.model, self.proxy, self.tree, self.filter_bar = (
            self.plan_pane.model, self.plan_pane.proxy, self.plan_pane.tree, self.plan_pane.filter_bar,
        )
        self.no_match = self.plan_pane.no_match
        self.filter_edit, self.match_count = self.filter_bar.text, self.filter_bar.count
        self.agency_box, self.role_box, self.status_box, self.deadline_box = self.filter_bar.boxes()
        # The task pane (its text, agencies and report form) is not in the first paint, which shows the
        # placeholder: it is made on first use (the first task is chosen just after that paint).
        self._task_pane = None
        self.placeholder = QLabel(self.tr(
            "<h3>Choose a task</h3><p>Click a task in the plan on the left (or move to it with the arrow keys) "
            "to see its activities and agencies and to enter their progress reports for the chosen period.</p>"
            "<p>Type in the filter box (Ctrl+F) to find a task by its code, its text or an agency's name; "
            "accents are optional: <i>tang truong</i> finds <i>tăng trưởng</i>.</p>"
            "<p>Every accepted entry is saved at once; Ctrl+Z undoes it.</p>"
        ))
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setProperty("alignment", 0x21)  # Qt.AlignTop | Qt.AlignLeft, by value: see ui.plan_model's roles
        self.placeholder.setMargin(16)
        self.right = QStackedWidget()
        self.right.setObjectName("task_or_placeholder")
        self.right.addWidget(self.placeholder)
        self.splitter = QSplitter()
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.plan_pane)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self.splitter, self.tr("Plan"))
        # The other tabs are built when first shown and refreshed only while visible: a
        # province database is large, and QtCharts need not load to start the window.
        self._tab_factories: dict[int, Callable[[], QWidget]] = {1: self._make_agency_view, 2: self._make_completeness, 3: self._make_dashboard}
        self.views: dict[int, QWidget] = {}
        self._stale: set[int] = set()
        for title in (self.tr("Agencies"), self.tr("Reporting"), self.tr("Dashboard")):
            self.tabs.addTab(QWidget(), title)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.setCentralWidget(self.tabs)
        commit = self.commit_form
        self.exchange = ExchangeActions(self, self.runner, self.shared, self.my_agency, commit, show_period=self.set_period)
        self.reports = ReportActions(self, self.runner, self.shared, settings, commit)
        self.files = FileActions(self, ws, settings, self.plan, self.databaseRequested, self.languageRequested, self._settings_changed)
        from .menus import build_menus, build_toolbar

        build_menus(self)
        build_toolbar(self)
        # Tab from the filters through the tree (and on, once made, to the task pane's agencies and report)
        chain = [self.filter_edit, *self.filter_bar.boxes(), self.tree]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)
        self.tree.activated.connect(self._task_activated)  # Enter or double-click: on to the report form
        self.splitter.setSizes([780, 500])
        self.opens_maximised = False  # a first start on a screen smaller than the window's preferred size
        self.files.restore_layout()
        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        self.statusBar().addWidget(self.status_label, 1)
        self._update_status_bar()
        self.undo_stack.indexChanged.connect(self._show_undo_state)
        self.runner.changed.connect(self._changed)
        self.shared.periodsChanged.connect(self._periods_changed)
        mine = self.my_agency()
        if mine:  # an agency's installation opens on its own tasks
            self.filter_bar.show_agency(mine)
        # The first task's report form reads through the ORM (SQLAlchemy's import alone is most of
        # start-up): it is shown just after the tree's first paint, which need not wait for it.
        self._started = False
        self.plan_pane.viewport.installEventFilter(self)
        QTimer.singleShot(0, self._start_unless_painting)

    def show(self) -> None:
        """Shown maximised when restore_layout found the screen too small (see ui.screen_fit)."""
        if self.opens_maximised:
            self.opens_maximised = False
            self.showMaximized()
        else:
            super().show()

    def _start_unless_painting(self) -> None:
        if not self.isVisible():  # a window not shown (yet) gets its first task now
            self.finish_start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint and watched is self.plan_pane.viewport:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.finish_start)  # once this paint is on screen
        return super().eventFilter(watched, event)

    def finish_start(self) -> None:
        """What start-up leaves until after the first paint: the first task and its report form, and the
        tree's folded texts for the filter.
        Runs once, on its own just after the first paint; a test may call it to have it now."""
        if self._started:
            return
        self._started = True
        if self.selected_task() is None:  # not if a task was chosen meanwhile
            self._select_first_task()
        self.model.fold_words()  # for the first keystroke in the filter

    # the shared state, by the names the views and tests use --------------------------------------

    @property
    def plan(self):
        return self.shared.plan

    @property
    def labels(self) -> dict[str, str]:
        return self.shared.labels

    @property
    def period(self) -> str:
        return self.shared.period

    @property
    def database(self):
        return self.ws.database

    @property
    def task_pane(self):
        """The chosen task's pane, made on first use."""
        if self._task_pane is None:
            from PySide6.QtCore import Qt  # after the first paint: naming Qt builds PySide's 93 enums

            from .task_pane import TaskPane

            self._task_pane = pane = TaskPane(self.shared, self.runner, self.my_agency(), self.ws.read_only)
            self.right.addWidget(pane)
            self.files.restore_task_pane_layout(pane)
            # Tab from the tree through the agencies to the report's fields, in reading order
            chain = [self.tree, pane.assigned, *pane.form.inputs()]
            for before, after in zip(chain, chain[1:]):
                QWidget.setTabOrder(before, after)
            pane.details.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # the task's text is read, not typed: no Tab stop
            pane.progressEdited.connect(self._progress_edited)
        return self._task_pane

    @property
    def form(self):
        return self.task_pane.form

    @property
    def duties(self):
        return self.task_pane.duties

    @property
    def assigned(self):
        return self.task_pane.assigned

    @property
    def details(self):
        return self.task_pane.details

    def made_task_pane(self):
        """The task pane if it has been made, else None (what need not make it asks this)."""
        return self._task_pane

    def commit_form(self) -> None:
        """Save what the report form holds (nothing to save before the pane is made)."""
        if self._task_pane is not None:
            self._task_pane.form.commit()

    def my_agency(self) -> str | None:
        """This installation's agency, when it is one the plan knows."""
        mine = self.settings.agency
        return mine if mine and mine in {a.code for a in self.plan.agencies} else None

    # the tree --------------------------------------------------------------------------------

    def _task_activated(self, _index: QModelIndex) -> None:
        if self.selected_task() is not None and self.form.status.isEnabled():
            self.form.status.setFocus()

    def _select_first_task(self) -> None:
        """Start on a task, not an empty pane: this installation's first task in the period, or the plan's."""
        mine = self.my_agency()
        codes = {d.task for d in self.plan.duties_of(mine, self.shared.ends_on)} if mine else None
        code = next((t.code for t in self.plan.tasks() if codes is None or t.code in codes), None)
        if code is not None:
            self.plan_pane.select_task(code)

    def selected_task(self) -> str | None:
        return self.plan_pane.selected_task()

    def _task_selected(self, _index: QModelIndex) -> None:
        code = self.selected_task()
        self.action_edit_task.setEnabled(code is not None and not self.ws.read_only)
        if code is None and self._task_pane is None:  # nothing to show or save in a pane not yet made
            self.right.setCurrentWidget(self.placeholder)
            return
        self.right.setCurrentWidget(self.placeholder if code is None else self.task_pane)
        self.task_pane.show_task(code)

    def open_report(self, task: str, agency: str) -> None:
        """Show the report of *agency* on *task* in the plan tab (from the agency view)."""
        self.tabs.setCurrentIndex(0)
        self.clear_filters()
        self.plan_pane.select_task(task)
        self.task_pane.select_agency(agency)

    def clear_filters(self) -> None:
        self.filter_bar.clear()

    # what changed ----------------------------------------------------------------------------

    def set_period(self, period: str) -> None:
        if not period or period == self.period:
            return
        self.commit_form()
        self.shared.choose(period)  # remembered when the window closes (writing the settings file took a frame)
        if self.period_box.currentText() != period:
            self.period_box.blockSignals(True)
            self.period_box.setCurrentText(period)
            self.period_box.blockSignals(False)
        self._refresh_progress()
        self._views_outdated()
        self._task_selected(self.tree.currentIndex())

    def _refresh_progress(self) -> None:
        self.plan_pane.show_progress(progress(self.ws, self.period, self.plan))

    def _progress_edited(self, task: str) -> None:
        """The form saved a report of *task*: its tree row from the rows the pane holds, without a read."""
        expected = self.duties.rowCount()
        updated = dict(self.model.progress)
        updated[task] = consolidate(self.task_pane.current_reports(), expected, set(self.shared.state.done))
        self.plan_pane.show_progress(updated)

    def _changed(self, changes: OpChanges, origin: object) -> None:
        if self._task_pane is not None and origin is self._task_pane.form:
            self._views_outdated()  # the other tabs read it when next shown
            return
        if changes.duties or self.period in changes.report_periods():
            self._refresh_progress()
        self._views_outdated()

    def _periods_changed(self) -> None:
        self.period_box.blockSignals(True)
        self.period_box.clear()
        self.period_box.addItems(self.shared.period_codes)
        self.period_box.setCurrentText(self.period)
        self.period_box.blockSignals(False)

    def _views_outdated(self) -> None:
        """The visible tab refreshes now; the others when they are next shown."""
        for index, view in self.views.items():
            if index == self.tabs.currentIndex():
                view.set_period(self.period)
            else:
                self._stale.add(index)

    def _tab_shown(self, index: int) -> None:
        if index in self._tab_factories and index not in self.views:
            self.views[index] = view = self._tab_factories[index]()
            title = self.tabs.tabText(index)
            self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, view, title)
            self.tabs.setCurrentIndex(index)
            self.tabs.blockSignals(False)
        elif index in self._stale:
            self._stale.discard(index)
            self.views[index].set_period(self.period)

    def _make_agency_view(self) -> QWidget:
        from .agency_view import AgencyView

        view = AgencyView(self.ws, self.shared)
        view.reportRequested.connect(self.open_report)
        return view

    def _make_completeness(self) -> QWidget:
        from .completeness_view import CompletenessView

        return CompletenessView(self.ws, self.shared)

    def _make_dashboard(self) -> QWidget:
        from .dashboard import Dashboard

        return Dashboard(self.ws, self.shared)

    # the Edit and Lists menus ----------------------------------------------------------------

    def undo(self) -> None:
        self.commit_form()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.commit_form()  # an edit typed after an undo is new: saving it drops the redo, as in any editor
        if self.undo_stack.canRedo():
            self.undo_stack.redo()

    def _show_undo_state(self) -> None:
        """The status bar says what Undo would reverse, so an officer knows before pressing Ctrl+Z."""
        text = self.undo_stack.undoText()
        self.statusBar().showMessage(self.tr("Saved. Ctrl+Z undoes: {what}").format(what=text) if text else "", 8000)

    def _find(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def edit_task(self) -> None:
        from .task_form import TaskForm

        code = self.selected_task()
        if code is not None:
            TaskForm(self.runner, self.plan, self.plan.task(code), self).exec()

    def edit_periods(self) -> None:
        from .periods_dialog import PeriodsDialog

        PeriodsDialog(self.runner, self.shared, self).exec()

    def change_agencies(self) -> None:
        from .agency_change_dialog import AgencyChangeDialog

        AgencyChangeDialog(self.runner, self.plan, self).exec()

    def _settings_changed(self, agency_before: str | None) -> None:
        self.ws.actor = self.settings.signer_name
        if self._task_pane is not None:
            self._task_pane.my_agency = self.my_agency()
        self._update_status_bar()
        if self.settings.agency != agency_before:  # the tree follows whose installation this now is
            self.filter_bar.show_agency(self.settings.agency)
        self._task_selected(self.tree.currentIndex())

    def _update_status_bar(self) -> None:
        mine = self.my_agency()
        who = self.plan.agency(mine).name if mine else self.tr("the province (all agencies)")
        mode = self.tr(" — read-only") if self.ws.read_only else ""
        self.status_label.setText(self.tr("Database: {path} — this installation: {who}{mode}").format(path=self.ws.path, who=who, mode=mode))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.commit_form()
        self.files.save_layout()
        self.settings.last_period = self.period
        super().closeEvent(event)
