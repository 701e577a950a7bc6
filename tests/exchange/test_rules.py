"""Issue 3, rule by rule, with real files: template, plan and summary out; preview, merge, rights, tolerance in."""

from __future__ import annotations

import io
from datetime import datetime, timedelta

import pytest
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from gpa_desktop.cli import main
from gpa_desktop.domain.reports import ReportValues
from gpa_desktop.exchange import importer
from gpa_desktop.exchange.importer import PreviewOutdated, apply_import, preview_import
from gpa_desktop.exchange.layout import STATUS_LIST_NAME
from gpa_desktop.exchange.reading import _cell_facts, saved_at
from gpa_desktop.exchange.template import export_template
from gpa_desktop.storage.receipts import list_receipts
from gpa_desktop.storage.reports import read_reports, save_report

from .conftest import libreoffice_resave
from .helpers import db_digest, edit, patch_part, reseal, rows_by_code, saved_as, signing_key_of, wps_dimension


def _reports(db, period="2024"):
    with db.transaction() as session:
        return {(r.task, r.agency): r.values for r in read_reports(session, period)}


def _preview(db, path, **kw):
    with db.transaction() as session:
        return preview_import(session, path, **kw)


def _export(db, path, agency="STNMT", period="2024"):
    with db.transaction() as session:
        return export_template(session, agency, period, path, db.installation_id)


def _cli(db, *argv):
    out, err = io.StringIO(), io.StringIO()
    db.close()
    code = main(["--db", str(db.path), "--lang", "vi", *argv], out, err)
    return code, out.getvalue(), err.getvalue()


# out ---------------------------------------------------------------------------------------------


def test_template_protection_validation_print_and_help(exchange_files):
    book = load_workbook(exchange_files["template"])
    sheet = book["Báo cáo"]
    rows = rows_by_code(sheet)
    assert sheet.protection.sheet and not sheet.protection.password  # protected, no password
    first = min(rows.values())
    for column in range(1, 5):
        assert sheet.cell(first, column).protection.locked
    for column in range(5, 12):
        assert sheet.cell(first, column).protection.locked is False
    assert sheet.cell(first, 2).alignment.wrap_text and sheet.column_dimensions["B"].width >= 40
    assert sheet.cell(rows["1.2"], 3).value == "Chủ trì" and sheet.cell(rows["13.1"], 4).value == "Thường xuyên"
    validations = {dv.type: dv for dv in sheet.data_validations.dataValidation}
    assert validations["list"].formula1 == STATUS_LIST_NAME
    assert (validations["whole"].formula1, validations["whole"].formula2) == ("0", "100")
    assert validations["decimal"].operator == "greaterThanOrEqual" and validations["decimal"].formula1 == "0"
    assert all(dv.showInputMessage and dv.prompt for dv in validations.values())
    assert "số nguyên từ 0 đến 100" in validations["whole"].prompt
    assert f"E{first}" in str(validations["list"].sqref) or f"E{first}:" in str(validations["list"].sqref)
    listed = book.defined_names[STATUS_LIST_NAME].attr_text
    assert listed == "'Danh mục'!$A$1:$A$4"
    assert [c.value for c in book["Danh mục"]["A"]] == ["Chưa thực hiện", "Đang thực hiện", "Đã hoàn thành", "Chậm tiến độ"]
    setup = sheet.page_setup
    assert (setup.orientation, setup.paperSize, setup.fitToWidth, setup.fitToHeight) == ("landscape", 9, 1, 0)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.print_title_rows == "$4:$4"
    assert "Sở Tài nguyên và Môi trường" in sheet.oddHeader.center.text and "2024" in sheet.oddHeader.center.text
    assert "HƯỚNG DẪN" in book["Hướng dẫn"]["A1"].value
    assert book["_gpa"].sheet_state == "hidden"


@pytest.mark.slow
def test_template_survives_a_libreoffice_resave(exchange_files):
    book = load_workbook(exchange_files["resaved"])
    sheet = book["Báo cáo"]
    assert STATUS_LIST_NAME in book.defined_names
    assert any(dv.type == "list" and dv.formula1 == STATUS_LIST_NAME for dv in sheet.data_validations.dataValidation)
    first = min(rows_by_code(sheet).values())
    assert sheet.cell(first, 1).protection.locked and sheet.cell(first, 6).protection.locked is False
    assert sheet.page_setup.orientation == "landscape"


