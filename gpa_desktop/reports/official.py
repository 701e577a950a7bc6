"""The frame of a Vietnamese administrative document (Decree 30/2020/NĐ-CP, Appendix I).

A4 portrait with the decree's margins, the two-column header (issuer and national name),
"Số:" and the place-and-date line on one row, the title, the body, "Nơi nhận:" and the
signature block kept together, page numbers centred in the top margin from page 2,
landscape pages for wide tables, and the verification code (text on every page, QR on the first).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

from ..domain.text import nfc
from ..storage.files import atomic_write
from .data import ReportOptions
from .fonts import register_fonts

MM = 72 / 25.4
PORTRAIT_MARGINS = dict(top=22 * MM, bottom=20 * MM, left=30 * MM, right=17 * MM)
LANDSCAPE_MARGINS = dict(top=22 * MM, bottom=18 * MM, left=20 * MM, right=15 * MM)
NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"


def CELL_FONT() -> list:  # noqa: N802 - a TableStyle fragment
    """Table cells default to Helvetica (never embedded); every table starts from our family."""
    return [("FONTNAME", (0, 0), (-1, -1), register_fonts())]


def text(value: object) -> str:
    """User text made safe for a Paragraph: NFC, markup escaped (no tags, no <img>), line breaks kept."""
    return escape(nfc("" if value is None else str(value))).replace("\n", "<br/>")


def vietnamese_date(day: date) -> str:
    """'ngày 05 tháng 01 năm 2026': a leading zero for days below 10 and for months 1 and 2."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def period_phrase(code: str) -> str:
    """How a document names its period: "năm 2024", "6 tháng đầu năm 2024", "quý III năm 2024"."""
    from ..domain.periods import PeriodKind, parse_period

    period = parse_period(code)
    if period.kind is PeriodKind.YEAR:
        return f"năm {period.year}"
    if period.kind is PeriodKind.HALF:
        return f"6 tháng {'đầu' if period.number == 1 else 'cuối'} năm {period.year}"
    return f"quý {('I', 'II', 'III', 'IV')[period.number - 1]} năm {period.year}"


def wrap_words(words: list[str], font: str, size: float, limit: float) -> list[str]:
    """Greedy line breaking of *words* at *limit* points; a word wider than a line is cut where it must be."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    space = stringWidth(" ", font, size)
    out: list[str] = []
    width = 0.0
    for word in words:
        w = stringWidth(word, font, size)
        if out and width + space + w <= limit:
            out[-1] += " " + word
            width += space + w
            continue
        while w > limit and len(word) > 1:  # a long number, a web address: cut it, never let it overflow
            cut = len(word) - 1
            while cut > 1 and stringWidth(word[:cut], font, size) > limit:
                cut -= 1
            out.append(word[:cut])
            word = word[cut:]
            w = stringWidth(word, font, size)
        out.append(word)
        width = w
    return out


def balanced(value: str, font: str, size: float, width: float) -> str:
    """*value* escaped and broken into lines of even length (not one long line and an orphan word),
    in as few lines as *width* allows: how a header or a title is set by hand."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    words = nfc(value).split()
    if not words:
        return ""
    count = len(wrap_words(words, font, size, width))
    low, high = min(width, max(stringWidth(w, font, size) for w in words)), width
    while high - low > 0.5:  # the narrowest measure that still needs no more lines
        middle = (low + high) / 2
        low, high = (low, middle) if len(wrap_words(words, font, size, middle)) <= count else (middle, high)
    return "<br/>".join(escape(line) for line in wrap_words(words, font, size, high))


def widest_line(markup_lines: str, font: str, size: float) -> float:
    from xml.sax.saxutils import unescape

    from reportlab.pdfbase.pdfmetrics import stringWidth

    return max(stringWidth(unescape(line), font, size) for line in markup_lines.split("<br/>"))


def number_text(number: str) -> str:
    number = number.strip()
    if not number:
        return "\u00a0" * 8  # room to write it by hand
    return f"{int(number):02d}" if number.isdigit() else number


def styles() -> dict:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    family = register_fonts()
    base = ParagraphStyle("body", fontName=family, fontSize=13, leading=17, alignment=TA_JUSTIFY, firstLineIndent=1 * 72 / 2.54, spaceAfter=6)
    center = ParagraphStyle("center", parent=base, alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0)
    return {
        "body": base,
        "heading": ParagraphStyle("heading", parent=base, fontName=f"{family}-Bold", firstLineIndent=1 * 72 / 2.54, keepWithNext=1),
        "group": ParagraphStyle("group", parent=base, fontName=f"{family}-Bold", keepWithNext=1),
        "center": center,
        "center12": ParagraphStyle("center12", parent=center, fontSize=12.5, leading=15),
        "title": ParagraphStyle("title", parent=center, fontName=f"{family}-Bold", fontSize=14, leading=18, spaceBefore=12, keepWithNext=1),
        "subject": ParagraphStyle("subject", parent=center, fontName=f"{family}-Bold", fontSize=13.5, leading=17, keepWithNext=1),
        "note": ParagraphStyle("note", parent=center, fontName=f"{family}-Italic", keepWithNext=1),
        "recipients_head": ParagraphStyle("rh", parent=base, fontName=f"{family}-BoldItalic", fontSize=12, leading=14, firstLineIndent=0, alignment=TA_LEFT, spaceAfter=0),
        "recipients": ParagraphStyle("r", parent=base, fontSize=11, leading=13, firstLineIndent=0, alignment=TA_LEFT, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=base, fontSize=10, leading=12, firstLineIndent=0, alignment=TA_LEFT, spaceAfter=0),
        "cell_bold": ParagraphStyle("cellb", parent=base, fontName=f"{family}-Bold", fontSize=10, leading=12, firstLineIndent=0, alignment=TA_LEFT, spaceAfter=0),
        "cell_center": ParagraphStyle("cellc", parent=base, fontSize=10, leading=12, firstLineIndent=0, alignment=TA_CENTER, spaceAfter=0),
    }


