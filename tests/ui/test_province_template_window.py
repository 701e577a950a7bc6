"""The window of an agency's installation takes the province's template through the same Import
action; whose installation it is, set in Settings, lives in the database (issue 14)."""

from __future__ import annotations

from datetime import date

from gpa_desktop.operations import Workspace
from gpa_desktop.operations.agencies import AgencyChange, ChangeKind, change_agencies
from gpa_desktop.operations.exchange import export_templates
from gpa_desktop.operations.installation import installation_info, set_installation
from gpa_desktop.operations.reports import list_reports, update_report
from gpa_desktop.ui import prompts
from gpa_desktop.ui.import_dialog import ImportDialog


def test_settings_write_whose_installation_this_is_into_the_database(window, settings, monkeypatch):
    from gpa_desktop.ui.settings_dialog import SettingsDialog

    def choose(dialog):
        dialog.agency.setCurrentIndex(dialog.agency.findData("NHNN"))
        dialog.apply()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", choose)
    window.action_settings.trigger()
    info = installation_info(window.ws)
    assert (info.role, info.agency) == ("agency", "NHNN") and settings.agency == "NHNN"
    assert not settings.store.contains("installation/agency")  # not in the user profile any more
    assert window.agency_box.currentData() == "NHNN"


def test_an_agency_window_adopts_the_province_template_as_one_undo_step(qtbot, window, db_path, tmp_path, monkeypatch, template_db):
    from gpa_desktop.storage.backup import backup_database

    province = Workspace.open(backup_database(template_db, tmp_path / "province.sqlite3"))
    try:
        set_installation(province, None)
        change_agencies(province, AgencyChange(ChangeKind.RENAME, date(2025, 3, 1), code="NHNN", name="Ngân hàng Nhà nước Khu vực 10"))
        update_report(province, "3.4", "NHNN", "2024", {"evidence": "Số 9/BC"})
        template = tmp_path / "BaoCao_NHNN_2024.xlsx"
        export_templates(province, "2024", lambda _code: template, agencies=["NHNN"])
        fingerprint = installation_info(province).key_fingerprint
    finally:
        province.close()
    window.settings.agency = "NHNN"

    shown = []

    def adopt(dialog):
        dialog.read_all()
        shown.append((dialog.files.item(0).text(), dialog.header.text(), [dialog.problems.item(i).text() for i in range(dialog.problems.count())]))
        dialog.apply()
        return 1

    monkeypatch.setattr(prompts, "choose_open_files", lambda *a: [str(template)])
    monkeypatch.setattr(ImportDialog, "exec", adopt)
    told = []
    monkeypatch.setattr(prompts, "show_info", lambda _parent, _title, text: told.append(text))
    window.action_import.trigger()
    assert told and "1" in told[0]  # what the import did, in a few lines
    summary, header, changes = shown[0]
    assert fingerprint in header and "NHNN" in header
    assert any("Ngân hàng Nhà nước Khu vực 10" in line for line in changes)
    assert [r.values.evidence for r in list_reports(window.ws, "2024", "NHNN")] == ["Số 9/BC"]
    assert window.plan.agency("NHNN").name == "Ngân hàng Nhà nước Khu vực 10"  # the views follow

    window.action_undo.trigger()
    assert list_reports(window.ws, "2024", "NHNN") == []
    assert window.plan.agency("NHNN").name == "Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Gia Lai"
