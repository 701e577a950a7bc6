"""The main window."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow

from ..domain.plan import Plan


class MainWindow(QMainWindow):
    def __init__(self, plan: Plan, database_path: str) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("GPA Desktop – {title}").format(title=plan.short_title))
        tasks = sum(len(g.tasks) for g in plan.groups)
        summary = QLabel(
            self.tr("{title}\n\n{groups} task groups, {tasks} tasks.").format(
                title=plan.title, groups=len(plan.groups), tasks=tasks
            )
        )
        summary.setWordWrap(True)
        summary.setMargin(24)
        self.setCentralWidget(summary)
        self.statusBar().showMessage(self.tr("Database: {path}").format(path=database_path))
        self.resize(1000, 640)
