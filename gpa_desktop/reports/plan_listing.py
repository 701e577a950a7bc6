"""The plan as the official table: "DANH MỤC NHIỆM VỤ, HOẠT ĐỘNG …", landscape, groups spanning the table."""

from __future__ import annotations

from pathlib import Path

from ..domain.plan import Plan, Role
from .official import build_document, styles, text
from .tables import long_table


def build_plan_listing(plan: Plan, target: Path) -> int:
    from reportlab.platypus import Paragraph, Spacer

    st = styles()
    name = lambda code: plan.agency(code).name  # noqa: E731
    rows, groups = [], set()
    for group in plan.groups:
        groups.add(len(rows))
        rows.append([group.code, group.title + (f": {group.description}" if group.description else ""), "", "", ""])
        for task in group.tasks:
            lead = "; ".join(name(a.agency) + (f" ({a.note})" if a.note else "") for a in task.assignments if a.role is Role.LEAD and a.holds_on())
            content = "\n".join(a if a.startswith("+") else f"- {a}" for a in task.activities)
            rows.append([task.code, content, lead, "; ".join(map(name, task.agencies(Role.COORDINATING))), task.deadline])
    story = [
        Paragraph(f"<b>{text(plan.title)}</b>", st["subject"]),
        Paragraph(f"<i>{text(plan.attachment_note or '')}</i>", st["center"]),
        Spacer(1, 8),
        long_table(["TT", "Nhiệm vụ, hoạt động cụ thể", "Chủ trì", "Phối hợp", "Thời gian hoàn thành"], rows, [12, 130, 50, 50, 20], st, groups),
    ]
    return build_document(target, title=plan.title, author="GPA Desktop", code=None, portrait_story=[], landscape_story=story, start_landscape=True)
