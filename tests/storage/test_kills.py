"""SIGKILL at every point where a write could be cut off: printing a report, importing a workbook,
making a backup. After each kill the database opens and passes its integrity check, and every file
under its final name is either the earlier one or complete (a report's code verifies).

A child process runs the action with its file and database steps hooked (fsync, rename, commit,
a PDF page, a backup step); it stops before the n-th such step and is killed there.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from contextlib import contextmanager
from pathlib import Path

import pytest

from gpa_desktop.domain.reports import ReportValues
from gpa_desktop.storage.database import Database
from gpa_desktop.storage.reports import read_reports, save_report

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

ROOT = Path(__file__).resolve().parents[2]
EARLIER = b"%PDF-1.4 the earlier, good file\n"

HOOKS = textwrap.dedent(
    """
    import json, os, sys, time
    STOP = int(os.environ["KILL_AT"])  # stop before the STOP-th step (-1: run through and list the steps)
    steps = []

    def step(name):
        steps.append(name)
        if len(steps) - 1 == STOP:
            print("STOPPED " + name, flush=True)
            time.sleep(600)

    def hook(owner, attr, name):
        real = getattr(owner, attr)
        def wrapper(*args, **kwargs):
            step(name)
            result = real(*args, **kwargs)
            step(name + " done")
            return result
        setattr(owner, attr, wrapper)

    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import BaseDocTemplate
    from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite
    hook(os, "fsync", "fsync")
    hook(os, "replace", "rename")
    hook(SQLiteDialect_pysqlite, "do_commit", "commit")
    hook(BaseDocTemplate, "handle_pageEnd", "page")
    hook(Canvas, "save", "pdf written")
    """
)

REPORT = HOOKS + textwrap.dedent(
    """
    from datetime import date
    from pathlib import Path
    from gpa_desktop.operations import Workspace
    from gpa_desktop.operations.issue import ReportKind, ReportOptions, issue_report
    ws = Workspace.open(sys.argv[1])
    issue_report(ws, ReportKind.AGENCY, Path(sys.argv[2]), period="2024", agency="STNMT", options=ReportOptions(issued_on=date(2025, 1, 5)))
    ws.close()
    print("STEPS " + json.dumps(steps), flush=True)
    """
)

IMPORT = HOOKS + textwrap.dedent(
    """
    from pathlib import Path
    from gpa_desktop.exchange.importer import apply_import, preview_import
    from gpa_desktop.storage.database import Database
    db = Database.open(sys.argv[1])
    with db.transaction() as session:
        preview = preview_import(session, Path(sys.argv[2]))
    assert preview.fatal is None and not preview.errors, preview.fatal
    apply_import(db, preview)
    db.close()
    print("STEPS " + json.dumps(steps), flush=True)
    """
)

BACKUP = HOOKS + textwrap.dedent(
    """
    from pathlib import Path
    from gpa_desktop.storage.backup import backup_database
    backup_database(Path(sys.argv[1]), Path(sys.argv[2]), lambda done, total: step("backup pages"))
    print("STEPS " + json.dumps(steps), flush=True)
    """
)


def kill_points(steps: list[str]) -> list[tuple[int, str]]:
    """Every step, but of a PDF's pages only the first (the others cut the file at the same place)."""
    return [(n, name) for n, name in enumerate(steps) if not name.startswith("page") or steps.index(name) == n]


