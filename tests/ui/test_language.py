"""--lang en is English throughout (the statuses too); Settings shows the language in use, and OK
with nothing changed changes nothing."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton

from gpa_desktop.domain.reports import ReportValues
from gpa_desktop.operations import Workspace
from gpa_desktop.operations.reports import set_report

VIETNAMESE = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.IGNORECASE)


@pytest.fixture
def english(qapp):
    """The window as `gpa-desktop --lang en` builds it."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from gpa_desktop.i18n import install_translators

    for translator in qapp.findChildren(QTranslator):  # the Vietnamese ones the ui tests start with
        QCoreApplication.removeTranslator(translator)
    installed = install_translators(qapp, "en")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)  # the next window test installs Vietnamese again


@pytest.fixture
def english_window(english, qtbot, db, settings):
    from gpa_desktop.ui.main_window import MainWindow

    ws = Workspace(db)
    set_report(ws, "1.2", "STNMT", "2024", ReportValues(status="in_progress", percent=40))
    window = MainWindow(ws, settings)
    qtbot.addWidget(window)
    window.show()
    window.set_period("2024")
    return window


def _chrome(window) -> list[str]:
    """Every word the window itself says (not the plan's text or agency names, which are data)."""
    texts = [a.text() for a in window.findChildren(type(window.action_open)) if a.text() not in ("Tiếng Việt",)]
    texts += [window.tabs.tabText(i) for i in range(window.tabs.count())]
    for model in (window.model, window.duties):
        texts += [str(model.headerData(c, window.tree.header().orientation())) for c in range(model.columnCount())]
    for box in (window.role_box, window.status_box, window.form.status):
        texts += [box.itemText(i) for i in range(box.count())]
    form = window.form.findChild(QFormLayout)
    texts += [form.itemAt(r, QFormLayout.ItemRole.LabelRole).widget().text() for r in range(form.rowCount())]
    texts += [b.text() for b in window.findChildren(QPushButton)]
    texts += [re.sub(r"<i>.*?</i>", "", window.placeholder.text()), window.status_label.text().split(" — ")[-1]]  # its examples are Vietnamese on purpose
    return texts


def test_english_throughout_the_statuses_included(english_window):
    window = english_window
    index = window.model.task_index("1.2")
    from gpa_desktop.ui.plan_model import STATUS

    assert index.siblingAtColumn(STATUS).data().startswith("In progress")
    window.tree.setCurrentIndex(window.proxy.mapFromSource(index))
    window.assigned.setCurrentIndex(window.duties.index(window.duties.row_of("STNMT"), 0))
    assert window.form.status.currentText() == "In progress"
    leaks = [t for t in _chrome(window) if VIETNAMESE.search(t)]
    assert leaks == []


def test_settings_shows_the_language_in_use_and_ok_changes_nothing(english_window, settings, monkeypatch):
    from gpa_desktop.ui.settings_dialog import SettingsDialog

    window = english_window
    settings.language = "vi"  # remembered from an earlier run; this one was started with --lang en
    shown, rebuilt, reloaded = [], [], []
    window.languageRequested.connect(rebuilt.append)
    monkeypatch.setattr(window.files, "settings_changed", reloaded.append)

    def ok(dialog):
        shown.append(dialog.language.currentData())
        dialog.apply()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", ok)
    window.action_settings.trigger()
    assert shown == ["en"] and rebuilt == [] and reloaded == []
