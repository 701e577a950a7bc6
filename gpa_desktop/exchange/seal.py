"""The seal on every template an installation exports: an Ed25519 signature by the installation's
own key over the identity's digest and payload (exchange/identity.py).

The private key is made the first time the installation seals a template and kept in the database
(app_meta ``signing_key``, storage/installation.py), so it travels with backups and restores and
nobody else can make it. Its public half is written beside the signature; what a reader may trust
is decided by the key, not by the signature alone (anyone can sign with a key of their own):

- importing a returned workbook, only this installation's own key is trusted (the template came
  from here); a template sealed by another key, or an old one with only a digest, has lost its
  identity: the officer says which agency and period it is for (exchange/importer.py);
- taking a province template, the province key pinned with the first one (exchange/adoption.py);
- a signature that does not verify is an altered file, refused (identity.decode_rows).

Keys and signatures travel as base64 text, so they fit in a workbook's cells and in app_meta.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import replace


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


def seal_identity(identity, private_key: str):
    """*identity* (a WorkbookIdentity, its payload already in) signed with *private_key*."""
    unsigned = replace(identity, public_key=public_key_of(private_key), signature="")
    return replace(unsigned, signature=sign(private_key, unsigned.seal_message()))


# -- this installation's key ------------------------------------------------------------------


def own_key(session) -> str | None:
    """This installation's private key, made and stored the first time it is needed (not in a
    read-only transaction: there it is None until a write has made it, see operations.installation)."""
    from ..storage.installation import signing_key, store_signing_key

    key = signing_key(session)
    if key is None and not session.info.get("read"):
        store_signing_key(session, new_private_key())
        key = signing_key(session)
    return key


def own_sealer(session):
    """What seals a template exported here (None: no key can be had in this transaction)."""
    key = own_key(session)
    return None if key is None else (lambda identity: seal_identity(identity, key))


def sealed_here(session, identity) -> bool:
    """Whether *identity* (decoded, so its signature verified) carries this installation's own seal."""
    from ..storage.installation import signing_key

    key = signing_key(session)
    return bool(identity.signature) and key is not None and public_key_of(key) == identity.public_key