def run_child(script: str, kill_at: int, *args: Path) -> list[str] | None:
    """Run *script*; with kill_at ≥ 0 kill it with SIGKILL at that step and return None, else its steps."""
    env = {**os.environ, "KILL_AT": str(kill_at), "PYTHONPATH": str(ROOT)}
    with subprocess.Popen(
        [sys.executable, "-c", script, *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    ) as child:
        for line in child.stdout:
            if line.startswith("STOPPED"):
                child.send_signal(signal.SIGKILL)
                child.wait()
                return None
            if line.startswith("STEPS "):
                child.wait()
                return json.loads(line[6:])
        child.wait()
        pytest.fail(f"the child ended without reaching step {kill_at}: {child.stderr.read()}")


def sound(path: Path) -> bool:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        connection.close()


def fresh_copy(db_path: Path, folder: Path) -> Path:
    from gpa_desktop.storage.backup import backup_database

    folder.mkdir()
    return backup_database(db_path, folder / "gpa.sqlite3")


def test_a_report_killed_at_any_step_leaves_the_earlier_pdf_or_one_whose_code_verifies(db_path, tmp_path):
    from gpa_desktop.reports.verify import verify

    with _opened(db_path) as db:
        with db.transaction() as session:
            save_report(session, "1.2", "STNMT", "2024", ReportValues(status="in_progress", percent=45, results="Đã kiểm kê."))
    base = tmp_path / "base.sqlite3"
    _copy_db(db_path, base)
    probe = fresh_copy(base, tmp_path / "probe")
    steps = run_child(REPORT, -1, probe, tmp_path / "probe" / "r.pdf")
    assert {"page", "pdf written", "commit"} <= set(steps)
    outcomes = {"earlier": 0, "new": 0}
    for n, name in kill_points(steps):
        folder = tmp_path / f"kill{n}"
        path = fresh_copy(base, folder)
        target = folder / "out" / "r.pdf"
        target.parent.mkdir()
        target.write_bytes(EARLIER)
        run_child(REPORT, n, path, target)
        assert sound(path), f"killed at step {n} ({name}): the database is damaged"
        data = target.read_bytes()
        if data == EARLIER:
            outcomes["earlier"] += 1
        else:
            assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF"), f"half a PDF after a kill at {n} ({name})"
            db = Database.open(path)
            with db.transaction() as session:
                code = _code_of(session)
                assert verify(session, code).unchanged, f"killed at {n} ({name}): the printed code does not verify"
            db.close()
            outcomes["new"] += 1
    assert outcomes["earlier"] and outcomes["new"]
    print(f"report: {len(kill_points(steps))} kills survived, {outcomes}")


def test_an_import_killed_at_any_step_is_all_or_nothing(db_path, tmp_path):
    from gpa_desktop.exchange.template import export_template
    from tests.exchange.helpers import edit

    template = tmp_path / "template.xlsx"
    with _opened(db_path) as db:
        with db.transaction() as session:
            export_template(session, "STNMT", "2024", template, db.installation_id)
    filled = edit(template, tmp_path / "filled.xlsx", _fill)
    base = tmp_path / "base.sqlite3"
    _copy_db(db_path, base)
    probe = fresh_copy(base, tmp_path / "probe")
    steps = run_child(IMPORT, -1, probe, filled)
    applied = _reports(probe)
    assert len(applied) == 3 and "commit" in steps and "rename" in steps
    outcomes = {"nothing": 0, "all": 0}
    for n, name in kill_points(steps):
        path = fresh_copy(base, tmp_path / f"kill{n}")
        run_child(IMPORT, n, path, filled)
        assert sound(path), f"killed at step {n} ({name}): the database is damaged"
        now = _reports(path)
        assert now in ({}, applied), f"killed at {n} ({name}): half an import"
        outcomes["all" if now else "nothing"] += 1
        for backup in (path.parent / "backups").glob("*.sqlite3"):
            assert sound(backup), f"killed at {n} ({name}): a backup under its final name is not whole"
    assert outcomes["nothing"] and outcomes["all"]
    print(f"import: {len(kill_points(steps))} kills survived, {outcomes}")


def test_a_backup_killed_at_any_step_leaves_the_earlier_file_or_a_sound_copy(db_path, tmp_path):
    probe = tmp_path / "probe.sqlite3"
    steps = run_child(BACKUP, -1, db_path, probe)
    assert {"backup pages", "rename"} <= set(steps)
    outcomes = {"earlier": 0, "new": 0}
    for n, name in kill_points(steps):
        target = tmp_path / f"kill{n}" / "copy.sqlite3"
        target.parent.mkdir()
        target.write_bytes(EARLIER)
        run_child(BACKUP, n, db_path, target)
        if target.read_bytes() == EARLIER:
            outcomes["earlier"] += 1
        else:
            assert sound(target), f"killed at {n} ({name}): the backup under its final name is not whole"
            outcomes["new"] += 1
    assert outcomes["earlier"] and outcomes["new"]
    print(f"backup: {len(kill_points(steps))} kills survived, {outcomes}")


def _fill(book, sheet, rows):
    for task, percent in (("1.2", 60), ("13.1", 100), ("13.2", 30)):
        sheet.cell(rows[task], 5).value = "Đang thực hiện"
        sheet.cell(rows[task], 6).value = percent


def _reports(path: Path) -> dict:
    db = Database.open(path, read_only=True)
    with db.transaction() as session:
        found = {(r.task, r.agency): r.values for r in read_reports(session, "2024")}
    db.close()
    return found


def _code_of(session) -> str:
    from sqlalchemy import select

    from gpa_desktop.storage import models

    codes = session.scalars(select(models.IssuedReportRow.code)).all()
    assert len(codes) == 1, "a PDF under its final name whose code was never recorded"
    return codes[0]


def _copy_db(source: Path, target: Path) -> None:
    from gpa_desktop.storage.backup import backup_database

    backup_database(source, target)


@contextmanager
def _opened(path: Path):
    db = Database.open(path)
    try:
        yield db
    finally:
        db.close()