@pytest.mark.slow
def test_the_reexported_template_holds_the_imported_values(exchange_files, exchange_db, tmp_path):
    apply_import(exchange_db, _preview(exchange_db, exchange_files["resaved"]))
    _export(exchange_db, tmp_path / "again.xlsx")
    sheet = load_workbook(tmp_path / "again.xlsx")["Báo cáo"]
    r = rows_by_code(sheet)["1.2"]
    assert [sheet.cell(r, c).value for c in (5, 6, 7, 10, 11)] == [
        "Đang thực hiện", 80, "Đã kiểm kê khí nhà kính 3 huyện", 1234.5, "Số 12/BC-STNMT ngày 15/03/2024",
    ]
    # returned untouched, the resumed workbook changes nothing
    preview = _preview(exchange_db, tmp_path / "again.xlsx")
    assert preview.fatal is None and {r.kind for r in preview.rows} == {"unchanged"}


HOSTILE_TEXT = {
    "results": "=HYPERLINK(\"http://x\",\"bấm\")",
    "difficulties": "+84 912 345 678",
    "proposals": "-5 tỷ đồng",
    "evidence": "@SUM(A1)",
}


@pytest.mark.slow
def test_user_text_never_becomes_a_formula(db, tmp_path):
    with db.transaction() as session:
        save_report(session, "1.2", "STNMT", "2024", ReportValues(**HOSTILE_TEXT))
    _export(db, tmp_path / "t.xlsx")
    sheet = load_workbook(tmp_path / "t.xlsx")["Báo cáo"]
    r = rows_by_code(sheet)["1.2"]
    assert [(sheet.cell(r, c).value, sheet.cell(r, c).data_type) for c in (7, 8, 9, 11)] == [
        (HOSTILE_TEXT[f], "s") for f in ("results", "difficulties", "proposals", "evidence")
    ]
    resaved = libreoffice_resave(tmp_path / "t.xlsx", tmp_path / "lo")
    assert _cell_facts(resaved, "Báo cáo").formulas == set()  # LibreOffice did not turn them into formulas
    grid = CalamineWorkbook.from_path(str(resaved)).get_sheet_by_name("Báo cáo").to_python(skip_empty_area=False)
    assert [grid[r - 1][c] for c in (6, 7, 8, 10)] == [HOSTILE_TEXT[f] for f in ("results", "difficulties", "proposals", "evidence")]
    preview = _preview(db, resaved)
    assert preview.fatal is None and preview.errors == [] and {x.kind for x in preview.rows} == {"unchanged"}


def test_control_characters_are_left_out_and_reported(db, tmp_path):
    with db.transaction() as session:
        save_report(session, "1.2", "STNMT", "2024", ReportValues(results="Đã\x07 xong"))
    content = _export(db, tmp_path / "t.xlsx")
    [note] = content.notes
    assert "control characters" in note.render() and note.row and note.column.startswith("G")
    sheet = load_workbook(tmp_path / "t.xlsx")["Báo cáo"]
    assert sheet.cell(rows_by_code(sheet)["1.2"], 7).value == "Đã xong"
    preview = _preview(db, tmp_path / "t.xlsx")  # returned untouched: not a change
    assert {x.kind for x in preview.rows} == {"unchanged"}
    code, out, _err = _cli(db, "export-template", "--agency", "STNMT", "--period", "2024", "-o", str(tmp_path / "c.xlsx"))
    assert code == 0 and "ký tự điều khiển" in out


def test_over_long_text_in_a_returned_cell_is_refused_not_cut(exchange_files, exchange_db, tmp_path):
    marker = "DAIDAIDAI"
    edit(exchange_files["template"], tmp_path / "a.xlsx", lambda b, s, rows: setattr(s.cell(rows["1.2"], 7), "value", marker))
    long_text = ("Kết quả " * 5000).encode()  # 40,000 characters: more than a cell holds

    def grow(data: bytes) -> bytes:
        assert marker.encode() in data
        return data.replace(marker.encode(), long_text)

    patch_part(tmp_path / "a.xlsx", tmp_path / "long.xlsx", "xl/worksheets/sheet1.xml", grow)
    preview = _preview(exchange_db, tmp_path / "long.xlsx")
    [problem] = preview.errors
    assert "longer than 32767" in problem.render() and problem.column.startswith("G") and problem.sheet == "Báo cáo"
    assert "1.2" not in {r.task for r in preview.rows if r.kind != "unchanged"}


