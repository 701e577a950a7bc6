"""A report signed with the officer's own token (PKCS#11), and a signed PDF checked.

pyHanko writes the PAdES signature (baseline B-B; B-T when a timestamp server answers) as an
incremental update over the whole file, with a visible stamp on the report's signature block
(the box the report recorded while it was laid out: reports/official.py). python-pkcs11, which
pyHanko's PKCS#11 signer is built on, talks to the token: the CA's library, the token, the PIN,
the certificate and its key. Every way this can fail is a UserError of one plain sentence.
"""

from __future__ import annotations

import functools
import os
import re
import struct
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from ..domain.dates import VIETNAM
from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from ..domain.text import nfc
from ..storage.files import atomic_write
from .official import CODE_KEYWORD, SIGNATURE_KEYWORD

FIELD_NAME = "ChuKySo"
LIBRARY_ENV = "GPA_PKCS11_LIB"  # a library path for scripts (the window keeps its own in Settings)

# Where the Windows drivers of Vietnamese CAs usually put their PKCS#11 library, tried in this order
# after a configured path. Names gathered from CAs' own web-signing plugins and from programs that sign
# with these tokens; most tokens are rebranded Feitian ePass2003 or SafeNet eToken, so their generic
# libraries come last. (unverified) marks names seen in one source only.
KNOWN_LIBRARIES: tuple[tuple[str, str], ...] = (
    ("VNPT-CA", "vnptca_p11_v8.dll"),
    ("VNPT-CA", "vnptca_p11_v6.dll"),
    ("VNPT-CA", "vnpt-ca_csp11.dll"),
    ("VNPT-CA", "VNPT-CA_v34.dll"),
    ("Viettel-CA", "viettel-ca_v6.dll"),
    ("Viettel-CA", "viettel-ca_v5.dll"),
    ("Viettel-CA", "viettel-ca_v4.dll"),
    ("BKAV-CA", "BkavCA.dll"),
    ("BKAV-CA", "st3csp11.dll"),  # (unverified) SecureMetric tokens sold by BKAV
    ("FPT-CA", "fpt-ca.dll"),
    ("FPT-CA", "fptca_v3.dll"),  # (unverified)
    ("CA2 / Cyber Lotus (Nacencomm)", "CA2_v34.dll"),  # (unverified)
    ("CA2 / Cyber Lotus (Nacencomm)", "CA2_csp11.dll"),  # (unverified)
    # Ban Cơ yếu Chính phủ (public-service signature): its tokens are said to use bit4id's middleware (unverified)
    ("Ban Cơ yếu Chính phủ", "bit4xpki.dll"),
    # MISA-CA: no library name was found; its tokens are expected to be one of the generic ones below (unverified)
    ("ePass2003 (Feitian)", "eps2003csp11.dll"),
    ("SafeNet eToken", "eTPKCS11.dll"),
    ("Shuttle", "ShuttleCsp11_3003.dll"),
)
LINUX_LIBRARIES = ("/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so", "/usr/lib/opensc-pkcs11.so")


# -- errors ---------------------------------------------------------------------------------------

