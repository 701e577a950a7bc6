"""Reports signed with a real PKCS#11 token (SoftHSM2), validated by pyHanko and read back with poppler."""

from __future__ import annotations

import io
import re
import struct
from datetime import date, datetime
from pathlib import Path

import pytest

from gpa_desktop.cli import main
from gpa_desktop.domain.errors import UserError
from gpa_desktop.reports import signing
from gpa_desktop.reports.agency_report import build_agency_report
from gpa_desktop.reports.province_report import build_province_report
from gpa_desktop.reports.signing import SignatureAppearance, TokenChoice, check_signature, open_token, sign_pdf, signature_space
from tests.reports.test_pdf_reports import OPTIONS, fonts, page_sizes, pdf_text, reported, words  # noqa: F401 - reported is a fixture
from tests.softhsm import AGENCY, PIN, SIGNER

STAMP_LINES = ("Ký bởi:", "Cơ quan:", "Thời gian ký:")


def choice(hsm, label="GPA Test", **kw) -> TokenChoice:
    return TokenChoice(library=hsm.library, token_label=label, **kw)


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--lang", "en", *argv], out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def agency_pdf(reported, tmp_path) -> Path:
    target = tmp_path / "agency.pdf"
    with reported.transaction() as session:
        build_agency_report(session, "STNMT", "2024", OPTIONS, target)
    return target


def pyhanko_status(path: Path, roots: list[bytes]):
    from asn1crypto import pem, x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    trust = [x509.Certificate.load(pem.unarmor(r)[2]) for r in roots]
    with open(path, "rb") as f:
        reader = PdfFileReader(f)
        (embedded,) = reader.embedded_signatures
        return validate_pdf_signature(embedded, ValidationContext(trust_roots=trust, allow_fetching=False))


def without_stamp(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.strip().startswith(STAMP_LINES) and line.strip())


def assert_signed_as_it_should(unsigned: Path, signed: Path, hsm, result) -> None:
    from pyhanko.sign.validation import SignatureCoverageLevel

    status = pyhanko_status(signed, [hsm.ca_pem])
    assert status.intact and status.valid and status.trusted and status.bottom_line
    assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    assert status.signer_reported_dt == result.signed_at and result.level == "B-B"
    assert signed.read_bytes().startswith(unsigned.read_bytes()), "an incremental update: the report's own bytes unchanged"
    # poppler: the same text, the stamp's lines aside, and every font embedded
    assert without_stamp(pdf_text(signed, drawn_order=True)) == without_stamp(pdf_text(unsigned, drawn_order=True))
    rows = fonts(signed)
    assert rows and all(row[-5] == "yes" for row in rows) and all("LiberationSerif" in row[0] for row in rows)
    # the stamp on the signature block's page, inside the recorded space, over no other word
    page, space = signature_space(unsigned)
    assert result.page == page
    height = page_sizes(signed)[page - 1][1]
    stamped = pdf_text(signed, page, page)
    assert f"Ký bởi: {SIGNER}" in stamped and f"Cơ quan: {AGENCY}" in stamped
    assert f"Thời gian ký: {signing.vietnam_time_text(result.signed_at)}" in stamped
    assert re.search(r"Thời gian ký: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", stamped)
    x0, y0, x1, y1 = result.box
    sx0, sy0, sx1, sy1 = space
    assert sx0 <= x0 < x1 <= sx1 and sy0 <= y0 < y1 <= sy1, "the stamp inside the signature space"
    top, bottom = height - y1, height - y0  # poppler measures from the top
    before = {w for w in words(unsigned, page)}
    inside = [w for w in words(signed, page) if w not in before]
    assert inside and all(x0 - 1 <= w[1] and w[3] <= x1 + 1 and top - 1 <= w[2] and w[4] <= bottom + 1 for w in inside)
    for word, wx0, wy0, wx1, wy1 in before:  # no word of the report under the stamp
        assert wx1 <= x0 or wx0 >= x1 or wy1 <= top or wy0 >= bottom, word


@pytest.mark.slow
def test_an_agency_report_signed_on_the_token_validates_and_reads_as_before(hsm, agency_pdf, tmp_path):
    target = tmp_path / "agency-signed.pdf"
    result = sign_pdf(agency_pdf, target, token=choice(hsm), pin=PIN)
    assert (result.signer, result.organisation) == (SIGNER, AGENCY)
    assert result.signed_at.utcoffset().total_seconds() == 7 * 3600
    assert_signed_as_it_should(agency_pdf, target, hsm, result)
    check = check_signature(target, [hsm.ca_pem])
    assert check.valid and check.signer == SIGNER and check.signed_at == result.signed_at


