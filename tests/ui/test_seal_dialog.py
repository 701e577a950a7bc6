"""The import window with a workbook whose seal is not this installation's (issue 13, item 8): the
officer is asked which agency and period it is for, and nothing is written before."""

from __future__ import annotations

from gpa_desktop.exchange.seal import fingerprint, new_private_key, public_key_of
from gpa_desktop.exchange.template import export_template
from gpa_desktop.operations import Workspace
from gpa_desktop.operations.plan import read_plan_only
from gpa_desktop.storage.reports import read_reports
from gpa_desktop.ui.import_dialog import ImportDialog
from tests.exchange.helpers import db_digest, edit, reseal


def _percent(db, task: str, agency: str):
    with db.reading() as session:
        values = {(r.task, r.agency): r.values for r in read_reports(session, "2024")}
    return values[(task, agency)].percent if (task, agency) in values else None


def test_a_workbook_sealed_elsewhere_is_given_its_agency_and_period_by_the_officer(qtbot, db, tmp_path):
    with db.transaction() as session:
        export_template(session, "STNMT", "2024", tmp_path / "t.xlsx", db.installation_id)
    filled = edit(tmp_path / "t.xlsx", tmp_path / "filled.xlsx", lambda book, sheet, rows: setattr(sheet.cell(rows["1.2"], 6), "value", 55))
    stranger = new_private_key()
    forged = reseal(filled, tmp_path / "forged.xlsx", key=stranger, agency="SCT")
    before = db_digest(db.path)
    dialog = ImportDialog(Workspace(db), read_plan_only(Workspace(db)), [forged])
    qtbot.addWidget(dialog)
    dialog.read_all()
    assert dialog.previews[0].needs_identity and not dialog.identity_box.isHidden()
    assert fingerprint(public_key_of(stranger)) in dialog.header.text()
    assert not dialog.apply_button.isEnabled() and db_digest(db.path) == before
    dialog.agency_choice.setCurrentIndex(dialog.agency_choice.findData("STNMT"))
    dialog.period_choice.setCurrentText("2024")
    dialog.read_again.click()
    assert dialog.previews[0].fatal is None and dialog.apply_button.isEnabled()
    shown = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any("SCT" in line and "niêm phong" in line for line in shown), shown  # what the file claimed, in Vietnamese
    with qtbot.waitSignal(dialog.imported):
        dialog.apply_button.click()
    assert _percent(db, "1.2", "STNMT") == 55 and _percent(db, "1.2", "SCT") is None


def test_settings_show_the_fingerprint_of_the_sealing_key(qtbot, db, settings, tmp_path):
    from PySide6.QtWidgets import QLabel

    from gpa_desktop.operations.exchange import export_templates
    from gpa_desktop.operations.installation import installation_info
    from gpa_desktop.ui.settings_dialog import SettingsDialog

    ws = Workspace(db)

    def shown() -> str:
        dialog = SettingsDialog(settings, read_plan_only(ws), str(db.path), [], None, ws=ws)
        qtbot.addWidget(dialog)
        return dialog.findChild(QLabel, "sealing_key").text()

    assert "mẫu" in shown()  # no key yet: made with the first template, said in Vietnamese
    export_templates(ws, "2024", lambda code: tmp_path / f"{code}.xlsx", agencies=["STNMT"])
    key = installation_info(ws).key_fingerprint
    assert key and shown() == key
