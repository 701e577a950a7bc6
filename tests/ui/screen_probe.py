"""Open every window and dialog of the app on the screen Qt was started with and report what does
not fit: a window beyond the screen's available area, a button or input cut off by its dialog (or
squeezed below its own minimum), toolbar actions pushed into the overflow, clipped headers.

    QT_QPA_PLATFORM=offscreen:configfile=screen.json QT_SCALE_FACTOR=1.25 python -m tests.ui.screen_probe DB OUT.json

Run by tests/ui/test_fits_the_screen.py in a child process per screen (a QApplication's screens
are fixed when it starts). Not a test itself. Every QDialog and QMainWindow class under
gpa_desktop/ui is found by scanning the package: one without a way to open it here is reported.
"""

from __future__ import annotations

import importlib
import inspect
import json
import os
import pkgutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSettings, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QScrollBar,
    QStatusBar,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
)

INPUTS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView, QTabBar)
problems: list[str] = []
covered: set[str] = set()
SHOTS = Path(os.environ["GPA_PROBE_SHOTS"]) if os.environ.get("GPA_PROBE_SHOTS") else None


def window_classes() -> dict[str, type]:
    """Every dialog and main window defined under gpa_desktop/ui."""
    import gpa_desktop.ui as ui

    found = {}
    for info in pkgutil.iter_modules(ui.__path__):
        module = importlib.import_module(f"gpa_desktop.ui.{info.name}")
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, (QDialog, QMainWindow)) and cls.__module__ == module.__name__:
                found[cls.__name__] = cls
    return found


def _rect_in(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _inside_scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    """The scroll area whose content *widget* is part of (reached by scrolling), if any."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            return area
        child, parent = parent, parent.parentWidget()
    return None


def _part_of_an_input(widget: QWidget, window: QWidget) -> bool:
    """A combo box's line edit, a spin box's, a tab bar's arrows, a scroll bar: checked with their owner."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar, QLineEdit, QToolBar)) or (
            isinstance(parent, QAbstractScrollArea) and not isinstance(widget, QAbstractScrollArea) and _inside_scroll_area(widget) is None
        ):
            return True
        parent = parent.parentWidget()
    return isinstance(widget, (QScrollBar, QHeaderView))


def _describe(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__} {widget.objectName() or ''} {text!r}".strip()


def check(window: QWidget, name: str) -> None:
    """Record every way *window* does not fit its screen."""
    QApplication.processEvents()
    screen = window.screen() or QApplication.primaryScreen()
    area = screen.availableGeometry()
    if screen.devicePixelRatio() % 1:  # at 125 % the frame's 2 device pixels round to 1.6 logical ones
        area = area.adjusted(-1, -1, 1, 1)
    frame = window.frameGeometry()
    if not area.contains(frame):
        problems.append(f"{name}: the window {frame.width()}×{frame.height()} at {frame.x()},{frame.y()} is not inside the screen's {area.width()}×{area.height()}")
    hint = window.minimumSizeHint()
    if hint.width() > area.width() or hint.height() > area.height():
        problems.append(f"{name}: asks for at least {hint.width()}×{hint.height()}, the screen offers {area.width()}×{area.height()}")
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisibleTo(window) or _part_of_an_input(widget, window):
            continue
        what = f"{name}: {_describe(widget)}"
        if widget.width() <= 0 or widget.height() <= 0:
            problems.append(f"{what} has no room ({widget.width()}×{widget.height()})")
            continue
        if isinstance(widget, QAbstractButton) and not isinstance(widget.parentWidget(), QTabBar):
            least = widget.minimumSizeHint()
            if widget.width() < least.width() or widget.height() < least.height():
                problems.append(f"{what} is squeezed to {widget.width()}×{widget.height()}, below {least.width()}×{least.height()}")
        elif isinstance(widget, (QLineEdit, QComboBox, QAbstractSpinBox)) and widget.height() < widget.minimumSizeHint().height():
            problems.append(f"{what} is squeezed to a height of {widget.height()}")
        rect, parent = _rect_in(widget, window), widget.parentWidget()
        while parent is not None and parent is not window:
            area_of_parent = parent.parentWidget()
            if isinstance(area_of_parent, QAbstractScrollArea) and parent is area_of_parent.viewport():
                break  # scrolled into view: its scroll area is checked in its own right
            if not _rect_in(parent, window).contains(rect):
                problems.append(f"{what} is cut off by {type(parent).__name__} {parent.objectName()}")
                break
            parent = parent.parentWidget()
        else:
            if not window.rect().contains(rect):
                problems.append(f"{what} lies outside the window ({rect.x()},{rect.y()} {rect.width()}×{rect.height()} in {window.width()}×{window.height()})")
    for bar in window.findChildren(QToolBar):
        extension = bar.findChild(QAbstractButton, "qt_toolbar_ext_button")
        if bar.isVisibleTo(window) and extension is not None and extension.isVisibleTo(window):
            problems.append(f"{name}: the toolbar {bar.objectName()} pushes actions into its overflow menu")
    for status in window.findChildren(QStatusBar):
        if status.isVisibleTo(window) and not window.rect().contains(_rect_in(status, window)):
            problems.append(f"{name}: the status bar lies outside the window")
    for header in window.findChildren(QHeaderView):
        if not header.isVisibleTo(window) or header.orientation().name != "Horizontal":
            continue
        view = header.parentWidget()
        for section in range(header.count()):
            if header.isSectionHidden(section) or header.sectionResizeMode(section) == QHeaderView.ResizeMode.Stretch:
                continue
            needed = header.sectionSizeFromContents(section).width()
            if header.sectionSize(section) < needed:
                label = header.model().headerData(section, header.orientation())
                problems.append(f"{name}: the header {label!r} of {type(view).__name__} {view.objectName()} is clipped ({header.sectionSize(section)} < {needed})")


