"""The PDFs, read back as a reader would: text, where it sits, fonts, pages, and the verification round trip."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from datetime import date
from html import unescape

import pytest

from gpa_desktop.domain.reports import ReportValues
from gpa_desktop.reports.agency_report import build_agency_report
from gpa_desktop.reports.data import ReportOptions
from gpa_desktop.reports.fonts import FACES, covered
from gpa_desktop.reports.official import balanced, period_phrase
from gpa_desktop.reports.plan_listing import build_plan_listing
from gpa_desktop.reports.province_report import build_province_report
from gpa_desktop.reports.verify import verify
from gpa_desktop.storage.plan_store import read_plan
from gpa_desktop.storage.reports import save_report

NFD = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731 - text as a Mac keyboard sends it
OPTIONS = ReportOptions(
    number="5", issued_on=date(2025, 1, 5), signer_name=NFD("Nguyễn Văn An"), signer_title="Phó Giám đốc",
    signer_authority="KT. Giám đốc", recipients=("UBND tỉnh (b/c)", NFD("Sở Kế hoạch và Đầu tư (t/h)")),
)
LONG = "Đã kiểm kê khí nhà kính <b>3 huyện</b> & <img src=x> " + "thu thập số liệu hoạt động, hệ số phát thải; " * 40


def poppler(*args: str) -> str:
    if shutil.which(args[0]) is None:
        pytest.fail("poppler-utils (pdftotext, pdffonts, pdfinfo) is required; .ci/run installs it")
    return subprocess.run(list(args), capture_output=True, text=True, check=True).stdout


def pdf_text(path, first=None, last=None, *, raw=False, drawn_order=False) -> str:
    """The text NFC (raw: as extracted); laid out as on the page, or in the order it was drawn."""
    out = poppler("pdftotext", "-raw" if drawn_order else "-layout", *(["-f", str(first), "-l", str(last or first)] if first else []), str(path), "-")
    return out if raw else unicodedata.normalize("NFC", out)


def flat(text: str) -> str:
    return " ".join(text.split())


def region(path, page: int, x: float, y: float, w: float, h: float) -> str:
    """Text inside a rectangle of a page (points from the top left), in reading order."""
    out = poppler("pdftotext", "-f", str(page), "-l", str(page), "-x", str(int(x)), "-y", str(int(y)), "-W", str(int(w)), "-H", str(int(h)), str(path), "-")
    return flat(unicodedata.normalize("NFC", out))


def words(path, page: int) -> list[tuple[str, float, float, float, float]]:
    """(word, x0, y0, x1, y1) of each word on a page, y from the top."""
    html = poppler("pdftotext", "-f", str(page), "-l", str(page), "-bbox", str(path), "-")
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    return [(unicodedata.normalize("NFC", unescape(w)), float(a), float(b), float(c), float(d)) for a, b, c, d, w in re.findall(pattern, html)]


def page_sizes(path) -> list[tuple[float, float]]:
    info = poppler("pdfinfo", "-f", "1", "-l", "999", str(path))
    return [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)]


def fonts(path) -> list[list[str]]:
    return [line.split() for line in poppler("pdffonts", str(path)).splitlines()[2:]]


def assert_fonts_embedded_and_cover(path) -> None:
    rows = fonts(path)
    assert rows and all(row[-5] == "yes" for row in rows), "every font embedded"
    assert {row[0].split("+")[-1] for row in rows} <= {f"LiberationSerif{'-' + face if face != 'Regular' else ''}" for face in FACES.values()}
    text = pdf_text(path)
    for face in FACES:
        assert covered(text, face) == set(), face


@pytest.fixture
def reported(db):
    with db.transaction() as session:
        save_report(session, "1.2", "STNMT", "2024", ReportValues(status="in_progress", percent=45, results=LONG, difficulties="Thiếu kinh phí đo đạc < 50%."))
        save_report(session, "13.1", "STNMT", "2024", ReportValues(status="done", percent=100, budget=1250.5, proposals="Bổ sung biên chế."))
        save_report(session, "13.2", "STNMT", "2024", ReportValues(status="behind", percent=30, results=NFD("Đang lựa chọn nhà đầu tư.")))
    return db


def agency_pdf(db, tmp_path, options=OPTIONS, agency="STNMT"):
    target = tmp_path / f"{agency}.pdf"
    with db.transaction() as session:
        code, pages = build_agency_report(session, agency, "2024", options, target)
        tasks = [d.task for d in read_plan(session).duties_of(agency, date(2024, 12, 31))]
    return target, code, pages, tasks


def test_agency_report_reads_as_an_official_document(reported, tmp_path):
    target, code, pages, tasks = agency_pdf(reported, tmp_path)
    body = flat(pdf_text(target))
    for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "UBND TỈNH GIA LAI", "Số: 05/BC-STNMT",
                     "Gia Lai, ngày 05 tháng 01 năm 2025", "BÁO CÁO", "I. KẾT QUẢ THỰC HIỆN", "II. KHÓ KHĂN, VƯỚNG MẮC",
                     "III. ĐỀ XUẤT, KIẾN NGHỊ", "Nơi nhận:", "- Sở Kế hoạch và Đầu tư (t/h);", "- Lưu: VT, STNMT.", "KT. GIÁM ĐỐC",
                     "PHÓ GIÁM ĐỐC", "Nguyễn Văn An", "Sở Tài nguyên và Môi trường báo cáo", "được giao năm 2024",
                     "Thiếu kinh phí đo đạc < 50%.", "Bổ sung biên chế.", "Đang lựa chọn nhà đầu tư.", "1.250,5",
                     "PHỤ LỤC", "(Kèm theo Báo cáo số 05/BC-STNMT ngày 05 tháng 01 năm 2025 của Sở Tài nguyên và Môi trường)",
                     f"Mã xác thực: {code}", "<b>3 huyện</b> & <img src=x>", "13. Quản lý chất thải"):
        assert expected in body, expected
    raw = pdf_text(target, raw=True)
    assert "Nguyễn Văn An" in raw and not re.search("[\u0300-\u036f]", raw), "text typed decomposed is printed composed"
    appendix = [p for p, (w, h) in enumerate(page_sizes(target), start=1) if w > h]
    in_table = flat(pdf_text(target, appendix[0], appendix[-1]))
    for task in tasks:
        assert re.search(rf"(^|\s){re.escape(task)}\.\s", in_table), task  # "13.1. Triển khai …" in the appendix
    assert "Chưa báo cáo" in in_table
    assert pages == len(page_sizes(target)) >= 3 and re.match(r"^[A-Z2-7]{5}-[A-Z2-7]{5}$", code)
    assert_fonts_embedded_and_cover(target)


def test_the_header_sits_in_two_columns_with_number_and_date_on_one_row(reported, tmp_path):
    target, *_ = agency_pdf(reported, tmp_path)
    mm = 72 / 25.4
    left = region(target, 1, 30 * mm, 15 * mm, 65 * mm, 40 * mm)
    right = region(target, 1, 95 * mm, 15 * mm, 98 * mm, 40 * mm)
    assert left == "UBND TỈNH GIA LAI SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG Số: 05/BC-STNMT"  # a long name wraps inside its column
    assert right == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Gia Lai, ngày 05 tháng 01 năm 2025"
    first = words(target, 1)
    number = next(w for w in first if w[0] == "Số:")
    place = next(w for w in first if w[0] == "Gia")
    assert abs(number[4] - place[4]) < 1, "Số: and the date share a row"
    assert min(w[1] for w in first if w[2] > 150) >= 30 * mm - 1, "the left margin is 30 mm"
    assert max(w[3] for w in first if w[2] > 150) <= (210 - 17) * mm + 1, "the right margin is 17 mm"
    for word in ("TRƯỜNG", "Phúc", "năm"):
        assert any(w[0] == word or w[0].lower() == word.lower() for w in first)


def test_a_long_name_is_set_in_even_lines():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from gpa_desktop.reports.fonts import register_fonts

    bold = register_fonts() + "-Bold"
    name = "BAN QUẢN LÝ KHU KINH TẾ TỈNH GIA LAI VÀ CÁC KHU CÔNG NGHIỆP"
    lines = balanced(name, bold, 13, 180).split("<br/>")
    widths = [stringWidth(line, bold, 13) for line in lines]
    assert " ".join(lines) == name and len(lines) == 3 and max(widths) <= 180 and min(widths) > 0.6 * max(widths)
    assert balanced("SỞ Y TẾ", bold, 13, 180) == "SỞ Y TẾ"
    assert balanced("A < B", bold, 13, 180) == "A &lt; B"


def test_the_qr_carries_the_code_with_error_correction_m():
    from gpa_desktop.reports.official import verification_qr

    widget = verification_qr("ABCDE-FGH23")
    assert widget.value == "GPA-DESKTOP:ABCDE-FGH23" and widget.barLevel in ("M", "Q", "H")


def test_periods_are_named_as_a_document_names_them():
    assert [period_phrase(p) for p in ("2024", "2024-H1", "2024-H2", "2024-Q3")] == [
        "năm 2024", "6 tháng đầu năm 2024", "6 tháng cuối năm 2024", "quý III năm 2024"
    ]


def test_pages_are_numbered_at_the_top_from_two_and_the_appendix_repeats_its_header(reported, tmp_path):
    target, _code, pages, _tasks = agency_pdf(reported, tmp_path)
    sizes = page_sizes(target)
    assert sizes[0][0] < sizes[0][1] and sizes[-1][0] > sizes[-1][1], "portrait body, landscape appendix"
    for page, (width, _height) in enumerate(sizes, start=1):
        top = [w for w in words(target, page) if w[2] < 20 * 72 / 25.4]
        if page == 1:
            assert not any(w[0].isdigit() for w in top)
        else:
            (number,) = [w for w in top if w[0].isdigit()]
            assert number[0] == str(page) and abs((number[1] + number[3]) / 2 - width / 2) < 3, "centred"
    appendix = [p for p, (w, h) in enumerate(sizes, start=1) if w > h]
    assert len(appendix) >= 2, "the appendix runs over pages"
    for page in appendix:
        assert "TT Nhiệm vụ Vai trò Tình trạng Tiến độ Kết quả thực hiện" in flat(pdf_text(target, page, drawn_order=True)), page


def test_the_closing_block_stays_on_one_page(reported, tmp_path):
    target, *_ = agency_pdf(reported, tmp_path)
    closing = [p for p in range(1, len(page_sizes(target)) + 1) if "Nơi nhận:" in pdf_text(target, p)]
    assert len(closing) == 1 and {"PHÓ GIÁM ĐỐC", "Nguyễn Văn An", "Lưu: VT"} <= {
        s for s in ("PHÓ GIÁM ĐỐC", "Nguyễn Văn An", "Lưu: VT") if s in pdf_text(target, closing[0])
    }


def test_empty_sections_say_there_is_nothing(db, tmp_path):
    with db.transaction() as session:
        save_report(session, "5.1", "SKHCN", "2024", ReportValues(status="done", percent=100, results="Xong."))
    target, *_ = agency_pdf(db, tmp_path, agency="SKHCN")
    body = flat(pdf_text(target))
    assert re.search(r"II\. KHÓ KHĂN, VƯỚNG MẮC (Mã xác thực: \S+ \d+ )?Không có\. .*III\. ĐỀ XUẤT, KIẾN NGHỊ (Mã xác thực: \S+ \d+ )?Không có\.", body)


def test_every_character_a_report_prints_has_a_glyph_in_every_face(reported, tmp_path):
    """Checked on what goes in as well as on what comes out: a character the font lacks is drawn
    as an empty box and does not come back out of the PDF's text, so the output alone cannot show it."""
    from gpa_desktop.reports.data import shown_data

    target, *_ = agency_pdf(reported, tmp_path)
    with reported.transaction() as session:
        shown = shown_data(session, "2024")
    plan = shown.plan
    source = [str(v) for r in shown.rows for v in r.values()]
    source += [a.name for a in plan.agencies] + [g.title for g in plan.groups] + [x for t in plan.tasks() for x in t.activities]
    source += [unicodedata.normalize("NFC", str(v)) for v in (*OPTIONS.recipients, OPTIONS.signer_name, OPTIONS.signer_title, plan.short_title, plan.basis)]
    everything = "".join(source) + pdf_text(target)
    for face in FACES:
        assert covered(everything, face) == set(), face
    assert covered("Hợp tác với đối tác 中国 ẮẰẲẴẶỨỪỬỮỰđĐ", "-BoldItalic") == {"中", "国"}  # the check can fail


