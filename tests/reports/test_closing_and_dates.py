"""The end of an official report and its file's facts: the signature block with the last paragraph,
the issuer not among its own recipients, the real creation date."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from datetime import date, datetime, timedelta, timezone

from gpa_desktop.domain.reports import ReportValues
from gpa_desktop.reports.agency_report import build_agency_report
from gpa_desktop.reports.data import ReportOptions
from gpa_desktop.reports.official import build_document
from gpa_desktop.storage.reports import save_report

OPTIONS = ReportOptions(issued_on=date(2025, 1, 5), signer_name="Nguyễn Văn An")


def pages(path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [unicodedata.normalize("NFC", page) for page in out.split("\f")]


def report(db, tmp_path, agency="SKHCN", results=""):
    with db.transaction() as session:
        if results:
            save_report(session, "5.1", agency, "2024", ReportValues(status="done", percent=100, results=results))
        build_agency_report(session, agency, "2024", OPTIONS, tmp_path / f"{agency}.pdf")
    return tmp_path / f"{agency}.pdf"


def test_the_signature_block_is_never_alone_on_a_page(db, tmp_path):
    # long enough that the last paragraph still fits at the foot of page 3 and the signature would not
    target = report(db, tmp_path, results="Đã triển khai nhiệm vụ khoa học. " * 142)
    text = pages(target)
    ending = [i for i, page in enumerate(text) if "Trên đây là báo cáo" in page]
    closing = [i for i, page in enumerate(text) if "Nơi nhận:" in page]
    assert len(ending) == 1 and ending == closing and "Nguyễn Văn An" in text[closing[0]]


def test_the_issuer_is_not_among_its_own_recipients(db, tmp_path):
    own = "".join(pages(report(db, tmp_path, agency="STC")))
    assert "UBND tỉnh (b/c)" in own and "Sở Tài chính (t/h)" not in own
    other = "".join(pages(report(db, tmp_path, agency="STNMT")))
    assert "Sở Tài chính (t/h)" in other
    assert ReportOptions(recipients=("UBND tỉnh (b/c)", "sở  tài chính (t/h)")).recipients_for("Sở Tài chính") == ("UBND tỉnh (b/c)",)


def _created(path) -> str:
    info = subprocess.run(["pdfinfo", "-isodates", str(path)], capture_output=True, text=True, check=True).stdout
    return re.search(r"CreationDate:\s+(\S+)", info).group(1)


def test_the_creation_date_is_the_real_one_and_nothing_else_changes(tmp_path):
    from reportlab.platypus import Paragraph
    from reportlab.lib.styles import getSampleStyleSheet

    story = lambda: [Paragraph("Báo cáo", getSampleStyleSheet()["Normal"])]  # noqa: E731
    build_document(tmp_path / "now.pdf", title="t", author="a", code="ABCDE-FGHIJ", portrait_story=story())
    made = datetime.fromisoformat(_created(tmp_path / "now.pdf"))
    assert abs(made - datetime.now(timezone.utc)) < timedelta(minutes=5)  # not reportlab's invariant 2000-01-01
    hanoi = timezone(timedelta(hours=7))
    for name, moment in (("a.pdf", datetime(2025, 1, 6, 9, 30, tzinfo=hanoi)), ("b.pdf", datetime(2025, 3, 1, 14, 5, 7, tzinfo=hanoi))):
        build_document(tmp_path / name, title="t", author="a", code="ABCDE-FGHIJ", portrait_story=story(), created=moment)
    assert _created(tmp_path / "a.pdf") == "2025-01-06T09:30:00+07"
    masked = [re.sub(rb"D:\d{14}[+-]\d\d'\d\d'", b"D:", (tmp_path / n).read_bytes()) for n in ("a.pdf", "b.pdf")]
    assert masked[0] == masked[1]  # the same content, byte for byte, but for the date
