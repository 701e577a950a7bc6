"""What an officer is told after an import and after printing, and what the window does next."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog

from gpa_desktop.operations.completeness import period_report
from gpa_desktop.operations.exchange import export_templates
from gpa_desktop.storage.reports import read_reports
from gpa_desktop.ui import prompts
from gpa_desktop.ui.import_dialog import ImportDialog


def _returned(ws, folder: Path, agency: str, period: str = "2023") -> Path:
    """*agency*'s workbook for *period*, sent back with a percentage on every row."""
    template = export_templates(ws, period, lambda code: folder / f"{code}-t.xlsx", agencies=[agency])[0].path
    book = load_workbook(template)
    sheet = book["Báo cáo"]
    for r in range(5, sheet.max_row + 1):
        if sheet.cell(r, 1).value:
            sheet.cell(r, 6).value = 40
    book.save(folder / f"BaoCao_{agency}_{period}.xlsx")
    return folder / f"BaoCao_{agency}_{period}.xlsx"


def _reports(db, period="2023"):
    with db.transaction() as session:
        return {(r.task, r.agency) for r in read_reports(session, period)}


def test_a_batch_is_summed_up_shown_in_its_period_and_undone_in_one_step(window, db, tmp_path, monkeypatch):
    files = [_returned(window.ws, tmp_path, "STNMT"), _returned(window.ws, tmp_path, "STC"), tmp_path / "hong.xlsx"]
    files[-1].write_bytes(b"not a workbook")
    told = []
    monkeypatch.setattr(prompts, "choose_open_files", lambda *a: [str(f) for f in files])
    monkeypatch.setattr(prompts, "show_info", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: (dialog.read_all(), dialog.apply(), dialog.result())[-1])
    steps = window.undo_stack.count()
    assert window.period == "2024"
    window.action_import.trigger()
    assert window.period == "2023" and window.period_box.currentText() == "2023"  # where the new figures are
    assert {a for _t, a in _reports(db)} == {"STNMT", "STC"}
    assert len(told) == 1
    summary = told[0]
    assert "2" in summary and "3" in summary and "hong.xlsx" in summary  # 2 of 3, and which one was not
    missing = period_report(window.ws, "2023").completeness.not_reported()
    first = window.plan.agency(missing[0].agency).name
    assert f"2023: {len(missing)} " in summary and first in summary  # who is still missing
    assert "Sở Tài chính" not in summary.split("2023:")[-1]  # it has just reported
    assert window.undo_stack.count() == steps + 1
    window.action_undo.trigger()
    assert _reports(db) == set()  # both files in one step


def test_after_printing_the_file_its_code_and_its_folder_are_offered(window, tmp_path, monkeypatch):
    from gpa_desktop.ui.report_dialog import ReportDialog

    written, viewed = [], []
    monkeypatch.setattr(prompts, "choose_save_file", lambda parent, title, suggested, f: str(tmp_path / suggested))
    monkeypatch.setattr(prompts, "open_with_system_viewer", viewed.append)
    monkeypatch.setattr(prompts, "show_written", lambda parent, title, text, path: written.append((text, path)))

    def press_ok(dialog):
        dialog.agency.setCurrentIndex(dialog.agency.findData("STC"))
        assert "Sở Tài chính" not in dialog.recipients.toPlainText()  # its own report is not sent to itself
        assert "UBND tỉnh (b/c)" in dialog.recipients.toPlainText()
        dialog.create()
        return dialog.result()

    monkeypatch.setattr(ReportDialog, "exec", press_ok)
    window.action_report_agency.trigger()
    (text, path), = written
    assert path == str(tmp_path / "BaoCao_STC_2024.pdf") and path in text and viewed == [path]
    code = next(word for word in text.split() if len(word) == 11 and word[5] == "-")
    assert code.replace("-", "").isalnum()


# taken before conftest's guard: this test answers the real box, as an officer would
REAL_SHOW_WRITTEN, REAL_EXEC = prompts.show_written, QDialog.exec


def test_show_written_opens_the_folder_when_asked(tmp_path, monkeypatch, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    monkeypatch.setattr(prompts, "show_written", REAL_SHOW_WRITTEN)
    monkeypatch.setattr(QDialog, "exec", REAL_EXEC)
    opened = []
    monkeypatch.setattr(prompts, "open_with_system_viewer", opened.append)
    (tmp_path / "a.pdf").write_bytes(b"%PDF")

    def click_open_folder():
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole).click()

    QTimer.singleShot(0, click_open_folder)
    prompts.show_written(None, "In", "Đã ghi", str(tmp_path / "a.pdf"))
    assert opened == [str(tmp_path)]
