"""The export's own sheet writer (exchange/cells.py in_memory, save_book) writes what openpyxl's writer
writes, byte for byte, and leaves no temporary file behind: the reporting workbook's speed must not
change a byte of what officers' programs read."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side

from gpa_desktop.exchange.cells import ColumnCells, RowHeights, in_memory, save_book, takes_ready_cells

TEXTS = [
    "", " a leading space", "a trailing space ", "a & b < c > d", "line\r\nbreak\nand\rreturn", "=SUM(A1:A3)",
    "+1", "-2", "@x", "\tTab first", 'quote "x" and \'y\'', "Tiến độ thực hiện — Đắk Đoa", "🌱 xanh", "]]>", "a\u2028b",
]
NUMBERS = [None, 0, 55, 100, 12.5, 1e20, 0.1 + 0.2, -3, float("nan")]


def _book(mine: bool) -> Workbook:
    book = Workbook(write_only=True)
    for title in ("Báo cáo", "Khác"):
        sheet = takes_ready_cells(book.create_sheet(title))
        if mine:
            in_memory(sheet)
        side = Side(style="thin", color="999999")
        border = Border(left=side, right=side, top=side, bottom=side)
        columns = [
            ColumnCells(sheet, alignment=Alignment(wrap_text=True, vertical="top"), fill=PatternFill("solid", fgColor="F2F2F2"), border=border),
            ColumnCells(sheet, number_format="0", protection=Protection(locked=False), border=border),
            ColumnCells(sheet, font=Font(bold=True)),
            ColumnCells(sheet),  # no style at all: an empty one is left out, as openpyxl does
        ]
        heights = RowHeights(sheet)
        sheet.append([])
        for row, (text, number) in enumerate(zip(TEXTS, NUMBERS * 2), start=2):
            heights.set_lines(row, row % 4)
            other = WriteOnlyCell(sheet, date(2030, 1, row))  # a cell openpyxl writes itself, between ready ones
            sheet.append([columns[0].text(text)[0], columns[1].number(number), other, columns[2].text(text[::-1])[0], columns[3].text(text)[0]])
    return book


def test_the_sheets_are_openpyxls_bytes(tmp_path):
    ours, theirs = tmp_path / "ours.xlsx", tmp_path / "theirs.xlsx"
    save_book(_book(mine=True), ours)
    _book(mine=False).save(theirs)
    with zipfile.ZipFile(ours) as a, zipfile.ZipFile(theirs) as b:
        assert a.namelist() == b.namelist()
        for name in a.namelist():
            if name != "docProps/core.xml":  # (the time it was saved)
                assert a.read(name) == b.read(name), name
        assert b"<f>" not in a.read("xl/worksheets/sheet1.xml")  # text that looks like a formula stays text


def test_no_temporary_file_is_made(tmp_path, monkeypatch):
    import openpyxl.worksheet._writer as writer

    def refused(suffix=""):
        raise AssertionError("a temporary file for a sheet")

    monkeypatch.setattr(writer, "create_temporary_file", refused)
    save_book(_book(mine=True), tmp_path / "ours.xlsx")
    with pytest.raises(AssertionError):
        save_book(_book(mine=False), tmp_path / "theirs.xlsx")


def test_text_xml_cannot_hold_is_refused_as_openpyxl_refuses_it(tmp_path):
    for mine in (True, False):
        book = Workbook(write_only=True)
        sheet = takes_ready_cells(book.create_sheet("x"))
        if mine:
            in_memory(sheet)
        cell = ColumnCells(sheet, font=Font(bold=True)).text("ok")[0]
        cell._value = "not\ufffexml"  # (clean_cell_text leaves out control characters; this one passes it)
        with pytest.raises(ValueError):
            sheet.append([cell])
            save_book(book, tmp_path / f"{mine}.xlsx")
    assert not list(Path(tmp_path).glob("*.xlsx.part"))
