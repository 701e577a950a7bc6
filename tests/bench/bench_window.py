"""Benchmark: the main window on the synthetic 10x database beside a bare PySide6 window and tree of the same size,
and `gpa-desktop --smoke-test` start-up on the built-in plan beside a bare PySide6 window process.

Run: QT_QPA_PLATFORM=offscreen PYTHONPATH=. python tests/bench/bench_window.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTreeView  # noqa: E402

from common import median_seconds, table  # noqa: E402
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
"""


def main() -> None:
    from gpa_desktop.i18n import install_translators
    from gpa_desktop.operations import Workspace
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
        window.model.load(window.plan, window._progress(), window.labels)
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

    def filter_keystroke():
        window = holder["w"]
        window.filter_edit.setText("tang truong xanh" if window.filter_edit.text() != "tang truong xanh" else "tang truong")

    def bare_filter():
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
        proxy.setFilterFixedString("tăng trưởng xanh" if proxy.filterRegularExpression().pattern() != "tăng trưởng xanh" else "tăng trưởng")
        view.expandAll()

    periods = ["2023", "2024", "2025", "2026"]

    def switch_period():
        window = holder["w"]
        window.set_period(periods[(periods.index(window.period) + 1) % 4] if window.period in periods else "2024")

    def bare_period():
        """Rewrite the status and percent cells of every task in the bare tree (the same number of rows)."""
        _window, _view, model = holder["bare"]
        holder["tick"] = tick = holder.get("tick", 0) + 1
        for g in range(model.rowCount()):
            group = model.item(g)
            for t in range(group.rowCount()):
                group.child(t, 2).setText(f"status {tick}")
                group.child(t, 3).setText(f"{tick % 100}%")

    open_s = median_seconds(open_window, 3)
    bare_s = median_seconds(bare_window, 3)
    tree_s = median_seconds(build_tree, 5)
    bare_tree_s = median_seconds(bare_tree, 5)
    filter_s = median_seconds(filter_keystroke, 9)
    bare_filter_s = median_seconds(bare_filter, 9)
    period_s = median_seconds(switch_period, 8)
    holder.pop("proxy").deleteLater()
    bare_tree()
    bare_period_s = median_seconds(bare_period, 8)

    def process(args: list[str]) -> None:
        subprocess.run(args, check=True, capture_output=True, env={**os.environ, "XDG_DATA_HOME": str(folder), "XDG_CONFIG_HOME": str(folder)})

    builtin = folder / "builtin.sqlite3"
    process([sys.executable, "-m", "gpa_desktop", "--db", str(builtin), "--smoke-test"])  # create it first
    smoke_s = median_seconds(lambda: process([sys.executable, "-m", "gpa_desktop", "--db", str(builtin), "--smoke-test"]), 5)
    bare_process_s = median_seconds(lambda: process([sys.executable, "-c", BARE]), 5)
    # What the storage layer costs before any window code runs: the bare process plus SQLAlchemy's ORM.
    orm_process_s = median_seconds(lambda: process([sys.executable, "-c", "import sqlalchemy.orm\n" + BARE]), 5)
    holder.clear()
    db.close()
    print("synthetic 10x: 650 tasks, 150 agencies, 16 periods, 368k reports")
    print(
        table(
            [
                ("open main window (10x db, plan tab)", open_s, "bare window + tree, same plan", bare_s),
                ("rebuild the plan tree (read + load + expand)", tree_s, "bare item tree, same plan, expanded", bare_tree_s),
                ("filter keystroke (folded text, expanded)", filter_s, "bare recursive proxy filter, expanded", bare_filter_s),
                ("switch period (statuses, form)", period_s, "bare: rewrite every task's status cells", bare_period_s),
                ("gpa-desktop --smoke-test (built-in plan)", smoke_s, "bare PySide6 window process", bare_process_s),
                ("gpa-desktop --smoke-test (built-in plan)", smoke_s, "bare window process + import SQLAlchemy ORM", orm_process_s),
            ]
        )
    )


if __name__ == "__main__":
    main()
