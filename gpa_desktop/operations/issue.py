"""Printing official reports (an agency's, the province's, the plan listing) and checking a
printed report's verification code: one dispatch and one text of the verdict for the window
and the command line."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from ..reports.data import ReportOptions  # noqa: F401 - what the report dialog fills in
from ..storage.files import atomic_write, file_error
from .signing import Signing, SignResult
from .workspace import Workspace


class ReportKind(str, Enum):
    AGENCY = "agency"
    PROVINCE = "province"
    PLAN = "plan"


@dataclass(frozen=True)
class IssuedFile:
    path: Path
    pages: int
    code: str | None  # the verification code printed on it (the plan listing has none)
    signature: SignResult | None = None  # signed with the officer's token


def issue_report(
    ws: Workspace,
    kind: ReportKind,
    target: Path,
    *,
    period: str | None = None,
    agency: str | None = None,
    options: ReportOptions | None = None,
    progress: Callable[[int], None] | None = None,
    signing: Signing | None = None,
) -> IssuedFile:
    """Write the report's PDF; a report with a verification code records it, so it needs a writable database.

    The report is built beside *target* and takes its name only when the transaction recording its code
    commits; an earlier *target* stays whole until then. With *signing*, the token is opened first (a wrong
    PIN or an expired certificate costs no report) and the file is signed before that commit: a failed
    signing leaves neither a file nor an issued record."""
    if kind is not ReportKind.PLAN:
        if ws.read_only:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "This database is open read-only: a report printed from it could not be verified later. Open it normally to print.",
                )
            )
        if not period:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Name the period with --period, or ask for the plan with --plan."))
    options = options or ReportOptions()
    try:
        return _issue(ws, kind, target, period, agency, options, progress, signing)
    except OSError as exc:  # reading a font or the token's library: one plain sentence, like the writes
        raise file_error(exc, exc.filename or target, reading=True) from exc


def _issue(ws, kind, target, period, agency, options, progress, signing) -> IssuedFile:
    signed = None
    with contextlib.ExitStack() as stack:
        token = None
        if signing is not None:
            from ..reports.signing import open_token

            token = stack.enter_context(open_token(signing.token, signing.pin))
        if kind is ReportKind.PLAN:
            from ..reports.plan_listing import build_plan_listing
            from ..storage.plan_store import read_plan

            with ws.reading() as session:
                plan = read_plan(session)
            with atomic_write(target) as built:
                code, pages = None, build_plan_listing(plan, built)
                if token is not None:
                    signed = token.sign(built, built, timestamp_url=signing.timestamp_url)
        else:
            session = stack.enter_context(ws.transaction())
            from ..storage.periods import period_row

            period_row(session, period)
            # Built (and signed) beside *target*, renamed over it only once the transaction recording its
            # code has committed: a kill at any moment leaves the earlier file or one whose code verifies.
            with atomic_write(target, after_commit_of=session) as built:
                if kind is ReportKind.AGENCY:
                    from ..reports.agency_report import build_agency_report

                    if not agency:
                        raise UserError(QT_TRANSLATE_NOOP("UserError", "Choose the agency whose report to print."))
                    code, pages = build_agency_report(session, agency, period, options, built, progress)
                else:
                    from ..reports.province_report import build_province_report

                    code, pages = build_province_report(session, period, options, built, progress)
                if token is not None:
                    signed = token.sign(built, built, timestamp_url=signing.timestamp_url)
    return IssuedFile(target, pages, code, signed)


@dataclass(frozen=True)
class CodeVerdict:
    ok: bool
    code: str
    lines: tuple[tuple[str, dict], ...]  # (message, its values): rendered by the caller's translate

    def render(self, translate=None) -> list[str]:
        out = []
        for message, values in self.lines:
            text = translate("Verdict", message) if translate and message else message
            out.append(text.format(**values))
        return out


def verify_code(ws: Workspace, code: str) -> CodeVerdict:
    from ..reports.verification import describe
    from ..reports.verify import verify

    with ws.reading() as session:
        verdict = verify(session, code)
    if verdict.report is None:
        message = QT_TRANSLATE_NOOP("Verdict", "No report with the code {code} was issued from this database.")
        return CodeVerdict(False, verdict.code, ((message, {"code": verdict.code}),))
    values = {
        "what": verdict.report.agency or "",
        "period": verdict.report.period,
        "day": verdict.report.issued_on,
    }
    if verdict.unchanged:
        message = (
            QT_TRANSLATE_NOOP("Verdict", "OK: the report of {what}, period {period}, dated {day:%d/%m/%Y}, matches the records exactly.")
            if verdict.report.agency
            else QT_TRANSLATE_NOOP("Verdict", "OK: the province report, period {period}, dated {day:%d/%m/%Y}, matches the records exactly.")
        )
        return CodeVerdict(True, verdict.code, ((message, values),))
    message = (
        QT_TRANSLATE_NOOP("Verdict", "CHANGED: the records differ from the report of {what}, period {period}, dated {day:%d/%m/%Y}:")
        if verdict.report.agency
        else QT_TRANSLATE_NOOP("Verdict", "CHANGED: the records differ from the province report, period {period}, dated {day:%d/%m/%Y}:")
    )
    details = tuple(("{line}", {"line": describe(d)}) for d in verdict.differences)
    return CodeVerdict(False, verdict.code, ((message, values), *details))
