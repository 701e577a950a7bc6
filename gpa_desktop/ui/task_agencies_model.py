"""The agencies expected to report on one task in one period, with what each has reported so far."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ..domain.plan import Role
from ..domain.reports import ReportValues

_Index = QModelIndex | QPersistentModelIndex
AGENCY_ROLE = Qt.ItemDataRole.UserRole + 1  # the agency code behind a row
AGENCY, ROLE, STATUS, PERCENT = range(4)


@dataclass(frozen=True)
class DutyRow:
    agency: str
    name: str
    role: Role
    values: ReportValues | None  # None: nothing reported yet


class TaskAgenciesModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[DutyRow] = []
        self.status_labels: dict[str, str] = {}

    def set_rows(self, rows: list[DutyRow], status_labels: dict[str, str]) -> None:
        """Another task or period: rows that stay the same agency are updated in place."""
        self.status_labels = status_labels
        if [r.agency for r in rows] == [r.agency for r in self.rows]:
            changed = [i for i, (old, new) in enumerate(zip(self.rows, rows)) if old != new]
            self.rows = rows
            if changed:
                self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), PERCENT))
            return
        self.beginResetModel()  # a different list of agencies
        self.rows = rows
        self.endResetModel()

    def row_of(self, agency: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.agency == agency), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return (self.tr("Agency"), self.tr("Role"), self.tr("Status"), self.tr("Progress"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == AGENCY_ROLE:
            return row.agency
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column, values = index.column(), row.values
        if column == AGENCY:
            return row.name
        if column == ROLE:
            return self.tr("Lead") if row.role is Role.LEAD else self.tr("Coordinating")
        if column == STATUS:
            return self.status_labels.get(values.status, values.status) if values and values.status else "—"
        if column == PERCENT:
            return f"{values.percent}%" if values and values.percent is not None else "—"
        return None
