"""Import through the window: preview, choose in a conflict, apply, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from gpa_desktop.domain.reports import ReportValues
from gpa_desktop.exchange.template import export_template
from gpa_desktop.storage.reports import read_reports, save_report
from gpa_desktop.ui import prompts
from gpa_desktop.operations import Workspace
from gpa_desktop.operations.plan import read_plan_only
from gpa_desktop.ui.import_dialog import ImportDialog


def window_plan(db):
    return read_plan_only(Workspace(db))


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


def _conflict_ticks(dialog) -> list[tuple[str, str, bool]]:
    """(task, column, ticked) of each conflict the rows show a "take the file's value" box for."""
    rows = dialog.rows
    return [
        (parent.text(0), child.text(0), child.checkState(3) == Qt.CheckState.Checked)
        for parent in (rows.topLevelItem(i) for i in range(rows.topLevelItemCount()))
        for child in (parent.child(j) for j in range(parent.childCount()))
        if child.data(3, Qt.ItemDataRole.CheckStateRole) is not None  # a box is shown
    ]


def _percent(db):
    with db.transaction() as session:
        return {(r.task, r.agency): r.values for r in read_reports(session, "2024")}


def test_preview_then_apply_with_a_conflict_choice(qtbot, db, tmp_path):
    path = _returned(db, tmp_path)
    dialog = ImportDialog(Workspace(db), window_plan(db), [path, tmp_path / "missing.xlsx"])
    qtbot.addWidget(dialog)
    dialog.read_all()
    assert "1 conflict" in dialog.files.item(0).text() or "1 xung đột" in dialog.files.item(0).text()
    assert dialog.files.item(1).checkState().name == "Unchecked"  # unreadable: cannot be ticked
    dialog.files.setCurrentRow(0)
    assert _percent(db)[("1.2", "STNMT")].percent == 20  # nothing written by the preview
    dialog.all_theirs.click()  # take the file's value in every conflict
    with qtbot.waitSignal(dialog.imported) as signal:
        dialog.apply()
    outcome = signal.args[0]
    values = _percent(db)
    assert values[("1.2", "STNMT")].percent == 30 and values[("13.1", "STNMT")].results == "Đã ban hành kế hoạch"
    assert outcome.applied == 2 and outcome.changes


def test_the_window_imports_and_undo_reverses_the_file(window, db, tmp_path, monkeypatch):
    path = _returned(db, tmp_path)
    monkeypatch.setattr(prompts, "choose_open_files", lambda *a: [str(path)])
    monkeypatch.setattr(prompts, "show_info", lambda *a: None)  # the batch's summary
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: (dialog.read_all(), dialog.apply())[1])
    window.action_import.trigger()
    assert _percent(db)[("13.1", "STNMT")].results == "Đã ban hành kế hoạch"
    window.action_undo.trigger()
    assert ("13.1", "STNMT") not in _percent(db)


@pytest.mark.slow
def test_exports_from_the_window(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(prompts, "show_written", lambda parent, title, text, path: shown.append(text))
    monkeypatch.setattr(prompts, "choose_save_file", lambda parent, title, suggested, f: str(tmp_path / suggested))
    monkeypatch.setattr(prompts, "choose_folder", lambda *a: str(tmp_path / "mau"))
    window.action_export_plan.trigger()
    window.action_export_summary.trigger()
    window.action_export_template.trigger()
    assert (tmp_path / "KeHoach_TangTruongXanh.xlsx").exists() and (tmp_path / "TongHop_2024.xlsx").exists()
    assert len(list((tmp_path / "mau").glob("BaoCao_*_2024.xlsx"))) == 38
    assert len(shown) == 3


def _template(db, folder: Path, agency: str, name: str, change) -> Path:
    with db.transaction() as session:
        export_template(session, agency, "2024", folder / f"{name}-t.xlsx", db.installation_id)
    book = load_workbook(folder / f"{name}-t.xlsx")
    sheet = book["Báo cáo"]
    change(sheet, {sheet.cell(r, 1).value: r for r in range(5, sheet.max_row + 1)})
    book.save(folder / f"{name}.xlsx")
    return folder / f"{name}.xlsx"


def test_conflict_choices_are_kept_per_file(qtbot, db, tmp_path):
    first = _returned(db, tmp_path)  # STNMT: a conflict on 1.2 percent
    with db.transaction() as session:
        save_report(session, "8.1", "SCT", "2024", ReportValues(percent=10))
    second = _template(db, tmp_path, "SCT", "sct", lambda s, rows: setattr(s.cell(rows["8.1"], 6), "value", 70))
    with db.transaction() as session:
        save_report(session, "8.1", "SCT", "2024", ReportValues(percent=15))
    dialog = ImportDialog(Workspace(db), window_plan(db), [first, second])
    qtbot.addWidget(dialog)
    dialog.read_all()
    dialog.files.setCurrentRow(0)
    dialog.all_theirs.click()  # STNMT's value wins
    dialog.files.setCurrentRow(1)
    assert dialog.chosen_theirs() == set()  # SCT's conflict stays the database's
    dialog.files.setCurrentRow(0)
    assert dialog.chosen_theirs() == {("1.2", "percent")} and _conflict_ticks(dialog) == [("1.2", "Tiến độ (%)", True)]
    dialog.files.setCurrentRow(1)
    dialog.apply()
    values = _percent(db)
    assert values[("1.2", "STNMT")].percent == 30 and values[("8.1", "SCT")].percent == 15


def test_a_workbook_without_identity_is_given_its_agency_and_period(qtbot, db, tmp_path):
    def strip(sheet, rows):
        sheet.cell(rows["1.2"], 6).value = 55
        del sheet.parent["_gpa"]

    path = _template(db, tmp_path, "STNMT", "pasted", strip)
    dialog = ImportDialog(Workspace(db), window_plan(db), [path])
    qtbot.addWidget(dialog)
    dialog.read_all()
    assert dialog.previews[0].needs_identity and not dialog.identity_box.isHidden()
    assert not dialog.apply_button.isEnabled()
    dialog.agency_choice.setCurrentIndex(dialog.agency_choice.findData("STNMT"))
    dialog.period_choice.setCurrentText("2024")
    dialog.read_again.click()
    assert dialog.previews[0].fatal is None and dialog.identity_box.isHidden() and dialog.apply_button.isEnabled()
    with qtbot.waitSignal(dialog.imported):
        dialog.apply_button.click()
    assert _percent(db)[("1.2", "STNMT")].percent == 55


def test_a_file_whose_preview_went_stale_is_read_again_not_applied(qtbot, db, tmp_path, monkeypatch):
    errors = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: errors.append(text))
    one = _template(db, tmp_path, "STNMT", "one", lambda s, rows: setattr(s.cell(rows["1.2"], 6), "value", 40))
    two = _template(db, tmp_path, "STNMT", "two", lambda s, rows: setattr(s.cell(rows["1.2"], 6), "value", 60))
    dialog = ImportDialog(Workspace(db), window_plan(db), [one, two])
    qtbot.addWidget(dialog)
    dialog.read_all()
    dialog.apply()
    assert _percent(db)[("1.2", "STNMT")].percent == 40  # the second file did not overwrite it silently
    assert len(errors) == 1 and dialog.outcomes[0].file_name == "one.xlsx" and len(dialog.outcomes) == 1
    assert [(t, d.field, d.ours, d.theirs) for t, d in dialog.previews[1].conflicts] == [("1.2", "percent", 40, 60)]
    assert dialog.files.item(1).checkState().name == "Checked"  # ready to be applied with a decision


def test_receipts_view(qtbot, qtmodeltester, db, tmp_path, shared):
    from gpa_desktop.exchange.importer import apply_import, preview_import
    from gpa_desktop.ui.receipts_view import ReceiptsDialog

    from datetime import datetime

    from gpa_desktop.storage.changes import ChangeWriter
    from gpa_desktop.storage.receipts import record_receipt

    path = _returned(db, tmp_path)
    with db.transaction() as session:
        preview = preview_import(session, path)
    apply_import(db, preview)
    with db.transaction() as session:  # an earlier period's workbook, from another agency
        record_receipt(
            ChangeWriter(session, source="import:skhdt-2023.xlsx", actor="test"), file_name="skhdt-2023.xlsx", sha256="0" * 64, agency="SKHDT",
            period="2023", received_at=datetime(2024, 1, 10), applied=3, unchanged=0, rejected=0, conflicts=[],
        )
    dialog = ReceiptsDialog(Workspace(db), shared.period_codes, "2024")  # as the window opens it
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.period.currentData() == "2024" and dialog.proxy.rowCount() == 1  # opened on 2024: its one receipt
    texts = [dialog.proxy.index(0, c).data() for c in range(dialog.proxy.columnCount())]
    assert texts[1:5] == ["STNMT", "2024", "back.xlsx", "1"] and texts[7].startswith("1 ")
    tip = dialog.proxy.index(0, 7).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "1.2 Tiến độ (%): 20 / 30 — giữ giá trị trong cơ sở dữ liệu"  # the column's name, not a field code
    shown = lambda: [dialog.proxy.index(r, 3).data() for r in range(dialog.proxy.rowCount())]  # noqa: E731
    dialog.period.setCurrentIndex(dialog.period.findData("2023"))
    assert shown() == ["skhdt-2023.xlsx"]
    dialog.period.setCurrentIndex(dialog.period.findData("2025"))
    assert shown() == []
    dialog.period.setCurrentIndex(dialog.period.findData(ReceiptsDialog.ALL))
    assert sorted(shown()) == ["back.xlsx", "skhdt-2023.xlsx"]


def test_the_window_shows_the_receipt_register(window, db, tmp_path, monkeypatch):
    from gpa_desktop.ui.receipts_view import ReceiptsDialog

    path = _returned(db, tmp_path)
    monkeypatch.setattr(prompts, "choose_open_files", lambda *a: [str(path)])
    monkeypatch.setattr(prompts, "show_info", lambda *a: None)  # the batch's summary
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: (dialog.read_all(), dialog.apply())[1])
    window.action_import.trigger()
    shown = []
    monkeypatch.setattr(ReceiptsDialog, "exec", lambda dialog: shown.append([dialog.proxy.index(0, c).data() for c in (1, 3)]))
    window.action_receipts.trigger()
    assert shown == [["STNMT", "back.xlsx"]]


def test_feedback_for_the_sender_from_the_dialog(qtbot, db, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(prompts, "choose_folder", lambda *a: str(tmp_path / "fb"))
    monkeypatch.setattr(prompts, "show_info", lambda parent, title, text: shown.append(text))
    path = _template(db, tmp_path, "STNMT", "bad", lambda s, rows: setattr(s.cell(rows["1.2"], 6), "value", 250))
    dialog = ImportDialog(Workspace(db), window_plan(db), [path])
    qtbot.addWidget(dialog)
    dialog.read_all()
    assert dialog.problems.count() == 1 and "250" in dialog.problems.item(0).text() and "F (Tiến độ (%))" in dialog.problems.item(0).text()
    dialog.feedback_button.click()
    marked = load_workbook(tmp_path / "fb" / "bad-phan-hoi.xlsx")["Báo cáo"]
    row = {marked.cell(r, 1).value: r for r in range(5, marked.max_row + 1)}["1.2"]
    assert marked.cell(row, 6).comment is not None and str(tmp_path / "fb") in shown[0]


class _Panic(BaseException):
    """What the Rust reading library raises when it panics: not an Exception."""


def test_every_file_gets_its_verdict_and_the_good_ones_go_in(window, db, tmp_path, monkeypatch):
    from gpa_desktop.ui import import_dialog

    good = _template(window.ws.database, tmp_path, "STNMT", "good", lambda s, rows: setattr(s.cell(rows["1.2"], 6), "value", 45))
    failing = _template(window.ws.database, tmp_path, "SCT", "failing", lambda s, rows: setattr(s.cell(rows["8.1"], 6), "value", 75))
    panicking = _template(window.ws.database, tmp_path, "SXD", "panic", lambda s, rows: None)
    files = [tmp_path / "missing.xlsx", panicking, failing, good]
    checking, applying = import_dialog.preview_file, import_dialog.apply_file

    def check(ws, path, **options):
        if path.name == "panic.xlsx":
            raise _Panic("index out of bounds")
        return checking(ws, path, **options)

    def apply(ws, preview, **options):
        if preview.file_name == "failing.xlsx":
            raise RuntimeError("a bug nobody foresaw")
        return applying(ws, preview, **options)

    monkeypatch.setattr(import_dialog, "preview_file", check)
    monkeypatch.setattr(import_dialog, "apply_file", apply)
    errors, told, dialogs = [], [], []
    monkeypatch.setattr(prompts, "choose_open_files", lambda *a: [str(f) for f in files])
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: errors.append(text))
    monkeypatch.setattr(prompts, "show_info", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: (dialogs.append(dialog), dialog.read_all(), dialog.apply())[-1])
    window.action_import.trigger()
    assert _percent(db)[("1.2", "STNMT")].percent == 45 and ("8.1", "SCT") not in _percent(db)
    dialog = dialogs[0]
    texts = [dialog.files.item(i).text() for i in range(len(files))]
    assert texts[0].startswith("missing.xlsx: ") and texts[3].startswith("good.xlsx: ")
    assert "failing.xlsx" in texts[2] and "bug" not in texts[2]  # its verdict, without the program's inner words
    assert len(errors) == 1 and "failing.xlsx" in errors[0]  # one box for the batch
    summary = told[0]
    for line, name in zip(dialog.verdicts()[:3], ("missing.xlsx", "panic.xlsx", "failing.xlsx")):
        assert line.startswith(name) and line in summary  # each file not imported, with why
