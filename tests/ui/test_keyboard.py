"""The report form driven from the keyboard alone, as an officer types: no keystroke is lost."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gpa_desktop.storage.reports import read_reports


def _select(window, task="1.2", agency="STNMT"):
    window.tree.setCurrentIndex(window.proxy.mapFromSource(window.model.task_index(task)))
    window.assigned.setCurrentIndex(window.duties.index(window.duties.row_of(agency), 0))


def _stored(db, task="1.2", agency="STNMT", period="2024"):
    with db.transaction() as session:
        return next((r.values for r in read_reports(session, period) if r.task == task and r.agency == agency), None)


def test_a_number_typed_over_the_dash_replaces_it(window, db, qtbot):
    _select(window)
    form = window.form
    assert (form.percent.text(), form.budget.text()) == ("—", "—")
    qtbot.keyClicks(form.percent, "45")
    qtbot.keyClicks(form.budget, "1250,5")  # the Vietnamese decimal comma
    form.commit()
    stored = _stored(db)
    assert (stored.percent, stored.budget) == (45, 1250.5)
    assert form.percent.text() == "45 %"


def test_emptying_a_number_leaves_it_out_again(window, db, qtbot):
    _select(window)
    form = window.form
    qtbot.keyClicks(form.percent, "30")
    form.commit()
    form.percent.lineEdit().selectAll()
    qtbot.keyClick(form.percent, Qt.Key.Key_Delete)
    form.commit()
    assert _stored(db).percent is None
    qtbot.keyClick(form.percent, Qt.Key.Key_Return)
    assert form.percent.text() == "—"


def _focus_chain(window, start, presses: int) -> list[str]:
    window.activateWindow()
    start.setFocus()
    seen = []
    for _ in range(presses):
        from PySide6.QtWidgets import QApplication

        widget = QApplication.focusWidget()
        seen.append(widget.objectName())
        from PySide6.QtTest import QTest

        QTest.keyClick(widget, Qt.Key.Key_Tab)
    return seen


def test_tab_goes_from_the_tree_to_the_report_and_through_its_fields(window, qtbot):
    _select(window)
    qtbot.waitUntil(lambda: window.form.status.isEnabled())
    assert _focus_chain(window, window.tree, 10) == [
        "plan_tree", "assigned", "status", "percent", "results", "difficulties", "proposals", "budget", "evidence", "period",
    ]
    assert window.form.results.toPlainText() == ""  # Tab moved on, it typed no tab character


def test_enter_moves_through_the_one_line_fields_and_saves_at_the_last(window, db, qtbot):
    _select(window)
    form = window.form
    window.activateWindow()
    form.status.setFocus()
    qtbot.keyClick(form.status, Qt.Key.Key_Return)
    assert form.percent.hasFocus()
    qtbot.keyClicks(form.percent, "70")
    qtbot.keyClick(form.percent, Qt.Key.Key_Return)
    assert form.results.hasFocus() and form.percent.value() == 70
    form.budget.setFocus()
    qtbot.keyClick(form.budget, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert form.evidence.hasFocus()
    qtbot.keyClicks(form.evidence, "So 12/BC-STNMT")  # QTest types ASCII only
    qtbot.keyClick(form.evidence, Qt.Key.Key_Return)  # saved now, not a moment later
    assert _stored(db).evidence == "So 12/BC-STNMT" and _stored(db).percent == 70


def test_the_everyday_shortcuts_work_and_show_in_the_menus(window, qtbot, monkeypatch):
    from PySide6.QtGui import QKeySequence

    from gpa_desktop.ui import prompts
    from gpa_desktop.ui.report_dialog import ReportDialog

    asked = []
    monkeypatch.setattr(prompts, "choose_open_file", lambda *a, **k: asked.append("open"))
    monkeypatch.setattr(prompts, "choose_open_files", lambda *a, **k: asked.append("import") or [])
    monkeypatch.setattr(ReportDialog, "exec", lambda dialog: asked.append("print") or 0)
    for name, keys in (("action_open", "Ctrl+O"), ("action_import", "Ctrl+I"), ("action_report_agency", "Ctrl+P"), ("action_save", "Ctrl+S")):
        action = getattr(window, name)
        assert action.shortcut() == QKeySequence(keys), name
        assert any(action in menu.actions() for menu in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu())))
    _select(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.tree.setFocus()
    for key in (Qt.Key.Key_O, Qt.Key.Key_I, Qt.Key.Key_P):
        qtbot.keyClick(window.tree, key, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["open", "import", "print"]
    window.form.results.setFocus()
    qtbot.keyClicks(window.form.results, "Da xong")
    with qtbot.waitSignal(window.runner.changed, timeout=200):  # at once, not after the typing pause
        qtbot.keyClick(window.form.results, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
