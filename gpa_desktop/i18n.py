"""Languages: Vietnamese by default, English on request. Shared by the command line and the window."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .locations import translations_dir

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"


def chosen_language(requested: str | None = None) -> str:
    """--lang wins, then GPA_LANG, then Vietnamese."""
    for candidate in (requested, os.environ.get("GPA_LANG")):
        if candidate in LANGUAGES:
            return candidate
    return DEFAULT_LANGUAGE


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install our catalogue (and Qt's own, where it ships one) for *language*; keep the result alive."""
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English))
    installed = []
    ours = QTranslator(app)
    if ours.load(str(translations_dir() / f"gpa_desktop_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def current_language() -> str:
    """The language the translators were last installed for (install_translators sets the locale)."""
    return "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
