"""File → Restore from a backup…: the backups listed with date, size and what they hold; restoring reloads the window."""

from __future__ import annotations

from gpa_desktop.domain.reports import ReportValues
from gpa_desktop.storage.backup import automatic_backup
from gpa_desktop.storage.database import Database
from gpa_desktop.storage.reports import read_reports, save_report
from gpa_desktop.ui import prompts
from gpa_desktop.ui.restore_dialog import RestoreDialog


def _reports(db) -> set:
    with db.transaction() as session:
        return {(r.task, r.agency) for r in read_reports(session, "2024")}


def test_restore_a_listed_backup_from_the_file_menu(window, db, qtbot, monkeypatch, tmp_path):
    with db.transaction() as session:
        save_report(session, "1.2", "STNMT", "2024", ReportValues(percent=45))
    backup = automatic_backup(db.path, "before-import")
    with db.transaction() as session:
        save_report(session, "13.1", "STNMT", "2024", ReportValues(percent=100))
    asked, told = [], []
    monkeypatch.setattr(prompts, "ask_yes_no", lambda parent, title, text: asked.append(text) or True)
    monkeypatch.setattr(prompts, "show_info", lambda parent, title, text: told.append(text))

    dialog = RestoreDialog(window.ws, window)
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.rowCount() == 1
    assert table.item(0, 0).text() == f"{dialog.backups[0].taken_at:%d/%m/%Y %H:%M}"
    assert table.item(0, 1).text().endswith("MB")
    assert table.item(0, 2).text().startswith("1 ") and table.item(0, 0).toolTip() == str(backup)
    dialog.grab().save(str(tmp_path / "restore-dialog.png"))

    def run(self):  # what exec() would do once the officer clicks Restore
        self.restore_selected()
        return self.result()

    monkeypatch.setattr(RestoreDialog, "exec", run)
    with qtbot.waitSignal(window.databaseRequested) as reopened:
        window.action_restore.trigger()
    assert reopened.args == [str(db.path)]
    assert _reports(db) == {("1.2", "STNMT")}
    assert len(asked) == 1 and len(told) == 1
    assert len(list((db.path.parent / "backups").glob("*before-restore*"))) == 1


def test_choosing_a_file_that_is_not_a_backup_says_so_and_changes_nothing(window, db, qtbot, monkeypatch, tmp_path):
    errors = []
    not_a_backup = tmp_path / "ghi-chu.sqlite3"
    not_a_backup.write_text("ghi chú")
    monkeypatch.setattr(prompts, "choose_open_file", lambda parent, title, f: str(not_a_backup))
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: errors.append(text))
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *a: pytest_fail("no question for a file that cannot be restored"))
    with db.transaction() as session:
        save_report(session, "1.2", "STNMT", "2024", ReportValues(percent=45))
    dialog = RestoreDialog(window.ws, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and not dialog.restore_button.isEnabled()
    dialog.choose_file()
    assert len(errors) == 1 and str(not_a_backup) in errors[0]
    assert _reports(db) == {("1.2", "STNMT")}


def pytest_fail(message):
    import pytest

    pytest.fail(message)


def test_a_damaged_database_at_start_up_offers_its_newest_sound_backup(qapp, db_path, settings, monkeypatch):
    from gpa_desktop.app import Shell

    db = Database.open(db_path)
    with db.transaction() as session:
        save_report(session, "1.2", "STNMT", "2024", ReportValues(percent=45))
    db.close()
    automatic_backup(db_path, "before-import")
    with open(db_path, "r+b") as handle:  # a page of the reports table overwritten
        handle.seek(4096 * 20)
        handle.write(b"\x5a" * 4096)
    asked = []
    monkeypatch.setattr(prompts, "ask_yes_no", lambda parent, title, text: asked.append(text) or True)
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: pytest_fail(text))
    shell = Shell(qapp, settings, "vi")
    try:
        assert shell.open(db_path) and shell.window is not None
        assert len(asked) == 1 and str(db_path) in asked[0]
        assert _reports(shell.workspace.database) == {("1.2", "STNMT")}
        assert list((db_path.parent / "backups").glob("*before-restore*")), "the damaged file is kept"
    finally:
        shell.close()
        for translator in shell.translators:
            qapp.removeTranslator(translator)
