"""A copy of a returned workbook for its sender: each refused cell in red with the reason as a comment."""

from __future__ import annotations

import re
from pathlib import Path

from ..storage.files import atomic_write
from .reading import Problem

_LETTERS = re.compile(r"^([A-Z]{1,3})\b")


def write_feedback(source: Path, problems: list[Problem], folder: Path, translate=None) -> Path | None:
    """Write '<name>-phan-hoi.xlsx' into *folder*; None when there is nothing to mark."""
    marked = [p for p in problems if p.row is not None]
    if not marked:
        return None
    from openpyxl import load_workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import PatternFill

    book = load_workbook(source)
    sheet = book[marked[0].sheet] if marked[0].sheet in book.sheetnames else book.worksheets[0]
    red = PatternFill("solid", fgColor="FF9999")
    for problem in marked:
        match = _LETTERS.match(problem.column or "")
        cell = sheet[f"{match.group(1)}{problem.row}"] if match else sheet.cell(problem.row, 1)
        cell.fill = red
        text = problem.render(translate)
        cell.comment = Comment(f"{cell.comment.text}\n{text}" if cell.comment else text, "GPA Desktop", width=320, height=110)
    target = folder / f"{source.stem}-phan-hoi.xlsx"
    with atomic_write(target) as temp:
        book.save(temp)
    return target