LIBRARY_MISSING = QT_TRANSLATE_NOOP("UserError", "The token library {path} does not exist; install the token driver from your certificate authority or correct the library's path in Settings.")
NO_LIBRARY = QT_TRANSLATE_NOOP("UserError", "No token library was found on this computer; install the token driver from your certificate authority, or give the library's path in Settings (or with --pkcs11-lib).")
WRONG_ARCHITECTURE = QT_TRANSLATE_NOOP("UserError", "The token library {path} is a {theirs}-bit library, which this {ours}-bit program cannot load; install the {ours}-bit token driver from your certificate authority.")
NOT_A_LIBRARY = QT_TRANSLATE_NOOP("UserError", "The file {path} is not a token library (PKCS#11 module).")
LOAD_FAILED = QT_TRANSLATE_NOOP("UserError", "The token library {path} could not be loaded; reinstall the token driver from your certificate authority.")
NO_TOKEN = QT_TRANSLATE_NOOP("UserError", "No token is plugged in; plug in your digital-signature token and try again.")
TOKEN_NOT_FOUND = QT_TRANSLATE_NOOP("UserError", "No token named {label} is plugged in (tokens found: {found}).")
SEVERAL_TOKENS = QT_TRANSLATE_NOOP("UserError", "Several tokens are plugged in ({found}); name the one to sign with (--token-label).")
TOKEN_UNPLUGGED = QT_TRANSLATE_NOOP("UserError", "The token was unplugged or stopped answering; plug it in again and retry.")
PIN_EMPTY = QT_TRANSLATE_NOOP("UserError", "Enter the token's PIN to sign.")
PIN_WRONG = QT_TRANSLATE_NOOP("UserError", "The PIN is wrong.")
PIN_WRONG_COUNT_LOW = QT_TRANSLATE_NOOP("UserError", "The PIN is wrong; the token counts wrong PINs and locks itself after a few more.")
PIN_WRONG_FINAL_TRY = QT_TRANSLATE_NOOP("UserError", "The PIN is wrong; one more wrong PIN will lock the token.")
TOKEN_LOCKED = QT_TRANSLATE_NOOP("UserError", "The token is locked after too many wrong PINs; ask your certificate authority to unlock it.")
NO_CERTIFICATE = QT_TRANSLATE_NOOP("UserError", "The token {token} holds no certificate to sign with.")
CERTIFICATE_NOT_FOUND = QT_TRANSLATE_NOOP("UserError", "The token {token} holds no certificate named {label} (certificates: {found}).")
SEVERAL_CERTIFICATES = QT_TRANSLATE_NOOP("UserError", "The token {token} holds several certificates ({found}); name the one to sign with (--key-label).")
NO_KEY = QT_TRANSLATE_NOOP("UserError", "The token {token} holds no private key for the certificate of {name}.")
EXPIRED = QT_TRANSLATE_NOOP("UserError", "The certificate of {name} expired on {day}; renew it with your certificate authority.")
NOT_YET_VALID = QT_TRANSLATE_NOOP("UserError", "The certificate of {name} is valid only from {day}.")
SIGNING_FAILED = QT_TRANSLATE_NOOP("UserError", "The token refused to sign; unplug it, plug it in again and retry.")
TIMESTAMP_UNREACHABLE = QT_TRANSLATE_NOOP("UserError", "The timestamp server {url} did not answer, so the report was signed without a timestamp (the signing time is this computer's clock).")
NOT_A_PDF = QT_TRANSLATE_NOOP("UserError", "The file {file} is not a readable PDF document.")


# -- values ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CertInfo:
    label: str
    subject: str  # the holder's name (CN)
    organisation: str  # O of the certificate, "" when it has none
    issuer: str
    not_before: datetime
    not_after: datetime
    key_id: bytes  # CKA_ID: ties the certificate to its private key on the token

    @property
    def expired(self) -> bool:
        return self.not_after < datetime.now(timezone.utc)


@dataclass(frozen=True)
class TokenInfo:
    label: str
    serial: str
    certificates: tuple[CertInfo, ...]


@dataclass(frozen=True)
class TokenChoice:
    """Which library, token and certificate to sign with; None: the only one there is."""

    library: str | None = None  # None: GPA_PKCS11_LIB, then the usual places
    token_label: str | None = None
    key_label: str | None = None  # the certificate's (or key's) label
    key_id: bytes | None = None  # or its CKA_ID, as chosen from a list


@dataclass(frozen=True)
class SignatureAppearance:
    agency: str = ""  # shown as "Cơ quan" when the certificate names no organisation (default: the report's issuer)
    visible: bool = True


@dataclass(frozen=True)
class SignResult:
    signer: str
    organisation: str
    signed_at: datetime  # Vietnam time
    level: str  # "B-B" or "B-T"
    page: int | None  # the stamp's page (1-based); None: no visible stamp
    box: tuple[float, float, float, float] | None
    notes: tuple[UserError, ...] = ()  # what the officer should know (a timestamp server that did not answer)


# -- the library ----------------------------------------------------------------------------------


def known_library_paths() -> list[Path]:
    if sys.platform == "win32":
        root = Path(os.environ.get("SystemRoot", r"C:\Windows"))
        # SysWOW64 holds 32-bit copies: found there, the officer is told to install the 64-bit driver
        return [root / folder / name for folder in ("System32", "SysWOW64") for _ca, name in KNOWN_LIBRARIES]
    return [Path(p) for p in LINUX_LIBRARIES]


