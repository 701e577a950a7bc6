"""Text cells of a returned workbook typed in an old Vietnamese encoding (TCVN3, VNI): found by their
text (and the font a run or the cell is shown in), with what they read as in Unicode; converted only
when the officer says so.

A cell may hold several runs in different fonts (rich text): a Unicode run and a pasted TCVN3 one.
calamine gives their text joined; the runs themselves come from the sheet's XML here, so that only
the legacy runs are converted. When no run can be told apart, the whole cell is, and the preview
shows it."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import NamedTuple

from ..domain.legacy_text import ENCODING_NAMES, convert, detect
from .safety import opened
from .sheet_xml import ATTR, CELL, cell_key

HOLD, CONVERT, KEEP = "hold", "convert", "keep"  # what the officer chose for such cells
CHECK_BUDGET = 400_000  # characters of text checked per workbook: a full report several times over, seconds at worst
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_VALUE = re.compile(rb"<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>")
_INLINE = re.compile(rb"<(?:\w+:)?is>.*?</(?:\w+:)?is>", re.DOTALL)
_LEGACY_FONT = re.compile(rb'val="(\.Vn[^"]*|VNI[- _][^"]*)"', re.IGNORECASE)


@dataclass(frozen=True)
class LegacyCell:
    """A text cell that reads as an old encoding: where it is, as written, and as Unicode."""

    task: str
    row: int  # 1-based row in the sheet
    column: str  # e.g. "G (Kết quả thực hiện)"
    field: str
    original: str
    converted: str
    encodings: tuple[str, ...]  # "tcvn3" and/or "vni"
    partly: bool = False  # only some runs of the cell were legacy; the others stay as they are
    sheet: str = ""

    @property
    def encoding_names(self) -> str:
        return ", ".join(ENCODING_NAMES[e] for e in self.encodings)


class TextCell(NamedTuple):
    """A text field as read, for the legacy check: the row's task, where, and the stored text (a tuple:
    a read makes one for each text cell of the sheet, and a frozen dataclass cost several times more)."""

    task: str
    row: int
    index: int  # 0-based column
    column: str
    field: str
    text: str


Run = tuple[str, "str | None"]  # a run's text and its font (None: the cell's)


def _runs_of(element) -> list[Run]:
    """The runs of a shared or inline string (<si> or <is>): plain text is one run without a font."""
    runs: list[Run] = []
    for child in element:
        if child.tag == f"{_MAIN}t":
            runs.append((child.text or "", None))
        elif child.tag == f"{_MAIN}r":
            font = child.find(f"{_MAIN}rPr/{_MAIN}rFont")
            text = "".join(t.text or "" for t in child.iter(f"{_MAIN}t"))
            runs.append((text, font.get("val") if font is not None else None))
    return runs


class _Workbook:
    """What the sheet's XML says about some of its text cells: their runs and fonts, read once, when
    first asked (of the shared strings, only those cells' entries are kept)."""

    def __init__(self, path, sheet: str, sheet_part: Callable[[zipfile.ZipFile, str], str | None], keys: set[tuple[int, int]]) -> None:
        self.path, self.sheet, self.sheet_part, self.keys = path, sheet, sheet_part, keys
        self._cells: dict[tuple[int, int], tuple[list[Run], str | None]] | None = None

    def cell(self, row: int, index: int) -> tuple[list[Run], str | None]:
        """(runs, the cell's own font) of a cell; ([], None) when it cannot be told."""
        if self._cells is None:
            try:
                self._cells = self._read()
            except (KeyError, ValueError, OSError, zipfile.BadZipFile, SyntaxError):
                self._cells = {}
        return self._cells.get((row, index), ([], None))

    def _read(self) -> dict[tuple[int, int], tuple[list[Run], str | None]]:
        from defusedxml import ElementTree

        with opened(self.path) as package:
            names = set(package.namelist())
            part = self.sheet_part(package, self.sheet)
            if part is None or part not in names:
                return {}
            raw: dict[tuple[int, int], tuple[bytes, bytes, int]] = {}
            for match in CELL.finditer(package.read(part)):
                attrs = dict(ATTR.findall(match.group(1)))
                key = cell_key(attrs)
                if key in self.keys and attrs.get(b"t") in (b"s", b"inlineStr"):
                    style = int(attrs[b"s"]) if attrs.get(b"s", b"").isdigit() else 0
                    raw[key] = (attrs[b"t"], match.group(2) or b"", style)
            fonts = self._cell_fonts(package, ElementTree) if "xl/styles.xml" in names else []
            shared_part = self._shared_part(package, ElementTree)
            wanted = {int(v.group(1)) for kind, body, _s in raw.values() if kind == b"s" and (v := _VALUE.search(body)) and v.group(1).isdigit()}
            strings = self._shared_strings(package, shared_part, wanted) if wanted and shared_part in names else {}
        cells = {}
        for key, (kind, body, style) in raw.items():
            font = fonts[style] if style < len(fonts) else None
            runs: list[Run] = []
            if kind == b"s":
                value = _VALUE.search(body)
                runs = strings.get(int(value.group(1)), []) if value is not None and value.group(1).isdigit() else []
            else:
                inline = _INLINE.search(body)
                if inline is not None:
                    ns = b' xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
                    xml = re.sub(rb"<(/?)\w+:", rb"<\1", inline.group(0))
                    runs = _runs_of(ElementTree.fromstring(xml.replace(b"<is", b"<is" + ns, 1)))
            cells[key] = (runs, font)
        return cells

    @staticmethod
    def _shared_strings(package: zipfile.ZipFile, part: str, wanted: set[int]) -> dict[int, list[Run]]:
        """The runs of the shared strings at *wanted* positions, streamed (the rest is not kept)."""
        from defusedxml.ElementTree import iterparse

        found, index = {}, 0
        with package.open(part) as stream:
            for _event, element in iterparse(stream, events=("end",)):
                if element.tag != f"{_MAIN}si":
                    continue
                if index in wanted:
                    found[index] = _runs_of(element)
                index += 1
                element.clear()
        return found

    @staticmethod
    def _shared_part(package: zipfile.ZipFile, ElementTree) -> str:
        try:
            rels = ElementTree.fromstring(package.read("xl/_rels/workbook.xml.rels"))
        except KeyError:
            return "xl/sharedStrings.xml"
        for rel in rels:
            if rel.get("Type", "").endswith("/sharedStrings"):
                target = rel.get("Target", "")
                return target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
        return "xl/sharedStrings.xml"

    @staticmethod
    def _cell_fonts(package: zipfile.ZipFile, ElementTree) -> list[str | None]:
        """Cell style index → the name of its font."""
        styles = ElementTree.fromstring(package.read("xl/styles.xml"))
        fonts_part = styles.find(f"{_MAIN}fonts")
        names = []
        for font in fonts_part if fonts_part is not None else []:
            name = font.find(f"{_MAIN}name")
            names.append(name.get("val") if name is not None else None)
        xfs = styles.find(f"{_MAIN}cellXfs")
        result = []
        for xf in xfs if xfs is not None else []:
            font_id = xf.get("fontId", "0")
            result.append(names[int(font_id)] if font_id.isdigit() and int(font_id) < len(names) else None)
        return result


def find_legacy(
    path, sheet: str, cells: list[TextCell], normalize: Callable[[str], str],
    sheet_part: Callable[[zipfile.ZipFile, str], str | None],
) -> tuple[list[LegacyCell], int]:
    """The text cells that read as TCVN3 or VNI, with their Unicode reading, and how many text cells
    were left unchecked (past CHECK_BUDGET characters: a file far larger than any report).
    *path*: the file, or its package already open (safety.CheckedPackage: the parts it kept are not read again).

    *normalize*: what reading does to a cell's raw text before storing it (spaces, NFC), applied to
    the converted runs joined again; *sheet_part*: the package part of a sheet, by its name."""
    candidates = [c for c in cells if not c.text.isascii()]
    if not candidates:
        return [], 0
    fonts_in_file = _legacy_fonts_in(path)
    checked, unchecked, budget = [], 0, CHECK_BUDGET
    verdicts: dict[str, str | None] = {}  # by text: a column often holds the same sentence row after row
    for position, cell in enumerate(candidates):
        budget -= len(cell.text)
        if budget < 0:
            unchecked = len(candidates) - position
            break
        whole = None
        if not fonts_in_file:  # without old fonts in the file, the text alone decides
            whole = verdicts[cell.text] if cell.text in verdicts else verdicts.setdefault(cell.text, detect(cell.text))
        if fonts_in_file or whole is not None:
            checked.append((cell, whole))
    workbook = _Workbook(path, sheet, sheet_part, {(cell.row, cell.index) for cell, _whole in checked})
    found = []
    for cell, whole in checked:
        runs, cell_font = workbook.cell(cell.row, cell.index)
        legacy = _legacy_cell(cell, runs, cell_font, normalize, whole)
        if legacy is not None:
            found.append(LegacyCell(**legacy, sheet=sheet))
    return found, unchecked


def _legacy_fonts_in(path) -> bool:
    """Whether any old Vietnamese font is named in the styles or the shared strings (so fonts are worth reading)."""
    try:
        with opened(path) as package:
            names = set(package.namelist())
            return any(
                _LEGACY_FONT.search(package.read(part)) is not None
                for part in ("xl/styles.xml", "xl/sharedStrings.xml") if part in names
            )
    except (OSError, zipfile.BadZipFile):
        return False


def _legacy_cell(cell: TextCell, runs: list[Run], cell_font: str | None, normalize, whole: str | None) -> dict | None:
    """The cell's legacy reading, run by run when its runs can be told apart; *whole*: the whole text's, if known."""
    base = dict(task=cell.task, row=cell.row, column=cell.column, field=cell.field, original=cell.text)
    if len(runs) > 1 and normalize("".join(text for text, _font in runs)) == cell.text:
        encodings = [detect(text, font or cell_font) if not text.isascii() else None for text, font in runs]
        if any(encodings):
            converted = normalize("".join(convert(text, e) if e else text for (text, _f), e in zip(runs, encodings)))
            partly = any(e is None and not text.isascii() for (text, _f), e in zip(runs, encodings))
            used = tuple(sorted({e for e in encodings if e}))
            return dict(**base, converted=converted, encodings=used, partly=partly) if converted != cell.text else None
    font = runs[0][1] or cell_font if len(runs) == 1 else cell_font
    encoding = whole or detect(cell.text, font)
    if encoding is None:
        return None
    converted = normalize(convert(cell.text, encoding))
    return dict(**base, converted=converted, encodings=(encoding,)) if converted != cell.text else None
