"""Rows of long text never taller than Excel allows (409 points): every workbook writer sets its
heights through one helper (exchange/cells.set_row_lines)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from gpa_desktop.domain.reports import ReportValues
from gpa_desktop.exchange.cells import LINE_HEIGHT, MAX_ROW_HEIGHT, set_row_lines
from gpa_desktop.exchange.plan_workbook import write_plan_workbook
from gpa_desktop.exchange.reorganisation import KIND_LABELS, ChangeLine, write_changes_workbook
from gpa_desktop.exchange.template import export_template
from gpa_desktop.storage.plan_store import read_plan
from gpa_desktop.storage.reports import save_report

LONG = "\n".join(f"Dòng {n}: kết quả thực hiện chi tiết của nhiệm vụ, kèm số liệu từng huyện." for n in range(300))


def _heights(path: Path, sheet: str | None = None) -> dict[int, float]:
    book = load_workbook(path)
    rows = (book[sheet] if sheet else book.active).row_dimensions
    return {r: d.height for r, d in rows.items() if d.height is not None}


def test_the_helper_grows_a_row_by_lines_up_to_excels_limit():
    from openpyxl import Workbook

    sheet = Workbook().active
    for row, lines in enumerate((0, 1, 3, 27, 28, 10_000), start=1):
        set_row_lines(sheet, row, lines)
    assert [sheet.row_dimensions[r].height for r in range(1, 7)] == [
        LINE_HEIGHT, LINE_HEIGHT, 3 * LINE_HEIGHT, 27 * LINE_HEIGHT, MAX_ROW_HEIGHT, MAX_ROW_HEIGHT
    ]
    assert MAX_ROW_HEIGHT == 409


def test_a_template_row_with_a_long_report_is_capped(db, tmp_path):
    with db.transaction() as session:
        save_report(session, "1.2", "STNMT", "2024", ReportValues(results=LONG, difficulties="ngắn"))
        export_template(session, "STNMT", "2024", tmp_path / "t.xlsx", db.installation_id)
    book = load_workbook(tmp_path / "t.xlsx")
    sheet = book["Báo cáo"]
    row = next(r for r in range(5, sheet.max_row + 1) if sheet.cell(r, 1).value == "1.2")
    heights = _heights(tmp_path / "t.xlsx", "Báo cáo")
    assert heights[row] == MAX_ROW_HEIGHT and max(heights.values()) <= MAX_ROW_HEIGHT
    assert sheet.cell(row, 7).value == LONG  # the text is all there: the row scrolls, nothing is cut


def test_a_plan_workbook_with_long_activities_is_capped(db, tmp_path):
    with db.reading() as session:
        plan = read_plan(session)
    group = plan.groups[0]
    long_task = replace(group.tasks[0], activities=tuple(LONG.split("\n")))
    plan = replace(plan, groups=(replace(group, tasks=(long_task, *group.tasks[1:])), *plan.groups[1:]))
    write_plan_workbook(plan, tmp_path / "plan.xlsx")
    heights = _heights(tmp_path / "plan.xlsx")
    assert max(heights.values()) == MAX_ROW_HEIGHT


def test_a_reorganisation_workbook_with_a_long_note_is_capped(tmp_path):
    kind = next(iter(KIND_LABELS))
    lines = [ChangeLine(kind, before=("Sở A",), after=tuple(f"Phường {n}" for n in range(60)), on=date(2025, 7, 1), note=LONG[:5000])]
    write_changes_workbook(tmp_path / "changes.xlsx", lines, [], "here", "2025-01-01T00:00:00")
    heights = _heights(tmp_path / "changes.xlsx")
    assert max(heights.values()) == MAX_ROW_HEIGHT
