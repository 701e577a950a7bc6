"""The one place that builds and wires the window: QApplication, translators, database, main window."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from .domain.errors import UserError
from .i18n import install_translators, translate
from .locations import default_database


def run_gui(argv: list[str], language: str) -> int:
    parser = argparse.ArgumentParser(prog="gpa-desktop", add_help=False)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--lang")
    parser.add_argument("--smoke-test", action="store_true")
    args, qt_args = parser.parse_known_args(argv)

    app = QApplication.instance() or QApplication(["gpa-desktop", *qt_args])
    app.setApplicationName("GPA Desktop")
    install_translators(app, language)

    from .storage.database import Database
    from .storage.plan_store import read_plan
    from .ui import prompts
    from .ui.main_window import MainWindow

    try:
        database = Database.open(args.db or default_database())
    except UserError as error:
        prompts.show_error(None, "GPA Desktop", error.render(translate))
        return 1
    with database.transaction() as session:
        plan = read_plan(session)
    window = MainWindow(plan, str(database.path))
    window.show()
    if args.smoke_test:
        window.grab()  # paint once
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    database.close()
    return code