def show(window: QWidget, name: str, prepare: Callable[[QWidget], None] | None = None) -> None:
    """Open *window* as the app does (its own size rules apply), check it, close it."""
    window.show()
    QApplication.processEvents()
    if prepare is not None:
        prepare(window)
    check(window, name)
    if SHOTS is not None:  # to look at what was checked
        window.grab().save(str(SHOTS / f"{len(covered):02d}-{name.replace(' ', '_').replace(',', '')}.png"))
    window.close()
    covered.add(type(window).__name__)


def _filled_workbooks(ws, folder: Path) -> list[Path]:
    """A returned workbook with new values and one conflict, and one that is not a workbook at all."""
    from openpyxl import load_workbook

    from gpa_desktop.domain.reports import ReportValues
    from gpa_desktop.operations.exchange import export_templates
    from gpa_desktop.operations.reports import set_report

    set_report(ws, "1.2", "STNMT", "2024", ReportValues(percent=10))
    template = export_templates(ws, "2024", lambda code: folder / "stnmt.xlsx", agencies=["STNMT"])[0].path
    set_report(ws, "1.2", "STNMT", "2024", ReportValues(percent=20))
    book = load_workbook(template)
    sheet = book["Báo cáo"]
    rows = {sheet.cell(r, 1).value: r for r in range(5, sheet.max_row + 1)}
    sheet.cell(rows["1.2"], 6).value = 30
    sheet.cell(rows["13.1"], 7).value = "Đã ban hành kế hoạch thu gom, xử lý chất thải rắn sinh hoạt trên địa bàn tỉnh"
    book.save(folder / "BaoCao_STNMT_2024_da_dien.xlsx")
    (folder / "not-a-workbook.xlsx").write_bytes(b"hello")
    return [folder / "BaoCao_STNMT_2024_da_dien.xlsx", folder / "not-a-workbook.xlsx"]