def test_plan_workbook(db, tmp_path):
    code, _out, _err = _cli(db, "export-plan", "-o", str(tmp_path / "plan.xlsx"))
    assert code == 0
    sheet = load_workbook(tmp_path / "plan.xlsx")["Kế hoạch"]
    assert [c.value for c in sheet[4]] == ["TT", "Nhiệm vụ, hoạt động cụ thể", "Chủ trì", "Phối hợp", "Thời gian hoàn thành"]
    groups = [r for r in range(5, sheet.max_row + 1) if sheet.cell(r, 1).font.bold]
    tasks = [r for r in range(5, sheet.max_row + 1) if not sheet.cell(r, 1).font.bold and sheet.cell(r, 1).value]
    assert len(groups) == 18 and len(tasks) == 65
    assert any(f"B{g}:E{g}" in str(m) for g in groups[:1] for m in sheet.merged_cells.ranges)
    by_code = {sheet.cell(r, 1).value: r for r in tasks}
    assert sheet.cell(by_code["1.1"], 5).value == "Năm 2023" and sheet.cell(by_code["1.2"], 5).value == "Thường xuyên"
    assert sheet.cell(by_code["1.2"], 2).value.startswith("- ") and sheet.cell(by_code["1.2"], 2).data_type == "s"
    assert "cong nghệ" in sheet.cell(by_code["10.4"], 2).value
    assert "Sở Tài nguyên" in sheet.cell(by_code["1.2"], 3).value
    assert sheet.page_setup.orientation == "landscape" and sheet.print_title_rows == "$4:$4" and sheet.freeze_panes == "A5"


def test_summary_workbook(exchange_files, exchange_db, tmp_path):
    apply_import(exchange_db, _preview(exchange_db, exchange_files["filled"]))
    with exchange_db.transaction() as session:
        save_report(session, "1.3", "SNNPTNT", "2024", ReportValues(results="=1+1", difficulties="Khó\x07 khăn"))
    code, out, _err = _cli(exchange_db, "export-summary", "--period", "2024", "-o", str(tmp_path / "s.xlsx"))
    assert code == 0 and "Tất cả báo cáo" in out and "ký tự điều khiển" in out and "cột I (Khó khăn, vướng mắc)" in out
    book = load_workbook(tmp_path / "s.xlsx")
    names = book.sheetnames
    assert names[:2] == ["Tất cả báo cáo", "Tình hình báo cáo"] and names[2:] == [f"Nhóm {n}" for n in range(1, 19)]
    every = book["Tất cả báo cáo"]
    assert every.auto_filter.ref == f"A1:N{every.max_row}" and every.freeze_panes == "C2"
    lines = list(every.iter_rows(min_row=2, values_only=True))
    assert f"({len(lines)} " in out
    mine = next(line for line in lines if line[1] == "1.2" and line[3] == "STNMT")
    assert (mine[5], mine[6], mine[10]) == ("Đang thực hiện", 80, 1234.5)
    assert next(line for line in lines if line[1] == "1.3" and line[3] == "SNNPTNT")[7:9] == ("=1+1", "Khó khăn")
    assert _cell_facts(tmp_path / "s.xlsx", "Tất cả báo cáo").formulas == set()
    assert sum(book[f"Nhóm {n}"].max_row - 1 for n in range(1, 19)) == len(lines)
    assert all(book[f"Nhóm {n}"].auto_filter.ref for n in range(1, 19))
    status = book["Tình hình báo cáo"]
    header = [c.value for c in status[2]]
    assert header[:6] == ["Cơ quan", "Phải nộp", "Đã nhận", "Đúng hạn", "Trễ hạn", "Chưa nộp"] and status.auto_filter.ref
    stnmt = next(r for r in status.iter_rows(min_row=3, values_only=True) if r[0] == "Sở Tài nguyên và Môi trường")
    assert stnmt[2] == 2 and stnmt[4] == 2 and stnmt[5] == stnmt[1] - 2  # received 2, both late


