"""Agency view, completeness matrix and dashboard, driven as a user would."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from gpa_desktop.domain.reports import ReportValues
from gpa_desktop.storage.agency_changes import merge_agencies
from gpa_desktop.storage.plan_store import read_plan
from gpa_desktop.storage.reports import save_report
from gpa_desktop.ui.agency_view import CODE_ROLE, AgencyView
from gpa_desktop.ui.completeness_view import CompletenessView


@pytest.fixture
def agency_view(qtbot, db, shared, ws):
    view = AgencyView(ws, shared)
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
    roles = [r[2] for r in _rows(agency_view)]
    assert roles.index("Phối hợp") > max(i for i, role in enumerate(roles) if role.startswith("Chủ trì"))  # leads first
    qtmodeltester.check(agency_view.duties)
    qtmodeltester.check(agency_view.agencies)


def test_double_click_asks_for_the_report_form(agency_view, qtbot):
    agency_view.select_agency("STNMT")
    row = next(r for r in range(agency_view.duties.rowCount()) if agency_view.duties.index(r, 0).data() == "1.2")
    index = agency_view.duties.index(row, 1)
    with qtbot.waitSignal(agency_view.reportRequested) as signal:
        agency_view.table.doubleClicked.emit(index)
    assert signal.args == ["1.2", "STNMT"]


def _told(runner, *changesets):
    """What the window's operations would have broadcast for changes written straight to storage."""
    for changes in changesets:
        runner.record("", changes.summary())


def test_agency_view_after_a_merge(agency_view, db, runner):
    with db.transaction() as session:
        before = {d.task for d in read_plan(session).duties_of("STNMT")} | {
            d.task for d in read_plan(session).duties_of("SNNPTNT")
        }
        save_report(session, "1.2", "STNMT", "2024", ReportValues(status="done", percent=100))
        merged = merge_agencies(session, ["STNMT", "SNNPTNT"], "SNNMT", date(2025, 3, 1), new_name="Sở Nông nghiệp và Môi trường")
    _told(runner, merged)
    agency_view.refresh()
    # 2024 ended before the merge: the old department keeps its duties and the report it filed
    agency_view.select_agency("STNMT")
    assert agency_view.tree.currentIndex().data() == "Sở Tài nguyên và Môi trường (đã chấm dứt từ 01/03/2025)"
    rows = {r[0]: r for r in _rows(agency_view)}
    assert len(rows) == 16 and rows["1.2"][3] == "Đã hoàn thành"
    assert "Sở Nông nghiệp và Môi trường" in agency_view.title.text()  # where its tasks went
    agency_view.select_agency("SNNMT")
    assert _rows(agency_view) == []
    # 2025 ends after it: the successor holds both predecessors' tasks, the old one nothing
    agency_view.set_period("2025")
    assert {r[0] for r in _rows(agency_view)} == before
    assert all(r[3] == "Chưa báo cáo" for r in _rows(agency_view))
    agency_view.select_agency("STNMT")
    assert _rows(agency_view) == []


def test_the_receipt_day_shown_and_judged_is_the_day_in_vietnam(agency_view, db, machine_zone):
    """Period 2024 is due 15/01/2025. 15/01 23:30 UTC is 06:30 on the 16th in Gia Lai: shown as the
    16th and late; 16:30 UTC is 23:30 on the due day there: shown as the 15th, on time."""
    from datetime import datetime

    with db.transaction() as session:
        save_report(session, "1.2", "STNMT", "2024", ReportValues(percent=35), received_at=datetime(2025, 1, 15, 23, 30))
        save_report(session, "13.1", "STNMT", "2024", ReportValues(percent=35), received_at=datetime(2025, 1, 15, 16, 30))
    agency_view.select_agency("STNMT")
    rows = {r[0]: r for r in _rows(agency_view)}
    assert (rows["1.2"][5], rows["13.1"][5]) == ("16/01/2025 (trễ hạn)", "15/01/2025")