@dataclass(frozen=True)
class Issuer:
    name: str  # the issuing agency's name
    symbol: str  # its short symbol in document numbers: "BC-STNMT"


LEFT_COLUMN, RIGHT_COLUMN = 65 * MM, 98 * MM  # the national name is ~96 mm at 13 pt bold: the issuer wraps instead


def header_block(options: ReportOptions, issuer: Issuer, st: dict) -> list:
    """Issuer and national name side by side, each centred over its own short or full underline;
    "Số:" and the place-and-date line on the row below."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle
    from reportlab.platypus.flowables import HRFlowable

    family = register_fonts()
    bold = f"{family}-Bold"
    name = balanced(issuer.name.upper(), bold, st["center"].fontSize, LEFT_COLUMN - 2 * MM)
    left = [
        Paragraph(balanced(options.supervising_body.upper(), family, st["center12"].fontSize, LEFT_COLUMN - 2 * MM), st["center12"]),
        Paragraph(f"<b>{name}</b>", st["center"]),
        # the decree's short rule: a third to a half of the name
        HRFlowable(width=0.4 * widest_line(name, bold, st["center"].fontSize), thickness=0.6, color=colors.black, spaceBefore=4, spaceAfter=0),
    ]
    right = [
        Paragraph(f"<b>{NATIONAL_NAME}</b>", st["center12"]),
        Paragraph(f"<b>{MOTTO}</b>", st["subject"]),
        # the motto's rule: as long as the motto
        HRFlowable(width=widest_line(MOTTO, bold, st["subject"].fontSize), thickness=0.6, color=colors.black, spaceBefore=4, spaceAfter=0),
    ]
    number = f"Số: {number_text(options.number)}/{issuer.symbol}"
    place = f"<i>{text(options.place)}, {vietnamese_date(options.issued_on)}</i>"
    table = Table(
        [[left, right], [Paragraph(text(number), st["center"]), Paragraph(place, st["center"])]],
        colWidths=[LEFT_COLUMN, RIGHT_COLUMN],
    )
    table.setStyle(
        TableStyle(
            [
                *CELL_FONT(),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),  # centres the rules under their text
                ("TOPPADDING", (0, 1), (-1, 1), 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [table]


def title_block(subject: str, st: dict) -> list:
    """"BÁO CÁO", the subject set in even lines, and its short rule."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Spacer
    from reportlab.platypus.flowables import HRFlowable

    family = register_fonts()
    lines = balanced(subject, f"{family}-Bold", st["subject"].fontSize, 150 * MM)
    return [
        Spacer(1, 10),
        Paragraph("BÁO CÁO", st["title"]),
        Paragraph(lines, st["subject"]),
        HRFlowable(width=40 * MM, thickness=0.6, color=colors.black, spaceBefore=4, spaceAfter=12, hAlign="CENTER"),
    ]


SIGNATURE_KEYWORD = "GPA-SIGNATURE:"  # keywords entry "GPA-SIGNATURE:PAGE X0 Y0 X1 Y1": where the signature goes


def _signature_space(height: float):
    """The empty space between the signer's title and name (signature and red seal). When drawn it records
    its page and rectangle (PDF points) in the document's keywords, so that a digital signature's visible
    stamp can be put there later without covering any text (reports/signing.py reads it back)."""
    from reportlab.platypus import Spacer

    class SignatureSpace(Spacer):
        def wrap(self, available_width, available_height):
            self.width = available_width  # the whole column, so the recorded box is the column's
            return self.width, self.height

        def draw(self) -> None:
            x, y = self.canv.absolutePosition(0, 0)
            entry = f"{SIGNATURE_KEYWORD}{self.canv.getPageNumber()} {x:.2f} {y:.2f} {x + self.width:.2f} {y + self.height:.2f}"
            info = self.canv._doc.info  # reportlab's document information, written when the file is saved
            self.canv.setKeywords(" ".join(word for word in (info.keywords, entry) if word))

    return SignatureSpace(1, height)


