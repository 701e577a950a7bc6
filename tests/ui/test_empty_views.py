"""An empty list says what would appear in it, and the sentence goes once something does."""

from __future__ import annotations

from gpa_desktop.domain.reports import ReportValues
from gpa_desktop.operations.reports import set_report


def _shown(hint) -> bool:
    return not hint.label.isHidden() and bool(hint.label.text())


def test_the_plan_tree_says_when_the_filters_hide_every_task(window):
    assert not _shown(window.no_match)
    window.filter_edit.setText("không có nhiệm vụ nào như thế này")
    assert _shown(window.no_match) and "Ctrl+Shift+L" in window.no_match.label.text()
    window.clear_filters()
    assert not _shown(window.no_match)


def test_the_report_form_s_history_and_other_agencies(window):
    window.tree.setCurrentIndex(window.proxy.mapFromSource(window.model.task_index("1.2")))
    window.assigned.setCurrentIndex(window.duties.index(window.duties.row_of("STNMT"), 0))
    history, others = window.form.hints
    assert _shown(history) and _shown(others)
    window.form.percent.setValue(20)
    window.form.commit()
    window.assigned.setCurrentIndex(window.duties.index(window.duties.row_of("PLEIKU"), 0))
    window.assigned.setCurrentIndex(window.duties.index(window.duties.row_of("STNMT"), 0))
    assert not _shown(history) and window.form.history.count() == 1


def test_the_reporting_lists_and_the_agency_view(window):
    window.tabs.setCurrentIndex(2)
    view = window.views[2]
    not_reported, late, overdue = view.hints
    assert not _shown(not_reported) and _shown(late)  # 2024: many missing, nobody late yet
    window.tabs.setCurrentIndex(1)
    agencies = window.views[1]
    assert _shown(agencies.empty)  # no agency chosen yet
    agencies.select_agency("STNMT")
    assert not _shown(agencies.empty)


def test_the_receipt_register(window, qtbot):
    from gpa_desktop.ui.receipts_view import ReceiptsDialog

    dialog = ReceiptsDialog(window.ws, window.shared.period_codes, "2024", window)
    qtbot.addWidget(dialog)
    text = dialog.empty.label.text()
    assert _shown(dialog.empty) and ("Import" in text or "Nhập" in text)  # says how one gets there


def test_the_agencies_of_a_task_nobody_is_expected_on(window, db):
    set_report(window.ws, "1.2", "STNMT", "2024", ReportValues(percent=5))
    window.tree.setCurrentIndex(window.proxy.mapFromSource(window.model.task_index("1.2")))
    assert not _shown(window.task_pane.empty)
    window.task_pane.duties.set_rows([], {})
    assert _shown(window.task_pane.empty)
