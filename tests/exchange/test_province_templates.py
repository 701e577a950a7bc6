"""The province's template as the update of an agency's installation, and the agency's workbook
exported from it as its report (issue 14): seal and pinned key, reference data adopted in one undo
step, an older template changing nothing, values merged three ways at both ends."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from gpa_desktop.cli import main
from gpa_desktop.domain.reports import ReportValues
from gpa_desktop.exchange.adoption import NEW_KEY, NOT_A_PROVINCE_TEMPLATE
from gpa_desktop.exchange.importer import OLDER_INSTALLATION_COPY, UNKNOWN_SEAL
from gpa_desktop.operations import Workspace
from gpa_desktop.operations.agencies import AgencyChange, ChangeKind, change_agencies
from gpa_desktop.operations.exchange import apply_file, export_templates, preview_file
from gpa_desktop.operations.history import undo
from gpa_desktop.operations.installation import installation_info, set_installation
from gpa_desktop.operations.periods import save_period
from gpa_desktop.operations.plan import edit_task, read_plan_only
from gpa_desktop.operations.reports import list_reports, update_report
from gpa_desktop.domain.plan import Role

from .helpers import db_digest

AGENCY, PERIOD, TASK = "NHNN", "2025", "3.4"


@pytest.fixture
def province(db_path):
    ws = Workspace.open(db_path, actor="tinh")
    set_installation(ws, None)
    yield ws
    ws.close()


@pytest.fixture
def agency(tmp_path):
    ws = Workspace.open(tmp_path / "nhnn.sqlite3", actor="nhnn")
    set_installation(ws, AGENCY)
    yield ws
    ws.close()


def _template(ws: Workspace, target: Path, agency: str = AGENCY, period: str = PERIOD) -> Path:
    export_templates(ws, period, lambda _code: target, agencies=[agency])
    return target


def _json(ws: Workspace, *argv: str):
    out = io.StringIO()
    assert main([*argv, "--db", str(ws.path), "--lang", "en"], out=out) == 0
    return json.loads(out.getvalue())


def _reference(ws: Workspace) -> list:
    return [_json(ws, "show-plan", "--json"), _json(ws, "agencies", "--json"), _json(ws, "periods", "--json")]


def _values(ws: Workspace, task: str = TASK, period: str = PERIOD) -> ReportValues:
    return next((r.values for r in list_reports(ws, period, AGENCY) if r.task == task), ReportValues())


def _province_edits(ws: Workspace) -> None:
    change_agencies(ws, AgencyChange(ChangeKind.RENAME, date(2025, 3, 1), code="STC", name="Sở Tài chính tỉnh Gia Lai"))
    save_period(ws, "2026-H1", due_on=date(2026, 7, 15))
    task = read_plan_only(ws).task(TASK)
    edit_task(
        ws, TASK, activities=list(task.activities), deadline="Năm 2027",
        lead=[(a.agency, a.note) for a in task.assignments if a.role is Role.LEAD and a.holds_on()],
        coordinating=[(a.agency, a.note) for a in task.assignments if a.role is Role.COORDINATING and a.holds_on()],
    )


def test_the_first_template_pins_the_province_key_and_brings_the_reference_data_as_one_undo_step(province, agency, tmp_path):
    _province_edits(province)
    update_report(province, TASK, AGENCY, PERIOD, {"status": "done", "evidence": "Số 5/BC-UBND"})  # the province's correction
    before = _reference(agency)
    assert before != _reference(province)

    preview = preview_file(agency, _template(province, tmp_path / "t1.xlsx"))
    assert preview.fatal is None and preview.first_key
    assert preview.fingerprint == installation_info(province).key_fingerprint != ""
    lines = [change.render() for change in preview.reference]
    assert 'Agency STC renamed: "Sở Tài chính" → "Sở Tài chính tỉnh Gia Lai".' in lines
    assert "Period 2026-H1 added, due 15/07/2026." in lines and f'Task {TASK}: deadline "Thường xuyên" → "Năm 2027".' in lines
    assert [r.task for r in preview.corrected] == [TASK] and not preview.conflicts

    outcome = apply_file(agency, preview, backup=False)
    assert _reference(agency) == _reference(province)
    assert _values(agency) == _values(province)
    assert installation_info(agency).province_fingerprint == preview.fingerprint
    assert len(outcome.changes.summary().batches) == 1  # one undo step

    undo(agency, outcome.changes.summary().batches)
    assert _reference(agency) == before and _values(agency) == ReportValues()


def test_a_template_sealed_by_another_key_is_refused_unless_the_officer_accepts_the_new_key(province, agency, tmp_path, template_db):
    from gpa_desktop.storage.backup import backup_database

    apply_file(agency, preview_file(agency, _template(province, tmp_path / "t1.xlsx")), backup=False)
    other = Workspace.open(backup_database(template_db, tmp_path / "other.sqlite3"))
    try:
        set_installation(other, None)  # another province installation: another key
        foreign = _template(other, tmp_path / "foreign.xlsx")
        before = db_digest(agency.path)
        refused = preview_file(agency, foreign)
        assert refused.fatal is not None and refused.fatal.message == NEW_KEY
        assert installation_info(other).key_fingerprint in refused.fatal.render()
        assert db_digest(agency.path) == before
        at_province = preview_file(province, foreign)  # nor does the province believe who it says it is for
        assert at_province.fatal.message == UNKNOWN_SEAL and at_province.needs_identity

        trusted = preview_file(agency, foreign, trust_new_key=True)
        assert trusted.fatal is None and trusted.new_key
        apply_file(agency, trusted, backup=False)
        assert installation_info(agency).province_fingerprint == installation_info(other).key_fingerprint
    finally:
        other.close()


def test_an_older_template_than_the_one_adopted_changes_nothing_and_says_so(province, agency, tmp_path):
    older = _template(province, tmp_path / "t1.xlsx")
    _province_edits(province)
    newer = _template(province, tmp_path / "t2.xlsx")
    apply_file(agency, preview_file(agency, newer), backup=False)
    before = db_digest(agency.path)
    late = preview_file(agency, older)
    assert late.fatal is None and late.older and not late.reference and not late.rows
    assert apply_file(agency, late, backup=False).changes is None
    assert db_digest(agency.path) == before
    out = io.StringIO()
    assert main(["import", "--db", str(agency.path), "--lang", "en", str(older)], out=out) == 0
    assert "It is not newer than the province's template adopted already; nothing changed." in out.getvalue()


@pytest.mark.parametrize("forgery", ["payload", "base value", "plain template"])
def test_a_tampered_template_is_refused_and_changes_nothing(province, agency, tmp_path, forgery):
    source = _template(province, tmp_path / "t1.xlsx")
    book = load_workbook(source)
    sheet = book["_gpa"]
    rows = {sheet.cell(r, 1).value: r for r in range(1, sheet.max_row + 1)}
    if forgery == "payload":  # another due date in the reference data, the old signature kept
        cell = sheet.cell(rows["payload"], 2)
        cell.value = cell.value[:50] + ("B" if cell.value[50] == "A" else "A") + cell.value[51:]
    elif forgery == "base value":
        sheet.cell(rows[TASK], 3).value = json.dumps(ReportValues(results="forged").as_dict())
    else:  # the seal and the reference data taken out: a plain reporting workbook
        for key in ("payload", "signature", "sealed_by"):
            sheet.delete_rows({sheet.cell(r, 1).value: r for r in range(1, sheet.max_row + 1)}[key])
    book.save(tmp_path / "forged.xlsx")
    before = db_digest(agency.path)
    preview = preview_file(agency, tmp_path / "forged.xlsx")
    assert preview.fatal is not None
    if forgery == "plain template":
        assert preview.fatal.message == NOT_A_PROVINCE_TEMPLATE
    assert db_digest(agency.path) == before


def test_values_merge_three_ways_at_the_agency_and_at_the_province(province, agency, tmp_path):
    apply_file(agency, preview_file(agency, _template(province, tmp_path / "t1.xlsx")), backup=False)
    update_report(agency, TASK, AGENCY, PERIOD, {"results": "agency", "percent": 41})
    update_report(province, TASK, AGENCY, PERIOD, {"evidence": "province", "percent": 60})  # percent: both, differently

    preview = preview_file(agency, _template(province, tmp_path / "t2.xlsx"))
    decisions = {d.field: d.decision.value for _task, d in ((r.task, d) for r in preview.rows for d in r.diffs)}
    assert decisions == {"evidence": "apply", "results": "keep", "percent": "conflict"}
    apply_file(agency, preview, backup=False)  # the conflict kept as this installation has it
    assert _values(agency) == ReportValues(results="agency", percent=41, evidence="province")

    # the agency's workbook is the adopted template again, its identity as sealed: the province merges it
    # like one filled in Excel, with the same receipt
    workbook = tmp_path / "w1.xlsx"
    export_templates(agency, PERIOD, lambda _code: workbook, agencies=[AGENCY])
    back = preview_file(province, workbook)
    assert back.fatal is None and back.identity.installation == installation_info(province).id
    decisions = {d.field: d.decision.value for r in back.rows for d in r.diffs}
    assert decisions == {"results": "apply", "percent": "apply"}  # the agency decided its conflict: the province follows
    apply_file(province, back, backup=False)
    assert _values(province) == _values(agency)
    assert [r.file_name for r in _receipts(province)] == ["w1.xlsx"]

    # a copy the agency's installation exported before the one imported last changes nothing
    export_templates(agency, PERIOD, lambda _code: tmp_path / "w2.xlsx", agencies=[AGENCY])
    apply_file(province, preview_file(province, tmp_path / "w2.xlsx"), backup=False)
    assert preview_file(province, _older_copy(workbook, tmp_path)).fatal.message == OLDER_INSTALLATION_COPY


def _receipts(ws: Workspace):
    from gpa_desktop.operations.completeness import receipts

    return receipts(ws, PERIOD)


def _older_copy(workbook: Path, tmp_path: Path) -> Path:
    """The same export as *workbook* with other bytes (an officer opened and saved it): still the older one."""
    book = load_workbook(workbook)
    book.properties.title = "re-saved"
    target = tmp_path / "w1-resaved.xlsx"
    book.save(target)
    return target


def test_an_agency_installation_exports_its_own_template_as_before_until_the_province_sends_one(agency, tmp_path):
    target = tmp_path / "own.xlsx"
    written = export_templates(agency, PERIOD, lambda _code: target, agencies=[AGENCY])
    assert written[0].rows > 0 and target.exists()


def test_command_line_set_report_reports_and_installation(province, tmp_path):
    path = str(province.path)

    def run(*argv):
        out, err = io.StringIO(), io.StringIO()
        return main([*argv, "--db", path, "--lang", "en"], out=out, err=err), out.getvalue(), err.getvalue()

    code, out, _ = run("set-report", "--agency", AGENCY, "--period", PERIOD, "--task", TASK, "--status", "Đang thực hiện", "--percent", "40", "--results", "Đã làm", "--budget", "12.5")
    assert code == 0 and "saved (revision 1)" in out
    code, out, _ = run("set-report", "--agency", "Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Gia Lai", "--period", PERIOD, "--task", TASK, "--evidence", "Số 3/BC")
    assert code == 0 and "revision 2" in out
    code, out, _ = run("reports", "--period", PERIOD, "--agency", AGENCY, "--json")
    assert json.loads(out) == [{
        "task": TASK, "agency": AGENCY, "period": PERIOD, "status": "in_progress", "percent": 40, "results": "Đã làm",
        "difficulties": "", "proposals": "", "budget": 12.5, "evidence": "Số 3/BC", "revision": 2,
    }]
    code, _, err = run("set-report", "--agency", AGENCY, "--period", PERIOD, "--task", TASK, "--percent", "140")
    assert code == 1 and "0 to 100" in err
    code, _, err = run("set-report", "--agency", AGENCY, "--period", PERIOD, "--task", TASK, "--status", "xong")
    assert code == 1 and '"xong"' in err
    code, out, _ = run("installation", "--agency", "STC")
    assert code == 0 and "(STC)" in out
    code, out, _ = run("installation", "--json")
    assert json.loads(out)["role"] == "agency" and json.loads(out)["agency"] == "STC"
    code, out, _ = run("installation", "--province")
    assert code == 0 and "focal department" in out and "sealing key" in out
