"""An agency's progress report for a period, in the official layout, with its appendix table."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from .data import ReportOptions, shown_data
from .official import Issuer, build_document, closing_block, header_block, number_text, period_phrase, styles, text, title_block, vietnamese_date
from .tables import budget, long_table, percent, status_text
from .verification import code_for, digest


def build_agency_report(session: Session, agency: str, period: str, options: ReportOptions, target: Path, progress=None) -> tuple[str, int]:
    """Write the PDF; return its verification code and page count."""
    from reportlab.platypus import Paragraph, Spacer

    from ..storage.issued_reports import record_issued

    shown = shown_data(session, period, agency)
    plan = shown.plan
    name = plan.agency(agency).name_on(shown.period_end)
    snapshot = shown.snapshot("agency", options.issued_on)
    code = code_for(snapshot)
    st = styles()
    when = period_phrase(shown.period)
    issuer = Issuer(name, f"BC-{agency}")
    story = header_block(options, issuer, st)
    story += title_block(f"Tình hình thực hiện {plan.short_title}, {when}", st)
    story.append(
        Paragraph(
            text(
                f"Thực hiện {plan.short_title} (triển khai {plan.basis}), {name} báo cáo kết quả thực hiện "
                f"các nhiệm vụ được giao {when} như sau:"
            ),
            st["body"],
        )
    )
    by_group = {g.code: g for g in plan.groups}
    group_of = {t.code: g.code for g in plan.groups for t in g.tasks}
    story.append(Paragraph("I. KẾT QUẢ THỰC HIỆN", st["heading"]))
    for code_g, group in by_group.items():
        rows = [r for r in shown.rows if group_of[r["task"]] == code_g]
        if not rows:
            continue
        # the plan's own group number, so that task 13.1 sits under 13.
        story.append(Paragraph(text(f"{group.code}. {group.title}"), st["group"]))
        for row in rows:
            state = ", ".join(x for x in (row["status"], percent(row["percent"])) if x) or "chưa có báo cáo"
            result = f" {row['results']}" if row["results"] else ""
            story.append(Paragraph(text(f"- Nhiệm vụ {row['task']} ({row['role'].lower()}): {state}.{result}"), st["body"]))
    for heading, key in (("II. KHÓ KHĂN, VƯỚNG MẮC", "difficulties"), ("III. ĐỀ XUẤT, KIẾN NGHỊ", "proposals")):
        story.append(Paragraph(heading, st["heading"]))
        items = [r for r in shown.rows if r[key]]
        story += [Paragraph(text(f"- Nhiệm vụ {r['task']}: {r[key]}"), st["body"]) for r in items] or [Paragraph("Không có.", st["body"])]
    ending = Paragraph(text(f"Trên đây là báo cáo tình hình thực hiện {plan.short_title} {when} của {name}./."), st["body"])
    story += closing_block(options, issuer, agency, st, ending)

    appendix = [
        Paragraph("<b>PHỤ LỤC</b>", st["title"]),
        Paragraph(text(f"TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ {when.upper()} CỦA {name.upper()}"), st["subject"]),
        Paragraph(
            text(f"(Kèm theo Báo cáo số {number_text(options.number)}/{issuer.symbol} {vietnamese_date(options.issued_on)} của {name})"),
            st["note"],
        ),
        Spacer(1, 6),
    ]
    rows = [
        [i, f"{r['task']}. {plan.task(r['task']).activities[0]}", r["role"], status_text(r),
         percent(r["percent"]), r["results"],
         r["difficulties"], r["proposals"], budget(r["budget"])]
        for i, r in enumerate(shown.rows, start=1)
    ]
    appendix.append(
        long_table(
            ["TT", "Nhiệm vụ", "Vai trò", "Tình trạng", "Tiến độ", "Kết quả thực hiện", "Khó khăn, vướng mắc", "Đề xuất, kiến nghị", "Kinh phí (tr.đ)"],
            rows, [9, 62, 17, 22, 13, 50, 32, 32, 20], st, numbers=(4, 8),
        )
    )
    pages = build_document(
        target, title=f"Báo cáo của {name}, {when}", author=name, code=code, portrait_story=story, landscape_story=appendix, progress=progress
    )
    record_issued(session, code, "agency", agency, shown.period, options.issued_on, digest(snapshot), snapshot)
    return code, pages
