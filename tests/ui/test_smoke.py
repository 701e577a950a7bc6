"""The program starts on the built-in plan, paints its window, and loads nothing heavy to do so."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("openpyxl", "reportlab", "alembic", "PySide6.QtCharts", "python_calamine")


def _smoke(db_path, tmp_path, *python_options: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *python_options, "-m", "gpa_desktop", "--db", str(db_path), "--smoke-test"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={"QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_smoke_test_option_paints_and_exits(db_path, tmp_path):
    result = _smoke(db_path, tmp_path)
    assert result.returncode == 0, result.stderr


@pytest.mark.slow
def test_start_up_imports_no_heavy_module(db_path, tmp_path):
    """Excel, PDF, migrations and charts load when first used, not to open the window."""
    result = _smoke(db_path, tmp_path, "-X", "importtime")
    assert result.returncode == 0, result.stderr[-2000:]
    imported = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if line.startswith("import time:")}
    assert "gpa_desktop.ui.main_window" in imported
    assert sorted(m for m in imported if m.split(".")[0] in HEAVY or m in HEAVY) == []


@pytest.mark.slow
def test_a_smoke_test_that_cannot_open_its_database_says_why_and_exits(tmp_path):
    """Nobody answers a smoke test: the message box it would show goes to standard error, declined
    (a start in a folder that does not exist waited for ever on the box, offscreen)."""
    result = _smoke(tmp_path / "missing" / "gpa.sqlite3", tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip().endswith("không tồn tại nên chưa ghi gì.") and "Traceback" not in result.stderr