def test_same_data_same_bytes_and_code(reported, tmp_path):
    with reported.transaction() as session:
        first = build_agency_report(session, "STNMT", "2024", OPTIONS, tmp_path / "a.pdf")
        second = build_agency_report(session, "STNMT", "2024", OPTIONS, tmp_path / "b.pdf")
    undated = lambda name: re.sub(rb"D:\d{14}[+-]\d\d'\d\d'", b"D:", (tmp_path / name).read_bytes())  # noqa: E731 - the real creation time
    assert first == second and undated("a.pdf") == undated("b.pdf")
    with reported.transaction() as session:
        later = build_agency_report(session, "STNMT", "2024", ReportOptions(issued_on=date(2025, 1, 6)), tmp_path / "c.pdf")
    assert later[0] != first[0], "another date, another code"


def test_verification_round_trip(reported, tmp_path):
    with reported.transaction() as session:
        code, _ = build_agency_report(session, "STNMT", "2024", OPTIONS, tmp_path / "a.pdf")
    with reported.transaction() as session:
        assert verify(session, code.lower().replace("-", " ")).unchanged
        save_report(session, "1.2", "STNMT", "2024", ReportValues(status="in_progress", percent=60, results=LONG, difficulties="Thiếu kinh phí đo đạc < 50%."))
        save_report(session, "14.1", "STNMT", "2024", ReportValues(status="done"))
    with reported.transaction() as session:
        verdict = verify(session, code)
        unknown = verify(session, "AAAAA-AAAAA")
    assert not verdict.unchanged
    assert [(d.key, d.field, d.then, d.now) for d in verdict.differences] == [
        ("1.2/STNMT", "percent", 45, 60), ("14.1/STNMT", "reported", False, True), ("14.1/STNMT", "status", "", "Đã hoàn thành")
    ]
    assert unknown.report is None
    from gpa_desktop.reports.verification import describe

    assert [describe(d) for d in verdict.differences] == [
        "Nhiệm vụ 1.2 – STNMT – Tiến độ: 45% → 60%", "Nhiệm vụ 14.1 – STNMT – Báo cáo: chưa nhận → đã nhận",
        "Nhiệm vụ 14.1 – STNMT – Tình trạng: — → Đã hoàn thành",
    ]


