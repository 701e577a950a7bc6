"""The seal on a template (issue 13, item 8): an Ed25519 signature by the exporting installation's
own key. Only that key makes a returned workbook's identity believed; a digest anyone can recompute,
another installation's key or an old digest-only template leave the file without an identity (the
officer names agency and period); a signature that does not verify is an altered file, refused."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from gpa_desktop.cli import main
from gpa_desktop.exchange.importer import CLAIMED_IDENTITY, UNKNOWN_SEAL, UNSEALED, preview_import
from gpa_desktop.exchange.seal import fingerprint, new_private_key, public_key_of
from gpa_desktop.operations import Workspace
from gpa_desktop.operations.backups import back_up, restore
from gpa_desktop.operations.exchange import export_templates, preview_file
from gpa_desktop.operations.installation import installation_info, set_installation
from gpa_desktop.storage.backup import backup_database
from gpa_desktop.storage.database import Database
from gpa_desktop.storage.reports import read_reports

from .helpers import db_digest, edit, forged_signature, reseal, signing_key_of

ALTERED_VI = "không khớp"  # "does not match its content", as the officer reads it


def _dump(db: Database) -> tuple[bytes, str]:
    """The file's bytes and every row of every table (a write could sit in the WAL file)."""
    return db.path.read_bytes(), db_digest(db.path)


def _preview(db: Database, path: Path, **kw):
    with db.reading() as session:
        return preview_import(session, path, **kw)


