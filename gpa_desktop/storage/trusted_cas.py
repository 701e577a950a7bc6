"""The certificate authorities this installation trusts for signed reports (verify-pdf, the verify dialog).

Kept in the database file (app_meta "trusted_cas": a JSON list of PEM texts), so they travel with it
to another office. AppMeta rows have no integer id, so these writes are not in the change log.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from . import models

KEY = "trusted_cas"
NOT_A_CERTIFICATE = QT_TRANSLATE_NOOP("UserError", "The file {file} holds no certificate (PEM or DER).")
NOT_A_CA = QT_TRANSLATE_NOOP("UserError", "The certificate of {name} is not a certificate authority's, so it cannot be trusted as one.")
UNKNOWN_CA = QT_TRANSLATE_NOOP("UserError", "No trusted certificate authority has a fingerprint starting with {fingerprint}.")
AMBIGUOUS_CA = QT_TRANSLATE_NOOP("UserError", "Several trusted certificate authorities have a fingerprint starting with {fingerprint}; give more of it.")


@dataclass(frozen=True)
class TrustedCa:
    fingerprint: str  # SHA-256 of the certificate, hex
    subject: str  # its CN (or the whole name)
    not_after: datetime
    pem: str


def read_certificate(data: bytes, file: str = ""):
    """A certificate from PEM or DER bytes (CAs publish either, as .pem, .crt or .cer)."""
    from cryptography import x509

    try:
        return x509.load_pem_x509_certificate(data) if b"-----BEGIN" in data else x509.load_der_x509_certificate(data)
    except ValueError:
        raise UserError(NOT_A_CERTIFICATE, file=file) from None


def describe(certificate) -> TrustedCa:
    from cryptography.hazmat.primitives import serialization
    from cryptography.x509.oid import NameOID

    names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    pem = certificate.public_bytes(serialization.Encoding.PEM).decode("ascii")
    return TrustedCa(
        fingerprint=hashlib.sha256(certificate.public_bytes(serialization.Encoding.DER)).hexdigest(),
        subject=str(names[0].value) if names else certificate.subject.rfc4514_string(),
        not_after=certificate.not_valid_after_utc,
        pem=pem,
    )


def is_ca(certificate) -> bool:
    from cryptography import x509

    try:
        return certificate.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    except x509.ExtensionNotFound:
        return False


def trusted_cas(session: Session) -> list[TrustedCa]:
    from cryptography import x509

    row = session.get(models.AppMeta, KEY)
    return [describe(x509.load_pem_x509_certificate(pem.encode("ascii"))) for pem in (json.loads(row.value) if row else [])]


def trusted_pems(session: Session) -> list[bytes]:
    return [ca.pem.encode("ascii") for ca in trusted_cas(session)]


def _store(session: Session, cas: list[TrustedCa]) -> None:
    value = json.dumps([ca.pem for ca in cas])
    row = session.get(models.AppMeta, KEY)
    if row is None:
        session.add(models.AppMeta(key=KEY, value=value))
    else:
        row.value = value


def add_trusted_ca(session: Session, data: bytes, file: str = "") -> TrustedCa:
    """Trust the CA whose certificate is *data*; adding one already trusted changes nothing."""
    certificate = read_certificate(data, file)
    ca = describe(certificate)
    if not is_ca(certificate):
        raise UserError(NOT_A_CA, name=ca.subject)
    cas = trusted_cas(session)
    if all(c.fingerprint != ca.fingerprint for c in cas):
        _store(session, [*cas, ca])
    return ca


def remove_trusted_ca(session: Session, fingerprint: str) -> TrustedCa:
    """Stop trusting the CA whose fingerprint starts with *fingerprint* (colons and case ignored)."""
    wanted = fingerprint.replace(":", "").strip().lower()
    cas = trusted_cas(session)
    matching = [c for c in cas if wanted and c.fingerprint.startswith(wanted)]
    if not matching:
        raise UserError(UNKNOWN_CA, fingerprint=fingerprint)
    if len(matching) > 1:
        raise UserError(AMBIGUOUS_CA, fingerprint=fingerprint)
    _store(session, [c for c in cas if c is not matching[0]])
    return matching[0]
