"""An edit typed while the disk is full: the form says in red that it is NOT saved and keeps the text
(even when the officer clicks another task), and saves it once there is room again."""

from __future__ import annotations

from sqlalchemy import event

from gpa_desktop.i18n import translate
from gpa_desktop.storage import files
from tests.ui.test_main_window import _select_agency, _select_task, _stored

TEXT = ("Đã kiểm kê khí nhà kính năm 2024 tại 17 huyện. " * 100).strip()  # several pages' worth


def test_an_edit_on_a_full_disk_is_kept_and_shown_as_not_saved(window, db, qtbot):
    def full(dbapi_connection, _record):
        dbapi_connection.execute("PRAGMA max_page_count=1")  # no page more than the file has now

    event.listen(db.engine, "connect", full)
    db.engine.dispose()
    _select_task(window, "1.2")
    _select_agency(window, "STNMT")
    form = window.form
    form.results.setPlainText(TEXT)
    form.commit()
    reason = translate("UserError", files.DATABASE_FULL).format(path=db.path)
    assert form.message.text() == translate("ReportForm", "NOT SAVED: {reason}").format(reason=reason)
    assert "#b71c1c" in form.message.styleSheet(), "in red"
    assert _stored(db) is None

    _select_task(window, "13.1")  # clicking elsewhere must not throw the typed text away
    assert form.key == ("1.2", "STNMT", "2024") and form.results.toPlainText() == TEXT
    assert form.message.text().startswith(translate("ReportForm", "NOT SAVED: {reason}").split("{")[0])

    event.remove(db.engine, "connect", full)  # room again
    db.engine.dispose()
    with qtbot.waitSignal(window.runner.changed, timeout=3000):
        form.evidence.setText("Số 12/BC-STNMT")  # the next edit saves everything typed
    assert (_stored(db).results, _stored(db).evidence) == (TEXT, "Số 12/BC-STNMT")
    assert not form.unsaved() and "#b71c1c" not in form.message.styleSheet()


def test_a_backup_that_fails_on_a_full_disk_says_so(window, tmp_path, monkeypatch):
    import errno
    import os

    from gpa_desktop.ui import prompts

    errors, told = [], []
    target = tmp_path / "copy.sqlite3"
    monkeypatch.setattr(prompts, "choose_save_file", lambda *args: str(target))
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: errors.append(text))
    monkeypatch.setattr(prompts, "show_info", lambda parent, title, text: told.append(text))

    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)  # the copy is complete; flushing it to the disk fails
    window.action_backup.trigger()
    assert errors == [translate("UserError", files.DISK_FULL).format(path=target)] and told == []
    assert not target.exists() and not list(tmp_path.glob(".copy.sqlite3.*")), "no half copy left"
