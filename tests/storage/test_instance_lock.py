"""A second copy of the app never writes alongside the first; a killed copy leaves no stale lock."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from gpa_desktop.domain.errors import DatabaseError
from gpa_desktop.domain.reports import ReportValues
from gpa_desktop.storage.database import Database
from gpa_desktop.storage.instance_lock import DatabaseInUse
from gpa_desktop.storage.reports import read_reports, save_report

HOLDER = textwrap.dedent(
    """
    import sys
    from gpa_desktop.storage.database import Database
    db = Database.open(sys.argv[1])
    print("open", flush=True)
    sys.stdin.read()  # hold the file until the test closes our stdin or kills us
    """
)


@pytest.fixture
def other_copy(db_path):
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as process:
        assert process.stdout.readline().strip() == "open"
        yield process
        if process.poll() is None:
            process.kill()


def test_a_second_copy_is_told_the_file_is_in_use(db_path, other_copy):
    with pytest.raises(DatabaseInUse, match="already open in another copy"):
        Database.open(db_path)


def test_a_killed_copy_leaves_no_stale_lock(db_path, other_copy):
    other_copy.kill()
    other_copy.wait()
    Database.open(db_path).close()


def test_read_only_viewing_while_another_copy_writes(db_path, other_copy):
    viewer = Database.open(db_path, read_only=True)
    with viewer.transaction() as session:
        assert read_reports(session) == []
    with pytest.raises(DatabaseError, match="read-only"):
        with viewer.transaction() as session:
            save_report(session, "1.2", "STNMT", "2024", ReportValues(percent=5))
    viewer.close()


TRIER = textwrap.dedent(
    """
    import sys
    from gpa_desktop.storage.database import Database
    from gpa_desktop.storage.instance_lock import DatabaseInUse
    try:
        Database.open(sys.argv[1]).close()
    except DatabaseInUse:
        print("in use")
    else:
        print("opened")
    """
)


def _another_process_opens(db_path) -> str:
    return subprocess.run([sys.executable, "-c", TRIER, str(db_path)], capture_output=True, text=True, check=True).stdout.strip()


def test_the_same_process_may_open_its_file_twice(db_path):
    first = Database.open(db_path)
    second = Database.open(db_path)
    second.close()
    with first.transaction() as session:  # still usable...
        save_report(session, "1.2", "STNMT", "2024", ReportValues(percent=5))
    assert _another_process_opens(db_path) == "in use"  # ...and still locked against other processes
    first.close()
    assert _another_process_opens(db_path) == "opened"  # the last close lets them in


@pytest.mark.parametrize("link", ["hard link", "symbolic link", "another path"])
def test_the_same_file_by_another_name_is_still_in_use(db_path, other_copy, tmp_path, link):
    """The lock is on the file, not on its name (PITFALLS 27): two writers would corrupt it."""
    import os

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    alias = elsewhere / "same.sqlite3"
    if link == "hard link":
        os.link(db_path, alias)
    elif link == "symbolic link":
        alias.symlink_to(db_path)
    else:
        alias = tmp_path / "elsewhere" / ".." / db_path.name
    before = db_path.read_bytes()
    with pytest.raises(DatabaseInUse):
        Database.open(alias)
    assert db_path.read_bytes() == before


def test_one_process_shares_the_lock_between_names_of_one_file(db_path, tmp_path):
    import os

    alias = tmp_path / "alias.sqlite3"
    os.link(db_path, alias)
    first = Database.open(db_path)
    second = Database.open(alias)
    first.close()
    with second.transaction() as session:  # still held for the second name
        save_report(session, "1.2", "STNMT", "2024", ReportValues(percent=5))
    script = "import sys\nfrom gpa_desktop.storage.database import Database\ntry:\n    Database.open(sys.argv[1])\nexcept Exception as e:\n    print(type(e).__name__, e)\n"
    out = subprocess.run([sys.executable, "-c", script, str(db_path)], capture_output=True, text=True).stdout
    assert out.startswith("DatabaseInUse")
    second.close()
    out = subprocess.run([sys.executable, "-c", script, str(db_path)], capture_output=True, text=True).stdout
    assert out.strip() == ""