def _cli(db: Database, *argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    db.close()
    code = main(["--db", str(db.path), "--lang", "vi", *argv], out, err)
    return code, out.getvalue() + err.getvalue()


def _reports(db: Database) -> dict:
    with db.reading() as session:
        return {(r.task, r.agency): r.values for r in read_reports(session, "2024")}


def _identity_rows(path: Path) -> dict[str, str]:
    sheet = load_workbook(path)["_gpa"]
    return {sheet.cell(r, 1).value: sheet.cell(r, 2).value for r in range(1, sheet.max_row + 1)}


def test_a_template_exported_here_is_sealed_with_this_installations_key_and_trusted(exchange_files, exchange_db):
    cells = _identity_rows(exchange_files["template"])
    assert cells["sealed_by"] == public_key_of(signing_key_of(exchange_db)) and cells["signature"]
    assert "payload" not in cells  # a plain reporting template: sealed, no reference data
    preview = _preview(exchange_db, exchange_files["filled"])
    assert preview.fatal is None and not preview.needs_identity
    assert preview.identity is not None and preview.identity.agency == "STNMT"
    assert not [w for w in preview.warnings if w.message == CLAIMED_IDENTITY]
    assert preview.count("changed") + preview.count("new") > 0


def test_a_digest_recomputed_for_another_agency_is_not_believed(exchange_files, exchange_db, tmp_path):
    """The forger's re-seal: STNMT's workbook claimed for SCT, the digest made to match, the seal taken out."""
    forged = reseal(exchange_files["filled"], tmp_path / "forged.xlsx", agency="SCT")
    preview = _preview(exchange_db, forged)
    assert preview.needs_identity and preview.fatal.message == UNSEALED and preview.identity is None
    before, reports = _dump(exchange_db), _reports(exchange_db)
    code, out = _cli(exchange_db, "import", str(forged))
    assert code == 1 and "không có dấu niêm phong" in out  # nothing written without the officer's word
    assert _dump(exchange_db) == before

    # the officer says whose it really is: read as that agency's, without the forged base values
    code, out = _cli(exchange_db, "import", "--agency", "STNMT", "--period", "2024", str(forged))
    assert code == 0 and "SCT" in out, out
    after = _reports(exchange_db)
    assert after[("1.2", "STNMT")].percent == 80 and after != reports
    assert {k: v for k, v in after.items() if k[1] == "SCT"} == {k: v for k, v in reports.items() if k[1] == "SCT"}


def test_an_old_digest_only_template_has_lost_its_identity(exchange_files, exchange_db, tmp_path):
    old = reseal(exchange_files["filled"], tmp_path / "old.xlsx")  # what GPA Desktop wrote before the seal
    assert "signature" not in _identity_rows(old)
    before = _dump(exchange_db)
    preview = _preview(exchange_db, old)
    assert preview.needs_identity and preview.fatal.message == UNSEALED
    confirmed = _preview(exchange_db, old, agency="STNMT", period="2024")
    assert confirmed.fatal is None and confirmed.identity is None  # taken without a base: nothing silently trusted
    assert [w.params for w in confirmed.warnings if w.message == CLAIMED_IDENTITY] == [
        {"name": "old.xlsx", "agency": "STNMT", "period": "2024"}
    ]
    assert _dump(exchange_db) == before


@pytest.mark.parametrize("facts", [{"agency": "SCT"}, {"period": "2025"}, {"rows": ()}, {"installation": "elsewhere"}])
def test_a_seal_that_does_not_verify_is_refused_as_altered(exchange_files, exchange_db, tmp_path, facts):
    """The digest made to match, the installation's signature kept: it no longer verifies."""
    forged = forged_signature(exchange_files["filled"], tmp_path / "forged.xlsx", **facts)
    preview = _preview(exchange_db, forged)
    assert preview.fatal is not None and not preview.needs_identity and "altered" in preview.fatal.render()
    before = _dump(exchange_db)
    code, out = _cli(exchange_db, "import", "--agency", "STNMT", "--period", "2024", str(forged))
    assert code == 1 and ALTERED_VI in out  # naming the agency does not make an altered file acceptable
    assert _dump(exchange_db) == before


def test_a_signature_by_a_key_made_up_for_it_is_another_installations(exchange_files, exchange_db, tmp_path):
    stranger = new_private_key()
    forged = reseal(exchange_files["filled"], tmp_path / "forged.xlsx", key=stranger, agency="SCT")
    before = _dump(exchange_db)
    preview = _preview(exchange_db, forged)
    assert preview.needs_identity and preview.fatal.message == UNKNOWN_SEAL
    assert fingerprint(public_key_of(stranger)) in preview.fatal.render()
    code, out = _cli(exchange_db, "import", str(forged))
    assert code == 1 and fingerprint(public_key_of(stranger)) in out
    assert _dump(exchange_db) == before


def test_a_template_from_another_installation_has_lost_its_identity(template_db, exchange_db, tmp_path):
    """Another database (another province copy, or an agency's installation): its own key, unknown here."""
    other = Workspace.open(backup_database(template_db, tmp_path / "other.sqlite3"))
    try:
        set_installation(other, "STNMT")  # an agency's installation gets its key when it is said whose it is
        key = installation_info(other).key_fingerprint
        assert key
        written = export_templates(other, "2024", lambda code: tmp_path / f"{code}.xlsx")
    finally:
        other.close()
    filled = edit(written[0].path, tmp_path / "filled.xlsx", lambda book, sheet, rows: setattr(sheet.cell(min(rows.values()), 6), "value", 35))
    before = _dump(exchange_db)
    preview = _preview(exchange_db, filled)
    assert preview.needs_identity and preview.fatal.message == UNKNOWN_SEAL and key in preview.fatal.render()
    assert _dump(exchange_db) == before
    confirmed = _preview(exchange_db, filled, agency="STNMT", period="2024")
    assert confirmed.fatal is None and confirmed.identity is None


def test_the_key_travels_in_backups_so_templates_sent_before_a_restore_come_back_trusted(template_db, tmp_path):
    path = backup_database(template_db, tmp_path / "gpa.sqlite3")
    ws = Workspace.open(path)
    try:
        written = export_templates(ws, "2024", lambda code: tmp_path / f"{code}.xlsx", agencies=["STNMT"])
        own = installation_info(ws).key_fingerprint
        backup = back_up(ws, tmp_path / "backup.sqlite3")
    finally:
        ws.close()
    filled = edit(written[0].path, tmp_path / "filled.xlsx", lambda book, sheet, rows: setattr(sheet.cell(rows["1.2"], 6), "value", 35))

    # the office's machine is replaced: a new database, which made a key of its own
    fresh = backup_database(template_db, tmp_path / "new.sqlite3")
    ws = Workspace.open(fresh)
    try:
        export_templates(ws, "2024", lambda code: tmp_path / f"new-{code}.xlsx", agencies=["STNMT"])
        assert installation_info(ws).key_fingerprint != own
        assert preview_file(ws, filled).fatal.message == UNKNOWN_SEAL  # not this database's seal
    finally:
        ws.close()
    restore(fresh, backup)
    ws = Workspace.open(fresh)
    try:
        assert installation_info(ws).key_fingerprint == own
        preview = preview_file(ws, filled)
        assert preview.fatal is None and preview.identity is not None and preview.identity.agency == "STNMT"
        assert [r.kind for r in preview.rows if r.task == "1.2"] == ["new"]
    finally:
        ws.close()


def test_the_installation_command_shows_the_key_to_compare(template_db, tmp_path):
    path = backup_database(template_db, tmp_path / "gpa.sqlite3")
    out = io.StringIO()
    assert main(["installation", "--db", str(path), "--lang", "en", "--agency", "STNMT"], out=out) == 0
    ws = Workspace.open(path)
    try:
        shown = installation_info(ws).key_fingerprint
    finally:
        ws.close()
    assert shown and f"Its sealing key: {shown}" in out.getvalue()
