"""Opening files: first run, re-open, foreign or damaged files, newer or read-only ones, migrations."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from gpa_desktop.domain.errors import DatabaseError
from gpa_desktop.domain.plan import Role
from gpa_desktop.storage import models
from gpa_desktop.storage.database import SCHEMA_HEAD, Database
from gpa_desktop.storage.periods import list_periods
from gpa_desktop.storage.plan_store import builtin_plan, read_plan


def _digest(path: Path) -> bytes:
    return path.read_bytes()


def test_first_run_creates_the_builtin_plan(tmp_path):
    db = Database.open(tmp_path / "new.sqlite3")
    with db.transaction() as session:
        plan = read_plan(session)
        periods = [p.code for p in list_periods(session)]
        statuses = session.scalars(select(models.StatusRow.label).order_by(models.StatusRow.position)).all()
    db.close()
    assert plan == builtin_plan()
    assert periods == [str(y) for y in range(2023, 2031)]
    assert statuses == ["Chưa thực hiện", "Đang thực hiện", "Đã hoàn thành", "Chậm tiến độ"]


def test_every_connection_has_the_safety_pragmas(db):
    with db.engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("foreign_keys") == 1
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") >= 1000


def test_ddl_rolls_back_with_its_transaction(db):
    with pytest.raises(RuntimeError):
        with db.transaction() as session:
            session.execute(text("CREATE TABLE scratch (x)"))
            raise RuntimeError
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name='scratch'").scalar() == 0


def test_reopen_keeps_data_and_installation(db_path):
    first = Database.open(db_path)
    installation = first.installation_id
    with first.transaction() as session:
        session.get(models.PlanRow, 1).short_title = "Đã sửa"
    first.close()
    again = Database.open(db_path)
    with again.transaction() as session:
        assert read_plan(session).short_title == "Đã sửa"
    assert again.installation_id == installation
    again.close()


def test_a_file_that_is_not_a_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes("Báo cáo quý 3, không phải cơ sở dữ liệu".encode())
    before = _digest(path)
    with pytest.raises(DatabaseError, match="is not a GPA Desktop database"):
        Database.open(path)
    assert _digest(path) == before


def test_another_programs_sqlite_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.commit()
    connection.close()
    before = _digest(path)
    with pytest.raises(DatabaseError, match="is not a GPA Desktop database"):
        Database.open(path)
    assert _digest(path) == before


def test_a_damaged_database_is_refused(db_path):
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError):
        Database.open(db_path)


def test_a_database_from_a_newer_app_is_refused_and_untouched(db_path):
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = _digest(db_path)
    with pytest.raises(DatabaseError, match="newer version"):
        Database.open(db_path)
    assert _digest(db_path) == before


def test_a_read_only_database_is_refused_and_untouched(db_path, monkeypatch):
    # CI runs as root, who can write anywhere: the permission answer is given through os.access
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode))
    before = _digest(db_path)
    with pytest.raises(DatabaseError, match="read-only"):
        Database.open(db_path)
    assert _digest(db_path) == before


def test_a_folder_is_not_a_database(tmp_path):
    with pytest.raises(DatabaseError, match="is a folder"):
        Database.open(tmp_path)


def test_failed_first_run_leaves_no_file(tmp_path, monkeypatch):
    import gpa_desktop.storage.plan_store as plan_store

    def broken(_session):
        raise RuntimeError("disk full")

    monkeypatch.setattr(plan_store, "load_builtin_plan", broken)
    path = tmp_path / "new.sqlite3"
    with pytest.raises(RuntimeError):
        Database.open(path)
    assert not path.exists()


def test_migration_from_the_previous_revision_keeps_data(tmp_path):
    from gpa_desktop.storage.migrations import upgrade

    path = tmp_path / "old.sqlite3"
    sqlite3.connect(path).close()
    upgrade(path, "0001")  # an empty file at the first schema revision, as an old app left it
    connection = sqlite3.connect(path)
    connection.executescript(
        """
        INSERT INTO app_meta VALUES ('installation_id', 'old-install');
        INSERT INTO plan VALUES (1, 'gia-lai-2023.1', 'Kế hoạch', 'KH', 'QĐ 882', NULL);
        INSERT INTO task_group VALUES (1, 1, '1', 0, 'Thể chế', NULL);
        INSERT INTO task VALUES (1, 1, '1.1', 0, 'Năm 2023', 1);
        INSERT INTO agency VALUES (1, 'STNMT', 'Sở Tài nguyên và Môi trường', 'department', 1, 0, NULL);
        INSERT INTO status VALUES ('done', 'Đã hoàn thành', 0, 1);
        INSERT INTO reporting_period VALUES (1, '2024', 'year', 2024, 1, '2024-01-01', '2024-12-31', '2025-01-15');
        INSERT INTO progress_report VALUES (1, 1, 1, 1, 'done', 100, 'Đã ban hành', '', '', 12.5, 'Số 12/BC-STNMT', 'Lan',
            '2024-12-01 08:00:00', '2024-12-01 08:00:00', 3);
        INSERT INTO change_log VALUES (1, 1, '2024-12-01 08:00:00', 'old-install', 'Lan', 'app', 'progress_report', 1,
            '1.1/STNMT/2024', 'percent', '90', '100', NULL);
        """
    )
    connection.commit()
    connection.close()

    db = Database.open(path)  # upgrades to the current revision
    with db.transaction() as session:
        assert session.scalar(text("SELECT version_num FROM alembic_version")) == SCHEMA_HEAD
        report = session.scalars(select(models.ReportRow)).one()
        assert (report.results, report.budget, report.evidence, report.revision) == ("Đã ban hành", 12.5, "Số 12/BC-STNMT", 3)
        period = session.scalars(select(models.PeriodRow)).one()
        assert period.cutoff_on == period.ends_on
    with pytest.raises(Exception, match="append-only"):
        with db.transaction() as session:
            session.execute(text("DELETE FROM change_log"))
    db.close()
    assert list((tmp_path / "backups").glob("old-*-before-upgrade.sqlite3")), "a backup is taken before upgrading"


def test_fresh_schema_equals_migrated_schema(tmp_path, template_db):
    from gpa_desktop.storage.migrations import upgrade

    migrated = tmp_path / "migrated.sqlite3"
    sqlite3.connect(migrated).close()
    upgrade(migrated)

    def schema(path: Path) -> dict[str, set]:
        connection = sqlite3.connect(path)
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        result = {
            table: {tuple(row[1:]) for row in connection.execute(f"PRAGMA table_info('{table}')")} for table in tables
        }
        result["triggers"] = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
        result["indexes"] = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        connection.close()
        return result

    assert schema(migrated) == schema(template_db)


def test_builtin_plan_agencies_land_with_roles(db):
    with db.transaction() as session:
        plan = read_plan(session)
        assignments = session.scalar(select(func.count(models.AssignmentRow.id)))
    assert assignments == sum(len(t.assignments) for t in plan.tasks())
    assert plan.agency("HUYEN").members[0] == "PLEIKU"
    assert [a.role for a in next(t for t in plan.tasks() if t.code == "10.7").assignments][:2] == [
        Role.LEAD,
        Role.COORDINATING,
    ]