@pytest.mark.slow
def test_a_province_report_signed_on_the_token_validates(hsm, reported, tmp_path):
    unsigned, target = tmp_path / "province.pdf", tmp_path / "province-signed.pdf"
    with reported.transaction() as session:
        build_province_report(session, "2024", OPTIONS, unsigned)
    result = sign_pdf(unsigned, target, token=choice(hsm), pin=PIN)
    assert_signed_as_it_should(unsigned, target, hsm, result)


def test_the_signature_space_is_recorded_between_the_title_and_the_name(agency_pdf):
    page, (x0, y0, x1, y1) = signature_space(agency_pdf)
    height = page_sizes(agency_pdf)[page - 1][1]
    found = {w[0]: w for w in words(agency_pdf, page)}
    title, name = found["GIÁM"], found["Văn"]  # "PHÓ GIÁM ĐỐC" above (its last line), "Nguyễn Văn An" below
    assert title[4] <= height - y1 and name[2] >= height - y0
    assert y1 - y0 == pytest.approx(28 * 72 / 25.4, abs=0.5)


def test_an_intact_signature_from_a_ca_not_trusted_is_not_valid(hsm, agency_pdf, tmp_path):
    target = tmp_path / "other.pdf"
    sign_pdf(agency_pdf, target, token=choice(hsm, "GPA Other"), pin=PIN)
    check = check_signature(target, [hsm.ca_pem])
    assert check.signed and check.intact and check.whole_file and not check.trusted and not check.valid
    assert check.issuer == "Other CA"
    assert check_signature(target, [hsm.other_ca_pem]).valid


def test_verify_pdf_checks_signature_and_code_and_one_changed_byte_fails_it(hsm, reported, db_path, tmp_path, monkeypatch):
    ca = tmp_path / "ca.pem"
    ca.write_bytes(hsm.ca_pem)
    target = tmp_path / "signed.pdf"
    monkeypatch.setenv("GPA_PIN", PIN)
    code, out, err = run("--db", str(db_path), "report", "--agency", "STNMT", "--period", "2024", "-o", str(target),
                         "--sign", "--pkcs11-lib", hsm.library, "--token-label", "GPA Test")
    assert code == 0, err
    assert f"Signed by {SIGNER} ({AGENCY}) at " in out and "+07:00, PAdES B-B." in out
    printed = re.search(r"Verification code: ([A-Z2-7]{5}-[A-Z2-7]{5})", out).group(1)
    assert f"Mã xác thực: {printed}" in pdf_text(target)
    assert not list(tmp_path.glob(".signed.pdf.*")), "no temporary file left beside the report"

    code, out, _ = run("--db", str(db_path), "verify-pdf", str(target))
    assert code == 1 and "Certificate authority: NOT TRUSTED (GPA Test CA)" in out and "Result: NOT VALID." in out
    code, out, _ = run("--db", str(db_path), "verify-pdf", str(target), "--trust", str(ca))
    assert code == 0, out
    assert out.splitlines() == [
        "Signature: intact, covers the whole file.",
        out.splitlines()[1],
        "Certificate authority: trusted (GPA Test CA).",
        f"Verification code {printed}: matches the records exactly.",
        "Result: VALID.",
    ]
    assert out.splitlines()[1].startswith(f"Signed by: {SIGNER} ({AGENCY}), at ")

    data = target.read_bytes()
    for at in (len(data) // 10, len(data) // 2, data.index(b"/Title") + 10):  # content, middle, the document's own info
        changed = tmp_path / f"changed-{at}.pdf"
        changed.write_bytes(data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :])
        code, out, err = run("--db", str(db_path), "verify-pdf", str(changed), "--trust", str(ca))
        assert code != 0, (at, out)
        assert "Result: VALID." not in out


def test_trust_add_list_remove(hsm, db_path, tmp_path):
    ca = tmp_path / "ca.pem"
    ca.write_bytes(hsm.ca_pem)
    code, out, _ = run("--db", str(db_path), "trust", "add", str(ca))
    assert code == 0 and out.startswith("Trusted: GPA Test CA (")
    fingerprint = re.search(r"\(([0-9a-f]{64})\)", out).group(1)
    code, out, _ = run("--db", str(db_path), "trust", "list")
    assert code == 0 and fingerprint in out and "GPA Test CA" in out
    code, out, _ = run("--db", str(db_path), "trust", "remove", fingerprint[:12])
    assert code == 0 and "No longer trusted: GPA Test CA" in out
    code, out, _ = run("--db", str(db_path), "trust", "list")
    assert "No certificate authority is trusted yet" in out
    junk = tmp_path / "junk.pem"
    junk.write_bytes(b"not a certificate")
    code, _out, err = run("--db", str(db_path), "trust", "add", str(junk))
    assert code == 1 and err.strip() == "The file junk.pem holds no certificate (PEM or DER)."


