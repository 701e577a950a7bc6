"""Settings: whose installation this is, who signs the reports, the language, and the database file."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.plan import Plan
from .settings import Settings

LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}  # each in its own language, so anyone can find theirs


class SettingsDialog(QDialog):
    """*database_actions* (open another, new from the built-in plan, back up) are the window's own actions."""

    def __init__(
        self,
        settings: Settings,
        plan: Plan,
        database_path: str = "",
        database_actions: list[QAction] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.agency = QComboBox()
        self.agency.setObjectName("installation_agency")
        self.agency.addItem(self.tr("The province's focal department (sees every agency)"), None)
        for agency in plan.agencies:
            if not agency.is_collective and agency.ended_on is None:
                self.agency.addItem(agency.name, agency.code)
        self.agency.setCurrentIndex(max(0, self.agency.findData(settings.agency)))
        self.signer_name = QLineEdit(settings.signer_name)
        self.signer_name.setObjectName("signer_name")
        self.signer_title = QLineEdit(settings.signer_title)
        self.signer_title.setObjectName("signer_title")
        self.signer_authority = QLineEdit(settings.signer_authority)
        self.signer_authority.setPlaceholderText(self.tr("e.g. KT. GIÁM ĐỐC (leave empty when the head signs)"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))

        installation = QGroupBox(self.tr("Installation and reports"))
        form = QFormLayout(installation)
        form.addRow(self.tr("This installation belongs to"), self.agency)
        form.addRow(self.tr("Signer's name"), self.signer_name)
        form.addRow(self.tr("Signer's title"), self.signer_title)
        form.addRow(self.tr("Signing authority"), self.signer_authority)
        form.addRow(self.tr("Language"), self.language)

        database = QGroupBox(self.tr("Database file"))
        database_layout = QVBoxLayout(database)
        path = QLabel(database_path)
        path.setObjectName("database_path")
        path.setWordWrap(True)
        database_layout.addWidget(path)
        buttons_row = QHBoxLayout()
        self.requested: QAction | None = None  # a database action to run once this dialog has closed
        for action in database_actions or []:
            button = QPushButton(action.text())
            button.setObjectName(f"button_{action.objectName()}")
            button.setEnabled(action.isEnabled())
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, a=action: self._request(a))
            buttons_row.addWidget(button)
        buttons_row.addStretch()
        database_layout.addLayout(buttons_row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(installation)
        layout.addWidget(database)
        layout.addWidget(buttons)
        self.resize(620, 360)

    def _request(self, action: QAction) -> None:
        """Open, create or back up a database: this dialog closes first, then the window does it."""
        self.requested = action
        self.reject()

    def apply(self) -> None:
        self.settings.agency = self.agency.currentData()
        self.settings.signer_name = self.signer_name.text().strip()
        self.settings.signer_title = self.signer_title.text().strip()
        self.settings.signer_authority = self.signer_authority.text().strip()
        self.accept()  # the language is the window's to switch: it rebuilds every text
