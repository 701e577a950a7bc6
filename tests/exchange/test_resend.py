"""An agency fills its template in Excel, sends it, corrects the same file and sends it again: the
corrected copy replaces its older one wherever nobody else changed those fields since. Copies of one
template are ordered by when the workbook says it was saved; an older one never overwrites a newer."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from gpa_desktop.cli import main
from gpa_desktop.domain.reports import ReportValues
from gpa_desktop.exchange.importer import COPY_ORDER_UNKNOWN, OLDER_COPY, apply_import, preview_import
from gpa_desktop.exchange.reading import saved_at
from gpa_desktop.storage.database import Database
from gpa_desktop.storage.receipts import list_receipts
from gpa_desktop.storage.reports import read_reports, save_report

from .conftest import libreoffice_resave
from .helpers import db_digest, edit, saved_as
from .test_province_templates import agency, province  # noqa: F401 - the two installations, as fixtures


def _fill(source: Path, target: Path, **cells) -> Path:
    """Task 1.2 filled as the agency's officer types it: percent (F), results (G), evidence (K)."""
    columns = {"percent": 6, "results": 7, "evidence": 11}

    def change(book, sheet, rows):
        for name, value in cells.items():
            sheet.cell(rows["1.2"], columns[name]).value = value

    return edit(source, target, change)


def _check(db: Database, path: Path, **options):
    with db.transaction() as session:
        return preview_import(session, path, **options)


def _import(db: Database, path: Path, **options):
    preview = _check(db, path, **options)
    assert preview.fatal is None, preview.fatal.render()
    return preview, apply_import(db, preview)


def _values(db: Database) -> ReportValues:
    with db.transaction() as session:
        return next(r.values for r in read_reports(session, "2024") if (r.task, r.agency) == ("1.2", "STNMT"))


def _changes(preview) -> list[tuple[str, str]]:
    return [(d.field, d.decision.value) for row in preview.rows if row.task == "1.2" for d in row.diffs]


@pytest.fixture
def sent(exchange_files, exchange_db, tmp_path):
    """The agency's first copy, imported: 40 %, its results."""
    first = _fill(exchange_files["template"], tmp_path / "BaoCao.xlsx", percent=40, results="Đã khảo sát 2 huyện")
    _import(exchange_db, first)
    return first


def test_a_corrected_resend_replaces_the_agencys_earlier_copy(sent, exchange_db, tmp_path):
    corrected = _fill(sent, tmp_path / "BaoCao (sửa).xlsx", percent=60, evidence="Số 7/BC-STNMT")
    preview, outcome = _import(exchange_db, corrected)
    assert preview.conflicts == [] and sorted(_changes(preview)) == [("evidence", "apply"), ("percent", "apply")]
    values = _values(exchange_db)
    assert (values.percent, values.results, values.evidence) == (60, "Đã khảo sát 2 huyện", "Số 7/BC-STNMT")
    with exchange_db.transaction() as session:
        receipts = list_receipts(session, "2024")
    assert [(r.file_name, r.superseded_by) for r in receipts] == [("BaoCao.xlsx", corrected.name), (corrected.name, None)]
    assert receipts[1].conflicts == []


def test_what_the_province_changed_meanwhile_is_a_conflict_and_the_rest_is_taken(sent, exchange_db, tmp_path):
    with exchange_db.transaction() as session:  # the province corrects the results and adds the evidence itself
        save_report(session, "1.2", "STNMT", "2024", ReportValues(percent=40, results="Đã khảo sát 3 huyện", evidence="Số 1/SNV"))
    corrected = _fill(sent, tmp_path / "BaoCao2.xlsx", percent=60, results="Đã khảo sát 4 huyện")
    preview, outcome = _import(exchange_db, corrected)
    assert [(d.field, d.ours, d.theirs) for _t, d in preview.conflicts] == [("results", "Đã khảo sát 3 huyện", "Đã khảo sát 4 huyện")]
    assert ("percent", "apply") in _changes(preview)
    values = _values(exchange_db)
    # percent taken, the province's results kept (the conflict recorded), its evidence untouched
    assert (values.percent, values.results, values.evidence) == (60, "Đã khảo sát 3 huyện", "Số 1/SNV")
    assert outcome.conflicts_kept == 1


