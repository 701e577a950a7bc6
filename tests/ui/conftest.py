"""Window tests run in the officers' language, as the app starts by default."""

import pytest


@pytest.fixture(autouse=True)
def vietnamese(qapp):
    """The officers' language, as the app starts by default."""
    from gpa_desktop.i18n import install_translators

    installed = install_translators(qapp, "vi")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture
def settings(tmp_path):
    """Settings in a private INI file, never the user's."""
    from PySide6.QtCore import QSettings

    from gpa_desktop.ui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, db, settings):
    from gpa_desktop.ui.main_window import MainWindow

    from gpa_desktop.operations import Workspace

    main = MainWindow(Workspace(db), settings)
    qtbot.addWidget(main)
    main.show()
    main.finish_start()  # the first task, which the window shows just after its first paint
    main.set_period("2024")
    return main


@pytest.fixture
def ws(db):
    from gpa_desktop.operations import Workspace

    return Workspace(db)


@pytest.fixture
def runner(ws, qapp):
    from PySide6.QtGui import QUndoStack

    from gpa_desktop.ui.runner import OperationRunner

    stack = QUndoStack()
    made = OperationRunner(ws, stack)
    made.stack = stack  # kept alive with the runner
    return made


@pytest.fixture
def shared(ws, runner):
    """The plan state the window's views share, on period 2024."""
    from gpa_desktop.ui.plan_state import SharedPlan

    return SharedPlan(ws, runner, "2024")
