"""The only place that opens message boxes and file dialogs (tests replace these functions)."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def show_warning(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def show_written(parent: QWidget | None, title: str, text: str, path: str) -> None:
    """Say what was written and where (*path*: the file, or the folder of several), offering to open the folder."""
    from pathlib import Path

    from ..i18n import translate

    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    folder = box.addButton(translate("Prompts", "Open folder"), QMessageBox.ButtonRole.ActionRole)
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    box.exec()
    if box.clickedButton() is folder:
        where = Path(path)
        open_with_system_viewer(str(where if where.is_dir() else where.parent))


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def choose_open_file(parent: QWidget | None, title: str, filter_text: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filter_text)
    return path or None


def choose_open_files(parent: QWidget | None, title: str, filter_text: str) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, title, "", filter_text)
    return paths


def choose_save_file(parent: QWidget | None, title: str, suggested: str, filter_text: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filter_text)
    return path or None


def choose_folder(parent: QWidget | None, title: str) -> str | None:
    return QFileDialog.getExistingDirectory(parent, title) or None


def open_with_system_viewer(path: str) -> None:
    """Show a written PDF or workbook in the program the officer uses for it."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def ask_password(parent: QWidget | None, title: str, label: str) -> str | None:
    """A secret typed without echo (the token's PIN); None when the officer cancels."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text if ok else None
