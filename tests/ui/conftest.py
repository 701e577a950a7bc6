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

    main = MainWindow(db, settings)
    qtbot.addWidget(main)
    main.show()
    main.set_period("2024")
    return main
