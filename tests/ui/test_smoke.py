"""The program starts on the built-in plan and paints its window."""

from __future__ import annotations

import subprocess
import sys


def test_smoke_test_option_paints_and_exits(db_path, tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "gpa_desktop", "--db", str(db_path), "--smoke-test"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={"QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
