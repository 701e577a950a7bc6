"""Checks a workbook file must pass before any parser touches it.

Hostile or broken files (not a zip, truncated, password-protected, an .xls or .ods, an XML
entity bomb, a zip bomb, a sheet of a million rows, a 50 MB cell) are refused here, in
bounded time and memory, with one plain sentence.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from ..storage.files import file_error

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_MEMBER_BYTES = 30 * 1024 * 1024  # uncompressed, any one part of the workbook
MAX_TOTAL_BYTES = 120 * 1024 * 1024  # uncompressed, all parts
MAX_MEMBERS = 2000
MAX_RATIO = 200  # uncompressed / compressed: past this a part is a bomb, not a spreadsheet
MAX_ROWS = 30_000
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and encrypted (password-protected) .xlsx
_ROW_TAG = re.compile(rb"<(?:\w+:)?row[\s>/]")  # <row r="1">, <row>, <x:row/>


def require_xml_defences() -> None:
    """Refuse to read workbooks unless defusedxml guards openpyxl's XML parsing (entity bombs)."""
    try:
        import defusedxml  # noqa: F401
        import openpyxl
    except ImportError:
        ok = False
    else:
        ok = bool(getattr(openpyxl, "DEFUSEDXML", False))
    if not ok:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "This installation lacks the defusedxml package that protects against malicious workbooks; workbooks cannot be read until it is reinstalled.",
            )
        )


class WorkbookRejected(UserError):
    """The file cannot be read as a GPA Desktop workbook; the database is not touched."""


def _reject(message: str, **params) -> WorkbookRejected:
    return WorkbookRejected(message, **params)


def check_workbook_file(path: Path) -> None:
    """Raise WorkbookRejected unless *path* looks like a sane .xlsx package."""
    require_xml_defences()
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        unreadable = file_error(exc, path.name, reading=True)
        raise _reject(unreadable.message, **unreadable.params) from exc
    if size > MAX_FILE_BYTES:
        raise _reject(QT_TRANSLATE_NOOP("UserError", "The file {name} is too large for a reporting workbook."), name=path.name)
    if head.startswith(OLE_MAGIC):
        raise _reject(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The file {name} is password-protected or in the old .xls format. Open it in Excel, remove the password and save it as .xlsx.",
            ),
            name=path.name,
        )
    if not zipfile.is_zipfile(path):
        raise _reject(
            QT_TRANSLATE_NOOP("UserError", "The file {name} is not an Excel workbook (.xlsx), or it is damaged or incomplete."),
            name=path.name,
        )
    try:
        with zipfile.ZipFile(path) as package:
            members = package.infolist()
            names = {m.filename for m in members}
            if "mimetype" in names and b"opendocument" in package.read("mimetype")[:100]:
                raise _reject(
                    QT_TRANSLATE_NOOP("UserError", "The file {name} is an OpenDocument (.ods) file. Save it as Excel (.xlsx) and send it again."),
                    name=path.name,
                )
            if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
                raise _reject(
                    QT_TRANSLATE_NOOP("UserError", "The file {name} is not an Excel workbook (.xlsx), or it is damaged or incomplete."),
                    name=path.name,
                )
            if len(members) > MAX_MEMBERS or sum(m.file_size for m in members) > MAX_TOTAL_BYTES or any(
                m.file_size > MAX_MEMBER_BYTES or m.file_size > MAX_RATIO * max(m.compress_size, 1) + 1_000_000
                for m in members
            ):
                raise _reject(
                    QT_TRANSLATE_NOOP("UserError", "The file {name} unpacks to far more data than a reporting workbook holds; it was not opened."),
                    name=path.name,
                )
            for member in members:
                if member.filename.endswith((".xml", ".rels")):
                    _check_xml(package, member, path.name)
    except zipfile.BadZipFile as exc:
        raise _reject(
            QT_TRANSLATE_NOOP("UserError", "The file {name} is not an Excel workbook (.xlsx), or it is damaged or incomplete."),
            name=path.name,
        ) from exc


def _check_xml(package: zipfile.ZipFile, member: zipfile.ZipInfo, name: str) -> None:
    """No DTDs (entity bombs, external entities), and no sheet with more rows than a workbook needs."""
    rows = 0
    tail = b""
    with package.open(member) as stream:
        first = True
        while chunk := stream.read(1 << 20):
            window = tail + chunk
            if first and (b"<!DOCTYPE" in window[:4096] or b"<!ENTITY" in window[:4096]):
                raise _reject(
                    QT_TRANSLATE_NOOP("UserError", "The file {name} contains XML constructs that workbooks never use; it was not opened."),
                    name=name,
                )
            first = False
            if member.filename.startswith("xl/worksheets/"):
                rows += len(_ROW_TAG.findall(window)) - len(_ROW_TAG.findall(tail))
                if rows > MAX_ROWS:
                    raise _reject(
                        QT_TRANSLATE_NOOP("UserError", "The file {name} has more than {limit} rows in a sheet; a reporting workbook has far fewer."),
                        name=name,
                        limit=MAX_ROWS,
                    )
            tail = chunk[-16:]
