from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton

from gpa_desktop.storage.periods import list_periods
from gpa_desktop.ui.periods_dialog import PeriodsDialog


def _listed(dialog) -> list[str]:
    """The period codes the list shows, top to bottom ("2024 — hạn nộp 15/01/2025" → "2024")."""
    return [dialog.listing.item(i).text().split(" — ")[0] for i in range(dialog.listing.count())]


def test_create_a_quarter_with_its_due_date(qtbot, db, runner):
    dialog = PeriodsDialog(runner)
    qtbot.addWidget(dialog)
    dialog.findChild(QPushButton, "new_period").click()
    qtbot.keyClicks(dialog.code, "2025-q2")  # typed: the default dates are proposed
    assert dialog.due.date() == QDate(2025, 7, 15)  # the default, 15 days after the end
    dialog.due.setDate(QDate(2025, 7, 10))
    dialog.save()
    with db.transaction() as session:
        period = next(p for p in list_periods(session) if p.code == "2025-Q2")
    assert period.due_on == date(2025, 7, 10) and dialog.changed
    assert dialog.listing.currentItem().text() == "2025-Q2 — hạn nộp 10/07/2025"


def test_a_malformed_period_is_explained(qtbot, db, runner):
    dialog = PeriodsDialog(runner)
    qtbot.addWidget(dialog)
    count = dialog.listing.count()
    dialog.code.setText("quý 2")
    dialog.save()
    assert "không phải là kỳ báo cáo" in dialog.error.text() and dialog.listing.count() == count


def test_the_dialog_opens_on_the_current_period(qtbot, db, runner):
    from gpa_desktop.domain.periods import current_period

    dialog = PeriodsDialog(runner)
    qtbot.addWidget(dialog)
    codes = _listed(dialog)
    assert dialog.code.text() == current_period(codes) == codes[dialog.listing.currentRow()]
    assert dialog.due.date() == QDate(int(dialog.code.text()) + 1, 1, 15)


def test_edit_a_years_due_date_and_add_a_half_year(qtbot, db, runner):
    dialog = PeriodsDialog(runner)
    qtbot.addWidget(dialog)
    dialog.show()  # Enter reaches the default button only in a shown dialog
    count = dialog.listing.count()
    dialog.listing.setCurrentRow(_listed(dialog).index("2024"))
    assert dialog.code.text() == "2024" and dialog.due.date() == QDate(2025, 1, 15)
    dialog.due.setDate(QDate(2025, 1, 31))
    dialog.save()
    dialog.findChild(QPushButton, "new_period").click()
    assert dialog.code.text() == "" and dialog.listing.currentRow() == -1
    qtbot.keyClicks(dialog.code, "2025-h1")  # a new period's default dates are proposed as it is typed
    assert (dialog.due.date(), dialog.cutoff.date()) == (QDate(2025, 7, 15), QDate(2025, 6, 30))
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)  # Enter saves
    with db.transaction() as session:
        periods = {p.code: p for p in list_periods(session)}
    assert periods["2024"].due_on == date(2025, 1, 31) and periods["2025-H1"].due_on == date(2025, 7, 15)
    assert dialog.listing.count() == count + 1 and dialog.listing.currentItem().text().startswith("2025-H1")
    # the list runs in calendar order: the half-year before its year
    codes = _listed(dialog)
    assert codes.index("2025-H1") == codes.index("2025") - 1
