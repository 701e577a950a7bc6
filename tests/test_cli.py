"""The command line: outputs, languages and plain error messages."""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import sys

import pytest

from gpa_desktop import __version__
from gpa_desktop.cli import main


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_show_plan_json_has_the_documented_shape(db_path):
    code, out, err = run("--db", str(db_path), "show-plan", "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert set(data) == {"title", "basis", "groups"} and "882/QĐ-TTg" in data["basis"]
    assert len(data["groups"]) == 18
    task = data["groups"][0]["tasks"][0]
    assert set(task) == {"code", "activities", "lead", "coordinating", "deadline"}
    assert task["lead"] == ["Sở Kế hoạch và Đầu tư"]
    assert task["coordinating"] == ["Các Sở, ban ngành thuộc tỉnh", "UBND các huyện, thị xã, thành phố"]
    assert task["deadline"] == "Năm 2023"
    assert sum(len(g["tasks"]) for g in data["groups"]) == 65


def test_show_plan_text(db_path):
    code, out, _ = run("show-plan", "--db", str(db_path))
    assert code == 0
    assert "18.2" in out and "Chủ trì: Sở Kế hoạch và Đầu tư" in out


def test_agencies_json_counts_duties_through_collectives(db_path):
    code, out, _ = run("--db", str(db_path), "agencies", "--json")
    agencies = {a["code"]: a for a in json.loads(out)}
    assert code == 0
    assert agencies["STNMT"]["name"] == "Sở Tài nguyên và Môi trường" and agencies["STNMT"]["kind"] == "department"
    assert "1.2" in agencies["STNMT"]["lead"]
    assert "1.1" in agencies["PLEIKU"]["coordinating"]  # through "UBND các huyện, thị xã, thành phố"
    assert agencies["HUYEN"]["kind"] == "collective" and len(agencies["HUYEN"]["members"]) == 17
    assert "10.7" in agencies["SGTVT"]["lead"] and "10.7" not in agencies["SGTVT"]["coordinating"]


def test_agencies_table(db_path):
    code, out, _ = run("--db", str(db_path), "agencies", "--lang", "en")
    assert code == 0 and out.splitlines()[0].split()[:2] == ["Code", "Kind"]
    assert any(line.startswith("PLEIKU") for line in out.splitlines())
    code, out, _ = run("--db", str(db_path), "agencies")
    pleiku = next(line for line in out.splitlines() if line.startswith("PLEIKU"))
    assert "Cấp huyện" in pleiku and "district" not in out  # kinds in words, not internal codes


def test_version():
    result = subprocess.run(
        [sys.executable, "-m", "gpa_desktop", "--version"], capture_output=True, text=True, encoding="utf-8", check=False
    )
    assert result.returncode == 0 and result.stdout.strip() == f"gpa-desktop {__version__}"


def test_errors_are_one_vietnamese_sentence_by_default(tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    code, out, err = run("--db", str(bad), "show-plan")
    assert code == 1 and out == ""
    assert "không phải là cơ sở dữ liệu GPA Desktop" in err and "Traceback" not in err
    assert err.count("\n") == 1


def test_errors_in_english_on_request(tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("x", encoding="utf-8")
    code, _, err = run("--lang", "en", "--db", str(bad), "agencies")
    assert code == 1 and "is not a GPA Desktop database" in err


def test_a_newer_database_gets_its_own_message(db_path):
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    code, _, err = run("--db", str(db_path), "agencies")
    assert code == 1 and "phiên bản mới hơn" in err


def test_bad_usage_exits_2_with_a_vietnamese_hint(db_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        run("--db", str(db_path), "agencies", "--bogus")
    assert exit_info.value.code == 2
    assert "Lệnh không hợp lệ: tham số không hiểu được: --bogus." in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        run("--db", str(db_path), "export-plan")
    assert exit_info.value.code == 2
    assert "thiếu các tham số bắt buộc: -o/--output" in capsys.readouterr().err


def test_help_reads_in_vietnamese_headings_included(capsys):
    with pytest.raises(SystemExit) as exit_info:
        run("--help")
    assert exit_info.value.code == 0
    text = capsys.readouterr().out
    assert text.startswith("cách dùng: gpa-desktop") and "tuỳ chọn:" in text
    assert "hiện hướng dẫn này rồi thoát" in text and "show this help" not in text


def test_an_unexpected_failure_is_a_sentence_not_a_traceback(db_path, monkeypatch):
    import gpa_desktop.storage.plain_reads as plain_reads

    monkeypatch.setattr(plain_reads, "read_plan", lambda connection: 1 / 0)
    code, _, err = run("--db", str(db_path), "show-plan")
    assert code == 1 and "Traceback" not in err and "ZeroDivisionError" not in err and err.strip()


@pytest.mark.slow
def test_the_process_prints_no_traceback(tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"\x00" * 10)
    env_home = {"XDG_DATA_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-m", "gpa_desktop", "--db", str(bad), "show-plan"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**env_home, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr and result.stderr.strip()


def test_completeness_json_counts_what_was_received(db_path):
    from gpa_desktop.domain.reports import ReportValues
    from gpa_desktop.storage.database import Database
    from gpa_desktop.storage.reports import save_report

    db = Database.open(db_path)
    with db.transaction() as session:
        save_report(session, "1.2", "STNMT", "2024", ReportValues(percent=50))
    db.close()
    code, out, _ = run("--db", str(db_path), "completeness", "--period", "2024", "--json")
    data = json.loads(out)
    assert code == 0 and data["expected"] == 1269 and data["received"] == 1 and data["late"] == 1
    assert data["missing"] == 1268 and data["overdue_tasks"] == ["1.1"]
    stnmt = next(a for a in data["agencies"] if a["agency"] == "STNMT")
    assert stnmt["late_tasks"] == ["1.2"] and "1.2" not in stnmt["missing"]


def test_completeness_text_in_vietnamese(db_path):
    code, out, _ = run("--db", str(db_path), "completeness", "--period", "2023")
    assert code == 0
    assert "Chưa báo cáo:" in out and "UBND thành phố Pleiku" in out and "hạn nộp 15/01/2024" in out


def test_period_command_creates_and_sets_dates(db_path):
    code, out, _ = run("--db", str(db_path), "period", "2025-q1", "--due", "20/04/2025")
    assert code == 0 and "2025-Q1" in out and "20/04/2025" in out
    code, out, _ = run("--db", str(db_path), "periods", "--json")
    assert {"code": "2025-Q1", "due_on": "2025-04-20"}.items() <= next(p for p in json.loads(out) if p["code"] == "2025-Q1").items()
    code, _, err = run("--db", str(db_path), "period", "2025-Q5")
    assert code == 1 and "không phải là kỳ báo cáo" in err


def test_agency_merge_from_the_command_line(db_path):
    code, out, err = run(
        "--db", str(db_path), "agency", "merge", "STNMT", "SNNPTNT",
        "--into", "SNNMT", "--name", "Sở Nông nghiệp và Môi trường", "--on", "01/03/2025",
    )
    assert code == 0, err
    code, out, _ = run("--db", str(db_path), "agencies", "--json")
    agencies = {a["code"]: a for a in json.loads(out)}
    assert "1.2" in agencies["SNNMT"]["lead"] and agencies["STNMT"]["lead"] == [] and not agencies["STNMT"]["active"]
    code, _, err = run("--db", str(db_path), "agency", "end", "STNMT", "--on", "31/02/2025")
    assert code == 1 and "không phải là ngày" in err


def test_the_relevant_departments_named_from_the_command_line(db_path):
    code, out, err = run("--db", str(db_path), "agencies", "--json")
    before = {a["code"]: a for a in json.loads(out)}["SCT"]
    code, out, err = run("--db", str(db_path), "agency", "members", "SBN_LQ", "SCT", "SXD", "--on", "01/01/2023")
    assert code == 0, err
    after = {a["code"]: a for a in json.loads(run("--db", str(db_path), "agencies", "--json")[1])}["SCT"]
    assert len(after["coordinating"]) + len(after["lead"]) > len(before["coordinating"]) + len(before["lead"])
    code, _, err = run("--db", str(db_path), "agency", "members", "STC", "SCT", "--on", "01/01/2023")
    assert code == 1 and "không phải là nhóm cơ quan" in err


def test_a_database_on_a_network_share_is_warned_about(db_path, monkeypatch, capsys):
    from gpa_desktop.storage import database

    code, _out, _err = run("--db", str(db_path), "periods")
    assert code == 0 and "mạng" not in capsys.readouterr().err
    monkeypatch.setattr(database, "on_network_share", lambda path: True)
    code, out, _err = run("--db", str(db_path), "periods")
    assert code == 0 and "2024" in out
    assert "thư mục dùng chung qua mạng" in capsys.readouterr().err


def test_receipts_json_times_carry_vietnam_offset(db):
    """A script reading the register must not mistake the stored UTC time for a clock time in Vietnam."""
    from datetime import datetime

    from gpa_desktop.storage.changes import ChangeWriter
    from gpa_desktop.storage.receipts import record_receipt

    with db.transaction() as session:
        record_receipt(
            ChangeWriter(session, source="test", actor="test"), file_name="stnmt.xlsx", sha256="0" * 64, agency="STNMT", period="2024",
            received_at=datetime(2025, 1, 15, 20, 30), applied=1, unchanged=0, rejected=0, conflicts=[],
        )
    code, out, _ = run("--db", str(db.path), "receipts", "--period", "2024", "--json")
    stamp = datetime.fromisoformat(json.loads(out)[0]["received_at"])
    assert code == 0 and stamp.utcoffset().total_seconds() == 7 * 3600
    assert stamp.isoformat() == "2025-01-16T03:30:00+07:00"  # 20:30 UTC is the next morning in Vietnam
