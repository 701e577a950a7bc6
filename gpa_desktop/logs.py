"""A rotating log file in the data folder: details for support, never shown to the user as a traceback.

A command opens it before it starts (configure_logging). The window holds what is logged until just after
its first paint (hold_logging, then open_held_log): the file handler's module (logging.handlers brings
socket, pickle and queue) and the data folder's look-up (platformdirs) were 13 ms before that paint.
"""

from __future__ import annotations

import logging


class _Held(logging.Handler):
    """Keeps the records logged before the log file is opened, to be written to it then."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def hold_logging() -> None:
    """From now on keep what is logged (at the log file's level) for open_held_log(); cheap: no file, no look-up."""
    root = logging.getLogger()
    if not root.handlers:
        root.addHandler(_Held())
        root.setLevel(logging.INFO)


def open_held_log() -> None:
    """Open the log file if hold_logging() is keeping records for it, and write them there (else nothing)."""
    if any(isinstance(h, _Held) for h in logging.getLogger().handlers):
        configure_logging()


def configure_logging() -> None:
    from logging.handlers import RotatingFileHandler

    from .locations import data_dir

    root = logging.getLogger()
    held = [h for h in root.handlers if isinstance(h, _Held)]
    for handler in held:
        root.removeHandler(handler)
    if any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        return
    try:
        handler = RotatingFileHandler(data_dir() / "gpa-desktop.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:  # no writable data folder: run without a log file rather than not at all
        for record in (r for h in held for r in h.records if r.levelno >= logging.lastResort.level):
            logging.lastResort.handle(record)  # where they would have gone had nothing been held
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    for record in (r for h in held for r in h.records):
        handler.handle(record)
