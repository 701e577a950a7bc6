"""Writing user text into cells safely: always text, never a formula, nothing silently cut."""

from __future__ import annotations

import re
from copy import copy

from ..domain.text import nfc

MAX_CELL = 32_767  # what Excel keeps in a cell
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # openpyxl refuses these; tab, LF, CR stay
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
LINE_HEIGHT = 15  # points per line of wrapped 11-point text
MAX_ROW_HEIGHT = 409  # points: the tallest row Excel allows (a taller one makes it repair the file)


def clean_cell_text(text: str) -> tuple[str, list[str]]:
    """The text as it can be stored, and what had to change (for the user to be told)."""
    notes = []
    value = nfc(text)
    if _CONTROL.search(value):
        value = _CONTROL.sub("", value)
        notes.append("control")
    if len(value) > MAX_CELL:
        notes.append("long")
    return value, notes


def put_text(cell, text: str | None, style_from=None) -> list[str]:
    """Store *text* as a text cell; a leading = + - @ or tab stays literal text (OWASP CSV/formula injection).

    *style_from*: a cell already styled like this one (a column's first row); copying its style
    is many times faster than setting each part again, which matters for hundreds of rows.
    """
    value, notes = clean_cell_text(text or "")
    if "long" in notes:
        raise ValueError("text longer than a cell holds")  # callers check length first and report it
    cell.value = value
    cell.data_type = "s"
    if style_from is not None:
        cell._style = copy(style_from._style)
        cell._style.quotePrefix = int(value.startswith(FORMULA_START))
        return notes
    from openpyxl.styles import Alignment

    if value.startswith(FORMULA_START):
        cell.quotePrefix = True
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    return notes


def set_row_lines(sheet, row: int, lines: int) -> None:
    """Make *row* tall enough for *lines* lines of wrapped text (spreadsheet programs do not grow rows
    for text they did not lay out themselves), never taller than Excel allows: the rest scrolls."""
    sheet.row_dimensions[row].height = min(MAX_ROW_HEIGHT, LINE_HEIGHT * max(1, lines))
