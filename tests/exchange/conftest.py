"""Real files: export a template, fill it as an officer would, and re-save it through LibreOffice."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
import uuid
from pathlib import Path

import pytest

from gpa_desktop.exchange.template import export_template


def libreoffice_resave(source: Path, folder: Path) -> Path:
    """What an officer using LibreOffice Calc sends back: the file opened and saved as .xlsx."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.fail("LibreOffice (soffice) is required for the round-trip tests; .ci/run installs it")
    folder.mkdir(parents=True, exist_ok=True)
    profile = Path("/tmp") / f"gpa-lo-{uuid.uuid4().hex}"
    try:
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "xlsx", "--outdir", str(folder), str(source)],
            check=True, capture_output=True, timeout=180,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return folder / source.name


def fill_as_an_officer(template: Path, target: Path) -> None:
    """Typical hand-filling: decomposed Vietnamese, '80%', a fraction with % format, numbers as text,
    stray spaces and case in the status, a blank row, an extra column, rows sorted differently."""
    from openpyxl import load_workbook

    book = load_workbook(template)
    sheet = book["Báo cáo"]
    rows = {sheet.cell(r, 1).value: r for r in range(5, sheet.max_row + 1)}
    r = rows["1.2"]
    sheet.cell(r, 5).value = "  đang THỰC HIỆN "
    sheet.cell(r, 6).value = "80%"
    sheet.cell(r, 7).value = unicodedata.normalize("NFD", "Đã kiểm kê khí nhà kính 3 huyện")
    sheet.cell(r, 10).value = "1.234,5"
    sheet.cell(r, 11).value = "Số 12/BC-STNMT ngày 15/03/2024"
    r = rows["13.1"]
    sheet.cell(r, 5).value = "Đã hoàn thành"
    sheet.cell(r, 6).value = 0.8
    sheet.cell(r, 6).number_format = "0%"
    sheet.cell(r, 8).value = "=Thiếu kinh phí"  # text that looks like a formula
    sheet.cell(r, 8).data_type = "s"
    sheet.cell(4, 14).value = "Ghi chú riêng"  # an extra column
    sheet.cell(r, 14).value = "không nhập"
    sheet.protection.sheet = False
    sheet.insert_rows(6)  # a blank row in the middle
    book.save(target)


@pytest.fixture(scope="module")
def exchange_files(tmp_path_factory, template_db):
    """One database state, its STNMT 2024 template, the officer's filled copy and (on demand) its LibreOffice re-save."""
    from gpa_desktop.storage.backup import backup_database
    from gpa_desktop.storage.database import Database

    folder = tmp_path_factory.mktemp("exchange")
    base_db = backup_database(template_db, folder / "base.sqlite3")
    db = Database.open(base_db)
    template = folder / "template.xlsx"
    with db.transaction() as session:
        export_template(session, "STNMT", "2024", template, db.installation_id)
    db.close()
    filled = folder / "filled.xlsx"
    fill_as_an_officer(template, filled)
    return ResavedOnDemand(db=base_db, template=template, filled=filled)


class ResavedOnDemand(dict):
    """Files by name; "resaved", the LibreOffice re-save of "filled" (seconds), is made when a test first
    asks for it, so the tests that need no LibreOffice (all but the `slow` ones) do not wait for it."""

    def __missing__(self, key: str) -> Path:
        if key != "resaved":
            raise KeyError(key)
        self[key] = libreoffice_resave(self["filled"], self["filled"].parent / "libreoffice")
        return self[key]


@pytest.fixture
def exchange_db(exchange_files, tmp_path):
    from gpa_desktop.storage.backup import backup_database
    from gpa_desktop.storage.database import Database

    db = Database.open(backup_database(exchange_files["db"], tmp_path / "db.sqlite3"))
    yield db
    db.close()
