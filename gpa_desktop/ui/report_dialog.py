"""Printing a report: the options of the official document, then the PDF in the system viewer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QElapsedTimer, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressDialog,
    QWidget,
)

from ..domain.errors import UserError
from ..domain.plan import Plan
from ..i18n import translate
from ..operations import Workspace
from ..operations.issue import ReportKind, ReportOptions, issue_report, verify_code
from . import prompts
from .read_only import refuse_writes
from .screen_fit import fit_to_screen
from .settings import Settings

AGENCY, PROVINCE = "agency", "province"


class _Cancelled(Exception):
    """The officer pressed Cancel while the PDF was being laid out."""


class ReportDialog(QDialog):
    def __init__(self, ws: Workspace, plan: Plan, settings: Settings, period: str, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.plan, self.settings, self.period, self.kind = ws, plan, settings, period, kind
        self.written: tuple[str, str | None] | None = None  # (file, verification code)
        self.setWindowTitle(self.tr("Agency report") if kind == AGENCY else self.tr("Province report"))
        self.agency = QComboBox()
        for agency in plan.agencies:
            if not agency.is_collective:
                self.agency.addItem(agency.name, agency.code)
        default = settings.agency if kind == AGENCY else "SKHDT"
        self.agency.setCurrentIndex(max(0, self.agency.findData(default)))
        # the issuer's superior on the header's first line: not the province for a central agency's branch
        self.supervising_body = QLineEdit(ReportOptions().supervising_body)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("leave empty to write it by hand"))
        today = date.today()
        self.issued_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.issued_on.setCalendarPopup(True)
        self.issued_on.setDisplayFormat("dd/MM/yyyy")
        self.signer_name = QLineEdit(settings.signer_name)
        self.signer_title = QLineEdit(settings.signer_title)
        self.signer_authority = QLineEdit(settings.signer_authority)
        self.recipients = QPlainTextEdit()
        self.recipients.setObjectName("recipients")
        self._suggested = ""
        self.agency.currentIndexChanged.connect(self._suggest_recipients)
        self._suggest_recipients()
        # signed with the officer's token as it is issued: the PDF is then the document itself
        self.sign = QCheckBox(self.tr("Sign digitally with my token"))
        self.sign.setObjectName("sign")
        self.error = QLabel()
        self.error.setStyleSheet("color: #b71c1c")
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Period"), QLabel(period))
        form.addRow(self.tr("Agency") if kind == AGENCY else self.tr("Issued by"), self.agency)
        form.addRow(self.tr("Supervising body"), self.supervising_body)
        form.addRow(self.tr("Number"), self.number)
        form.addRow(self.tr("Date"), self.issued_on)
        form.addRow(self.tr("Signing authority"), self.signer_authority)
        form.addRow(self.tr("Signer's title"), self.signer_title)
        form.addRow(self.tr("Signer's name"), self.signer_name)
        form.addRow(self.tr("Recipients (one per line)"), self.recipients)
        form.addRow(self.sign)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        # its verification code is recorded in the database: a read-only one could never verify it
        refuse_writes(ws.read_only, buttons.button(QDialogButtonBox.StandardButton.Ok))
        form.addRow(buttons)
        fit_to_screen(self, QSize(620, 520))

    def _suggest_recipients(self) -> None:
        """The usual recipients but the issuing agency itself; a list the officer edited stays theirs."""
        suggested = "\n".join(ReportOptions().recipients_for(self.agency.currentText()))
        if self.recipients.toPlainText() == self._suggested:
            self.recipients.setPlainText(suggested)
        self._suggested = suggested

    def options(self) -> ReportOptions:
        return ReportOptions(
            number=self.number.text().strip(),
            supervising_body=self.supervising_body.text().strip(),
            issued_on=self.issued_on.date().toPython(),
            signer_name=self.signer_name.text().strip(),
            signer_title=self.signer_title.text().strip(),
            signer_authority=self.signer_authority.text().strip(),
            recipients=tuple(line.strip() for line in self.recipients.toPlainText().splitlines() if line.strip()),
            issuer=self.agency.currentData() if self.kind == PROVINCE else None,
        )

    def create(self) -> None:
        code = self.agency.currentData()
        suggested = f"BaoCao_{code}_{self.period}.pdf" if self.kind == AGENCY else f"BaoCaoTongHop_{self.period}.pdf"
        path = prompts.choose_save_file(self, self.tr("Save the report"), suggested, self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        signing = None
        if self.sign.isChecked():  # token, certificate and PIN first, once for this report
            from ..operations.signing import Signing
            from .sign_dialog import SignDialog

            chooser = SignDialog(self.settings, self)
            chosen = chooser.choice() if chooser.exec() else None
            chooser.deleteLater()
            if chosen is None:
                return
            pin = prompts.ask_password(self, self.tr("Token PIN"), self.tr("PIN of the token {token}:").format(token=chosen.token_label))
            if pin is None:
                return
            signing = Signing(chosen, pin, self.settings.timestamp_url or None)
        busy = QProgressDialog(self.tr("Preparing the report…"), self.tr("Cancel"), 0, 0, self)
        busy.setWindowModality(Qt.WindowModality.WindowModal)
        busy.setAutoReset(False)
        busy.setAutoClose(False)
        started = QElapsedTimer()
        started.start()

        def page_done(page: int) -> None:
            # a province report runs to hundreds of pages: keep the window painted and the Cancel button live
            if not busy.isVisible() and started.elapsed() > 400:
                busy.show()
            busy.setLabelText(self.tr("Preparing the report… page {page}").format(page=page))
            QCoreApplication.processEvents()
            if busy.wasCanceled():
                raise _Cancelled

        try:
            kind = ReportKind.AGENCY if self.kind == AGENCY else ReportKind.PROVINCE
            issued = issue_report(
                self.ws, kind, Path(path), period=self.period, agency=code, options=self.options(), progress=page_done, signing=signing
            )
            verification = issued.code
        except _Cancelled:  # the unfinished file is gone; an earlier report of that name is untouched
            self.error.setText(self.tr("Cancelled: no report was written."))
            return
        except UserError as error:
            self.error.setText(error.render(translate))
            return
        finally:
            busy.close()
        for note in issued.signature.notes if issued.signature else ():
            prompts.show_warning(self, self.tr("Signed without a timestamp"), note.render(translate))
        self.written = (path, verification)
        # who signed is remembered for the next report
        options = self.options()
        self.settings.signer_name, self.settings.signer_title = options.signer_name, options.signer_title
        self.settings.signer_authority = options.signer_authority
        prompts.open_with_system_viewer(path)
        self.accept()


class VerifyDialog(QDialog):
    """Type the code printed on a signed report; see whether the records still hold exactly that."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QPushButton, QVBoxLayout

        self.ws = ws
        self.setWindowTitle(self.tr("Verify a report code"))
        self.code = QLineEdit()
        self.code.setPlaceholderText("ABCDE-FGHIJ")
        self.answer = QPlainTextEdit()
        self.answer.setReadOnly(True)
        check = QPushButton(self.tr("Check"))
        check.clicked.connect(self.check)
        self.code.returnPressed.connect(self.check)
        check_file = QPushButton(self.tr("Check a signed PDF file…"))
        check_file.setObjectName("check_file")
        check_file.setAutoDefault(False)
        check_file.clicked.connect(self.choose_file)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Verification code printed on the report:")))
        layout.addWidget(self.code)
        layout.addWidget(check)
        layout.addWidget(check_file)
        layout.addWidget(self.answer)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        fit_to_screen(self, QSize(620, 420))

    def check(self) -> None:
        verdict = verify_code(self.ws, self.code.text())
        self.answer.setPlainText("\n".join(verdict.render(translate)))

    def choose_file(self) -> None:
        path = prompts.choose_open_file(self, self.tr("Check a signed report"), self.tr("PDF documents (*.pdf)"))
        if path:
            self.check_file(Path(path))

    def check_file(self, path: Path) -> None:
        """The signature (intact, whole file, signer and time, a trusted CA) and the code in the file."""
        from ..operations.signing import check_pdf

        try:
            verdict = check_pdf(self.ws, path)
        except UserError as error:
            self.answer.setPlainText(error.render(translate))
            return
        self.answer.setPlainText("\n".join([path.name, *verdict.render(translate)]))
