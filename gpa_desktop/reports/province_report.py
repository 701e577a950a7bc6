"""The province's consolidated report for a period: completeness, status by group with a chart,
difficulties and proposals gathered by group, and the table of every task with each agency's status."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from ..storage.reports import period_completeness, status_labels
from .data import ReportOptions, shown_data
from .official import CELL_FONT, MM, Issuer, build_document, closing_block, header_block, styles, text, title_block
from .tables import long_table, percent
from .verification import code_for, digest

DEFAULT_ISSUER = "SKHDT"  # the plan's focal department (Sở Kế hoạch và Đầu tư; Sở Tài chính after 2025)
NOT_REPORTED = "Chưa báo cáo"


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
    legend.x, legend.y = 12 * MM, 8 * MM
    legend.fontName, legend.fontSize = family, 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.colorNamePairs = [(palette[i % len(palette)], name) for i, name in enumerate(series)]
    drawing.add(chart)
    drawing.add(legend)
    return drawing


def build_province_report(session: Session, period: str, options: ReportOptions, target: Path) -> tuple[str, int]:
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors

    from ..storage.issued_reports import record_issued

    shown = shown_data(session, period)
    plan = shown.plan
    issuer_code = options.issuer or DEFAULT_ISSUER
    issuer = plan.agency(issuer_code).name_on(shown.period_end)
    completeness = period_completeness(session, shown.period)
    snapshot = shown.snapshot("province", options.issued_on)
    code = code_for(snapshot)
    st = styles()
    story = header_block(options, Issuer(issuer, f"BC-{issuer_code}"), st)
    story += title_block(f"Tổng hợp kết quả thực hiện Kế hoạch hành động tăng trưởng xanh tỉnh Gia Lai giai đoạn 2021 – 2030, kỳ {shown.period}", st)
    story.append(Paragraph(text(f"Thực hiện {plan.short_title}, {issuer} tổng hợp kết quả thực hiện kỳ {shown.period} như sau:"), st["body"]))

    story.append(Paragraph("I. TÌNH HÌNH BÁO CÁO", st["heading"]))
    story.append(
        Paragraph(
            text(
                f"Số báo cáo phải nộp: {completeness.expected}; đã nhận: {completeness.received} ({completeness.ratio:.0%}), "
                f"trong đó đúng hạn {completeness.on_time}, trễ hạn {completeness.late}; chưa nộp: {completeness.missing}. "
                f"Hạn nộp: {completeness.due_on:%d/%m/%Y}."
            ),
            st["body"],
        )
    )
    name = lambda c: plan.agency(c).name_on(shown.period_end)  # noqa: E731
    missing = completeness.not_reported()
    if missing:
        story.append(
            Paragraph(
                text("Cơ quan, đơn vị chưa báo cáo đầy đủ: " + "; ".join(f"{name(a.agency)} (thiếu {len(a.missing)}/{len(a.expected)})" for a in missing) + "."),
                st["body"],
            )
        )
    late = completeness.reported_late()
    if late:
        story.append(Paragraph(text("Cơ quan, đơn vị nộp trễ hạn: " + "; ".join(name(a.agency) for a in late) + "."), st["body"]))

    story.append(Paragraph("II. KẾT QUẢ THỰC HIỆN THEO NHÓM NHIỆM VỤ", st["heading"]))
    group_of = {t.code: g.code for g in plan.groups for t in g.tasks}
    labels = list(status_labels(session).values())
    columns = [*labels, NOT_REPORTED]
    counts = {g.code: {c: 0 for c in columns} for g in plan.groups}
    for row in shown.rows:
        key = row["status"] if row["status"] else (NOT_REPORTED if not row["reported"] else labels[0])
        counts[group_of[row["task"]]][key] += 1
    header = [Paragraph(f"<b>{text(h)}</b>", st["cell_center"]) for h in ["Nhóm", *columns]]
    body = [[Paragraph(text(g), st["cell_center"]), *(Paragraph(str(counts[g][c]), st["cell_center"]) for c in columns)] for g in counts]
    table = Table([header, *body], colWidths=[18 * MM] + [(163 - 18) / len(columns) * MM] * len(columns), repeatRows=1)
    table.setStyle(TableStyle([*CELL_FONT(), ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8F0E3"))]))
    story += [table, Spacer(1, 6)]
    story.append(status_chart(list(counts), {c: [counts[g][c] for g in counts] for c in columns}))

    for heading, key in (("III. KHÓ KHĂN, VƯỚNG MẮC", "difficulties"), ("IV. ĐỀ XUẤT, KIẾN NGHỊ", "proposals")):
        story.append(Paragraph(heading, st["heading"]))
        any_item = False
        for group in plan.groups:
            items = [r for r in shown.rows if r[key] and group_of[r["task"]] == group.code]
            if items:
                any_item = True
                story.append(Paragraph(f"<b>{text(f'Nhóm {group.code}. {group.title}')}</b>", st["body"]))
                story += [Paragraph(text(f"- {name(r['agency'])} (nhiệm vụ {r['task']}): {r[key]}"), st["body"]) for r in items]
        if not any_item:
            story.append(Paragraph("Không có.", st["body"]))
    story.append(Paragraph(text(f"Trên đây là tổng hợp kết quả thực hiện kỳ {shown.period}./."), st["body"]))
    story += closing_block(options, issuer_code, st)

    appendix = [
        Paragraph("<b>PHỤ LỤC</b>", st["title"]),
        Paragraph(text(f"TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ KỲ {shown.period}"), st["subject"]),
        Spacer(1, 6),
        appendix_table(shown.rows, name, st),
    ]
    pages = build_document(
        target, title=f"Báo cáo tổng hợp kỳ {shown.period}", author=issuer, code=code, portrait_story=story, landscape_story=appendix
    )
    record_issued(session, code, "province", None, shown.period, options.issued_on, digest(snapshot), snapshot)
    return code, pages


def appendix_table(rows: list[dict], name, st: dict):
    """Every task with each assigned agency's status (the benchmark's subject)."""
    lines = [[i, r["task"], name(r["agency"]), r["role"], r["status"] or ("" if r["reported"] else NOT_REPORTED), percent(r["percent"]), r["results"]] for i, r in enumerate(rows, start=1)]
    return long_table(["TT", "Nhiệm vụ", "Cơ quan", "Vai trò", "Tình trạng", "Tiến độ", "Kết quả thực hiện"], lines, [12, 18, 62, 20, 28, 16, 106], st)
