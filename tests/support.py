"""Small helpers shared by tests."""

from __future__ import annotations

from pathlib import Path


def add_periods(database, *codes: str) -> None:
    """Create reporting periods as the periods dialog would (a read or a report never creates one)."""
    from gpa_desktop.operations import Workspace
    from gpa_desktop.operations.periods import save_period
    from gpa_desktop.storage.database import Database

    opened = isinstance(database, (str, Path))
    db = Database.open(database) if opened else database
    try:
        for code in codes:
            save_period(Workspace(db), code)
    finally:
        if opened:
            db.close()