def test_an_older_copy_arriving_after_a_newer_one_changes_nothing_and_says_so(exchange_files, exchange_db, tmp_path):
    older = _fill(exchange_files["template"], tmp_path / "lan1.xlsx", percent=40)
    newer = _fill(older, tmp_path / "lan2.xlsx", percent=60)  # saved later
    assert saved_at(older) < saved_at(newer)
    _import(exchange_db, newer)  # the emails came out of order
    before = db_digest(exchange_db.path)
    preview = _check(exchange_db, older)
    assert preview.fatal is not None and preview.fatal.message == OLDER_COPY
    assert "lan1.xlsx" in preview.fatal.render() and "lan2.xlsx" in preview.fatal.render()
    with pytest.raises(type(preview.fatal)):
        apply_import(exchange_db, preview)
    assert db_digest(exchange_db.path) == before and _values(exchange_db).percent == 60


@pytest.mark.parametrize("second_time", [None, "same"], ids=["no-saved-time", "the-same-saved-time"])
def test_when_the_order_cannot_be_told_it_is_asked(second_time, exchange_files, exchange_db, tmp_path):
    first = _fill(exchange_files["template"], tmp_path / "a.xlsx", percent=40)
    second = _fill(first, tmp_path / "b.xlsx", percent=60)
    saved_as(second, saved_at(first) + "Z" if second_time == "same" else None)
    _import(exchange_db, first)
    before = db_digest(exchange_db.path)
    preview = _check(exchange_db, second)
    assert preview.order_unknown and preview.fatal.message == COPY_ORDER_UNKNOWN and "--newer-copy" in preview.fatal.render()
    with pytest.raises(type(preview.fatal)):
        apply_import(exchange_db, preview)
    assert db_digest(exchange_db.path) == before
    older = _check(exchange_db, second, newer_copy=False)  # the officer says it is the older one
    assert older.fatal.message == OLDER_COPY
    preview, _outcome = _import(exchange_db, second, newer_copy=True)  # the newer one
    assert preview.conflicts == [] and _values(exchange_db).percent == 60


def test_the_cli_refuses_an_unordered_copy_naming_the_flag_that_takes_it(exchange_files, exchange_db, tmp_path):
    first = _fill(exchange_files["template"], tmp_path / "a.xlsx", percent=40)
    second = saved_as(_fill(first, tmp_path / "b.xlsx", percent=60), None)
    exchange_db.close()
    run = lambda *argv: (lambda out: (main(["--db", str(exchange_db.path), "--lang", "vi", "import", *argv], out, io.StringIO()), out.getvalue()))(io.StringIO())  # noqa: E731
    assert run(str(first))[0] == 0
    before = db_digest(exchange_db.path)
    code, out = run(str(second))
    assert code == 1 and "--newer-copy" in out and "b.xlsx" in out
    assert db_digest(exchange_db.path) == before
    code, out = run("--newer-copy", str(second))
    assert code == 0, out
    db = Database.open(exchange_db.path)
    assert _values(db).percent == 60
    db.close()


def test_the_dialog_asks_which_copy_is_newer(qtbot, exchange_files, exchange_db, tmp_path, monkeypatch):
    from gpa_desktop.operations import Workspace
    from gpa_desktop.operations.plan import read_plan_only
    from gpa_desktop.ui import prompts
    from gpa_desktop.ui.import_dialog import ImportDialog

    first = _fill(exchange_files["template"], tmp_path / "a.xlsx", percent=40)
    second = saved_as(_fill(first, tmp_path / "b.xlsx", percent=60), None)
    third = saved_as(_fill(first, tmp_path / "c.xlsx", percent=70), None)
    _import(exchange_db, first)
    asked = []
    answers = iter([True, False])
    monkeypatch.setattr(prompts, "ask_yes_no", lambda parent, title, text: asked.append(text) or next(answers))
    ws = Workspace(exchange_db)
    dialog = ImportDialog(ws, read_plan_only(ws), [second, third])
    qtbot.addWidget(dialog)
    dialog.read_all()
    assert len(asked) == 2 and "b.xlsx" in asked[0] and "a.xlsx" in asked[0] and "--newer-copy" not in asked[0]
    assert dialog.previews[0].fatal is None and dialog.previews[0].conflicts == []
    assert dialog.previews[1].fatal.message == OLDER_COPY  # the officer said it is the older copy
    dialog.apply()
    assert _values(exchange_db).percent == 60


