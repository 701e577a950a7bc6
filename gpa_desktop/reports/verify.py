"""Checking a printed report's code against the records (the same data, or what changed since), and a
signed report file: its signature and its code."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from ..storage.issued_reports import IssuedReport, find_issued
from .data import shown_data
from .signing import SignatureCheck, check_signature, code_in
from .verification import Difference, compare, normalise_code


@dataclass(frozen=True)
class Verdict:
    code: str
    report: IssuedReport | None  # None: no report was issued with this code here
    differences: list[Difference]

    @property
    def unchanged(self) -> bool:
        return self.report is not None and not self.differences


def verify(session: Session, code: str) -> Verdict:
    code = normalise_code(code)
    report = find_issued(session, code)
    if report is None:
        return Verdict(code, None, [])
    now = shown_data(session, report.period, report.agency).rows
    return Verdict(code, report, compare(report.snapshot["rows"], now))


@dataclass(frozen=True)
class PdfVerdict:
    """A report file checked both ways: its signature, and the code printed in it against the records."""

    file: str
    signature: SignatureCheck
    code: str | None  # None: the file carries no verification code
    data: Verdict | None  # None when there is no code

    @property
    def valid(self) -> bool:
        return self.signature.valid and self.data is not None and self.data.unchanged


def verify_pdf(session: Session, path: Path, trusted_cas: list[bytes]) -> PdfVerdict:
    """*trusted_cas*: the installation's list (storage.trusted_cas) and any given for this one check."""
    signature = check_signature(path, trusted_cas)
    code = code_in(path)
    return PdfVerdict(Path(path).name, signature, code, verify(session, code) if code else None)

