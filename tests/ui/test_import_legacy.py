"""Importing through the window a workbook with text typed in an old Vietnamese encoding: the cells
are shown as written and in Unicode, the file waits until the officer chooses, then goes in as chosen."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from gpa_desktop.domain.legacy_text import TCVN3, VNI, encode
from gpa_desktop.exchange.template import export_template
from gpa_desktop.operations import Workspace
from gpa_desktop.operations.plan import read_plan_only
from gpa_desktop.storage.reports import read_reports
from gpa_desktop.ui.import_dialog import ImportDialog
from tests.exchange.helpers import db_digest

DONE = "Đã hoàn thành kiểm kê khí nhà kính tại các huyện"
HARD = "Thiếu kinh phí thực hiện"


def _returned(db, folder: Path, *, identity: bool = True) -> Path:
    with db.transaction() as session:
        export_template(session, "STNMT", "2024", folder / "t.xlsx", db.installation_id)
    book = load_workbook(folder / "t.xlsx")
    sheet = book["Báo cáo"]
    rows = {sheet.cell(r, 1).value: r for r in range(5, sheet.max_row + 1)}
    sheet.cell(rows["1.2"], 7).value = encode(DONE, TCVN3)
    sheet.cell(rows["13.1"], 8).value = encode(HARD, VNI)
    sheet.cell(rows["13.1"], 6).value = 40
    if not identity:
        del book["_gpa"]
    book.save(folder / "back.xlsx")
    return folder / "back.xlsx"


def _stored(db):
    with db.transaction() as session:
        return {r.task: r.values for r in read_reports(session, "2024") if r.agency == "STNMT"}


def _choose(dialog, choice: str) -> None:
    position = dialog.legacy_choice.findData(choice)
    dialog.legacy_choice.setCurrentIndex(position)
    dialog.legacy_choice.activated.emit(position)  # as the officer's pick does


def test_the_cells_are_shown_converted_and_the_file_waits_for_the_choice(qtbot, db, tmp_path):
    path = _returned(db, tmp_path)
    before = db_digest(db.path)
    dialog = ImportDialog(Workspace(db), read_plan_only(Workspace(db)), [path])
    qtbot.addWidget(dialog)
    dialog.read_all()
    assert not dialog.legacy_box.isHidden()
    shown = [[item.text(c) for c in range(3)] for item in (dialog.legacy_cells.topLevelItem(i) for i in range(dialog.legacy_cells.topLevelItemCount()))]
    assert [(s[1], s[2]) for s in shown] == [(encode(DONE, TCVN3), DONE), (encode(HARD, VNI), HARD)]
    assert "TCVN3" in shown[0][0] and "VNI" in shown[1][0]
    assert dialog.files.item(0).checkState().name == "Unchecked" and not dialog.apply_button.isEnabled()
    assert db_digest(db.path) == before

    _choose(dialog, "convert")
    assert dialog.previews[0].fatal is None and dialog.apply_button.isEnabled()
    assert dialog.legacy_choice.currentData() == "convert" and not dialog.legacy_box.isHidden()
    with qtbot.waitSignal(dialog.imported):
        dialog.apply_button.click()
    stored = _stored(db)
    assert stored["1.2"].results == DONE and (stored["13.1"].difficulties, stored["13.1"].percent) == (HARD, 40)


def test_taken_as_written_after_the_agency_and_period_were_named(qtbot, db, tmp_path):
    path = _returned(db, tmp_path, identity=False)
    dialog = ImportDialog(Workspace(db), read_plan_only(Workspace(db)), [path])
    qtbot.addWidget(dialog)
    dialog.read_all()
    dialog.agency_choice.setCurrentIndex(dialog.agency_choice.findData("STNMT"))
    dialog.period_choice.setCurrentText("2024")
    dialog.read_again.click()
    assert dialog.previews[0].agency == "STNMT" and dialog.previews[0].fatal is not None  # held: the old encoding
    _choose(dialog, "keep")
    assert dialog.previews[0].fatal is None and dialog.previews[0].agency == "STNMT"  # the named identity stays
    with qtbot.waitSignal(dialog.imported):
        dialog.apply_button.click()
    assert _stored(db)["1.2"].results == encode(DONE, TCVN3)
