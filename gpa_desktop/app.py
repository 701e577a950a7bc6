"""The one place that builds and wires the window: QApplication, translators, settings, database, main window."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from .domain.errors import UserError
from .i18n import LANGUAGES, install_translators, translate
from .locations import resource
from .logs import open_held_log


class Shell:
    """Owns the open database and the window; rebuilds the window for another language or file."""

    def __init__(self, app: QApplication, settings, language: str) -> None:
        self.app = app
        self.settings = settings
        self.language = language
        self.translators = install_translators(app, language)
        self.workspace = None
        self.window = None

    def open(self, path: Path) -> bool:
        """Open *path* (offering read-only viewing when another copy has it) and show a window on it."""
        from .operations import Workspace
        from .storage.backup import DatabaseDamaged
        from .storage.database import NETWORK_SHARE_WARNING
        from .storage.instance_lock import DatabaseInUse
        from .ui import prompts

        try:
            workspace = Workspace.open(path)
        except DatabaseInUse as busy:
            question = translate("Shell", "{message}\n\nOpen it read-only?").format(message=busy.render(translate))
            if not prompts.ask_yes_no(self.window, "GPA Desktop", question):
                return False
            try:
                workspace = Workspace.open(path, read_only=True)
            except UserError as error:
                prompts.show_error(self.window, "GPA Desktop", error.render(translate))
                return False
        except DatabaseDamaged as damaged:  # offer its newest sound backup, then open the restored file
            offer = translate("Shell", "{message}\n\nRestore that backup now? The damaged file is kept in the backups folder.")
            if damaged.backup is None:
                prompts.show_error(self.window, "GPA Desktop", damaged.render(translate))
            elif prompts.ask_yes_no(self.window, "GPA Desktop", offer.format(message=damaged.render(translate))):
                return self._restore_and_open(path, damaged.backup.path)
            return False
        except UserError as error:
            prompts.show_error(self.window, "GPA Desktop", error.render(translate))
            return False
        if workspace.database.on_network_share:
            prompts.show_warning(self.window, "GPA Desktop", translate("UserError", NETWORK_SHARE_WARNING).format(path=path))
        old = self.workspace
        self.workspace = workspace
        if not workspace.read_only:
            self.settings.database = str(workspace.path)
        self._rebuild()
        if old is not None:
            old.close()
        return True

    def _restore_and_open(self, path: Path, backup: Path) -> bool:
        from .operations.backups import restore
        from .ui import prompts

        try:
            restore(path, backup)
        except UserError as error:
            prompts.show_error(self.window, "GPA Desktop", error.render(translate))
            return False
        return self.open(path)

    def _rebuild(self) -> None:
        from .ui.main_window import MainWindow

        old = self.window
        if old is not None:
            old.close()
        self.window = MainWindow(self.workspace, self.settings)
        self.window.languageRequested.connect(self.switch_language)
        self.window.databaseRequested.connect(lambda path: self.open(Path(path)))
        self.window.show()
        if old is not None:
            old.deleteLater()

    def first_run(self) -> None:
        """On a new installation, ask who it is and who signs (and offer the reorganisation workbook
        when the database is behind the 2025 changes); not again once answered."""
        from .ui.first_run import FirstRunDialog
        from .ui.settings import first_run_needed

        window = self.window
        if window is None or window.ws.read_only or not first_run_needed(self.settings):
            return
        before = self.settings.agency
        dialog = FirstRunDialog(self.settings, window.plan, window.period, window.shared.ends_on, window)
        if dialog.exec():
            window.files.settings_changed(before)
            if dialog.export_requested:
                window.exchange.export_changes()

    def switch_language(self, language: str) -> None:
        if language not in LANGUAGES or language == self.language:
            return
        for translator in self.translators:
            self.app.removeTranslator(translator)
        self.language = language
        self.settings.language = language
        self.translators = install_translators(self.app, language)
        self._rebuild()  # every text is re-made in the new language, state stays in the database

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
        if self.workspace is not None:
            self.workspace.close()


#: Names a file to receive, as JSON, when (time.time()) the plan tree was first painted, the modules loaded by
#: then, and which of its classes PySide had made (it makes each on first use; tests/test_startup.py, bench_window.py).
FIRST_PAINT_PROBE = "GPA_DESKTOP_FIRST_PAINT_MODULES"


class _OnFirstPaint(QObject):
    """Calls *then* when *widget* is first painted (during that paint)."""

    def __init__(self, widget, then) -> None:
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self.then()
        return False


def _write_probe(path: Path) -> None:
    """The time, the modules loaded so far and the Qt classes PySide has made, to *path* (FIRST_PAINT_PROBE)."""
    made = {name: sorted(n for n in vars(sys.modules[f"PySide6.{name}"]) if n[0] == "Q") for name in ("QtCore", "QtWidgets")}
    made["QtCore"] += ["Qt"] if "Qt" in vars(sys.modules["PySide6.QtCore"]) else []  # the namespace of enums
    path.write_text(json.dumps({"at": time.time(), "modules": sorted(sys.modules), "made": made}), encoding="utf-8")


def run_gui(db: Path | None, lang: str | None, language: str | None, *, smoke_test: bool = False) -> int:
    """The window on the database the shared rule chooses (ui.settings.database_to_open). With
    *smoke_test* it paints once and quits, and stores no setting (database, layout, period).
    What is logged until the window's first paint is held for the log file, opened just after it."""
    try:
        return _run_gui(db, lang, language, smoke_test=smoke_test)
    finally:
        open_held_log()  # what is still held when no window was painted (a database refused); without a hold (a test) nothing


def _run_gui(db: Path | None, lang: str | None, language: str | None, *, smoke_test: bool) -> int:
    app = QApplication.instance() or QApplication(["gpa-desktop"])
    app.setApplicationName("GPA Desktop")
    app.setWindowIcon(QIcon(str(resource("icons", "gpa-desktop.png"))))

    from .ui.settings import Settings, database_to_open, open_settings

    settings = Settings(open_settings(), remember=not smoke_test)
    if smoke_test:  # nobody answers: a message goes to standard error and a question is declined
        from .ui import prompts

        prompts.UNATTENDED = sys.stderr
    shell = Shell(app, settings, lang or settings.language or language or "vi")
    if not shell.open(database_to_open(db, settings)):
        return 1
    viewport = shell.window.plan_pane.viewport
    _OnFirstPaint(viewport, lambda: QTimer.singleShot(0, open_held_log))  # once that frame is drawn
    probe = os.environ.get(FIRST_PAINT_PROBE)
    if probe:
        _OnFirstPaint(viewport, lambda: _write_probe(Path(probe)))
    if smoke_test:
        shell.window.grab()  # paint once
        QTimer.singleShot(0, app.quit)
    else:
        QTimer.singleShot(0, shell.first_run)  # once the window shows
    code = app.exec()
    shell.close()
    return code
