"""The province's seal on its templates: an Ed25519 signature by the issuing installation's key.

A thin stand-in for the seal of issue 13 (exchange/identity.py signed with the key kept in
app_meta); when that lands, this module gives way to it. Keys and signatures travel as base64
text, so they fit in a workbook's cells and in app_meta.
"""

from __future__ import annotations

import base64
import hashlib


def new_private_key() -> str:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    raw = Ed25519PrivateKey.generate().private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return base64.b64encode(raw).decode("ascii")


def _private(text: str):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(text))


def public_key_of(private_key: str) -> str:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    raw = _private(private_key).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def sign(private_key: str, message: bytes) -> str:
    return base64.b64encode(_private(private_key).sign(message)).decode("ascii")


def verify(public_key: str, signature: str, message: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key, validate=True)).verify(
            base64.b64decode(signature, validate=True), message
        )
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def fingerprint(public_key: str) -> str:
    """What two officers read to each other by phone: the key's SHA-256, its first 16 bytes in groups of four hex digits."""
    digest = hashlib.sha256(base64.b64decode(public_key)).hexdigest().upper()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))
