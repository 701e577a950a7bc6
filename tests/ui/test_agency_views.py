"""Agency view, completeness matrix and dashboard, driven as a user would."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from gpa_desktop.domain.reports import ReportValues
from gpa_desktop.storage.agency_changes import merge_agencies
from gpa_desktop.storage.reports import save_report
from gpa_desktop.ui.agency_view import AgencyView
from gpa_desktop.ui.completeness_view import CompletenessView


@pytest.fixture
def agency_view(qtbot, db):
    view = AgencyView(db, "2024")
    qtbot.addWidget(view)
    return view


def _rows(view):
    model = view.duties
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_agency_view_lists_duties_with_this_periods_status(agency_view, db, qtmodeltester):
    with db.transaction() as session:
        save_report(session, "1.2", "STNMT", "2024", ReportValues(status="in_progress", percent=35))
    agency_view.select_agency("STNMT")
    rows = {r[0]: r for r in _rows(agency_view)}
    assert rows["1.2"][2] == "Chủ trì" and rows["1.2"][3] == "Đang thực hiện" and rows["1.2"][4] == "35%"
    assert rows["1.1"][2] == "Phối hợp (qua Các Sở, ban ngành thuộc tỉnh)"
    assert "Sở Tài nguyên và Môi trường" in agency_view.title.text()
    qtmodeltester.check(agency_view.duties)
    qtmodeltester.check(agency_view.agencies)


def test_double_click_asks_for_the_report_form(agency_view, qtbot):
    agency_view.select_agency("STNMT")
    row = next(r for r in range(agency_view.duties.rowCount()) if agency_view.duties.index(r, 0).data() == "1.2")
    index = agency_view.duties.index(row, 1)
    with qtbot.waitSignal(agency_view.reportRequested) as signal:
        agency_view.table.doubleClicked.emit(index)
    assert signal.args == ["1.2", "STNMT"]


def test_agency_view_after_a_merge(agency_view, db):
    with db.transaction() as session:
        merge_agencies(session, ["STNMT", "SNNPTNT"], "SNNMT", date(2025, 3, 1), new_name="Sở Nông nghiệp và Môi trường")
    agency_view.refresh()
    agency_view.select_agency("SNNMT")
    codes = [r[0] for r in _rows(agency_view)]
    assert "1.2" in codes and "1.3" in codes  # led by the two predecessors
    agency_view.select_agency("STNMT")
    assert agency_view.tree.currentIndex().data().endswith("(đã chấm dứt)")
    assert _rows(agency_view) == []


@pytest.fixture
def completeness_view(qtbot, db):
    view = CompletenessView(db, "2024")
    qtbot.addWidget(view)
    return view


def test_completeness_matrix_and_drill_down(completeness_view, db, qtmodeltester):
    qtmodeltester.check(completeness_view.model)
    model = completeness_view.model
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "2024")
    row = next(r for r in range(model.rowCount()) if model.headerData(r, Qt.Orientation.Vertical) == "Sở Tài nguyên và Môi trường")
    assert model.index(row, column).data() == "0/16"
    assert "phải nộp 1269" in completeness_view.summary.text()
    completeness_view.matrix.setCurrentIndex(model.index(row, column))
    items = [completeness_view.cell_tasks.item(i).text() for i in range(completeness_view.cell_tasks.count())]
    assert len(items) == 16 and items[0].startswith("Chưa nộp: 1.1")

    with db.transaction() as session:
        save_report(session, "1.2", "STNMT", "2024", ReportValues(percent=10))
    completeness_view.refresh()
    assert model.index(row, column).data() == "1/16"
    assert completeness_view.lists.tabText(2) == "Nhiệm vụ quá hạn (1)"  # 1.1, due "Năm 2023"


def test_dashboard_follows_an_edit(qtbot, db):
    from gpa_desktop.ui.dashboard import Dashboard

    dashboard = Dashboard(db, "2024")
    qtbot.addWidget(dashboard)

    def done_in_group_1() -> float:
        series = dashboard.status_chart.series()[0]
        bar = next(b for b in series.barSets() if b.label() == "Đã hoàn thành")
        return bar.at(0)

    assert done_in_group_1() == 0
    with db.transaction() as session:
        save_report(session, "1.2", "STNMT", "2024", ReportValues(status="done", percent=100))
    dashboard.refresh()
    assert done_in_group_1() == 1
    assert dashboard.progress_chart.series()[0].count() == 1
