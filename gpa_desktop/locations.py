"""Where things live: bundled resources (source tree or frozen build) and the user's data."""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "GPA Desktop"
APP_SLUG = "gpa-desktop"


def bundle_root() -> Path:
    """The folder holding resources/, db/ and translations/: the repository, or PyInstaller's _internal."""
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    return bundle_root().joinpath("resources", *parts)


def migrations_dir() -> Path:
    return bundle_root() / "db"


def translations_dir() -> Path:
    return bundle_root() / "translations"


#: A file of this name (or a folder data/) next to the program makes the installation portable.
PORTABLE_MARKER = "portable.txt"


def program_dir() -> Path:
    """The folder of the program: the executable's in a build, the repository's from source."""
    return Path(sys.executable).resolve().parent if getattr(sys, "frozen", False) else bundle_root()


def portable_dir() -> Path | None:
    """data/ next to the program when the installation is portable (a USB stick carried between offices)."""
    folder = program_dir()
    if (folder / PORTABLE_MARKER).exists() or (folder / "data").is_dir():
        return folder / "data"
    return None


def data_dir() -> Path:
    """Where the database, settings, backups and log live (created on demand)."""
    path = portable_dir()
    if path is None:
        from platformdirs import user_data_path

        path = user_data_path(APP_SLUG, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def settings_file() -> Path | None:
    """An INI file for the settings in portable mode; None means the platform's usual store."""
    folder = portable_dir()
    return None if folder is None else folder / "settings.ini"


def default_database() -> Path:
    return data_dir() / "gpa-desktop.sqlite3"


#: File systems of network shares, where SQLite's locking and WAL cannot be trusted.
NETWORK_FILE_SYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs", "ceph", "glusterfs", "fuse.sshfs", "fuse.davfs2", "davfs"}
)


def on_network_share(path: Path, mounts: str | None = None) -> bool:
    """True when *path* lies on a network share (a UNC path or mapped drive on Windows, an NFS/SMB mount
    elsewhere). *mounts* is the text of /proc/mounts, read when not given."""
    path = Path(path).absolute()
    if sys.platform == "win32":
        if str(path).startswith("\\\\"):
            return True
        import ctypes

        drive_remote = 4
        return ctypes.windll.kernel32.GetDriveTypeW(path.anchor) == drive_remote
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
    best, kind = "", ""
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        if (str(path) == point or str(path).startswith(point.rstrip("/") + "/")) and len(point) >= len(best):
            best, kind = point, fields[2]
    return kind in NETWORK_FILE_SYSTEMS
