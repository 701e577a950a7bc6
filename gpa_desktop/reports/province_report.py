"""The province's consolidated report for a period: completeness, status by group with a chart,
difficulties and proposals gathered by group, and the table of every task with each agency's status."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from ..domain.reports import NO_STATUS_TEXT, NOT_RECEIVED, RECEIVED_WITHOUT_STATUS
from ..storage.agencies import successions, successor_on
from ..storage.completeness import period_completeness, status_by_group
from ..storage.reports import status_labels
from .data import ReportOptions, shown_data
from .official import (
    CELL_FONT, MM, Issuer, build_document, closing_block, header_block, number_text, period_phrase, styles, text, title_block,
    vietnamese_date,
)
from .tables import NOT_REPORTED, long_table, percent, status_text
from .verification import code_for, digest

DEFAULT_ISSUER = "SKHDT"  # the plan's focal department (Sở Kế hoạch và Đầu tư; its successor once merged)


def status_chart(groups: list[str], series: dict[str, list[int]]):
    """A stacked bar chart of report statuses per task group (reportlab graphics, drawn in the PDF)."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors

    from .fonts import register_fonts

    family = register_fonts()
    palette = [colors.HexColor(c) for c in ("#9e9e9e", "#42a5f5", "#43a047", "#e53935", "#ffcc80", "#8d6e63")]
    drawing = Drawing(160 * MM, 85 * MM, initialFontName=family)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 12 * MM, 22 * MM, 140 * MM, 58 * MM
    chart.data = list(series.values())
    chart.categoryAxis.categoryNames = groups
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = family
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    for index in range(len(series)):
        chart.bars[index].fillColor = palette[index % len(palette)]
        chart.bars[index].strokeColor = None
    legend = Legend()
    legend.x, legend.y = 12 * MM, 13 * MM
    legend.fontName, legend.fontSize = family, 8
    legend.alignment = "right"
    legend.columnMaximum = 2  # two rows: six entries do not fit across the page in one
    legend.colorNamePairs = [(palette[i % len(palette)], name) for i, name in enumerate(series)]
    drawing.add(chart)
    drawing.add(legend)
    return drawing


