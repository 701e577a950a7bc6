"""Choosing the token and certificate to sign a report with (the PIN is asked afterwards, once)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ..domain.errors import UserError
from ..i18n import translate
from ..operations.signing import NO_TOKEN, TokenChoice, library_in_use, list_tokens
from .screen_fit import fit_to_screen
from .settings import Settings


class SignDialog(QDialog):
    """Every signing certificate on every token plugged in, one line each; an expired one is shown but
    cannot be chosen. The library is the one set in Settings (or found in the usual places)."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.library: str | None = None
        self.setWindowTitle(self.tr("Sign with a token"))
        self.certificates = QListWidget()
        self.certificates.setObjectName("certificates")
        self.certificates.itemDoubleClicked.connect(lambda _item: self.accept_choice())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #b71c1c")
        refresh = QPushButton(self.tr("Look again"))
        refresh.setObjectName("refresh")
        refresh.setAutoDefault(False)
        refresh.clicked.connect(self.refresh)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept_choice)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Plug in your digital-signature token and choose the certificate to sign with:")))
        layout.addWidget(self.certificates)
        layout.addWidget(self.status)
        layout.addWidget(refresh)
        layout.addWidget(self.buttons)
        self.certificates.setWordWrap(True)
        fit_to_screen(self, QSize(620, 320))
        self.refresh()

    def refresh(self) -> None:
        self.certificates.clear()
        self.status.clear()
        try:
            self.library = library_in_use(self.settings.pkcs11_library)
            tokens = list_tokens(self.library)
        except UserError as error:
            self.status.setText(error.render(translate))
            tokens = []
        for token in tokens:
            for cert in token.certificates:
                text = self.tr("{name} ({organisation})\nissued by {issuer}, valid until {day}; token {token}").format(
                    name=cert.subject, organisation=cert.organisation or "—", issuer=cert.issuer,
                    day=f"{cert.not_after:%d/%m/%Y}", token=token.label,
                )
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, TokenChoice(library=self.library, token_label=token.label, key_id=cert.key_id))
                if cert.expired:
                    item.setText(text + " " + self.tr("(expired)"))
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                self.certificates.addItem(item)
        if tokens and not self.certificates.count():
            self.status.setText(self.tr("The tokens plugged in hold no certificate to sign with."))
        elif not tokens and not self.status.text():
            self.status.setText(UserError(NO_TOKEN).render(translate))
        for row in range(self.certificates.count()):
            if self.certificates.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
                self.certificates.setCurrentRow(row)
                break
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.choice() is not None)

    def choice(self) -> TokenChoice | None:
        item = self.certificates.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        return item.data(Qt.ItemDataRole.UserRole)

    def accept_choice(self) -> None:
        if self.choice() is not None:
            self.accept()
