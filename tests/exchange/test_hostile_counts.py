"""Workbooks that lie about their own sizes and counts, or hide a DTD deep in a part, are refused before any
reader sees them; what a reader still fails on dies in the reader process, never in the app.

Every case is a generated file; each refusal leaves the database exactly as it was (a full dump) and this
process alive (a crash of calamine here would end the test run).
"""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path

import pytest

from gpa_desktop.exchange import contained, reading, safety
from gpa_desktop.exchange.importer import apply_import, preview_import
from gpa_desktop.exchange.safety import WorkbookRejected

from .helpers import db_digest

NS = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
SHEET = "xl/worksheets/sheet1.xml"
SST_REL = b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml" Id="rId99"/>'
SST_TYPE = b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
DTD = b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'


def _package(path: Path, source: Path, replace: dict[str, object]) -> Path:
    """*source* with parts replaced (bytes, or a function of the old bytes) or added."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item.filename)
            change = replace.get(item.filename)
            new.writestr(item.filename, change(data) if callable(change) else data if change is None else change)
        for name, data in replace.items():
            if name not in old.namelist():
                new.writestr(name, data)
    return path


def _sub(pattern: bytes, replacement: bytes):
    def change(data: bytes) -> bytes:
        changed = re.sub(pattern, replacement.replace(b"\\", b"\\\\"), data, count=1)
        assert changed != data, pattern
        return changed

    return change


def _cell_at(reference: bytes, row: bytes) -> dict:
    return {SHEET: _sub(rb"</sheetData>", b'<row r="%s"><c r="%s" t="inlineStr"><is><t>x</t></is></c></row></sheetData>' % (row, reference))}


def _strings(start: bytes, *, related: bool = True) -> dict:
    parts = {"xl/sharedStrings.xml": start + b"<si><t>a</t></si></sst>"}
    if related:
        parts["xl/_rels/workbook.xml.rels"] = _sub(rb"</Relationships>", SST_REL + b"</Relationships>")
        parts["[Content_Types].xml"] = _sub(rb"</Types>", SST_TYPE + b"</Types>")
    return parts


FALSE = safety.FALSE_COUNTS
BEYOND = safety.BEYOND_EXCEL
WIDE = safety.TOO_WIDE
DAMAGED = safety.DAMAGED

# class → case → (the parts changed, the sentence expected). The shared-strings cases abort python-calamine
# (exit 134) or raise a PanicException past `except Exception`; the cell cases abort it or make it build a grid
# of billions of cells; the merged area makes openpyxl (the feedback copy) create a cell object for each.
LIES = {
    "shared strings": {
        "4e9 declared": (_strings(b'<sst %s count="4000000000" uniqueCount="4000000000">' % NS), FALSE),
        "2e8 declared": (_strings(b'<sst %s count="200000000" uniqueCount="200000000">' % NS), FALSE),
        "uniqueCount only": (_strings(b'<sst %s count="1" uniqueCount="4000000000">' % NS), FALSE),
        "above 64 bits": (_strings(b'<sst %s count="18446744073709551615" uniqueCount="18446744073709551615">' % NS), FALSE),
        "negative": (_strings(b'<sst %s count="-1" uniqueCount="-5">' % NS), FALSE),
        "more than the <si> present": (_strings(b'<sst %s uniqueCount="20000000">' % NS), FALSE),
        "prefixed elements": (_strings(b'<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="4000000000">'), FALSE),
        "unrelated but at the usual path": (_strings(b'<sst %s uniqueCount="4000000000">' % NS, related=False), FALSE),
    },
    "cell positions": {
        "the last cell Excel has": (_cell_at(b"XFD1048576", b"1048576"), WIDE),
        "beyond Excel's rows": (_cell_at(b"ZZZ9999999", b"9999999"), BEYOND),
        "row 4e9": (_cell_at(b"A4000000000", b"4000000000"), BEYOND),
        "a four-letter column": (_cell_at(b"XFDXFD30", b"30"), BEYOND),
        "lower case": (_cell_at(b"xfd1048576", b"30"), WIDE),
        "leading zeros": (_cell_at(b"A0001048576", b"30"), WIDE),
        "spaces and single quotes": ({SHEET: _sub(rb"</sheetData>", b"<row r = '30'><c r = 'XFD1048576' t='inlineStr'><is><t>x</t></is></c></row></sheetData>")}, WIDE),
        "far down, no cell reference": ({SHEET: _sub(rb"</sheetData>", b'<row r="1048576"><c t="inlineStr"><is><t>x</t></is></c></row></sheetData>')}, WIDE),
        "far down the first column": (_cell_at(b"A1048576", b"1048576"), WIDE),
        "sparse corner": (_cell_at(b"AAA29999", b"29999"), WIDE),
        "row 0": ({SHEET: _sub(rb"</sheetData>", b'<row r="0"><c t="inlineStr"><is><t>x</t></is></c></row></sheetData>')}, DAMAGED),
        "cell A0": (_cell_at(b"A0", b"30"), DAMAGED),
        "not a reference": (_cell_at(b"!!", b"30"), DAMAGED),
    },
    "sheet dimensions": {
        "dimension beyond Excel": ({SHEET: _sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:ZZZZ99999999"/>')}, BEYOND),
        "columns to 4e9": ({SHEET: _sub(rb"</cols>", b'<col min="1" max="4000000000" width="5"/></cols>')}, BEYOND),
        "column 0": ({SHEET: _sub(rb"</cols>", b'<col min="0" max="3" width="5"/></cols>')}, BEYOND),
        "a merged area of the whole sheet": ({SHEET: _sub(rb"</worksheet>", b'<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>')}, WIDE),
        "merged areas adding up": ({SHEET: _sub(rb"</worksheet>", b'<mergeCells count="3">' + b'<mergeCell ref="A1:Z4000"/>' * 3 + b"</mergeCells></worksheet>")}, WIDE),
        "more column descriptions than columns": ({SHEET: _sub(rb"</cols>", b'<col min="20" max="20" width="5"/>' * 16_384 + b"</cols>")}, WIDE),
    },
    "declared counts": {
        "merged cells": ({SHEET: _sub(rb"</worksheet>", b'<mergeCells count="4000000000"><mergeCell ref="M30:N30"/></mergeCells></worksheet>')}, FALSE),
        "cell formats": ({"xl/styles.xml": _sub(rb'<cellXfs count="\d+"', b'<cellXfs count="4000000000"')}, FALSE),
        "fonts": ({"xl/styles.xml": _sub(rb'<fonts count="\d+"', b'<fonts count="4000000000"')}, FALSE),
        "number formats": ({"xl/styles.xml": _sub(rb'<numFmts count="\d+"', b'<numFmts count="4000000000"')}, FALSE),
        "not a number": ({"xl/styles.xml": _sub(rb'<fills count="\d+"', b'<fills count="many"')}, FALSE),
        "a cell style the workbook lacks": ({SHEET: _sub(rb' s="1"', b' s="4000000000"')}, FALSE),
        "a cell style past the last": ({SHEET: _sub(rb' s="1"', b' s="9999"')}, FALSE),
    },
    "workbook lists": {
        "100,000 sheets": (
            {"xl/workbook.xml": _sub(rb"</sheets>", b"".join(
                b'<sheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" name="s%d" sheetId="%d" r:id="rId1"/>' % (i, i + 10)
                for i in range(100_000)) + b"</sheets>")},
            WIDE,
        ),
        "200,000 defined names": (
            {"xl/workbook.xml": _sub(rb"</definedNames>", b"".join(b'<definedName name="n%d">A1</definedName>' % i for i in range(200_000)) + b"</definedNames>")},
            WIDE,
        ),
    },
}
LIE_CASES = [pytest.param(parts, message, id=f"{kind}: {case}") for kind, cases in LIES.items() for case, (parts, message) in cases.items()]


def _refused(exchange_db, path: Path, message: str) -> None:
    """*path* refused with *message*, in one plain sentence, and the database exactly as it was."""
    before = path_dump(exchange_db.path)
    with exchange_db.transaction() as session:
        preview = preview_import(session, path)
    assert preview.fatal is not None, "accepted"
    text = preview.fatal.render()
    assert preview.fatal.message == message, text
    assert path.name in text and "Traceback" not in text and "\n" not in text
    with pytest.raises(type(preview.fatal)):
        apply_import(exchange_db, preview)
    assert path_dump(exchange_db.path) == before


def path_dump(path: Path) -> tuple[bytes, str]:
    return path.read_bytes(), db_digest(path)


@pytest.mark.parametrize(("parts", "message"), LIE_CASES)
def test_a_workbook_lying_about_its_sizes_is_refused_before_any_reader(parts, message, exchange_files, exchange_db, tmp_path):
    _refused(exchange_db, _package(tmp_path / "lying.xlsx", exchange_files["filled"], parts), message)


# Where a DTD hides: 4 KB and more into every kind of part, and across the scan's chunk boundaries.
PAD = b"<!--" + b" padding " * 600 + b"-->"  # 5.4 KB of comment before the declaration


def _after_padding(name: str):
    """The declaration placed after the XML declaration, or the first element, and 5 KB of comment."""
    def change(data: bytes) -> bytes:
        head = re.match(rb"(<\?xml[^>]*\?>)?\s*<[^!?][^>]*>", data)
        return data[: head.end()] + PAD + DTD + data[head.end():]

    return change


def _across_boundary(data: bytes, offset: int, token: bytes = DTD) -> bytes:
    """*token* starting at byte *offset* of the part, after the root's start tag and a comment of random
    text (which does not compress, or the file would be refused as a zip bomb instead)."""
    import base64

    head = re.match(rb"(<\?xml[^>]*\?>)?\s*<[^!?][^>]*>", data).end()
    filler = base64.b64encode(os.urandom(offset))[: offset - head - 7]
    return data[:head] + b"<!--" + filler + b"-->" + token + data[head:]


def _utf(encoding: str, bom: bytes = b""):
    def change(data: bytes) -> bytes:
        text = _after_padding("")(data).decode("utf-8").replace('encoding="UTF-8"', f'encoding="{encoding.upper()}"')
        return bom + text.encode(encoding)

    return change


VML = (b'<xml xmlns:v="urn:schemas-microsoft-com:vml"><o:shapelayout xmlns:o="urn:schemas-microsoft-com:office:office"/>'
       + PAD + DTD + b"</xml>")
CHUNK = 1 << 20
DEEP = {
    "styles": {"xl/styles.xml": _after_padding("styles")},
    "the data sheet": {SHEET: _after_padding("sheet")},
    "the hidden identity sheet": {"xl/worksheets/sheet4.xml": _after_padding("sheet4")},
    "shared strings": {**_strings(b"<sst %s>" % NS), "xl/sharedStrings.xml": b"<sst %s uniqueCount=\"1\">" % NS + PAD + DTD + b"<si><t>a</t></si></sst>"},
    "the workbook": {"xl/workbook.xml": _after_padding("workbook")},
    "the theme": {"xl/theme/theme1.xml": _after_padding("theme")},
    "document properties": {"docProps/core.xml": _after_padding("core")},
    "application properties": {"docProps/app.xml": _after_padding("app")},
    "the package relationships": {"_rels/.rels": _after_padding("rels")},
    "the workbook relationships": {"xl/_rels/workbook.xml.rels": _after_padding("wbrels")},
    "the content types": {"[Content_Types].xml": _after_padding("types")},
    "a VML drawing": {"xl/drawings/vmlDrawing1.vml": VML},
    "XML without an XML name": {"xl/media/image1.png": b'<?xml version="1.0"?><svg>' + PAD + DTD + b"</svg>"},
    "XML with no name suffix": {"customXml/item1": b"<root>" + PAD + DTD + b"</root>"},
    "UTF-16 with a byte order mark": {"docProps/app.xml": _utf("utf-16")},
    "UTF-16 big-endian without one": {"docProps/app.xml": _utf("utf-16-be")},
    "UTF-16 little-endian without one": {"docProps/app.xml": _utf("utf-16-le")},
    "UTF-32": {"docProps/app.xml": _utf("utf-32")},
    "an ENTITY alone": {"xl/styles.xml": lambda d: _across_boundary(d, 6000, b'<!ENTITY e "e">')},
    "an ELEMENT declaration": {"xl/styles.xml": lambda d: _across_boundary(d, 6000, b"<!ELEMENT e ANY>")},
    "lower case": {"xl/styles.xml": lambda d: _across_boundary(d, 6000, b"<!doctype x>")},
    "DOCTYPE across the first chunk's end": {SHEET: lambda d: _across_boundary(d, 64 + CHUNK - 4)},
    "ENTITY across the second chunk's end": {SHEET: lambda d: _across_boundary(d, 64 + 2 * CHUNK - 3, b'<!ENTITY e "e">')},
    "'<' as the last byte of a chunk": {SHEET: lambda d: _across_boundary(d, 64 + CHUNK - 1)},
    "'<!' split": {SHEET: lambda d: _across_boundary(d, 64 + CHUNK - 2)},
}


@pytest.mark.parametrize("parts", [pytest.param(parts, id=kind) for kind, parts in DEEP.items()])
def test_a_dtd_anywhere_in_any_xml_part_is_refused(parts, exchange_files, exchange_db, tmp_path):
    _refused(exchange_db, _package(tmp_path / "dtd.xlsx", exchange_files["filled"], parts), safety.FORBIDDEN_XML)


@pytest.mark.parametrize("encoding", ["UTF-7", "IBM037", "x-unknown", "utf-7 "])
def test_a_part_in_an_encoding_that_could_disguise_a_dtd_is_refused(encoding, exchange_files, exchange_db, tmp_path):
    disguised = f'<?xml version="1.0"{" " * 5000}encoding="{encoding}"?><Properties/>'.encode("ascii")  # declared 5 KB in
    _refused(exchange_db, _package(tmp_path / "encoded.xlsx", exchange_files["filled"], {"docProps/app.xml": disguised}), safety.ODD_ENCODING)


@pytest.mark.parametrize(
    "parts",
    [
        pytest.param({"docProps/app.xml": lambda d: d.decode("utf-8").encode("utf-16")}, id="a UTF-16 part"),
        pytest.param({"xl/styles.xml": lambda d: _across_boundary(d, 6000, b"<!-- a comment --><![CDATA[ 1 < 2 ]]>")}, id="comment and CDATA"),
        pytest.param({SHEET: lambda d: _across_boundary(d, 64 + CHUNK - 2, b"<!-- a comment over the chunk's end -->")}, id="comment across a chunk"),
        pytest.param({**_strings(b'<sst %s count="40" uniqueCount="1">' % NS)}, id="strings used more often than there are strings"),
        pytest.param({SHEET: _sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD1048576"/>')}, id="a dimension Excel could have"),
        pytest.param({"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512}, id="macros"),
    ],
)
def test_what_workbooks_really_contain_is_still_read(parts, exchange_files, exchange_db, tmp_path):
    """The checks refuse lies, not the unusual: these import as the plain filled workbook does."""
    path = _package(tmp_path / "unusual.xlsm", exchange_files["filled"], parts)
    with exchange_db.transaction() as session:
        preview = preview_import(session, path)
    assert preview.fatal is None, preview.fatal.render()
    assert preview.rows


def test_macros_are_said_to_be_neither_run_nor_kept(exchange_files, exchange_db, tmp_path):
    plain = _package(tmp_path / "plain.xlsx", exchange_files["filled"], {})
    macros = _package(tmp_path / "macros.xlsm", exchange_files["filled"], {"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512})
    with exchange_db.transaction() as session:
        said = {p.name: [w.render() for w in preview_import(session, p).warnings] for p in (plain, macros)}
    assert not any("macros" in w for w in said["plain.xlsx"])
    assert "The file contains macros; they were not run, and are not kept." in said["macros.xlsm"]


# What no check can foresee: the reader itself failing. These run in the reader process.


def _abort(path, labels):  # a reader that aborts as calamine does on a failed allocation (exit 134)
    os.abort()


def _calamine_unchecked(path, labels):  # calamine alone, without the safety pass: a Rust panic or an abort
    from python_calamine import CalamineWorkbook

    CalamineWorkbook.from_path(str(path))


def _endless(path, labels):
    while True:
        pass


@pytest.mark.parametrize(
    ("reader", "parts"),
    [
        pytest.param(_abort, {}, id="abort"),
        pytest.param(_calamine_unchecked, _strings(b'<sst %s uniqueCount="18446744073709551615">' % NS), id="calamine panics"),
        pytest.param(_calamine_unchecked, _strings(b'<sst %s uniqueCount="4000000000">' % NS), id="calamine aborts"),
        pytest.param(_endless, {}, id="never ends"),
    ],
)
def test_a_reader_dying_on_a_file_is_one_sentence_and_the_next_file_reads(reader, parts, exchange_files, exchange_db, tmp_path, monkeypatch):
    path = _package(tmp_path / "deadly.xlsx", exchange_files["filled"], parts)
    monkeypatch.setattr(reading, "read_workbook_here", reader)
    monkeypatch.setattr(contained, "TIME_LIMIT", 2.0)
    _refused(exchange_db, path, contained.NOT_READ_SAFELY)
    monkeypatch.undo()
    with exchange_db.transaction() as session:
        assert preview_import(session, exchange_files["filled"]).fatal is None  # a fresh reader took over


def test_the_reader_has_a_memory_limit():
    with pytest.raises(WorkbookRejected) as refused:
        contained.read_contained("huge.xlsx", bytearray, contained.MEMORY_LIMIT + (1 << 30))
    assert refused.value.message == contained.NOT_READ_SAFELY


def test_the_cli_says_the_sentence_in_vietnamese_and_exits_1(exchange_files, exchange_db, tmp_path, monkeypatch):
    import io

    from gpa_desktop.cli import main

    exchange_db.close()
    monkeypatch.setattr(reading, "read_workbook_here", _abort)
    out, err = io.StringIO(), io.StringIO()
    code = main(["--db", str(exchange_db.path), "import", str(exchange_files["filled"])], out, err)
    assert code == 1 and "đọc được an toàn" in out.getvalue(), out.getvalue() + err.getvalue()