def test_the_same_difficulty_from_several_agencies_is_said_once():
    from gpa_desktop.reports.province_report import gathered

    rows = [
        {"agency": "SYT", "task": "1.1", "difficulties": "Thiếu kinh phí."},
        {"agency": "BDT", "task": "1.1", "difficulties": "thiếu  kinh phí"},
        {"agency": "SYT", "task": "1.2", "difficulties": "Thiếu kinh phí."},
        {"agency": "STNMT", "task": "1.2", "difficulties": "Số liệu phân tán."},
    ]
    names = {"SYT": "Sở Y tế", "BDT": "Ban Dân tộc", "STNMT": "Sở Tài nguyên và Môi trường"}
    assert gathered(rows, "difficulties", names.get) == [
        "- Thiếu kinh phí. (Sở Y tế – nhiệm vụ 1.1, 1.2; Ban Dân tộc – nhiệm vụ 1.1)",
        "- Sở Tài nguyên và Môi trường (nhiệm vụ 1.2): Số liệu phân tán.",
    ]


@pytest.mark.slow
def test_a_province_report_is_verified_against_every_agency(reported, tmp_path):
    with reported.transaction() as session:
        code, _ = build_province_report(session, "2024", OPTIONS, tmp_path / "p.pdf")
    with reported.transaction() as session:
        assert verify(session, code).unchanged
        save_report(session, "5.1", "PLEIKU", "2024", ReportValues(status="in_progress", percent=30))
    with reported.transaction() as session:
        verdict = verify(session, code)
    assert verdict.report.kind == "province" and verdict.report.agency is None
    assert [(d.key, d.field, d.then, d.now) for d in verdict.differences] == [
        ("5.1/PLEIKU", "percent", None, 30), ("5.1/PLEIKU", "reported", False, True), ("5.1/PLEIKU", "status", "", "Đang thực hiện")
    ]


