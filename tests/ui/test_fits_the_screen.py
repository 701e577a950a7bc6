"""Every window and dialog fits and is usable on an officer's laptop: 1366×768 at 125 % (1093×614
logical pixels) and 1920×1080 at 150 % (1280×720). Each screen is a child process (a QApplication's
screens are fixed when it starts) running tests/ui/screen_probe.py, which opens every QDialog and
QMainWindow found under gpa_desktop/ui and reports what does not fit."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENS = {
    "1366x768 at 125 %": (1366, 768, "1.25"),
    "1920x1080 at 150 %": (1920, 1080, "1.5"),
}


def probe(db_path: Path, tmp_path: Path, screen: str, language: str = "vi") -> dict:
    width, height, scale = SCREENS[screen]
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1,
    }]}), encoding="utf-8")
    out = tmp_path / "probe.json"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONPATH": str(ROOT),
        "XDG_DATA_HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path),
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_SCALE_FACTOR": scale,
    }
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.screen_probe", str(db_path), str(out), language],
        cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8", timeout=300, check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    warnings = [line for line in result.stderr.splitlines() if line.strip() and "propagateSizeHints" not in line]
    assert warnings == [], warnings  # Qt warnings fail here as in any test
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("screen", "language"), [("1366x768 at 125 %", "vi"), ("1366x768 at 125 %", "en"), ("1920x1080 at 150 %", "vi")])
def test_every_window_and_dialog_fits(db_path, tmp_path, screen, language):
    found = probe(db_path, tmp_path, screen, language)
    width, height, scale = SCREENS[screen]
    assert found["screen"][:2] == [round(width / float(scale)), round(height / float(scale))]
    assert set(found["discovered"]) - set(found["covered"]) == set(), "open each new dialog in tests/ui/screen_probe.py"
    assert found["problems"] == []
