"""What opens: a typo is a usage error (never the window), and the window and the command line
open the same database by one rule, saying so when it is not the default."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from gpa_desktop import app, cli
from gpa_desktop.locations import default_database


def _names(err: str, path: Path) -> bool:
    """One line on stderr naming the database opened."""
    return err.count("\n") == 1 and err.rstrip().endswith(str(path))


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def no_window(monkeypatch):
    """Fail loudly if anything tries to open the window."""
    opened = []
    monkeypatch.setattr(app, "run_gui", lambda *args, **kwargs: opened.append(args) or 0)
    return opened


@pytest.fixture
def remembered(monkeypatch, tmp_path):
    """The installation's settings in a private file, as the window leaves them."""
    from PySide6.QtCore import QSettings

    from gpa_desktop.ui import settings as settings_module

    path = tmp_path / "settings.ini"
    monkeypatch.setattr(settings_module, "open_settings", lambda: QSettings(str(path), QSettings.Format.IniFormat))
    return settings_module.Settings(settings_module.open_settings())


@pytest.mark.parametrize(
    "argv, hint",
    [
        (["frobnicate"], "--help"),
        (["--frobnicate"], "--help"),
        (["shw-plan"], "show-plan"),
        (["--smoke"], "--smoke-test"),
        (["show-plan", "--jsn"], "--json"),
        (["agency", "renme", "X", "Y"], "rename"),
        (["--lang", "vn"], "vi"),
    ],
)
def test_an_unknown_command_or_option_is_a_usage_error_with_the_nearest_suggested(argv, hint, no_window, capsys):
    with pytest.raises(SystemExit) as exit_info:
        run(*argv)
    assert exit_info.value.code == 2 and no_window == []
    err = capsys.readouterr().err
    assert err.startswith(("Lệnh không hợp lệ", "The command is not valid")) and hint in err and err.count("\n") == 1


def test_only_the_window_options_open_the_window(no_window, db_path):
    assert run("--db", str(db_path), "--lang", "en", "--smoke-test")[0] == 0
    assert run()[0] == 0
    assert [args[0] for args in no_window] == [db_path, None]


def test_the_command_line_opens_the_database_the_window_last_opened_and_says_so(remembered, db_path, tmp_path):
    code, out, err = run("period", "2031-Q1", "--due", "20/04/2031")
    assert code == 0 and err == ""  # nothing remembered: the default, said nowhere
    remembered.database = str(db_path)
    code, out, err = run("period", "2031-Q2", "--due", "20/07/2031")
    assert code == 0 and _names(err, db_path)
    code, out, _err = run("--db", str(db_path), "periods")
    assert "2031-Q2" in out and "2031-Q1" not in out  # it was written where it said
    code, out, err = run("--db", str(tmp_path / "other.sqlite3"), "periods")
    assert code == 0 and err == ""  # named on the command line: nothing to point out
    db_path.unlink()
    code, out, err = run("periods")
    assert code == 0 and err == "" and "2031-Q1" in out  # the remembered file is gone: the default again


def test_the_window_and_the_command_line_follow_one_rule(remembered, db_path, tmp_path):
    from gpa_desktop.ui.settings import database_to_open

    assert database_to_open(None) == default_database()
    remembered.database = str(db_path)
    assert database_to_open(None) == db_path
    assert database_to_open(tmp_path / "x.sqlite3") == tmp_path / "x.sqlite3"
    remembered.database = str(tmp_path / "gone.sqlite3")
    assert database_to_open(None) == default_database()


def _program(tmp_path: Path, *argv: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "gpa_desktop", *argv],
        capture_output=True, text=True, encoding="utf-8", timeout=120, check=False,
        env={
            "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "PATH": "/usr/bin:/bin", "PYTHONPATH": str(Path(__file__).resolve().parents[1]),
        },
    )


def test_a_smoke_test_leaves_no_setting_behind(db_path, tmp_path):
    result = _program(tmp_path, "--db", str(db_path), "--smoke-test")
    assert result.returncode == 0, result.stderr
    stored = [p for p in (tmp_path / "config").rglob("*") if p.is_file() and p.stat().st_size]
    assert stored == [], [p.read_text() for p in stored]
    result = _program(tmp_path, "periods")
    assert result.returncode == 0 and result.stderr == ""  # the default database, not the smoke test's


def test_the_window_opens_the_remembered_database(db_path, tmp_path):
    config = tmp_path / "config" / "GPA Desktop"
    config.mkdir(parents=True)
    (config / "GPA Desktop.conf").write_text(f"[database]\npath={db_path}\n", encoding="utf-8")
    result = _program(tmp_path, "--smoke-test")
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "data" / "gpa-desktop" / "gpa-desktop.sqlite3").exists()  # the default was never made
    result = _program(tmp_path, "periods")
    assert result.returncode == 0 and _names(result.stderr, db_path)