@pytest.mark.slow
def test_province_report_names_who_has_not_reported(reported, tmp_path):
    target = tmp_path / "tinh.pdf"
    with reported.transaction() as session:
        code, pages = build_province_report(session, "2024", OPTIONS, target)
        plan = read_plan(session)
    body = flat(pdf_text(target))
    assert "SỞ KẾ HOẠCH VÀ ĐẦU TƯ" in body and "Số: 05/BC-SKHDT" in body and "I. TÌNH HÌNH BÁO CÁO" in body
    assert "Số báo cáo phải nộp (nhiệm vụ – cơ quan): 1.269; đã nhận: 3 (0,2%)" in body
    assert "Cơ quan, đơn vị chưa báo cáo đầy đủ (38):" in body and "Cơ quan, đơn vị có báo cáo nộp trễ hạn (1): TT Cơ quan, đơn vị Đúng hạn Trễ hạn 1 Sở Tài nguyên và Môi trường 0 3" in body  # received today
    assert re.search(r"\d+ UBND thành phố Pleiku 64 0 64", body) and re.search(r"\d+ Sở Tài nguyên và Môi trường 16 3 13", body)
    assert "Tổng cộng 0 1 1 1 0 1.266" in body  # status counts by group: the total row (none without a status)
    assert "Biểu đồ: Tình trạng thực hiện theo nhóm nhiệm vụ, năm 2024" in body
    assert "Nhóm 1. Xây dựng và hoàn thiện thể chế" in body and "- Sở Tài nguyên và Môi trường (nhiệm vụ 1.2): Thiếu kinh phí đo đạc < 50%." in body
    assert "IV. ĐỀ XUẤT, KIẾN NGHỊ Nhóm 13. Quản lý chất thải - Sở Tài nguyên và Môi trường (nhiệm vụ 13.1): Bổ sung biên chế." in body
    sizes = page_sizes(target)
    appendix = [p for p, (w, h) in enumerate(sizes, start=1) if w > h]
    assert pages == len(sizes) and len(appendix) > 20
    for page in appendix:
        assert "TT Cơ quan Vai trò Tình trạng Tiến độ Kết quả thực hiện" in flat(pdf_text(target, page, drawn_order=True)), page
    table = flat(pdf_text(target, appendix[0], appendix[-1]))
    for task in plan.tasks():
        assert re.search(rf"(^|\s){re.escape(task.code)}\s", table), task.code
    assert_fonts_embedded_and_cover(target)