def build_province_report(session: Session, period: str, options: ReportOptions, target: Path, progress=None) -> tuple[str, int]:
    from reportlab.platypus import CondPageBreak, Paragraph, Spacer

    from ..storage.issued_reports import record_issued

    shown = shown_data(session, period)
    plan = shown.plan
    # the focal department of the period: Sở Kế hoạch và Đầu tư, Sở Tài chính once it has merged into it
    issuer_code = options.issuer or successor_on(DEFAULT_ISSUER, shown.period_end, successions(session))
    issuer = plan.agency(issuer_code).name_on(shown.period_end)
    completeness = period_completeness(session, shown.period)
    snapshot = shown.snapshot("province", options.issued_on)
    code = code_for(snapshot)
    when = period_phrase(shown.period)
    symbol = f"BC-{issuer_code}"
    st = styles()
    story = header_block(options, Issuer(issuer, symbol), st)
    story += title_block(f"Tổng hợp tình hình thực hiện {plan.short_title}, {when}", st)
    story.append(Paragraph(text(f"Thực hiện {plan.short_title}, {issuer} tổng hợp tình hình thực hiện {when} như sau:"), st["body"]))

    name = lambda c: plan.agency(c).name_on(shown.period_end)  # noqa: E731
    story.append(Paragraph("I. TÌNH HÌNH BÁO CÁO", st["heading"]))
    n = count_vi
    story.append(
        Paragraph(
            text(
                f"Hạn nộp báo cáo: {completeness.due_on:%d/%m/%Y}. Số báo cáo phải nộp (nhiệm vụ – cơ quan): {n(completeness.expected)}; "
                f"đã nhận: {n(completeness.received)} ({percent_vi(completeness.ratio)}), trong đó đúng hạn {n(completeness.on_time)}, "
                f"trễ hạn {n(completeness.late)}; chưa nộp: {n(completeness.missing)}."
            ),
            st["body"],
        )
    )
    missing = completeness.not_reported()
    if missing:
        # a lead-in that may not be left alone at a page's foot, though the table after it may break
        story.append(CondPageBreak(35 * MM))
        story.append(Paragraph(text(f"Cơ quan, đơn vị chưa báo cáo đầy đủ ({len(missing)}):"), st["body"]))
        rows = [(name(a.agency), [len(a.expected), len(a.expected) - len(a.missing), len(a.missing)]) for a in missing]
        story += [agency_table(rows, ("Phải nộp", "Đã nộp", "Còn thiếu"), st), Spacer(1, 6)]
    else:
        story.append(Paragraph("Tất cả cơ quan, đơn vị đã báo cáo đầy đủ.", st["body"]))
    late = completeness.reported_late()
    if late:
        story.append(CondPageBreak(35 * MM))
        story.append(Paragraph(text(f"Cơ quan, đơn vị có báo cáo nộp trễ hạn ({len(late)}):"), st["body"]))
        rows = [(name(a.agency), [len(a.on_time), len(a.late)]) for a in late]
        story += [agency_table(rows, ("Đúng hạn", "Trễ hạn"), st), Spacer(1, 6)]
    else:
        story.append(Paragraph("Không có cơ quan, đơn vị nộp trễ hạn.", st["body"]))

    story.append(Paragraph("II. KẾT QUẢ THỰC HIỆN THEO NHÓM NHIỆM VỤ", st["heading"]))
    group_of = {t.code: g.code for g in plan.groups for t in g.tasks}
    columns, counts = status_counts(session, plan, completeness)
    story.append(CondPageBreak(35 * MM))
    story.append(
        Paragraph(
            "Tình trạng thực hiện của các nhiệm vụ theo từng nhóm, tính theo lượt cơ quan được giao (mỗi nhiệm vụ – cơ quan là một lượt):",
            st["body"],
        )
    )
    story += [status_table(plan, counts, columns, st), Spacer(1, 8)]
    story.append(Paragraph(text(f"Biểu đồ: Tình trạng thực hiện theo nhóm nhiệm vụ, {when}"), st["note"]))
    story.append(status_chart(list(counts), {c: [counts[g][c] for g in counts] for c in columns}))

    for heading, key in (("III. KHÓ KHĂN, VƯỚNG MẮC", "difficulties"), ("IV. ĐỀ XUẤT, KIẾN NGHỊ", "proposals")):
        story.append(Paragraph(heading, st["heading"]))
        any_item = False
        for group in plan.groups:
            items = [r for r in shown.rows if r[key] and group_of[r["task"]] == group.code]
            if items:
                any_item = True
                story.append(Paragraph(text(f"Nhóm {group.code}. {group.title}"), st["group"]))
                story += [Paragraph(text(line), st["body"]) for line in gathered(items, key, name)]
        if not any_item:
            story.append(Paragraph("Không có.", st["body"]))
    ending = Paragraph(text(f"Trên đây là tổng hợp tình hình thực hiện {plan.short_title} {when}./."), st["body"])
    story += closing_block(options, Issuer(issuer, symbol), issuer_code, st, ending)

    appendix = [
        Paragraph("<b>PHỤ LỤC</b>", st["title"]),
        Paragraph(text(f"TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ {when.upper()}"), st["subject"]),
        Paragraph(
            text(f"(Kèm theo Báo cáo số {number_text(options.number)}/{symbol} {vietnamese_date(options.issued_on)} của {issuer})"),
            st["note"],
        ),
        Spacer(1, 6),
        appendix_table(plan, shown.rows, name, st),
    ]
    pages = build_document(
        target, title=f"Báo cáo tổng hợp {when}", author=issuer, code=code, portrait_story=story, landscape_story=appendix, progress=progress
    )
    record_issued(session, code, "province", None, shown.period, options.issued_on, digest(snapshot), snapshot)
    return code, pages


def status_counts(session: Session, plan, completeness) -> tuple[list[str], dict[str, dict[str, int]]]:
    """The status table's columns - each status's label, then "Chưa ghi tình trạng" (received without a
    status), then "Chưa báo cáo" - and each group's counts, counted as the dashboard counts them."""
    by_group = status_by_group(session, plan, completeness)
    labels = status_labels(session)
    keys = {**labels, RECEIVED_WITHOUT_STATUS: NO_STATUS_TEXT, NOT_RECEIVED: NOT_REPORTED}
    return list(keys.values()), {g: {keys[k]: counts.get(k, 0) for k in keys} for g, counts in by_group.items()}


def percent_vi(ratio: float) -> str:
    """12,5% as Vietnamese writes it."""
    return f"{ratio:.1%}".replace(".", ",").replace(",0%", "%")


