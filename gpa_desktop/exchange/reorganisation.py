"""The reorganisation workbook: the agency changes a province receives as a list, one row per change.

Written with the changes the app proposes (marked for the province to confirm), a drop-down
for the kind and the status, real date cells and instructions in Vietnamese; read back with
every cell checked, so the operation can refuse a row before anything is written. Only rows
whose status says "Xác nhận" are applied.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from .. import __version__
from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from ..domain.text import clean, fold
from ..storage.files import atomic_write
from .cells import MAX_CELL, put_text, set_row_lines
from .contained import read_contained
from .reading import Problem, _cell_facts, _letter, _text
from .safety import WorkbookRejected, check_workbook_file

MAGIC = "GPA Desktop reorganisation workbook"
VERSION = 1  # bump when the layout changes
DATA_SHEET = "Thay đổi"
HELP_SHEET = "Hướng dẫn"
UNITS_SHEET = "Đơn vị hiện có"
LIST_SHEET = "Danh mục"
IDENTITY_SHEET = "_gpa"
KIND_LIST_NAME = "DanhMucLoaiThayDoi"
STATUS_LIST_NAME = "DanhMucTrangThai"
HEADER_ANCHOR = "Loại thay đổi"
TITLE_ROW, INFO_ROW, HEADER_ROW = 1, 2, 4
BLANK_ROWS = 60  # formatted rows with drop-downs below the proposals, for the province's own changes

KIND_LABELS = {
    "rename": "Đổi tên",
    "merge": "Hợp nhất",
    "split": "Chia tách",
    "end": "Chấm dứt",
    "add": "Thành lập mới",
    "members": "Thành viên nhóm",
}
PROPOSED = "Đề xuất — cần tỉnh xác nhận"
CONFIRMED = "Xác nhận"
NOT_APPLIED = "Không áp dụng"
STATUSES = (PROPOSED, CONFIRMED, NOT_APPLIED)


@dataclass(frozen=True)
class Column:
    header: str
    width: int


KIND, BEFORE, AFTER, DAY, BASIS, STATUS, NOTE = range(7)
COLUMNS = (
    Column(HEADER_ANCHOR, 16),
    Column("Đơn vị trước", 40),
    Column("Đơn vị sau", 40),
    Column("Ngày hiệu lực", 14),
    Column("Căn cứ (số văn bản)", 22),
    Column("Trạng thái", 26),
    Column("Ghi chú", 50),
)


@dataclass(frozen=True)
class ChangeLine:
    """A row as written: the kind's code (KIND_LABELS), units by name, one per line in the cell."""

    kind: str
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    on: date | None = None
    basis: str = ""
    status: str = PROPOSED
    note: str = ""


@dataclass(frozen=True)
class UnitLine:
    """An agency the database knows, listed for the province to copy its exact name."""

    code: str
    name: str
    kind: str  # in words
    state: str  # in force, or ended on a day


@dataclass(frozen=True)
class ReadChange:
    """A row as read back. *kind* is None when the cell is empty or not a kind in the list."""

    row: int
    kind: str | None
    before: tuple[str, ...]
    after: tuple[str, ...]
    on: date | None
    basis: str
    confirmed: bool  # marked "Xác nhận": to be applied
    status: str  # as understood (one of STATUSES), else as written
    refused: bool = False  # confirmed, but a cell cannot be read (the problem is in the workbook's errors)


@dataclass
class ChangesWorkbook:
    path: Path
    sheet: str = DATA_SHEET
    rows: list[ReadChange] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)  # a confirmed row that cannot be read is refused
    warnings: list[Problem] = field(default_factory=list)

    def where(self, row: int, column: int) -> dict:
        """Where a problem is, for a Problem: sheet, row and column in words."""
        return {"sheet": self.sheet, "row": row, "column": column_label(column)}


def column_label(column: int) -> str:
    return f"{_letter(column)} ({COLUMNS[column].header})"


# -- writing -----------------------------------------------------------------------------------