def test_a_wrong_pin_says_so_and_writes_nothing(hsm, reported, db_path, tmp_path, monkeypatch):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"an earlier report")
    monkeypatch.setenv("GPA_PIN", "000000")
    code, out, err = run("--db", str(db_path), "report", "--agency", "STNMT", "--period", "2024", "-o", str(target),
                         "--sign", "--pkcs11-lib", hsm.library, "--token-label", "GPA Test")
    # SoftHSM2 raises CKF_USER_PIN_COUNT_LOW after a wrong PIN (it never locks): the sentence says what it means
    assert code == 1 and err.strip() == "The PIN is wrong; the token counts wrong PINs and locks itself after a few more."
    assert target.read_bytes() == b"an earlier report" and not list(tmp_path.glob(".report.pdf.*"))


def test_the_wrong_pin_sentence_follows_the_token_flags():
    from pkcs11 import TokenFlag

    assert signing._pin_error(0).message == signing.PIN_WRONG
    assert signing._pin_error(TokenFlag.USER_PIN_COUNT_LOW).message == signing.PIN_WRONG_COUNT_LOW
    assert signing._pin_error(TokenFlag.USER_PIN_COUNT_LOW | TokenFlag.USER_PIN_FINAL_TRY).message == signing.PIN_WRONG_FINAL_TRY
    assert signing._pin_error(TokenFlag.USER_PIN_LOCKED).message == signing.TOKEN_LOCKED


