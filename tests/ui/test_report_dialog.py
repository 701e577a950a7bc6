"""Printing from the window: options, the PDF written and shown, and the code checked in the verify dialog."""

from __future__ import annotations

from gpa_desktop.operations import Workspace

from PySide6.QtCore import QDate

from gpa_desktop.ui import prompts
from gpa_desktop.ui.report_dialog import AGENCY, PROVINCE, ReportDialog, VerifyDialog


def test_print_an_agency_report_and_verify_its_code(window, db, settings, tmp_path, monkeypatch, qtbot):
    shown = []
    monkeypatch.setattr(prompts, "choose_save_file", lambda parent, title, suggested, f: str(tmp_path / suggested))
    monkeypatch.setattr(prompts, "open_with_system_viewer", shown.append)
    settings.signer_name = "Nguyễn Văn An"
    dialog = ReportDialog(Workspace(db), window.plan, settings, "2024", AGENCY)
    qtbot.addWidget(dialog)
    dialog.agency.setCurrentIndex(dialog.agency.findData("STNMT"))
    dialog.number.setText("7")
    dialog.issued_on.setDate(QDate(2025, 1, 6))
    dialog.signer_authority.setText("KT. GIÁM ĐỐC")
    dialog.signer_title.setText("PHÓ GIÁM ĐỐC")
    dialog.supervising_body.setText("Bộ Tài nguyên và Môi trường")
    dialog.create()
    path, code = dialog.written
    import subprocess

    header = " ".join(subprocess.run(["pdftotext", "-l", "1", path, "-"], capture_output=True, text=True, check=True).stdout.split())
    assert "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG" in header and "UBND TỈNH GIA LAI" not in header and "Số: 07/BC-STNMT" in header
    assert shown == [path] and path.endswith("BaoCao_STNMT_2024.pdf") and code
    assert (settings.signer_name, settings.signer_title, settings.signer_authority) == ("Nguyễn Văn An", "PHÓ GIÁM ĐỐC", "KT. GIÁM ĐỐC")
    check = VerifyDialog(Workspace(db))
    qtbot.addWidget(check)
    check.code.setText(code)
    check.check()
    assert check.answer.toPlainText().startswith("ĐÚNG")
    from gpa_desktop.domain.reports import ReportValues
    from gpa_desktop.storage.reports import save_report

    with db.transaction() as session:
        save_report(session, "13.2", "STNMT", "2024", ReportValues(status="done", percent=100))
    check.check()
    assert check.answer.toPlainText().splitlines()[1:] == [
        "Nhiệm vụ 13.2 – STNMT – Tiến độ: — → 100%", "Nhiệm vụ 13.2 – STNMT – Báo cáo: chưa nhận → đã nhận",
        "Nhiệm vụ 13.2 – STNMT – Tình trạng: — → Đã hoàn thành",
    ]
    check.code.setText("ZZZZZ-ZZZZZ")
    check.check()
    assert "chưa phát hành" in check.answer.toPlainText()


def test_cancel_while_the_report_is_laid_out_writes_nothing(window, db, settings, tmp_path, monkeypatch, qtbot):
    from PySide6.QtWidgets import QProgressDialog

    shown, pages = [], []
    monkeypatch.setattr(prompts, "choose_save_file", lambda parent, title, suggested, f: str(tmp_path / suggested))
    monkeypatch.setattr(prompts, "open_with_system_viewer", shown.append)
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: bool(pages.append(self.labelText()) or len(pages) >= 2))
    dialog = ReportDialog(Workspace(db), window.plan, settings, "2024", PROVINCE)
    qtbot.addWidget(dialog)
    dialog.create()
    assert pages == ["Đang chuẩn bị báo cáo… trang 1", "Đang chuẩn bị báo cáo… trang 2"]
    assert dialog.written is None and shown == [] and not list(tmp_path.glob("*.pdf"))
    assert dialog.error.text() == "Đã hủy: chưa ghi báo cáo nào."


def test_cancelling_a_reprint_keeps_the_earlier_pdf(window, db, settings, tmp_path, monkeypatch, qtbot):
    from PySide6.QtWidgets import QProgressDialog

    earlier = tmp_path / "BaoCaoTongHop_2024.pdf"
    earlier.write_bytes(b"%PDF-1.4 printed and signed last week")
    monkeypatch.setattr(prompts, "choose_save_file", lambda parent, title, suggested, f: str(tmp_path / suggested))
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    dialog = ReportDialog(Workspace(db), window.plan, settings, "2024", PROVINCE)
    qtbot.addWidget(dialog)
    dialog.create()
    assert dialog.written is None
    assert earlier.read_bytes() == b"%PDF-1.4 printed and signed last week"
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".part")] == [earlier.name]


def test_report_menu_actions_are_live(window):
    for name in ("action_report_agency", "action_report_province", "action_report_plan", "action_verify", "action_import"):
        assert getattr(window, name).isEnabled(), name