@pytest.fixture
def completeness_view(qtbot, db, shared, ws):
    view = CompletenessView(ws, shared)
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

    resets = []
    model.modelReset.connect(lambda: resets.append(True))
    with db.transaction() as session:
        save_report(session, "1.2", "STNMT", "2024", ReportValues(percent=10))
    completeness_view.refresh()
    assert model.index(row, column).data() == "1/16"
    assert resets == [] and completeness_view.matrix.currentIndex() == model.index(row, column)  # the cell stays open
    assert completeness_view.cell_tasks.count() == 16 and completeness_view.cell_tasks.item(15).text().startswith("Nộp trễ: 1.2")
    assert completeness_view.lists.tabText(2) == "Nhiệm vụ quá hạn (1)"  # 1.1, due "Năm 2023"


def _bar_value(chart, label, category):
    """The value the chart shows for one bar set (by label) in one category (by its axis text)."""
    series = chart.series()[0]
    axis = next(a for a in series.attachedAxes() if hasattr(a, "categories"))
    bar = next(b for b in series.barSets() if b.label() == label)
    return bar.at(axis.categories().index(category))


@pytest.mark.slow
def test_a_report_received_without_a_status_counts_the_same_in_the_province_report_and_the_dashboard(qtbot, db, shared, ws, tmp_path):
    """Received without a status is a state of its own ("Chưa ghi tình trạng"), never "Chưa thực hiện":
    the province report's table and the dashboard's chart give every status the same totals."""
    import re

    from gpa_desktop.reports.province_report import build_province_report
    from gpa_desktop.ui.dashboard import Dashboard
    from tests.reports.test_pdf_reports import OPTIONS, flat, pdf_text

    with db.transaction() as session:
        save_report(session, "1.2", "STNMT", "2024", ReportValues(percent=10))  # received, no status given
        save_report(session, "1.3", "SNNPTNT", "2024", ReportValues(status="done", percent=100))
        save_report(session, "2.1", "STTTT", "2024", ReportValues(status="not_started"))
        build_province_report(session, "2024", OPTIONS, tmp_path / "tinh.pdf")
    body = flat(pdf_text(tmp_path / "tinh.pdf"))
    printed = [int(n.replace(".", "")) for n in re.search(r"Tổng cộng ((?:[\d.]+ )+)", body).group(1).split()]
    dashboard = Dashboard(ws, shared)
    qtbot.addWidget(dashboard)
    bars = dashboard.status_chart.series()[0].barSets()  # the statuses in the list's order, no status, not reported
    assert [round(sum(bar.at(i) for i in range(bar.count()))) for bar in bars] == printed == [1, 0, 1, 0, 1, 1266]
    appendix = flat(pdf_text(tmp_path / "tinh.pdf", drawn_order=True))
    assert re.search(r"Sở Tài nguyên và Môi trường Chủ trì Chưa ghi tình trạng 10%", appendix)


def test_dashboard_counts_expected_reports_by_status(qtbot, db, shared, ws):
    from gpa_desktop.ui.dashboard import Dashboard

    dashboard = Dashboard(ws, shared)
    qtbot.addWidget(dashboard)
    # 1269 expected reports in all; 1.1 alone expects 36 (19 departments, its lead among them, and 17 districts)
    assert _bar_value(dashboard.status_chart, "Đã hoàn thành", "Nhóm 1") == 0
    missing_before = _bar_value(dashboard.status_chart, "Chưa báo cáo", "Nhóm 1")
    with db.transaction() as session:
        save_report(session, "1.2", "STNMT", "2024", ReportValues(status="done", percent=100))
        save_report(session, "1.2", "SKHDT", "2024", ReportValues(percent=10))  # not expected on 1.2: ignored
    dashboard.refresh()
    assert _bar_value(dashboard.status_chart, "Đã hoàn thành", "Nhóm 1") == 1
    assert _bar_value(dashboard.status_chart, "Chưa báo cáo", "Nhóm 1") == missing_before - 1
    # the department that reported, received after the 2024 due date: late, 1 of the departments' 176
    departments = next(c for c in _categories(dashboard.kind_chart) if c.startswith("Sở, ban ("))
    assert departments.endswith("(1/176)")
    assert _bar_value(dashboard.kind_chart, "Trễ hạn", departments) == round(100 / 176, 1)
    assert dashboard.progress_chart.series()[0].count() == 1


def _categories(chart):
    return next(a for a in chart.series()[0].attachedAxes() if hasattr(a, "categories")).categories()


def _select_task(window, code):
    window.tree.setCurrentIndex(window.proxy.mapFromSource(window.model.task_index(code)))


