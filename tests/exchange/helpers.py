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


def reseal(source: Path, target: Path, **facts) -> Path:
    """A forged identity with a *valid* digest: what a newer app or another database would write."""
    from dataclasses import replace

    book = load_workbook(source)
    hidden = book["_gpa"]
    identity = decode_rows([[c.value for c in row] for row in hidden.iter_rows()])
    forged = replace(identity, **facts)
    for r, cells in enumerate(encode_rows(forged), start=1):
        for c, text in enumerate(cells, start=1):
            hidden.cell(r, c).value = text
            hidden.cell(r, c).data_type = "s"
    book.save(target)
    return target


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
