"""The PDFs, read back as a reader would: text, fonts, pages, and the verification round trip."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from datetime import date

import pytest

from gpa_desktop.domain.reports import ReportValues
from gpa_desktop.reports.agency_report import build_agency_report
from gpa_desktop.reports.data import ReportOptions
from gpa_desktop.reports.fonts import covered
from gpa_desktop.reports.plan_listing import build_plan_listing
from gpa_desktop.reports.province_report import build_province_report
from gpa_desktop.reports.verify import verify
from gpa_desktop.storage.plan_store import read_plan
from gpa_desktop.storage.reports import save_report

OPTIONS = ReportOptions(
    number="5", issued_on=date(2025, 1, 5), signer_name="Nguyễn Văn An", signer_title="Phó Giám đốc", signer_authority="KT. Giám đốc"
)


def pdf_text(path, first=None, last=None) -> str:
    if shutil.which("pdftotext") is None:
        pytest.fail("poppler-utils (pdftotext, pdffonts) is required; .ci/run installs it")
    args = ["pdftotext", "-layout"] + (["-f", str(first), "-l", str(last)] if first else []) + [str(path), "-"]
    return unicodedata.normalize("NFC", subprocess.run(args, capture_output=True, text=True, check=True).stdout)


def fonts(path) -> list[list[str]]:
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    return [line.split() for line in lines]


@pytest.fixture
def reported(db):
    with db.transaction() as session:
        save_report(session, "1.2", "STNMT", "2024", ReportValues(status="in_progress", percent=45, results="Đã kiểm kê khí nhà kính <b>3 huyện</b> & <img src=x>", difficulties="Thiếu kinh phí đo đạc."))
        save_report(session, "13.1", "STNMT", "2024", ReportValues(status="done", percent=100, proposals="Bổ sung biên chế."))
    return db


def test_agency_report_reads_as_an_official_document(reported, tmp_path):
    target = tmp_path / "stnmt.pdf"
    with reported.transaction() as session:
        code, pages = build_agency_report(session, "STNMT", "2024", OPTIONS, target)
        tasks = [d.task for d in read_plan(session).duties_of("STNMT", date(2024, 12, 31))]
    body = pdf_text(target)
    for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "SỞ TÀI NGUYÊN VÀ MÔI", "UBND TỈNH GIA LAI",
                     "Số: 05/BC-STNMT", "Gia Lai, ngày 05 tháng 01 năm 2025", "BÁO CÁO", "kỳ 2024", "I. KẾT QUẢ THỰC HIỆN",
                     "II. KHÓ KHĂN, VƯỚNG MẮC", "III. ĐỀ XUẤT, KIẾN NGHỊ", "Nơi nhận:", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An",
                     "Thiếu kinh phí đo đạc.", "Bổ sung biên chế.", f"Mã xác thực: {code}", "<img src=x>"):
        assert expected in body, expected
    flat = " ".join(body.split())
    assert "<b>3 huyện</b> &" in flat  # user markup printed as text, never interpreted
    for task in tasks:
        assert re.search(rf"(^|\s){re.escape(task)}[.\s]", body), task
    assert pages >= 3 and re.match(r"^[A-Z2-7]{5}-[A-Z2-7]{5}$", code)
    assert all(row[-5] == "yes" for row in fonts(target)), "every font embedded"
    assert {row[0].split("+")[-1] for row in fonts(target)} <= {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic", "LiberationSerif-BoldItalic"}
    assert covered(body) == set()


def test_the_appendix_repeats_its_header_and_numbers_pages_from_two(reported, tmp_path):
    target = tmp_path / "stnmt.pdf"
    with reported.transaction() as session:
        _code, pages = build_agency_report(session, "STNMT", "2024", OPTIONS, target)
    first = pdf_text(target, 1, 1)
    assert not re.match(r"^\s*1\s*$", first.splitlines()[0])
    appendix_pages = [p for p in range(1, pages + 1) if "Kết quả thực hiện" in pdf_text(target, p, p) and "Tiến" in pdf_text(target, p, p)]
    assert len(appendix_pages) >= 2  # the landscape table runs over pages, the header on each
    for page in range(2, pages + 1):
        assert pdf_text(target, page, page).split()[0] == str(page)


def test_same_data_same_bytes_and_code(reported, tmp_path):
    with reported.transaction() as session:
        first = build_agency_report(session, "STNMT", "2024", OPTIONS, tmp_path / "a.pdf")
        second = build_agency_report(session, "STNMT", "2024", OPTIONS, tmp_path / "b.pdf")
    assert first == second and (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()


def test_verification_round_trip(reported, tmp_path):
    with reported.transaction() as session:
        code, _ = build_agency_report(session, "STNMT", "2024", OPTIONS, tmp_path / "a.pdf")
    with reported.transaction() as session:
        assert verify(session, code.lower().replace("-", " ")).unchanged
        save_report(session, "1.2", "STNMT", "2024", ReportValues(status="in_progress", percent=60, results="Đã kiểm kê khí nhà kính <b>3 huyện</b> & <img src=x>", difficulties="Thiếu kinh phí đo đạc."))
    with reported.transaction() as session:
        verdict = verify(session, code)
        unknown = verify(session, "AAAAA-AAAAA")
    assert not verdict.unchanged
    assert [(d.key, d.field, d.then, d.now) for d in verdict.differences] == [("1.2/STNMT", "percent", 45, 60)]
    assert unknown.report is None


def test_province_report_names_who_has_not_reported(reported, tmp_path):
    target = tmp_path / "tinh.pdf"
    with reported.transaction() as session:
        code, pages = build_province_report(session, "2024", OPTIONS, target)
    body = pdf_text(target)
    flat = " ".join(body.split())
    assert "SỞ KẾ HOẠCH VÀ ĐẦU TƯ" in body and "I. TÌNH HÌNH BÁO CÁO" in body
    assert "Số báo cáo phải nộp: 1269; đã nhận: 2" in flat
    assert "UBND thành phố Pleiku" in flat and "Chưa báo cáo" in flat
    assert "Thiếu kinh phí đo đạc." in flat and pages > 5
    assert all(row[-5] == "yes" for row in fonts(target)) and covered(body) == set()


def test_plan_listing_has_every_task_in_landscape(db, tmp_path):
    target = tmp_path / "plan.pdf"
    with db.transaction() as session:
        plan = read_plan(session)
    pages = build_plan_listing(plan, target)
    body = pdf_text(target)
    assert "DANH MỤC NHIỆM VỤ, HOẠT ĐỘNG KẾ HOẠCH HÀNH ĐỘNG CỦA TỈNH GIA LAI" in body
    for task in plan.tasks():
        assert re.search(rf"(^|\s){re.escape(task.code)}\s", body), task.code
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    assert width > height and pages > 5
    assert all(pdf_text(target, p, p).count("Thời gian") >= 1 for p in (2, pages))
    assert covered(body) == set()


def test_the_cli_report_and_verify(reported, tmp_path):
    import io

    from gpa_desktop.cli import main

    reported.close()
    out = io.StringIO()
    assert main(["--db", str(reported.path), "report", "--agency", "STNMT", "--period", "2024", "-o", str(tmp_path / "r.pdf"), "--date", "05/01/2025"], out, io.StringIO()) == 0
    code = out.getvalue().strip().split()[-1]
    out = io.StringIO()
    assert main(["--db", str(reported.path), "verify", code], out, io.StringIO()) == 0
    assert "khớp" in out.getvalue()
    out = io.StringIO()
    assert main(["--db", str(reported.path), "report", "--plan", "-o", str(tmp_path / "p.pdf")], out, io.StringIO()) == 0
