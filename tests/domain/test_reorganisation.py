"""Rules of the reorganisation workbook that need no database: codes and kinds of new units, and when to offer it."""

from __future__ import annotations

from datetime import date

from gpa_desktop.domain.plan import AgencyKind
from gpa_desktop.domain.reorganisation import PROPOSALS, code_from_name, kind_from_name, reorganisation_pending
from gpa_desktop.storage.plan_store import builtin_plan


def test_a_new_department_gets_its_initials_as_the_province_writes_them():
    assert code_from_name("Sở Nông nghiệp và Môi trường", []) == "SNNMT"
    assert code_from_name("Sở Dân tộc và Tôn giáo", []) == "SDTTG"
    assert kind_from_name("Sở Dân tộc và Tôn giáo") is AgencyKind.DEPARTMENT


def test_a_commune_gets_its_kind_and_a_readable_code_never_one_already_taken():
    # invented names (test data, not Resolution 1664/NQ-UBTVQH15's)
    assert kind_from_name("Xã Thử Nghiệm 1") is AgencyKind.COMMUNE
    assert kind_from_name("UBND phường Thử Nghiệm") is AgencyKind.COMMUNE
    assert kind_from_name("Trung tâm Thử") is AgencyKind.OTHER
    assert code_from_name("Xã Đắk Thử", []) == "XA_DAKTHU"
    assert code_from_name("Phường Pleiku Thử", ["PLEIKU"]) == "PHUONG_PLEIKUTHU"
    assert code_from_name("Xã Đắk Thử", ["XA_DAKTHU", "XA_DAKTHU_2"]) == "XA_DAKTHU_3"
    assert len(code_from_name("Xã " + "Rất Dài " * 10, [])) <= 32


def test_the_workbook_is_offered_only_for_a_period_after_2025_on_an_unreorganised_database():
    plan = builtin_plan()
    assert reorganisation_pending(plan, date(2026, 12, 31))
    assert not reorganisation_pending(plan, date(2024, 12, 31))


def test_the_proposals_name_only_agencies_the_plan_knows_and_no_commune():
    plan = builtin_plan()
    codes = {a.code for a in plan.agencies}
    assert all(code in codes for p in PROPOSALS for code in p.before)
    assert all(p.after == () for p in PROPOSALS if p.kind in ("add", "members"))  # the communes are the province's to name
