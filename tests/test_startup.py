"""Start-up stays fast by structure: nothing heavy is imported before the plan tree is first painted.

SQLAlchemy's import alone is most of a start-up on a slow PC; openpyxl, reportlab, alembic and
QtCharts serve actions and tabs the first paint does not show. (Seconds are measured in
tests/bench/bench_window.py, not asserted here.)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("sqlalchemy", "openpyxl", "reportlab", "alembic", "PySide6.QtCharts")
#: What the first paint does not show: the chosen task's pane (made when a task is chosen, just after the
#: paint), the other tabs (built when first shown), the dialogs (opened from a
#: menu or a prompt), the workbooks and the PDF reports. Their modules load on first use.
NOT_SHOWN = (
    "gpa_desktop.ui.agency_view", "gpa_desktop.ui.completeness_view", "gpa_desktop.ui.dashboard",
    "gpa_desktop.ui.receipts_view", "gpa_desktop.ui.import_dialog", "gpa_desktop.ui.report_dialog",
    "gpa_desktop.ui.settings_dialog", "gpa_desktop.ui.sign_dialog", "gpa_desktop.ui.periods_dialog",
    "gpa_desktop.ui.restore_dialog", "gpa_desktop.ui.reorganisation_dialog", "gpa_desktop.ui.agency_change_dialog",
    "gpa_desktop.ui.task_form", "gpa_desktop.ui.first_run", "gpa_desktop.exchange", "gpa_desktop.reports",
    "gpa_desktop.ui.task_pane", "gpa_desktop.ui.report_form",  # the pane beside the tree shows its placeholder
)


def _smoke(db_path: Path, tmp_path: Path, probe: Path | None = None) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).parents[1]), env.get("PYTHONPATH", "")])
    if probe is not None:
        env["GPA_DESKTOP_FIRST_PAINT_MODULES"] = str(probe)
    subprocess.run([sys.executable, "-m", "gpa_desktop", "--db", str(db_path), "--smoke-test"], env=env, check=True, capture_output=True, timeout=120)


#: The standard library's multiprocessing serves the frozen program's workbook reader (exchange.contained):
#: from source, nothing before the paint needs it. The log file opens just after the paint (what is logged
#: before is held for it): its handler's module and the data folder's look-up wait too (--db names the file).
#: uuid (and the platform module it imports) names a new database's installation only.
NOT_NEEDED = ("multiprocessing", "logging.handlers", "platformdirs", "uuid", "platform")


def _first_paint(tmp_path: Path) -> dict:
    """What the app's probe wrote at the plan tree's first paint: the modules loaded, and the classes of
    QtCore and QtWidgets PySide had made by then (it makes each, with its Python enums, on first use)."""
    db_path = tmp_path / "gpa.sqlite3"
    _smoke(db_path, tmp_path)  # the first run creates the database (through the ORM)
    probe = tmp_path / "modules.txt"
    _smoke(db_path, tmp_path, probe)
    found = json.loads(probe.read_text(encoding="utf-8"))
    assert "gpa_desktop.ui.main_window" in found["modules"]  # the probe saw the real window's paint
    return found


def _among(loaded: list[str], packages: tuple[str, ...]) -> list[str]:
    return [m for m in loaded if any(m == p or m.startswith(p + ".") for p in packages)]


def test_nothing_heavy_is_imported_before_the_first_paint(tmp_path):
    found = _first_paint(tmp_path)
    loaded = found["modules"]
    assert _among(loaded, HEAVY) == []
    assert _among(loaded, NOT_SHOWN) == []  # the other tabs, the dialogs, workbooks and PDFs wait for their first use
    assert _among(loaded, NOT_NEEDED) == []
    # Nothing before the paint names Qt.… (the namespace's 93 enums are made at once), nor calls what converts
    # one (setShortcut, setWindowState, a headerData in Python); the window opens maximised here (the offscreen
    # screen is small), as on a laptop's first start.
    assert "Qt" not in found["made"]["QtCore"]
    # Nor asks for a widget by a QWidget* (viewport(), parentWidget()…): PySide's first look-up of its own class
    # makes every QtWidgets class, a wizard's too.
    assert "QWizard" not in found["made"]["QtWidgets"] and "QWidget" in found["made"]["QtWidgets"]


def test_what_is_logged_before_the_first_paint_reaches_the_log_file(tmp_path):
    """The window opens its log file just after the first paint; opening the database logged before it."""
    db_path = tmp_path / "gpa.sqlite3"
    _smoke(db_path, tmp_path)
    log = (tmp_path / "gpa-desktop" / "gpa-desktop.log").read_text(encoding="utf-8")
    assert f"database {db_path} (schema new)" in log  # storage.database, while the window was being made


def test_the_frozen_program_runs_multiprocessing_s_hook_only_in_multiprocessing_s_processes(monkeypatch):
    """build.spec leaves PyInstaller's multiprocessing hook to __main__, which runs it for the starts the
    hook diverts (the workbook reader, the resource tracker: as multiprocessing starts them), not the others."""
    from multiprocessing import spawn, util

    from gpa_desktop.__main__ import _multiprocessing_child

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    reader = spawn.get_command_line(tracker_fd=5, pipe_handle=7)
    tracker = [sys.executable, *util._args_from_interpreter_flags(), "-c", "from multiprocessing.resource_tracker import main;main(5)"]
    assert _multiprocessing_child(reader) and _multiprocessing_child(tracker)
    for args in ([], ["--db", "gpa.sqlite3", "--smoke-test"], ["import", "stc.xlsx"], ["--lang", "en", "show-plan"]):
        assert not _multiprocessing_child(["gpa-desktop", *args])
