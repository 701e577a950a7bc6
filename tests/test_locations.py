"""Portable mode: a marker next to the program moves all data beside it."""

import sys

import pytest

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


MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export /mnt/share nfs4 rw 0 0
//nas/phong /mnt/phong\\040ke\\040hoach cifs rw 0 0
/dev/sdb1 /mnt/share/local ext4 rw 0 0
"""


@pytest.mark.skipif(sys.platform == "win32", reason="Windows asks the drive type, not /proc/mounts")
def test_a_database_on_a_network_share_is_recognised():
    assert locations.on_network_share("/mnt/share/gpa.sqlite3", MOUNTS)
    assert locations.on_network_share("/mnt/phong ke hoach/gpa.sqlite3", MOUNTS)
    assert not locations.on_network_share("/mnt/share/local/gpa.sqlite3", MOUNTS)  # a local disk mounted inside
    assert not locations.on_network_share("/mnt/shares/gpa.sqlite3", MOUNTS)  # a name that merely starts alike
    assert not locations.on_network_share("/home/can-bo/gpa.sqlite3", MOUNTS)
