"""The built-in plan file against the source document it transcribes."""

from __future__ import annotations

import re
import unicodedata

import pytest

from gpa_desktop.domain.plan import AgencyKind, Role
from gpa_desktop.storage.plan_store import builtin_plan

WORD = re.compile(r"\w+")
# a task code starts its line in the extracted table (two lines also carry merged cells)
TASK_CODE = re.compile(r"^\s*(\d{1,2}\.\d)(?: |\s*$)", re.M)


@pytest.fixture(scope="module")
def plan():
    return builtin_plan()


@pytest.fixture(scope="module")
def tasks(plan):
    return {t.code: t for t in plan.tasks()}


def test_eighteen_groups_and_sixty_five_tasks_in_source_order(plan, seed_text):
    assert [g.code for g in plan.groups] == [str(n) for n in range(1, 19)]
    codes = [t.code for t in plan.tasks()]
    assert len(codes) == len(set(codes)) == 65
    # a task code starts its line in the extracted table (two lines also carry merged cells)
    in_source = [m.group(1) for m in re.finditer(r"^\s*(\d{1,2}\.\d)(?: |\s*$)", seed_text, re.M)]
    assert codes == in_source
    for task in plan.tasks():
        assert task.code.split(".")[0] == next(g.code for g in plan.groups if task in g.tasks)


def test_every_activity_is_the_source_text_in_order(plan, seed_text):
    """From its task's code on, the words of each activity follow each other in the source,
    allowing only extraction noise (page headers, a split cell's other columns) in between."""
    tokens = list(WORD.finditer(seed_text))
    words = [t.group().casefold() for t in tokens]
    starts = {m.group(1): m.start() for m in TASK_CODE.finditer(seed_text)}
    for task in plan.tasks():
        position = next(i for i, t in enumerate(tokens) if t.start() >= starts[task.code])
        for activity in task.activities:
            for word in (w.casefold() for w in WORD.findall(activity)):
                window = words[position : position + 60]
                assert word in window, f"{task.code}: '{word}' of «{activity[:60]}…» is not where the source has it"
                position += window.index(word) + 1


def test_activity_counts_match_the_source_bullets(tasks):
    expected = {"1.1": 1, "1.2": 3, "1.3": 1, "1.4": 1, "16.1": 6, "15.4": 3, "10.7": 1}
    assert {code: len(tasks[code].activities) for code in expected} == expected
    assert sum(len(t.activities) for t in tasks.values()) == 130
    assert tasks["16.1"].activities[1].startswith("+ ")


def test_each_task_has_a_lead_and_the_deadline_as_written(tasks):
    for task in tasks.values():
        assert task.agencies(Role.LEAD), task.code
        assert task.deadline in {"Năm 2023", "Thường xuyên"}
    assert [c for c, t in tasks.items() if t.deadline == "Năm 2023"] == ["1.1"]


def test_oddities_of_the_source_are_kept(tasks):
    assert "cong nghệ" in tasks["10.4"].title
    assert "Đẩy thực hiện" in tasks["7.2"].title
    assert "PTR0" in tasks["6.1"].title


def test_assignments_checked_against_the_source(plan, tasks):
    lead = lambda code: list(tasks[code].agencies(Role.LEAD))  # noqa: E731
    coord = lambda code: list(tasks[code].agencies(Role.COORDINATING))  # noqa: E731
    assert (lead("1.1"), coord("1.1")) == (["SKHDT"], ["SBN_TINH", "HUYEN"])
    assert (lead("1.4"), coord("1.4")) == (["SKHDT"], ["STTTT"])
    # 10.7 names the transport department both as lead and as coordinator
    assert "SGTVT" in lead("10.7") and "SGTVT" in coord("10.7")
    # collective leads: 2.2 and 5.4 without a coordinator, 16.3 with one
    for code in ("2.2", "5.4", "16.3"):
        assert all(plan.agency(a).is_collective for a in lead(code))
    assert coord("2.2") == coord("5.4") == []
    assert coord("16.3") == ["SKHDT"]


def test_role_notes_stay_on_their_assignments(tasks):
    note_10_8 = {a.agency: a.note for a in tasks["10.8"].assignments}
    assert note_10_8["SCT"] == note_10_8["SNNPTNT"] == "Sở Công thương chủ trì; Sở Nông nghiệp và PTNT phối hợp"
    labels = {a.agency: a.note for a in tasks["16.1"].assignments if a.role is Role.LEAD}
    assert labels["SCT"] == "Nhãn năng lượng" and labels["SVHTTDL"] == "Bông sen xanh"
    assert len(labels) == 5 and all(labels.values())
    blocks = [a for a in tasks["15.4"].assignments if a.role is Role.LEAD]
    assert [a.agency for a in blocks] == ["STNMT", "SNNPTNT", "SXD"] and all(a.note for a in blocks)


def test_name_variants_resolve_to_one_agency(plan, seed_text):
    flat = " ".join(seed_text.split())
    names = {}
    for agency in plan.agencies:
        for alias in agency.aliases:
            assert alias in flat, f"alias «{alias}» does not occur in the source"
            names.setdefault(alias.casefold(), agency.code)
    assert plan.agency("STNMT").aliases == ("Sở Tài nguyên môi trường",)
    assert "Sở Nông nghiệp và PTNT" in plan.agency("SNNPTNT").aliases
    assert len({a.code for a in plan.agencies}) == len(plan.agencies)
    assert len({a.name.casefold() for a in plan.agencies}) == len(plan.agencies)


def test_districts_are_the_members_of_their_collective(plan):
    districts = [a.code for a in plan.agencies if a.kind is AgencyKind.DISTRICT]
    assert len(districts) == 17
    assert list(plan.agency("HUYEN").members) == districts
    departments = {a.code for a in plan.agencies if a.kind is AgencyKind.DEPARTMENT}
    assert set(plan.agency("SBN_TINH").members) == departments


def test_all_text_is_nfc_and_free_of_page_noise(plan):
    texts = [plan.title, plan.basis, *(a.name for a in plan.agencies)]
    for group in plan.groups:
        texts += [group.title, group.description or ""]
        for task in group.tasks:
            texts += [*task.activities, *(a.note or "" for a in task.assignments)]
    for text in texts:
        assert unicodedata.is_normalized("NFC", text)
        assert "Phân công trách nhiệm" not in text and "Thời gian hoàn thành" not in text
        assert text == text.strip() and "  " not in text
