"""The reporting workbook the province sends an agency for a period (and an agency's app exports back).

One row per task the agency leads or coordinates (directly or through a collective), the
read-only columns locked, the input columns open with drop-downs and checks, existing values
pre-filled, and the identity sheet that lets the import check origin and merge three ways.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from pathlib import Path

from sqlalchemy.orm import Session

from .. import __version__
from ..domain.dates import format_date
from ..domain.periods import parse_period
from ..domain.plan import Duty, Plan
from ..domain.reports import ReportValues
from ..storage.periods import period_row
from ..storage.plan_store import read_plan
from ..storage.files import atomic_write
from ..storage.reports import status_labels, stored_values
from ..domain.errors import QT_TRANSLATE_NOOP
from .cells import ColumnCells, RowHeights, clean_cell_text, in_memory, save_book, takes_ready_cells
from .reading import Problem
from .identity import RowBase, WorkbookIdentity, encode_rows
from .seal import own_sealer
from .layout import (
    COLUMNS,
    DATA_SHEET,
    HELP_SHEET,
    IDENTITY_SHEET,
    INPUTS,
    LIST_SHEET,
    ROLE_LABELS,
    STATUS_LIST_NAME,
    TEMPLATE_VERSION,
)

TITLE_ROW, INFO_ROW, HEADER_ROW = 1, 2, 4


@dataclass(frozen=True)
class TemplateRow:
    duty: Duty
    task_text: str
    deadline: str
    revision: int
    values: ReportValues | None


@dataclass(frozen=True)
class TemplateContent:
    """Everything a reporting workbook shows, read in one transaction."""

    agency_code: str
    agency_name: str
    period: str
    due_on: date
    plan_revision: str
    installation: str
    statuses: dict[str, str]  # code → label
    rows: tuple[TemplateRow, ...]
    notes: list[Problem] = field(default_factory=list, compare=False)  # what writing had to change, to tell the user


def template_content(
    session: Session, plan: Plan, agency: str, period: str, installation: str,
    reports: dict[str, tuple[int, ReportValues]] | None = None,
) -> TemplateContent:
    """*reports*: the agency's, when read for many at once (storage.reports.period_values); else read here."""
    stored = period_row(session, period)
    duties = plan.duties_of(agency, stored.ends_on)
    if reports is None:
        reports = stored_values(session, agency, stored.id)
    rows = []
    for duty in duties:
        revision, values = reports.get(duty.task, (0, None))
        task = plan.task(duty.task)
        rows.append(TemplateRow(duty, "\n".join(task.activities), task.deadline, revision, values))
    return TemplateContent(
        agency_code=agency,
        agency_name=plan.agency(agency).name_on(stored.ends_on),
        period=stored.code,
        due_on=stored.due_on,
        plan_revision=plan.revision,
        installation=installation,
        statuses=status_labels(session),
        rows=tuple(rows),
    )


def export_template(
    session: Session,
    agency: str,
    period: str,
    target: Path,
    installation: str,
    plan: Plan | None = None,
    *,
    seal: Callable[[WorkbookIdentity], WorkbookIdentity] | None = None,
    reports: dict[str, tuple[int, ReportValues]] | None = None,
) -> TemplateContent:
    """*plan*: the plan as read once for many agencies' workbooks, and *reports* the agency's reports
    as read for them all (storage.reports.period_values; {} for none). *seal*: what seals the identity (default: this
    installation's key, exchange/seal.py; the province's adds its reference data, exchange/convergence.py)."""
    content = template_content(session, plan or read_plan(session), agency, period, installation, reports)
    identity = template_identity(content)
    seal = seal or own_sealer(session)
    write_template(content, target, seal(identity) if seal else identity)
    return content


def template_identity(content: TemplateContent) -> WorkbookIdentity:
    """The identity a freshly exported workbook carries: who it is for and what it held then."""
    return WorkbookIdentity(
        agency=content.agency_code,
        period=content.period,
        plan_revision=content.plan_revision,
        template_version=TEMPLATE_VERSION,
        # to the microsecond: two exports within a second are two templates
        exported_at=datetime.now(timezone.utc).replace(tzinfo=None).isoformat(timespec="microseconds"),
        installation=content.installation,
        rows=tuple(RowBase(r.duty.task, r.revision, _as_written(r.values)) for r in content.rows),
    )


