"""The File and Settings menus: open, create and back up a database file; settings; the window's layout."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QSize
from PySide6.QtWidgets import QMainWindow

from ..domain.errors import UserError
from ..i18n import current_language, translate
from ..operations import Workspace
from ..operations.backups import back_up
from . import prompts
from .screen_fit import fit_to_screen


class FileActions(QObject):
    def __init__(self, window: QMainWindow, ws: Workspace, settings, plan, database_requested, language_requested, settings_changed: Callable) -> None:
        super().__init__(window)
        self.window, self.ws, self.settings, self.plan = window, ws, settings, plan
        self.database_requested, self.language_requested, self.settings_changed = database_requested, language_requested, settings_changed

    def open_database(self) -> None:
        path = prompts.choose_open_file(self.window, self.tr("Open a database"), self.tr("GPA Desktop database (*.sqlite3 *.db);;All files (*)"))
        if path:
            self.database_requested.emit(path)

    def new_database(self) -> None:
        """A new file holding the built-in plan (never an existing file opened by mistake)."""
        path = prompts.choose_save_file(self.window, self.tr("New database"), "gpa-desktop.sqlite3", self.tr("GPA Desktop database (*.sqlite3)"))
        if not path:
            return
        if Path(path).exists():
            prompts.show_error(
                self.window, self.tr("New database"),
                self.tr("{path} already exists. Choose a new file name, or open that file with “Open another database”.").format(path=path),
            )
            return
        self.database_requested.emit(path)

    def backup(self) -> None:
        from PySide6.QtCore import Qt  # not at import: naming Qt builds PySide's 93 enums (tests/test_startup.py)
        from PySide6.QtWidgets import QProgressDialog

        suggested = f"gpa-desktop-{datetime.now():%Y%m%d-%H%M}.sqlite3"
        path = prompts.choose_save_file(self.window, self.tr("Back up the database"), suggested, self.tr("GPA Desktop database (*.sqlite3)"))
        if not path:
            return
        progress = QProgressDialog(self.tr("Backing up…"), None, 0, 100, self.window)
        progress.setObjectName("backup_progress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def step(done: int, total: int) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(done)

        try:
            back_up(self.ws, Path(path), step)
        except UserError as error:
            prompts.show_error(self.window, self.tr("Backup"), error.render(translate))
            return
        finally:
            progress.close()
            progress.deleteLater()
        prompts.show_info(self.window, self.tr("Backup"), self.tr("The database was copied to {path}.").format(path=path))

    def restore_backup(self) -> None:
        from .restore_dialog import RestoreDialog

        if RestoreDialog(self.ws, self.window).exec():
            self.database_requested.emit(str(self.ws.path))  # every view re-reads the restored file

    def edit_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        window = self.window
        dialog = SettingsDialog(
            self.settings, window.plan, str(self.ws.path), [window.action_open, window.action_new, window.action_backup], window, ws=self.ws
        )
        settings = self.settings
        whose = lambda: (settings.agency, settings.signer_name, settings.signer_title, settings.signer_authority)  # noqa: E731
        before = whose()
        accepted = dialog.exec()
        language, requested = dialog.language.currentData(), dialog.requested
        dialog.deleteLater()
        if requested is not None:
            requested.trigger()
            return
        if not accepted:
            return
        if whose() != before:  # OK with nothing changed changes nothing
            self.settings_changed(before[0])
        if language != current_language():
            self.language_requested.emit(language)  # last: the window is rebuilt in the new language

    _LAYOUT = ("geometry", "state", "splitter", "tree_header")

    def _parts(self):
        w = self.window
        return (
            (w.saveGeometry, w.restoreGeometry), (w.saveState, w.restoreState), (w.splitter.saveState, w.splitter.restoreState),
            (w.tree.header().saveState, w.tree.header().restoreState),
        )

    def restore_layout(self) -> None:
        """The window's layout as last saved (the task pane's own when it is made: restore_task_pane_layout)."""
        for key, (_save, restore) in zip(self._LAYOUT, self._parts()):
            saved = self.settings.saved_state(key)
            if saved is not None:
                restore(saved)
        if self.settings.saved_state("geometry") is None:
            self.window.opens_maximised = fit_to_screen(self.window, QSize(1280, 800))  # on a laptop's screen

    def restore_task_pane_layout(self, pane) -> None:
        saved = self.settings.saved_state("task_splitter")
        if saved is not None:
            pane.restoreState(saved)

    def save_layout(self) -> None:
        for key, (save, _restore) in zip(self._LAYOUT, self._parts()):
            self.settings.save_state(key, save())
        pane = self.window.made_task_pane()  # a pane never made keeps the layout saved before
        if pane is not None:
            self.settings.save_state("task_splitter", pane.saveState())
