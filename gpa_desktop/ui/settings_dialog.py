"""Settings: whose installation this is, who signs the reports, the language, the digital signature
(token library, timestamp server, trusted CAs) and the database file."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
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
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError
from ..domain.plan import Plan
from ..i18n import current_language, translate
from . import prompts
from .installation_fields import InstallationFields
from .screen_fit import fit_to_screen
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
        ws=None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.ws = ws  # for the trusted certificate authorities, kept in the database file
        self.setWindowTitle(self.tr("Settings"))
        fields = InstallationFields(settings, plan)
        self.agency, self.signer_name, self.signer_title = fields.agency, fields.signer_name, fields.signer_title
        self.signer_authority = QLineEdit(settings.signer_authority)
        self.signer_authority.setPlaceholderText(self.tr("e.g. KT. GIÁM ĐỐC (leave empty when the head signs)"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))  # the one in use, whatever started it

        installation = QGroupBox(self.tr("Installation and reports"))
        form = QFormLayout(installation)
        fields.add_rows(form)
        form.addRow(self.tr("Signing authority"), self.signer_authority)
        form.addRow(self.tr("Language"), self.language)
        if self.ws is not None:
            self._add_keys(form)

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
            button.setToolTip(action.toolTip())  # why it is disabled, when it is
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
        layout.addWidget(self._signing_group())
        layout.addWidget(database)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(620, 560))

    def _add_keys(self, form: QFormLayout) -> None:
        """The fingerprints officers read to each other by phone: this installation's sealing key and
        the province key it trusts."""
        from ..operations.installation import installation_info

        info = installation_info(self.ws)
        rows = [("sealing_key", self.tr("Key sealing its workbooks"), info.key_fingerprint or self.tr("made when it first exports a template"))]
        if info.province_fingerprint:
            rows.append(("province_key", self.tr("Province key it trusts"), info.province_fingerprint))
        for name, label, text in rows:
            shown = QLabel(text)
            shown.setObjectName(name)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, shown)

    def _signing_group(self) -> QGroupBox:
        """The token's library, a timestamp server, and the certificate authorities trusted for signed reports."""
        group = QGroupBox(self.tr("Digital signature"))
        form = QFormLayout(group)
        self.pkcs11_library = QLineEdit(self.settings.pkcs11_library)
        self.pkcs11_library.setObjectName("pkcs11_library")
        self.pkcs11_library.setPlaceholderText(self.tr("empty: look in the usual places of Vietnamese CAs' token drivers"))
        browse = QPushButton(self.tr("Browse…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._choose_library)
        row = QHBoxLayout()
        row.addWidget(self.pkcs11_library)
        row.addWidget(browse)
        form.addRow(self.tr("Token library (PKCS#11)"), row)
        self.timestamp_url = QLineEdit(self.settings.timestamp_url)
        self.timestamp_url.setObjectName("timestamp_url")
        self.timestamp_url.setPlaceholderText(self.tr("optional, e.g. your CA's timestamp server"))
        form.addRow(self.tr("Timestamp server"), self.timestamp_url)
        self.trusted = QListWidget()
        self.trusted.setObjectName("trusted_cas")
        self.trusted.setMaximumHeight(90)
        add, remove = QPushButton(self.tr("Trust a CA…")), QPushButton(self.tr("Stop trusting"))
        add.setObjectName("trust_add")
        remove.setObjectName("trust_remove")
        for button in (add, remove):
            button.setAutoDefault(False)
            button.setEnabled(self.ws is not None and not self.ws.read_only)
        add.clicked.connect(self._trust)
        remove.clicked.connect(self._distrust)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        trusted = QVBoxLayout()
        trusted.addWidget(self.trusted)
        trusted.addLayout(buttons)
        form.addRow(self.tr("Trusted certificate authorities"), trusted)
        self._show_trusted()
        return group

    def _choose_library(self) -> None:
        path = prompts.choose_open_file(self, self.tr("The token's PKCS#11 library"), self.tr("Libraries (*.dll *.so *.dylib);;All files (*)"))
        if path:
            self.pkcs11_library.setText(path)

    def _show_trusted(self) -> None:
        from PySide6.QtCore import Qt

        from ..operations.signing import trusted_authorities

        self.trusted.clear()
        if self.ws is None:
            return
        for ca in trusted_authorities(self.ws):
            item = QListWidgetItem(self.tr("{subject}, valid until {day}").format(subject=ca.subject, day=f"{ca.not_after:%d/%m/%Y}"))
            item.setToolTip(ca.fingerprint)
            item.setData(Qt.ItemDataRole.UserRole, ca.fingerprint)
            self.trusted.addItem(item)

    def _trust(self) -> None:
        from pathlib import Path

        from ..operations.signing import trust_authority

        path = prompts.choose_open_file(self, self.tr("A certificate authority's certificate"), self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"))
        if not path:
            return
        try:
            trust_authority(self.ws, Path(path).read_bytes(), Path(path).name)
        except (UserError, OSError) as error:
            text = error.render(translate) if isinstance(error, UserError) else self.tr("The file {file} cannot be read.").format(file=path)
            prompts.show_error(self, self.tr("Trust a CA"), text)
            return
        self._show_trusted()

    def _distrust(self) -> None:
        from PySide6.QtCore import Qt

        from ..operations.signing import distrust_authority

        item = self.trusted.currentItem()
        if item is None:
            return
        distrust_authority(self.ws, item.data(Qt.ItemDataRole.UserRole))
        self._show_trusted()

    def _request(self, action: QAction) -> None:
        """Open, create or back up a database: this dialog closes first, then the window does it."""
        self.requested = action
        self.reject()

    def apply(self) -> None:
        self.settings.agency = self.agency.currentData()
        self.settings.signer_name = self.signer_name.text().strip()
        self.settings.signer_title = self.signer_title.text().strip()
        self.settings.signer_authority = self.signer_authority.text().strip()
        self.settings.pkcs11_library = self.pkcs11_library.text().strip()
        self.settings.timestamp_url = self.timestamp_url.text().strip()
        self.accept()  # the language is the window's to switch: it rebuilds every text