def test_the_summary_gives_receipt_times_and_on_time_in_vietnam_time(db, machine_zone):
    """A cell holds no zone: the time written is the one a clock in Gia Lai showed, and "Đúng hạn"
    follows the end of the due day there (2024 is due 15/01/2025)."""
    from gpa_desktop.exchange.summary_workbook import summary_rows

    with db.transaction() as session:
        save_report(session, "1.2", "STNMT", "2024", ReportValues(percent=5), received_at=datetime(2025, 1, 15, 23, 30))
        save_report(session, "1.3", "SNNPTNT", "2024", ReportValues(percent=5), received_at=datetime(2025, 1, 15, 16, 30))
        lines, _table, due = summary_rows(session, "2024")
    by_duty = {(line[1], line[3]): line for line in lines}
    assert due == "15/01/2025"
    assert by_duty["1.2", "STNMT"][12:] == (datetime(2025, 1, 16, 6, 30), "Trễ hạn")
    assert by_duty["1.3", "SNNPTNT"][12:] == (datetime(2025, 1, 15, 23, 30), "Có")


# in: preview, transactions, merge ---------------------------------------------------------------


def test_preview_shows_field_by_field_and_writes_nothing(exchange_files, exchange_db, tmp_path):
    with exchange_db.transaction() as session:
        save_report(session, "1.2", "STNMT", "2024", ReportValues(status="not_started", percent=10))
    _export(exchange_db, tmp_path / "t.xlsx")

    def fill(book, sheet, rows):
        sheet.cell(rows["1.2"], 6).value = 60
        sheet.cell(rows["13.1"], 7).value = "Mới"
        sheet.cell(rows["13.1"], 6).value = "nhiều"

    edit(tmp_path / "t.xlsx", tmp_path / "back.xlsx", fill)
    before = db_digest(exchange_db.path)
    preview = _preview(exchange_db, tmp_path / "back.xlsx")
    assert db_digest(exchange_db.path) == before
    changed = next(r for r in preview.rows if r.task == "1.2")
    assert changed.kind == "changed" and [(d.field, d.ours, d.theirs) for d in changed.diffs] == [("percent", 10, 60)]
    assert preview.count("unchanged") == len(preview.rows) - 1
    [problem] = preview.errors  # 13.1 refused whole: its percent is not a number
    assert (problem.sheet, problem.row, problem.column) == ("Báo cáo", rows_by_code(load_workbook(tmp_path / "back.xlsx")["Báo cáo"])["13.1"], "F (Tiến độ (%))")
    assert 'không phải "nhiều"' in _cli(exchange_db, "import", "--dry-run", str(tmp_path / "back.xlsx"))[1]
    assert db_digest(exchange_db.path) == before  # --dry-run writes nothing


def test_a_file_is_applied_all_or_nothing(exchange_files, exchange_db, monkeypatch):
    preview = _preview(exchange_db, exchange_files["filled"])
    before = db_digest(exchange_db.path)

    def broken(*a, **kw):
        raise OSError("disk full")

    monkeypatch.setattr(importer, "record_receipt", broken)  # fails after the reports were written
    with pytest.raises(OSError):
        apply_import(exchange_db, preview)
    assert db_digest(exchange_db.path) == before
    assert list((exchange_db.path.parent / "backups").glob("*before-import*"))  # the backup came first


def test_a_preview_gone_stale_is_not_applied(exchange_files, exchange_db):
    preview = _preview(exchange_db, exchange_files["filled"])
    with exchange_db.transaction() as session:  # the province types a value meanwhile
        save_report(session, "1.2", "STNMT", "2024", ReportValues(percent=5))
    before = db_digest(exchange_db.path)
    with pytest.raises(PreviewOutdated):
        apply_import(exchange_db, preview)
    assert db_digest(exchange_db.path) == before
    again = _preview(exchange_db, exchange_files["filled"])
    assert [(t, d.field) for t, d in again.conflicts] == [("1.2", "percent")]


