"""The agency-change dialog applies the 2025 merge, refuses bad input beside the fields, writes nothing then."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton

from gpa_desktop.storage.plan_store import read_plan
from gpa_desktop.ui.agency_change_dialog import END, MEMBERS, MERGE, RENAME, AgencyChangeDialog


def _check(listing, codes):
    for i in range(listing.count()):
        item = listing.item(i)
        if item.data(Qt.ItemDataRole.UserRole + 1) in codes:
            item.setCheckState(Qt.CheckState.Checked)


def _ticked(listing) -> list[str]:
    return [listing.item(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(listing.count()) if listing.item(i).checkState() == Qt.CheckState.Checked]


def test_merge_into_a_new_department(qtbot, db, runner, shared):
    dialog = AgencyChangeDialog(runner, shared.plan)
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


def test_a_refusal_is_shown_and_nothing_is_written(qtbot, db, runner, shared):
    with db.transaction() as session:
        before = read_plan(session)
    dialog = AgencyChangeDialog(runner, shared.plan)
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


def test_split_needs_a_successor_for_every_task_then_moves_each(qtbot, db, runner, shared):
    from gpa_desktop.ui.agency_change_dialog import SPLIT

    dialog = AgencyChangeDialog(runner, shared.plan)
    qtbot.addWidget(dialog)
    dialog.operation.setCurrentIndex(SPLIT)
    dialog.split_agency.setCurrentIndex(dialog.split_agency.findData("SLDTBXH"))
    dialog.effective.setDate(QDate(2025, 3, 1))
    rows = {dialog.split_table.item(r, 0).data(Qt.ItemDataRole.UserRole + 1): r for r in range(dialog.split_table.rowCount())}
    first, *rest = rows
    combo = dialog.split_table.cellWidget(rows[first], 1)
    combo.setCurrentIndex(combo.findData("SYT"))
    dialog.apply()  # the others have no successor yet
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error.text() == f"Hãy chọn cơ quan kế thừa cho các nhiệm vụ {', '.join(rest)}."
    dialog.split_all.setCurrentIndex(dialog.split_all.findData("SNV"))
    dialog.findChild(QPushButton, "give_all").click()  # fills only the rows still empty
    assert dialog.split_table.cellWidget(rows[first], 1).currentData() == "SYT"
    dialog.apply()
    assert dialog.result() == dialog.DialogCode.Accepted
    with db.transaction() as session:
        plan = read_plan(session)
    assert {d.task for d in plan.duties_of("SYT") if d.via is None} >= {first}
    assert set(rest) <= {d.task for d in plan.duties_of("SNV")}
    assert plan.agency("SLDTBXH").ended_on == date(2025, 3, 1)


def test_a_new_department_can_join_the_provincial_departments(qtbot, db, runner, shared):
    from gpa_desktop.ui.agency_change_dialog import ADD

    dialog = AgencyChangeDialog(runner, shared.plan)
    qtbot.addWidget(dialog)
    dialog.operation.setCurrentIndex(ADD)
    assert dialog.add_kind.currentText() == "Sở, ban, ngành thuộc tỉnh"
    dialog.add_code.setText("SDTTG")
    dialog.add_name.setText("Sở Dân tộc và Tôn giáo")
    _check(dialog.add_groups, {"SBN_TINH"})
    dialog.effective.setDate(QDate(2025, 3, 1))
    dialog.apply()
    with db.transaction() as session:
        plan = read_plan(session)
    assert "SDTTG" in plan.agency("SBN_TINH").members and "SDTTG" not in plan.agency("SBN_TINH").members_on(date(2025, 2, 28))


def test_end_the_district_level_from_1_july_2025(qtbot, db, runner, shared):
    dialog = AgencyChangeDialog(runner, shared.plan)
    qtbot.addWidget(dialog)
    dialog.operation.setCurrentIndex(END)
    assert "không còn phải báo cáo" in dialog.hint.text()
    with db.transaction() as session:
        districts = set(read_plan(session).agency("HUYEN").members)
    _check(dialog.end_list, districts)
    dialog.effective.setDate(QDate(2025, 7, 1))
    dialog.apply()
    assert dialog.result() == dialog.DialogCode.Accepted and len(dialog.result_changes.agencies) > 17
    with db.transaction() as session:
        plan = read_plan(session)
    assert plan.agency("HUYEN").members == () and set(plan.agency("HUYEN").members_on(date(2025, 6, 30))) == districts
    assert {plan.agency(code).ended_on for code in districts} == {date(2025, 7, 1)}


def test_the_relevant_departments_are_named_in_the_dialog(qtbot, db, runner, shared):
    dialog = AgencyChangeDialog(runner, shared.plan)
    qtbot.addWidget(dialog)
    dialog.operation.setCurrentIndex(MEMBERS)
    dialog.effective.setDate(QDate(2024, 1, 1))
    dialog.members_group.setCurrentIndex(dialog.members_group.findData("SBN_LQ"))
    assert _ticked(dialog.members_list) == []  # the plan ships this group empty
    dialog.members_group.setCurrentIndex(dialog.members_group.findData("HUYEN"))
    assert len(_ticked(dialog.members_list)) == 17  # a group's current members come ticked
    dialog.members_group.setCurrentIndex(dialog.members_group.findData("SBN_LQ"))
    _check(dialog.members_list, {"SCT", "SKHCN"})
    dialog.apply()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.result_changes
    with db.transaction() as session:
        plan = read_plan(session)
    assert set(plan.agency("SBN_LQ").members_on(date(2024, 6, 30))) == {"SCT", "SKHCN"}
    assert not plan.agency("SBN_LQ").members_on(date(2023, 6, 30))
