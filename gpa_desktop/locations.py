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


def data_dir() -> Path:
    """The user's data folder (created on demand)."""
    from platformdirs import user_data_path

    path = user_data_path(APP_SLUG, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database() -> Path:
    return data_dir() / "gpa-desktop.sqlite3"