def test_the_same_file_twice_in_one_batch_is_received_once(exchange_files, exchange_db, tmp_path):
    import shutil

    shutil.copy(exchange_files["filled"], tmp_path / "copy.xlsx")
    first, second = _preview(exchange_db, exchange_files["filled"]), _preview(exchange_db, tmp_path / "copy.xlsx")
    assert apply_import(exchange_db, first).receipt_id and apply_import(exchange_db, second).receipt_id is None
    with exchange_db.transaction() as session:
        assert len(list_receipts(session)) == 1


def test_cli_conflicts_skipped_unless_theirs(exchange_db, tmp_path):
    with exchange_db.transaction() as session:
        save_report(session, "1.2", "STNMT", "2024", ReportValues(percent=10))
    _export(exchange_db, tmp_path / "t.xlsx")
    with exchange_db.transaction() as session:
        save_report(session, "1.2", "STNMT", "2024", ReportValues(percent=20))
    edit(tmp_path / "t.xlsx", tmp_path / "a.xlsx", lambda b, s, rows: setattr(s.cell(rows["1.2"], 6), "value", 30))
    code, out, _ = _cli(exchange_db, "import", str(tmp_path / "a.xlsx"))
    assert code == 1 and "Tiến độ (%): 20 → 30 xung đột" in out
    assert _reports(exchange_db)[("1.2", "STNMT")].percent == 20
    edit(tmp_path / "t.xlsx", tmp_path / "b.xlsx", lambda b, s, rows: setattr(s.cell(rows["1.2"], 6), "value", 40))
    code, out, _ = _cli(exchange_db, "import", "--theirs", str(tmp_path / "b.xlsx"))
    assert code == 0 and _reports(exchange_db)[("1.2", "STNMT")].percent == 40


# who may write what -----------------------------------------------------------------------------


def test_another_period_is_refused(exchange_files, exchange_db):
    preview = _preview(exchange_db, exchange_files["filled"], agency="STNMT", period="2025")
    assert "không phải cơ quan và kỳ đã chọn" in _cli(exchange_db, "import", "--agency", "STNMT", "--period", "2025", str(exchange_files["filled"]))[1]
    assert preview.fatal is not None and "not for the agency and period given" in preview.fatal.render()


@pytest.mark.parametrize(
    ("facts", "english", "vietnamese"),
    [
        ({"template_version": 99}, "newer version of GPA Desktop", "phiên bản mới hơn"),
        ({"plan_revision": "gia-lai-2031"}, "made for another plan (gia-lai-2031)", "kế hoạch khác"),
    ],
)
def test_newer_template_and_unknown_plan_are_refused(exchange_files, exchange_db, tmp_path, facts, english, vietnamese):
    forged = reseal(exchange_files["filled"], tmp_path / "forged.xlsx", key=signing_key_of(exchange_db), **facts)
    before = db_digest(exchange_db.path)
    assert english in _preview(exchange_db, forged).fatal.render()
    code, out, _ = _cli(exchange_db, "import", str(forged))
    assert code == 1 and vietnamese in out and db_digest(exchange_db.path) == before


def test_an_altered_identity_says_so_in_vietnamese(exchange_files, exchange_db, tmp_path):
    book = load_workbook(exchange_files["filled"])
    book["_gpa"]["B3"].value = "2025"
    book.save(tmp_path / "forged.xlsx")
    code, out, _ = _cli(exchange_db, "import", str(tmp_path / "forged.xlsx"))
    assert code == 1 and "không khớp" in out


# receipts and feedback --------------------------------------------------------------------------


