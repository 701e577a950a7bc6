"""Restoring a backup: checked first, the current state kept, written into the live database through
SQLite's backup API, so a -wal left by a crash cannot replay onto it (PITFALLS 25)."""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from gpa_desktop.cli import main
from gpa_desktop.domain.errors import DatabaseError
from gpa_desktop.domain.reports import ReportValues
from gpa_desktop.storage.backup import automatic_backup, list_backups, restore_database
from gpa_desktop.storage.database import Database
from gpa_desktop.storage.reports import read_reports, save_report

ROOT = Path(__file__).resolve().parents[2]

CRASHING_WRITER = textwrap.dedent(
    """
    import sys, time
    from gpa_desktop.domain.reports import ReportValues
    from gpa_desktop.storage.database import Database
    from gpa_desktop.storage.reports import save_report
    db = Database.open(sys.argv[1])
    with db.transaction() as session:
        save_report(session, "13.1", "STNMT", "2024", ReportValues(status="done", percent=100, results="after the backup"))
    print("written", flush=True)
    time.sleep(600)  # killed here: the commit sits in the -wal, never checkpointed
    """
)


def dump(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def sound(path: Path) -> bool:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        connection.close()


def percents(path: Path) -> dict:
    db = Database.open(path)
    with db.transaction() as session:
        found = {(r.task, r.agency): r.values.percent for r in read_reports(session, "2024")}
    db.close()
    return found


def crash_after_a_write(path: Path) -> None:
    """A session that wrote and was killed: its commit lies in the -wal beside the file."""
    with subprocess.Popen(
        [sys.executable, "-c", CRASHING_WRITER, str(path)], stdout=subprocess.PIPE, text=True, env={"PYTHONPATH": str(ROOT)}
    ) as child:
        assert child.stdout.readline().strip() == "written"
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert Path(f"{path}-wal").stat().st_size > 0


@pytest.fixture
def backed_up(db_path):
    """A database with one report, its automatic backup, and then a crashed session's write on top."""
    db = Database.open(db_path)
    with db.transaction() as session:
        save_report(session, "1.2", "STNMT", "2024", ReportValues(status="in_progress", percent=45))
    db.close()
    backup = automatic_backup(db_path, "before-import")
    crash_after_a_write(db_path)
    return backup


def test_copying_a_backup_over_the_file_is_what_goes_wrong(backed_up, db_path, tmp_path):
    """The README's old advice, for the record: the crashed session's -wal replays onto the copied-in file."""
    scene = tmp_path / "copied"
    scene.mkdir()
    for suffix in ("", "-wal", "-shm"):
        shutil.copyfile(f"{db_path}{suffix}", scene / f"gpa.sqlite3{suffix}")
    shutil.copyfile(backed_up, scene / "gpa.sqlite3")
    copied = scene / "gpa.sqlite3"
    try:
        same = dump(copied) == dump(backed_up) and sound(copied)
    except sqlite3.DatabaseError:
        same = False
    assert not same


def test_restore_after_a_crash_gives_exactly_the_backup(backed_up, db_path):
    expected = dump(backed_up)
    result = restore_database(db_path, backed_up)
    assert dump(db_path) == expected
    assert sound(db_path)
    assert percents(db_path) == {("1.2", "STNMT"): 45}
    assert (result.restored.reports, result.restored.periods) == (1, 8) and result.restored.agencies > 30
    assert result.restored.path == backed_up
    # the crashed session's write is not lost either: it is in the copy taken before the restore
    assert result.safety_backup.parent == db_path.parent / "backups" and sound(result.safety_backup)
    assert percents(result.safety_backup) == {("1.2", "STNMT"): 45, ("13.1", "STNMT"): 100}


def test_restore_into_the_open_database_of_the_window(backed_up, db_path):
    db = Database.open(db_path)
    try:
        restore_database(db, backed_up)
        with db.transaction() as session:  # the same Database object reads the restored content
            assert {(r.task, r.agency) for r in read_reports(session, "2024")} == {("1.2", "STNMT")}
        with db.transaction() as session:
            save_report(session, "5.1", "PLEIKU", "2024", ReportValues(percent=10))
    finally:
        db.close()
    assert sound(db_path) and percents(db_path) == {("1.2", "STNMT"): 45, ("5.1", "PLEIKU"): 10}


def test_a_backup_that_is_not_sound_is_refused_and_nothing_changes(backed_up, db_path, tmp_path):
    before = dump(db_path)
    foreign = tmp_path / "notes.sqlite3"
    foreign.write_text("not a database")
    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(backed_up.read_bytes())
    data[4096 * 2: 4096 * 3] = b"\x13" * 4096
    damaged.write_bytes(bytes(data))
    newer = tmp_path / "newer.sqlite3"
    shutil.copyfile(backed_up, newer)
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    for bad, words in ((foreign, "not a GPA Desktop database"), (damaged, "damaged"), (newer, "newer version"), (tmp_path / "missing.sqlite3", "does not exist")):
        with pytest.raises(DatabaseError, match=words):
            restore_database(db_path, bad)
    assert dump(db_path) == before
    assert not list((db_path.parent / "backups").glob("*before-restore*")), "nothing backed up for a refused restore"


def test_an_older_schema_backup_is_upgraded_on_a_copy(db_path, tmp_path):
    from gpa_desktop.storage.database import SCHEMA_HEAD
    from gpa_desktop.storage.migrations import upgrade

    old = tmp_path / "old.sqlite3"
    sqlite3.connect(old).close()
    upgrade(old, "0001", backup=False)
    with sqlite3.connect(old) as connection:
        connection.executescript(
            """
            INSERT INTO app_meta VALUES ('installation_id', 'old-install');
            INSERT INTO plan VALUES (1, 'gia-lai-2023.1', 'Kế hoạch', 'KH', 'QĐ 882', NULL);
            INSERT INTO reporting_period VALUES (1, '2024', 'year', 2024, 1, '2024-01-01', '2024-12-31', '2025-01-15');
            """
        )
    before = old.read_bytes()
    result = restore_database(db_path, old)
    assert result.restored.revision == "0001" and result.restored.periods == 1
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
        assert connection.execute("SELECT code FROM reporting_period").fetchall() == [("2024",)]
    assert old.read_bytes() == before, "the backup itself is never changed"
    assert sorted(p.name for p in db_path.parent.iterdir() if p.name.startswith(".")) == []


def test_a_database_whose_first_page_is_gone_can_still_be_restored(backed_up, db_path):
    with open(db_path, "r+b") as handle:
        handle.write(b"\x00" * 4096)
    result = restore_database(db_path, backed_up)
    assert dump(db_path) == dump(backed_up) and sound(db_path)
    assert result.safety_backup.exists(), "even the unreadable file is kept before it is replaced"


def test_restore_and_backups_from_the_command_line(backed_up, db_path, capsys):
    assert main(["backups", "--db", str(db_path), "--lang", "en"]) == 0
    listing = capsys.readouterr().out
    assert backed_up.name in listing and "1 reports, 8 periods" in listing
    assert main(["restore", str(backed_up), "--db", str(db_path), "--lang", "en"]) == 0
    said = capsys.readouterr().out.splitlines()
    assert said[0].startswith("Restored the backup of ") and "1 reports, 8 periods" in said[0]
    assert "before-restore" in said[1]
    assert dump(db_path) == dump(backed_up)
    listed = [info.path for info in list_backups(db_path)]
    assert len(listed) == 2 and "before-restore" in listed[0].name, "newest first"


def test_restore_while_another_copy_has_the_file_is_refused(backed_up, db_path):
    from gpa_desktop.storage.instance_lock import DatabaseInUse

    script = "import sys; from gpa_desktop.storage.database import Database; Database.open(sys.argv[1]); print('open', flush=True); sys.stdin.read()"
    with subprocess.Popen(
        [sys.executable, "-c", script, str(db_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env={"PYTHONPATH": str(ROOT)}
    ) as holder:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(DatabaseInUse):
            restore_database(db_path, backed_up)
        holder.kill()
