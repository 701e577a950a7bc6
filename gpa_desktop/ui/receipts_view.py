"""The receipt register: every returned workbook, when it came, what it changed, and what replaced it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSize, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from ..operations import Workspace
from ..operations.completeness import receipts as list_receipts
from ..domain.dates import local_time
from .empty_hint import EmptyHint
from .screen_fit import fit_to_screen
from .vocabulary import field_name

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class ReceiptModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.receipts: list = []
        self.headers = [
            self.tr("Received"), self.tr("Agency"), self.tr("Period"), self.tr("File"), self.tr("Written"),
            self.tr("Unchanged"), self.tr("Refused"), self.tr("Conflicts"), self.tr("Superseded by"), self.tr("SHA-256"),
        ]

    def set_receipts(self, receipts: list) -> None:
        self.beginResetModel()  # a new period's register: a different list, not an edit of this one
        self.receipts = list(receipts)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.receipts)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def _values(self, r) -> tuple:
        kept = sum(1 for c in r.conflicts if c.get("kept") == "ours")
        conflicts = self.tr("{count} ({kept} kept as in the database)").format(count=len(r.conflicts), kept=kept) if r.conflicts else "0"
        return (
            f"{local_time(r.received_at):%d/%m/%Y %H:%M}", r.agency, r.period, r.file_name, r.applied, r.unchanged, r.rejected,
            conflicts, r.superseded_by or "", r.sha256[:16],
        )

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.receipts):
            return None
        receipt = self.receipts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self._values(receipt)[index.column()])
        if role == SORT_ROLE:
            return receipt.received_at.isoformat() if index.column() == 0 else self._values(receipt)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 9:
            return receipt.sha256
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 7 and receipt.conflicts:
            kept = {"ours": self.tr("the database's value kept"), "theirs": self.tr("the file's value taken")}
            return "\n".join(
                f"{c['task']} {field_name(c['field'])}: {c['ours']} / {c['theirs']} — {kept.get(c['kept'], c['kept'])}"
                for c in receipt.conflicts
            )
        return None


class ReceiptsDialog(QDialog):
    """`gpa-desktop receipts [--period P]` in a window."""

    ALL = ""

    def __init__(self, ws: Workspace, periods: list[str], period: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Received workbooks"))
        self.period = QComboBox()
        self.period.addItem(self.tr("All periods"), self.ALL)
        for code in periods:
            self.period.addItem(code, code)
        self.model = ReceiptModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.empty = EmptyHint(self.table, self.tr("No workbook received yet. Each returned workbook imported (Exchange → Import returned workbooks…) is listed here with what it changed."))
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period:")))
        top.addWidget(self.period)
        top.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        bottom = QHBoxLayout()
        bottom.addStretch()
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.period.currentIndexChanged.connect(self.refresh)
        if period is not None and self.period.findData(period) >= 0:
            self.period.setCurrentIndex(self.period.findData(period))
        self.refresh()
        fit_to_screen(self, QSize(1000, 480))

    def refresh(self) -> None:
        chosen = self.period.currentData() or None
        self.model.set_receipts(list_receipts(self.ws, chosen))
        self.table.resizeColumnsToContents()
