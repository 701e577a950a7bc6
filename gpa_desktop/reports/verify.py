"""Checking a printed report's code against the records: the same data, or what changed since."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..storage.issued_reports import IssuedReport, find_issued
from .data import shown_data
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