def test_a_resend_that_changes_nothing_does_not_supersede_the_one_that_did(sent, exchange_db, tmp_path):
    again = _fill(sent, tmp_path / "BaoCao-lai.xlsx")  # opened and saved again, nothing changed
    preview, outcome = _import(exchange_db, again)
    assert outcome.applied == 0 and outcome.receipt_id is not None
    corrected = _fill(again, tmp_path / "BaoCao-sua.xlsx", percent=75)
    _import(exchange_db, corrected)
    with exchange_db.transaction() as session:
        receipts = {r.file_name: r.superseded_by for r in list_receipts(session, "2024")}
    # the unchanged re-send replaced nobody's figures; the correction replaced both
    assert receipts == {"BaoCao.xlsx": "BaoCao-sua.xlsx", "BaoCao-lai.xlsx": "BaoCao-sua.xlsx", "BaoCao-sua.xlsx": None}
    assert _values(exchange_db).percent == 75


def test_a_first_copy_and_an_unchanged_resend_leave_the_earlier_receipt_in_force(sent, exchange_db, tmp_path):
    again = _fill(sent, tmp_path / "BaoCao-lai.xlsx")
    _import(exchange_db, again)
    with exchange_db.transaction() as session:
        receipts = {r.file_name: r.superseded_by for r in list_receipts(session, "2024")}
    assert receipts == {"BaoCao.xlsx": None, "BaoCao-lai.xlsx": None}


@pytest.mark.slow
def test_a_correction_saved_by_libreoffice_is_ordered_by_its_saved_time(exchange_files, exchange_db, tmp_path):
    first = saved_as(_fill(exchange_files["template"], tmp_path / "first.xlsx", percent=40, results="Bản đầu"), "2024-03-01T08:00:00Z")
    corrected = libreoffice_resave(_fill(first, tmp_path / "corrected.xlsx", percent=65), tmp_path / "lo")
    assert saved_at(corrected) > saved_at(first)
    _import(exchange_db, first)
    preview, _outcome = _import(exchange_db, corrected)
    assert preview.conflicts == [] and _values(exchange_db).percent == 65 and _values(exchange_db).results == "Bản đầu"


def test_an_agency_installations_export_corrected_in_excel_is_its_newer_copy(province, agency, tmp_path):
    from gpa_desktop.operations.exchange import apply_file, export_templates, preview_file
    from gpa_desktop.operations.reports import update_report

    from .test_province_templates import AGENCY, PERIOD, TASK, _template, _values as values_at

    apply_file(agency, preview_file(agency, _template(province, tmp_path / "t1.xlsx")), backup=False)
    update_report(agency, TASK, AGENCY, PERIOD, {"results": "agency", "percent": 41})
    exported = tmp_path / "w1.xlsx"
    export_templates(agency, PERIOD, lambda _code: exported, agencies=[AGENCY])
    apply_file(province, preview_file(province, exported), backup=False)
    # the officer opens the exported workbook in Excel, corrects the percent, saves and sends it again
    corrected = edit(exported, tmp_path / "w1-sua.xlsx", lambda book, sheet, rows: setattr(sheet.cell(rows[TASK], 6), "value", 45))
    preview = preview_file(province, corrected)
    assert preview.fatal is None and [(d.field, d.decision.value) for r in preview.rows for d in r.diffs] == [("percent", "apply")]
    apply_file(province, preview, backup=False)
    assert (values_at(province).percent, values_at(province).results) == (45, "agency")
    # the export itself, arriving once more re-saved before the correction: the older copy
    earlier = saved_as(edit(exported, tmp_path / "w1-lai.xlsx", lambda *a: None), "2020-01-01T00:00:00Z")
    assert preview_file(province, earlier).fatal.message == OLDER_COPY


