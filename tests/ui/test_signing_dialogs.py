"""Signing from the window: "Ký số" in the report dialog, the token and certificate list, the PIN asked
once, the trusted CAs in Settings, and a signed PDF checked in the verify dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gpa_desktop.i18n import translate
from gpa_desktop.operations import Workspace
from gpa_desktop.operations.signing import trust_authority
from gpa_desktop.reports.signing import check_signature
from gpa_desktop.ui import prompts
from gpa_desktop.ui.report_dialog import AGENCY, ReportDialog, VerifyDialog
from gpa_desktop.ui.sign_dialog import SignDialog
from tests.softhsm import PIN, SIGNER


def rows(dialog: SignDialog) -> list[tuple[str, bool]]:
    items = [dialog.certificates.item(i) for i in range(dialog.certificates.count())]
    return [(item.text(), bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)) for item in items]


def pick(token_label: str):
    """Stand-in for the officer choosing the certificate of *token_label* in the dialog."""

    def exec_(dialog: SignDialog) -> int:
        for i in range(dialog.certificates.count()):
            if dialog.certificates.item(i).data(Qt.ItemDataRole.UserRole).token_label == token_label:
                dialog.certificates.setCurrentRow(i)
        return 1

    return exec_


def test_the_sign_dialog_lists_every_certificate_and_refuses_an_expired_one(hsm, settings, qtbot):
    settings.pkcs11_library = hsm.library
    dialog = SignDialog(settings)
    qtbot.addWidget(dialog)
    listed = rows(dialog)
    assert len(listed) == 3 and all(SIGNER in text for text, _ in listed)
    expired = [enabled for text, enabled in listed if "GPA Expired" in text]
    assert expired == [False]
    assert dialog.choice() is not None and dialog.choice().token_label != "GPA Expired"


def test_the_sign_dialog_says_when_the_library_is_missing(settings, qtbot, tmp_path):
    settings.pkcs11_library = str(tmp_path / "vnptca_p11_v8.dll")
    dialog = SignDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.certificates.count() == 0 and dialog.choice() is None
    assert str(tmp_path / "vnptca_p11_v8.dll") in dialog.status.text()


def report_dialog(window, db, settings, tmp_path, monkeypatch, qtbot, pin):
    asked = []
    monkeypatch.setattr(prompts, "choose_save_file", lambda parent, title, suggested, f: str(tmp_path / suggested))
    monkeypatch.setattr(prompts, "open_with_system_viewer", lambda path: None)
    monkeypatch.setattr(prompts, "ask_password", lambda parent, title, label: asked.append(label) or pin)
    monkeypatch.setattr(SignDialog, "exec", pick("GPA Test"))
    dialog = ReportDialog(Workspace(db), window.plan, settings, "2024", AGENCY)
    qtbot.addWidget(dialog)
    dialog.agency.setCurrentIndex(dialog.agency.findData("STNMT"))
    dialog.sign.setChecked(True)
    return dialog, asked


def test_a_report_signed_from_the_window(hsm, window, db, settings, tmp_path, monkeypatch, qtbot):
    settings.pkcs11_library = hsm.library
    dialog, asked = report_dialog(window, db, settings, tmp_path, monkeypatch, qtbot, PIN)
    dialog.create()
    assert dialog.error.text() == ""
    path, code = dialog.written
    assert len(asked) == 1 and "GPA Test" in asked[0], "the PIN is asked once, naming the token"
    check = check_signature(tmp_path / "BaoCao_STNMT_2024.pdf", [hsm.ca_pem])
    assert check.valid and check.signer == SIGNER
    assert sorted(p.name for p in tmp_path.glob("*.pdf*")) == ["BaoCao_STNMT_2024.pdf"]

    verify = VerifyDialog(Workspace(db))
    qtbot.addWidget(verify)
    verify.check_file(tmp_path / "BaoCao_STNMT_2024.pdf")
    lines = verify.answer.toPlainText().splitlines()
    assert lines[0] == "BaoCao_STNMT_2024.pdf" and lines[-1] == translate("Verdict", "Result: NOT VALID.")
    trust_authority(Workspace(db), hsm.ca_pem)
    verify.check_file(tmp_path / "BaoCao_STNMT_2024.pdf")
    assert verify.answer.toPlainText().splitlines()[-1] == translate("Verdict", "Result: VALID.")
    assert code in verify.answer.toPlainText()


def test_a_wrong_pin_in_the_window_writes_nothing(hsm, window, db, settings, tmp_path, monkeypatch, qtbot):
    settings.pkcs11_library = hsm.library
    (tmp_path / "BaoCao_STNMT_2024.pdf").write_bytes(b"yesterday's report")
    dialog, _asked = report_dialog(window, db, settings, tmp_path, monkeypatch, qtbot, "000000")
    dialog.create()
    assert dialog.written is None
    assert dialog.error.text() == translate("UserError", "The PIN is wrong; the token counts wrong PINs and locks itself after a few more.")
    assert (tmp_path / "BaoCao_STNMT_2024.pdf").read_bytes() == b"yesterday's report"
    assert sorted(p.name for p in tmp_path.glob("*.pdf*")) == ["BaoCao_STNMT_2024.pdf"]


def test_settings_keep_the_token_library_and_the_trusted_cas(hsm, window, db, settings, tmp_path, monkeypatch, qtbot):
    from gpa_desktop.operations.signing import trusted_authorities
    from gpa_desktop.ui.settings_dialog import SettingsDialog

    ca = tmp_path / "ca.cer"
    ca.write_bytes(hsm.ca_pem)
    monkeypatch.setattr(prompts, "choose_open_file", lambda parent, title, f: str(ca))
    dialog = SettingsDialog(settings, window.plan, str(db.path), [], None, ws=Workspace(db))
    qtbot.addWidget(dialog)
    dialog.findChild(type(dialog.pkcs11_library), "pkcs11_library").setText(hsm.library)
    from PySide6.QtWidgets import QPushButton

    dialog.findChild(QPushButton, "trust_add").click()
    assert dialog.trusted.count() == 1 and "GPA Test CA" in dialog.trusted.item(0).text()
    assert [c.subject for c in trusted_authorities(Workspace(db))] == ["GPA Test CA"]
    dialog.trusted.setCurrentRow(0)
    dialog.findChild(QPushButton, "trust_remove").click()
    assert dialog.trusted.count() == 0
    dialog.apply()
    assert settings.pkcs11_library == hsm.library