def write_template(content: TemplateContent, target: Path, identity: WorkbookIdentity | None = None) -> None:
    """*identity*: the identity sheet to write (default: a fresh one for *content*).

    Written in openpyxl's write-only mode, row by row, each column's cells styled once (cells.ColumnCells):
    widths and each row's height are set before its row is appended, the rest of a sheet's settings before saving."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.workbook.defined_name import DefinedName
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.worksheet import Worksheet

    book = Workbook(write_only=True)
    sheet = _new_sheet(book, DATA_SHEET)
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    locked_fill = PatternFill("solid", fgColor="F2F2F2")
    header_fill = PatternFill("solid", fgColor="D9EAD3")
    top_wrapped, top = Alignment(wrap_text=True, vertical="top"), Alignment(vertical="top")
    unlocked = Protection(locked=False)

    first = HEADER_ROW + 1
    # what is written above the rows: set before the first row is appended
    for index, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = f"B{first}"
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    title = "BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH HÀNH ĐỘNG TĂNG TRƯỞNG XANH TỈNH GIA LAI"
    sheet.append([ColumnCells(sheet, font=Font(bold=True, size=13)).text(title)[0]])
    info = f"Cơ quan: {content.agency_name} — Kỳ báo cáo: {content.period} — Hạn nộp: {format_date(content.due_on)}"
    sheet.append([ColumnCells(sheet, alignment=Alignment(wrap_text=False)).text(info)[0]])
    sheet.append([])
    bold, centred = Font(bold=True), Alignment(wrap_text=True, vertical="center", horizontal="center")
    headers = [
        ColumnCells(sheet, font=bold, fill=header_fill, border=border, alignment=centred).text(column.header)[0] for column in COLUMNS
    ]
    sheet.row_dimensions[HEADER_ROW].height = 32
    sheet.append(headers)

    fixed_cells = [ColumnCells(sheet, alignment=top_wrapped, fill=locked_fill, border=border) for _ in range(4)]
    input_cells = [
        ColumnCells(sheet, number_format="0" if c.field == "percent" else "#,##0.0", alignment=top, protection=unlocked, border=border)
        if c.field in ("percent", "budget")
        else ColumnCells(sheet, alignment=top_wrapped, protection=unlocked, border=border)
        for c in INPUTS
    ]
    heights = RowHeights(sheet)
    for offset, row in enumerate(content.rows):
        r = first + offset
        fixed = (row.duty.task, row.task_text, ROLE_LABELS[row.duty.role.value], row.deadline)
        cells = [column.text(text)[0] for column, text in zip(fixed_cells, fixed)]
        values = row.values or ReportValues()
        for index, (column, out) in enumerate(zip(INPUTS, input_cells), start=len(fixed) + 1):
            value = getattr(values, column.field)
            if column.field == "status":
                cells.append(out.text(content.statuses.get(value, "") if value else "")[0])
            elif column.field in ("percent", "budget"):
                cells.append(out.number(value))
            else:
                cell, notes = out.text(value)
                cells.append(cell)
                if "control" in notes:
                    content.notes.append(
                        Problem(
                            QT_TRANSLATE_NOOP("UserError", "Task {code}: invisible control characters in the stored text were left out of the workbook."),
                            {"code": row.duty.task}, sheet=DATA_SHEET, row=r, column=f"{get_column_letter(index)} ({column.header})",
                        )
                    )
        # spreadsheet programs do not grow rows for wrapped text they did not lay out themselves
        texts = [(COLUMNS[1].width, row.task_text)] + [(c.width, str(getattr(values, c.field) or "")) for c in INPUTS]
        heights.set_lines(r, max(_lines(text, width) for width, text in texts))
        sheet.append(cells)
    last = max(first, first + len(content.rows) - 1)

    lists = _new_sheet(book, LIST_SHEET)
    lists.column_dimensions["A"].width = 24
    labels = ColumnCells(lists, alignment=top_wrapped)
    for label in content.statuses.values():
        lists.append([labels.text(label)[0]])
    lists.protection.sheet = True
    book.defined_names[STATUS_LIST_NAME] = DefinedName(
        STATUS_LIST_NAME, attr_text=f"'{LIST_SHEET}'!$A$1:$A${max(1, len(content.statuses))}"
    )

    def column_range(field: str) -> str:
        letter = get_column_letter(1 + next(i for i, c in enumerate(COLUMNS) if c.field == field))
        return f"{letter}{first}:{letter}{last}"

    checks = (
        ("status", DataValidation(type="list", formula1=STATUS_LIST_NAME, allow_blank=True),
         "Tình trạng", "Chọn một tình trạng trong danh sách."),
        ("percent", DataValidation(type="whole", operator="between", formula1="0", formula2="100", allow_blank=True),
         "Tiến độ", "Nhập số nguyên từ 0 đến 100."),
        ("budget", DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True),
         "Kinh phí", "Nhập số triệu đồng, từ 0 trở lên."),
    )
    for field, validation, title_text, message in checks:
        validation.promptTitle, validation.prompt = title_text, message
        validation.errorTitle, validation.error = title_text, message
        validation.showInputMessage = validation.showErrorMessage = True
        validation.add(column_range(field))
        sheet.data_validations.append(validation)

    sheet.protection.sheet = True  # no password: protection only guards against slips
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(COLUMNS))}{last}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.oddHeader.center.text = f"{content.agency_name} — Kỳ {content.period}".replace("&", "&&")
    sheet.oddFooter.center.text = "Trang &P / &N"

    _write_help(_new_sheet(book, HELP_SHEET), content)
    identity = identity or template_identity(content)
    hidden = _new_sheet(book, IDENTITY_SHEET)
    columns: list[ColumnCells] = []
    for cells in encode_rows(identity):
        columns.extend(ColumnCells(hidden, alignment=top_wrapped) for _ in range(len(cells) - len(columns)))
        hidden.append([column.text(text)[0] for column, text in zip(columns, cells)])
    hidden.sheet_state = "hidden"
    book.properties.creator = f"GPA Desktop {__version__}"
    book.properties.title = f"Báo cáo {content.agency_code} {content.period}"
    book.active = 0
    with atomic_write(target) as temp:
        save_book(book, temp)


def _new_sheet(book, title: str):
    return in_memory(takes_ready_cells(book.create_sheet(title)))


def _write_help(sheet, content: TemplateContent) -> None:
    from openpyxl.styles import Alignment, Font

    lines = [
        ("HƯỚNG DẪN ĐIỀN BÁO CÁO", True),
        (f"Cơ quan: {content.agency_name}. Kỳ báo cáo: {content.period}. Hạn nộp: {format_date(content.due_on)}.", False),
        ("1. Điền vào trang \"Báo cáo\", mỗi dòng là một nhiệm vụ cơ quan chủ trì hoặc phối hợp.", False),
        ("2. Chỉ điền các cột có nền trắng: Tình trạng (chọn trong danh sách), Tiến độ (%) (số nguyên 0–100), "
         "Kết quả thực hiện, Khó khăn, vướng mắc, Đề xuất, kiến nghị, Kinh phí (triệu đồng), Văn bản, minh chứng.", False),
        ("3. Không sửa các cột nền xám, không đổi tên trang tính, không xoá cột \"Mã nhiệm vụ\".", False),
        ("4. Có thể mở và lưu bằng Excel, WPS Office hoặc LibreOffice; giữ định dạng .xlsx khi lưu.", False),
        ("5. Lưu tệp và gửi lại cho cơ quan đầu mối qua thư điện tử. Không cần đặt mật khẩu.", False),
        ("Trang ẩn \"_gpa\" giúp phần mềm nhận biết tệp: xin đừng xoá.", False),
    ]
    sheet.column_dimensions["A"].width = 120
    wrapped = Alignment(wrap_text=True, vertical="top")
    cells = {bold: ColumnCells(sheet, alignment=wrapped, font=Font(bold=bold, size=12 if bold else 11)) for bold in (True, False)}
    for text, bold in lines:
        sheet.append([cells[bold].text(text)[0]])


def _as_written(values: ReportValues | None) -> ReportValues | None:
    """The base values as the cells hold them, so an untouched cell reads back as unchanged."""
    if values is None:
        return None
    changed = {}
    for name in _FIELDS:
        value = getattr(values, name)
        if isinstance(value, str) and (written := clean_cell_text(value)[0]) != value:
            changed[name] = written
    return replace(values, **changed) if changed else values


_FIELDS = ReportValues.field_names()


def _lines(text: str, width: int) -> int:
    per_line = max(1, int(width * 1.1))
    if "\n" not in text:  # most cells: one part
        return 1 + len(text) // per_line
    return sum(1 + len(part) // per_line for part in text.split("\n"))


def template_file_name(agency: str, period: str) -> str:
    return f"BaoCao_{agency}_{parse_period(period).code}.xlsx"
