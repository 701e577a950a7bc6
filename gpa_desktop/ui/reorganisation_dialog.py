"""A reorganisation workbook, previewed: every row with what becomes of it, which tasks move to
which agency from which day, which groups gain and lose members; applied as one undo step."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from PySide6.QtCore import QSize, Qt

from ..domain.errors import UserError
from ..i18n import translate
from ..operations.reorganisation import (
    CONTEXT,
    KIND_NAMES,
    STATE_NAMES,
    ReorganisationPreview,
    RowState,
    apply_changes,
    preview_changes,
)
from . import prompts
from .read_only import refuse_writes
from .runner import OperationRunner
from .screen_fit import fit_to_screen

REFUSED = QColor("#b71c1c")
QUIET = QColor("#757575")


class ReorganisationDialog(QDialog):
    def __init__(self, runner: OperationRunner, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.path = runner, Path(path)
        self.preview: ReorganisationPreview | None = None
        self.applied = False
        self.setWindowTitle(self.tr("Reorganisation workbook: {file}").format(file=self.path.name))
        self.header = QLabel()
        self.header.setObjectName("header")
        self.header.setWordWrap(True)
        self.rows = QTreeWidget()
        self.rows.setObjectName("rows")
        self.rows.setRootIsDecorated(False)
        self.rows.setHeaderLabels([self.tr("Row"), self.tr("Change"), self.tr("Effective"), self.tr("Outcome"), self.tr("Units")])
        for column, width in enumerate((50, 130, 90, 150)):
            self.rows.setColumnWidth(column, width)
        self.moves = QListWidget()
        self.moves.setObjectName("moves")
        self.moves.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("Apply the confirmed changes"))
        self.apply_button.setObjectName("apply")
        self.apply_button.clicked.connect(self.apply)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        splitter = QSplitter(Qt.Orientation.Vertical)
        for title, widget in (
            (self.tr("Rows of the workbook"), self.rows),
            (self.tr("What moves, from which day"), self.moves),
            (self.tr("Refused rows and warnings"), self.problems),
        ):
            box = QWidget()
            layout = QVBoxLayout(box)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(QLabel(title))
            layout.addWidget(widget)
            splitter.addWidget(box)
        splitter.setSizes([260, 260, 120])
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, QSize(1000, 700))
        self.read()

    def read(self) -> None:
        """Check the workbook against the database as it is now (nothing is written)."""
        self.rows.clear()
        self.moves.clear()
        self.problems.clear()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a hundred communes take a second or two
        try:
            self.preview = preview_changes(self.runner.ws, self.path)
        except UserError as error:
            self.preview = None
            self.header.setText(f"<span style='color:#b71c1c'>{html.escape(error.render(translate))}</span>")
            self.apply_button.setEnabled(False)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        preview = self.preview
        hint = preview.hint()
        self.header.setText(
            "<b>" + html.escape(preview.summary().render(translate)) + "</b><br>"
            + html.escape(hint.render(translate) if hint else self.tr('Only rows marked "Xác nhận" are applied; all of them together, as one step that Ctrl+Z undoes.'))
        )
        words = lambda text: translate(CONTEXT, text)  # noqa: E731 - the words the command line prints too
        for row in preview.rows:
            what = preview.describe(row.change) if row.change is not None else ""
            kind = words(KIND_NAMES[row.kind]) if row.kind in KIND_NAMES else "—"
            item = QTreeWidgetItem([str(row.row), kind, f"{row.on:%d/%m/%Y}" if row.on else "—", words(STATE_NAMES[row.state]), what])
            item.setToolTip(4, what)
            colour = REFUSED if row.state is RowState.REFUSED else QUIET if row.state is not RowState.APPLY else None
            if colour is not None:
                for column in range(5):
                    item.setForeground(column, QBrush(colour))
            self.rows.addTopLevelItem(item)
        for line in preview.effects():
            self.moves.addItem(line.render(translate))
        for problem in preview.errors:
            self._problem(problem, REFUSED)
        for problem in preview.warnings:
            self._problem(problem, None)
        self.apply_button.setEnabled(preview.ok and bool(preview.changes) and not self.runner.ws.read_only)
        refuse_writes(self.runner.ws.read_only, self.apply_button)

    def _problem(self, problem, colour) -> None:
        where = problem.location(translate)
        self.problems.addItem(f"{where}: {problem.render(translate)}" if where else problem.render(translate))
        if colour is not None:
            self.problems.item(self.problems.count() - 1).setForeground(QBrush(colour))

    def apply(self) -> None:
        if self.preview is None or not self.preview.changes:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.runner.run(self.tr("Apply the reorganisation workbook {file}").format(file=self.path.name), apply_changes, self.preview)
        except UserError as error:
            QGuiApplication.restoreOverrideCursor()
            prompts.show_error(self, self.tr("Reorganisation"), error.render(translate))
            self.read()  # show what the workbook would do now
            return
        QGuiApplication.restoreOverrideCursor()
        count = len(self.preview.changes)
        self.applied = True
        self.apply_button.setEnabled(False)  # what was applied stays shown; reading again would find it all in force
        self.header.setText("<b>" + html.escape(self.tr("Applied: {count} changes, as one step.").format(count=count)) + "</b>")
        prompts.show_info(
            self, self.tr("Reorganisation"),
            self.tr("{count} changes were applied as one step; Edit → Undo reverses them together.").format(count=count),
        )