def test_the_dashboard_tab_follows_an_edit_in_the_form_without_restarting(window, db, qtbot):
    window.tabs.setCurrentIndex(3)
    dashboard = window.views[3]
    assert _bar_value(dashboard.status_chart, "Đang thực hiện", "Nhóm 1") == 0
    window.tabs.setCurrentIndex(0)
    window.open_report("1.2", "STNMT")
    window.form.status.setCurrentIndex(window.form.status.findText("Đang thực hiện"))
    window.form.commit()
    window.tabs.setCurrentIndex(3)
    assert window.views[3] is dashboard
    assert _bar_value(dashboard.status_chart, "Đang thực hiện", "Nhóm 1") == 1
    window.action_undo.trigger()  # the visible tab refreshes at once
    assert _bar_value(dashboard.status_chart, "Đang thực hiện", "Nhóm 1") == 0


def test_double_click_in_the_agency_tab_opens_that_report_in_the_form(window, qtbot):
    window.tabs.setCurrentIndex(1)
    view = window.views[1]
    view.select_agency("SNNPTNT")
    row = next(r for r in range(view.duties.rowCount()) if view.duties.index(r, 0).data() == "1.3")
    view.table.doubleClicked.emit(view.duties.index(row, 1))
    assert window.tabs.currentIndex() == 0 and window.selected_task() == "1.3"
    assert window.assigned.currentIndex().siblingAtColumn(0).data() == "Sở Nông nghiệp và Phát triển nông thôn"
    assert window.form.isEnabled()


def test_a_merge_through_the_window_shows_in_the_tabs_and_undoes(window, db, monkeypatch, shared):
    from gpa_desktop.ui.agency_change_dialog import MERGE, AgencyChangeDialog

    def merge(dialog):
        dialog.operation.setCurrentIndex(MERGE)
        _check(dialog.merge_from, {"STNMT", "SNNPTNT"})
        dialog.merge_code.setText("SNNMT")
        dialog.merge_name.setText("Sở Nông nghiệp và Môi trường")
        dialog.effective.setDate(QDate(2025, 3, 1))
        dialog.apply()
        return dialog.result()

    window.set_period("2025")
    window.tabs.setCurrentIndex(2)
    matrix = window.views[2]
    assert "phải nộp 1269" in matrix.summary.text()
    monkeypatch.setattr(AgencyChangeDialog, "exec", merge)
    window.action_agencies.trigger()
    assert "phải nộp 1261" in matrix.summary.text()  # 16 + 15 tasks, 8 shared: 23 for the merged department
    rows = [matrix.model.headerData(r, Qt.Orientation.Vertical) for r in range(matrix.model.rowCount())]
    assert rows.index("Sở Nông nghiệp và Môi trường") < rows.index("UBND thành phố Pleiku")  # among the departments
    assert "Sở Tài nguyên và Môi trường (đã chấm dứt từ 01/03/2025)" in rows  # still there for the years before
    window.tabs.setCurrentIndex(1)
    view = window.views[1]
    view.select_agency("SNNMT")
    assert view.duties.rowCount() == 23
    window.action_undo.trigger()
    assert view.selected_agency() is None and not view.agencies.match(
        view.agencies.index(0, 0), Qt.ItemDataRole.UserRole + 1, "SNNMT", 1, Qt.MatchFlag.MatchRecursive
    )
    window.tabs.setCurrentIndex(2)
    assert "phải nộp 1269" in matrix.summary.text()


def _check(listing, codes):
    for i in range(listing.count()):
        item = listing.item(i)
        if item.data(Qt.ItemDataRole.UserRole + 1) in codes:
            item.setCheckState(Qt.CheckState.Checked)


def _tree(view):
    """{group text: [(agency text, [member texts])]} as the tree shows it."""
    model, out = view.agencies, {}
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        out[group.data()] = [
            (model.index(a, 0, group).data(), [model.index(m, 0, model.index(a, 0, group)).data() for m in range(model.rowCount(model.index(a, 0, group)))])
            for a in range(model.rowCount(group))
        ]
    return out


