"""One bad file never stops a batch: every file gets its own verdict, the good ones are applied, and
the database holds exactly what the good ones alone would have written."""

from __future__ import annotations

import io
import os
from datetime import datetime
from pathlib import Path

import pytest

from gpa_desktop.cli import main
from gpa_desktop.domain.reports import ReportValues
from gpa_desktop.exchange import importer
from gpa_desktop.exchange.template import export_template
from gpa_desktop.operations import Workspace
from gpa_desktop.operations.exchange import APPLIED, REFUSED, UNEXPECTED, import_files
from gpa_desktop.storage.backup import backup_database
from gpa_desktop.storage.database import Database
from gpa_desktop.storage.reports import read_reports, save_report

from .helpers import db_digest, edit
from .test_hostile import make_hostile


@pytest.fixture
def frozen(monkeypatch):
    """Every clock the import writes with, stopped: two runs of the same good files write the same rows."""
    from gpa_desktop.exchange import convergence
    from gpa_desktop.storage import changes, reports

    moment = datetime(2025, 1, 15, 9, 30)
    for module in (changes, reports, importer):
        monkeypatch.setattr(module, "utcnow", lambda: moment)
    monkeypatch.setattr(convergence, "now_stamp", lambda: moment.isoformat(timespec="microseconds"))


class Panic(BaseException):
    """What the Rust reading library raises when it panics: not an Exception."""


def _filled(db: Database, folder: Path, agency: str, name: str, percent: int) -> Path:
    with db.transaction() as session:
        export_template(session, agency, "2024", folder / f"{name}-template.xlsx", db.installation_id)

    def fill(book, sheet, rows):
        for code, row in rows.items():
            if isinstance(code, str) and code[0].isdigit():
                sheet.cell(row, 6).value = percent

    return edit(folder / f"{name}-template.xlsx", folder / f"{name}.xlsx", fill)


def _copy(db: Path, folder: Path, name: str) -> Database:
    return Database.open(backup_database(db, folder / f"{name}.sqlite3"))


def _percents(db: Database) -> dict[tuple[str, str], int | None]:
    with db.transaction() as session:
        return {(r.task, r.agency): r.values.percent for r in read_reports(session, "2024")}


def test_good_files_go_in_whatever_happens_to_the_others(exchange_files, tmp_path, monkeypatch, frozen):
    base = _copy(exchange_files["db"], tmp_path, "base")
    good = [_filled(base, tmp_path, "STNMT", "stnmt", 40), _filled(base, tmp_path, "SCT", "sct", 70)]
    crash, panic, vanishing = (_filled(base, tmp_path, "SXD", name, 10) for name in ("crash", "panic", "vanishing"))
    base.close()
    hostile = make_hostile("entity-bomb", tmp_path, exchange_files["template"])
    folder = tmp_path / "a folder.xlsx"
    folder.mkdir()
    loop = tmp_path / "loop.xlsx"
    os.symlink(loop, loop)  # unreadable whoever runs the test (root reads files of any mode)
    missing = tmp_path / "missing.xlsx"
    batch = [hostile, good[0], missing, crash, folder, panic, vanishing, loop, good[1]]

    reading = importer.read_workbook

    def read(path, *args, **kwargs):
        if path.name == "crash.xlsx":
            raise RuntimeError("a bug nobody foresaw")
        if path.name == "panic.xlsx":
            raise Panic("index out of bounds")
        return reading(path, *args, **kwargs)

    monkeypatch.setattr(importer, "read_workbook", read)

    def checked(preview):
        if preview.path.name == "panic.xlsx":
            vanishing.unlink()  # gone while the batch runs

    alone = _copy(exchange_files["db"], tmp_path, "alone")
    alone_batch = import_files(Workspace(alone), good)
    assert [v.kind for v in alone_batch.verdicts] == [APPLIED, APPLIED]
    alone.close()

    mixed = _copy(exchange_files["db"], tmp_path, "mixed")
    outcome = import_files(Workspace(mixed), batch, checked=checked)
    verdicts = {v.file_name: v for v in outcome.verdicts}
    assert [v.file_name for v in outcome.verdicts] == [p.name for p in batch]  # one verdict per file, in order
    assert {name for name, v in verdicts.items() if v.kind == APPLIED} == {"stnmt.xlsx", "sct.xlsx"}
    assert {name for name, v in verdicts.items() if v.kind == REFUSED} == {p.name for p in batch} - {"stnmt.xlsx", "sct.xlsx"}
    reasons = {name: v.reason.render() for name, v in verdicts.items() if v.kind == REFUSED}
    assert all(name in text and "\n" not in text and "Traceback" not in text for name, text in reasons.items())
    assert verdicts["crash.xlsx"].reason.message == verdicts["panic.xlsx"].reason.message == UNEXPECTED
    assert "a bug nobody foresaw" not in reasons["crash.xlsx"]
    assert all("No such file" not in text and "Errno" not in text for text in reasons.values())  # never the system's English
    assert _percents(mixed)[("1.2", "STNMT")] == 40 and _percents(mixed)[("8.1", "SCT")] == 70
    mixed.close()
    # nothing but what the good files alone write: the whole database, row by row
    assert db_digest(mixed.path) == db_digest(alone.path)


