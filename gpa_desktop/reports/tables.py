"""Tables that run over many pages: the header row repeated on each, text wrapped in its cell."""

from __future__ import annotations

import functools

from ..domain.reports import NO_STATUS_TEXT
from ..domain.text import nfc
from .fonts import register_fonts
from .official import MM, text, wrap_words


WINDOW = 16  # rows laid out at first; then as many as the last page took, and a few more


def long_table(
    header: list[str], rows: list[list], widths_mm: list[float], st: dict, group_rows: set[int] = frozenset(), numbers: tuple[int, ...] = ()
):
    """*rows* of plain values; rows whose index is in *group_rows* span the whole width in bold;
    the columns in *numbers* (percentages, money) are set flush right.

    The header row is repeated at the top of every page, a group's row never ends a page, and a row
    taller than a page continues on the next. reportlab's LongTable re-measures and copies every
    remaining row at each page break, which grows with the square of the rows (minutes for a
    20,000-row appendix); this lays the rows out a window at a time, making cells only as needed.
    Cells are plain text broken into lines here (no Paragraph: nothing in them is ever read as markup).
    """
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph

    family = register_fonts()
    bold = f"{family}-Bold"
    size, leading, padding = st["cell"].fontSize, st["cell"].leading, 3
    widths = [w * MM for w in widths_mm]
    head = [Paragraph(f"<b>{text(h)}</b>", st["cell_center"]) for h in header]
    base = [
        ("FONTNAME", (0, 0), (-1, -1), family),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), leading),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        *(("ALIGN", (column, 0), (column, -1), "RIGHT") for column in numbers),
    ]
    shade, header_shade = colors.HexColor("#F3F3F3"), colors.HexColor("#E8F0E3")
    filler = [""] * (len(header) - 2)
    spanned = sum(widths[1:]) - 2 * padding

    def cell(value, width: float, font: str = family) -> str:
        if value is None or value == "":
            return ""
        lines = []
        for line in nfc(str(value)).split("\n"):
            lines += wrap_words(line.split(), font, size, width) or [""]
        return "\n".join(lines)

    def make_row(index: int) -> tuple[list, bool]:
        row = rows[index]
        if index in group_rows:
            return [cell(row[0], widths[0] - 2 * padding, bold), cell(row[1], spanned, bold), *filler], True
        return [cell(v, w - 2 * padding) for v, w in zip(row, widths)], False

    def style(flags: list[bool], with_header: bool) -> list:
        out = list(base)
        if with_header:
            out.append(("BACKGROUND", (0, 0), (-1, 0), header_shade))
        offset = 1 if with_header else 0
        for i, is_group in enumerate(flags):
            if is_group:
                r = i + offset
                out += [("SPAN", (1, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), shade), ("FONTNAME", (0, r), (-1, r), bold)]
                if i + 1 < len(flags):  # never a group's row alone at the foot of a page
                    out.append(("NOSPLIT", (0, r), (-1, r + 1)))
        return out

    return _table_classes()[1](head, make_row, len(rows), widths, style)


NOT_REPORTED = "Chưa báo cáo"


def status_text(row: dict) -> str:
    """A row's status as printed: its label, "Chưa ghi tình trạng" when the report came without one,
    "Chưa báo cáo" when nothing came in."""
    return row["status"] or (NO_STATUS_TEXT if row["reported"] else NOT_REPORTED)


@functools.cache
def _table_classes():
    """(PagedTable, RowStream), made on first use: reportlab is imported only when a PDF is made."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import LongTable
    from reportlab.platypus.flowables import Flowable

    from .official import LANDSCAPE_MARGINS

    page = A4[0] - LANDSCAPE_MARGINS["top"] - LANDSCAPE_MARGINS["bottom"]

    class PagedTable(LongTable):
        """Rows move whole to the next page, except a row taller than a page, which starts where it is."""

        def split(self, availWidth, availHeight):
            self._calc(availWidth, availHeight)
            n = self._getFirstPossibleSplitRowPosition(availHeight)
            # splitInRow=1 alone would first cut between rows, then split the tall row under a
            # second copy of the header in the middle of the same page
            if n < len(self._rowHeights) and self._rowHeights[n] + self._rowHeights[0] > page:
                return self._splitRows(availHeight, doInRowSplit=1) or self._splitRows(availHeight)
            return self._splitRows(availHeight)

    class RowStream(Flowable):
        """The rows still to place: the next window of them is laid out as a PagedTable, with the
        header row when it starts a table or a page, and split where the page ends."""

        def __init__(self, head, make_row, count, widths, style, *, first=True, pending=(), start=0, window=WINDOW):
            super().__init__()
            self.head, self.make_row, self.count, self.widths, self.style = head, make_row, count, widths, style
            self.first, self.pending, self.start, self.window = first, list(pending), start, window

        def _next(self, **kwargs):
            return RowStream(self.head, self.make_row, self.count, self.widths, self.style, first=False, **kwargs)

        def _window(self, with_header: bool):
            rows = list(self.pending)
            end = self.start
            while end < self.count and (len(rows) < self.window or rows[-1][1]):  # a group row goes with the next
                rows.append(self.make_row(end))
                end += 1
            data = ([self.head] if with_header else []) + [cells for cells, _ in rows]
            table = PagedTable(data, colWidths=self.widths, repeatRows=1 if with_header else 0)
            table.setStyle(self.style([flag for _, flag in rows], with_header))
            return table, rows, end

        def wrap(self, availWidth, availHeight):
            # the height of what remains is not known without laying it all out: ask to be split
            return sum(self.widths), availHeight + 1

        def split(self, availWidth, availHeight):
            frame = getattr(self, "_frame", None)
            with_header = self.first or bool(getattr(frame, "_atTop", False))
            table, rows, end = self._window(with_header)
            parts = table.split(availWidth, availHeight)
            if not parts:
                return []
            if len(parts) == 1:  # the whole window fits: the next one carries on below it, without a header
                return [table] + ([self._next(start=end, window=2 * self.window)] if end < self.count else [])
            # what did not fit (the rest of a split row included) waits for the next page
            left = parts[1]._cellvalues[parts[1].repeatRows:]
            flags = [flag for _, flag in rows[len(rows) - len(left):]]
            placed = len(rows) - len(left)
            return [parts[0], self._next(pending=zip(left, flags), start=end, window=max(WINDOW, placed + 8))]

        def draw(self):  # never drawn: always split into tables first
            raise AssertionError("RowStream is split into tables before drawing")

    return PagedTable, RowStream


def percent(value) -> str:
    return "" if value is None else f"{value}%"


def budget(value) -> str:
    if value is None:
        return ""
    whole, _, fraction = f"{value:,.1f}".partition(".")
    return whole.replace(",", ".") + ("," + fraction if fraction != "0" else "")
