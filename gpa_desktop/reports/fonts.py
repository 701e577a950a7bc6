"""The Times-metric family with every Vietnamese letter, embedded in every PDF (never a Helvetica fallback)."""

from __future__ import annotations

from ..locations import resource

FAMILY = "GPASerif"
FACES = {"": "Regular", "-Bold": "Bold", "-Italic": "Italic", "-BoldItalic": "BoldItalic"}
_registered = False


def register_fonts() -> str:
    """Register Liberation Serif as one family (regular, bold, italic, bold italic); return its name."""
    global _registered
    if not _registered:
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for suffix, face in FACES.items():
            pdfmetrics.registerFont(TTFont(FAMILY + suffix, str(resource("fonts", f"LiberationSerif-{face}.ttf"))))
        pdfmetrics.registerFontFamily(
            FAMILY, normal=FAMILY, bold=f"{FAMILY}-Bold", italic=f"{FAMILY}-Italic", boldItalic=f"{FAMILY}-BoldItalic"
        )
        for bold, italic, suffix in ((0, 0, ""), (1, 0, "-Bold"), (0, 1, "-Italic"), (1, 1, "-BoldItalic")):
            addMapping(FAMILY, bold, italic, FAMILY + suffix)
        from reportlab import rl_config

        from reportlab.graphics import shapes

        # canvases and drawings start in Helvetica otherwise, which is never embedded
        rl_config.canvas_basefontname = FAMILY
        shapes.STATE_DEFAULTS["fontName"] = FAMILY
        _registered = True
    return FAMILY


def covered(text: str, face: str = "") -> set[str]:
    """Characters of *text* that *face* ("", "-Bold", "-Italic", "-BoldItalic") cannot draw: reportlab
    would print an empty box for them without a word (a test checks every report against every face)."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    cmap = pdfmetrics.getFont(FAMILY + face).face.charToGlyph
    return {ch for ch in text if not ch.isspace() and ord(ch) not in cmap}
