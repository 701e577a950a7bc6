"""Whose installation this is and who signs its reports: the same three fields in the first-run
dialog and in Settings, built and laid out in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit

from ..domain.plan import Plan
from .settings import Settings


class InstallationFields:
    def __init__(self, settings: Settings, plan: Plan) -> None:
        self.agency = QComboBox()
        self.agency.setObjectName("installation_agency")
        self.agency.addItem(
            QCoreApplication.translate("InstallationFields", "The province's focal department (sees every agency)"), None
        )
        for agency in plan.agencies:
            if not agency.is_collective and agency.ended_on is None:
                self.agency.addItem(agency.name, agency.code)
        self.agency.setCurrentIndex(max(0, self.agency.findData(settings.agency)))
        self.signer_name = QLineEdit(settings.signer_name)
        self.signer_name.setObjectName("signer_name")
        self.signer_title = QLineEdit(settings.signer_title)
        self.signer_title.setObjectName("signer_title")

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(QCoreApplication.translate("InstallationFields", "This installation belongs to"), self.agency)
        form.addRow(QCoreApplication.translate("InstallationFields", "Signer's name"), self.signer_name)
        form.addRow(QCoreApplication.translate("InstallationFields", "Signer's title"), self.signer_title)
