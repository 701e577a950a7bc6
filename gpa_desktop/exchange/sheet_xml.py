"""A worksheet's XML read directly, for what cell values alone cannot tell (formulas, formats, runs
and fonts): its cells and where they are."""

from __future__ import annotations

import re

CELL = re.compile(rb"<(?:\w+:)?c\s([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.DOTALL)  # attributes, body
ATTR = re.compile(rb'\b(r|s|t)="([^"]*)"')  # reference, style, type
_REF = re.compile(r"^([A-Z]{1,3})(\d+)$")


def cell_key(attrs: dict[bytes, bytes]) -> tuple[int, int] | None:
    """(1-based row, 0-based column) from a cell's r="F12"."""
    ref = _REF.match(attrs.get(b"r", b"").decode("ascii", "replace"))
    if ref is None:
        return None
    column = 0
    for ch in ref.group(1):
        column = column * 26 + ord(ch) - 64
    return int(ref.group(2)), column - 1
