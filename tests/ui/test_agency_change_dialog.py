"""The agency-change dialog applies the 2025 merge, refuses bad input beside the fields, writes nothing then."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from gpa_desktop.storage.plan_store import read_plan
from gpa_desktop.ui.agency_change_dialog import END, MERGE, RENAME, AgencyChangeDialog


def _check(listing, codes):
    for i in range(listing.count()):
        item = listing.item(i)
        if item.data(Qt.ItemDataRole.UserRole + 1) in codes:
            item.setCheckState(Qt.CheckState.Checked)


def test_merge_into_a_new_department(qtbot, db):
    dialog = AgencyChangeDialog(db)
    qtbot.addWidget(dialog)
    dialog.operation.setCurrentIndex(MERGE)
    _check(dialog.merge_from, {"STNMT", "SNNPTNT"})
    dialog.merge_code.setText("snnmt")
    dialog.merge_name.setText("Sở Nông nghiệp và Môi trường")
    dialog.effective.setDate(QDate(2025, 3, 1))
    dialog.apply()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.result_changes
    with db.transaction() as session:
        plan = read_plan(session)
    assert plan.agency("SNNMT").name == "Sở Nông nghiệp và Môi trường"
    assert plan.agency("STNMT").ended_on == date(2025, 3, 1)


def test_a_refusal_is_shown_and_nothing_is_written(qtbot, db):
    with db.transaction() as session:
        before = read_plan(session)
    dialog = AgencyChangeDialog(db)
    qtbot.addWidget(dialog)
    dialog.operation.setCurrentIndex(RENAME)
    dialog.rename_agency.setCurrentIndex(dialog.rename_agency.findData("STC"))
    dialog.rename_name.setText("Sở Kế hoạch và Đầu tư")  # another agency's name
    dialog.apply()
    assert dialog.result() != dialog.DialogCode.Accepted and "Đã có cơ quan tên" in dialog.error.text()
    dialog.operation.setCurrentIndex(END)
    dialog.apply()  # nothing ticked
    with db.transaction() as session:
        assert read_plan(session) == before
