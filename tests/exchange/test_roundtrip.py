"""Export → fill → re-save through LibreOffice → import: the values arrive, and nothing else does."""

from __future__ import annotations

import shutil
import unicodedata

import pytest
from openpyxl import load_workbook

from gpa_desktop.domain.reports import ReportValues
from gpa_desktop.exchange.importer import apply_import, preview_import
from gpa_desktop.exchange.layout import STATUS_LIST_NAME
from gpa_desktop.exchange.template import export_template
from gpa_desktop.storage.completeness import period_completeness
from gpa_desktop.storage.reports import read_reports, save_report


def _reports(db, period="2024"):
    with db.transaction() as session:
        return {(r.task, r.agency): r for r in read_reports(session, period)}


def _preview(db, path, **kw):
    with db.transaction() as session:
        return preview_import(session, path, **kw)


@pytest.mark.parametrize("which", ["filled", pytest.param("resaved", marks=pytest.mark.slow)])
def test_an_officers_workbook_arrives_whole(exchange_files, exchange_db, which):
    preview = _preview(exchange_db, exchange_files[which])
    assert preview.fatal is None and preview.errors == []
    assert (preview.agency, preview.period) == ("STNMT", "2024")
    assert {r.task: r.kind for r in preview.rows if r.kind != "unchanged"} == {"1.2": "new", "13.1": "new"}
    outcome = apply_import(exchange_db, preview)
    assert outcome.applied == 2 and outcome.backup.exists()
    reports = _reports(exchange_db)
    first = reports[("1.2", "STNMT")].values
    assert (first.status, first.percent, first.budget) == ("in_progress", 80, 1234.5)
    assert first.results == "Đã kiểm kê khí nhà kính 3 huyện" and unicodedata.is_normalized("NFC", first.results)
    assert first.evidence == "Số 12/BC-STNMT ngày 15/03/2024"
    second = reports[("13.1", "STNMT")].values
    assert (second.status, second.percent, second.difficulties) == ("done", 80, "=Thiếu kinh phí")
    with exchange_db.transaction() as session:
        stnmt = next(a for a in period_completeness(session, "2024").agencies if a.agency == "STNMT")
    assert stnmt.received == 2


@pytest.mark.slow
def test_the_template_is_what_officers_need(exchange_files):
    book = load_workbook(exchange_files["resaved"])  # after LibreOffice, too
    sheet = book["Báo cáo"]
    headers = [c.value for c in sheet[4]]
    assert headers[:11] == [
        "Mã nhiệm vụ", "Nhiệm vụ", "Vai trò", "Thời hạn", "Tình trạng", "Tiến độ (%)", "Kết quả thực hiện",
        "Khó khăn, vướng mắc", "Đề xuất, kiến nghị", "Kinh phí (triệu đồng)", "Văn bản, minh chứng",
    ]
    assert STATUS_LIST_NAME in book.defined_names
    original = load_workbook(exchange_files["template"])["Báo cáo"]
    assert original.protection.sheet and original.freeze_panes == "B5"
    assert original.cell(5, 5).protection.locked is False and original.cell(5, 2).protection.locked is True
    assert {dv.type for dv in original.data_validations.dataValidation} == {"list", "whole", "decimal"}
    assert original.page_setup.orientation == "landscape"


def test_reimporting_the_same_file_changes_nothing(exchange_files, exchange_db):
    apply_import(exchange_db, _preview(exchange_db, exchange_files["filled"]))
    before = _reports(exchange_db)
    again = _preview(exchange_db, exchange_files["filled"])
    assert again.already_received is not None
    assert apply_import(exchange_db, again).receipt_id is None and _reports(exchange_db) == before


