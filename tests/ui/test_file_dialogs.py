"""File dialogs speak the app's language and open where that kind of file was last chosen (else in Documents)."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from PySide6.QtWidgets import QDialog

from gpa_desktop.ui import prompts
from gpa_desktop.ui import settings as settings_module

# the real ones, taken before conftest's guard replaces them: these tests try the prompts themselves,
# answering each dialog as an officer would (a timer types and accepts), so none is left open
REAL = {name: f for name, f in vars(prompts).items() if inspect.isfunction(f) and f.__module__ == prompts.__name__}
REAL_EXEC = QDialog.exec


@pytest.fixture
def store(tmp_path, monkeypatch):
    path = tmp_path / "settings.ini"
    monkeypatch.setattr(settings_module, "open_settings", lambda: QSettings(str(path), QSettings.Format.IniFormat))
    for name, function in REAL.items():
        monkeypatch.setattr(prompts, name, function)
    monkeypatch.setattr(QDialog, "exec", REAL_EXEC)
    return path


def _answer(path: Path) -> None:
    """Type *path* into the file dialog that is open and accept it, as an officer would."""
    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible())
        dialog.selectFile(str(path))
        dialog.accept()

    QTimer.singleShot(0, answer)


def test_qt_s_own_dialog_in_vietnamese(store, qtbot):
    dialog = prompts.file_dialog(None, "Lưu báo cáo", "Tài liệu PDF (*.pdf)", QFileDialog.FileMode.AnyFile, save=True, suggested="a.pdf")
    qtbot.addWidget(dialog)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)  # the system's would follow Windows' language
    dialog.show()
    assert "&Tên tệp:" in [label.text() for label in dialog.findChildren(QLabel)]


def test_each_kind_opens_where_it_was_last_chosen_else_in_documents(store, tmp_path, monkeypatch):
    from PySide6.QtCore import QStandardPaths

    documents = tmp_path / "Tài liệu"
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda location: str(documents))
    assert prompts.start_folder("pdf") == str(documents)
    reports = tmp_path / "bao-cao"
    reports.mkdir()
    _answer(reports / "BaoCao_STC_2024.pdf")
    assert prompts.choose_save_file(None, "Lưu", "BaoCao_STC_2024.pdf", "PDF (*.pdf)") == str(reports / "BaoCao_STC_2024.pdf")
    assert prompts.start_folder("pdf") == str(reports)
    assert prompts.start_folder("workbook") == str(documents)  # another kind keeps its own
    inbox = tmp_path / "nhan-ve"
    inbox.mkdir()
    (inbox / "a.xlsx").write_bytes(b"x")
    _answer(inbox / "a.xlsx")
    assert prompts.choose_open_files(None, "Nhập", "Excel (*.xlsx *.xlsm)") == [str(inbox / "a.xlsx")]
    assert prompts.file_dialog(None, "Nhập", "Excel (*.xlsx)", QFileDialog.FileMode.ExistingFiles).directory().path() == str(inbox)
    reports.rmdir()  # nothing was written in it: the dialog only chose the name
    assert prompts.start_folder("pdf") == str(documents)  # a folder since removed: Documents again
