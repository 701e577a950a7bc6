"""A rotating log file in the data folder: details for support, never shown to the user as a traceback."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

from .locations import data_dir


def configure_logging() -> None:
    root = logging.getLogger()
    if any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        return
    try:
        handler = RotatingFileHandler(data_dir() / "gpa-desktop.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return  # no writable data folder: run without a log file rather than not at all
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
