"""A full disk: each failure says so in one plain sentence ("damaged" only when it is), nothing is
half-written, and once there is room again the database opens with everything that was saved.

Two ways to fill a disk: SQLite's own page limit (``PRAGMA max_page_count``) for the database, and
a small tmpfs filled to a few KiB for everything at once (root only: CI runs as root).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event

from gpa_desktop.domain.errors import UserError
from gpa_desktop.domain.reports import ReportValues
from gpa_desktop.operations import Workspace
from gpa_desktop.operations.issue import ReportKind, ReportOptions, issue_report
from gpa_desktop.storage import files
from gpa_desktop.storage.backup import automatic_backup, backup_database
from gpa_desktop.storage.database import Database
from gpa_desktop.storage.reports import read_reports, save_report

BIG = "Kết quả thực hiện rất chi tiết. " * 120  # ~4 KB: needs new pages
FULL = {files.DISK_FULL, files.DATABASE_FULL}
EARLIER = b"%PDF-1.4 the earlier, good file\n"
OPTIONS = ReportOptions(issued_on=date(2025, 1, 5))


def sound(path: Path) -> bool:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        connection.close()


def stored(db) -> dict:
    with db.transaction() as session:
        return {(r.task, r.agency): r.values for r in read_reports(session, "2024")}


def limit_pages(db: Database, extra: int) -> None:
    """From now on the database may grow by *extra* pages at most."""

    @event.listens_for(db.engine, "connect")
    def _limit(dbapi_connection, _record) -> None:
        count = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={count + extra}")

    db.engine.dispose()


def attempt(action) -> str:
    """'ok', or the message of the UserError the action raised (anything else fails the test)."""
    try:
        action()
    except UserError as error:
        return error.message
    return "ok"


PAGE_LEVELS = (0, 1, 2, 4, 8, 32, 256)


@pytest.mark.parametrize("extra", PAGE_LEVELS)
def test_the_database_full_at_its_page_limit(db, tmp_path, extra):
    before = stored(db)
    limit_pages(db, extra)

    def save():
        with db.transaction() as session:
            for n, task in enumerate(("1.2", "13.1", "13.2")):
                save_report(session, task, "STNMT", "2024", ReportValues(status="in_progress", percent=10 * n, results=BIG))

    saved = attempt(save)
    assert saved in {"ok", files.DATABASE_FULL}
    assert stored(db) == before if saved != "ok" else len(stored(db)) == 3, "all or nothing"

    def report():
        issue_report(Workspace(db), ReportKind.AGENCY, tmp_path / "out" / "r.pdf", period="2024", agency="STNMT", options=OPTIONS)

    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "r.pdf").write_bytes(EARLIER)
    printed = attempt(report)
    assert printed in {"ok", files.DATABASE_FULL}
    assert ((tmp_path / "out" / "r.pdf").read_bytes() == EARLIER) == (printed != "ok"), "a PDF only with its code recorded"
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["r.pdf"]
    db.engine.dispose()
    assert sound(db.path)
    if extra == 0:
        assert saved == printed == files.DATABASE_FULL, "the limit bites: the test can fail"
    if extra == PAGE_LEVELS[-1]:
        assert saved == printed == "ok"


@pytest.fixture
def small_disk(tmp_path):
    """A 6 MiB tmpfs, unmounted afterwards."""
    if os.name == "nt" or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root on Linux (CI has it)")
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(mount)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"mount is not permitted here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path, leave: int) -> Path:
    """Fill *disk* so that about *leave* bytes stay free; return the filler file."""
    filler = disk / f"filler-{uuid.uuid4().hex}"
    with open(filler, "wb") as handle:
        block = b"\0" * 4096
        try:
            while os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize > leave + 4096:
                handle.write(block)
                handle.flush()
        except OSError:
            pass
    return filler


DISK_LEVELS = (0, 4 << 10, 16 << 10, 64 << 10, 256 << 10, 1 << 20, 3 << 20)


@pytest.mark.parametrize("free", DISK_LEVELS)
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # reportlab, openpyxl: a handle left open on ENOSPC
def test_a_full_disk_is_named_as_such_and_nothing_is_half_written(template_db, small_disk, free):
    from gpa_desktop.exchange.template import export_template

    path = backup_database(template_db, small_disk / "gpa.sqlite3")
    out = small_disk / "out"
    out.mkdir()
    for name in ("r.pdf", "mau.xlsx"):
        (out / name).write_bytes(EARLIER)
    filler = fill(small_disk, free)
    outcomes = {}
    try:
        try:
            db = Database.open(path)
        except UserError as error:
            outcomes["open"] = error.message
            db = None
        if db is not None:
            outcomes["open"] = "ok"

            def save():
                with db.transaction() as session:
                    save_report(session, "1.2", "STNMT", "2024", ReportValues(status="in_progress", percent=45, results=BIG))

            def report():
                issue_report(Workspace(db), ReportKind.AGENCY, out / "r.pdf", period="2024", agency="STNMT", options=OPTIONS)

            def template():
                with db.transaction() as session:
                    export_template(session, "STNMT", "2024", out / "mau.xlsx", db.installation_id)

            outcomes["save"] = attempt(save)
            outcomes["backup"] = attempt(lambda: automatic_backup(path, "before-import"))
            outcomes["report"] = attempt(report)
            outcomes["template"] = attempt(template)
            db.close()
    finally:
        filler.unlink()
    print(f"free {free // 1024} KiB: {outcomes}")
    for action, outcome in outcomes.items():
        assert outcome == "ok" or outcome in FULL, f"{action} at {free} bytes free: {outcome}"
    assert sound(path), "never damaged by a full disk"
    db = Database.open(path)
    try:
        assert (("1.2", "STNMT") in stored(db)) == (outcomes.get("save") == "ok")
    finally:
        db.close()
    for name in ("r.pdf", "mau.xlsx"):
        data = (out / name).read_bytes()
        assert data == EARLIER or len(data) > 1000
    assert not [p for p in small_disk.rglob("*.part")], "no unfinished file left behind"
    for backup in (small_disk / "backups").glob("*.sqlite3"):
        assert sound(backup)
    if free == 0:
        assert set(outcomes.values()) != {"ok"}, "the disk really was full: the test can fail"
    if free == DISK_LEVELS[-1]:
        assert set(outcomes.values()) == {"ok"}


# Automatic backups: unfinished ones cleaned up, old ones pruned by one rule.

def test_unfinished_backups_of_this_database_are_removed(db_path):
    folder = db_path.parent / "backups"
    folder.mkdir()
    mine = folder / ".gpa-20250101-101010-before-import.sqlite3.k2j3h4.part"
    other = folder / ".gpa-desktop-20250101-101010-before-import.sqlite3.k2j3h4.part"
    unrelated = folder / ".notes.txt.part"
    for path in (mine, other, unrelated):
        path.write_bytes(b"SQLite format 3\x00 half")
    automatic_backup(db_path, "before-import")
    assert not mine.exists() and other.exists() and unrelated.exists()


def test_automatic_backups_keep_the_last_ten_and_one_a_month(db_path):
    from gpa_desktop.storage.backup import Retention, prune_backups

    folder = db_path.parent / "backups"
    folder.mkdir()
    stamps = [f"2025{m:02d}{d:02d}-090000" for m in (1, 2, 3) for d in (3, 17)] + [f"202504{d:02d}-0900{n:02d}" for d in range(1, 13) for n in (0,)]
    for stamp in stamps:
        (folder / f"gpa-{stamp}-before-import.sqlite3").write_bytes(b"x")
    (folder / "gpa-desktop-20240101-000000-before-import.sqlite3").write_bytes(b"another database's")
    (folder / "my own copy.sqlite3").write_bytes(b"the officer's")
    removed = prune_backups(db_path, Retention(last=10, monthly=True))
    kept = sorted(p.name for p in folder.iterdir())
    april = [f"gpa-202504{d:02d}-090000-before-import.sqlite3" for d in range(3, 13)]  # the last ten
    monthly = [f"gpa-2025{m:02d}17-090000-before-import.sqlite3" for m in (1, 2, 3)]  # each month's newest
    assert kept == sorted(april + monthly + ["gpa-desktop-20240101-000000-before-import.sqlite3", "my own copy.sqlite3"])
    assert len(removed) == len(stamps) - 13
    assert prune_backups(db_path, Retention(last=2, monthly=False)) and len(list(folder.glob("gpa-2025*"))) == 2
