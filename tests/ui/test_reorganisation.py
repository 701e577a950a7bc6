"""The reorganisation in the window: exported from Lists, recognised by Import, previewed and applied
as one undo step; the tree follows the chosen period; the first run asks who this installation is."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from gpa_desktop.ui import prompts
from gpa_desktop.ui.plan_model import LEAD
from tests.exchange.test_reorganisation import fill_as_the_province


def lead(window, task: str) -> str:
    return window.model.task_index(task).siblingAtColumn(LEAD).data()


@pytest.fixture
def quiet(monkeypatch):
    """Message boxes answered by recording them."""
    shown = []
    monkeypatch.setattr(prompts, "show_info", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(prompts, "show_written", lambda parent, title, text, path: shown.append(text))  # with Open folder
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: shown.append(("error", text)))
    return shown


def test_the_whole_reorganisation_takes_a_handful_of_actions_and_is_one_undo_step(window, tmp_path, monkeypatch, quiet):
    from gpa_desktop.ui.reorganisation_dialog import ReorganisationDialog

    actions = []  # what the officer does, counted for the closing note
    window.set_period("2026")
    assert lead(window, "1.1") == "Sở Kế hoạch và Đầu tư"
    exported = tmp_path / "ThayDoi.xlsx"
    monkeypatch.setattr(prompts, "choose_save_file", lambda *args: actions.append("save as") or str(exported))
    actions += ["open Lists", "Export the reorganisation workbook…"]
    window.action_export_changes.trigger()
    actions.append("close the message")
    assert exported.exists() and "Xác nhận" in quiet[-1]

    filled = tmp_path / "filled.xlsx"
    fill_as_the_province(exported, filled)  # the province's part, outside the app

    dialogs = []

    def shown(dialog):  # the dialog as the officer sees it: the preview, then Apply
        dialogs.append(dialog)
        actions.append("Apply the confirmed changes")
        dialog.apply_button.click()
        actions.append("close the message")
        actions.append("Close")
        return 1

    monkeypatch.setattr(ReorganisationDialog, "exec", shown)
    monkeypatch.setattr(prompts, "choose_open_files", lambda *args: actions.append("choose the file, Open") or [str(filled)])
    actions.append("Ctrl+I")
    window.action_import.trigger()
    [dialog] = dialogs
    assert dialog.applied and dialog.preview.ok
    assert dialog.rows.topLevelItemCount() == 11 and dialog.moves.count() > 10
    assert any("Sở Tài chính" in dialog.moves.item(i).text() for i in range(dialog.moves.count()))
    assert window.undo_stack.count() == 1 and "filled.xlsx" in window.undo_stack.undoText()
    assert "10" in quiet[-1]
    assert len(actions) == 9, actions  # 4 to export, 5 to import and apply (the province fills the workbook outside)

    # the tree and the task pane follow the chosen period
    assert lead(window, "1.1") == "Sở Tài chính"
    assert lead(window, "1.2") == "Sở Nông nghiệp và Môi trường"
    window.tree.setCurrentIndex(window.proxy.mapFromSource(window.model.task_index("1.1")))
    names = [window.duties.rows[i].name for i in range(window.duties.rowCount())]
    assert "Xã Thử Nghiệm 1" in names and "UBND thành phố Pleiku" not in names and "Sở Kế hoạch và Đầu tư" not in names
    window.set_period("2024")
    assert lead(window, "1.1") == "Sở Kế hoạch và Đầu tư"
    names = [window.duties.rows[i].name for i in range(window.duties.rowCount())]
    assert "UBND thành phố Pleiku" in names and "Xã Thử Nghiệm 1" not in names

    window.set_period("2026")
    window.action_undo.trigger()  # the whole workbook in one step
    assert lead(window, "1.1") == "Sở Kế hoạch và Đầu tư"
    assert window.plan.agency("SKHDT").ended_on is None and "XA_THUNGHIEM1" not in {a.code for a in window.plan.agencies}


def test_a_refused_row_keeps_apply_disabled(window, tmp_path, quiet, runner):
    from openpyxl import load_workbook

    from gpa_desktop.ui.reorganisation_dialog import ReorganisationDialog
    from gpa_desktop.operations.reorganisation import export_changes

    exported, filled = tmp_path / "ThayDoi.xlsx", tmp_path / "filled.xlsx"
    export_changes(window.ws, exported)
    fill_as_the_province(exported, filled)
    book = load_workbook(filled)
    book["Thay đổi"].cell(5, 2).value = "Sở Không Có"
    book.save(filled)
    dialog = ReorganisationDialog(window.runner, filled, window)
    assert not dialog.apply_button.isEnabled()
    assert "Sở Không Có" in dialog.problems.item(0).text()
    assert dialog.problems.item(0).foreground().color().name() == "#b71c1c"
    dialog.apply()
    assert window.undo_stack.count() == 0
    dialog.close()


def test_import_sends_reports_and_reorganisation_workbooks_each_to_its_dialog(window, tmp_path, monkeypatch, quiet):
    from gpa_desktop.operations.exchange import export_templates
    from gpa_desktop.operations.reorganisation import export_changes
    from gpa_desktop.ui.import_dialog import ImportDialog
    from gpa_desktop.ui.reorganisation_dialog import ReorganisationDialog

    changes, template = tmp_path / "ThayDoi.xlsx", tmp_path / "BaoCao_STNMT_2024.xlsx"
    export_changes(window.ws, changes)
    export_templates(window.ws, "2024", lambda _code: template, agencies=["STNMT"])
    seen = []
    monkeypatch.setattr(ReorganisationDialog, "exec", lambda self: seen.append(("changes", self.path)) or 0)
    monkeypatch.setattr(ImportDialog, "exec", lambda self: seen.append(("reports", self.paths)) or 0)
    monkeypatch.setattr(prompts, "choose_open_files", lambda *args: [str(template), str(changes)])
    window.action_import.trigger()
    assert seen == [("changes", changes), ("reports", [template])]


def test_the_lists_menu_offers_the_workbook(window):
    lists = next(a.menu() for a in window.menuBar().actions() if a.menu() and window.action_agencies in a.menu().actions())
    assert window.action_export_changes in lists.actions() and window.action_apply_changes in lists.actions()


def test_first_run_asks_who_the_installation_is_and_offers_the_workbook_after_2025(qtbot, ws, settings):
    from gpa_desktop.operations.plan import read_plan_only
    from gpa_desktop.ui.first_run import FirstRunDialog
    from gpa_desktop.ui.settings import first_run_needed

    plan = read_plan_only(ws)
    assert first_run_needed(settings)
    dialog = FirstRunDialog(settings, plan, "2026", date(2026, 12, 31))
    qtbot.addWidget(dialog)
    assert dialog.export_changes.isVisibleTo(dialog) and dialog.export_changes.isChecked()
    assert "2026" in dialog.reorganisation.text()
    dialog.agency.setCurrentIndex(dialog.agency.findData("STC"))
    dialog.signer_name.setText("Nguyễn Văn A")
    dialog.apply()
    assert (settings.agency, settings.signer_name, settings.signer_title) == ("STC", "Nguyễn Văn A", "GIÁM ĐỐC")
    assert dialog.export_requested and not first_run_needed(settings)

    before = FirstRunDialog(settings, plan, "2024", date(2024, 12, 31))
    qtbot.addWidget(before)
    assert not before.export_changes.isVisibleTo(before)
    before.apply()
    assert not before.export_requested


def test_an_installation_configured_before_the_first_run_step_is_not_asked(settings):
    from gpa_desktop.ui.settings import first_run_needed

    settings.agency = None  # the province's focal department, chosen in Settings
    assert not first_run_needed(settings)


def test_the_shell_asks_once_and_exports_the_workbook_when_asked(qapp, db_path, settings, tmp_path, monkeypatch, quiet):
    from gpa_desktop.app import Shell
    from gpa_desktop.ui.first_run import FirstRunDialog

    asked = []

    def answer(dialog):
        asked.append(dialog)
        dialog.agency.setCurrentIndex(0)  # the focal department
        dialog.apply()
        return 1

    target = tmp_path / "ThayDoi.xlsx"
    monkeypatch.setattr(FirstRunDialog, "exec", answer)
    monkeypatch.setattr(prompts, "choose_save_file", lambda *args: str(target))
    shell = Shell(qapp, settings, "vi")
    try:
        assert shell.open(db_path)
        shell.window.set_period("2026")
        shell.first_run()
        assert len(asked) == 1 and asked[0].export_requested and target.exists()
        assert settings.agency is None and settings.store.value("installation/identified", False, type=bool)
        shell.first_run()
        assert len(asked) == 1  # answered once, not asked again
    finally:
        shell.close()
        for translator in shell.translators:
            qapp.removeTranslator(translator)


@pytest.mark.parametrize("smoke", [True, False])
def test_the_first_run_step_is_scheduled_only_outside_the_smoke_test(smoke, db_path, monkeypatch):
    from PySide6.QtWidgets import QApplication, QWidget

    from gpa_desktop import app as app_module

    shells, scheduled = [], []

    class FakeShell:
        def __init__(self, *args) -> None:
            shells.append(self)
            # the plan tree's viewport: run_gui opens the log file just after its first paint
            self.window = SimpleNamespace(grab=lambda: None, plan_pane=SimpleNamespace(viewport=QWidget()))

        def open(self, path) -> bool:
            return True

        def first_run(self) -> None:
            pass

        def close(self) -> None:
            pass

    monkeypatch.setattr(app_module, "Shell", FakeShell)
    monkeypatch.setattr(app_module, "QTimer", SimpleNamespace(singleShot=lambda ms, slot: scheduled.append(slot)))
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert app_module.run_gui(db_path, None, "vi", smoke_test=smoke) == 0  # cli.window_options parsed the arguments
    [shell] = shells
    assert (shell.first_run in scheduled) is not smoke