def test_agencies_grouped_by_kind_and_the_district_level_ending(agency_view, db, runner):
    from gpa_desktop.storage.agency_changes import end_agency, rename_agency

    tree = _tree(agency_view)
    assert list(tree) == [
        "Sở, ban, ngành thuộc tỉnh (19)", "UBND cấp huyện (17)", "Cơ quan Trung ương đóng trên địa bàn (1)",
        "Hội, đoàn thể (1)", "Nhóm cơ quan (4)",
    ]
    districts = dict(tree["Nhóm cơ quan (4)"])["UBND các huyện, thị xã, thành phố (17 thành viên)"]
    assert len(districts) == 17 and districts[0] == "UBND thành phố Pleiku"
    codes = [agency_view.agencies.index(r, 0, agency_view.agencies.index(1, 0)).data(CODE_ROLE) for r in range(17)]
    with db.transaction() as session:
        ended = end_agency(session, codes, date(2025, 7, 1))
        renamed = rename_agency(session, "SKHDT", "Sở Tài chính và Kế hoạch", date(2025, 3, 1))
    from tests.support import add_periods

    add_periods(db, "2025-H2")
    _told(runner, ended, renamed)
    agency_view.refresh()
    tree = _tree(agency_view)
    assert dict(tree["Nhóm cơ quan (4)"])["UBND các huyện, thị xã, thành phố (0 thành viên)"] == []
    assert tree["UBND cấp huyện (17)"][0][0] == "UBND thành phố Pleiku (đã chấm dứt từ 01/07/2025)"
    agency_view.select_agency("PLEIKU")
    assert agency_view.duties.rowCount() == 64  # 2024: still its 64 tasks
    agency_view.set_period("2025-H2")
    assert agency_view.duties.rowCount() == 0 and "không phải báo cáo trong kỳ này" in agency_view.title.text()
    agency_view.set_period("2024")
    agency_view.select_agency("SKHDT")
    assert agency_view.title.text().startswith("<b>Sở Kế hoạch và Đầu tư</b>")  # the name it carried in 2024
    assert "Nay là Sở Tài chính và Kế hoạch." in agency_view.title.text()


def test_a_group_shows_how_many_of_its_members_reported(agency_view, db):
    with db.transaction() as session:
        save_report(session, "1.1", "PLEIKU", "2024", ReportValues(percent=10))
        save_report(session, "1.1", "ANKHE", "2024", ReportValues(percent=10))
    agency_view.select_agency("HUYEN")
    rows = {r[0]: r for r in _rows(agency_view)}
    assert rows["1.1"][2] == "Phối hợp" and rows["1.1"][3] == "2/17 thành viên đã báo cáo"
    assert rows["2.2"][3] == "0/17 thành viên đã báo cáo"


def test_an_empty_group_says_nobody_is_expected_and_where_to_name_its_members(agency_view, db, runner):
    from gpa_desktop.storage.agency_changes import set_members

    agency_view.select_agency("SBN_LQ")
    assert "chưa cơ quan nào phải báo cáo" in agency_view.title.text() and "Thành viên của nhóm" in agency_view.title.text()
    with db.transaction() as session:
        members = set_members(session, "SBN_LQ", ["SCT"], date(2023, 1, 1))
    _told(runner, members)
    agency_view.refresh()
    agency_view.select_agency("SBN_LQ")
    assert "Thành viên của nhóm" not in agency_view.title.text()


def test_an_undo_the_records_refuse_is_explained_and_leaves_the_stack_honest(window, db, monkeypatch):
    """Once the merged department has filed a report, its creation cannot be undone: the officer is
    told why, the merge stays in the records and the stack no longer offers to undo it."""
    from datetime import datetime

    from gpa_desktop.domain.reports import ReportValues
    from gpa_desktop.storage.reports import save_report
    from gpa_desktop.ui import prompts

    with db.transaction() as session:
        merged = merge_agencies(session, ["STNMT", "SNNPTNT"], "SNNMT", date(2025, 3, 1), new_name="Sở Nông nghiệp và Môi trường")
    window.runner.record("Hợp nhất", merged.summary())
    with db.transaction() as session:
        save_report(session, "1.2", "SNNMT", "2025", ReportValues(percent=50), received_at=datetime(2026, 1, 5))
    shown = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: shown.append(text))
    window.action_undo.trigger()
    assert len(shown) == 1 and "Không thể hoàn tác" in shown[0] and "SNNMT" in shown[0]
    assert not window.undo_stack.canUndo()
    with db.transaction() as session:
        from gpa_desktop.storage.plan_store import read_plan

        assert read_plan(session).agency("SNNMT").name == "Sở Nông nghiệp và Môi trường"
