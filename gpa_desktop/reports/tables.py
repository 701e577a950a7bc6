"""Tables that run over many pages: the header row repeated on each, text wrapped in its cell."""

from __future__ import annotations

from .official import CELL_FONT, MM, text


def long_table(header: list[str], rows: list[list], widths_mm: list[float], st: dict, group_rows: set[int] = frozenset()):
    """*rows* of plain values (escaped here); rows whose index is in *group_rows* span the whole width in bold."""
    from reportlab.lib import colors
    from reportlab.platypus import LongTable, Paragraph, TableStyle

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
        else:
            data.append([Paragraph(text(v), st["cell"]) for v in row])
    table = LongTable(data, colWidths=[w * MM for w in widths_mm], repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


def percent(value) -> str:
    return "" if value is None else f"{value}%"


def budget(value) -> str:
    if value is None:
        return ""
    whole, _, fraction = f"{value:,.1f}".partition(".")
    return whole.replace(",", ".") + ("," + fraction if fraction != "0" else "")
