"""`gpa-desktop completeness` prints the figures the window shows, through the 2025 reorganisation."""

from __future__ import annotations

import io
import json
from datetime import datetime

from gpa_desktop.cli import main
from gpa_desktop.domain.periods import current_period
from gpa_desktop.domain.reports import ReportValues
from gpa_desktop.storage.completeness import period_completeness
from gpa_desktop.storage.database import Database
from gpa_desktop.storage.periods import list_periods
from gpa_desktop.storage.reports import save_report
from tests.support import add_periods


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def _report(db_path, task, agency, period, at):
    db = Database.open(db_path)
    with db.transaction() as session:
        save_report(session, task, agency, period, ReportValues(percent=20), received_at=at)
    db.close()


def test_json_and_text_give_the_same_figures_as_the_window_before_and_after_the_merge(db_path):
    add_periods(db_path, "2025-H1")
    _report(db_path, "1.2", "STNMT", "2025-H1", datetime(2025, 7, 2))  # filed for H1 before anyone merged in the app
    code, _out, err = run(
        "--db", str(db_path), "agency", "merge", "STNMT", "SNNPTNT",
        "--into", "SNNMT", "--name", "Sở Nông nghiệp và Môi trường", "--on", "01/03/2025",
    )
    assert code == 0, err
    _report(db_path, "1.3", "SNNMT", "2025-H1", datetime(2025, 7, 20))  # late: due 15/07/2025

    code, out, _ = run("--db", str(db_path), "completeness", "--period", "2025-h1", "--json")
    data = json.loads(out)
    # 1269 - 16 - 15 + 23 (the merged department's tasks); the predecessor's report is no longer expected
    assert code == 0 and (data["period"], data["expected"], data["received"], data["on_time"], data["late"]) == (
        "2025-H1", 1261, 1, 0, 1,
    )
    db = Database.open(db_path)
    with db.transaction() as session:
        assert period_completeness(session, "2025-H1").as_json() == {k: v for k, v in data.items() if k != "overdue_tasks"}
    db.close()
    assert data["overdue_tasks"] == ["1.1"]
    merged = next(a for a in data["agencies"] if a["agency"] == "SNNMT")
    assert merged["expected"] == 23 and merged["late_tasks"] == ["1.3"] and "1.2" in merged["missing"]

    code, out, _ = run("--db", str(db_path), "completeness", "--period", "2025-H1")
    lines = out.splitlines()
    assert lines[0] == "Kỳ 2025-H1, hạn nộp 15/07/2025"
    assert lines[1] == "Phải nộp 1261, đã nhận 1 (0%), đúng hạn 0, trễ hạn 1, chưa nộp 1260."
    assert "  SNNMT       22/23  Sở Nông nghiệp và Môi trường" in lines
    assert any(line.startswith("  SNNMT      1.3") for line in lines[lines.index("Nộp trễ hạn:"):])
    assert not any("STNMT" in line for line in lines)


def test_old_periods_show_the_name_an_agency_carried_then(db_path):
    code, _, err = run("--db", str(db_path), "agency", "rename", "SKHDT", "Sở Tài chính và Kế hoạch", "--on", "01/03/2025")
    assert code == 0, err
    _, before, _ = run("--db", str(db_path), "completeness", "--period", "2024")
    _, after, _ = run("--db", str(db_path), "completeness", "--period", "2025")
    assert "Sở Kế hoạch và Đầu tư" in before and "Sở Tài chính và Kế hoạch" not in before
    assert "Sở Tài chính và Kế hoạch" in after


def test_without_a_period_the_current_one_is_counted(db_path):
    db = Database.open(db_path)
    with db.transaction() as session:
        current = current_period([p.code for p in list_periods(session)])
    db.close()
    code, out, _ = run("--db", str(db_path), "completeness", "--json")
    assert code == 0 and json.loads(out)["period"] == current
