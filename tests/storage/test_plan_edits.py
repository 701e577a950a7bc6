import pytest

from gpa_desktop.domain.errors import UserError
from gpa_desktop.domain.plan import Role
from gpa_desktop.storage.changes import undo
from gpa_desktop.storage.plan_edits import set_activities, set_agencies, set_deadline
from gpa_desktop.storage.plan_store import read_plan


def _task(db, code):
    with db.transaction() as session:
        return next(t for t in read_plan(session).tasks() if t.code == code)


def test_add_edit_reorder_and_remove_activities_then_undo(db):
    before = _task(db, "1.2")
    changed = list(reversed(before.activities)) + ["Hoạt động mới do tỉnh bổ sung."]
    with db.transaction() as session:
        change = set_activities(session, "1.2", changed)
    assert _task(db, "1.2").activities == tuple(changed)
    with db.transaction() as session:
        set_activities(session, "1.2", changed[:1])
    assert _task(db, "1.2").activities == (changed[0],)
    with db.transaction() as session:
        undo(session, change.batch + 1)
        undo(session, change.batch)
    assert _task(db, "1.2") == before


def test_agencies_and_deadline(db):
    with db.transaction() as session:
        set_agencies(session, "1.4", Role.COORDINATING, [("STTTT", None), ("SKHCN", "Hỗ trợ kỹ thuật")])
        set_deadline(session, "1.4", "Năm 2026")
    task = _task(db, "1.4")
    assert task.agencies(Role.COORDINATING) == ("STTTT", "SKHCN") and task.deadline == "Năm 2026"
    assert next(a.note for a in task.assignments if a.agency == "SKHCN") == "Hỗ trợ kỹ thuật"


def test_invalid_edits_write_nothing(db):
    before = _task(db, "1.4")
    for action in (
        lambda s: set_activities(s, "1.4", ["  "]),
        lambda s: set_agencies(s, "1.4", Role.LEAD, []),
        lambda s: set_agencies(s, "1.4", Role.LEAD, [("KHONGCO", None)]),
        lambda s: set_deadline(s, "1.4", ""),
    ):
        with pytest.raises(UserError):
            with db.transaction() as session:
                action(session)
    assert _task(db, "1.4") == before