def find_library(configured: str | os.PathLike | None = None) -> Path:
    """The library to load: the configured path (Settings, --pkcs11-lib), else GPA_PKCS11_LIB, else the
    first of the usual places that exists."""
    chosen = configured or os.environ.get(LIBRARY_ENV)
    if chosen:
        path = Path(chosen)
        if not path.is_file():
            raise UserError(LIBRARY_MISSING, path=path)
        return path
    for path in known_library_paths():
        if path.is_file():
            return path
    raise UserError(NO_LIBRARY)


def library_bits(path: Path) -> int | None:
    """32 or 64 from a library's own header (PE or ELF), None for a format not checked (Mach-O);
    a file that is no library at all is refused here, before the loader says it in English."""
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError:
        raise UserError(LIBRARY_MISSING, path=path) from None
    if head[:4] == b"\x7fELF":
        return {1: 32, 2: 64}.get(head[4]) or _not_a_library(path)
    if head[:2] == b"MZ" and len(head) >= 0x40:
        offset = struct.unpack_from("<I", head, 0x3C)[0]
        if head[offset : offset + 4] != b"PE\0\0":
            _not_a_library(path)
        magic = struct.unpack_from("<H", head, offset + 24)[0]  # the optional header: PE32 or PE32+
        return {0x10B: 32, 0x20B: 64}.get(magic) or _not_a_library(path)
    if head[:4] in (b"\xcf\xfa\xed\xfe", b"\xce\xfa\xed\xfe", b"\xca\xfe\xba\xbe"):
        return None
    _not_a_library(path)


def _not_a_library(path: Path):
    raise UserError(NOT_A_LIBRARY, path=path)


def load_library(path: Path):
    import pkcs11

    ours = struct.calcsize("P") * 8
    theirs = library_bits(path)
    if theirs is not None and theirs != ours:
        raise UserError(WRONG_ARCHITECTURE, path=path, theirs=theirs, ours=ours)
    try:
        return pkcs11.lib(str(path))
    except Exception as error:  # the loader's own words (English, OS-specific) go to the log only
        text = str(error)
        if "wrong ELF class" in text or "193" in text:  # Windows: ERROR_BAD_EXE_FORMAT
            raise UserError(WRONG_ARCHITECTURE, path=path, theirs=32 if ours == 64 else 64, ours=ours) from error
        raise UserError(LOAD_FAILED, path=path) from error


def _tokens(lib) -> list:
    """The initialised tokens present (SoftHSM, like some readers, also offers an empty slot)."""
    from pkcs11 import TokenFlag
    from pkcs11.exceptions import PKCS11Error

    tokens = []
    try:
        slots = lib.get_slots(token_present=True)
    except PKCS11Error as error:
        raise UserError(TOKEN_UNPLUGGED) from error
    for slot in slots:
        try:
            token = slot.get_token()
        except PKCS11Error:  # a reader without a usable card
            continue
        if token.flags & TokenFlag.TOKEN_INITIALIZED:
            tokens.append(token)
    return tokens


def _label(token) -> str:
    return nfc(token.label.strip())


def _serial(token) -> str:
    serial = token.serial
    return (serial.decode("ascii", "replace") if isinstance(serial, bytes) else str(serial)).strip()


def _certificates(session) -> list[tuple[CertInfo, bytes]]:
    from cryptography import x509
    from cryptography.x509.oid import NameOID
    from pkcs11 import Attribute, ObjectClass

    found = []
    for obj in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
        der = bytes(obj[Attribute.VALUE])
        try:
            cert = x509.load_der_x509_certificate(der)
        except ValueError:
            continue
        try:
            label = obj[Attribute.LABEL] or ""
        except Exception:
            label = ""
        try:
            key_id = bytes(obj[Attribute.ID] or b"")
        except Exception:
            key_id = b""

        def name(of, oid) -> str:
            values = of.get_attributes_for_oid(oid)
            return nfc(str(values[0].value)) if values else ""

        info = CertInfo(
            label=nfc(label), subject=name(cert.subject, NameOID.COMMON_NAME) or nfc(cert.subject.rfc4514_string()),
            organisation=name(cert.subject, NameOID.ORGANIZATION_NAME), issuer=name(cert.issuer, NameOID.COMMON_NAME),
            not_before=cert.not_valid_before_utc, not_after=cert.not_valid_after_utc, key_id=key_id,
        )
        found.append((info, der))
    return found