def windows(ws, settings, folder: Path) -> Iterator[tuple[str, Callable[[], QWidget], Callable | None]]:
    """(name, how to make it, what to do before checking) for every window of the app."""
    from gpa_desktop.ui.main_window import MainWindow

    main = MainWindow(ws, settings)
    main.set_period("2024")

    def plan_tab(window) -> None:
        window.tree.setCurrentIndex(window.proxy.mapFromSource(window.model.task_index("1.2")))
        window.assigned.setCurrentIndex(window.duties.index(window.duties.row_of("STNMT"), 0))
        window.form.results.setPlainText("Hoàn thành kiểm kê khí nhà kính năm 2022 cho 3 lĩnh vực (năng lượng, chất thải, nông nghiệp).")
        window.form.commit()  # an undo step with a long name: its label must not push the toolbar over

    yield "MainWindow, plan tab", lambda: main, plan_tab
    for index in range(1, main.tabs.count()):
        yield f"MainWindow, tab {main.tabs.tabText(index)}", lambda: main, lambda window, i=index: window.tabs.setCurrentIndex(i)

    from gpa_desktop.ui.agency_change_dialog import AgencyChangeDialog
    from gpa_desktop.ui.import_dialog import ImportDialog
    from gpa_desktop.ui.periods_dialog import PeriodsDialog
    from gpa_desktop.ui.receipts_view import ReceiptsDialog
    from gpa_desktop.ui.report_dialog import ReportDialog, VerifyDialog
    from gpa_desktop.ui.settings_dialog import SettingsDialog
    from gpa_desktop.ui.task_form import TaskForm

    plan = main.plan
    files = _filled_workbooks(ws, folder)

    def import_dialog() -> QWidget:
        dialog = ImportDialog(ws, plan, files, main)
        dialog.read_all()
        return dialog

    yield "ImportDialog, a returned workbook", import_dialog, lambda dialog: dialog.files.setCurrentRow(0)
    yield "ImportDialog, a refused file", import_dialog, lambda dialog: dialog.files.setCurrentRow(1)
    for kind in ("agency", "province"):
        yield f"ReportDialog {kind}", lambda kind=kind: ReportDialog(ws, plan, settings, "2024", kind, main), None
    yield "VerifyDialog", lambda: VerifyDialog(ws, main), None
    yield "PeriodsDialog", lambda: PeriodsDialog(main.runner, main.shared, main), None
    for page in range(6):
        yield f"AgencyChangeDialog, page {page}", lambda: AgencyChangeDialog(main.runner, plan, main), (
            lambda dialog, page=page: dialog.operation.setCurrentIndex(page)
        )
    yield "TaskForm", lambda: TaskForm(main.runner, plan, plan.task("1.2"), main), None
    yield "SettingsDialog", lambda: SettingsDialog(
        settings, plan, str(ws.path), [main.action_open, main.action_new, main.action_backup], main
    ), None
    yield "ReceiptsDialog", lambda: ReceiptsDialog(ws, main.shared.period_codes, "2024", main), None
    from datetime import date

    from gpa_desktop.operations.reorganisation import export_changes
    from gpa_desktop.ui.first_run import FirstRunDialog
    from gpa_desktop.ui.reorganisation_dialog import ReorganisationDialog
    from gpa_desktop.ui.restore_dialog import RestoreDialog
    from gpa_desktop.ui.sign_dialog import SignDialog

    changes = folder / "ThayDoi_CoQuan_DonVi.xlsx"
    export_changes(ws, changes)
    yield "ReorganisationDialog", lambda: ReorganisationDialog(main.runner, changes, main), None
    yield "FirstRunDialog", lambda: FirstRunDialog(settings, plan, "2026", date(2026, 12, 31), main), None
    yield "RestoreDialog", lambda: RestoreDialog(ws, main), None
    yield "SignDialog", lambda: SignDialog(settings, main), None


def main(argv: list[str]) -> int:
    from gpa_desktop.i18n import install_translators
    from gpa_desktop.operations import Workspace
    from gpa_desktop.ui.settings import Settings

    database, out = Path(argv[0]), Path(argv[1])
    app = QApplication.instance() or QApplication(["gpa-desktop"])
    install_translators(app, argv[2] if len(argv) > 2 else "vi")
    folder = Path(tempfile.mkdtemp(prefix="gpa-screen-"))
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    settings.signer_name = "Nguyễn Thị Thanh Hương"
    ws = Workspace.open(database, actor=settings.signer_name)
    made: dict[str, QWidget] = {}
    for name, make, prepare in windows(ws, settings, folder):
        widget = make()
        made[name] = widget
        show(widget, name, prepare)
    screen = app.primaryScreen()
    result = {
        "screen": [screen.availableGeometry().width(), screen.availableGeometry().height(), screen.devicePixelRatio()],
        "discovered": sorted(window_classes()),
        "covered": sorted(covered),
        "problems": problems,
    }
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
