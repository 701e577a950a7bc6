"""Hostile and broken files get one plain sentence, quickly, and the database stays exactly as it was."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from gpa_desktop.exchange.importer import apply_import, preview_import

from .helpers import db_digest


def _digest(path: Path) -> tuple[bytes, str]:
    """The file's bytes and its content row by row (a write could sit in the WAL file)."""
    return path.read_bytes(), db_digest(path)


def _package_with(path: Path, template: Path, replace: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item.filename, replace.get(item.filename, source.read(item.filename)))
        for name, data in replace.items():
            if name not in source.namelist():
                target.writestr(name, data)
    return path


def _sheet_part(template: Path) -> str:
    return "xl/worksheets/sheet1.xml"


def make_hostile(kind: str, folder: Path, template: Path) -> Path:
    path = folder / f"{kind}.xlsx"
    if kind == "not-a-zip":
        path.write_text("Kính gửi Sở Tài chính,\nxin gửi báo cáo.", encoding="utf-8")
    elif kind == "truncated":
        path.write_bytes(template.read_bytes()[: template.stat().st_size // 2])
    elif kind == "password-protected":
        path.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 4096)  # encrypted OOXML is an OLE file
    elif kind == "ods":
        with zipfile.ZipFile(path, "w") as package:
            package.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
            package.writestr("content.xml", "<office:document-content/>")
    elif kind == "entity-bomb":
        bomb = (
            b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>'
            b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
            b'<c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>'
        )
        _package_with(path, template, {_sheet_part(template): bomb})
    elif kind == "zip-bomb":
        _package_with(path, template, {"xl/media/padding.bin": b"\0" * (40 * 1024 * 1024)})
    elif kind == "million-rows":
        head = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        rows = b"".join(b'<row r="%d"/>' % n for n in range(1, 1_000_001))
        _package_with(path, template, {_sheet_part(template): head + rows + b"</sheetData></worksheet>"})
    elif kind == "million-bare-rows":  # <row> without attributes is valid too
        head = b'<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>'
        _package_with(path, template, {_sheet_part(template): head + b"<x:row/>" * 1_000_000 + b"</x:sheetData></x:worksheet>"})
    elif kind == "huge-cell-incompressible":  # 50 MB of text that does not compress away: no ratio gives it away
        import base64
        import os

        text = base64.b64encode(os.urandom(38 * 1024 * 1024))
        head = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>'
        with zipfile.ZipFile(template) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
            for item in source.infolist():
                data = head + text + b"</t></is></c></row></sheetData></worksheet>" if item.filename == _sheet_part(template) else source.read(item.filename)
                target.writestr(item.filename, data)
    elif kind == "huge-cell":
        head = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>'
        _package_with(path, template, {_sheet_part(template): head + b"x" * (50 * 1024 * 1024) + b"</t></is></c></row></sheetData></worksheet>"})
    elif kind == "xls":
        path = folder / "old.xls"
        path.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\1" * 8192)
    return path


KINDS = [
    "not-a-zip", "truncated", "password-protected", "ods", "entity-bomb", "zip-bomb", "million-rows", "million-bare-rows",
    "huge-cell", pytest.param("huge-cell-incompressible", marks=pytest.mark.slow), "xls",  # that one writes 50 MiB first
]


@pytest.mark.parametrize("kind", KINDS)
def test_hostile_file_is_refused_quickly_and_plainly(kind, exchange_files, exchange_db, tmp_path):
    path = make_hostile(kind, tmp_path, exchange_files["template"])
    before = _digest(exchange_db.path)
    started = time.perf_counter()
    with exchange_db.transaction() as session:
        preview = preview_import(session, path)
    assert time.perf_counter() - started < 10  # a bomb must not be unpacked
    assert preview.fatal is not None
    message = preview.fatal.render()
    assert path.name in message and "Traceback" not in message and "\n" not in message
    with pytest.raises(type(preview.fatal)):
        apply_import(exchange_db, preview)
    assert _digest(exchange_db.path) == before


PEAK = """
import sys
from pathlib import Path
from gpa_desktop.storage.database import Database
from gpa_desktop.exchange.importer import preview_import

def peak_mib():  # VmHWM belongs to this process image; ru_maxrss would carry the parent's over exec
    line = next(l for l in Path("/proc/self/status").read_text().splitlines() if l.startswith("VmHWM:"))
    return int(line.split()[1]) // 1024

db = Database.open(Path(sys.argv[1]))
with db.transaction() as session:
    baseline = peak_mib()
    preview = preview_import(session, Path(sys.argv[2]))
assert preview.fatal is not None
print(peak_mib() - baseline)
"""


@pytest.mark.parametrize("kind", ["zip-bomb", "million-rows", "huge-cell", "huge-cell-incompressible", "entity-bomb"])
@pytest.mark.slow
def test_hostile_files_are_refused_in_bounded_memory(kind, exchange_files, exchange_db, tmp_path):
    """Measured in a separate process: calamine and zlib allocate outside Python's tracemalloc."""
    import subprocess
    import sys

    path = make_hostile(kind, tmp_path, exchange_files["template"])
    exchange_db.close()
    result = subprocess.run(
        [sys.executable, "-c", PEAK, str(exchange_db.path), str(path)], capture_output=True, text=True, timeout=60, check=True
    )
    assert int(result.stdout.strip()) < 64, f"{kind}: {result.stdout.strip()} MiB above the baseline"


def test_the_cli_says_it_in_vietnamese_and_exits_1(exchange_files, exchange_db, tmp_path):
    import io

    from gpa_desktop.cli import main

    path = make_hostile("password-protected", tmp_path, exchange_files["template"])
    exchange_db.close()
    out, err = io.StringIO(), io.StringIO()
    code = main(["--db", str(exchange_db.path), "import", str(path)], out, err)
    assert code == 1 and "đặt mật khẩu" in out.getvalue()