def test_plan_listing_has_every_task_in_landscape(db, tmp_path):
    target = tmp_path / "plan.pdf"
    with db.transaction() as session:
        plan = read_plan(session)
    pages = build_plan_listing(plan, target)
    body = pdf_text(target)
    assert "DANH MỤC NHIỆM VỤ, HOẠT ĐỘNG KẾ HOẠCH HÀNH ĐỘNG CỦA TỈNH GIA LAI" in flat(body)
    for task in plan.tasks():
        assert re.search(rf"(^|\s){re.escape(task.code)}\s", body), task.code
    sizes = page_sizes(target)
    assert pages == len(sizes) > 5 and all(w > h for w, h in sizes)
    for page in range(1, pages + 1):
        assert "TT Nhiệm vụ, hoạt động cụ thể Chủ trì Phối hợp" in flat(pdf_text(target, page, drawn_order=True)), page
    assert_fonts_embedded_and_cover(target)


@pytest.mark.slow
def test_the_cli_report_and_verify(reported, tmp_path):
    import io

    from gpa_desktop.cli import main

    reported.close()
    out = io.StringIO()
    assert main(["--db", str(reported.path), "report", "--agency", "STNMT", "--period", "2024", "-o", str(tmp_path / "r.pdf"), "--date", "05/01/2025",
                 "--signer", NFD("Trần Thị Bình")], out, io.StringIO()) == 0
    code = out.getvalue().strip().split()[-1]
    assert "Trần Thị Bình" in flat(pdf_text(tmp_path / "r.pdf"))
    out = io.StringIO()
    assert main(["--db", str(reported.path), "verify", code], out, io.StringIO()) == 0
    assert "khớp" in out.getvalue()
    from gpa_desktop.storage.database import Database

    database = Database.open(reported.path)
    with database.transaction() as session:
        save_report(session, "13.1", "STNMT", "2024", ReportValues(status="done", percent=100, budget=1300, proposals="Bổ sung biên chế."))
    database.close()
    out = io.StringIO()
    assert main(["--db", str(reported.path), "verify", code], out, io.StringIO()) == 1
    assert out.getvalue().splitlines()[1:] == ["  Nhiệm vụ 13.1 – STNMT – Kinh phí (tr.đ): 1.250,5 → 1.300"]
    out = io.StringIO()
    assert main(["--db", str(reported.path), "report", "--period", "2024", "-o", str(tmp_path / "t.pdf")], out, io.StringIO()) == 0
    assert main(["--db", str(reported.path), "report", "--plan", "-o", str(tmp_path / "p.pdf")], out, io.StringIO()) == 0
    assert main(["--db", str(reported.path), "report", "--agency", "NHNN", "--period", "2024", "-o", str(tmp_path / "n.pdf"),
                 "--supervising", "Ngân hàng Nhà nước Việt Nam"], out, io.StringIO()) == 0
    mm = 72 / 25.4
    assert region(tmp_path / "n.pdf", 1, 30 * mm, 15 * mm, 65 * mm, 45 * mm).startswith("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM NGÂN HÀNG NHÀ NƯỚC VIỆT NAM CHI NHÁNH")
    assert (tmp_path / "t.pdf").stat().st_size > 0 and (tmp_path / "p.pdf").stat().st_size > 0