def test_three_way_merge_keeps_the_provinces_edit_and_flags_conflicts(exchange_db, tmp_path):
    with exchange_db.transaction() as session:
        save_report(session, "1.2", "STNMT", "2024", ReportValues(percent=10, results="Bản đầu"))
        export_template(session, "STNMT", "2024", tmp_path / "t.xlsx", exchange_db.installation_id)
        # after export the province corrects two fields itself
        save_report(session, "1.2", "STNMT", "2024", ReportValues(percent=20, results="Bản đầu", evidence="Số 3/BC"))
    book = load_workbook(tmp_path / "t.xlsx")
    sheet = book["Báo cáo"]
    row = next(r for r in range(5, sheet.max_row + 1) if sheet.cell(r, 1).value == "1.2")
    sheet.cell(row, 6).value = 30  # the agency changes percent too: a conflict
    sheet.cell(row, 7).value = "Bản của cơ quan"  # only the agency changed results: applied
    book.save(tmp_path / "back.xlsx")
    preview = _preview(exchange_db, tmp_path / "back.xlsx")
    assert [(task, d.field, d.ours, d.theirs) for task, d in preview.conflicts] == [("1.2", "percent", 20, 30)]
    apply_import(exchange_db, preview)  # conflicts skipped by default
    values = _reports(exchange_db)[("1.2", "STNMT")].values
    assert (values.percent, values.results, values.evidence) == (20, "Bản của cơ quan", "Số 3/BC")

    shutil.copy(tmp_path / "back.xlsx", tmp_path / "back-again.xlsx")
    book = load_workbook(tmp_path / "back-again.xlsx")
    book["Báo cáo"].cell(row, 9).value = "Đề xuất mới"  # a different file: not "already received"
    book["Báo cáo"].cell(row, 6).value = 40  # the agency corrects its percent again: a conflict with the province's 20 again
    book.save(tmp_path / "back-again.xlsx")
    again = _preview(exchange_db, tmp_path / "back-again.xlsx")
    # the base of the agency's re-send is its earlier copy: only what it corrected since is new
    assert [(d.field, d.decision.value) for r in again.rows for d in r.diffs if d.decision.value != "keep"] == [("percent", "conflict"), ("proposals", "apply")]
    apply_import(exchange_db, again, theirs=True)
    assert _reports(exchange_db)[("1.2", "STNMT")].values.percent == 40


def test_a_workbook_writes_only_its_agencys_tasks_and_period(exchange_files, exchange_db, tmp_path):
    book = load_workbook(exchange_files["template"])
    sheet = book["Báo cáo"]
    sheet.cell(5, 1).value = "9.1"  # a task STNMT is not assigned to
    sheet.cell(5, 6).value = 50
    sheet.cell(6, 5).value = "Xong rồi"  # not a status
    sheet.cell(7, 6).value = 120
    book.save(tmp_path / "bad.xlsx")
    preview = _preview(exchange_db, tmp_path / "bad.xlsx")
    messages = [p.render() for p in preview.errors]
    assert any("not assigned to task 9.1" in m for m in messages)
    assert any('"Xong rồi" is not a status' in m for m in messages)
    assert any("whole number from 0 to 100" in m for m in messages)
    assert all(p.row for p in preview.errors)
    outcome = apply_import(exchange_db, preview)
    assert outcome.rejected == 3 and not any(agency != "STNMT" for _t, agency in _reports(exchange_db))


def test_a_formula_in_an_input_cell_is_reported_not_evaluated(exchange_files, exchange_db, tmp_path):
    book = load_workbook(exchange_files["template"])
    book["Báo cáo"].cell(5, 6).value = "=40+40"
    book.save(tmp_path / "formula.xlsx")
    preview = _preview(exchange_db, tmp_path / "formula.xlsx")
    assert [p.column.split()[0] for p in preview.errors] == ["F"] and "formula" in preview.errors[0].render()


def test_an_altered_identity_is_refused(exchange_files, exchange_db, tmp_path):
    book = load_workbook(exchange_files["template"])
    book["_gpa"]["B2"].value = "SCT"  # pretend to be another agency
    book.save(tmp_path / "forged.xlsx")
    preview = _preview(exchange_db, tmp_path / "forged.xlsx")
    assert preview.fatal is not None and "does not match its content" in preview.fatal.render()


def test_a_workbook_without_identity_needs_agency_and_period(exchange_files, exchange_db, tmp_path):
    book = load_workbook(exchange_files["filled"])
    del book["_gpa"]
    book.save(tmp_path / "pasted.xlsx")
    assert "lost the data" in _preview(exchange_db, tmp_path / "pasted.xlsx").fatal.render()
    preview = _preview(exchange_db, tmp_path / "pasted.xlsx", agency="Sở Tài nguyên môi trường", period="2024")
    assert preview.fatal is None and preview.agency == "STNMT"
    apply_import(exchange_db, preview)
    assert _reports(exchange_db)[("1.2", "STNMT")].values.percent == 80


def test_receipt_time_decides_on_time(exchange_files, exchange_db):
    from gpa_desktop.storage.receipts import list_receipts

    apply_import(exchange_db, _preview(exchange_db, exchange_files["filled"]))
    with exchange_db.transaction() as session:
        [receipt] = list_receipts(session, "2024")
        completeness = period_completeness(session, "2024")
    report = _reports(exchange_db)[("1.2", "STNMT")]
    assert report.received_at == receipt.received_at
    stnmt = next(a for a in completeness.agencies if a.agency == "STNMT")
    assert "1.2" in stnmt.late  # received today, long after 15/01/2025