def _is_ca(der: bytes) -> bool:
    from cryptography import x509

    from ..storage.trusted_cas import is_ca

    return is_ca(x509.load_der_x509_certificate(der))


def list_tokens(library: str | os.PathLike | None = None) -> list[TokenInfo]:
    """The tokens plugged in and the signing certificates each holds (read without the PIN:
    certificates are public objects on a token)."""
    from pkcs11.exceptions import PKCS11Error

    lib = load_library(find_library(library))
    out = []
    for token in _tokens(lib):
        try:
            with token.open() as session:
                certs = tuple(info for info, der in _certificates(session) if not _is_ca(der))
        except PKCS11Error:
            certs = ()
        out.append(TokenInfo(_label(token), _serial(token), certs))
    return out


# -- signing --------------------------------------------------------------------------------------


def _pin_error(flags: int) -> UserError:
    """The wrong-PIN sentence the token's flags allow: PKCS#11 tells no count, only these three states."""
    from pkcs11 import TokenFlag

    if flags & TokenFlag.USER_PIN_LOCKED:
        return UserError(TOKEN_LOCKED)
    if flags & TokenFlag.USER_PIN_FINAL_TRY:
        return UserError(PIN_WRONG_FINAL_TRY)
    if flags & TokenFlag.USER_PIN_COUNT_LOW:
        return UserError(PIN_WRONG_COUNT_LOW)
    return UserError(PIN_WRONG)


def _choose_token(lib, label: str | None):
    tokens = _tokens(lib)
    if not tokens:
        raise UserError(NO_TOKEN)
    labels = ", ".join(sorted(_label(t) for t in tokens))
    if label is not None:
        matching = [t for t in tokens if _label(t) == nfc(label.strip())]
        if not matching:
            raise UserError(TOKEN_NOT_FOUND, label=label, found=labels)
        return matching[0]
    if len(tokens) > 1:
        raise UserError(SEVERAL_TOKENS, found=labels)
    return tokens[0]


def _login(token, pin: str):
    from pkcs11 import TokenFlag
    from pkcs11.exceptions import PinIncorrect, PinInvalid, PinLenRange, PinLocked, PKCS11Error

    if token.flags & TokenFlag.USER_PIN_LOCKED:
        raise UserError(TOKEN_LOCKED)
    if not pin:
        raise UserError(PIN_EMPTY)
    try:
        return token.open(user_pin=pin)
    except PinLocked as error:
        raise UserError(TOKEN_LOCKED) from error
    except (PinIncorrect, PinInvalid, PinLenRange) as error:
        raise _pin_error(_fresh_flags(token)) from error
    except PKCS11Error as error:
        raise UserError(TOKEN_UNPLUGGED) from error


def _fresh_flags(token) -> int:
    """The token's flags after the failed login (the Token object holds those read before it)."""
    try:
        return token.slot.get_token().flags
    except Exception:
        return 0


def _choose_certificate(session, token_label: str, choice: TokenChoice) -> tuple[CertInfo, bytes]:
    from pkcs11 import Attribute, ObjectClass

    certificates = [(info, der) for info, der in _certificates(session) if not _is_ca(der)]
    if not certificates:
        raise UserError(NO_CERTIFICATE, token=token_label)
    keys = session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY})
    keyed = {}
    for key in keys:
        try:
            keyed[bytes(key[Attribute.ID] or b"")] = nfc(key[Attribute.LABEL] or "")
        except Exception:
            continue
    names = ", ".join(info.label or info.subject for info, _der in certificates)
    if choice.key_id is not None:
        matching = [c for c in certificates if c[0].key_id == choice.key_id]
    elif choice.key_label is not None:
        wanted = nfc(choice.key_label.strip())
        matching = [c for c in certificates if c[0].label == wanted or keyed.get(c[0].key_id) == wanted]
    else:
        matching = [c for c in certificates if c[0].key_id in keyed] or certificates
        if len(matching) > 1:
            raise UserError(SEVERAL_CERTIFICATES, token=token_label, found=names)
    if not matching:
        raise UserError(CERTIFICATE_NOT_FOUND, token=token_label, label=choice.key_label or choice.key_id.hex(), found=names)
    info, der = matching[0]
    if info.key_id not in keyed:
        raise UserError(NO_KEY, token=token_label, name=info.subject)
    return info, der