def test_only_bad_files_leave_the_database_exactly_as_it_was(exchange_files, exchange_db, tmp_path):
    files = [make_hostile(kind, tmp_path, exchange_files["template"]) for kind in ("not-a-zip", "truncated", "zip-bomb")]
    files.append(tmp_path / "missing.xlsx")
    exchange_db.close()
    before = db_digest(exchange_db.path), exchange_db.path.read_bytes()
    db = Database.open(exchange_db.path)
    batch = import_files(Workspace(db), files)
    db.close()
    assert [v.kind for v in batch.verdicts] == [REFUSED] * 4 and batch.backup is None
    assert (db_digest(exchange_db.path), exchange_db.path.read_bytes()) == before


def test_a_file_that_finds_the_database_changed_is_refused_and_the_next_goes_in(exchange_files, tmp_path):
    db = _copy(exchange_files["db"], tmp_path, "db")
    stale = _filled(db, tmp_path, "STNMT", "stale", 55)
    later = _filled(db, tmp_path, "SCT", "later", 65)

    def meanwhile(preview):  # an officer edits the same report between the file's check and its writing
        if preview.path.name == "stale.xlsx":
            with db.transaction() as session:
                save_report(session, "1.2", "STNMT", "2024", ReportValues(percent=5))

    batch = import_files(Workspace(db), [stale, later], checked=meanwhile)
    kinds = [(v.file_name, v.kind) for v in batch.verdicts]
    assert kinds == [("stale.xlsx", REFUSED), ("later.xlsx", APPLIED)]
    assert isinstance(batch.verdicts[0].reason, importer.PreviewOutdated)
    assert _percents(db)[("1.2", "STNMT")] == 5 and _percents(db)[("8.1", "SCT")] == 65
    db.close()


def test_the_cli_prints_each_files_verdict_and_fails_when_one_was_refused(exchange_files, tmp_path):
    db = _copy(exchange_files["db"], tmp_path, "db")
    good = _filled(db, tmp_path, "STNMT", "good", 40)
    db.close()
    hostile = make_hostile("password-protected", tmp_path, exchange_files["template"])
    out, err = io.StringIO(), io.StringIO()
    code = main(["--db", str(db.path), "--lang", "vi", "import", str(hostile), str(tmp_path / "missing.xlsx"), str(good)], out, err)
    lines = out.getvalue().splitlines()
    assert code == 1, out.getvalue() + err.getvalue()
    assert any(line.startswith("password-protected.xlsx: ") for line in lines)
    assert any(line.startswith("missing.xlsx: ") and "không tồn tại" in line for line in lines), lines
    assert lines[-1].startswith("good.xlsx: ") and len([line for line in lines if line.startswith("good.xlsx: ")]) == 2  # checked, then applied
    db = Database.open(db.path)
    assert _percents(db)[("1.2", "STNMT")] == 40
    db.close()
