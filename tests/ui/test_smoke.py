"""The window opens on the built-in plan and shows it."""

from __future__ import annotations

import subprocess
import sys

from gpa_desktop.storage.plan_store import read_plan
from gpa_desktop.ui.main_window import MainWindow


def test_main_window_shows_the_plan(qtbot, db):
    with db.transaction() as session:
        plan = read_plan(session)
    window = MainWindow(plan, str(db.path))
    qtbot.addWidget(window)
    window.show()
    assert "GPA Desktop" in window.windowTitle()
    assert str(db.path) in window.statusBar().currentMessage()


def test_smoke_test_option_paints_and_exits(db_path, tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "gpa_desktop", "--db", str(db_path), "--smoke-test"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={"QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
