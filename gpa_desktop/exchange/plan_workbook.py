"""The whole plan as the seed's table: TT, content, Chủ trì, Phối hợp, Thời gian hoàn thành; groups as header rows."""

from __future__ import annotations

from pathlib import Path

from ..domain.plan import Plan, Role
from ..storage.files import atomic_write
from .cells import put_text, set_row_lines


def write_plan_workbook(plan: Plan, target: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    book = Workbook()
    sheet = book.active
    sheet.title = "Kế hoạch"
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    put_text(sheet.cell(1, 1), plan.title)
    sheet.cell(1, 1).font = Font(bold=True, size=12)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=5)
    sheet.row_dimensions[1].height = 48
    if plan.attachment_note:
        put_text(sheet.cell(2, 1), plan.attachment_note)
        sheet.cell(2, 1).font = Font(italic=True)
        sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=5)
    headers = ("TT", "Nhiệm vụ, hoạt động cụ thể", "Chủ trì", "Phối hợp", "Thời gian hoàn thành")
    widths = (7, 70, 28, 32, 14)
    for column, (text, width) in enumerate(zip(headers, widths), start=1):
        cell = sheet.cell(4, column, text)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9EAD3")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = border
        sheet.column_dimensions[cell.column_letter].width = width
    row = 5
    name = lambda code: plan.agency(code).name  # noqa: E731
    for group in plan.groups:
        put_text(sheet.cell(row, 1), group.code)
        put_text(sheet.cell(row, 2), group.title + (f": {group.description}" if group.description else ""))
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=5)
        for column in range(1, 6):
            sheet.cell(row, column).font = Font(bold=True)
            sheet.cell(row, column).border = border
        set_row_lines(sheet, row, len(sheet.cell(row, 2).value) // 130 + 1)
        row += 1
        for task in group.tasks:
            content = "\n".join(f"- {a}" if not a.startswith("+") else a for a in task.activities)
            lead = "; ".join(name(a.agency) + (f" ({a.note})" if a.note else "") for a in task.assignments if a.role is Role.LEAD and a.holds_on())
            cells = (task.code, content, lead, "; ".join(map(name, task.agencies(Role.COORDINATING))), task.deadline)
            for column, text in enumerate(cells, start=1):
                put_text(sheet.cell(row, column), text)
                sheet.cell(row, column).border = border
            set_row_lines(sheet, row, max(2, sum(1 + len(p) // 75 for p in content.split("\n"))))
            row += 1
    sheet.freeze_panes = "A5"
    sheet.print_title_rows = "4:4"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.oddFooter.center.text = "Trang &P / &N"
    with atomic_write(target) as temp:
        book.save(temp)
