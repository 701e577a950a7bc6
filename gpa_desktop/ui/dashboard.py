"""Dashboard: status by group, completeness by kind of agency, progress over periods (QtCharts).

Imported only when the tab is first shown: QtCharts is not needed to start the window.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGridLayout, QWidget

from ..domain.plan import AgencyKind
from ..storage.database import Database
from ..storage.plan_store import read_plan
from ..storage.reports import average_progress_by_period, period_completeness, status_counts_by_group, status_labels

STATUS_COLOURS = {"not_started": "#9e9e9e", "in_progress": "#42a5f5", "done": "#43a047", "behind": "#e53935", None: "#e0e0e0"}


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


class Dashboard(QWidget):
    """Three charts for one period; ``refresh()`` after an edit or import redraws them."""

    def __init__(self, database: Database, period: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.period = period
        self.views = [QChartView() for _ in range(3)]
        layout = QGridLayout(self)
        for view in self.views:
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
        layout.addWidget(self.views[0], 0, 0, 2, 1)
        layout.addWidget(self.views[1], 0, 1)
        layout.addWidget(self.views[2], 1, 1)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 2)
        self.refresh()

    def set_period(self, period: str) -> None:
        self.period = period
        self.refresh()

    def refresh(self) -> None:
        with self.database.transaction() as session:
            plan = read_plan(session)
            labels = status_labels(session)
            by_group = status_counts_by_group(session, self.period)
            completeness = period_completeness(session, self.period)
            progress = average_progress_by_period(session)
        self.status_chart = self._status_by_group(plan, labels, by_group)
        self.kind_chart = self._completeness_by_kind(plan, completeness)
        self.progress_chart = self._progress(progress)
        for view, chart in zip(self.views, (self.status_chart, self.kind_chart, self.progress_chart)):
            old = view.chart()
            view.setChart(chart)
            if old is not None and old is not chart:
                old.deleteLater()

    def _status_by_group(self, plan, labels, by_group) -> QChart:
        chart = _chart(self.tr("Report status by task group, period {period}").format(period=self.period))
        series = QHorizontalStackedBarSeries()
        groups = [g.code for g in plan.groups]
        for code, label in [*labels.items(), (None, self.tr("No status"))]:
            bar = QBarSet(label)
            bar.setColor(QColor(STATUS_COLOURS.get(code, "#8d6e63")))
            bar.append([by_group.get(group, {}).get(code, 0) for group in groups])
            series.append(bar)
        chart.addSeries(series)
        axis = QBarCategoryAxis()
        axis.append([self.tr("Group {code}").format(code=g) for g in groups])
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)
        values = QValueAxis()
        values.setLabelFormat("%d")
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        return chart

    def _completeness_by_kind(self, plan, completeness) -> QChart:
        chart = _chart(self.tr("Reports received by kind of agency (%)"))
        kinds = {
            AgencyKind.DEPARTMENT: self.tr("Departments"),
            AgencyKind.DISTRICT: self.tr("Districts"),
            AgencyKind.CENTRAL_BRANCH: self.tr("Central branches"),
            AgencyKind.ASSOCIATION: self.tr("Associations"),
            AgencyKind.OTHER: self.tr("Others"),
        }
        totals = {kind: [0, 0] for kind in kinds}
        for entry in completeness.agencies:
            kind = plan.agency(entry.agency).kind
            if kind in totals:
                totals[kind][0] += entry.received
                totals[kind][1] += len(entry.expected)
        shown = [k for k in kinds if totals[k][1]]
        bar = QBarSet(self.tr("Received"))
        bar.setColor(QColor("#43a047"))
        bar.append([round(100 * totals[k][0] / totals[k][1], 1) for k in shown])
        series = QBarSeries()
        series.append(bar)
        chart.addSeries(series)
        axis = QBarCategoryAxis()
        axis.append([kinds[k] for k in shown])
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis)
        values = QValueAxis()
        values.setRange(0, 100)
        values.setLabelFormat("%d%%")
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)
        chart.legend().hide()
        return chart

    def _progress(self, progress) -> QChart:
        chart = _chart(self.tr("Average progress over periods (%)"))
        line = QLineSeries()
        line.setName(self.tr("Average progress"))
        for position, (_code, mean) in enumerate(progress):
            if mean is not None:
                line.append(position, float(mean))
        chart.addSeries(line)
        axis = QBarCategoryAxis()
        axis.append([code for code, _ in progress])
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        line.attachAxis(axis)
        values = QValueAxis()
        values.setRange(0, 100)
        values.setLabelFormat("%d%%")
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        line.attachAxis(values)
        chart.legend().hide()
        return chart