def _check_validity(info: CertInfo, now: datetime) -> None:
    if now > info.not_after:
        raise UserError(EXPIRED, name=info.subject, day=f"{info.not_after.astimezone(VIETNAM):%d/%m/%Y}")
    if now < info.not_before:
        raise UserError(NOT_YET_VALID, name=info.subject, day=f"{info.not_before.astimezone(VIETNAM):%d/%m/%Y}")


@dataclass
class OpenToken:
    """A token logged in with its PIN and the certificate chosen: opened before the report is built,
    so that a wrong PIN or an expired certificate costs the officer nothing."""

    token_label: str
    certificate: CertInfo
    session: object
    _der: bytes = field(repr=False)
    _chain: list[bytes] = field(repr=False, default_factory=list)

    def sign(self, source: Path, target: Path, appearance: SignatureAppearance = SignatureAppearance(),
             timestamp_url: str | None = None, now: datetime | None = None) -> SignResult:
        """Sign *source* into *target* (the same path is allowed); *target* is replaced only by a
        complete signed file."""
        signed_at = (now or datetime.now(VIETNAM)).astimezone(VIETNAM).replace(microsecond=0)
        _check_validity(self.certificate, signed_at)
        space = signature_space(source) if appearance.visible else None
        organisation = self.certificate.organisation or nfc(appearance.agency) or _info(source).get("/Author", "")
        notes: list[UserError] = []
        level = "B-T" if timestamp_url else "B-B"
        try:
            box = self._write(source, target, space, organisation, signed_at, timestamp_url)
        except _TimestampUnreachable:
            notes.append(UserError(TIMESTAMP_UNREACHABLE, url=timestamp_url))
            level = "B-B"
            box = self._write(source, target, space, organisation, signed_at, None)
        return SignResult(
            self.certificate.subject, organisation, signed_at, level, space[0] if space else None, box, tuple(notes)
        )

    def _write(self, source, target, space, organisation, signed_at, timestamp_url):
        from asn1crypto import x509 as asn1_x509
        from pkcs11.exceptions import PKCS11Error
        from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
        from pyhanko.sign import fields, signers
        from pyhanko.sign.pkcs11 import PKCS11Signer
        from pyhanko.sign.timestamps import HTTPTimeStamper, TimestampRequestError
        from pyhanko.stamp import StaticStampStyle

        signer = PKCS11Signer(
            self.session, key_id=self.certificate.key_id, signing_cert=asn1_x509.Certificate.load(self._der),
            ca_chain=[asn1_x509.Certificate.load(der) for der in self._chain],
        )
        meta = signers.PdfSignatureMetadata(
            field_name=FIELD_NAME, md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES,
            name=self.certificate.subject,
        )
        box = None
        field_spec = fields.SigFieldSpec(FIELD_NAME)  # invisible when the file records no signature space
        style = None
        scratch = tempfile.TemporaryDirectory(prefix="gpa-stamp-")
        if space is not None:
            text = stamp_text(self.certificate.subject, organisation, signed_at)
            page, box = space[0], stamp_box(space[1], text.count("\n") + 1)
            field_spec = fields.SigFieldSpec(FIELD_NAME, on_page=page - 1, box=box)
            drawn = Path(scratch.name) / "stamp.pdf"
            draw_stamp(drawn, (box[2] - box[0], box[3] - box[1]), text)
            style = StaticStampStyle.from_pdf_file(str(drawn), border_width=0)
        pdf_signer = _signer_class()(
            meta, signer=signer, timestamper=HTTPTimeStamper(timestamp_url, timeout=10) if timestamp_url else None,
            stamp_style=style, new_field_spec=field_spec, signing_time=signed_at,
        )
        try:
            with scratch, open(source, "rb") as inp:
                writer = IncrementalPdfFileWriter(inp, strict=False)
                with _replacing(target) as out:
                    pdf_signer.sign_pdf(writer, output=out)
        except Exception as error:  # pyHanko may wrap the cause in its own error
            if _caused_by(error, TimestampRequestError):
                raise _TimestampUnreachable from error
            if _caused_by(error, PKCS11Error):
                raise UserError(SIGNING_FAILED) from error
            raise
        return box


class _TimestampUnreachable(Exception):
    pass


def _caused_by(error: BaseException, kind: type) -> bool:
    while error is not None:
        if isinstance(error, kind):
            return True
        error = error.__cause__ or error.__context__
    return False


