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


def _smoke(db_path: Path, tmp_path: Path, probe: Path | None = None) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).parents[1]), env.get("PYTHONPATH", "")])
    if probe is not None:
        env["GPA_DESKTOP_FIRST_PAINT_MODULES"] = str(probe)
    subprocess.run([sys.executable, "-m", "gpa_desktop", "--db", str(db_path), "--smoke-test"], env=env, check=True, capture_output=True, timeout=120)


def test_nothing_heavy_is_imported_before_the_first_paint(tmp_path):
    db_path = tmp_path / "gpa.sqlite3"
    _smoke(db_path, tmp_path)  # the first run creates the database (through the ORM)
    probe = tmp_path / "modules.txt"
    _smoke(db_path, tmp_path, probe)
    loaded = json.loads(probe.read_text(encoding="utf-8"))["modules"]
    assert "gpa_desktop.ui.main_window" in loaded  # the probe saw the real window's paint
    heavy = [m for m in loaded if any(m == h or m.startswith(h + ".") for h in HEAVY)]
    assert heavy == []
