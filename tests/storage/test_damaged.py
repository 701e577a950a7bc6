"""A damaged database is found at open and in the copy an import's backup makes (quick_check),
never written to, and its newest sound automatic backup is offered with its date.

The damage: one page overwritten, in turn at the root page of every table and index, at a few
inner pages, and only in a page's header, on a copy of a database holding reports, a receipt and
an issued report.
"""

from __future__ import annotations

import random
import re
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from gpa_desktop.cli import main
from gpa_desktop.domain.reports import ReportValues
from gpa_desktop.reports.data import ReportOptions
from gpa_desktop.storage.backup import DatabaseDamaged, automatic_backup, backup_database, inspect_backup, restore_database
from gpa_desktop.storage.database import Database
from gpa_desktop.storage.reports import save_report


def dump(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


@pytest.fixture(scope="module")
def good(tmp_path_factory, template_db):
    """A database with data in every kind of table, and its sound automatic backup."""
    from gpa_desktop.reports.agency_report import build_agency_report

    folder = tmp_path_factory.mktemp("damaged")
    path = backup_database(template_db, folder / "gpa.sqlite3")
    db = Database.open(path)
    with db.transaction() as session:
        for n, task in enumerate(("1.2", "13.1", "13.2", "14.1")):
            save_report(session, task, "STNMT", "2024", ReportValues(status="in_progress", percent=10 * n, results="Kết quả. " * 50))
    with db.transaction() as session:
        build_agency_report(session, "STNMT", "2024", ReportOptions(issued_on=date(2025, 1, 5)), folder / "r.pdf")
    db.close()
    backup = automatic_backup(path, "before-import")
    return path, backup


def positions(path: Path) -> list[tuple[str, int, str]]:
    """(what, page number, how): every b-tree's root page, some inner pages, and a header-only hit."""
    connection = sqlite3.connect(path)
    try:
        roots = connection.execute("SELECT type || ' ' || name, rootpage FROM sqlite_master WHERE rootpage > 0 ORDER BY rootpage").fetchall()
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        in_use = pages - connection.execute("PRAGMA freelist_count").fetchone()[0]
    finally:
        connection.close()
    out = [("sqlite_master", 1, "page")] + [(what, root, "page") for what, root in roots]
    out += [(f"page {n}", n, "page") for n in (in_use // 3, in_use // 2, in_use - 1)]
    out += [(f"{what} (header only)", root, "header") for what, root in roots[:: max(1, len(roots) // 6)]]
    return out


def damage(path: Path, page: int, how: str, seed: int) -> None:
    size = 4096
    rng = random.Random(seed)
    with open(path, "r+b") as handle:
        if how == "header":
            handle.seek((page - 1) * size + (100 if page == 1 else 0))
            handle.write(bytes(rng.randrange(256) for _ in range(12)))
        else:
            handle.seek((page - 1) * size)
            handle.write(bytes(rng.randrange(256) for _ in range(size)))


def test_every_damaged_page_is_found_at_open_nothing_is_written_and_the_good_backup_is_offered(good, tmp_path):
    path, backup = good
    expected = inspect_backup(backup)
    tried = positions(path)
    caught = 0
    for n, (what, page, how) in enumerate(tried):
        folder = tmp_path / f"p{n}"
        (folder / "backups").mkdir(parents=True)
        copy = folder / "gpa.sqlite3"
        copy.write_bytes(path.read_bytes())
        (folder / "backups" / backup.name).write_bytes(backup.read_bytes())
        damage(copy, page, how, n)
        before = copy.read_bytes()
        for read_only in (False, True):
            with pytest.raises(DatabaseDamaged) as refused:
                Database.open(copy, read_only=read_only)
            assert refused.value.backup is not None, what
            assert refused.value.backup.path == folder / "backups" / backup.name, what
            assert refused.value.backup.taken_at == expected.taken_at
        assert copy.read_bytes() == before, f"{what}: the damaged file was written to"
        caught += 1
        restore_database(copy, refused.value.backup.path)  # and it can be put right
        assert dump(copy) == dump(backup), what
    print(f"{caught} damaged-page positions tried, every one refused with the backup offered")
    assert caught == len(tried) >= 45


def test_without_a_sound_backup_it_says_so(good, tmp_path):
    path, backup = good
    copy = tmp_path / "gpa.sqlite3"
    copy.write_bytes(path.read_bytes())
    (tmp_path / "backups").mkdir()
    broken = tmp_path / "backups" / backup.name
    broken.write_bytes(backup.read_bytes())
    damage(copy, 5, "page", 1)
    damage(broken, 5, "page", 1)  # the backup is damaged too: not offered
    with pytest.raises(DatabaseDamaged, match="no sound backup") as refused:
        Database.open(copy)
    assert refused.value.backup is None


def test_the_command_line_names_the_damage_and_how_to_restore(good, tmp_path, capsys):
    path, backup = good
    copy = tmp_path / "gpa.sqlite3"
    copy.write_bytes(path.read_bytes())
    (tmp_path / "backups").mkdir()
    (tmp_path / "backups" / backup.name).write_bytes(backup.read_bytes())
    damage(copy, 7, "page", 7)
    assert main(["periods", "--db", str(copy), "--lang", "en"]) == 1
    said = capsys.readouterr().err.splitlines()
    assert said[0].startswith(f"The database {copy} is damaged, so nothing was written to it; the newest sound backup is from ")
    assert said[1] == f'To restore it: gpa-desktop restore "{tmp_path / "backups" / backup.name}" --db "{copy}"'
    assert main(["restore", str(tmp_path / "backups" / backup.name), "--db", str(copy), "--lang", "en"]) == 0
    assert main(["periods", "--db", str(copy), "--lang", "en"]) == 0
    capsys.readouterr()
    assert main(["backups", "--db", str(copy), "--lang", "en"]) == 0
    newest, older = capsys.readouterr().out.splitlines()
    assert "before-restore" in newest and "damaged, cannot be restored" in newest, "the damaged file is kept, and said to be"
    assert re.match(r"\d\d/\d\d/\d{4} \d\d:\d\d ", newest) and backup.name in older


def test_damage_found_while_open_stops_the_import_before_its_backup_and_its_write(good, tmp_path):
    """A page goes bad after the file was opened: the check of the copy the import's backup makes finds it."""
    from gpa_desktop.exchange.importer import apply_import, preview_import
    from gpa_desktop.exchange.template import export_template

    path, backup = good
    copy = tmp_path / "gpa.sqlite3"
    copy.write_bytes(path.read_bytes())
    db = Database.open(copy)
    try:
        template = tmp_path / "mau.xlsx"
        with db.transaction() as session:
            export_template(session, "STNMT", "2024", template, db.installation_id)
            preview = preview_import(session, template)
        db.engine.dispose()
        with sqlite3.connect(copy) as connection:  # an index page SQLite will not read again for this import
            root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_change_log_batch'").fetchone()
        assert root, "the index exists"
        damage(copy, root[0], "page", 3)
        before = copy.read_bytes()
        with pytest.raises(DatabaseDamaged):
            apply_import(db, preview)
    finally:
        db.close()
    assert copy.read_bytes() == before
    assert not [p for p in (tmp_path / "backups").iterdir() if "before-import" in p.name], "no damaged copy kept as a backup"


def test_a_write_that_meets_damage_is_refused_with_the_backup(good, tmp_path):
    path, backup = good
    copy = tmp_path / "gpa.sqlite3"
    copy.write_bytes(path.read_bytes())
    (tmp_path / "backups").mkdir()
    (tmp_path / "backups" / backup.name).write_bytes(backup.read_bytes())
    db = Database.open(copy)
    try:
        db.engine.dispose()
        with sqlite3.connect(copy) as connection:
            root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'progress_report'").fetchone()[0]
        damage(copy, root, "page", 11)
        with pytest.raises(DatabaseDamaged) as refused:
            with db.transaction() as session:
                save_report(session, "1.2", "STNMT", "2024", ReportValues(percent=99))
        assert refused.value.backup.path == tmp_path / "backups" / backup.name
    finally:
        db.close()
