"""Signing with the officer's token and checking signed report files, for the window and the command line.

Issuing a signed report is ``issue.issue_report(..., signing=Signing(...))``; here are the token list,
the check of a signed file (its signature and its code, one line per check) and the certificate
authorities this installation trusts. Trusting a CA writes app_meta, which the change log does not
cover (its rows have no id), so those writes return the CA they changed rather than an OpChanges.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import QT_TRANSLATE_NOOP
from ..reports.signing import (  # noqa: F401 - the values the window and the command line handle
    NO_TOKEN, CertInfo, SignResult, TokenChoice, TokenInfo, find_library, vietnam_time_text,
)
from ..storage.trusted_cas import TrustedCa, read_certificate
from .workspace import Workspace


@dataclass(frozen=True)
class Signing:
    """Sign the report being issued: with which token and certificate, the PIN, a timestamp server."""

    token: TokenChoice
    pin: str
    timestamp_url: str | None = None


def list_tokens(library: str | None) -> list[TokenInfo]:
    """The tokens plugged in and their signing certificates (the library as configured, else the usual places)."""
    from ..reports.signing import list_tokens as on_the_token

    return on_the_token(library)


def library_in_use(configured: str | None) -> str:
    return str(find_library(configured or None))


_LINES = {
    "unsigned": QT_TRANSLATE_NOOP("Verdict", "Signature: NONE, the file is not signed."),
    "broken": QT_TRANSLATE_NOOP("Verdict", "Signature: BROKEN, the file was changed after it was signed."),
    "partial": QT_TRANSLATE_NOOP("Verdict", "Signature: intact, but it does NOT cover the whole file: something was added after signing."),
    "intact": QT_TRANSLATE_NOOP("Verdict", "Signature: intact, covers the whole file."),
    "signer": QT_TRANSLATE_NOOP("Verdict", "Signed by: {signer} ({organisation}), at {time} ({how})."),
    "trusted": QT_TRANSLATE_NOOP("Verdict", "Certificate authority: trusted ({issuer})."),
    "untrusted": QT_TRANSLATE_NOOP("Verdict", "Certificate authority: NOT TRUSTED ({issuer}): the certificate does not chain to an authority this installation trusts."),
    "no code": QT_TRANSLATE_NOOP("Verdict", "Verification code: NONE found in the file."),
    "unknown code": QT_TRANSLATE_NOOP("Verdict", "Verification code {code}: NOT FOUND, no report with this code was issued from this database."),
    "same": QT_TRANSLATE_NOOP("Verdict", "Verification code {code}: matches the records exactly."),
    "changed": QT_TRANSLATE_NOOP("Verdict", "Verification code {code}: CHANGED, the records now differ:"),
    "valid": QT_TRANSLATE_NOOP("Verdict", "Result: VALID."),
    "invalid": QT_TRANSLATE_NOOP("Verdict", "Result: NOT VALID."),
}
TIMESTAMPED = QT_TRANSLATE_NOOP("Verdict", "time vouched for by a timestamp server")
CLOCK = QT_TRANSLATE_NOOP("Verdict", "the signer's computer clock, no timestamp")


@dataclass(frozen=True)
class FileVerdict:
    ok: bool  # intact, covers the whole file, a trusted CA, and the code matches the records
    file: str
    lines: tuple[tuple[str, dict], ...]  # (message, its values), one per check: rendered by the caller

    def render(self, translate=None) -> list[str]:
        def tr(text: str) -> str:
            return translate("Verdict", text) if translate and text else text

        return [tr(message).format(**{k: tr(v) if k == "how" else v for k, v in values.items()}) for message, values in self.lines]


def check_pdf(ws: Workspace, path: Path, also_trusted: list[bytes] = ()) -> FileVerdict:
    """A signed report file checked offline: its signature against the installation's CAs (and
    *also_trusted*, for this check only), and the code it carries against the records."""
    from ..reports.verification import describe
    from ..reports.verify import verify_pdf
    from ..storage.trusted_cas import trusted_pems

    with ws.reading() as session:
        verdict = verify_pdf(session, Path(path), trusted_pems(session) + list(also_trusted))
    sig, lines = verdict.signature, []
    if not sig.signed:
        lines.append((_LINES["unsigned"], {}))
    else:
        lines.append((_LINES["broken" if not sig.intact else "partial" if not sig.whole_file else "intact"], {}))
        when = vietnam_time_text(sig.signed_at) if sig.signed_at else "—"
        lines.append((_LINES["signer"], {"signer": sig.signer, "organisation": sig.organisation or "—", "time": when,
                                          "how": TIMESTAMPED if sig.timestamped else CLOCK}))
        lines.append((_LINES["trusted" if sig.trusted else "untrusted"], {"issuer": sig.issuer}))
    data = verdict.data
    if verdict.code is None:
        lines.append((_LINES["no code"], {}))
    elif data.report is None:
        lines.append((_LINES["unknown code"], {"code": verdict.code}))
    elif data.unchanged:
        lines.append((_LINES["same"], {"code": verdict.code}))
    else:
        lines.append((_LINES["changed"], {"code": verdict.code}))
        lines += [("  {line}", {"line": describe(d)}) for d in data.differences]
    lines.append((_LINES["valid" if verdict.valid else "invalid"], {}))
    return FileVerdict(verdict.valid, verdict.file, tuple(lines))


def certificate_pem(data: bytes, file: str = "") -> bytes:
    """A CA certificate given for one check (PEM or DER) as PEM; a file that holds none is refused."""
    from cryptography.hazmat.primitives import serialization

    return read_certificate(data, file).public_bytes(serialization.Encoding.PEM)


def trusted_authorities(ws: Workspace) -> list[TrustedCa]:
    from ..storage.trusted_cas import trusted_cas

    with ws.reading() as session:
        return trusted_cas(session)


def trust_authority(ws: Workspace, data: bytes, file: str = "") -> TrustedCa:
    from ..storage.trusted_cas import add_trusted_ca

    with ws.transaction() as session:
        return add_trusted_ca(session, data, file)


def distrust_authority(ws: Workspace, fingerprint: str) -> TrustedCa:
    from ..storage.trusted_cas import remove_trusted_ca

    with ws.transaction() as session:
        return remove_trusted_ca(session, fingerprint)