def gathered(items: list[dict], key: str, name) -> list[str]:
    """One line per difficulty or proposal; the same words from several agencies or tasks are said once,
    followed by who said them ("Thiếu kinh phí. (Sở Y tế – nhiệm vụ 1.1, 1.2; Ban Dân tộc – nhiệm vụ 1.1)")."""
    same: dict[str, dict[str, list[str]]] = {}
    wording: dict[str, str] = {}
    for r in items:
        said = " ".join(r[key].split())
        kind = said.casefold().rstrip(".;")
        wording.setdefault(kind, said)
        same.setdefault(kind, {}).setdefault(r["agency"], []).append(r["task"])
    lines = []
    for kind, by_agency in same.items():
        if len(by_agency) == 1 and len(next(iter(by_agency.values()))) == 1:
            ((agency, (task,)),) = by_agency.items()
            lines.append(f"- {name(agency)} (nhiệm vụ {task}): {wording[kind]}")
        else:
            who = "; ".join(f"{name(agency)} – nhiệm vụ {', '.join(tasks)}" for agency, tasks in by_agency.items())
            lines.append(f"- {wording[kind]} ({who})")
    return lines


def count_vi(number: int) -> str:
    """22.995 as Vietnamese writes it."""
    return f"{number:,}".replace(",", ".")


def _boxed(table):
    """The count tables' look: a full grid, cells centred vertically, the header row shaded."""
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    table.setStyle(TableStyle([*CELL_FONT(), ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8F0E3"))]))
    return table


def agency_table(rows: list[tuple[str, list[int]]], columns: tuple[str, ...], st: dict):
    """Agencies with their counts: who has not reported in full, who reported late (the lists the province acts on)."""
    from reportlab.platypus import Paragraph, Table

    header = [Paragraph(f"<b>{h}</b>", st["cell_center"]) for h in ("TT", "Cơ quan, đơn vị", *columns)]
    body = [
        [Paragraph(str(i), st["cell_center"]), Paragraph(text(agency), st["cell"]), *(Paragraph(count_vi(c), st["cell_center"]) for c in counts)]
        for i, (agency, counts) in enumerate(rows, start=1)
    ]
    number = 20
    table = Table([header, *body], colWidths=[12 * MM, (163 - 12 - number * len(columns)) * MM, *[number * MM] * len(columns)], repeatRows=1)
    return _boxed(table)


def status_table(plan, counts: dict, columns: list[str], st: dict):
    """Counts of each status per group, with the groups' titles and a total row."""
    from reportlab.platypus import Paragraph, Table

    header = [Paragraph(f"<b>{text(h)}</b>", st["cell_center"]) for h in ["Nhóm nhiệm vụ", *columns]]
    body = [
        [Paragraph(text(f"{g.code}. {g.title}"), st["cell"]), *(Paragraph(count_vi(counts[g.code][c]), st["cell_center"]) for c in columns)]
        for g in plan.groups
    ]
    total = [Paragraph("<b>Tổng cộng</b>", st["cell"])] + [
        Paragraph(f"<b>{count_vi(sum(counts[g][c] for g in counts))}</b>", st["cell_center"]) for c in columns
    ]
    first = 68
    table = Table([header, *body, total], colWidths=[first * MM] + [(163 - first) / len(columns) * MM] * len(columns), repeatRows=1)
    return _boxed(table)


APPENDIX_HEADER = ["TT", "Cơ quan", "Vai trò", "Tình trạng", "Tiến độ", "Kết quả thực hiện", "Khó khăn, vướng mắc"]
APPENDIX_WIDTHS = [12, 58, 18, 24, 15, 80, 55]


def appendix_lines(plan, rows: list[dict], name) -> tuple[list[list], set[int]]:
    """The appendix's rows: each task on a row of its own spanning the table, then each assigned agency."""
    lines: list[list] = []
    task_rows: set[int] = set()
    current = None
    number = 0
    for r in rows:
        if r["task"] != current:
            current = r["task"]
            task_rows.add(len(lines))
            lines.append([current, plan.task(current).activities[0]])
        number += 1
        lines.append([number, name(r["agency"]), r["role"], status_text(r), percent(r["percent"]), r["results"], r["difficulties"]])
    return lines, task_rows


def appendix_table(plan, rows: list[dict], name, st: dict):
    """Every task with each assigned agency's status (the benchmark's subject)."""
    lines, task_rows = appendix_lines(plan, rows, name)
    return long_table(APPENDIX_HEADER, lines, APPENDIX_WIDTHS, st, task_rows, numbers=(4,))
