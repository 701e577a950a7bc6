"""``gpa-desktop import a b c | head``: a closed output stream never stops a batch, and the exit code
still says whether every file was applied."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from gpa_desktop.storage.database import Database
from gpa_desktop.storage.receipts import list_receipts

ROOT = Path(__file__).resolve().parents[1]
AGENCIES = ("STNMT", "SCT", "SYT")


@pytest.fixture
def workbooks(db_path, tmp_path):
    from gpa_desktop.exchange.template import export_template
    from tests.exchange.helpers import edit

    def fill(book, sheet, rows):
        for task, row in rows.items():
            sheet.cell(row, 5).value = "Đang thực hiện"
            sheet.cell(row, 6).value = 50
            sheet.cell(row, 7).value = f"Đã triển khai nhiệm vụ {task} theo kế hoạch."

    db = Database.open(db_path)
    paths = []
    try:
        for code in AGENCIES:
            template = tmp_path / f"{code}-mau.xlsx"
            with db.transaction() as session:
                export_template(session, code, "2024", template, db.installation_id)
            paths.append(edit(template, tmp_path / f"{code}.xlsx", fill))
    finally:
        db.close()
    return paths


def run_into_head(db_path: Path, files: list[Path]) -> int:
    """The import with its output read 10 bytes deep and then closed, as `| head -c 10` does."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1", "QT_QPA_PLATFORM": "offscreen"}
    with subprocess.Popen(
        [sys.executable, "-m", "gpa_desktop", "import", *map(str, files), "--db", str(db_path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    ) as child:
        assert len(child.stdout.read(10)) == 10
        child.stdout.close()  # head has what it wanted and exits
        errors = child.stderr.read().decode()
        code = child.wait()
    assert "Traceback" not in errors and "Exception ignored" not in errors, errors
    return code


def received(db_path: Path) -> set[str]:
    db = Database.open(db_path)
    try:
        with db.transaction() as session:
            return {r.agency for r in list_receipts(session)}
    finally:
        db.close()


def test_every_file_is_applied_and_the_code_is_ok(db_path, workbooks):
    assert run_into_head(db_path, workbooks) == 0
    assert received(db_path) == set(AGENCIES)


def test_a_refused_file_after_the_reader_left_still_fails_the_command(db_path, workbooks, tmp_path):
    refused = tmp_path / "khong-phai-so-mau.xlsx"
    refused.write_text("not a workbook")
    assert run_into_head(db_path, [*workbooks, refused]) == 1
    assert received(db_path) == set(AGENCIES)
