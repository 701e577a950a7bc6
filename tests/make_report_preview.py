"""Render the first page of an agency report for the README, from a fresh database with realistic reports.

Run: PYTHONPATH=. python tests/make_report_preview.py [--keep FOLDER]
Writes resources/screenshots/report-agency.png (100 dpi, palette PNG). With --keep, also leaves the
agency, province and plan PDFs in FOLDER to look at. Needs poppler-utils (pdftoppm) and Pillow.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
import unicodedata
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "resources" / "screenshots" / "report-agency.png"

# What an officer of the Department of Natural Resources and Environment might enter for 2024:
# long text, a "<" that must print as itself, and text typed on a Mac (decomposed, NFD).
STNMT_2024 = {
    "1.2": dict(
        status="in_progress", percent=60, budget=1250.5,
        results="Hoàn thành kiểm kê khí nhà kính năm 2022 cho 3 lĩnh vực (năng lượng, chất thải, nông nghiệp); "
        "lượng phát thải < 5% so với kịch bản phát triển thông thường. Đã tổ chức 02 hội nghị tập huấn cho 120 lượt cán bộ "
        "cấp huyện về phương pháp kiểm kê, thu thập số liệu hoạt động và hệ số phát thải theo hướng dẫn của Bộ.",
        difficulties="Số liệu hoạt động của các cơ sở phát thải còn phân tán, chưa có cơ sở dữ liệu dùng chung; "
        "đội ngũ cán bộ làm công tác biến đổi khí hậu ở cấp huyện còn mỏng, kiêm nhiệm.",
        proposals="Đề nghị UBND tỉnh bố trí kinh phí xây dựng cơ sở dữ liệu kiểm kê khí nhà kính dùng chung của tỉnh.",
        evidence="Số 12/BC-STNMT",
    ),
    "13.1": dict(status="done", percent=100, budget=320,
                 results="Đã ban hành Kế hoạch thu gom, xử lý chất thải rắn sinh hoạt; tỷ lệ thu gom tại đô thị đạt 92%."),
    "13.2": dict(status="behind", percent=35,
                 results=unicodedata.normalize("NFD", "Dự án nhà máy xử lý chất thải rắn tại thành phố Pleiku đang lựa chọn nhà đầu tư."),
                 difficulties=unicodedata.normalize("NFD", "Vướng mắc về mặt bằng, người dân chưa đồng thuận với vị trí bãi chôn lấp.")),
    "14.1": dict(status="in_progress", percent=50,
                 results="Rà soát hiện trạng sử dụng đất rừng; trồng mới 1.250 ha rừng tập trung."),
    "15.1": dict(status="in_progress", percent=70,
                 results="Cấp 18 giấy phép khai thác, sử dụng tài nguyên nước; kiểm tra 25 cơ sở xả nước thải."),
    "16.1": dict(status="not_started", percent=0, proposals="Đề nghị Bộ Tài nguyên và Môi trường ban hành hướng dẫn cấp nhãn sinh thái."),
    "2.1": dict(status="done", percent=100, results="Phối hợp Sở Kế hoạch và Đầu tư lồng ghép mục tiêu tăng trưởng xanh vào kế hoạch năm 2025."),
}


def seed(session) -> None:
    """STNMT's 2024 reports, and a few from other agencies (one of them late) for the province report."""
    from gpa_desktop.domain.reports import ReportValues
    from gpa_desktop.storage.reports import save_report

    for task, values in STNMT_2024.items():
        save_report(session, task, "STNMT", "2024", ReportValues(**values), received_at=datetime(2025, 1, 3, 9))
    others = [
        ("1.1", "SKHDT", "done", 100, "Đã ban hành Kế hoạch số 45/KH-UBND triển khai tăng trưởng xanh.", "", ""),
        ("3.1", "SCT", "in_progress", 40, "Phát triển 250 MW điện mặt trời mái nhà.", "Lưới điện truyền tải quá tải vào giờ cao điểm.", "Đề nghị EVN nâng cấp trạm biến áp 110 kV."),
        ("4.1", "SNNPTNT", "in_progress", 55, "Chuyển đổi 1.200 ha cà phê sang canh tác bền vững.", "", "Hỗ trợ chứng nhận hữu cơ cho hợp tác xã."),
        ("10.7", "SGTVT", "behind", 20, "", "Chưa bố trí được vốn đầu tư bến xe buýt điện.", ""),
        ("5.1", "PLEIKU", "in_progress", 30, "Trồng 5.000 cây xanh đô thị.", "", ""),
    ]
    for task, agency, status, percent, results, difficulties, proposals in others:
        received = datetime(2025, 2, 20) if agency == "SGTVT" else datetime(2025, 1, 10)
        save_report(session, task, agency, "2024", ReportValues(status, percent, results, difficulties, proposals), received_at=received)


OPTIONS = dict(
    number="12", issued_on=date(2025, 1, 15), signer_name="Nguyễn Văn An", signer_title="PHÓ GIÁM ĐỐC",
    signer_authority="KT. GIÁM ĐỐC", recipients=("UBND tỉnh (b/c)", "Sở Kế hoạch và Đầu tư (t/h)", "Giám đốc, các PGĐ Sở"),
)


def build_all(folder: Path) -> dict[str, Path]:
    from gpa_desktop.reports.agency_report import build_agency_report
    from gpa_desktop.reports.data import ReportOptions
    from gpa_desktop.reports.plan_listing import build_plan_listing
    from gpa_desktop.reports.province_report import build_province_report
    from gpa_desktop.storage.database import Database
    from gpa_desktop.storage.plan_store import read_plan

    for stale in folder.glob("preview.sqlite3*"):  # always the same data: a fresh database each run
        stale.unlink()
    db = Database.open(folder / "preview.sqlite3")
    out = {name: folder / f"{name}.pdf" for name in ("agency", "province", "plan")}
    try:
        with db.transaction() as session:
            seed(session)
        with db.transaction() as session:
            build_agency_report(session, "STNMT", "2024", ReportOptions(**OPTIONS), out["agency"])
            build_province_report(session, "2024", ReportOptions(**{**OPTIONS, "recipients": ("UBND tỉnh (b/c)", "Các Sở, ban, ngành")}), out["province"])
            build_plan_listing(read_plan(session), out["plan"])
    finally:
        db.close()
    return out


def main() -> None:
    from PIL import Image

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="leave the PDFs in this folder")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="gpa-preview-"))
    folder.mkdir(parents=True, exist_ok=True)
    pdfs = build_all(folder)
    subprocess.run(["pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile", str(pdfs["agency"]), str(folder / "page1")], check=True)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    # a black-and-white document needs few colours: a palette PNG keeps it small for the repository
    Image.open(folder / "page1.png").convert("RGB").quantize(colors=16).save(TARGET, optimize=True)
    print(f"{TARGET.relative_to(ROOT)}: {TARGET.stat().st_size // 1024} KB")
    if not args.keep:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
