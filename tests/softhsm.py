"""A real PKCS#11 token for the signing tests: SoftHSM2 with its own token folder, a test CA, and
officers' keys made on the token (the private key never leaves it) with certificates the CA issued.

Tokens: "GPA Test" (valid certificate, CA "GPA Test CA"), "GPA Expired" (a certificate that expired),
"GPA Other" (a certificate from another CA, "Other CA", that the tests never trust).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

LIBRARIES = ("/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so")
PIN, SO_PIN = "123456", "12345678"
SIGNER, AGENCY = "Nguyễn Văn An", "Sở Tài nguyên và Môi trường tỉnh Gia Lai"


@dataclass
class Hsm:
    library: str
    ca_pem: bytes
    other_ca_pem: bytes
    folder: Path
    labels: dict[str, str] = field(default_factory=dict)


def find_library() -> str | None:
    return next((p for p in LIBRARIES if Path(p).is_file()), None)


def _ca(name: str):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name), x509.NameAttribute(NameOID.COUNTRY_NAME, "VN")])
    now = datetime.now(timezone.utc)
    cert = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=30)).not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return key, cert


def _token_with_certificate(library: str, label: str, issuer, *, valid_from: datetime, valid_to: datetime) -> None:
    """A key pair generated on the token and the certificate *issuer* made for its public key, stored beside it."""
    import pkcs11
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from pkcs11 import Attribute, KeyType, ObjectClass

    ca_key, ca_cert = issuer
    token = pkcs11.lib(library).get_token(token_label=label)
    with token.open(rw=True, user_pin=PIN) as session:
        public, _private = session.generate_keypair(KeyType.RSA, 2048, id=b"\x01", label="chu-ky-so", store=True)
        key = rsa.RSAPublicNumbers(
            int.from_bytes(public[Attribute.PUBLIC_EXPONENT], "big"), int.from_bytes(public[Attribute.MODULUS], "big")
        ).public_key()
        subject = x509.Name([
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, AGENCY),
            x509.NameAttribute(NameOID.COMMON_NAME, SIGNER),
        ])
        cert = (
            x509.CertificateBuilder().subject_name(subject).issuer_name(ca_cert.subject).public_key(key)
            .serial_number(x509.random_serial_number()).not_valid_before(valid_from).not_valid_after(valid_to)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256())
        )
        session.create_object({
            Attribute.CLASS: ObjectClass.CERTIFICATE, Attribute.CERTIFICATE_TYPE: pkcs11.CertificateType.X_509,
            Attribute.TOKEN: True, Attribute.LABEL: "chu-ky-so", Attribute.ID: b"\x01",
            Attribute.VALUE: cert.public_bytes(serialization.Encoding.DER), Attribute.SUBJECT: subject.public_bytes(),
        })
        # the CA's certificate on the token too, as CAs ship them: the signer embeds the chain
        session.create_object({
            Attribute.CLASS: ObjectClass.CERTIFICATE, Attribute.CERTIFICATE_TYPE: pkcs11.CertificateType.X_509,
            Attribute.TOKEN: True, Attribute.LABEL: "ca", Attribute.ID: b"\x02",
            Attribute.VALUE: ca_cert.public_bytes(serialization.Encoding.DER), Attribute.SUBJECT: ca_cert.subject.public_bytes(),
        })


def make_hsm(folder: Path) -> Hsm:
    """SoftHSM2 configured through SOFTHSM2_CONF (read when the library is first initialised), three tokens."""
    from cryptography.hazmat.primitives import serialization

    library = find_library()
    tokens = folder / "tokens"
    tokens.mkdir(parents=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n")
    os.environ["SOFTHSM2_CONF"] = str(conf)
    for label in ("GPA Test", "GPA Expired", "GPA Other"):
        subprocess.run(
            ["softhsm2-util", "--init-token", "--free", "--label", label, "--so-pin", SO_PIN, "--pin", PIN],
            check=True, capture_output=True,
        )
    now = datetime.now(timezone.utc)
    test_ca, other_ca = _ca("GPA Test CA"), _ca("Other CA")
    _token_with_certificate(library, "GPA Test", test_ca, valid_from=now - timedelta(days=1), valid_to=now + timedelta(days=365))
    _token_with_certificate(library, "GPA Expired", test_ca, valid_from=now - timedelta(days=400), valid_to=now - timedelta(days=35))
    _token_with_certificate(library, "GPA Other", other_ca, valid_from=now - timedelta(days=1), valid_to=now + timedelta(days=365))
    pem = lambda cert: cert.public_bytes(serialization.Encoding.PEM)  # noqa: E731
    return Hsm(library, pem(test_ca[1]), pem(other_ca[1]), folder)


def available() -> str | None:
    """Why the token emulator cannot run here, or None."""
    if find_library() is None or shutil.which("softhsm2-util") is None:
        return "softhsm2 is not installed (apt-get install softhsm2; .ci/run installs it)"
    return None
