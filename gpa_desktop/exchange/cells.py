"""Writing user text into cells safely: always text, never a formula, nothing silently cut."""

from __future__ import annotations

import re
from copy import copy
from io import BytesIO
from weakref import WeakKeyDictionary

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


def row_height(lines: int) -> int:
    """Points for *lines* lines of wrapped text (spreadsheet programs do not grow rows for text they did
    not lay out themselves), never taller than Excel allows: the rest scrolls."""
    return min(MAX_ROW_HEIGHT, LINE_HEIGHT * max(1, lines))


def set_row_lines(sheet, row: int, lines: int) -> None:
    """Make *row* tall enough for *lines* lines of wrapped text (row_height)."""
    sheet.row_dimensions[row].height = row_height(lines)


class RowHeights:
    """Row heights on a write-only sheet, set before each row is appended. openpyxl writes a row out as it
    is appended and reads only the attributes of its row dimension then: each row gets those of a
    dimension of its height, made once per height. (A RowDimension per row, a dozen checked attributes
    set and read back for every row, cost more than writing the row's cells' styles.)"""

    def __init__(self, sheet) -> None:
        self.sheet = sheet
        self._attributes: dict[int, dict[str, str]] = {}

    def set_lines(self, row: int, lines: int) -> None:
        height = row_height(lines)
        attributes = self._attributes.get(height)
        if attributes is None:
            from openpyxl.worksheet.dimensions import RowDimension

            attributes = self._attributes[height] = dict(RowDimension(self.sheet, index=row, ht=height))
        self.sheet.row_dimensions[row] = attributes


class ColumnCells:
    """The cells of one column of a write-only sheet: one styled cell reused row after row (openpyxl writes
    a row out as it is appended), and its twin with the quote prefix, for text that would read as a formula
    (styled when first needed). Styling each cell again, or a full workbook's cell objects, made an export
    twice the plain dump of its cells."""

    def __init__(self, sheet, **style) -> None:
        self._sheet, self._style = sheet, style
        self.plain, self._quoted = _styled_cell(sheet, style), None

    @property
    def quoted(self):
        if self._quoted is None:
            self._quoted = _styled_cell(self._sheet, {**self._style, "quotePrefix": True})
        return self._quoted

    def text(self, text: str | None):
        """(the cell holding *text* as put_text would store it, what had to change)."""
        value, notes = clean_cell_text(text or "")
        if "long" in notes:
            raise ValueError("text longer than a cell holds")  # callers check length first and report it
        cell = self.quoted if value.startswith(FORMULA_START) else self.plain
        cell._value = value  # cleaned just above: openpyxl's own check (a regular expression a cell) would repeat it
        cell.data_type = "s"
        return cell, notes

    def number(self, value):
        self.plain.value = value
        return self.plain


def takes_ready_cells(sheet):
    """*sheet* (write-only) appends rows of ready cells (ColumnCells') as they are. openpyxl tries each
    appended item as a value first and, for a cell, fails and falls back on it (an exception and the
    cell's repr, a cell): a third of writing a template. Returns *sheet*."""

    def cells(row, row_index):
        for column_index, cell in enumerate(row, 1):
            cell.column, cell.row = column_index, row_index
            yield cell

    sheet._values_to_row = cells  # the hook openpyxl's write-only sheet turns each appended row into cells with
    return sheet


def in_memory(sheet):
    """*sheet* (write-only) streams its XML into memory, not into the temporary file openpyxl makes for
    each sheet (made, written, read back into the zip and removed: a template's four sheets cost more
    that way than its data sheet's cells). Its workbook is saved by save_book. Returns *sheet*."""
    global _MEMORY_WRITER, _column_letter, _safe_string
    if _MEMORY_WRITER is None:
        from openpyxl.cell._writer import write_cell
        from openpyxl.compat import safe_string as _safe_string
        from openpyxl.utils import get_column_letter as _column_letter
        from openpyxl.worksheet._writer import WorksheetWriter

        class MemoryWriter(WorksheetWriter):
            def __init__(self, ws) -> None:
                super().__init__(ws, out=BytesIO())

            def cleanup(self) -> None:  # nothing on disk to remove
                pass

            def write_row(self, xf, row, row_idx) -> None:
                """openpyxl's write_row, a ColumnCells' cell written as the same bytes directly: openpyxl's
                writer made each cell through nested element contexts and attribute dictionaries, about
                ten microseconds a cell, half of writing a template. Anything else is written by openpyxl."""
                attributes = {"r": f"{row_idx}"}
                attributes.update(self.ws.row_dimensions.get(row_idx, {}))
                if not all(_SIMPLE.fullmatch(f"{k}{v}") for k, v in attributes.items()):
                    return super().write_row(xf, row, row_idx)  # (heights, levels and flags: never so)
                number = attributes["r"]
                pending = ["<row", *(f' {k}="{v}"' for k, v in attributes.items()), ">"]
                for cell in row:
                    piece = _ready_xml(cell, number) if type(cell) is _CELL_CLASS else None
                    if piece is not None:
                        pending.append(piece)
                        continue
                    if cell._comment is not None:
                        raise ValueError("a cell with a comment is not written here")  # openpyxl's writer collects comments
                    if cell._value is None and not cell.has_style:
                        continue
                    self._raw(xf, pending)
                    pending = []
                    write_cell(xf, self.ws, cell, cell.has_style)
                pending.append("</row>")
                self._raw(xf, pending)

            def _raw(self, xf, pieces: list[str]) -> None:
                xf.flush()  # what the XML writer holds goes out first
                self.out.write("".join(pieces).encode("ascii", "xmlcharrefreplace"))  # as lxml writes a sheet: &#7871;

        _MEMORY_WRITER = MemoryWriter

    def get_writer() -> None:  # the write-only sheet's own, with the writer above (made at the first row, as there)
        if sheet._writer is None:
            sheet._writer = _MEMORY_WRITER(sheet)
            sheet._writer.write_top()

    sheet._get_writer = get_writer
    return sheet


