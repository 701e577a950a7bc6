"""The period summary: every expected report (one row per task × agency), completeness per agency,
and a sheet per task group; filters on. Written in openpyxl's streaming mode (tens of thousands of rows)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from ..domain.dates import format_date, is_on_time, vietnam_time
from ..storage.periods import period_row
from ..storage.plan_store import read_plan
from ..storage.completeness import period_completeness
from ..storage.files import atomic_write
from ..storage.reports import read_reports, status_labels
from ..domain.errors import QT_TRANSLATE_NOOP
from ..domain.reports import NO_STATUS_TEXT
from .cells import clean_cell_text
from .reading import Problem
from .layout import ROLE_LABELS

ALL_REPORTS = "Tất cả báo cáo"
HEADERS = (
    "Nhóm", "Mã nhiệm vụ", "Cơ quan", "Mã cơ quan", "Vai trò", "Tình trạng", "Tiến độ (%)", "Kết quả thực hiện",
    "Khó khăn, vướng mắc", "Đề xuất, kiến nghị", "Kinh phí (triệu đồng)", "Văn bản, minh chứng", "Ngày nhận", "Đúng hạn",
)


def summary_rows(session: Session, period: str) -> tuple[list[tuple], list[tuple], str]:
    """Rows of the report sheet and of the completeness sheet, and the period's due date as text."""
    row = period_row(session, period)
    plan = read_plan(session)
    labels = status_labels(session)
    reports = {(r.task, r.agency): r for r in read_reports(session, row.code)}
    group_of = {t.code: g.code for g in plan.groups for t in g.tasks}
    lines = []
    for duty in plan.duties(row.ends_on):
        report = reports.get((duty.task, duty.agency))
        v = report.values if report else None
        received = report.received_at if report else None
        lines.append(
            (
                group_of[duty.task], duty.task, plan.agency(duty.agency).name_on(row.ends_on), duty.agency,
                ROLE_LABELS[duty.role.value],
                labels.get(v.status, "") if v and v.status else (NO_STATUS_TEXT if report else "Chưa báo cáo"),
                v.percent if v else None, v.results if v else "", v.difficulties if v else "", v.proposals if v else "",
                v.budget if v else None, v.evidence if v else "",
                None if received is None else vietnam_time(received).replace(tzinfo=None),  # a cell holds no zone
                ("" if received is None else "Có" if is_on_time(received, row.due_on) else "Trễ hạn"),
            )
        )
    completeness = period_completeness(session, row.code)
    by_status: dict[str, dict[str, int]] = {}
    for (task, agency), report in reports.items():
        status = labels.get(report.values.status, report.values.status) if report.values.status else NO_STATUS_TEXT
        by_status.setdefault(agency, {}).setdefault(status, 0)
        by_status[agency][status] += 1
    status_names = [*labels.values(), NO_STATUS_TEXT]
    table = [
        (
            plan.agency(a.agency).name_on(row.ends_on), len(a.expected), a.received, len(a.on_time), len(a.late), len(a.missing),
            *(by_status.get(a.agency, {}).get(s, 0) for s in status_names), ", ".join(a.missing),
        )
        for a in completeness.agencies
    ]
    header = ("Cơ quan", "Phải nộp", "Đã nhận", "Đúng hạn", "Trễ hạn", "Chưa nộp", *status_names, "Nhiệm vụ chưa nộp")
    return lines, [header, *table], format_date(row.due_on)


def write_summary_workbook(session: Session, period: str, target: Path, notes: list[Problem] | None = None) -> int:
    """Write the summary; return the number of report rows. *notes* receives what had to change in a
    cell (control characters left out), to tell the user."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    lines, completeness, due = summary_rows(session, period)
    if notes is not None:
        for number, line in enumerate(lines, start=2):
            for index, value in enumerate(line):
                if isinstance(value, str) and clean_cell_text(value)[1]:
                    notes.append(
                        Problem(
                            QT_TRANSLATE_NOOP("UserError", "Task {code}: invisible control characters in the stored text were left out of the workbook."),
                            {"code": line[1]}, sheet=ALL_REPORTS, row=number, column=f"{get_column_letter(index + 1)} ({HEADERS[index]})",
                        )
                    )
    book = Workbook(write_only=True)
    bold = Font(bold=True)

    def text(sheet, value):
        cell = WriteOnlyCell(sheet, value=clean_cell_text(value)[0] if isinstance(value, str) else value)
        if isinstance(value, str):
            cell.data_type = "s"
        return cell

    def header_row(sheet, values):
        cells = []
        for value in values:
            cell = WriteOnlyCell(sheet, value=value)
            cell.font = bold
            cells.append(cell)
        sheet.append(cells)

    def report_sheet(title: str, rows: list[tuple]) -> None:
        sheet = book.create_sheet(title)
        for letter, width in zip("ABCDEFGHIJKLMN", (6, 9, 34, 11, 9, 16, 9, 40, 30, 30, 12, 20, 17, 9)):
            sheet.column_dimensions[letter].width = width
        sheet.freeze_panes = "C2"
        sheet.auto_filter.ref = f"A1:N{len(rows) + 1}"
        header_row(sheet, HEADERS)
        for line in rows:
            cells = [text(sheet, v) for v in line]
            cells[6].number_format = "0"
            cells[10].number_format = "#,##0.0"
            cells[12].number_format = "dd/mm/yyyy hh:mm"
            sheet.append(cells)

    report_sheet(ALL_REPORTS, lines)
    sheet = book.create_sheet("Tình hình báo cáo")
    sheet.column_dimensions["A"].width = 40
    sheet.append([text(sheet, f"Kỳ {period} — hạn nộp {due}")])
    header_row(sheet, completeness[0])
    for line in completeness[1:]:
        sheet.append([text(sheet, v) for v in line])
    sheet.auto_filter.ref = f"A2:{chr(64 + len(completeness[0]))}{len(completeness)}"
    for group in sorted({line[0] for line in lines}, key=lambda c: int(c)):
        report_sheet(f"Nhóm {group}", [line for line in lines if line[0] == group])
    with atomic_write(target) as temp:
        book.save(temp)
    return len(lines)
