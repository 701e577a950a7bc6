"""Benchmark: the province report for a 150-agency period on the synthetic 10x database, beside a bare
reportlab LongTable of the same rows built in the same run (the floor).

The floor is what any PDF of this table costs: the appendix's rows (task rows and one row per
task and agency) in a LongTable with its header repeated, a grid, the same embedded font and
column widths, on landscape A4, and nothing else: no reading of the database, no official frame,
no body text, chart, spans, page numbers or verification code. Two floors: cells as Paragraphs (how
a bare table wraps text) and cells as the same text broken into lines (what the report's table holds).

Run: PYTHONPATH=. python tests/bench/bench_reports.py [--runs N] [--period 2024]

24/11/2026, 3 runs, on a shared machine: 150 agencies, 22,995 task × agency rows + 650 task rows;
report 16.0 s, 1,650 pages (69 portrait, the appendix landscape); bare LongTable with Paragraph
cells 73.2 s (0.22x), with the same text cells 43.9 s (0.36x), 1,785 pages each (default padding).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import median_seconds, table  # noqa: E402
from synthetic import synthetic_database  # noqa: E402


def bare_long_table(lines: list[list], target: Path, paragraphs: bool = True) -> int:
    """The floor: reportlab's LongTable of *lines* and nothing more; returns the page count."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle
    from xml.sax.saxutils import escape

    from gpa_desktop.reports.fonts import register_fonts
    from gpa_desktop.reports.official import LANDSCAPE_MARGINS, MM
    from gpa_desktop.reports.province_report import APPENDIX_HEADER, APPENDIX_WIDTHS

    from gpa_desktop.reports.official import wrap_words

    family = register_fonts()
    cell = ParagraphStyle("cell", fontName=family, fontSize=10, leading=12)
    widths = [w * MM for w in APPENDIX_WIDTHS]
    data = [[Paragraph(escape(str(v)), cell) for v in APPENDIX_HEADER]]
    if paragraphs:
        data += [[Paragraph(escape(str(v)), cell) for v in line] for line in lines]
    else:
        data += [["\n".join(wrap_words(str(v).split(), family, 10, w - 12)) for v, w in zip(line, widths)] for line in lines]
    grid = LongTable(data, colWidths=widths, repeatRows=1)
    grid.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), family), ("FONTSIZE", (0, 0), (-1, -1), 10), ("LEADING", (0, 0), (-1, -1), 12),
                              ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc = SimpleDocTemplate(str(target), pagesize=landscape(A4), invariant=1, **{f"{k}Margin": v for k, v in LANDSCAPE_MARGINS.items()})
    doc.build([grid])
    return doc.page


def main() -> None:
    from gpa_desktop.reports.data import ReportOptions, shown_data
    from gpa_desktop.reports.province_report import appendix_lines, build_province_report
    from gpa_desktop.storage.database import Database

    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--period", default="2024")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp())
    db = Database.open(synthetic_database(folder / "bench.sqlite3"))
    options = ReportOptions(issued_on=date(2025, 1, 5), signer_name="Nguyễn Văn An")
    pages: dict[str, int] = {}

    def report() -> None:
        with db.transaction() as session:
            pages["ours"] = build_province_report(session, args.period, options, folder / "province.pdf")[1]

    with db.transaction() as session:
        shown = shown_data(session, args.period)
    agencies = {r["agency"] for r in shown.rows}
    lines, task_rows = appendix_lines(shown.plan, shown.rows, lambda code: shown.plan.agency(code).name_on(shown.period_end))

    def floor() -> None:
        pages["floor"] = bare_long_table(lines, folder / "floor.pdf")

    def text_floor() -> None:
        pages["text floor"] = bare_long_table(lines, folder / "floor-text.pdf", paragraphs=False)

    # interleaved, so that all three see the same machine state
    ours, base, text_base = [], [], []
    for _ in range(args.runs):
        ours.append(median_seconds(report, 1))
        base.append(median_seconds(floor, 1))
        text_base.append(median_seconds(text_floor, 1))
    db.close()
    shutil.rmtree(folder)
    ours_s = statistics.median(ours)
    print(
        f"province report {args.period}: {len(agencies)} agencies, {len(shown.rows)} task × agency rows "
        f"+ {len(task_rows)} task rows; {pages['ours']} pages (floor {pages['floor']} pages, text floor {pages['text floor']} pages); "
        f"{args.runs} runs each"
    )
    print(table([
        (f"province report, {len(agencies)} agencies", ours_s, "bare LongTable, Paragraph cells", statistics.median(base)),
        (f"province report, {len(agencies)} agencies", ours_s, "bare LongTable, same text cells", statistics.median(text_base)),
    ]))


if __name__ == "__main__":
    main()
