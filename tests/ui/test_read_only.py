"""A database open read-only (another window has it): nothing offered writes, each refusal says
why, and every operation that writes refuses in a plain sentence before trying."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from gpa_desktop.domain.errors import UserError
from gpa_desktop.domain.reports import ReportValues
from gpa_desktop.operations import Workspace
from gpa_desktop.storage.database import Database
from gpa_desktop.ui.read_only import why_read_only

#: every action of the window, by whether it writes to the database; a new action must be sorted here
WRITES = {
    "action_save", "action_edit_task", "action_import", "action_report_agency", "action_report_province",
    "action_periods", "action_agencies", "action_restore", "action_apply_changes",
}
READS = {
    "action_open", "action_new", "action_backup", "action_quit", "action_undo", "action_redo", "action_export_template",
    "action_export_plan", "action_export_summary", "action_receipts", "action_report_plan", "action_verify",
    "action_expand", "action_collapse", "action_find", "action_clear_filters", "action_settings", "action_vietnamese",
    "action_english", "action_export_changes",
}


@pytest.fixture
def viewing(db_path):
    database = Database.open(db_path, read_only=True)
    yield Workspace(database)
    database.close()


@pytest.fixture
def read_only_window(qtbot, viewing, settings):
    from gpa_desktop.ui.main_window import MainWindow

    window = MainWindow(viewing, settings)
    qtbot.addWidget(window)
    window.show()
    window.set_period("2024")
    return window


def _actions(window) -> dict[str, object]:
    return {name: getattr(window, name) for name in dir(window) if name.startswith("action_")}


def test_every_action_that_writes_is_disabled_saying_why(read_only_window):
    actions = _actions(read_only_window)
    assert set(actions) == WRITES | READS, "sort each new action into WRITES or READS"
    for name in WRITES:
        assert not actions[name].isEnabled() and actions[name].toolTip() == why_read_only(), name
    for name in READS - {"action_undo", "action_redo"}:  # nothing to undo yet
        assert actions[name].isEnabled(), name
    for top in read_only_window.menuBar().actions():
        menus = [top.menu(), *(a.menu() for a in top.menu().actions() if a.menu())]
        assert all(m.toolTipsVisible() for m in menus), top.text()  # a disabled entry says why on hover


def test_the_report_form_says_why_it_cannot_be_changed(read_only_window):
    window = read_only_window
    window.tree.setCurrentIndex(window.proxy.mapFromSource(window.model.task_index("1.2")))
    form = window.form
    assert form.key is not None and not any(w.isEnabled() for w in form.inputs())
    assert "chỉ đọc" in form.message.text() and form.status.toolTip() == form.message.text()


def test_every_dialog_keeps_its_writing_buttons_disabled(read_only_window, viewing, settings, qtbot, tmp_path):
    from gpa_desktop.operations.exchange import export_templates
    from gpa_desktop.ui.agency_change_dialog import AgencyChangeDialog
    from gpa_desktop.ui.import_dialog import ImportDialog
    from gpa_desktop.ui.periods_dialog import PeriodsDialog
    from gpa_desktop.ui.report_dialog import ReportDialog
    from gpa_desktop.ui.task_form import TaskForm

    window = read_only_window
    ok = QDialogButtonBox.StandardButton.Ok
    report = ReportDialog(viewing, window.plan, settings, "2024", "agency", window)
    tasks = TaskForm(window.runner, window.plan, window.plan.task("1.2"), window)
    agencies = AgencyChangeDialog(window.runner, window.plan, window)
    periods = PeriodsDialog(window.runner, window.shared, window)
    workbook = export_templates(viewing, "2024", lambda code: tmp_path / f"{code}.xlsx", agencies=["STC"])[0].path
    importing = ImportDialog(viewing, window.plan, [workbook], window)
    importing.read_all()
    from gpa_desktop.ui.restore_dialog import RestoreDialog

    restoring = RestoreDialog(viewing, window)
    for dialog in (report, tasks, agencies, periods, importing, restoring):
        qtbot.addWidget(dialog)
    buttons = [restoring.restore_button, restoring.findChild(type(importing.apply_button), "choose_file"), 
        report.findChild(QDialogButtonBox).button(ok), tasks.findChild(QDialogButtonBox).button(ok),
        agencies.findChild(QDialogButtonBox).button(ok), periods.findChild(type(importing.apply_button), "save_period"),
        periods.findChild(type(importing.apply_button), "new_period"), importing.apply_button,
    ]
    for button in buttons:
        assert not button.isEnabled() and button.toolTip() == why_read_only(), button.text()


def test_every_operation_that_writes_refuses_in_a_sentence(viewing, tmp_path):
    from gpa_desktop.operations import history
    from gpa_desktop.operations.backups import restore
    from gpa_desktop.operations.signing import trust_authority
    from gpa_desktop.operations.agencies import AgencyChange, ChangeKind, change_agencies
    from gpa_desktop.operations.exchange import export_templates, import_files
    from gpa_desktop.operations.issue import ReportKind, issue_report
    from gpa_desktop.operations.periods import delete_period, save_period
    from gpa_desktop.operations.plan import edit_task
    from gpa_desktop.operations.reports import report_sheet, save_report, set_report

    workbook = export_templates(viewing, "2024", lambda code: tmp_path / f"{code}.xlsx", agencies=["STC"])[0].path
    sheet = report_sheet(viewing, "1.2", "STNMT", "2024")
    writes = [
        lambda: save_report(viewing, sheet.handle, ReportValues(percent=5)),
        lambda: set_report(viewing, "1.2", "STNMT", "2024", ReportValues(percent=5)),
        lambda: edit_task(viewing, "1.2", activities=["x"], lead=[("STNMT", None)], coordinating=[], deadline="2025"),
        lambda: save_period(viewing, "2031"),
        lambda: delete_period(viewing, "2030"),
        lambda: change_agencies(viewing, AgencyChange(ChangeKind.RENAME, date(2025, 1, 1), code="STC", name="Sở Tài chính mới")),
        lambda: import_files(viewing, [workbook]),
        lambda: issue_report(viewing, ReportKind.AGENCY, tmp_path / "r.pdf", period="2024", agency="STC"),
        lambda: history.undo(viewing, [1]),
        lambda: restore(viewing, tmp_path / "any-backup.sqlite3"),
        lambda: trust_authority(viewing, b"not even a certificate"),
    ]
    for write in writes:
        with pytest.raises(UserError) as refused:
            write()
        assert "read-only" in refused.value.render(), refused.value
    assert not (tmp_path / "r.pdf").exists()


def test_another_agencys_report_says_why_it_cannot_be_changed(qtbot, db, settings):
    from gpa_desktop.ui.main_window import MainWindow

    settings.agency = "STC"  # this installation reports for Sở Tài chính
    window = MainWindow(Workspace(db), settings)
    qtbot.addWidget(window)
    window.show()
    window.set_period("2024")
    window.tree.setCurrentIndex(window.proxy.mapFromSource(window.model.task_index("1.1")))
    assert window.duties.rows[0].agency == "STC" and all(w.isEnabled() for w in window.form.inputs())
    window.assigned.setCurrentIndex(window.duties.index(window.duties.row_of("SKHDT"), 0))
    form = window.form
    assert not any(w.isEnabled() for w in form.inputs())
    assert form.message.isVisible() and "Sở Tài chính" in form.message.text()
    assert form.results.toolTip() == form.message.text()  # said where the pointer is, too
    window.assigned.setCurrentIndex(window.duties.index(window.duties.row_of("STC"), 0))
    assert all(w.isEnabled() for w in form.inputs()) and "Sở Tài chính" not in form.message.text()
