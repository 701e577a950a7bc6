"""Checks a workbook file must pass before any parser touches it.

Hostile or broken files (not a zip, truncated, password-protected, an .xls or .ods, an XML
entity bomb, a zip bomb, a sheet of a million rows, a 50 MB cell) are refused here, in
bounded time and memory, with one plain sentence.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
import zlib
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from ..storage.files import file_error

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_MEMBER_BYTES = 30 * 1024 * 1024  # uncompressed, any one part of the workbook
MAX_TOTAL_BYTES = 120 * 1024 * 1024  # uncompressed, all parts
MAX_MEMBERS = 2000
MAX_RATIO = 200  # uncompressed / compressed: past this a part is a bomb, not a spreadsheet
MAX_ROWS = 30_000
MAX_CELLS = 2_000_000  # cells in one sheet, and rows × columns it spans: a reader builds that whole grid
MAX_MERGED = 250_000  # cells inside one sheet's merged areas: openpyxl makes an object of each
MAX_SHEETS = 500
MAX_NAMES = 10_000  # defined names
EXCEL_ROWS, EXCEL_COLUMNS = 1_048_576, 16_384  # what Excel itself can hold
MACRO_PARTS = {"vbaproject.bin", "vbadata.xml"}  # Excel's and its dialog sheets' macro projects
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and encrypted (password-protected) .xlsx


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


def has_macros(package: zipfile.ZipFile) -> bool:
    """Whether the workbook carries a macro project (an .xlsm, or one renamed .xlsx): never run, never kept."""
    return any(PurePosixPath(name).name.lower() in MACRO_PARTS for name in package.namelist())


class WorkbookRejected(UserError):
    """The file cannot be read as a GPA Desktop workbook; the database is not touched."""


def _reject(message: str, **params) -> WorkbookRejected:
    return WorkbookRejected(message, **params)


class CheckedPackage:
    """A package that passed check_workbook_file: its part names, and the bytes of the XML parts it was
    asked to keep, as the scan read them (each part is unpacked once; the scan's limits bound them).
    Reads like a zipfile.ZipFile (namelist, read, open); a part not kept is read from the file, opened
    once when first needed. Use it as a context manager, or close() it."""

    def __init__(self, path: Path, names: list[str], kept: dict[str, bytes]) -> None:
        self.path, self._names, self._kept = path, names, kept
        self._zip: zipfile.ZipFile | None = None

    def namelist(self) -> list[str]:
        return list(self._names)

    def kept(self, name: str) -> bool:
        return name in self._kept

    def read(self, name: str) -> bytes:
        data = self._kept.get(name)
        return data if data is not None else self._package().read(name)

    def open(self, name: str):
        data = self._kept.get(name)
        return io.BytesIO(data) if data is not None else self._package().open(name)

    def _package(self) -> zipfile.ZipFile:
        if self._zip is None:
            self._zip = zipfile.ZipFile(self.path)
        return self._zip

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
            self._zip = None

    def __enter__(self) -> "CheckedPackage":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def opened(source: Path | CheckedPackage):
    """The package of *source* to read in a with-block: the file opened (and closed after), or a package
    already open (a checked one), left open."""
    return zipfile.ZipFile(source) if isinstance(source, Path) else nullcontext(source)


def check_workbook_file(path: Path, keep: Callable[[str], bool] | None = None) -> CheckedPackage:
    """Raise WorkbookRejected unless *path* looks like a sane .xlsx package; the package, with the bytes of
    the XML parts *keep* names (by part name) kept from the scan."""
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
            kept = _check_parts(package, members, path.name, keep)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:  # NotImplementedError: a compression zip cannot undo
        raise _reject(
            QT_TRANSLATE_NOOP("UserError", "The file {name} is not an Excel workbook (.xlsx), or it is damaged or incomplete."),
            name=path.name,
        ) from exc
    return CheckedPackage(path, [m.filename for m in members], kept)


DAMAGED = QT_TRANSLATE_NOOP("UserError", "The file {name} is not an Excel workbook (.xlsx), or it is damaged or incomplete.")
FORBIDDEN_XML = QT_TRANSLATE_NOOP("UserError", "The file {name} contains XML constructs that workbooks never use; it was not opened.")
FALSE_COUNTS = QT_TRANSLATE_NOOP(
    "UserError", "The file {name} declares sizes or counts that its content does not have, as only a damaged or forged workbook does; it was not opened."
)
BEYOND_EXCEL = QT_TRANSLATE_NOOP(
    "UserError", "The file {name} places cells beyond the 1,048,576 rows and 16,384 columns Excel can hold; it was not opened."
)
TOO_WIDE = QT_TRANSLATE_NOOP(
    "UserError", "The file {name} has a sheet, merged area or list spanning far more cells than a reporting workbook holds; it was not opened."
)
ODD_ENCODING = QT_TRANSLATE_NOOP("UserError", "The file {name} has a part in a text encoding that workbooks never use; it was not opened.")

XML_SUFFIXES = (".xml", ".rels", ".vml")
_CHUNK = 1 << 20
# "<!" opens a DTD, an entity, element, attribute-list or notation declaration, unless it opens a comment or CDATA.
_FORBIDDEN = re.compile(rb"<!(?!--|\[CDATA\[)")
_ANY_PREFIX = rb"(?:[A-Za-z_][\w.-]*:)?"


def _compiled(prefix: bytes) -> dict[str, re.Pattern]:
    """The scan's patterns for elements written with *prefix* (b"", or any namespace prefix: slower)."""
    patterns = {
        "tag": rb"<(/?)%s(mergeCell|col|dimension|sheet|definedName|cellXfs|xf)(?=[\s/>])([^>]*)>",
        "cell_tag": rb"<%s(row|c)(?=[\s/>])([^>]*)>",
        "si": rb"<%ssi[\s/>]",
        # every cell's and row's r="" (b"" where there is none) and every cell's s="", all at once: a
        # sheet has up to MAX_CELLS cells, and a Python step per cell would cost more than reading it
        "cell_r": rb"""<%sc(?=[\s/>])(?:[^>]*?\br\s*=\s*["']([^"']*)["'])?""",
        "cell_s": rb"""<%sc\s[^>]*?\bs\s*=\s*["']([^"']*)["']""",
        "row_r": rb"""<%srow(?=[\s/>])(?:[^>]*?\br\s*=\s*["']([^"']*)["'])?""",
    }
    return {key: re.compile(pattern.replace(b"%s", prefix)) for key, pattern in patterns.items()}


_PLAIN, _PREFIXED = _compiled(b""), _compiled(_ANY_PREFIX)
_SOME_PREFIXED = re.compile(rb":(?:c|row|si|sst|mergeCell|col|dimension|sheet|definedName|cellXfs|xf)[\s/>]")
_REFS = re.compile(rb"\s*[A-Za-z]{1,3}\d{1,7}\s*(?:\|\s*[A-Za-z]{1,3}\d{1,7}\s*)*")
_ONLY_LETTERS = bytes.maketrans(b"0123456789|", b" " * 11)  # the "|" between references, and digits, as spaces
_ONLY_DIGITS = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz|", b" " * 53)
_NUMBERS = re.compile(rb"\s*\d{1,7}\s*(?:\|\s*\d{1,7}\s*)*")
_ATTRIBUTE = re.compile(rb"""(?:[\w.-]+:)?([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_COUNTED = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)(\s[^<>]*?\b(?:count|uniqueCount)\s*=[^<>]*)")
_COUNT_HINT = re.compile(rb"ount\s*=")  # in every count= and uniqueCount= (_COUNTED), found fast
_REF = re.compile(rb"\s*\$?([A-Za-z]{1,3})\$?0*(\d{1,7})\s*")
_DECLARED_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']*)["']""")
# encodings in which "<!" is those two bytes once the part is read as the scan reads it
_DECLARABLE = re.compile(r"\s*(utf-?8|utf-?16(le|be)?|utf-?32(le|be)?|ucs-?2|us-ascii|ascii|iso-8859-\d+|latin-?1|windows-125\d|cp125\d)\s*", re.IGNORECASE)
_WIDE_ENCODINGS = (  # byte order marks and the first character "<" without one
    (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\x00<", "utf-32-be"), (b"<\x00\x00\x00", "utf-32-le"),
    (b"\xfe\xff", "utf-16"), (b"\xff\xfe", "utf-16"), (b"\x00<", "utf-16-be"), (b"<\x00", "utf-16-le"),
)


def _encoding(head: bytes) -> str | None:
    """How an XML part is encoded, from its first bytes; None when it is not XML at all."""
    for mark, encoding in _WIDE_ENCODINGS:
        if head.startswith(mark):
            return encoding
    text = head[3:] if head.startswith(codecs.BOM_UTF8) else head
    if not text.lstrip().startswith(b"<"):
        return None
    return "utf-8"


@dataclass
class _Sheet:
    """Where the cells of one part reach, as a reader will place them (cells and rows without r="" follow on)."""

    rows: int = 0  # <row> elements
    cells: int = 0
    row: int = 0  # the current row's number
    column: int = 0  # the last cell's column in it
    last_row: int = 0
    last_column: int = 0
    merged: int = 0  # cells inside merged areas
    columns: int = 0  # <col> elements: each describes at least one column of the 16,384


@dataclass
class _Package:
    """What the parts of a package declare, checked against each other once all are read."""

    sheets: int = 0
    names: int = 0
    styles: int | None = None  # <xf> in cellXfs
    highest_style: int = -1  # the highest s="" of a cell


def _check_parts(package: zipfile.ZipFile, members: list[zipfile.ZipInfo], name: str, keep: Callable[[str], bool] | None = None) -> dict[str, bytes]:
    """Every XML part read whole, streaming: no DTD anywhere, and no size or count a reader would trust falsely.
    The bytes of the XML parts *keep* names returned, by name."""
    found = _Package()
    kept: dict[str, bytes] = {}
    for member in members:
        if member.is_dir():
            continue
        with package.open(member) as stream:
            head = stream.read(64)
            encoding = _encoding(head)
            if encoding is None and not member.filename.lower().endswith(XML_SUFFIXES):
                continue  # pictures, printer settings, a macro project: not XML, no parser reads them as such
            chunks = [] if keep is not None and keep(member.filename) else None
            _check_xml(stream, head, encoding or "utf-8", member, name, found, chunks)
            if chunks is not None:
                kept[member.filename] = b"".join(chunks)
    if found.sheets > MAX_SHEETS or found.names > MAX_NAMES:
        raise _reject(TOO_WIDE, name=name)
    if found.styles is not None and found.highest_style >= found.styles:
        raise _reject(FALSE_COUNTS, name=name)  # a cell in a style the workbook does not define
    return kept


def _check_xml(stream, head: bytes, encoding: str, member: zipfile.ZipInfo, name: str, found: _Package, chunks: list[bytes] | None = None) -> None:
    """Scan one part; its bytes as read appended to *chunks*, when given."""
    decoder = None if encoding == "utf-8" else codecs.getincrementaldecoder(encoding)("strict")
    begun = False  # whether the part's first tag (its XML declaration, if any) has been seen whole
    sheet = _Sheet()
    strings, declared_strings = 0, None
    in_styles = False
    carry = b""
    # one chunk read ahead, to know the last one when it comes: scanning the head, and then nothing, as
    # chunks of their own cost a part's every pattern twice more (most parts are far smaller than a chunk)
    chunk, ahead = head + stream.read(_CHUNK), stream.read(_CHUNK)
    while True:
        final = not ahead
        if chunks is not None:
            chunks.append(chunk)
        if decoder is not None:
            try:
                chunk = decoder.decode(chunk, final=final).encode("utf-8")
            except UnicodeDecodeError:
                raise _reject(ODD_ENCODING, name=name) from None
        window = carry + chunk
        last = window.rfind(b"<")
        cut = len(window) if final or last < 0 or window.find(b">", last) >= 0 else last
        part, carry = window[:cut], window[cut:]
        if not begun and part.strip():
            begun = True
            declared = _DECLARED_ENCODING.match(part[3:] if part.startswith(codecs.BOM_UTF8) else part)
            if declared is not None and not _DECLARABLE.fullmatch(declared.group(1).decode("ascii", "replace")):
                raise _reject(ODD_ENCODING, name=name)  # UTF-7 or EBCDIC could spell "<!DOCTYPE" in other bytes
        if _FORBIDDEN.search(part):
            raise _reject(FORBIDDEN_XML, name=name)
        patterns = _PREFIXED if _SOME_PREFIXED.search(part) else _PLAIN
        strings += len(patterns["si"].findall(part))
        for tag, attributes in _counted(part):
            for attribute, a, b in _ATTRIBUTE.findall(attributes):
                if attribute not in (b"count", b"uniqueCount"):
                    continue
                value = (a or b).strip()
                if not value.isdigit():
                    raise _reject(FALSE_COUNTS, name=name)
                number = int(value)
                if tag == b"sst" and attribute == b"uniqueCount":
                    declared_strings = number
                # a count of references may exceed the part (the shared strings' "count"); of elements, never
                limit = 1 << 31 if (tag, attribute) == (b"sst", b"count") else member.file_size // 4
                if number > limit:
                    raise _reject(FALSE_COUNTS, name=name)
        if not _place_all(sheet, part, patterns, name, found):  # cells or rows without r="": one by one, in order
            for match in patterns["cell_tag"].finditer(part):
                attributes = {key: a or b for key, a, b in _ATTRIBUTE.findall(match.group(2))}
                if match.group(1) == b"c":
                    _place_cell(sheet, attributes, name)
                    _note_style(found, attributes.get(b"s"), name)
                else:
                    _place_row(sheet, attributes.get(b"r"), name)
        for match in patterns["tag"].finditer(part):
            closing, element = match.group(1), match.group(2)
            if closing:
                in_styles = in_styles and element != b"cellXfs"
                continue
            if element == b"xf":
                if in_styles:
                    found.styles = (found.styles or 0) + 1
            elif element == b"cellXfs":
                found.styles = found.styles or 0
                in_styles = not match.group(3).rstrip().endswith(b"/")
            elif element == b"sheet":
                found.sheets += 1
            elif element == b"definedName":
                found.names += 1
            else:  # mergeCell, col, dimension: the only elements whose attributes are read (styles.xml has hundreds of <xf>)
                attributes = {key: a or b for key, a, b in _ATTRIBUTE.findall(match.group(3))}
                if element == b"mergeCell":
                    rows, columns = _area(attributes.get(b"ref", b""), name)
                    sheet.merged += rows * columns
                    if sheet.merged > MAX_MERGED:
                        raise _reject(TOO_WIDE, name=name)
                elif element == b"col":
                    sheet.columns += 1
                    if sheet.columns > EXCEL_COLUMNS:
                        raise _reject(TOO_WIDE, name=name)
                    for bound in (attributes.get(b"min", b"1"), attributes.get(b"max", b"1")):
                        if not bound.strip().isdigit() or not 1 <= int(bound) <= EXCEL_COLUMNS:
                            raise _reject(BEYOND_EXCEL, name=name)
                else:  # dimension
                    _area(attributes.get(b"ref", b"A1"), name)
        if final:
            break
        chunk, ahead = ahead, stream.read(_CHUNK)
    if declared_strings is not None and declared_strings > strings:
        raise _reject(FALSE_COUNTS, name=name)  # a reader reserves room for every string declared


def _counted(part: bytes):
    """_COUNTED.findall(part), found from each "ount=" back to its tag's "<": a tag can only match there,
    and trying the pattern at every "<" of a sheet's cells cost more than the rest of the scan."""
    done = -1
    for hit in _COUNT_HINT.finditer(part):
        start = part.rfind(b"<", 0, hit.start())
        if start <= done:
            continue
        done = start
        match = _COUNTED.match(part, start)
        if match is not None:
            yield match.groups()


def _place_all(sheet: _Sheet, part: bytes, patterns: dict[str, re.Pattern], name: str, found: _Package) -> bool:
    """Place every cell and row of *part* at once when each says where it is (r=""), as writers do;
    False, with nothing placed, when one does not (or looks odd): the caller then goes one by one."""
    cells, rows = patterns["cell_r"].findall(part), patterns["row_r"].findall(part)
    if b"" in cells or b"" in rows:
        return False
    references, numbers = b"|".join(cells), b"|".join(rows)
    if (cells and not _REFS.fullmatch(references)) or (rows and not _NUMBERS.fullmatch(numbers)):
        return False  # leading zeros, a $, a ref beyond three letters: _reference says what is wrong
    if sheet.rows + len(rows) > MAX_ROWS:
        return False  # refused one by one, where the limit is passed
    if rows:
        row_numbers = [int(n) for n in set(rows)]
        if min(row_numbers) < 1:
            return False
        sheet.rows += len(rows)
        sheet.row = int(rows[-1])
        sheet.last_row = max(sheet.last_row, max(row_numbers))
        if sheet.last_row > EXCEL_ROWS:
            raise _reject(BEYOND_EXCEL, name=name)
    if cells:
        # each reference is letters then digits (_REFS): its letters, and its digits, apart in order
        letters, digits = references.translate(_ONLY_LETTERS).split(), references.translate(_ONLY_DIGITS).split()
        cell_rows = [int(n) for n in set(digits)]
        if min(cell_rows) < 1:
            return False
        columns = {text: _column(text) for text in set(letters)}
        sheet.cells += len(cells)
        sheet.column = columns[letters[-1]]
        sheet.last_row = max(sheet.last_row, max(cell_rows))
        sheet.last_column = max(sheet.last_column, max(columns.values()))
        if sheet.last_row > EXCEL_ROWS or sheet.last_column > EXCEL_COLUMNS:
            raise _reject(BEYOND_EXCEL, name=name)
        if sheet.cells > MAX_CELLS or sheet.last_row * sheet.last_column > MAX_CELLS:
            raise _reject(TOO_WIDE, name=name)
        for style in set(patterns["cell_s"].findall(part)):
            _note_style(found, style, name)
    return True


def _note_style(found: _Package, style: bytes | None, name: str) -> None:
    if style:
        if not style.strip().isdigit():
            raise _reject(FALSE_COUNTS, name=name)
        found.highest_style = max(found.highest_style, int(style))


def _column(letters: bytes) -> int:
    column = 0
    for letter in letters.upper():
        column = column * 26 + letter - 64
    return column


def _place_row(sheet: _Sheet, number: bytes | None, name: str) -> None:
    if number is None:
        sheet.row += 1
    elif number.strip().isdigit():
        sheet.row = int(number)
    else:
        raise _reject(DAMAGED, name=name)
    if sheet.row < 1:
        raise _reject(DAMAGED, name=name)
    if sheet.row > EXCEL_ROWS:
        raise _reject(BEYOND_EXCEL, name=name)
    sheet.rows += 1
    sheet.column = 0
    sheet.last_row = max(sheet.last_row, sheet.row)
    if sheet.rows > MAX_ROWS:
        raise _reject(
            QT_TRANSLATE_NOOP("UserError", "The file {name} has more than {limit} rows in a sheet; a reporting workbook has far fewer."),
            name=name,
            limit=MAX_ROWS,
        )


def _place_cell(sheet: _Sheet, attributes: dict[bytes, bytes], name: str) -> None:
    reference = attributes.get(b"r")
    if reference is None:
        row, column = max(sheet.row, 1), sheet.column + 1
    else:
        row, column = _reference(reference, name)
    if row > EXCEL_ROWS or column > EXCEL_COLUMNS:
        raise _reject(BEYOND_EXCEL, name=name)
    sheet.cells += 1
    sheet.column = column
    sheet.last_row, sheet.last_column = max(sheet.last_row, row), max(sheet.last_column, column)
    if sheet.cells > MAX_CELLS or sheet.last_row * sheet.last_column > MAX_CELLS:
        raise _reject(TOO_WIDE, name=name)


def _reference(reference: bytes, name: str) -> tuple[int, int]:
    """(row, column), both from 1, of a cell reference such as "F12"."""
    match = _REF.fullmatch(reference)
    if match is None:
        raise _reject(BEYOND_EXCEL if re.fullmatch(rb"\s*[A-Za-z]+\d+\s*", reference) else DAMAGED, name=name)
    column = _column(match.group(1))
    row = int(match.group(2))
    if row < 1:
        raise _reject(DAMAGED, name=name)
    return row, column


def _area(reference: bytes, name: str) -> tuple[int, int]:
    """Rows and columns an area such as "A1:N21" spans, refused beyond Excel's limits."""
    corners = [_reference(part, name) for part in reference.split(b":")]
    if len(corners) > 2:
        raise _reject(DAMAGED, name=name)
    for row, column in corners:
        if row > EXCEL_ROWS or column > EXCEL_COLUMNS:
            raise _reject(BEYOND_EXCEL, name=name)
    (top, left), (bottom, right) = corners[0], corners[-1]
    return abs(bottom - top) + 1, abs(right - left) + 1