def closing_block(options: ReportOptions, issuer: Issuer, issuer_code: str, st: dict, ending) -> list:
    """The last paragraph (*ending*), then the recipients beside the signature, kept together on one
    page: a signature is never alone at the top of a page. The issuer is never among its own recipients."""
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    recipients = [Paragraph("Nơi nhận:", st["recipients_head"])]
    recipients += [Paragraph(text(f"- {r};"), st["recipients"]) for r in options.recipients_for(issuer.name)]
    recipients.append(Paragraph(text(f"- Lưu: VT, {issuer_code}."), st["recipients"]))
    signature = []
    if options.signer_authority:
        signature.append(Paragraph(f"<b>{text(options.signer_authority.upper())}</b>", st["center"]))
    signature.append(Paragraph(f"<b>{text(options.signer_title.upper())}</b>", st["center"]))
    signature.append(_signature_space(28 * MM))  # signature and red seal
    signature.append(Paragraph(f"<b>{text(options.signer_name)}</b>", st["center"]))
    table = Table([[recipients, signature]], colWidths=[75 * MM, 88 * MM])
    table.setStyle(TableStyle([*CELL_FONT(), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [KeepTogether([ending, Spacer(1, 10), table])]


def pdf_date(moment: datetime) -> str:
    """A PDF date: D:YYYYMMDDHHmmSS+HH'mm' (the local time and its offset from UTC)."""
    moment = moment if moment.tzinfo else moment.astimezone()
    minutes = int(moment.utcoffset().total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"D:{moment:%Y%m%d%H%M%S}{sign}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"


CODE_KEYWORD = "GPA-DESKTOP:"  # the QR's payload prefix, and the keywords' (verify-pdf reads the code there)


def verification_qr(code: str):
    """The QR of a verification code; error correction M, since paper copies get photocopied (L is reportlab's default)."""
    from reportlab.graphics.barcode.qr import QrCodeWidget

    return QrCodeWidget(f"{CODE_KEYWORD}{code}", barLevel="M")


def build_document(
    target: Path,
    *,
    title: str,
    author: str,
    code: str | None,
    portrait_story: list,
    landscape_story: list | None = None,
    start_landscape: bool = False,
    progress: Callable[[int], None] | None = None,
    created: datetime | None = None,
) -> int:
    """Lay out and write the PDF; return its page count. Same input → same bytes (reportlab's
    invariant mode) but for the creation date, which is the real one (*created*, default now).
    The verification code is also kept in the document's keywords ("GPA-DESKTOP:CODE", as in the QR), where
    `verify-pdf` reads it: a signature over the whole file covers it with the printed text.
    *progress* is told each page as it is finished (a window keeps its progress dialog alive with it).
    The file is written beside *target* and renamed over it when complete: an earlier PDF stays whole
    until then (operations.issue_report renames a report only once its code is committed)."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate

    family = register_fonts()
    stamp = pdf_date(created or datetime.now().astimezone())

    def decorate(canvas, doc) -> None:
        canvas.setDateFormatter(lambda *_fixed: stamp)  # invariant mode would say 2000-01-01
        width, height = canvas._pagesize
        margins = PORTRAIT_MARGINS if width < height else LANDSCAPE_MARGINS
        canvas.saveState()
        if doc.page > 1:
            canvas.setFont(family, 13)
            canvas.drawCentredString(width / 2, height - 12 * MM, str(doc.page))
        if code:
            # in the bottom margin, aligned with the text, clear of the edge a printer cannot reach
            canvas.setFont(family, 9)
            canvas.drawString(margins["left"], 9 * MM, f"Mã xác thực: {code}")
            if doc.page == 1:
                widget = verification_qr(code)
                x0, y0, x1, y1 = widget.getBounds()
                size = 16 * MM  # with its quiet zone; the modules start 2 mm inside
                drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0], initialFontName=family)
                drawing.add(widget)
                renderPDF.draw(drawing, canvas, width - margins["right"] - size + 2 * MM, 3 * MM)
        canvas.restoreState()

    portrait_size, landscape_size = A4, landscape(A4)

    def frame(size, margins, name):
        return Frame(
            margins["left"], margins["bottom"], size[0] - margins["left"] - margins["right"],
            size[1] - margins["top"] - margins["bottom"], id=name, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
        )

    templates = [
        PageTemplate("portrait", [frame(portrait_size, PORTRAIT_MARGINS, "p")], onPage=decorate, pagesize=portrait_size),
        PageTemplate("landscape", [frame(landscape_size, LANDSCAPE_MARGINS, "l")], onPage=decorate, pagesize=landscape_size),
    ]
    if start_landscape:
        templates.reverse()
    story = list(portrait_story)
    if landscape_story:
        if not start_landscape:
            story += [NextPageTemplate("landscape"), PageBreak()]
        story += landscape_story
    with atomic_write(target) as temp:
        doc = BaseDocTemplate(
            str(temp), pagesize=templates[0].pagesize, pageTemplates=templates, title=title, author=author,
            creator="GPA Desktop", invariant=1, initialFontName=family, keywords=f"{CODE_KEYWORD}{code}" if code else "",
        )
        if progress is not None:
            doc.setProgressCallBack(lambda kind, value: progress(value) if kind == "PAGE" else None)
        doc.build(story)
    return doc.page
