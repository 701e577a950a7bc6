"""The plan, status list and periods every view of the window shares, read once and read again
only when an operation changed them (no view reads the plan for itself)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..domain.changes import OpChanges
from ..domain.periods import ReportingPeriod, current_period
from ..domain.plan import Plan
from ..operations import Workspace
from ..operations.plan import PlanState, plan_state
from .runner import OperationRunner
from .vocabulary import status_names


class SharedPlan(QObject):
    planChanged = Signal()  # the plan or its agencies changed: read self.plan again
    periodsChanged = Signal()  # a period was added, re-dated or deleted
    periodChosen = Signal(str)  # the period every tab shows

    def __init__(self, ws: Workspace, runner: OperationRunner, period: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.state: PlanState = plan_state(ws)
        codes = self.period_codes
        self.period = period if period in codes else current_period(codes)
        runner.changed.connect(self._changed)

    @property
    def plan(self) -> Plan:
        return self.state.plan

    @property
    def labels(self) -> dict[str, str]:
        """The status list by code, in the language in use."""
        return status_names(self.state.labels)

    @property
    def periods(self) -> list[ReportingPeriod]:
        return self.state.periods

    @property
    def period_codes(self) -> list[str]:
        return [p.code for p in self.state.periods]

    @property
    def reporting_period(self) -> ReportingPeriod:
        return self.state.period(self.period)

    @property
    def ends_on(self):
        """The day whose duties count: the chosen period's last day."""
        return self.reporting_period.period.ends_on

    def choose(self, period: str) -> None:
        if period and period != self.period and period in self.period_codes:
            self.period = period
            self.periodChosen.emit(period)

    def _changed(self, changes: OpChanges, _origin: object) -> None:
        if changes.plan or changes.periods:
            self.state = plan_state(self.ws)
            if self.period not in self.period_codes:
                self.period = current_period(self.period_codes)
                self.periodChosen.emit(self.period)
        if changes.periods:
            self.periodsChanged.emit()
        if changes.plan:
            self.planChanged.emit()
