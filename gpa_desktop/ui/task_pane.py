"""The right-hand pane of the plan tab: the chosen task's text, the agencies expected to report on
it in the chosen period (this installation's first), and the report form of the chosen agency."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QSplitter, QTableView, QTextBrowser

from ..domain.changes import OpChanges
from ..domain.plan import Role
from ..domain.reports import ReportValues
from ..domain.text import clean
from .plan_state import SharedPlan
from .empty_hint import EmptyHint
from .report_form import ReportForm
from .runner import OperationRunner
from .task_agencies_model import AGENCY_ROLE, DutyRow, TaskAgenciesModel


def _html(text: str | None) -> str:
    return escape(clean(text or ""))


class TaskPane(QSplitter):
    #: the values shown for the task changed without a read (the form saved them): task code
    progressEdited = Signal(str)

    def __init__(self, shared: SharedPlan, runner: OperationRunner, my_agency: str | None, read_only: bool) -> None:
        super().__init__(Qt.Orientation.Vertical)
        self.setObjectName("task_splitter")
        self.shared, self.runner = shared, runner
        self.my_agency, self.read_only = my_agency, read_only
        self.task: str | None = None
        self.details = QTextBrowser()
        self.details.setObjectName("task_details")
        self.duties = TaskAgenciesModel(self)
        self.assigned = QTableView()
        self.assigned.setObjectName("assigned")
        self.assigned.setModel(self.duties)
        self.empty = EmptyHint(self.assigned, self.tr("No agency is expected to report on this task in this period."))
        self.assigned.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.assigned.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.assigned.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.assigned.setWordWrap(False)
        self.assigned.setTabKeyNavigation(False)  # Tab moves on to the report form, not cell by cell
        self.assigned.verticalHeader().hide()
        self.assigned.verticalHeader().setDefaultSectionSize(self.assigned.fontMetrics().height() + 8)
        self.assigned.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.assigned.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.form = ReportForm(runner)
        for widget in (self.details, self.assigned, self.form):
            self.addWidget(widget)
        for index, stretch in enumerate((2, 2, 5)):
            self.setStretchFactor(index, stretch)
        self.setSizes([170, 150, 480])
        self.assigned.selectionModel().currentRowChanged.connect(lambda current, _previous: self._agency_selected(current.row()))
        runner.changed.connect(self._changed)

    def show_task(self, code: str | None) -> None:
        self.task = code
        if code is None:
            self.form.commit()
            self.details.clear()
            self._show_assigned()
            return
        plan, day = self.shared.plan, self.shared.ends_on
        task = plan.task(code)
        name = lambda c: plan.agency(c).name_on(day)  # noqa: E731
        items = "".join(f"<li>{_html(a)}</li>" for a in task.activities)
        notes = "".join(
            f"<li>{_html(name(a.agency))}: <i>{_html(a.note)}</i></li>" for a in task.assignments if a.note and a.holds_on(day)
        )
        heading, lead, coordinating, deadline, notes_label = (
            self.tr("Task {code}").format(code=task.code), self.tr("Lead"), self.tr("Coordinating"), self.tr("Deadline"), self.tr("Notes"),
        )
        self.details.setHtml(
            f"<h3>{_html(heading)}</h3><ul>{items}</ul>"
            f"<p><b>{lead}:</b> {_html('; '.join(map(name, task.agencies(Role.LEAD, day))))}<br>"
            f"<b>{coordinating}:</b> {_html('; '.join(map(name, task.agencies(Role.COORDINATING, day))) or '—')}<br>"
            f"<b>{deadline}:</b> {_html(task.deadline)}</p>"
            + (f"<p>{notes_label}:</p><ul>{notes}</ul>" if notes else "")
        )
        self._show_assigned()

    def _show_assigned(self) -> None:
        """The agencies expected to report on the task on the period's last day (this installation's first).
        The report of the agency to show is loaded first: its sheet holds every agency's report on the
        task, so the rows need no read of their own (a period switch read them twice)."""
        if self.task is None:
            self.duties.set_rows([], self.shared.labels)
            self.form.setEnabled(False)
            return
        duties = self._duties()
        agencies = [d.agency for d in duties]
        current = self.assigned.currentIndex()
        previous = current.data(AGENCY_ROLE) if current.isValid() else None
        agency = previous if previous in agencies else (agencies[0] if agencies else None)
        sheet = self.form.sheet
        if agency is not None:
            self._load_form(agency)
        if agency is not None and self.form.sheet is not sheet and self.form.showing(self.task, agency, self.shared.period):
            reports = {r.agency: r.values for r in self.form.sheet.task_reports}
        else:  # the form kept what it showed (the same report, or an edit it could not save): read the rows
            from ..operations.reports import task_reports  # the ORM: loaded after the window's first paint

            reports = {r.agency: r.values for r in task_reports(self.runner.ws, self.shared.period, self.task)}
        self._set_rows(reports, duties)

    def _duties(self):
        duties = self.shared.plan.task_duties(self.task, self.shared.ends_on)
        if self.my_agency:
            duties.sort(key=lambda d: d.agency != self.my_agency)
        return duties

    def _set_rows(self, reports: dict[str, ReportValues], duties=None) -> None:
        plan, day = self.shared.plan, self.shared.ends_on
        duties = self._duties() if duties is None else duties
        current = self.assigned.currentIndex()
        previous = current.data(AGENCY_ROLE) if current.isValid() else None
        self.duties.set_rows(
            [DutyRow(d.agency, plan.agency(d.agency).name_on(day), d.role, reports.get(d.agency)) for d in duties], self.shared.labels
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
        if self.task is None or not 0 <= row < self.duties.rowCount():
            self.form.setEnabled(False)
            return
        self._load_form(self.duties.rows[row].agency)

    def _load_form(self, agency: str) -> None:
        """*agency*'s report on the task in the form (not read again when it shows already)."""
        mine = self.my_agency
        why = ""
        if self.read_only:
            why = self.tr("This database is open read-only: reports can be read, not changed.")
        elif mine and mine != agency:
            why = self.tr("This installation reports for {agency}: another agency's report can be read here, not changed.").format(
                agency=self.shared.plan.agency(mine).name
            )
        if self.form.showing(self.task, agency, self.shared.period) and self.form.isEnabled():
            return  # the report shown already (the same row after an edit of its own)
        self.form.load(self.shared.plan, self.task, agency, self.shared.period, read_only=bool(why), why=why)

    def select_agency(self, agency: str) -> None:
        row = self.duties.row_of(agency)
        if row >= 0:
            self.assigned.setCurrentIndex(self.duties.index(row, 0))

    def current_reports(self) -> list[ReportValues]:
        return [r.values for r in self.duties.rows if r.values is not None]

    def _changed(self, changes: OpChanges, origin: object) -> None:
        if self.task is None:
            return
        if origin is self.form:
            # the form saved its own report: the row shows the new values, nothing is read again
            _task, agency, _period = self.form.key
            values = {r.agency: r.values for r in self.duties.rows}
            values[agency] = self.form.sheet.values
            self._set_rows({a: v for a, v in values.items() if v is not None})
            self.progressEdited.emit(self.task)
            return
        if changes.plan:
            self.show_task(self.task if self.task in {t.code for t in self.shared.plan.tasks()} else None)
        elif any(task == self.task and period == self.shared.period for task, _a, period in changes.reports) or changes.duties:
            if self.form.key is not None and any(
                (t, a, p) == self.form.key for t, a, p in changes.reports
            ):
                self.form.key = None  # someone else changed the shown report: read it again
            self._show_assigned()
