"""The only place that opens message boxes and file dialogs (tests replace these functions).

Their classes are imported where used: this module loads before the main window's first paint, and
PySide makes a class, with its Python enums, when it is first imported.

A start with nobody to answer (``--smoke-test``) sets UNATTENDED to a stream: each prompt then writes
its title and text there and is declined, instead of waiting for ever on a modal box."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFileDialog, QWidget

UNATTENDED: TextIO | None = None


def _declined_unattended(declined=None):
    """The prompt as it is, or, UNATTENDED, its words written there and *declined* as its answer."""

    def wrap(prompt):
        @functools.wraps(prompt)
        def asked(parent, title, *args, **kwargs):
            if UNATTENDED is None:
                return prompt(parent, title, *args, **kwargs)
            words = next((a for a in args if isinstance(a, str) and a), "")
            UNATTENDED.write(f"{title}: {words}\n" if words else f"{title}\n")
            return declined() if callable(declined) else declined

        return asked

    return wrap


@_declined_unattended()
def show_error(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(parent, title, text)


@_declined_unattended()
def show_warning(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, text)


@_declined_unattended()
def show_info(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(parent, title, text)


@_declined_unattended()
def show_written(parent: QWidget | None, title: str, text: str, path: str) -> None:
    """Say what was written and where (*path*: the file, or the folder of several), offering to open the folder."""
    from PySide6.QtWidgets import QMessageBox

    from ..i18n import translate

    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    folder = box.addButton(translate("Prompts", "Open folder"), QMessageBox.ButtonRole.ActionRole)
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    box.exec()
    if box.clickedButton() is folder:
        where = Path(path)
        open_with_system_viewer(str(where if where.is_dir() else where.parent))


@_declined_unattended(False)
def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


# -- file dialogs ------------------------------------------------------------------------------
# Qt's own dialog rather than the system's: it speaks the app's language (its words are in our
# catalogue, ui/qt_strings.py) whatever the language of Windows. Each opens where the officer last
# chose that kind of file (workbooks, PDFs, databases, folders), else in the Documents folder.


def file_kind(filter_text: str, mode: QFileDialog.FileMode | None = None) -> str:
    """Which remembered folder a dialog starts in, from what it looks for."""
    from PySide6.QtWidgets import QFileDialog

    if mode is QFileDialog.FileMode.Directory:
        return "folder"
    for pattern, kind in (("*.pdf", "pdf"), ("*.sqlite3", "database"), ("*.xls", "workbook")):
        if pattern in filter_text:
            return kind
    return "other"


def start_folder(kind: str) -> str:
    """The folder last used for *kind* while it still exists, else the user's documents."""
    from PySide6.QtCore import QStandardPaths

    from .settings import Settings, open_settings

    remembered = Settings(open_settings()).folder(kind)
    if remembered and Path(remembered).is_dir():
        return remembered
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def _remember(kind: str, chosen: str) -> None:
    from .settings import Settings, open_settings

    folder = Path(chosen) if kind == "folder" else Path(chosen).parent
    Settings(open_settings()).set_folder(kind, str(folder))


def file_dialog(parent: QWidget | None, title: str, filter_text: str, mode: QFileDialog.FileMode, *, save: bool = False, suggested: str = "") -> QFileDialog:
    """The dialog the choose_* functions run (tests inspect it without running it)."""
    from PySide6.QtCore import QStandardPaths, QUrl
    from PySide6.QtWidgets import QFileDialog

    kind = file_kind(filter_text, mode)
    dialog = QFileDialog(parent, title, start_folder(kind), filter_text)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setFileMode(mode)
    if mode is QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(suggested)
    places = [QStandardPaths.StandardLocation.DocumentsLocation, QStandardPaths.StandardLocation.DesktopLocation,
              QStandardPaths.StandardLocation.DownloadLocation, QStandardPaths.StandardLocation.HomeLocation]
    urls = [QUrl.fromLocalFile(QStandardPaths.writableLocation(place)) for place in places]
    dialog.setSidebarUrls([url for url in urls if Path(url.toLocalFile()).is_dir()])
    dialog.setProperty("kind", kind)
    return dialog


def _run(dialog: QFileDialog) -> list[str]:
    if not dialog.exec():
        return []
    chosen = dialog.selectedFiles()
    if chosen:
        _remember(dialog.property("kind"), chosen[0])
    return chosen


@_declined_unattended()
def choose_open_file(parent: QWidget | None, title: str, filter_text: str) -> str | None:
    from PySide6.QtWidgets import QFileDialog

    chosen = _run(file_dialog(parent, title, filter_text, QFileDialog.FileMode.ExistingFile))
    return chosen[0] if chosen else None


@_declined_unattended(list)
def choose_open_files(parent: QWidget | None, title: str, filter_text: str) -> list[str]:
    from PySide6.QtWidgets import QFileDialog

    return _run(file_dialog(parent, title, filter_text, QFileDialog.FileMode.ExistingFiles))


@_declined_unattended()
def choose_save_file(parent: QWidget | None, title: str, suggested: str, filter_text: str) -> str | None:
    """Asks before replacing a file that is there already (Qt's dialog does)."""
    from PySide6.QtWidgets import QFileDialog

    chosen = _run(file_dialog(parent, title, filter_text, QFileDialog.FileMode.AnyFile, save=True, suggested=suggested))
    return chosen[0] if chosen else None


@_declined_unattended()
def choose_folder(parent: QWidget | None, title: str) -> str | None:
    from PySide6.QtWidgets import QFileDialog

    chosen = _run(file_dialog(parent, title, "", QFileDialog.FileMode.Directory))
    return chosen[0] if chosen else None


def open_with_system_viewer(path: str) -> None:
    """Show a written PDF or workbook in the program the officer uses for it."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(path))


@_declined_unattended()
def ask_password(parent: QWidget | None, title: str, label: str) -> str | None:
    """A secret typed without echo (the token's PIN); None when the officer cancels."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text if ok else None


@_declined_unattended()
def choose_item(parent: QWidget | None, title: str, label: str, items: list[str]) -> str | None:
    """One of *items*, picked from a list (the first offered); None when the officer cancels."""
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return text if ok and text in items else None
