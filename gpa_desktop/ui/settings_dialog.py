"""Settings: whose installation this is, who signs the reports."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from ..domain.plan import Plan
from .settings import Settings


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.agency = QComboBox()
        self.agency.setObjectName("installation_agency")
        self.agency.addItem(self.tr("The province's focal department (sees every agency)"), None)
        for agency in plan.agencies:
            if not agency.is_collective:
                self.agency.addItem(agency.name, agency.code)
        self.agency.setCurrentIndex(max(0, self.agency.findData(settings.agency)))
        self.signer_name = QLineEdit(settings.signer_name)
        self.signer_title = QLineEdit(settings.signer_title)
        self.signer_authority = QLineEdit(settings.signer_authority)
        self.signer_authority.setPlaceholderText(self.tr("e.g. KT. GIÁM ĐỐC (leave empty when the head signs)"))
        form = QFormLayout(self)
        form.addRow(self.tr("This installation belongs to"), self.agency)
        form.addRow(self.tr("Signer's name"), self.signer_name)
        form.addRow(self.tr("Signer's title"), self.signer_title)
        form.addRow(self.tr("Signing authority"), self.signer_authority)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, 220)

    def apply(self) -> None:
        self.settings.agency = self.agency.currentData()
        self.settings.signer_name = self.signer_name.text().strip()
        self.settings.signer_title = self.signer_title.text().strip()
        self.settings.signer_authority = self.signer_authority.text().strip()
        self.accept()
