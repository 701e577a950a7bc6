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
