"""Import through the window: preview, choose in a conflict, apply, undo."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from gpa_desktop.domain.reports import ReportValues
from gpa_desktop.exchange.template import export_template
from gpa_desktop.storage.reports import read_reports, save_report
from gpa_desktop.ui import prompts
from gpa_desktop.ui.import_dialog import ImportDialog


def _returned(db, folder: Path) -> Path:
    """STNMT's workbook, returned with one new value and one conflicting with a later database edit."""
    with db.transaction() as session:
        save_report(session, "1.2", "STNMT", "2024", ReportValues(percent=10))
        export_template(session, "STNMT", "2024", folder / "t.xlsx", db.installation_id)
        save_report(session, "1.2", "STNMT", "2024", ReportValues(percent=20))
    book = load_workbook(folder / "t.xlsx")
    sheet = book["Báo cáo"]
    rows = {sheet.cell(r, 1).value: r for r in range(5, sheet.max_row + 1)}
    sheet.cell(rows["1.2"], 6).value = 30
    sheet.cell(rows["13.1"], 7).value = "Đã ban hành kế hoạch"
    book.save(folder / "back.xlsx")
    return folder / "back.xlsx"


def _percent(db):
    with db.transaction() as session:
        return {(r.task, r.agency): r.values for r in read_reports(session, "2024")}


def test_preview_then_apply_with_a_conflict_choice(qtbot, db, tmp_path):
    path = _returned(db, tmp_path)
    dialog = ImportDialog(db, [path, tmp_path / "missing.xlsx"])
    qtbot.addWidget(dialog)
    dialog.read_all()
    assert "1 conflict" in dialog.files.item(0).text() or "1 xung đột" in dialog.files.item(0).text()
    assert dialog.files.item(1).checkState().name == "Unchecked"  # unreadable: cannot be ticked
    dialog.files.setCurrentRow(0)
    assert _percent(db)[("1.2", "STNMT")].percent == 20  # nothing written by the preview
    dialog._set_all_conflicts(True)
    with qtbot.waitSignal(dialog.imported) as signal:
        dialog.apply()
    outcome = signal.args[0]
    values = _percent(db)
    assert values[("1.2", "STNMT")].percent == 30 and values[("13.1", "STNMT")].results == "Đã ban hành kế hoạch"
    assert outcome.applied == 2 and outcome.changes


def test_the_window_imports_and_undo_reverses_the_file(window, db, tmp_path, monkeypatch):
    path = _returned(db, tmp_path)
    monkeypatch.setattr(prompts, "choose_open_files", lambda *a: [str(path)])
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: (dialog.read_all(), dialog.apply())[1])
    window.action_import.trigger()
    assert _percent(db)[("13.1", "STNMT")].results == "Đã ban hành kế hoạch"
    window.action_undo.trigger()
    assert ("13.1", "STNMT") not in _percent(db)


def test_exports_from_the_window(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(prompts, "show_info", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(prompts, "choose_save_file", lambda parent, title, suggested, f: str(tmp_path / suggested))
    monkeypatch.setattr(prompts, "choose_folder", lambda *a: str(tmp_path / "mau"))
    window.action_export_plan.trigger()
    window.action_export_summary.trigger()
    window.action_export_template.trigger()
    assert (tmp_path / "KeHoach_TangTruongXanh.xlsx").exists() and (tmp_path / "TongHop_2024.xlsx").exists()
    assert len(list((tmp_path / "mau").glob("BaoCao_*_2024.xlsx"))) == 38
    assert len(shown) == 3
