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

from ..domain.periods import PeriodKind, parse_period
from ..domain.plan import AgencyKind
from ..i18n import translate
from ..domain.reports import NOT_RECEIVED, RECEIVED_WITHOUT_STATUS
from ..operations import Workspace
from ..operations.completeness import dashboard

STATUS_COLOURS = {
    "not_started": "#9e9e9e", "in_progress": "#42a5f5", "done": "#43a047", "behind": "#e53935",
    RECEIVED_WITHOUT_STATUS: "#ce93d8", NOT_RECEIVED: "#eeeeee",
}


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


class Dashboard(QWidget):
    """Three charts for one period; ``refresh()`` after an edit or import redraws them."""

    def __init__(self, ws: Workspace, shared, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.shared = ws, shared
        self.period = shared.period
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
        plan, labels = self.shared.plan, self.shared.labels
        figures = dashboard(self.ws, self.period, plan)
        self.status_chart = self._status_by_group(plan, labels, figures.by_group)
        self.kind_chart = self._completeness_by_kind(figures.by_kind)
        self.progress_chart = self._progress(figures.progress)
        for view, chart in zip(self.views, (self.status_chart, self.kind_chart, self.progress_chart)):
            old = view.chart()
            view.setChart(chart)
            if old is not None and old is not chart:
                old.deleteLater()

    def _status_by_group(self, plan, labels, by_group) -> QChart:
        chart = _chart(self.tr("Expected reports by status and task group, period {period}").format(period=self.period))
        series = QHorizontalStackedBarSeries()
        groups = [g.code for g in reversed(plan.groups)]  # the axis runs upwards: group 1 on top
        titles = {g.code: g.title for g in plan.groups}
        shown = [
            *labels.items(), (RECEIVED_WITHOUT_STATUS, self.tr("No status given")), (NOT_RECEIVED, self.tr("Not reported")),
        ]
        for code, label in shown:
            bar = QBarSet(label)
            bar.setColor(QColor(STATUS_COLOURS.get(code, "#8d6e63")))
            bar.setBorderColor(QColor("#bdbdbd") if code == NOT_RECEIVED else bar.color())
            bar.append([by_group.get(group, {}).get(code, 0) for group in groups])
            series.append(bar)
        series.hovered.connect(
            lambda _status, index, _bar: self.views[0].setToolTip(
                self.tr("Group {code}: {title}").format(code=groups[index], title=titles[groups[index]])
            )
        )
        chart.addSeries(series)
        axis = QBarCategoryAxis()
        axis.append([self.tr("Group {code}").format(code=g) for g in groups])
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)
        values = QValueAxis()
        values.setLabelFormat("%d")
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        values.applyNiceNumbers()
        return chart

    def kind_labels(self) -> dict[AgencyKind, str]:
        """Short names for the chart's axis (the agency tree spells them out)."""
        return {kind: translate("AgencyKind", kind.short_name) for kind in AgencyKind}

    def _completeness_by_kind(self, figures) -> QChart:
        chart = _chart(self.tr("Reports received by kind of agency, period {period} (% of expected)").format(period=self.period))
        series = QHorizontalStackedBarSeries()
        figures = list(reversed(figures))  # the axis runs upwards: departments on top
        for label, colour, value in (
            (self.tr("On time"), "#43a047", lambda f: f.on_time),
            (self.tr("Late"), "#fbc02d", lambda f: f.late),
        ):
            bar = QBarSet(label)
            bar.setColor(QColor(colour))
            bar.append([round(100 * value(f) / f.expected, 1) for f in figures])
            series.append(bar)
        chart.addSeries(series)
        axis = QBarCategoryAxis()
        names = self.kind_labels()
        axis.append([f"{names[f.kind]} ({f.on_time + f.late}/{f.expected})" for f in figures])
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)
        values = QValueAxis()
        values.setRange(0, 100)
        values.setTickCount(5)
        values.setLabelFormat("%d%%")
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        return chart

    def _progress(self, progress) -> QChart:
        chart = _chart(self.tr("Average progress reported, by period (%)"))
        names = {PeriodKind.YEAR: self.tr("Years"), PeriodKind.HALF: self.tr("Half-years"), PeriodKind.QUARTER: self.tr("Quarters")}
        # Years, halves and quarters measure different spans: one line each, not one zigzag.
        lines: dict[PeriodKind, QLineSeries] = {}
        for position, (code, mean) in enumerate(progress):
            if mean is None:
                continue
            kind = parse_period(code).kind
            if kind not in lines:
                lines[kind] = QLineSeries()
                lines[kind].setName(names[kind])
                lines[kind].setPointsVisible(True)
            lines[kind].append(position, float(mean))
        axis = QBarCategoryAxis()
        axis.append([code for code, _ in progress])
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        values = QValueAxis()
        values.setRange(0, 100)
        values.setLabelFormat("%d%%")
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        for kind in PeriodKind:
            if kind in lines:
                chart.addSeries(lines[kind])
                lines[kind].attachAxis(axis)
                lines[kind].attachAxis(values)
        if len(lines) < 2:
            chart.legend().hide()
        return chart
