"""Benchmark: the main window on the synthetic 10x database beside a bare PySide6 window and tree of the same size,
and `gpa-desktop --smoke-test` start-up on the built-in plan beside a bare PySide6 window process. Each figure and
its floor are timed alternately in the same run.

Run: QT_QPA_PLATFORM=offscreen PYTHONPATH=. python tests/bench/bench_window.py
     (BENCH_RUNS=n for more runs; BENCH_BUILT=dist/gpa-desktop to time the built program too;
     BENCH_PROCESSES=0 for the in-process figures alone)
"""

from __future__ import annotations

import compileall
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTreeView  # noqa: E402

from common import Timing, goal_table, paired  # noqa: E402
from synthetic import synthetic_database  # noqa: E402

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QTreeView
from PySide6.QtGui import QStandardItemModel, QStandardItem
app = QApplication(sys.argv)
w = QMainWindow(); m = QStandardItemModel()
for g in range(18):
    p = QStandardItem(f"Nhóm {g}"); m.appendRow(p)
    for t in range(4):
        p.appendRow([QStandardItem(f"{g}.{t}"), QStandardItem("Nhiệm vụ")])
v = QTreeView(); v.setModel(m); w.setCentralWidget(v); w.show(); w.grab()
import os
if os.environ.get("GPA_DESKTOP_FIRST_PAINT_MODULES"):
    open(os.environ["GPA_DESKTOP_FIRST_PAINT_MODULES"], "w").write("painted")
