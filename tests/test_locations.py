"""Portable mode: a marker next to the program moves all data beside it."""

import sys

from gpa_desktop import locations


def test_normal_installation_uses_the_user_data_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(locations, "program_dir", lambda: tmp_path)
    assert locations.portable_dir() is None and locations.settings_file() is None
    assert tmp_path not in locations.data_dir().parents


def test_marker_file_makes_it_portable(tmp_path, monkeypatch):
    monkeypatch.setattr(locations, "program_dir", lambda: tmp_path)
    (tmp_path / locations.PORTABLE_MARKER).write_text("")
    assert locations.data_dir() == tmp_path / "data" and (tmp_path / "data").is_dir()
    assert locations.default_database().parent == tmp_path / "data"
    assert locations.settings_file() == tmp_path / "data" / "settings.ini"


def test_a_data_folder_alone_makes_it_portable(tmp_path, monkeypatch):
    monkeypatch.setattr(locations, "program_dir", lambda: tmp_path)
    (tmp_path / "data").mkdir()
    assert locations.data_dir() == tmp_path / "data"


def test_frozen_program_dir_is_the_executables(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "gpa-desktop.exe"))
    assert locations.program_dir() == tmp_path
