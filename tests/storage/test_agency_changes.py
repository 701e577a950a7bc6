"""The 2025 reorganisation, applied as data: merges, a split, the end of the district level, renames."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from gpa_desktop.domain.errors import UserError
from gpa_desktop.domain.plan import AgencyKind, Role
from gpa_desktop.domain.reports import ReportValues
from gpa_desktop.storage import models
from gpa_desktop.storage.agency_changes import add_agency, end_agency, merge_agencies, rename_agency, split_agency
from gpa_desktop.storage.changes import undo
from gpa_desktop.storage.plan_store import read_plan
from gpa_desktop.storage.completeness import period_completeness
from gpa_desktop.storage.reports import read_reports, save_report
from tests.support import add_periods

MARCH_2025 = date(2025, 3, 1)
JULY_2025 = date(2025, 7, 1)


@pytest.fixture(autouse=True)
def _periods_of_2025(db):
    add_periods(db, "2025-Q1", "2025-H1", "2025-H2")


def _merge_environment(db):
    with db.transaction() as session:
        return merge_agencies(
            session, ["STNMT", "SNNPTNT"], "SNNMT", MARCH_2025, new_name="Sở Nông nghiệp và Môi trường"
        )


def _directly_assigned(plan, code):
    """Tasks naming the agency itself (its collectives' tasks follow it through membership)."""
    return [t.code for t in plan.tasks() if code in t.agencies(Role.LEAD) + t.agencies(Role.COORDINATING)]


def _expected(db, period):
    with db.transaction() as session:
        return {a.agency: a for a in period_completeness(session, period).agencies}


def test_merge_moves_expectations_from_the_effective_day(db):
    with db.transaction() as session:
        before = read_plan(session)
    stnmt_tasks = {d.task for d in before.duties_of("STNMT")}
    snn_tasks = {d.task for d in before.duties_of("SNNPTNT")}
    _merge_environment(db)

    old_period, new_period = _expected(db, "2024"), _expected(db, "2025")
    assert "SNNMT" not in old_period and "STNMT" in old_period and "SNNPTNT" in old_period
    assert "STNMT" not in new_period and "SNNPTNT" not in new_period
    assert set(new_period["SNNMT"].expected) == stnmt_tasks | snn_tasks
    assert "SNNMT" in _expected(db, "2025-Q1")  # the quarter ends after 1/3/2025

    with db.transaction() as session:
        plan = read_plan(session)
    task_1_2 = next(t for t in plan.tasks() if t.code == "1.2")
    assert task_1_2.agencies(Role.LEAD) == ("SNNMT",)
    assert task_1_2.agencies(Role.LEAD, date(2024, 12, 31)) == ("STNMT",)
    assert plan.agency("STNMT").ended_on == MARCH_2025 and not plan.agency("STNMT").active
    # the collective "Các Sở, ban ngành thuộc tỉnh" now counts the merged department once
    members = plan.agency("SBN_TINH").members
    assert "SNNMT" in members and "STNMT" not in members and "SNNPTNT" not in members


def test_reports_filed_before_stay_with_the_old_agency(db):
    with db.transaction() as session:
        save_report(session, "1.2", "STNMT", "2024", ReportValues(status="done", percent=100))
    _merge_environment(db)
    with db.transaction() as session:
        [report] = read_reports(session, "2024")
        completeness = period_completeness(session, "2024")
    assert report.agency == "STNMT"
    stnmt = next(a for a in completeness.agencies if a.agency == "STNMT")
    assert "1.2" in stnmt.late and "1.2" not in stnmt.missing  # received today, long after the 2024 due date


def test_a_merge_is_one_batch_and_undo_restores_everything(db):
    with db.transaction() as session:
        before = read_plan(session)
    change = _merge_environment(db)
    with db.transaction() as session:
        undo(session, change.batch)
    with db.transaction() as session:
        after = read_plan(session)
        assert session.scalar(select(models.AgencyRow).where(models.AgencyRow.code == "SNNMT")) is None
        assert session.scalars(select(models.AgencySuccessionRow)).all() == []
    assert after == before


def test_the_district_level_ends_on_1_july_2025(db):
    districts = [
        "PLEIKU", "ANKHE", "AYUNPA", "CHUPAH", "CHUPRONG", "CHUPUH", "CHUSE", "DAKDOA", "DAKPO",
        "DUCCO", "IAGRAI", "IAPA", "KBANG", "KONGCHRO", "KRONGPA", "MANGYANG", "PHUTHIEN",
    ]
    with db.transaction() as session:
        save_report(session, "1.2", "PLEIKU", "2025-H1", ReportValues(percent=60))
        end_agency(session, districts, JULY_2025)
    first_half, second_half = _expected(db, "2025-H1"), _expected(db, "2025-H2")
    assert all(code in first_half for code in districts)
    assert not any(code in second_half for code in districts)
    with db.transaction() as session:
        plan = read_plan(session)
        assert read_reports(session, "2025-H1")[0].agency == "PLEIKU"
    assert plan.agency("HUYEN").members == () and len(plan.agency("HUYEN").members_on(date(2025, 6, 30))) == 17


def test_split_moves_chosen_tasks_to_each_successor(db):
    with db.transaction() as session:
        tasks = _directly_assigned(read_plan(session), "SLDTBXH")
    share = {"SNV": tasks[::3], "SYT": tasks[1::3], "SGDDT": tasks[2::3]}
    with db.transaction() as session:
        split_agency(session, "SLDTBXH", share, MARCH_2025)
    expected = _expected(db, "2025")
    assert "SLDTBXH" not in expected
    for code, given in share.items():
        assert set(given) <= set(expected[code].expected)
    assert "SLDTBXH" in _expected(db, "2024")


def test_a_split_that_leaves_a_task_behind_is_refused_and_writes_nothing(db):
    with db.transaction() as session:
        tasks = _directly_assigned(read_plan(session), "SLDTBXH")
        before = read_plan(session)
    with pytest.raises(UserError, match="Choose a successor"):
        with db.transaction() as session:
            split_agency(session, "SLDTBXH", {"SNV": tasks[:-1]}, MARCH_2025)
    with db.transaction() as session:
        assert read_plan(session) == before


def test_rename_keeps_the_old_name_for_old_reports(db):
    with db.transaction() as session:
        rename_agency(session, "SKHDT", "Sở Tài chính và Kế hoạch", date(2025, 3, 1))
        agency = read_plan(session).agency("SKHDT")
    assert agency.name == "Sở Tài chính và Kế hoạch"
    assert agency.name_on(date(2024, 12, 31)) == "Sở Kế hoạch và Đầu tư"
    assert agency.name_on(date(2025, 3, 1)) == "Sở Tài chính và Kế hoạch"


def test_refusals_are_plain(db):
    with db.transaction() as session:
        with pytest.raises(UserError, match="already used"):
            add_agency(session, "STNMT", "Sở mới", AgencyKind.DEPARTMENT)
        with pytest.raises(UserError, match="already exists"):
            add_agency(session, "NEW", "sở tài nguyên và môi trường", AgencyKind.DEPARTMENT)
        with pytest.raises(UserError, match="group of agencies"):
            end_agency(session, ["HUYEN"], JULY_2025)
        with pytest.raises(UserError, match="after"):
            end_agency(session, ["STC"], date(2022, 1, 1))


def test_a_new_agency_can_take_over_as_successor(db):
    with db.transaction() as session:
        add_agency(session, "XAIAGRAI", "UBND xã Ia Grai", AgencyKind.DISTRICT, valid_from=JULY_2025)
        merge_agencies(session, ["IAGRAI"], "XAIAGRAI", JULY_2025)
        save_report(session, "1.1", "XAIAGRAI", "2025-H2", ReportValues(percent=10))
        report = session.scalars(select(models.ReportRow)).one()
        report.received_at = datetime(2026, 1, 2)
    expected = _expected(db, "2025-H2")
    assert "1.1" in expected["XAIAGRAI"].on_time and "IAGRAI" not in expected


DISTRICTS = [
    "PLEIKU", "ANKHE", "AYUNPA", "CHUPAH", "CHUPRONG", "CHUPUH", "CHUSE", "DAKDOA", "DAKPO",
    "DUCCO", "IAGRAI", "IAPA", "KBANG", "KONGCHRO", "KRONGPA", "MANGYANG", "PHUTHIEN",
]


def _figures(db, period):
    from gpa_desktop.storage.completeness import period_completeness as counted

    with db.transaction() as session:
        c = counted(session, period)
    return (c.expected, c.received, c.on_time, c.late, c.missing)


def _received(db, task, agency, period, day):
    with db.transaction() as session:
        save_report(session, task, agency, period, ReportValues(percent=50), received_at=day)


def test_the_2025_reorganisation_counted_by_hand_then_undone(db):
    """Figures worked out from the plan by hand:

    2024 expects 1269 reports (the CLI test counts them too). Sở TN&MT has 16 tasks, Sở NN&PTNT 15,
    8 of them shared (1.1, 2.1, 2.2, 5.4, 15.4, 16.1, 16.2, 16.3), so the merged department has
    16 + 15 - 8 = 23 and a period after 1/3/2025 expects 1269 - 31 + 23 = 1261. Each of the 17
    district-level units has 64 tasks: after 1/7/2025 nobody takes them over, 1261 - 17 × 64 = 173.
    """
    _received(db, "1.2", "STNMT", "2024", datetime(2025, 1, 10))  # on time (due 15/01/2025)
    _received(db, "1.3", "SNNPTNT", "2024", datetime(2025, 2, 20))  # late
    _received(db, "1.1", "PLEIKU", "2025-H1", datetime(2025, 7, 10))  # on time (due 15/07/2025)
    before = {p: _figures(db, p) for p in ("2024", "2025-H1", "2025-H2", "2025")}
    assert before["2024"] == (1269, 2, 1, 1, 1267)
    assert before["2025-H1"] == (1269, 1, 1, 0, 1268)
    assert before["2025-H2"] == before["2025"] == (1269, 0, 0, 0, 1269)

    merge = _merge_environment(db)
    _received(db, "1.2", "SNNMT", "2025-H1", datetime(2025, 7, 1))
    assert _figures(db, "2024") == before["2024"]  # reports filed before stay, and still count
    assert _figures(db, "2025-H1") == (1261, 2, 2, 0, 1259)
    assert _figures(db, "2025") == (1261, 0, 0, 0, 1261)

    with db.transaction() as session:
        districts = end_agency(session, DISTRICTS, JULY_2025)
    assert _figures(db, "2025-H1") == (1261, 2, 2, 0, 1259)  # ends 30/06: the districts still report
    assert _figures(db, "2025-H2") == _figures(db, "2025") == (173, 0, 0, 0, 173)
    with db.transaction() as session:
        assert read_reports(session, "2025-H1")[0].agency == "PLEIKU"

    with db.transaction() as session:
        undo(session, districts.batch)
    assert _figures(db, "2025") == (1261, 0, 0, 0, 1261)
    with db.transaction() as session:
        report = session.scalars(
            select(models.ReportRow).join(models.AgencyRow).where(models.AgencyRow.code == "SNNMT")
        ).one()
        session.delete(report)  # the successor's own report must go before its creation can be undone
    with db.transaction() as session:
        undo(session, merge.batch)
    assert {p: _figures(db, p) for p in before} == before


def test_undoing_a_merge_is_refused_while_the_successor_has_reports(db):
    """Undo cannot delete an agency that has reports: the database keeps them and says so plainly."""
    from gpa_desktop.domain.errors import UserError
    from gpa_desktop.i18n import translate

    merge = _merge_environment(db)
    _received(db, "1.2", "SNNMT", "2025", datetime(2026, 1, 5))
    before = {p: _figures(db, p) for p in ("2024", "2025")}
    with pytest.raises(UserError) as refused:
        with db.transaction() as session:
            undo(session, merge.batch)
    assert "SNNMT" in refused.value.render(translate)
    assert {p: _figures(db, p) for p in ("2024", "2025")} == before and before["2025"][1] == 1


def test_a_new_department_joins_the_groups_it_is_chosen_for(db):
    with db.transaction() as session:
        add_agency(
            session, "SDTTG", "Sở Dân tộc và Tôn giáo", AgencyKind.DEPARTMENT, member_of=["SBN_TINH"], valid_from=MARCH_2025
        )
    assert "SDTTG" not in _expected(db, "2024")
    assert set(_expected(db, "2025")["SDTTG"].expected) == {"1.1", "2.1", "2.2", "5.4", "16.3"}
    with db.transaction() as session, pytest.raises(UserError, match="not a group"):
        add_agency(session, "X", "Sở X", AgencyKind.DEPARTMENT, member_of=["STC"])


def test_the_province_names_the_relevant_departments_from_a_day_and_can_undo_it(db):
    """'Các Sở, ban ngành có liên quan' ships with no members (the province decides who they are): its
    tasks expect nobody until it names them; from the chosen day each member is expected on them."""
    from gpa_desktop.storage.agency_changes import set_members

    with db.transaction() as session:
        plan = read_plan(session)
        group_tasks = {t.code for t in plan.tasks() if "SBN_LQ" in t.agencies(Role.LEAD) + t.agencies(Role.COORDINATING)}
    assert group_tasks
    before_2024, before_2025 = _figures(db, "2024"), _figures(db, "2025")
    with db.transaction() as session:
        named = set_members(session, "SBN_LQ", ["SCT", "SXD"], date(2025, 1, 1))
    with db.transaction() as session:
        plan = read_plan(session)
    sct_2025 = {d.task for d in plan.duties(date(2025, 12, 31)) if d.agency == "SCT"}
    sct_2024 = {d.task for d in plan.duties(date(2024, 12, 31)) if d.agency == "SCT"}
    assert group_tasks <= sct_2025 and not group_tasks <= sct_2024
    added = len(group_tasks - sct_2024) + len(
        group_tasks - {d.task for d in plan.duties(date(2024, 12, 31)) if d.agency == "SXD"}
    )
    assert _figures(db, "2024") == before_2024
    assert _figures(db, "2025")[0] == before_2025[0] + added

    with db.transaction() as session:  # later SXD leaves the group: it is no longer expected from that day
        left = set_members(session, "SBN_LQ", ["SCT"], date(2026, 1, 1))
    with db.transaction() as session:
        plan = read_plan(session)
    assert group_tasks <= {d.task for d in plan.duties(date(2025, 12, 31)) if d.agency == "SXD"}  # 2025 stays
    assert not group_tasks <= {d.task for d in plan.duties(date(2026, 12, 31)) if d.agency == "SXD"}
    with db.transaction() as session:
        undo(session, left.batch)
        undo(session, named.batch)
    assert _figures(db, "2025") == before_2025


def test_only_groups_have_members_and_only_live_agencies_join(db):
    from gpa_desktop.domain.errors import UserError
    from gpa_desktop.storage.agency_changes import end_agency, set_members

    with pytest.raises(UserError, match="not a group"):
        with db.transaction() as session:
            set_members(session, "STC", ["SCT"], date(2025, 1, 1))
    with db.transaction() as session:
        end_agency(session, ["PLEIKU"], date(2025, 7, 1))
    with pytest.raises(UserError, match="already ended"):
        with db.transaction() as session:
            set_members(session, "SBN_LQ", ["PLEIKU"], date(2025, 8, 1))