def save_book(book, target) -> None:
    """Save *book* (write-only, its sheets in_memory or not) as openpyxl's save_workbook does, into an archive
    that takes a sheet's XML from memory where openpyxl asks it for a file's."""
    from datetime import datetime, timezone
    from zipfile import ZIP_DEFLATED, ZipFile

    from openpyxl.writer.excel import ExcelWriter

    class Archive(ZipFile):
        def write(self, filename, arcname=None, *args, **kwargs):
            if isinstance(filename, BytesIO):
                return self.writestr(arcname, filename.getvalue())
            return super().write(filename, arcname, *args, **kwargs)

    archive = Archive(target, "w", ZIP_DEFLATED, allowZip64=True)
    book.properties.modified = datetime.now(timezone.utc).replace(tzinfo=None)
    ExcelWriter(book, archive).save()  # closes the archive


_MEMORY_WRITER = _column_letter = _safe_string = None
_CELL_CLASS = None


def _ready_xml(cell, row_number: str) -> str | None:
    """The XML openpyxl writes for a ColumnCells' cell (cell/_writer.py lxml_write_cell), or None for
    what it writes otherwise (anything but text or a plain number, a link, text XML cannot hold)."""
    value, kind = cell._value, cell.data_type
    if cell.hyperlink is not None or cell._comment is not None:
        return None
    style = f' s="{cell._style_number}"' if cell._styled else ""
    if not style and (value is None or value == ""):
        return None  # openpyxl leaves an unstyled empty cell out or writes it its own way
    head = f'<c r="{_column_letter(cell.column)}{row_number}"{style}'
    if kind == "s" and type(value) is str:
        if not value:
            return f'{head} t="inlineStr"></c>'
        if not _plain(value):
            return None
        space = ' xml:space="preserve"' if value != value.strip() else ""
        return f'{head} t="inlineStr"><is><t{space}>{_escaped(value)}</t></is></c>'
    if kind == "n" and (value is None or type(value) in (int, float)):
        return f'{head} t="n"></c>' if value is None else f'{head} t="n"><v>{_safe_string(value)}</v></c>'
    return None


_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _plain(text: str) -> bool:
    """Whether *text* is all characters XML can hold (lxml refuses the rest, and so openpyxl's writer)."""
    return _NOT_XML.search(text) is None


_SIMPLE = re.compile(r"[\w.\-]*")  # a name or value to write as it is


def _escaped(text: str) -> str:
    """*text* as lxml writes it in an element."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    return text


def _styled_cell(sheet, style: dict):
    """A cell styled once whose style's number in the workbook is looked up once (openpyxl looks it up,
    hashing the whole style, for every cell it writes). Each style part (a Font, a Border…) is added to
    the workbook's lists once however many columns share it: openpyxl hashes a part, nested colours and
    sides and all, each time it is set on a cell."""
    global _CELL_CLASS
    if _CELL_CLASS is None:
        from openpyxl.cell import Cell

        class StyledOnce(Cell):
            __slots__ = ("_style_number", "_styled")

            @property
            def style_id(self) -> int:
                return self._style_number

        _CELL_CLASS = StyledOnce
    from openpyxl.styles.cell_style import StyleArray
    from openpyxl.styles.styleable import StyleableObject

    book = sheet.parent
    known = _PARTS_ADDED.setdefault(book, {})
    cell = _CELL_CLASS(sheet)
    array = StyleArray()
    for name, value in style.items():
        key = (name, value if isinstance(value, (str, int)) else id(value))
        entry = known.get(key)
        if entry is None or entry[0] is not value:
            probe = _CELL_CLASS(sheet)
            setattr(probe, name, value)  # openpyxl's own descriptor adds the part and says its number
            field = StyleableObject.__dict__[name].key
            entry = known[key] = (value, field, getattr(probe._style, field))
        setattr(array, entry[1], entry[2])
    cell._style = array
    cell._style_number = book._cell_styles.add(array)  # what Cell.style_id computes
    cell._styled = any(array)  # what Cell.has_style computes
    return cell


_PARTS_ADDED: "WeakKeyDictionary" = WeakKeyDictionary()  # workbook → (part name, the part) → its number there