def test_no_pin_without_a_terminal_is_a_plain_error(hsm, db_path, tmp_path, monkeypatch):
    monkeypatch.delenv("GPA_PIN", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, _out, err = run("--db", str(db_path), "report", "--agency", "STNMT", "--period", "2024", "-o", str(tmp_path / "r.pdf"),
                          "--sign", "--pkcs11-lib", hsm.library, "--token-label", "GPA Test")
    assert code == 1 and err.strip() == "No PIN was given: set GPA_PIN, or run the command in a terminal to be asked for it."
    assert not (tmp_path / "r.pdf").exists()


def error_of(hsm, **kw) -> str:
    with pytest.raises(UserError) as caught:
        with open_token(choice(hsm, **kw) if "library" not in kw else TokenChoice(**kw), PIN):
            pass
    return str(caught.value)


def test_token_and_certificate_problems_each_have_their_sentence(hsm, tmp_path):
    assert error_of(hsm, label="Không có") == "No token named Không có is plugged in (tokens found: GPA Expired, GPA Other, GPA Test)."
    assert error_of(hsm, label=None).startswith("Several tokens are plugged in (GPA Expired, GPA Other, GPA Test)")
    assert re.fullmatch(r"The certificate of Nguyễn Văn An expired on \d\d/\d\d/\d{4}; renew it with your certificate authority\.",
                        error_of(hsm, label="GPA Expired"))
    assert error_of(hsm, key_label="khac").startswith("The token GPA Test holds no certificate named khac")
    missing = tmp_path / "vnptca_p11_v8.dll"
    assert error_of(hsm, library=str(missing)).startswith(f"The token library {missing} does not exist;")


def test_a_library_of_the_wrong_architecture_is_named_before_loading(tmp_path):
    elf32 = tmp_path / "libtoken32.so"
    elf32.write_bytes(b"\x7fELF\x01\x01\x01" + b"\0" * 200)  # ELFCLASS32
    pe32 = tmp_path / "token32.dll"
    header = bytearray(512)
    header[:2] = b"MZ"
    struct.pack_into("<I", header, 0x3C, 0x80)
    header[0x80:0x84] = b"PE\0\0"
    struct.pack_into("<H", header, 0x80 + 24, 0x10B)  # PE32: a 32-bit DLL
    pe32.write_bytes(bytes(header))
    for fake in (elf32, pe32):
        with pytest.raises(UserError) as caught:
            signing.load_library(fake)
        assert str(caught.value) == (
            f"The token library {fake} is a 32-bit library, which this 64-bit program cannot load; "
            "install the 64-bit token driver from your certificate authority."
        )
    text = tmp_path / "notes.txt"
    text.write_text("không phải thư viện")
    with pytest.raises(UserError, match=r"is not a token library \(PKCS#11 module\)\."):
        signing.load_library(text)


def test_without_a_configured_library_the_usual_places_are_tried(monkeypatch, tmp_path):
    monkeypatch.delenv(signing.LIBRARY_ENV, raising=False)
    monkeypatch.setattr(signing, "known_library_paths", lambda: [tmp_path / "a.dll", tmp_path / "b.dll"])
    with pytest.raises(UserError, match="No token library was found on this computer"):
        signing.find_library(None)
    (tmp_path / "b.dll").write_bytes(b"MZ")
    assert signing.find_library(None) == tmp_path / "b.dll"
    monkeypatch.setenv(signing.LIBRARY_ENV, str(tmp_path / "c.dll"))
    with pytest.raises(UserError, match="does not exist"):
        signing.find_library(None)


def test_an_interrupted_signing_leaves_the_earlier_file_whole(hsm, agency_pdf, tmp_path, monkeypatch):
    from pyhanko.sign.signers import PdfSigner

    target = tmp_path / "report.pdf"
    target.write_bytes(b"the report signed yesterday")

    def half_written(self, writer, output=None, **kwargs):
        output.write(b"%PDF-1.4 half a signed file")
        raise KeyboardInterrupt  # the officer closes the program, the token is pulled out

    monkeypatch.setattr(PdfSigner, "sign_pdf", half_written)
    with pytest.raises(KeyboardInterrupt):
        sign_pdf(agency_pdf, target, token=choice(hsm), pin=PIN)
    assert target.read_bytes() == b"the report signed yesterday"
    assert sorted(p.name for p in tmp_path.glob("*.pdf*")) == ["agency.pdf", "report.pdf"]
    assert not list(tmp_path.glob(".report.pdf.*")), "the half-signed temporary file is gone"


def test_an_unreachable_timestamp_server_falls_back_to_b_b_with_a_note(hsm, agency_pdf, tmp_path):
    target = tmp_path / "signed.pdf"
    with open_token(choice(hsm), PIN) as token:
        result = token.sign(agency_pdf, target, SignatureAppearance(), timestamp_url="http://127.0.0.1:9/tsa")
    assert result.level == "B-B" and [n.message for n in result.notes] == [signing.TIMESTAMP_UNREACHABLE]
    assert check_signature(target, [hsm.ca_pem]).valid


def test_stamp_text_wraps_a_long_agency_and_states_vietnam_time():
    moment = datetime(2026, 12, 2, 2, 15, tzinfo=signing.timezone.utc)
    text = signing.stamp_text("Trần Thị Bình", "Ủy ban nhân dân huyện Chư Păh, tỉnh Gia Lai, Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", moment)
    lines = text.split("\n")
    assert lines[0] == "Ký bởi: Trần Thị Bình" and lines[-1] == "Thời gian ký: 2026-12-02T09:15:00+07:00" and len(lines) >= 4
    assert signing.stamp_box((297.6, 383.2, 541.1, 462.5), len(lines))[3] <= 462.5 - signing.STAMP_MARGIN


def test_the_plan_listing_signs_without_a_stamp(hsm, db, tmp_path):
    from gpa_desktop.reports.plan_listing import build_plan_listing
    from gpa_desktop.storage.plan_store import read_plan

    unsigned, target = tmp_path / "plan.pdf", tmp_path / "plan-signed.pdf"
    with db.transaction() as session:
        build_plan_listing(read_plan(session), unsigned)
    result = sign_pdf(unsigned, target, token=choice(hsm), pin=PIN)
    assert result.page is None and check_signature(target, [hsm.ca_pem]).valid


def test_list_tokens_shows_each_token_and_its_signing_certificate(hsm):
    tokens = {t.label: t for t in signing.list_tokens(hsm.library)}
    assert set(tokens) == {"GPA Test", "GPA Expired", "GPA Other"}
    (cert,) = tokens["GPA Test"].certificates  # the CA's certificate on the token is not offered for signing
    assert (cert.subject, cert.organisation, cert.issuer, cert.key_id) == (SIGNER, AGENCY, "GPA Test CA", b"\x01")
    assert tokens["GPA Expired"].certificates[0].expired and not cert.expired
    assert date.today() < cert.not_after.date()