@functools.cache
def _signer_class():
    """Made on first use: pyHanko is imported only when a report is signed."""
    from pyhanko.sign.signers import PdfSigner

    class VietnamTimeSigner(PdfSigner):
        """pyHanko takes the signing time from the machine's zone; an officer's document states it in
        Vietnam time, the same instant in the signature (/M) and on the stamp."""

        def __init__(self, *args, signing_time: datetime, **kwargs):
            super().__init__(*args, **kwargs)
            self.signing_time = signing_time

        def init_signing_session(self, pdf_out, existing_fields_only=False):
            session = super().init_signing_session(pdf_out, existing_fields_only=existing_fields_only)
            session.system_time = self.signing_time
            return session

    return VietnamTimeSigner


@contextmanager
def open_token(choice: TokenChoice, pin: str) -> Iterator[OpenToken]:
    """Load the library, find the token, log in, choose the certificate and its key (errors as sentences)."""
    lib = load_library(find_library(choice.library))
    token = _choose_token(lib, choice.token_label)
    session = _login(token, pin)
    try:
        info, der = _choose_certificate(session, _label(token), choice)
        _check_validity(info, datetime.now(VIETNAM))
        chain = [d for _i, d in _certificates(session) if _is_ca(d)]
        yield OpenToken(_label(token), info, session, der, chain)
    finally:
        try:
            session.close()
        except Exception:  # an unplugged token: nothing left to close
            pass


def sign_pdf(source: Path, target: Path, *, token: TokenChoice, pin: str, appearance: SignatureAppearance = SignatureAppearance(),
             timestamp_url: str | None = None) -> SignResult:
    with open_token(token, pin) as opened:
        return opened.sign(Path(source), Path(target), appearance, timestamp_url)


@contextmanager
def _replacing(target: Path):
    """An open temporary file beside *target*, renamed over it only when the block ends without an
    error (storage.files.atomic_write); otherwise removed, leaving *target* (or its absence) as it was."""
    with atomic_write(target) as temp, open(temp, "w+b") as out:
        yield out


# -- the stamp ------------------------------------------------------------------------------------

STAMP_WIDTH = 220.0  # points: about 78 mm, inside the 88 mm signature column
STAMP_MARGIN = 3.0  # clear of the title line above and the name below
STAMP_FONT_SIZE = 9
STAMP_COLOUR = (0.05, 0.18, 0.55)  # blue ink, as a signature is written


def stamp_box(space: tuple[float, float, float, float], lines: int = 3) -> tuple[int, int, int, int]:
    """The stamp inside the recorded signature space: centred both ways, as tall as its *lines* need
    and clear of the space's edges (whole points: pyHanko's field boxes are integers, rounded inwards)."""
    import math

    x0, y0, x1, y1 = space
    width = min(STAMP_WIDTH, x1 - x0 - 2 * STAMP_MARGIN)
    height = min(lines * STAMP_FONT_SIZE * 1.3 + 16, y1 - y0 - 2 * STAMP_MARGIN)
    middle, centre = (x0 + x1) / 2, (y0 + y1) / 2
    return (math.ceil(middle - width / 2), math.ceil(centre - height / 2), math.floor(middle + width / 2), math.floor(centre + height / 2))


def vietnam_time_text(moment: datetime) -> str:
    """ISO 8601 with the +07:00 offset (Circular 01/2019/TT-BNV): 2026-12-02T09:15:00+07:00."""
    return moment.astimezone(VIETNAM).replace(microsecond=0).isoformat()


def stamp_text(signer: str, organisation: str, signed_at: datetime) -> str:
    """The stamp's lines as Vietnamese agencies show a digital signature; long names wrap."""
    from .fonts import register_fonts
    from .official import wrap_words

    family = register_fonts()
    limit = STAMP_WIDTH - 2 * 8 - 2
    lines = []
    for line in (f"Ký bởi: {signer}", f"Cơ quan: {organisation}" if organisation else "", f"Thời gian ký: {vietnam_time_text(signed_at)}"):
        if line:
            lines += wrap_words(nfc(line).split(), family, STAMP_FONT_SIZE, limit)
    return "\n".join(lines)


