"""Helpers for exchange tests: a digest of a database's content, editing workbooks as officers and forgers do."""

from __future__ import annotations

import hashlib
import re
import sqlite3
import zipfile
from pathlib import Path

from openpyxl import load_workbook

from gpa_desktop.exchange.identity import decode_rows, encode_rows


def db_digest(path: Path) -> str:
    """SHA-256 over every row of every table (read through SQLite, so the WAL counts too)."""
    digest = hashlib.sha256()
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        for table in tables:
            digest.update(table.encode())
            for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
                digest.update(repr(row).encode())
    finally:
        connection.close()
    return digest.hexdigest()


def rows_by_code(sheet) -> dict[str, int]:
    return {sheet.cell(r, 1).value: r for r in range(5, sheet.max_row + 1) if sheet.cell(r, 1).value}


def edit(source: Path, target: Path, change) -> Path:
    """Open *source* in openpyxl, let *change(book, sheet, rows)* fill it, save as *target*."""
    book = load_workbook(source)
    sheet = book["Báo cáo"]
    change(book, sheet, rows_by_code(sheet))
    book.save(target)
    return target


def _rewrite_identity(source: Path, target: Path, change) -> Path:
    """*source* saved as *target* with its identity sheet rewritten as *change(identity)* returns it."""
    book = load_workbook(source)
    hidden = book["_gpa"]
    identity = change(decode_rows([[c.value for c in row] for row in hidden.iter_rows()]))
    hidden.delete_rows(1, hidden.max_row)
    for r, cells in enumerate(encode_rows(identity), start=1):
        for c, text in enumerate(cells, start=1):
            hidden.cell(r, c).value = text
            hidden.cell(r, c).data_type = "s"
    book.save(target)
    return target


def reseal(source: Path, target: Path, *, key: str | None = None, **facts) -> Path:
    """A forged identity with a *valid* digest: signed with *key* (what a newer app or that
    installation would write), or, without one, its seal taken out (what anyone can write)."""
    from dataclasses import replace

    from gpa_desktop.exchange.seal import seal_identity

    def change(identity):
        forged = replace(identity, **facts, public_key="", signature="")
        return seal_identity(forged, key) if key is not None else forged

    return _rewrite_identity(source, target, change)


def forged_signature(source: Path, target: Path, **facts) -> Path:
    """Facts changed and the digest made to match, the old signature kept: the seal no longer verifies."""
    from dataclasses import replace

    return _rewrite_identity(source, target, lambda identity: replace(identity, **facts))


def signing_key_of(database) -> str:
    """The private key an installation (a Database) seals its templates with."""
    from gpa_desktop.storage.installation import signing_key

    with database.reading() as session:
        return signing_key(session)


def patch_part(source: Path, target: Path, part: str, change) -> Path:
    """Rewrite one XML part of the package, as another spreadsheet program would have written it."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item.filename)
            new.writestr(item.filename, change(data) if item.filename == part else data)
    return target


def wps_dimension(data: bytes) -> bytes:
    """WPS Office writes <dimension ref="A1:A1"/> whatever the sheet holds."""
    return re.sub(rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:A1"/>', data)


def saved_as(path: Path, when: str | None) -> Path:
    """*path* rewritten as a spreadsheet program that wrote *when* (ISO, e.g. "2024-03-01T08:00:00Z")
    as its saved time would have left it, or with no saved time at all (None)."""
    pattern = rb"<dcterms:modified[^>]*>[^<]*</dcterms:modified>"

    def stamp(xml: bytes) -> bytes:
        moment = b"" if when is None else (
            b'<dcterms:modified xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
            b' xsi:type="dcterms:W3CDTF">'
        ) + when.encode() + b"</dcterms:modified>"
        return re.sub(pattern, moment, xml)

    target = path.with_name(path.stem + "-stamped" + path.suffix)
    patch_part(path, target, "docProps/core.xml", stamp)
    target.replace(path)
    return path


def read_in_this_process(monkeypatch) -> None:
    """Read workbooks in the test's own process, not the reader process (exchange.contained): for tests
    that patch a module's limit or budget, which the reader process would not see."""
    from gpa_desktop.exchange import reading, reorganisation

    def here(name, function, *args, timeout=None, stamp=None, then=None):  # nothing read ahead
        return function(*args)

    monkeypatch.setattr(reading, "read_contained", here)
    monkeypatch.setattr(reorganisation, "read_contained", here)
