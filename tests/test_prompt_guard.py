"""The autouse guard in conftest.py: a prompt a test did not patch fails the test at once, by name."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from gpa_desktop.ui import prompts


def test_an_unpatched_prompt_fails_at_once_naming_it(_no_unpatched_prompt):
    with pytest.raises(pytest.fail.Exception, match=r"opened the prompt prompts\.ask_yes_no without patching it"):
        prompts.ask_yes_no(None, "GPA Desktop", "Open it read-only?")
    with pytest.raises(pytest.fail.Exception, match=r"QMessageBox\.question"):
        QMessageBox.question(None, "GPA Desktop", "?")
    with pytest.raises(pytest.fail.Exception, match=r"QFileDialog\.getSaveFileName"):
        QFileDialog.getSaveFileName(None, "Save", "", "*.pdf")
    with pytest.raises(pytest.fail.Exception, match=r"QInputDialog\.getText"):
        QInputDialog.getText(None, "Name", "Name:")
    dialog = QDialog()
    with pytest.raises(pytest.fail.Exception, match=r"QDialog\.exec"):
        dialog.exec()
    assert _no_unpatched_prompt == [
        "prompts.ask_yes_no", "QMessageBox.question", "QFileDialog.getSaveFileName", "QInputDialog.getText", "QDialog.exec",
    ]
    _no_unpatched_prompt.clear()  # seen: this test passes


def test_a_prompt_the_test_patched_answers_as_patched(monkeypatch):
    monkeypatch.setattr(prompts, "ask_yes_no", lambda parent, title, text: True)
    monkeypatch.setattr(QDialog, "exec", lambda dialog: 1)
    assert prompts.ask_yes_no(None, "GPA Desktop", "?") is True and QDialog().exec() == 1


def test_every_prompt_is_guarded(_no_unpatched_prompt):
    """A function added to prompts later is guarded too, without editing conftest."""
    import ast
    from pathlib import Path

    defined = [n.name for n in ast.parse(Path(prompts.__file__).read_text(encoding="utf-8")).body if isinstance(n, ast.FunctionDef)]
    assert len(defined) >= 9 and all(getattr(prompts, name).__qualname__.endswith("refused") for name in defined)


def test_a_prompt_reached_from_a_slot_still_fails(_no_unpatched_prompt, qtbot):
    """In a Qt slot the failure cannot stop the test there; the guard's list still says what was reached."""
    action = QAction()
    action.triggered.connect(lambda: prompts.choose_folder(None, "Folder"))
    with qtbot.capture_exceptions() as caught:
        action.trigger()
    assert len(caught) == 1 and "prompts.choose_folder" in str(caught[0][1])
    assert _no_unpatched_prompt == ["prompts.choose_folder"]
    _no_unpatched_prompt.clear()
