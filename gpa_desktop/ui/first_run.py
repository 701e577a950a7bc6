"""The first start: who this installation is, who signs its reports, and — when the database still
lists the agencies of 2023 although the period is after the 2025 reorganisation — an offer to
export the reorganisation workbook for the province to confirm."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..domain.plan import Plan
from ..domain.reorganisation import reorganisation_pending
from .installation_fields import InstallationFields
from .screen_fit import fit_to_screen
from .settings import Settings, remember_installation


class FirstRunDialog(QDialog):
    def __init__(self, settings: Settings, plan: Plan, period: str, period_ends_on: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.export_requested = False
        self.setWindowTitle(self.tr("Welcome to GPA Desktop"))
        intro = QLabel(self.tr(
            "Tell GPA Desktop whose installation this is and who signs its reports. "
            "You can change both later under Settings."
        ))
        intro.setWordWrap(True)
        fields = InstallationFields(settings, plan)
        self.agency, self.signer_name, self.signer_title = fields.agency, fields.signer_name, fields.signer_title
        form = QFormLayout()
        fields.add_rows(form)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        self.export_changes = QCheckBox(self.tr("Export the reorganisation workbook now"))
        self.export_changes.setObjectName("export_changes")
        self.reorganisation = QLabel(self.tr(
            "The database still lists the agencies of 2023 (Sở Kế hoạch và Đầu tư, the district People's Committees), "
            "but period {period} ends after the reorganisation of 2025: the departments merged on 01/03/2025 and the district "
            "level ended on 01/07/2025. The reorganisation workbook lists these changes for the province to confirm, with "
            "room for the communes and wards; applied, it makes the successors report from their dates."
        ).format(period=period))
        self.reorganisation.setObjectName("reorganisation_note")
        self.reorganisation.setWordWrap(True)
        pending = reorganisation_pending(plan, period_ends_on)
        self.export_changes.setChecked(pending)
        for widget in (self.reorganisation, self.export_changes):
            widget.setVisible(pending)
            layout.addWidget(widget)
        self.offered = pending
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Later"))
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(600, 300))

    def apply(self) -> None:
        remember_installation(self.settings, self.agency.currentData(), self.signer_name.text().strip(), self.signer_title.text().strip())
        self.export_requested = self.offered and self.export_changes.isChecked()
        self.accept()