def test_a_long_table_keeps_every_row_once_in_order_with_its_header_and_no_group_row_last(tmp_path):
    from gpa_desktop.reports.official import build_document, styles
    from gpa_desktop.reports.tables import long_table

    rows, groups = [], set()
    for g in range(1, 31):
        groups.add(len(rows))
        rows.append([f"G{g}", f"Nhóm số {g}"])
        for r in range(1, 9 + g % 5):
            tall = " ".join(["kết quả"] * 2500) if (g, r) == (7, 2) else ""  # a row taller than a page
            rows.append([f"R{g}x{r}", f"Cơ quan {r}", tall])
    target = tmp_path / "t.pdf"
    pages = build_document(target, title="t", author="t", code=None, portrait_story=[],
                           landscape_story=[long_table(["TT", "Cơ quan", "Kết quả"], rows, [20, 60, 180], styles(), groups)], start_landscape=True)
    seen = []
    for page in range(1, pages + 1):
        text = flat(pdf_text(target, page, drawn_order=True))
        assert text.count("TT Cơ quan Kết quả") == 1, page  # the header once, at the top of every page
        labels = re.findall(r"\b([GR]\d+(?:x\d+)?)\b", text)
        assert labels or "kết quả kết quả" in text, page  # a page of the tall row's continuation has no label
        assert not labels or not labels[-1].startswith("G"), f"page {page} ends on a group row"
        seen += labels
    assert seen == [row[0] for row in rows]
    assert pages > 10


@pytest.mark.slow
def test_no_page_ends_on_a_heading(db, tmp_path):
    """Every agency's report, some with long texts so that page breaks fall in many places."""
    with db.transaction() as session:
        plan = read_plan(session)
        agencies = sorted({d.agency for d in plan.duties(date(2024, 12, 31))})
        for n, duty in enumerate(plan.duties(date(2024, 12, 31))):
            if n % 3 == 0:
                save_report(session, duty.task, duty.agency, "2024",
                            ReportValues(status="in_progress", results="Đã triển khai. " * (n % 17 + 1), difficulties="Thiếu kinh phí. " * (n % 5)))
    heading = re.compile(r"^\s*((I|II|III)\. [A-ZĐ]|\d+\. \S)")
    checked = 0
    for agency in agencies:
        target = tmp_path / f"{agency}.pdf"
        with db.transaction() as session:
            _code, pages = build_agency_report(session, agency, "2024", OPTIONS, target)
        for page, (width, height) in enumerate(page_sizes(target), start=1):
            if width > height or page == pages:
                continue
            lines = [line for line in pdf_text(target, page).splitlines() if line.strip() and not line.startswith("Mã xác thực")]
            assert not heading.match(lines[-1]), f"{agency} page {page} ends on: {lines[-1].strip()}"
            checked += 1
    assert checked > 20