@pytest.mark.slow
def test_receipt_register_and_superseded_files(exchange_files, exchange_db, tmp_path):
    edit(exchange_files["filled"], tmp_path / "later.xlsx", lambda b, s, rows: setattr(s.cell(rows["1.2"], 9), "value", "Bổ sung"))
    # saved after the first copy: copies of one template are ordered by their saved time
    later = datetime.fromisoformat(saved_at(exchange_files["resaved"])) + timedelta(minutes=5)
    saved_as(tmp_path / "later.xlsx", f"{later:%Y-%m-%dT%H:%M:%S}Z")
    code, out, _ = _cli(exchange_db, "import", str(exchange_files["resaved"]), str(tmp_path / "later.xlsx"))
    assert code == 0, out
    assert len(list((exchange_db.path.parent / "backups").glob("*before-import*"))) == 1  # one backup, before the first file
    code, out, _ = _cli(exchange_db, "import", str(exchange_files["resaved"]))
    assert code == 0 and "đã nhận ngày" in out
    code, out, _ = _cli(exchange_db, "receipts", "--period", "2024")
    first, second = out.strip().splitlines()
    assert "filled.xlsx" in first and "later.xlsx" in first and "later.xlsx" in second and "STNMT" in second
    code, out, _ = _cli(exchange_db, "receipts", "--period", "2024", "--json")
    import hashlib
    import json

    receipts = json.loads(out)
    assert receipts[0]["sha256"] == hashlib.sha256(exchange_files["resaved"].read_bytes()).hexdigest()
    assert receipts[0]["superseded_by"] == "later.xlsx" and receipts[1]["superseded_by"] is None
    assert receipts[1]["applied"] == 1 and receipts[0]["applied"] == 2
    assert _cli(exchange_db, "receipts", "--period", "2023")[1] == ""


def test_feedback_workbook_marks_the_refused_cells(exchange_files, exchange_db, tmp_path):
    def spoil(book, sheet, rows):
        sheet.cell(rows["1.2"], 6).value = 150
        sheet.cell(rows["13.1"], 5).value = "Xong rồi"

    edit(exchange_files["template"], tmp_path / "bad.xlsx", spoil)
    code, out, _ = _cli(exchange_db, "import", "--feedback", str(tmp_path / "fb"), str(tmp_path / "bad.xlsx"))
    assert code == 1 and "bad-phan-hoi.xlsx" in out
    sheet = load_workbook(tmp_path / "fb" / "bad-phan-hoi.xlsx")["Báo cáo"]
    rows = rows_by_code(sheet)
    for cell in (sheet.cell(rows["1.2"], 6), sheet.cell(rows["13.1"], 5)):
        assert cell.fill.fgColor.rgb.endswith("FF9999") and cell.comment is not None
    assert "từ 0 đến 100" in sheet.cell(rows["1.2"], 6).comment.text
    assert '"Xong rồi"' in sheet.cell(rows["13.1"], 5).comment.text
    untouched = next(r for code, r in rows.items() if code not in ("1.2", "13.1"))
    assert sheet.cell(untouched, 6).comment is None and sheet.cell(untouched, 6).fill.fgColor.rgb != "00FF9999"
    assert _preview(exchange_db, tmp_path / "fb" / "bad-phan-hoi.xlsx").fatal is None  # the sender can fix it and send it back


# tolerance --------------------------------------------------------------------------------------


def test_what_other_programs_and_officers_do_to_a_file(exchange_files, exchange_db, tmp_path):
    def fill(book, sheet, rows):
        sheet.cell(rows["1.2"], 6).value = "80"  # a number typed as text
        sheet.cell(rows["1.2"], 10).value = "12,5"
        sheet.cell(rows["1.2"], 11).value = datetime(2024, 3, 15)  # Excel turned a typed date into a date
        sheet.cell(rows["13.1"], 6).value = 1  # "100%" typed into the cell: Excel stores 1 with a % format
        sheet.cell(rows["13.1"], 6).number_format = "0%"
        sheet.cell(rows["13.1"], 11).value = "15/03/2024"  # text date stays text
        sheet.protection.sheet = False
        book["_gpa"].sheet_state = "veryHidden"
        # sorted the other way round, with an extra column inserted among the read-only ones
        sheet.insert_cols(3)
        sheet.cell(4, 3).value = "Ghi chú"
        data = [[c.value for c in sheet[r]] for r in sorted(rows.values())]
        formats = {r: sheet.cell(r, 7).number_format for r in rows.values()}
        for offset, r in enumerate(sorted(rows.values())):
            target = max(rows.values()) - offset
            for c, value in enumerate(data[offset], start=1):
                sheet.cell(target, c).value = value
            sheet.cell(target, 7).number_format = formats[r]

    edit(exchange_files["template"], tmp_path / "a.xlsx", fill)
    patch_part(tmp_path / "a.xlsx", tmp_path / "wps.xlsx", "xl/worksheets/sheet1.xml", wps_dimension)
    assert b'<dimension ref="A1:A1"/>' in __import__("zipfile").ZipFile(tmp_path / "wps.xlsx").read("xl/worksheets/sheet1.xml")
    preview = _preview(exchange_db, tmp_path / "wps.xlsx")
    assert preview.fatal is None and preview.errors == [], [p.render() for p in preview.errors]
    apply_import(exchange_db, preview)
    values = _reports(exchange_db)
    assert (values[("1.2", "STNMT")].percent, values[("1.2", "STNMT")].budget, values[("1.2", "STNMT")].evidence) == (80, 12.5, "15/03/2024")
    assert (values[("13.1", "STNMT")].percent, values[("13.1", "STNMT")].evidence) == (100, "15/03/2024")


