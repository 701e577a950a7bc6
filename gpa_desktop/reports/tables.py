"""Tables that run over many pages: the header row repeated on each, text wrapped in its cell."""

from __future__ import annotations

import functools

from .official import CELL_FONT, MM, text


def long_table(header: list[str], rows: list[list], widths_mm: list[float], st: dict, group_rows: set[int] = frozenset()):
    """*rows* of plain values (escaped here); rows whose index is in *group_rows* span the whole width in bold."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, TableStyle

    data = [[Paragraph(f"<b>{text(h)}</b>", st["cell_center"]) for h in header]]
    style = [
        *CELL_FONT(),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8F0E3")),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for index, row in enumerate(rows, start=1):
        if index - 1 in group_rows:
            data.append([Paragraph(f"<b>{text(row[0])}</b>", st["cell"]), Paragraph(f"<b>{text(row[1])}</b>", st["cell"])] + [""] * (len(header) - 2))
            style += [("SPAN", (1, index), (-1, index)), ("BACKGROUND", (0, index), (-1, index), colors.HexColor("#F3F3F3"))]
            if index < len(rows):  # never a group's row alone at the foot of a page
                style.append(("NOSPLIT", (0, index), (-1, index + 1)))
        else:
            data.append([Paragraph(text(v), st["cell"]) for v in row])
    table = _long_table_class()(data, colWidths=[w * MM for w in widths_mm], repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


NOT_REPORTED = "Chưa báo cáo"


def status_text(row: dict) -> str:
    """A row's status as printed: its label, or "Chưa báo cáo" when nothing came in."""
    return row["status"] or ("" if row["reported"] else NOT_REPORTED)


@functools.cache
def _long_table_class():
    """LongTable whose rows move whole to the next page, except a row taller than a page
    (a long "results" text), which starts where it is and continues on the next."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import LongTable

    from .official import LANDSCAPE_MARGINS

    page = A4[0] - LANDSCAPE_MARGINS["top"] - LANDSCAPE_MARGINS["bottom"]

    class PagedTable(LongTable):
        def split(self, availWidth, availHeight):
            self._calc(availWidth, availHeight)
            n = self._getFirstPossibleSplitRowPosition(availHeight)
            # splitInRow=1 alone would first cut between rows, then split the tall row under a
            # second copy of the header in the middle of the same page
            if n < len(self._rowHeights) and self._rowHeights[n] + self._rowHeights[0] > page:
                return self._splitRows(availHeight, doInRowSplit=1) or self._splitRows(availHeight)
            return self._splitRows(availHeight)

    return PagedTable


def percent(value) -> str:
    return "" if value is None else f"{value}%"


def budget(value) -> str:
    if value is None:
        return ""
    whole, _, fraction = f"{value:,.1f}".partition(".")
    return whole.replace(",", ".") + ("," + fraction if fraction != "0" else "")
