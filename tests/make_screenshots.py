"""Screenshots of the main views in Vietnamese for the README, grabbed from the real window offscreen.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. python tests/make_screenshots.py [output folder]

With ``--screen NAME`` it writes only NAME.png: the plan tab filling the screen Qt was started on,
as on an officer's laptop (run under Xvfb, see README):

    Xvfb :99 -screen 0 1366x768x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=1.25 PYTHONPATH=. python tests/make_screenshots.py --screen laptop-1366x768-125

A fresh database from the built-in plan, with a few reports as officers would enter them for
2024 (some through the app, one from an imported workbook), this installation being the
province's. Writes resources/screenshots/*.png (about 1280×800, each under 300 KB).
Not a test (no test_ prefix): pytest does not collect it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
PERIOD = "2024"
SIZE_LIMIT = 300 * 1024

# (task, agency, status, percent, results, difficulties, proposals, budget, evidence)
REPORTS = [
    ("1.1", "SKHDT", "done", 100, "Đã tham mưu UBND tỉnh ban hành Kế hoạch hành động tăng trưởng xanh giai đoạn 2021 – 2030.",
     "", "", 120.0, "Quyết định số 521/QĐ-UBND"),
    ("1.2", "STNMT", "in_progress", 60, "Hoàn thành kiểm kê khí nhà kính lĩnh vực năng lượng và chất thải năm 2023.",
     "Thiếu số liệu hoạt động của một số doanh nghiệp.", "Đề nghị các sở cung cấp số liệu trước ngày 15/11.", 850.5,
     "Báo cáo số 212/BC-STNMT"),
    ("1.2", "PLEIKU", "in_progress", 40, "Rà soát các nguồn phát thải trên địa bàn thành phố.", "", "", None, ""),
    ("1.2", "ANKHE", "behind", 10, "Chưa bố trí được cán bộ chuyên trách.", "Thiếu nhân lực.", "Đề nghị tập huấn.", None, ""),
    ("1.3", "SNNPTNT", "in_progress", 50, "Cập nhật cơ sở dữ liệu thiệt hại do thiên tai 6 tháng đầu năm.", "", "", 95.0, ""),
    ("2.1", "STTTT", "done", 100, "Tổ chức 12 chuyên mục tuyên truyền về tăng trưởng xanh trên báo, đài.", "", "", 300.0, ""),
    ("3.1", "SLDTBXH", "not_started", 0, "", "Chưa có hướng dẫn của Bộ.", "", None, ""),
    ("4.2", "STC", "in_progress", 70, "Bố trí kinh phí thực hiện các nhiệm vụ tăng trưởng xanh trong dự toán 2024.", "", "", 1500.0, ""),
]


def _seed(database) -> None:
    from gpa_desktop.domain.reports import ReportValues
    from gpa_desktop.storage.changes import ChangeWriter
    from gpa_desktop.storage.reports import save_report

    for n, (task, agency, status, percent, results, difficulties, proposals, budget, evidence) in enumerate(REPORTS):
        values = ReportValues(status, percent, results, difficulties, proposals, budget, evidence)
        received = datetime(2025, 1, 6 + n) if agency != "ANKHE" else datetime(2025, 2, 3)  # due 15/01/2025; one late
        with database.transaction() as session:
            source = "import:BaoCao_STNMT_2024.xlsx" if agency == "STNMT" else "app"
            writer = ChangeWriter(session, source=source, actor="Nguyễn Thị Hoa" if agency == "STNMT" else "Trần Văn Nam")
            save_report(session, task, agency, PERIOD, values, writer=writer, received_at=received)


def _save(widget, path: Path) -> None:
    image = widget.grab().toImage()
    if not image.save(str(path), "PNG", 9):
        raise SystemExit(f"could not write {path}")
    if path.stat().st_size > SIZE_LIMIT:  # busy screens: fewer colours keep the file small and sharp
        from PySide6.QtGui import QImage

        image.convertToFormat(QImage.Format.Format_Indexed8).save(str(path), "PNG", 9)
    print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {path.stat().st_size // 1024} KB")


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from gpa_desktop.i18n import install_translators
    from gpa_desktop.operations import Workspace
    from gpa_desktop.storage.database import Database
    from gpa_desktop.ui.main_window import MainWindow
    from gpa_desktop.ui.settings import Settings

    laptop = argv[argv.index("--screen") + 1] if "--screen" in argv else None
    argv = [a for a in argv if a not in ("--screen", laptop)]
    out = Path(argv[0]) if argv else ROOT / "resources" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["gpa-desktop"])
    install_translators(app, "vi")
    folder = Path(tempfile.mkdtemp(prefix="gpa-screenshots-"))
    database = Database.open(folder / "gpa-desktop.sqlite3")
    _seed(database)
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    settings.signer_name = "Trần Văn Nam"
    window = MainWindow(Workspace(database), settings)
    if laptop:  # the screen Qt started on, whole, as the app opens there (maximised)
        window.setGeometry(window.screen().availableGeometry())
    else:
        window.resize(1280, 800)
    window.show()
    window.set_period(PERIOD)
    window.tree.setCurrentIndex(window.proxy.mapFromSource(window.model.task_index("1.2")))
    window.assigned.setCurrentIndex(window.duties.index(window.duties.row_of("STNMT"), 0))
    window.tree.scrollToTop()
    app.processEvents()
    if laptop:
        _save(window, out / f"{laptop}.png")
        window.close()
        database.close()
        return 0
    _save(window, out / "plan.png")

    window.filter_edit.setText("khi nha kinh")  # accents optional
    app.processEvents()
    _save(window, out / "filter.png")
    window.clear_filters()

    for index, name in ((1, "agencies"), (2, "completeness"), (3, "dashboard")):
        window.tabs.setCurrentIndex(index)
        view = window.tabs.currentWidget()
        if name == "agencies" and hasattr(view, "select_agency"):
            view.select_agency("STNMT")
        app.processEvents()
        _save(window, out / f"{name}.png")
    window.close()
    database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