def write_changes_workbook(target: Path, lines: list[ChangeLine], units: list[UnitLine], installation: str, exported_at: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
    from openpyxl.workbook.defined_name import DefinedName
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    sheet.title = DATA_SHEET
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    proposal_fill = PatternFill("solid", fgColor="FFF8E1")
    sheet.cell(TITLE_ROW, 1, "DANH SÁCH THAY ĐỔI CƠ QUAN, ĐƠN VỊ THỰC HIỆN KẾ HOẠCH TĂNG TRƯỞNG XANH").font = Font(bold=True, size=13)
    put_text(sheet.cell(INFO_ROW, 1), f"Chỉ các dòng có Trạng thái «{CONFIRMED}» được áp dụng. Xem hướng dẫn ở trang «{HELP_SHEET}».")
    sheet.cell(INFO_ROW, 1).alignment = Alignment(wrap_text=False)
    for index, column in enumerate(COLUMNS, start=1):
        cell = sheet.cell(HEADER_ROW, index, column.header)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9EAD3")
        cell.border = border
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        sheet.column_dimensions[cell.column_letter].width = column.width
    sheet.row_dimensions[HEADER_ROW].height = 30
    first = HEADER_ROW + 1
    last = first + len(lines) + BLANK_ROWS - 1
    for r in range(first, last + 1):
        line = lines[r - first] if r - first < len(lines) else None
        texts = (
            (KIND_LABELS.get(line.kind, ""), "\n".join(line.before), "\n".join(line.after), None, line.basis, line.status, line.note)
            if line is not None
            else ("",) * 3 + (None,) + ("",) * 3
        )
        for index, text in enumerate(texts):
            cell = sheet.cell(r, index + 1)
            if index == DAY:
                cell.value = line.on if line is not None else None
                cell.number_format = "DD/MM/YYYY"
                cell.alignment = Alignment(vertical="top", horizontal="center")
            else:
                put_text(cell, text)
            cell.border = border
            cell.protection = Protection(locked=False)
            if line is not None and line.status == PROPOSED:
                cell.fill = proposal_fill
        if line is not None:
            height = max(len(line.before), len(line.after), 1 + len(line.note) // int(COLUMNS[NOTE].width * 1.1))
            set_row_lines(sheet, r, height)

    lists = book.create_sheet(LIST_SHEET)
    for index, label in enumerate(KIND_LABELS.values(), start=1):
        put_text(lists.cell(index, 1), label)
    for index, label in enumerate(STATUSES, start=1):
        put_text(lists.cell(index, 2), label)
    lists.column_dimensions["A"].width = 20
    lists.column_dimensions["B"].width = 30
    book.defined_names[KIND_LIST_NAME] = DefinedName(KIND_LIST_NAME, attr_text=f"'{LIST_SHEET}'!$A$1:$A${len(KIND_LABELS)}")
    book.defined_names[STATUS_LIST_NAME] = DefinedName(STATUS_LIST_NAME, attr_text=f"'{LIST_SHEET}'!$B$1:$B${len(STATUSES)}")

    def column_range(column: int) -> str:
        letter = _letter(column)
        return f"{letter}{first}:{letter}{last}"

    checks = (
        (KIND, DataValidation(type="list", formula1=KIND_LIST_NAME, allow_blank=True), "Loại thay đổi", "Chọn một loại thay đổi trong danh sách."),
        (STATUS, DataValidation(type="list", formula1=STATUS_LIST_NAME, allow_blank=True), "Trạng thái",
         f"Chọn «{CONFIRMED}» cho thay đổi tỉnh đã quyết định; chỉ những dòng này được áp dụng."),
        (DAY, DataValidation(type="date", operator="between", formula1="DATE(2023,1,1)", formula2="DATE(2030,12,31)", allow_blank=True),
         "Ngày hiệu lực", "Nhập ngày dạng dd/mm/yyyy, từ 01/01/2023 đến 31/12/2030."),
    )
    for column, validation, title, message in checks:
        validation.promptTitle, validation.prompt = title, message
        validation.errorTitle, validation.error = title, message
        validation.showInputMessage = validation.showErrorMessage = True
        validation.add(column_range(column))
        sheet.add_data_validation(validation)
    sheet.freeze_panes = sheet.cell(first, 1)
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{_letter(len(COLUMNS) - 1)}{last}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"

    _write_help(book.create_sheet(HELP_SHEET))
    _write_units(book.create_sheet(UNITS_SHEET), units)
    lists.sheet_state = "hidden"
    hidden = book.create_sheet(IDENTITY_SHEET)
    facts = [[MAGIC, ""], ["version", str(VERSION)], ["exported_at", exported_at], ["installation", installation]]
    for r, cells in enumerate(facts, start=1):
        for c, text in enumerate(cells, start=1):
            put_text(hidden.cell(r, c), text)
    hidden.sheet_state = "hidden"
    book.properties.creator = f"GPA Desktop {__version__}"
    book.properties.title = "Danh sách thay đổi cơ quan, đơn vị"
    book.active = 0
    _save(book, target)


def _write_help(sheet) -> None:
    from openpyxl.styles import Font

    kinds = ", ".join(f"«{label}»" for label in KIND_LABELS.values())
    lines = [
        ("HƯỚNG DẪN ĐIỀN DANH SÁCH THAY ĐỔI CƠ QUAN, ĐƠN VỊ", True),
        ("Mỗi dòng ở trang «Thay đổi» là một thay đổi, có hiệu lực từ «Ngày hiệu lực». Phần mềm đã điền sẵn các thay đổi "
         "năm 2025 mà phần mềm biết, ở trạng thái «" + PROPOSED + "»: tỉnh kiểm tra, sửa nếu cần và chọn «" + CONFIRMED + "».", False),
        (f"1. Chỉ những dòng có Trạng thái «{CONFIRMED}» được áp dụng. Dòng «{PROPOSED}» hoặc «{NOT_APPLIED}» được bỏ qua.", False),
        (f"2. Loại thay đổi: {kinds}.", False),
        ("3. Đơn vị trước, Đơn vị sau: ghi tên đầy đủ hoặc mã của đơn vị (xem trang «" + UNITS_SHEET + "»), "
         "mỗi đơn vị một dòng trong ô (Alt+Enter để xuống dòng) hoặc cách nhau bằng dấu chấm phẩy.", False),
        ("   - Đổi tên: Đơn vị trước là đơn vị, Đơn vị sau là tên mới.", False),
        ("   - Hợp nhất: Đơn vị trước là các đơn vị hợp nhất, Đơn vị sau là đơn vị tiếp nhận (đã có hoặc tên đơn vị mới).", False),
        ("   - Chia tách: Đơn vị trước là đơn vị bị chia tách; Đơn vị sau ghi mỗi đơn vị tiếp nhận một dòng, "
         "kèm các nhiệm vụ nhận: «Sở Nội vụ: 3.1, 7.2».", False),
        ("   - Chấm dứt: Đơn vị trước là các đơn vị chấm dứt hoạt động; để trống Đơn vị sau.", False),
        ("   - Thành lập mới: Đơn vị sau là tên các đơn vị mới (ví dụ các xã, phường), mỗi tên một dòng.", False),
        ("   - Thành viên nhóm: Đơn vị trước là nhóm (ví dụ «UBND các huyện, thị xã, thành phố»), Đơn vị sau là "
         "toàn bộ thành viên của nhóm từ ngày hiệu lực. Nhiệm vụ giao cho nhóm do các thành viên này báo cáo.", False),
        ("4. Ngày hiệu lực: dạng dd/mm/yyyy (ví dụ 01/07/2025). Căn cứ: số văn bản của cơ quan có thẩm quyền.", False),
        ("5. Tên các xã, phường: lấy đúng theo văn bản Nghị quyết 1664/NQ-UBTVQH15 ngày 16/6/2025 mà tỉnh nhận được; "
         "không lấy từ tin báo chí về các phương án trước đó.", False),
        ("6. Báo cáo đã nộp vẫn thuộc đơn vị đã nộp; từ ngày hiệu lực, đơn vị tiếp nhận báo cáo các nhiệm vụ được chuyển giao.", False),
        ("7. Lưu tệp dạng .xlsx và nhập lại bằng phần mềm (Danh mục → Áp dụng sổ sắp xếp cơ quan, đơn vị…, hoặc Trao đổi → "
         "Nhập tệp báo cáo nhận về…, hoặc lệnh gpa-desktop agency apply). "
         "Phần mềm kiểm tra mọi dòng và cho xem trước toàn bộ thay đổi trước khi ghi; áp dụng lại cùng tệp không thay đổi gì thêm.", False),
        (f"Trang ẩn «{IDENTITY_SHEET}» giúp phần mềm nhận biết tệp: xin đừng xoá.", False),
    ]
    for row, (text, bold) in enumerate(lines, start=1):
        put_text(sheet.cell(row, 1), text)
        sheet.cell(row, 1).font = Font(bold=bold, size=12 if bold else 11)
    sheet.column_dimensions["A"].width = 130


def _write_units(sheet, units: list[UnitLine]) -> None:
    from openpyxl.styles import Font

    for index, header in enumerate(("Mã", "Tên đơn vị", "Loại", "Tình trạng"), start=1):
        sheet.cell(1, index, header).font = Font(bold=True)
    for r, unit in enumerate(units, start=2):
        for c, text in enumerate((unit.code, unit.name, unit.kind, unit.state), start=1):
            put_text(sheet.cell(r, c), text)
    for letter, width in zip("ABCD", (14, 60, 22, 24)):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"


def _save(book, target: Path) -> None:
    """Into a temporary file beside the target, flushed to disk, then renamed over it."""
    with atomic_write(target) as temp:
        book.save(temp)


# -- reading -----------------------------------------------------------------------------------

_BULLET = re.compile(r"^\s*(?:[-–•*+]|\d{1,3}[.)])\s+")
_LIST_SPLIT = re.compile(r"[\n;]+")
_EPOCH = date(1899, 12, 30)  # day 0 of a spreadsheet's date serials


def split_units(text: str) -> tuple[str, ...]:
    """The units a cell names: one per line or separated by semicolons; list marks dropped."""
    return tuple(item for item in (clean(_BULLET.sub("", part)) for part in _LIST_SPLIT.split(text or "")) if item)


def _day(value) -> date | None:
    """A cell's date: a date cell, a bare serial number, or text written dd/mm/yyyy."""
    from ..domain.dates import parse_date

    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise ValueError
    if isinstance(value, (int, float)):
        if not 1 <= value < 2_958_466:
            raise ValueError
        return _EPOCH + timedelta(days=int(value))
    try:
        return parse_date(clean(str(value)))
    except Exception as exc:  # noqa: BLE001 - any unreadable text is one "not a date"
        raise ValueError from exc


def _status(text: str) -> str:
    folded = fold(text)
    if folded in (fold(CONFIRMED), "da xac nhan", "confirmed"):
        return CONFIRMED
    if folded.startswith("de xuat"):
        return PROPOSED
    if folded in (fold(NOT_APPLIED), "khong"):
        return NOT_APPLIED
    return text


def _kind(text: str) -> str | None:
    folded = fold(text)
    return next((code for code, label in KIND_LABELS.items() if fold(label) == folded or code == folded), None)


def is_changes_workbook(path: Path) -> bool:
    """Whether *path* is a reorganisation workbook (its identity sheet, or its header), not a reporting one.

    Looked at in the reader process (exchange.contained): a hostile file is for the ordinary import to explain.
    """
    try:
        return read_contained(path.name, is_changes_workbook_here, path)
    except UserError:
        return False


def is_changes_workbook_here(path: Path) -> bool:
    try:
        check_workbook_file(path)
        from python_calamine import CalamineWorkbook

        book = CalamineWorkbook.from_path(str(path))
        if IDENTITY_SHEET in book.sheet_names:
            cells = book.get_sheet_by_name(IDENTITY_SHEET).to_python(skip_empty_area=False)
            if cells and cells[0] and str(cells[0][0]).strip() == MAGIC:
                return True
        return DATA_SHEET in book.sheet_names and _header_row(book.get_sheet_by_name(DATA_SHEET).to_python(skip_empty_area=False)) is not None
    except Exception:  # noqa: BLE001 - anything unreadable is for the ordinary import to explain
        return False


def _header_row(grid: list[list]) -> int | None:
    anchor = fold(HEADER_ANCHOR)
    return next((r for r, row in enumerate(grid[:40]) if any(fold(_text(v)) == anchor for v in row)), None)


def read_changes_workbook(path: Path) -> ChangesWorkbook:
    """Every row of the workbook, checked cell by cell; raise WorkbookRejected when the file cannot be used.

    Read in the reader process (exchange.contained): no workbook can crash or abort the app.
    """
    return read_contained(path.name, read_changes_workbook_here, path)


def read_changes_workbook_here(path: Path) -> ChangesWorkbook:
    check_workbook_file(path)
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
        names = book.sheet_names
        sheet = DATA_SHEET if DATA_SHEET in names else next((n for n in names if n not in (IDENTITY_SHEET, LIST_SHEET)), None)
        grid = book.get_sheet_by_name(sheet).to_python(skip_empty_area=False) if sheet else []
    except Exception as exc:  # calamine's parse errors: one plain sentence
        raise WorkbookRejected(
            QT_TRANSLATE_NOOP("UserError", "The file {name} is not an Excel workbook (.xlsx), or it is damaged or incomplete."),
            name=path.name,
        ) from exc
    header = _header_row(grid)
    if header is None:
        raise WorkbookRejected(
            QT_TRANSLATE_NOOP("UserError", 'The file {name} has no header row with a "{anchor}" cell; it is not a reorganisation workbook.'),
            name=path.name,
            anchor=HEADER_ANCHOR,
        )
    positions = {fold(_text(v)): i for i, v in enumerate(grid[header])}
    index = [positions.get(fold(c.header)) for c in COLUMNS]
    missing = [c.header for c, i in zip(COLUMNS, index) if i is None and c is not COLUMNS[NOTE]]
    if missing:
        raise WorkbookRejected(
            QT_TRANSLATE_NOOP("UserError", "The file {name} lacks the columns {columns}."),
            name=path.name,
            columns=", ".join(f'"{m}"' for m in missing),
        )
    result = ChangesWorkbook(path, sheet)
    formulas = _cell_facts(path, sheet).formulas
    for r in range(header + 1, len(grid)):
        values = grid[r]
        number = r + 1
        cell = lambda column: values[index[column]] if index[column] is not None and index[column] < len(values) else None  # noqa: E731
        texts = {c: _text(cell(c)) if c != DAY else "" for c in (KIND, BEFORE, AFTER, BASIS, STATUS)}
        if not any(texts.values()) and cell(DAY) in (None, ""):
            continue  # a blank row (a note alone is no change)
        status = _status(texts[STATUS])
        confirmed = status == CONFIRMED
        problems: list[Problem] = []

        def refuse(column: int, message: str, **params) -> None:
            problems.append(Problem(message, {"row": number, **params}, sheet=sheet, row=number, column=column_label(column)))

        for column in (KIND, BEFORE, AFTER, DAY, BASIS, STATUS):
            if index[column] is not None and (number, index[column]) in formulas:
                refuse(column, QT_TRANSLATE_NOOP("UserError", "Row {row}: the cell holds a formula; type the value itself."))
            elif column != DAY and len(texts[column]) > MAX_CELL:
                refuse(column, QT_TRANSLATE_NOOP("UserError", "Row {row}: the text is longer than a cell holds."))
        kind = _kind(texts[KIND])
        if kind is None:
            if texts[KIND]:
                refuse(KIND, QT_TRANSLATE_NOOP("UserError", 'Row {row}: "{value}" is not a kind of change in the list.'), value=texts[KIND])
            else:
                refuse(KIND, QT_TRANSLATE_NOOP("UserError", "Row {row}: choose the kind of change."))
        try:
            day = _day(cell(DAY))
        except ValueError:
            day = None
            refuse(DAY, QT_TRANSLATE_NOOP("UserError", 'Row {row}: "{value}" is not a date; write it as dd/mm/yyyy, for example 01/07/2025.'),
                   value=_text(cell(DAY)))
        else:
            if day is None:
                refuse(DAY, QT_TRANSLATE_NOOP("UserError", "Row {row}: the effective date is missing."))
        if status not in STATUSES and texts[STATUS]:
            result.warnings.append(
                Problem(QT_TRANSLATE_NOOP("UserError", 'Row {row}: the status "{value}" is not in the list; the row is not applied.'),
                        {"row": number, "value": texts[STATUS]}, sheet=sheet, row=number, column=column_label(STATUS))
            )
        elif not texts[STATUS]:
            result.warnings.append(
                Problem(QT_TRANSLATE_NOOP("UserError", 'Row {row} has no status; only rows marked "{confirmed}" are applied.'),
                        {"row": number, "confirmed": CONFIRMED}, sheet=sheet, row=number, column=column_label(STATUS))
            )
        if confirmed:
            result.errors.extend(problems)
        result.rows.append(
            ReadChange(
                row=number, kind=kind, before=split_units(texts[BEFORE]), after=split_units(texts[AFTER]),
                on=day, basis=clean(texts[BASIS]), confirmed=confirmed, status=status, refused=confirmed and bool(problems),
            )
        )
    return result
