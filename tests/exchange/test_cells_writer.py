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


def test_the_periods_reports_read_at_once_are_each_agencys(exchange_files, exchange_db):
    """An export of many workbooks reads the period's reports once (storage.reports.period_values): each agency's
    are what stored_values reads for it alone, and its workbook's content the same."""
    from gpa_desktop.exchange.template import template_content
    from gpa_desktop.storage.reports import period_values, stored_values
    from gpa_desktop.storage.periods import period_row
    from gpa_desktop.storage.plan_store import read_plan

    from gpa_desktop.domain.reports import ReportValues
    from gpa_desktop.storage.reports import save_report

    db = exchange_db
    with db.transaction() as session:  # two agencies' reports, one of them two
        save_report(session, "1.2", "STNMT", "2024", ReportValues(status="in_progress", percent=40, results="Đã kiểm kê"))
        save_report(session, "13.1", "STNMT", "2024", ReportValues(budget=12.5))
        other = next(d for d in read_plan(session).duties(period_row(session, "2024").ends_on) if d.agency != "STNMT")
        save_report(session, other.task, other.agency, "2024", ReportValues(status="done", percent=100))
    with db.reading() as session:
        plan = read_plan(session)
        stored = period_row(session, "2024")
        everyone = period_values(session, "2024")
        agencies = sorted({d.agency for d in plan.duties(stored.ends_on)})
        assert len(everyone) >= 2 and len(everyone["STNMT"]) >= 2
        for agency in agencies:
            alone = stored_values(session, agency, stored.id)
            assert everyone.get(agency, {}) == alone
            content = template_content(session, plan, agency, "2024", db.installation_id)
            assert template_content(session, plan, agency, "2024", db.installation_id, everyone.get(agency, {})) == content