def test_a_copy_of_unknown_order_in_the_way_of_an_export_is_never_replaced(exchange_files, exchange_db, tmp_path):
    from gpa_desktop.domain.errors import UserError
    from gpa_desktop.operations import Workspace
    from gpa_desktop.operations.exchange import export_templates, template_file_name

    first = _fill(exchange_files["template"], tmp_path / "a.xlsx", percent=40)
    _import(exchange_db, first)
    folder = tmp_path / "out"
    folder.mkdir()
    in_the_way = saved_as(_fill(first, folder / template_file_name("STNMT", "2024"), percent=60), None)
    kept = in_the_way.read_bytes()
    with pytest.raises(UserError, match="not in the database yet"):
        export_templates(Workspace(exchange_db), "2024", lambda code: folder / template_file_name(code, "2024"), agencies=["STNMT"], force=True)
    assert in_the_way.read_bytes() == kept


def test_both_copies_in_one_dialog_the_second_is_checked_again_after_the_first(qtbot, exchange_files, exchange_db, tmp_path, monkeypatch):
    from gpa_desktop.operations import Workspace
    from gpa_desktop.operations.plan import read_plan_only
    from gpa_desktop.ui import prompts
    from gpa_desktop.ui.import_dialog import ImportDialog

    first = _fill(exchange_files["template"], tmp_path / "a.xlsx", percent=40, results="Bản đầu")
    second = saved_as(_fill(first, tmp_path / "b.xlsx", percent=60), None)
    asked, errors = [], []
    monkeypatch.setattr(prompts, "ask_yes_no", lambda parent, title, text: asked.append(text) or True)
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: errors.append(text))
    ws = Workspace(exchange_db)
    dialog = ImportDialog(ws, read_plan_only(ws), [first, second])
    qtbot.addWidget(dialog)
    dialog.read_all()
    assert asked == [] and all(p.fatal is None for p in dialog.previews)  # nothing brought in yet: no order to tell
    dialog.apply()
    # the first went in; the second, checked before it, was read again: the officer said it is the newer copy
    assert len(errors) == 1 and len(asked) == 1 and "b.xlsx" in asked[0]
    assert dialog.previews[1].fatal is None and dialog.previews[1].conflicts == []
    dialog.apply()
    values = _values(exchange_db)
    assert (values.percent, values.results) == (60, "Bản đầu")


def test_two_copies_filled_beside_each_other_lose_nothing(sent, exchange_files, exchange_db, tmp_path):
    """A second officer fills another copy of the blank template (saved later) with only the evidence:
    its empty percent and results would wipe what the first copy brought; they are conflicts, kept."""
    other = _fill(exchange_files["template"], tmp_path / "BaoCao - Phòng 2.xlsx", evidence="Số 9/BC-STNMT")
    preview, outcome = _import(exchange_db, other)
    assert sorted(_changes(preview)) == [("evidence", "apply"), ("percent", "conflict"), ("results", "conflict")]
    values = _values(exchange_db)
    assert (values.percent, values.results, values.evidence) == (40, "Đã khảo sát 2 huyện", "Số 9/BC-STNMT")


def test_a_correction_that_clears_a_field_is_asked_not_lost(sent, exchange_db, tmp_path):
    """Clearing a value the earlier copy brought looks the same as a copy filled from the blank template."""
    corrected = _fill(sent, tmp_path / "BaoCao (xoá).xlsx", results=None, percent=55)
    preview, _ = _import(exchange_db, corrected)
    assert sorted(_changes(preview)) == [("percent", "apply"), ("results", "conflict")]
    assert (_values(exchange_db).percent, _values(exchange_db).results) == (55, "Đã khảo sát 2 huyện")