"""


def main() -> None:
    from gpa_desktop.i18n import install_translators
    from gpa_desktop.operations import Workspace
    from gpa_desktop.operations.plan import progress
    from gpa_desktop.storage.database import Database
    from gpa_desktop.ui.main_window import MainWindow
    from gpa_desktop.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    install_translators(app, "vi")
    folder = Path(tempfile.mkdtemp())
    db = Database.open(synthetic_database(folder / "bench.sqlite3"))
    settings = Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    holder = {}

    def open_window():
        window = MainWindow(Workspace(db), settings)
        window.show()
        window.grab()
        holder["w"] = window

    def bare_window():
        model = QStandardItemModel()
        for group in holder["w"].plan.groups:
            parent = QStandardItem(group.title)
            model.appendRow(parent)
            for task in group.tasks:
                item = QStandardItem(task.code)
                item.appendRows([QStandardItem(a) for a in task.activities])
                parent.appendRow([item, QStandardItem(task.activities[0])])
        window = QMainWindow()
        view = QTreeView()
        view.setModel(model)
        view.expandAll()
        window.setCentralWidget(view)
        window.show()
        window.grab()
        holder["bare"] = (window, view, model)

    def build_tree():
        window = holder["w"]
        window.model.load(window.plan, progress(window.ws, window.period, window.plan), window.labels)
        window.tree.expandAll()

    def bare_tree():
        _window, view, _model = holder["bare"]
        model = QStandardItemModel()
        for group in holder["w"].plan.groups:
            parent = QStandardItem(group.title)
            model.appendRow(parent)
            for task in group.tasks:
                item = QStandardItem(task.code)
                item.appendRows([QStandardItem(a) for a in task.activities])
                parent.appendRow([item, QStandardItem(task.activities[0]), QStandardItem(""), QStandardItem("")])
        view.setModel(model)
        view.expandAll()
        holder["bare"] = (_window, view, model)

    # Each keystroke shows other rows (the synthetic plan's tasks that mention "tăng trưởng xanh" are not
    # those that mention "năng lượng"). Timed twice: the work up to the view's new layout (the floor's
    # expandAll lays out too), and on to the painted frame (the paint of the long Vietnamese texts is Qt's).
    def filter_keystroke(paint: bool = False):
        window = holder["w"]
        window.filter_edit.setText("tang truong xanh" if window.filter_edit.text() != "tang truong xanh" else "nang luong")
        window.tree.executeDelayedItemsLayout()
        if paint:
            app.processEvents()

    def bare_filter(paint: bool = False):
        """A recursive fixed-string proxy filter in C++, shown in a view and expanded, as ours is."""
        from PySide6.QtCore import QSortFilterProxyModel

        _window, view, model = holder["bare"]
        if "proxy" not in holder:
            proxy = QSortFilterProxyModel()
            proxy.setRecursiveFilteringEnabled(True)
            proxy.setFilterKeyColumn(-1)
            proxy.setSourceModel(model)
            view.setModel(proxy)
            holder["proxy"] = proxy
        proxy = holder["proxy"]
        proxy.setFilterFixedString("tăng trưởng xanh" if proxy.filterRegularExpression().pattern() != "tăng trưởng xanh" else "năng lượng")
        view.expandAll()
        if paint:
            app.processEvents()

    periods = ["2023", "2024", "2025", "2026"]

    def switch_period():
        window = holder["w"]
        window.set_period(periods[(periods.index(window.period) + 1) % 4] if window.period in periods else "2024")
        app.processEvents()  # to the painted frame, as the filter

    def bare_period():
        """Rewrite the status and percent cells of every task in the bare tree (the same number of rows)."""
        _window, _view, model = holder["bare"]
        holder["tick"] = tick = holder.get("tick", 0) + 1
        for g in range(model.rowCount()):
            group = model.item(g)
            for t in range(group.rowCount()):
                group.child(t, 2).setText(f"status {tick}")
                group.child(t, 3).setText(f"{tick % 100}%")
        app.processEvents()

    runs = int(os.environ.get("BENCH_RUNS", "5"))
    open_t, bare_t = paired(open_window, bare_window, runs)
    holder["w"].finish_start()  # the first task's form, which follows the first paint: the period switch shows it
    tree_t, bare_tree_t = paired(build_tree, bare_tree, runs)
    filter_t, bare_filter_t = paired(filter_keystroke, bare_filter, max(runs, 9))
    painted_t, bare_painted_t = paired(lambda: filter_keystroke(True), lambda: bare_filter(True), max(runs, 9))
    holder.pop("proxy").deleteLater()
    bare_tree()
    period_t, bare_period_t = paired(switch_period, bare_period, max(runs, 8))

    in_process = [
        ("open main window in-process (10× db, first paint)", open_t, "bare window + tree, same plan", bare_t, "—"),
        ("rebuild the plan tree (read + load + expand)", tree_t, "bare item tree, same plan, expanded", bare_tree_t, "—"),
        ("filter keystroke on the 10× tree (filter + the view's layout)", filter_t, "bare recursive C++ proxy filter, expanded", bare_filter_t, "≤ 16 ms"),
        ("— the same keystroke to its painted frame", painted_t, "the bare filter, painted", bare_painted_t, "—"),
        ("switch period on the 10× tree (statuses, form), painted", period_t, "bare: rewrite every task's status cells, painted", bare_period_t, "≤ 50 ms"),
    ]
    if os.environ.get("BENCH_PROCESSES") == "0":  # the in-process figures alone (quick)
        print(goal_table(in_process))
        return

    def process(args: list[str]) -> None:
        subprocess.run(args, check=True, capture_output=True, env={**os.environ, "XDG_DATA_HOME": str(folder), "XDG_CONFIG_HOME": str(folder)})

    # An installed program runs from compiled bytecode (pip compiles the package on install, PyInstaller
    # bundles .pyc files); a source checkout run under PYTHONDONTWRITEBYTECODE=1 would compile every module
    # of the package on every start instead. Compile it once, as an installation has it (into __pycache__).
    compileall.compile_dir(str(Path(__file__).parents[2] / "gpa_desktop"), quiet=1)
    builtin = folder / "builtin.sqlite3"
    process([sys.executable, "-m", "gpa_desktop", "--db", str(builtin), "--smoke-test"])  # create it first
    smoke = lambda: process([sys.executable, "-m", "gpa_desktop", "--db", str(builtin), "--smoke-test"])  # noqa: E731
    smoke_t, bare_process_t = paired(smoke, lambda: process([sys.executable, "-c", BARE]), runs)
    probe = folder / "painted.json"

    def to_first_paint(args: list[str], times: list[float]) -> None:
        """Process start to the plan tree's first paint (the time the app's probe writes then)."""
        probe.unlink(missing_ok=True)
        started = time.time()
        subprocess.run(args, check=True, capture_output=True, env={**os.environ, "XDG_DATA_HOME": str(folder), "XDG_CONFIG_HOME": str(folder), "GPA_DESKTOP_FIRST_PAINT_MODULES": str(probe)})
        times.append(probe.stat().st_mtime - started)  # written at the paint

    paint_times: list[float] = []
    bare_paint_times: list[float] = []
    for _ in range(runs):
        to_first_paint([sys.executable, "-m", "gpa_desktop", "--db", str(builtin), "--smoke-test"], paint_times)
        to_first_paint([sys.executable, "-c", BARE], bare_paint_times)
    paint_t, bare_paint_t = Timing(paint_times), Timing(bare_paint_times)
    # What SQLAlchemy's ORM would add, were it imported before the first paint (it no longer is).
    _, orm_process_t = paired(lambda: None, lambda: process([sys.executable, "-c", "import sqlalchemy.orm\n" + BARE]), runs)
    rows = [
        ("start-up to the first paint of the main window (source)", paint_t, "bare PySide6 window process with a tree, to its paint", bare_paint_t, "≤ 2×"),
        ("`--smoke-test` whole process (incl. the report form after the paint)", smoke_t, "bare PySide6 window process with a tree", bare_process_t, "—"),
        ("— the same beside the bare process + `import sqlalchemy.orm`", smoke_t, "bare window + SQLAlchemy ORM", orm_process_t, "—"),
        *in_process,
    ]
    built = os.environ.get("BENCH_BUILT")  # the one-folder program's folder (dist/gpa-desktop), when built
    if built:
        program = str(Path(built) / "gpa-desktop")
        built_times: list[float] = []
        bare_times: list[float] = []
        for _ in range(runs):
            to_first_paint([program, "--db", str(builtin), "--smoke-test"], built_times)
            to_first_paint([sys.executable, "-c", BARE], bare_times)
        built_t, bare_again_t = paired(lambda: process([program, "--db", str(builtin), "--smoke-test"]), lambda: process([sys.executable, "-c", BARE]), runs)
        rows.insert(2, ("the built program (`build.spec`, one-folder), to the first paint", Timing(built_times), "bare PySide6 window process, to its paint", Timing(bare_times), "≤ 2×"))
        rows.insert(3, ("the built program, `--smoke-test` whole process", built_t, "bare PySide6 window process", bare_again_t, "—"))
    holder.clear()
    db.close()
    print(f"synthetic 10x: 650 tasks, 150 agencies, 16 periods, 368k reports; median of {runs}+ runs (min–max)")
    print(goal_table(rows))


if __name__ == "__main__":
    main()