@pytest.mark.slow
def test_a_fraction_without_percent_format_and_a_whole_number_with_it(exchange_files, exchange_db, tmp_path):
    def fill(book, sheet, rows):
        sheet.cell(rows["1.2"], 6).value = 0.45  # typed 0,45: read as 45 %
        sheet.cell(rows["13.1"], 6).value = 0.3
        sheet.cell(rows["13.1"], 6).number_format = "0.0%"  # 30 %

    edit(exchange_files["template"], tmp_path / "a.xlsx", fill)
    resaved = libreoffice_resave(tmp_path / "a.xlsx", tmp_path / "lo")
    preview = _preview(exchange_db, resaved)
    assert preview.errors == []
    assert {r.task: r.diffs[0].theirs for r in preview.rows if r.diffs} == {"1.2": 45, "13.1": 30}


def test_the_xml_guard_is_checked_at_start_up(monkeypatch, db):
    import openpyxl

    monkeypatch.setattr(openpyxl, "DEFUSEDXML", False)
    code, _out, err = _cli(db, "receipts")
    assert code == 1 and "defusedxml" in err


def test_bad_usage_exits_2(db, tmp_path):
    with pytest.raises(SystemExit) as stopped:  # argparse's own complaint
        _cli(db, "import")
    assert stopped.value.code == 2
    assert _cli(db, "import", "--agency", "STNMT", str(tmp_path / "x.xlsx"))[0] == 2
    assert _cli(db, "export-template", "--period", "2024")[0] == 2


def test_the_header_row_is_found_by_its_anchor_and_old_fonts_are_flagged(exchange_files, exchange_db, tmp_path):
    from openpyxl.styles import Font

    def fill(book, sheet, rows):
        sheet.cell(rows["1.2"], 6).value = 35
        sheet.cell(rows["13.1"], 7).value = "§· lµm"  # "Đã làm", typed with an old TCVN3 font
        sheet.cell(rows["13.1"], 7).font = Font(name=".VnTime")
        sheet.protection.sheet = False
        sheet.insert_rows(1, 3)  # the officer adds a letterhead above the table

    edit(exchange_files["template"], tmp_path / "a.xlsx", fill)
    preview = _preview(exchange_db, tmp_path / "a.xlsx", legacy="convert")
    assert preview.fatal is None and preview.errors == []
    assert [(c.task, c.converted) for c in preview.legacy] == [("13.1", "Đã làm")]
    new = {r.task: r.row for r in preview.rows if r.kind == "new"}
    original = rows_by_code(load_workbook(exchange_files["template"])["Báo cáo"])
    assert new == {"1.2": original["1.2"] + 3, "13.1": original["13.1"] + 3}
    assert any("TCVN3" in w.render() for w in preview.warnings)


def test_receipt_times_are_shown_on_a_clock_in_vietnam(exchange_files, exchange_db, machine_zone):
    """Whatever zone the machine is set to, the times printed are those the deadlines are judged in."""
    apply_import(exchange_db, _preview(exchange_db, exchange_files["filled"]))
    with exchange_db.transaction() as session:
        [receipt] = list_receipts(session)
    shown = (receipt.received_at + __import__("datetime").timedelta(hours=7)).strftime("%d/%m/%Y %H:%M")
    assert _cli(exchange_db, "receipts")[1].startswith(shown)
    assert f"đã nhận ngày {shown}" in _cli(exchange_db, "import", str(exchange_files["filled"]))[1]