def draw_stamp(target: Path, size: tuple[float, float], text: str) -> None:
    """The stamp's appearance as a one-page PDF of exactly *size*, drawn by reportlab with the reports' own
    embedded font (pyHanko's text stamps mis-space TrueType fonts whose em is not 1000 units)."""
    from reportlab.pdfgen.canvas import Canvas

    from .fonts import register_fonts

    family = register_fonts()
    width, height = size
    canvas = Canvas(str(target), pagesize=size, invariant=1)
    canvas.setStrokeColorRGB(*STAMP_COLOUR)
    canvas.setFillColorRGB(*STAMP_COLOUR)
    canvas.setLineWidth(0.8)
    canvas.rect(0.4, 0.4, width - 0.8, height - 0.8)
    lines = text.split("\n")
    leading = STAMP_FONT_SIZE * 1.3
    y = height / 2 + (len(lines) - 1) * leading / 2 - STAMP_FONT_SIZE * 0.3  # the block centred in the box
    canvas.setFont(family, STAMP_FONT_SIZE)
    for line in lines:
        canvas.drawString(8, y, line)
        y -= leading
    canvas.showPage()
    canvas.save()


def signature_space(path: Path) -> tuple[int, tuple[float, float, float, float]] | None:
    """The page (1-based) and rectangle of the signature space the report recorded, if any."""
    keywords = _keywords(path)
    match = re.search(re.escape(SIGNATURE_KEYWORD) + r"(\d+) ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)", keywords)
    if not match:
        return None
    page, *box = match.groups()
    return int(page), tuple(float(v) for v in box)


def _info(path: Path) -> dict[str, str]:
    """The document information of *path* (its last revision's)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        with open(path, "rb") as f:
            trailer = PdfFileReader(f, strict=False).trailer
            return {key: str(value) for key, value in trailer["/Info"].items()} if "/Info" in trailer else {}
    except Exception as error:
        raise UserError(NOT_A_PDF, file=Path(path).name) from error


def _keywords(path: Path) -> str:
    return _info(path).get("/Keywords", "")


def code_in(path: Path) -> str | None:
    """The verification code a report keeps in its keywords (the same as printed and in the QR)."""
    match = re.search(re.escape(CODE_KEYWORD) + r"([A-Z2-7]{5}-[A-Z2-7]{5})", _keywords(path))
    return match.group(1) if match else None


# -- checking a signed PDF ------------------------------------------------------------------------


@dataclass(frozen=True)
class SignatureCheck:
    signed: bool
    intact: bool = False  # the signed bytes are unchanged and the signature is cryptographically valid
    whole_file: bool = False  # nothing was added after signing
    trusted: bool = False  # the certificate chains to a CA the installation trusts
    signer: str = ""
    organisation: str = ""
    issuer: str = ""
    signed_at: datetime | None = None  # as the signer states it, in Vietnam time
    timestamped: bool = False  # a timestamp server vouches for the time (B-T)

    @property
    def valid(self) -> bool:
        return self.signed and self.intact and self.whole_file and self.trusted


def check_signature(path: Path, trusted_cas: list[bytes]) -> SignatureCheck:
    """The last signature of *path*, checked offline against *trusted_cas* (PEM or DER)."""
    from asn1crypto import pem as asn1_pem
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import SignatureCoverageLevel, validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    roots = []
    for data in trusted_cas:
        der = asn1_pem.unarmor(data)[2] if asn1_pem.detect(data) else data
        roots.append(asn1_x509.Certificate.load(der))
    try:
        with open(path, "rb") as f:
            reader = PdfFileReader(f, strict=False)
            signatures = reader.embedded_regular_signatures
            if not signatures:
                return SignatureCheck(signed=False)
            embedded = signatures[-1]
            context = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
            status = validate_pdf_signature(embedded, context, skip_diff=True)
    except UserError:
        raise
    except Exception as error:
        raise UserError(NOT_A_PDF, file=Path(path).name) from error
    subject = status.signing_cert.subject.native
    issuer = status.signing_cert.issuer.native
    when = status.signer_reported_dt
    return SignatureCheck(
        signed=True, intact=bool(status.intact and status.valid), whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
        trusted=bool(status.trusted), signer=nfc(subject.get("common_name", "")), organisation=nfc(subject.get("organization_name", "")),
        issuer=nfc(issuer.get("common_name", "")), signed_at=when.astimezone(VIETNAM) if when else None,
        timestamped=status.timestamp_validity is not None,
    )
