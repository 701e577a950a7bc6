"""The main window: the plan tree with each task's status for a period, the report form, and tabs
for agencies, completeness and the dashboard. It is handed everything it needs (no globals)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..domain.periods import current_period, parse_period
from ..domain.plan import Plan, Role
from ..domain.text import clean
from ..storage.changes import ChangeSet
from ..storage.database import Database
from ..storage.periods import list_periods
from ..storage.plan_store import read_plan
from ..storage.reports import status_labels, task_progress
from . import prompts
from .agency_view import AgencyView
from .completeness_view import CompletenessView
from .task_agencies_model import AGENCY_ROLE, DutyRow, TaskAgenciesModel
from .plan_filter import PlanFilterProxy
from .plan_filter_bar import PlanFilterBar
from .plan_model import CONTENT, NODE_ROLE, PlanTreeModel
from .report_form import ReportForm
from .settings import Settings
from .undo import StoredChange

PLAN_ENTITIES = {"task", "activity", "assignment", "agency", "collective_member", "agency_name", "agency_succession"}


def _task_of(key: str) -> str:
    """The task code in a change-log key: "1.2", "1.2#3" (activity), "1.2/7/lead" (assignment)."""
    return key.split("/", 1)[0].split("#", 1)[0]


class MainWindow(QMainWindow):
    languageRequested = Signal(str)
    databaseRequested = Signal(str)  # another file to open, or a new one to create

    def __init__(self, database: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        with database.transaction() as session:
            self.plan: Plan = read_plan(session)
            self.labels = status_labels(session)
            self.period_codes = [p.code for p in list_periods(session)]
        self.period = current_period(self.period_codes)
        self.setWindowTitle(self.tr("GPA Desktop – {title}").format(title=self.plan.short_title))

        self.model = PlanTreeModel(self)
        self.proxy = PlanFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView()
        self.tree.setObjectName("plan_tree")
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        plan_pane = QWidget()
        plan_layout = QVBoxLayout(plan_pane)
        plan_layout.setContentsMargins(0, 0, 0, 0)
        self.filter_bar = self._build_filter_bar()
        plan_layout.addWidget(self.filter_bar)
        plan_layout.addWidget(self.tree)

        self.details = QTextBrowser()
        self.details.setObjectName("task_details")
        self.duties = TaskAgenciesModel(self)
        self.assigned = QTableView()
        self.assigned.setObjectName("assigned")
        self.assigned.setModel(self.duties)
        self.assigned.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.assigned.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.assigned.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.assigned.setWordWrap(False)
        self.assigned.verticalHeader().hide()
        self.assigned.verticalHeader().setDefaultSectionSize(self.assigned.fontMetrics().height() + 8)
        self.assigned.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.assigned.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.form = ReportForm(database, self.undo_stack, actor=settings.signer_name)
        self.form.saved.connect(self.after_change)

        task_pane = QSplitter(Qt.Orientation.Vertical)
        task_pane.setObjectName("task_splitter")
        task_pane.addWidget(self.details)
        task_pane.addWidget(self.assigned)
        task_pane.addWidget(self.form)
        task_pane.setStretchFactor(0, 2)
        task_pane.setStretchFactor(1, 2)
        task_pane.setStretchFactor(2, 5)
        self.task_pane = task_pane
        self.placeholder = QLabel(
            self.tr(
                "<h3>Choose a task</h3><p>Click a task in the plan on the left (or move to it with the arrow keys) "
                "to see its activities and agencies and to enter their progress reports for the chosen period.</p>"
                "<p>Type in the filter box (Ctrl+F) to find a task by its code, its text or an agency's name; "
                "accents are optional: <i>tang truong</i> finds <i>tăng trưởng</i>.</p>"
                "<p>Every accepted entry is saved at once; Ctrl+Z undoes it.</p>"
            )
        )
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.placeholder.setMargin(16)
        self.right = QStackedWidget()
        self.right.setObjectName("task_or_placeholder")
        self.right.addWidget(self.placeholder)
        self.right.addWidget(task_pane)
        self.splitter = QSplitter()
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(plan_pane)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self.splitter, self.tr("Plan"))
        # The other tabs are built when first shown and refreshed only while visible: a
        # province database is large, and QtCharts need not load to start the window.
        self._tab_factories: dict[int, Callable[[], QWidget]] = {
            1: self._make_agency_view,
            2: lambda: CompletenessView(self.database, self.period),
            3: self._make_dashboard,
        }
        self.views: dict[int, QWidget] = {}
        self._stale: set[int] = set()
        for title in (self.tr("Agencies"), self.tr("Reporting"), self.tr("Dashboard")):
            self.tabs.addTab(QWidget(), title)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.setCentralWidget(self.tabs)

        self._build_menus()
        self._build_toolbar()
        self.tree.selectionModel().currentChanged.connect(self._task_selected)
        self.tree.activated.connect(self._task_activated)  # Enter or double-click: on to the report form
        self.assigned.selectionModel().currentRowChanged.connect(lambda current, _previous: self._agency_selected(current.row()))
        self.model.load(self.plan, self._progress(), self.labels)
        self.tree.expandAll()
        self.tree.setIndentation(14)
        for column, width in ((0, 84), (2, 130), (3, 98), (4, 172), (5, 48)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(CONTENT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        self.splitter.setSizes([780, 500])
        task_pane.setSizes([170, 150, 480])
        self._restore_layout()
        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        self.statusBar().addWidget(self.status_label, 1)
        self._update_status_bar()
        self.undo_stack.indexChanged.connect(self._show_undo_state)
        mine = settings.agency
        if mine and mine in self._agency_codes():  # an agency's installation opens on its own tasks
            self.filter_bar.show_agency(mine)
        if database.read_only:
            self.form.setEnabled(False)
            for action in (self.action_edit_task, self.action_agencies, self.action_import, self.action_periods):
                action.setEnabled(False)
        self._select_first_task()

    # building --------------------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        """One bar: the period every tab shows, then the everyday actions."""
        bar = QToolBar(self.tr("Period and actions"))
        bar.setObjectName("actions")
        self.period_box = QComboBox()
        self.period_box.setObjectName("period")
        self.period_box.addItems(self.period_codes)
        self.period_box.setCurrentText(self.period)
        self.period_box.currentTextChanged.connect(self.set_period)
        self.period_box.setToolTip(self.tr("The reporting period shown in every tab"))
        period_label = QLabel(self.tr("&Period") + " ")
        period_label.setBuddy(self.period_box)
        bar.addWidget(period_label)
        bar.addWidget(self.period_box)
        bar.addSeparator()
        for action in (
            self.action_undo, self.action_redo, None, self.action_import, self.action_export_template,
            self.action_report_agency, self.action_report_province,
        ):
            bar.addSeparator() if action is None else bar.addAction(action)
        self.addToolBar(bar)

    def _build_filter_bar(self) -> PlanFilterBar:
        bar = PlanFilterBar(self.proxy, self.plan, self.labels)
        bar.changed.connect(self._filter_changed)
        bar.firstMatchRequested.connect(self._focus_first_match)
        # The widgets by the names tests, benchmarks and the agency view's links use.
        self.filter_edit, self.match_count = bar.text, bar.count
        self.agency_box, self.role_box, self.status_box, self.deadline_box = bar.boxes()
        return bar

    def _filter_changed(self) -> None:
        """Show every match (expanded), count them, and keep the selection when it still shows."""
        self.tree.expandAll()
        self.filter_bar.update_count(self.model.task_count())
        if not self.tree.currentIndex().isValid():
            self._task_selected(QModelIndex())

    def _task_activated(self, _index: QModelIndex) -> None:
        if self.selected_task() is not None and self.form.status.isEnabled():
            self.form.status.setFocus()

    def _focus_first_match(self) -> None:
        """Enter in the filter box moves to the first matching task, ready for the arrow keys."""
        index = self._first_task(QModelIndex())
        if index.isValid():
            self.tree.setCurrentIndex(index)
        self.tree.setFocus()

    def _first_task(self, parent: QModelIndex) -> QModelIndex:
        for row in range(self.proxy.rowCount(parent)):
            index = self.proxy.index(row, 0, parent)
            node = index.data(NODE_ROLE)
            if node.kind == "task":
                return index
            found = self._first_task(index)
            if found.isValid():
                return found
        return QModelIndex()

    def _select_first_task(self) -> None:
        """Start on a task, not an empty pane: this installation's first task, or the plan's."""
        mine = self.settings.agency
        codes = {d.task for d in self.plan.duties_of(mine)} if mine and mine in self._agency_codes() else None
        code = next((t.code for t in self.plan.tasks() if codes is None or t.code in codes), None)
        if code is not None:
            self.tree.setCurrentIndex(self.proxy.mapFromSource(self.model.task_index(code)))

    def _agency_codes(self) -> set[str]:
        return {a.code for a in self.plan.agencies}

    def _action(self, text: str, name: str, slot: Callable | None = None, shortcut=None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if slot is None:
            action.setEnabled(False)  # wired when its feature lands
        else:
            action.triggered.connect(slot)
        setattr(self, name, action)
        return action

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addAction(self._action(self.tr("Open another database…"), "action_open", self.open_database))
        file_menu.addAction(self._action(self.tr("New database from the built-in plan…"), "action_new", self.new_database))
        file_menu.addAction(self._action(self.tr("Back up the database…"), "action_backup", self.backup))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("Quit"), "action_quit", self.close, QKeySequence.StandardKey.Quit))

        edit_menu = menu.addMenu(self.tr("&Edit"))
        # Our own actions rather than QUndoStack.createUndoAction: a report still being typed is
        # saved first, so Undo reverses what the officer sees, and nothing is pushed mid-undo.
        undo = QAction(self.tr("Undo"), self)
        undo.setObjectName("action_undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.triggered.connect(self.undo)
        redo = QAction(self.tr("Redo"), self)
        redo.setObjectName("action_redo")
        # Ctrl+Y everywhere, and the platform's own (Ctrl+Shift+Z…); a key listed twice would be ambiguous and do nothing.
        keys = [QKeySequence("Ctrl+Y")]
        keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in keys]
        redo.setShortcuts(keys)
        redo.triggered.connect(self.redo)
        for action, can, text, plain, labelled in (
            (undo, self.undo_stack.canUndoChanged, self.undo_stack.undoTextChanged, self.tr("Undo"), self.tr("Undo: {what}")),
            (redo, self.undo_stack.canRedoChanged, self.undo_stack.redoTextChanged, self.tr("Redo"), self.tr("Redo: {what}")),
        ):
            action.setEnabled(False)
            can.connect(action.setEnabled)
            text.connect(lambda what, a=action, p=plain, f=labelled: a.setText(f.format(what=what) if what else p))
        self.action_undo, self.action_redo = undo, redo
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self._action(self.tr("Edit the selected task…"), "action_edit_task", self.edit_task))

        exchange = menu.addMenu(self.tr("E&xchange"))
        exchange.addAction(self._action(self.tr("Import returned workbooks…"), "action_import", self.import_workbooks))
        exchange.addAction(self._action(self.tr("Export reporting templates…"), "action_export_template", self.export_templates))
        exchange.addAction(self._action(self.tr("Export the plan…"), "action_export_plan", self.export_plan))
        exchange.addAction(self._action(self.tr("Export the period summary…"), "action_export_summary", self.export_summary))
        exchange.addAction(self._action(self.tr("Received workbooks…"), "action_receipts", self.show_receipts))

        reports = menu.addMenu(self.tr("&Reports"))
        reports.addAction(self._action(self.tr("Agency report…"), "action_report_agency", lambda: self.print_report("agency")))
        reports.addAction(self._action(self.tr("Province report…"), "action_report_province", lambda: self.print_report("province")))
        reports.addAction(self._action(self.tr("Plan listing…"), "action_report_plan", self.print_plan))
        reports.addAction(self._action(self.tr("Verify a report code…"), "action_verify", self.verify_code))

        lists = menu.addMenu(self.tr("&Lists"))
        lists.addAction(self._action(self.tr("Reporting periods…"), "action_periods", self.edit_periods))
        lists.addAction(self._action(self.tr("Agency changes…"), "action_agencies", self.change_agencies))

        view = menu.addMenu(self.tr("&View"))
        view.addAction(self._action(self.tr("Expand all"), "action_expand", self.tree.expandAll, QKeySequence("Ctrl+Shift+E")))
        view.addAction(self._action(self.tr("Collapse all"), "action_collapse", self.tree.collapseAll, QKeySequence("Ctrl+Shift+C")))
        view.addAction(self._action(self.tr("Find a task"), "action_find", self._find, QKeySequence.StandardKey.Find))
        view.addAction(self._action(self.tr("Clear the filters"), "action_clear_filters", self.clear_filters, QKeySequence("Ctrl+Shift+L")))

        settings = menu.addMenu(self.tr("&Settings"))
        settings.addAction(self._action(self.tr("Settings…"), "action_settings", self.edit_settings))
        language = settings.addMenu(self.tr("Language"))
        language.addAction(self._action("Tiếng Việt", "action_vietnamese", lambda: self.languageRequested.emit("vi")))
        language.addAction(self._action("English", "action_english", lambda: self.languageRequested.emit("en")))


    def undo(self) -> None:
        self.form.commit()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.form.commit()  # an edit typed after an undo is new: saving it drops the redo, as in any editor
        if self.undo_stack.canRedo():
            self.undo_stack.redo()

    def _find(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def clear_filters(self) -> None:
        self.filter_bar.clear()

    def _show_undo_state(self) -> None:
        """The status bar says what Undo would reverse, so an officer knows before pressing Ctrl+Z."""
        text = self.undo_stack.undoText()
        self.statusBar().showMessage(self.tr("Saved. Ctrl+Z undoes: {what}").format(what=text) if text else "", 8000)

    # state -----------------------------------------------------------------------------------

    def _progress(self) -> dict:
        with self.database.transaction() as session:
            return task_progress(session, self.period, self.plan)

    def _update_status_bar(self) -> None:
        agency = self.settings.agency
        who = self.plan.agency(agency).name if agency and agency in {a.code for a in self.plan.agencies} else self.tr("the province (all agencies)")
        mode = self.tr(" — read-only") if self.database.read_only else ""
        self.status_label.setText(
            self.tr("Database: {path} — this installation: {who}{mode}").format(path=self.database.path, who=who, mode=mode)
        )

    def _restore_layout(self) -> None:
        for key, restore in (
            ("geometry", self.restoreGeometry), ("state", self.restoreState), ("splitter", self.splitter.restoreState),
            ("task_splitter", self.task_pane.restoreState), ("tree_header", self.tree.header().restoreState),
        ):
            saved = self.settings.saved_state(key)
            if saved is not None:
                restore(saved)
        if self.settings.saved_state("geometry") is None:
            self.resize(1280, 800)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.form.commit()
        self.settings.save_state("geometry", self.saveGeometry())
        self.settings.save_state("state", self.saveState())
        self.settings.save_state("splitter", self.splitter.saveState())
        self.settings.save_state("task_splitter", self.task_pane.saveState())
        self.settings.save_state("tree_header", self.tree.header().saveState())
        super().closeEvent(event)

    def set_period(self, period: str) -> None:
        if not period or period == self.period:
            return
        self.form.commit()
        self.period = period
        if self.period_box.currentText() != period:
            self.period_box.blockSignals(True)
            self.period_box.setCurrentText(period)
            self.period_box.blockSignals(False)
        self.model.set_progress(self._progress())
        self.proxy.progress_changed()
        self._views_outdated()
        self._task_selected(self.tree.currentIndex())

    def after_change(self, changes: ChangeSet) -> None:
        """Tell each view what changed; each refreshes only what it shows."""
        entities = changes.entities()
        plan_changed = bool(entities & PLAN_ENTITIES)
        if plan_changed:
            with self.database.transaction() as session:
                self.plan = read_plan(session)
            self.model.plan = self.plan
            everything = "agency" in entities or "collective_member" in entities or "agency_name" in entities
            touched = {_task_of(c.key) for c in changes.changes if c.entity in {"task", "activity", "assignment"}}
            for task in self.plan.tasks():
                if everything or task.code in touched:
                    self.model.replace_task(task)
        if entities & {"progress_report", "assignment", "collective_member", "reporting_period"}:
            self.model.set_progress(self._progress())
            self.proxy.progress_changed()
        if plan_changed:
            self._task_selected(self.tree.currentIndex())  # its text, agencies and notes
        elif "progress_report" in entities:
            self._show_assigned(self.selected_task())
        self._views_outdated()

    def _views_outdated(self) -> None:
        """The visible tab refreshes now; the others when they are next shown."""
        for index, view in self.views.items():
            if index == self.tabs.currentIndex():
                view.period = self.period
                view.refresh()
            else:
                self._stale.add(index)

    # selection -------------------------------------------------------------------------------

    def selected_task(self) -> str | None:
        current = self.tree.currentIndex()
        node = self.proxy.mapToSource(current).internalPointer() if current.isValid() else None
        if node is None or node.kind == "group":
            return None
        return node.code if node.kind == "task" else node.parent.code

    def _task_selected(self, _index: QModelIndex) -> None:
        code = self.selected_task()
        self.action_edit_task.setEnabled(code is not None and not self.database.read_only)
        if code is None:
            self.form.commit()
            self.right.setCurrentWidget(self.placeholder)
            self.details.clear()
            self._show_assigned(None)
            return
        self.right.setCurrentWidget(self.task_pane)
        task = self.plan.task(code)
        name = lambda c: self.plan.agency(c).name  # noqa: E731
        items = "".join(f"<li>{_html(a)}</li>" for a in task.activities)
        notes = "".join(
            f"<li>{_html(name(a.agency))}: <i>{_html(a.note)}</i></li>" for a in task.assignments if a.note and a.holds_on()
        )
        heading, lead, coordinating, deadline, notes_label = (
            self.tr("Task {code}").format(code=task.code),
            self.tr("Lead"),
            self.tr("Coordinating"),
            self.tr("Deadline"),
            self.tr("Notes"),
        )
        self.details.setHtml(
            f"<h3>{_html(heading)}</h3><ul>{items}</ul>"
            f"<p><b>{lead}:</b> {_html('; '.join(map(name, task.agencies(Role.LEAD))))}<br>"
            f"<b>{coordinating}:</b> {_html('; '.join(map(name, task.agencies(Role.COORDINATING))) or '—')}<br>"
            f"<b>{deadline}:</b> {_html(task.deadline)}</p>"
            + (f"<p>{notes_label}:</p><ul>{notes}</ul>" if notes else "")
        )
        self._show_assigned(code)

    def _show_assigned(self, task: str | None) -> None:
        """The agencies expected to report on *task* this period (this installation's first)."""
        if task is None:
            self.duties.set_rows([], self.labels)
            self.form.setEnabled(False)
            return
        from ..storage.reports import read_reports

        with self.database.transaction() as session:
            reports = {r.agency: r.values for r in read_reports(session, self.period, task_code=task)}
        duties = [d for d in self.plan.duties(parse_period(self.period).ends_on) if d.task == task]
        mine = self.settings.agency
        if mine:
            duties.sort(key=lambda d: d.agency != mine)
        current = self.assigned.currentIndex()
        previous = current.data(AGENCY_ROLE) if current.isValid() else None
        self.duties.set_rows(
            [DutyRow(d.agency, self.plan.agency(d.agency).name, d.role, reports.get(d.agency)) for d in duties], self.labels
        )
        row = self.duties.row_of(previous) if previous else -1
        row = row if row >= 0 else (0 if duties else -1)
        if row < 0:
            self._agency_selected(-1)
        elif row == self.assigned.currentIndex().row() and self.assigned.currentIndex().isValid():
            self._agency_selected(row)  # the same row: the signal will not come, reload the form
        else:
            self.assigned.setCurrentIndex(self.duties.index(row, 0))

    def _agency_selected(self, row: int) -> None:
        task = self.selected_task()
        if task is None or not 0 <= row < self.duties.rowCount():
            self.form.setEnabled(False)
            return
        agency = self.duties.rows[row].agency
        mine = self.settings.agency
        read_only = self.database.read_only or bool(mine and mine != agency)
        self.form.load(self.plan, task, agency, self.period, read_only=read_only)

    def open_report(self, task: str, agency: str) -> None:
        """Show the report of *agency* on *task* in the plan tab (from the agency view)."""
        self.tabs.setCurrentIndex(0)
        self.clear_filters()
        self.tree.setCurrentIndex(self.proxy.mapFromSource(self.model.task_index(task)))
        row = self.duties.row_of(agency)
        if row >= 0:
            self.assigned.setCurrentIndex(self.duties.index(row, 0))

    def _make_agency_view(self) -> QWidget:
        view = AgencyView(self.database, self.period)
        view.reportRequested.connect(self.open_report)
        return view

    def _make_dashboard(self) -> QWidget:
        from .dashboard import Dashboard

        return Dashboard(self.database, self.period)

    def _tab_shown(self, index: int) -> None:
        if index in self._tab_factories and index not in self.views:
            view = self._tab_factories[index]()
            self.views[index] = view
            title = self.tabs.tabText(index)
            self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, view, title)
            self.tabs.setCurrentIndex(index)
            self.tabs.blockSignals(False)
        elif index in self._stale:
            self._stale.discard(index)
            self.views[index].period = self.period
            self.views[index].refresh()

    # actions ---------------------------------------------------------------------------------

    def push(self, changes: ChangeSet | None, text: str) -> None:
        if changes:
            self.undo_stack.push(StoredChange(self.database, changes, text, self.after_change, actor=self.settings.signer_name))
            self.after_change(changes)

    def edit_task(self) -> None:
        from .task_form import TaskForm

        code = self.selected_task()
        if code is None:
            return
        form = TaskForm(self.database, self.plan, self.plan.task(code), self.settings.signer_name, self)
        if form.exec():
            self.push(form.changes, self.tr("Edit task {code}").format(code=code))

    def import_workbooks(self) -> None:
        from .import_dialog import ImportDialog

        paths = prompts.choose_open_files(self, self.tr("Import returned workbooks"), self.tr("Excel workbooks (*.xlsx)"))
        if not paths:
            return
        dialog = ImportDialog(self.database, [Path(p) for p in paths], self.settings.signer_name, self)
        dialog.imported.connect(lambda outcome: self.push(outcome.changes, self.tr("Import {file}").format(file=outcome.file_name)))
        dialog.exec()

    def show_receipts(self) -> None:
        from .receipts_view import ReceiptsDialog

        ReceiptsDialog(self.database, self.period, self).exec()

    def _export(self, action: Callable[[], str]) -> None:
        from ..domain.errors import UserError
        from ..i18n import translate

        try:
            message = action()
        except (UserError, OSError) as error:
            prompts.show_error(self, self.tr("Export"), error.render(translate) if isinstance(error, UserError) else str(error))
            return
        prompts.show_info(self, self.tr("Export"), message)

    def export_templates(self) -> None:
        """An agency's installation exports its own workbook; the province's exports one per agency."""
        from ..exchange.template import export_template, template_file_name

        mine = self.settings.agency
        if mine:
            path = prompts.choose_save_file(
                self, self.tr("Export the reporting workbook"), template_file_name(mine, self.period), self.tr("Excel workbooks (*.xlsx)")
            )
            if path:
                def one() -> str:
                    with self.database.transaction() as session:
                        export_template(session, mine, self.period, Path(path), self.database.installation_id)
                    return self.tr("Written: {file}").format(file=path)

                self._export(one)
            return
        folder = prompts.choose_folder(self, self.tr("Folder for the reporting workbooks"))
        if folder:
            def every() -> str:
                codes = sorted({d.agency for d in self.plan.duties(parse_period(self.period).ends_on)})
                with self.database.transaction() as session:
                    for code in codes:
                        export_template(session, code, self.period, Path(folder) / template_file_name(code, self.period), self.database.installation_id)
                return self.tr("{count} workbooks written to {folder}.").format(count=len(codes), folder=folder)

            self._export(every)

    def export_plan(self) -> None:
        from ..exchange.plan_workbook import write_plan_workbook

        path = prompts.choose_save_file(self, self.tr("Export the plan"), "KeHoach_TangTruongXanh.xlsx", self.tr("Excel workbooks (*.xlsx)"))
        if path:
            def write() -> str:
                write_plan_workbook(self.plan, Path(path))
                return self.tr("Written: {file}").format(file=path)

            self._export(write)

    def export_summary(self) -> None:
        from ..exchange.summary_workbook import write_summary_workbook

        path = prompts.choose_save_file(
            self, self.tr("Export the period summary"), f"TongHop_{self.period}.xlsx", self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            def write() -> str:
                with self.database.transaction() as session:
                    write_summary_workbook(session, self.period, Path(path))
                return self.tr("Written: {file}").format(file=path)

            self._export(write)

    def print_report(self, kind: str) -> None:
        from .report_dialog import ReportDialog

        self.form.commit()
        ReportDialog(self.database, self.plan, self.settings, self.period, kind, self).exec()

    def print_plan(self) -> None:
        from ..reports.plan_listing import build_plan_listing

        path = prompts.choose_save_file(self, self.tr("Save the plan listing"), "DanhMucNhiemVu.pdf", self.tr("PDF documents (*.pdf)"))
        if path:
            def write() -> str:
                build_plan_listing(self.plan, Path(path))
                prompts.open_with_system_viewer(path)
                return self.tr("Written: {file}").format(file=path)

            self._export(write)

    def verify_code(self) -> None:
        from .report_dialog import VerifyDialog

        VerifyDialog(self.database, self).exec()

    def edit_periods(self) -> None:
        from .periods_dialog import PeriodsDialog

        dialog = PeriodsDialog(self.database, self)
        dialog.exec()
        if dialog.changed:
            with self.database.transaction() as session:
                self.period_codes = [p.code for p in list_periods(session)]
            current = self.period
            self.period_box.blockSignals(True)
            self.period_box.clear()
            self.period_box.addItems(self.period_codes)
            self.period_box.setCurrentText(current)
            self.period_box.blockSignals(False)
            self._views_outdated()

    def change_agencies(self) -> None:
        from .agency_change_dialog import AgencyChangeDialog

        dialog = AgencyChangeDialog(self.database, self)
        if dialog.exec():
            self.push(dialog.result_changes, self.tr("Agency change"))

    def edit_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self.settings, self.plan, str(self.database.path), [self.action_open, self.action_new, self.action_backup], self
        )
        before = self.settings.agency
        accepted = dialog.exec()
        language, requested = dialog.language.currentData(), dialog.requested
        dialog.deleteLater()
        if requested is not None:
            requested.trigger()
            return
        if not accepted:
            return
        self.form.actor = self.settings.signer_name
        self._update_status_bar()
        if self.settings.agency != before:  # the tree follows whose installation this now is
            self.filter_bar.show_agency(self.settings.agency)
        self._task_selected(self.tree.currentIndex())
        self.languageRequested.emit(language)  # last: the window is rebuilt in the new language

    def open_database(self) -> None:
        path = prompts.choose_open_file(self, self.tr("Open a database"), self.tr("GPA Desktop database (*.sqlite3 *.db);;All files (*)"))
        if path:
            self.databaseRequested.emit(path)

    def new_database(self) -> None:
        """A new file holding the built-in plan (never an existing file opened by mistake)."""
        path = prompts.choose_save_file(self, self.tr("New database"), "gpa-desktop.sqlite3", self.tr("GPA Desktop database (*.sqlite3)"))
        if not path:
            return
        if Path(path).exists():
            prompts.show_error(
                self, self.tr("New database"),
                self.tr("{path} already exists. Choose a new file name, or open that file with “Open another database”.").format(path=path),
            )
            return
        self.databaseRequested.emit(path)

    def backup(self) -> None:
        from datetime import datetime

        from PySide6.QtWidgets import QProgressDialog

        from ..storage.backup import backup_database

        suggested = f"gpa-desktop-{datetime.now():%Y%m%d-%H%M}.sqlite3"
        path = prompts.choose_save_file(self, self.tr("Back up the database"), suggested, self.tr("GPA Desktop database (*.sqlite3)"))
        if not path:
            return
        progress = QProgressDialog(self.tr("Backing up…"), None, 0, 100, self)
        progress.setObjectName("backup_progress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def step(done: int, total: int) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(done)

        from ..domain.errors import UserError
        from ..i18n import translate

        try:
            backup_database(self.database.path, Path(path), step)
        except (UserError, OSError) as error:
            message = error.render(translate) if isinstance(error, UserError) else str(error)
            prompts.show_error(self, self.tr("Backup"), message)
            return
        finally:
            progress.close()
            progress.deleteLater()
        prompts.show_info(self, self.tr("Backup"), self.tr("The database was copied to {path}.").format(path=path))


def _html(text: str | None) -> str:
    from html import escape

    return escape(clean(text or ""))
