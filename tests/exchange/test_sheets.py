"""A workbook holding the report sheet and a copy of it with other values is never read silently:
it is refused naming the sheets, unless the officer says which one is the report."""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import Qt

from gpa_desktop.cli import main
from gpa_desktop.exchange.importer import apply_import, preview_import
from gpa_desktop.exchange.reading import SheetChoice
from gpa_desktop.storage.reports import read_reports

from .helpers import db_digest, edit


def _percent(session, task="1.2"):
    return {r.task: r.values.percent for r in read_reports(session, "2024") if r.agency == "STNMT"}.get(task)


def _with_copy(template, target, *, copy_percent=90, rename=None, original_title=None):
    """The report filled with 40 on task 1.2, and a copy of the sheet with *copy_percent* there."""

    def change(book, sheet, rows):
        sheet.cell(rows["1.2"], 6).value = 40
        copy = book.copy_worksheet(sheet)
        copy.title = rename or "Báo cáo (2)"
        copy.cell(rows["1.2"], 6).value = copy_percent
        if original_title:
            sheet.title = original_title

    return edit(template, target, change)


def _check(db, path, **options):
    with db.transaction() as session:
        return preview_import(session, path, **options)


@pytest.mark.parametrize(
    "name, sheets",
    [
        ("copy", ("Báo cáo", "Báo cáo (2)")),
        ("renamed-copy", ("Báo cáo", "Bản sửa")),
        ("renamed-original", ("Bản cũ", "Báo cáo (2)")),  # the data sheet renamed, its copy kept
    ],
)
def test_two_sheets_that_could_be_the_report_are_refused_naming_them(name, sheets, exchange_files, exchange_db, tmp_path):
    path = _with_copy(
        exchange_files["template"], tmp_path / f"{name}.xlsx",
        rename=None if name != "renamed-copy" else "Bản sửa", original_title="Bản cũ" if name == "renamed-original" else None,
    )
    before = db_digest(exchange_db.path), exchange_db.path.read_bytes()
    preview = _check(exchange_db, path)
    assert isinstance(preview.fatal, SheetChoice) and preview.sheet_choices == list(sheets)
    message = preview.fatal.render()
    assert all(f'"{sheet}"' in message for sheet in sheets) and path.name in message and "\n" not in message
    with pytest.raises(SheetChoice):
        apply_import(exchange_db, preview)
    assert (db_digest(exchange_db.path), exchange_db.path.read_bytes()) == before


def test_the_sheet_named_is_the_one_taken(exchange_files, exchange_db, tmp_path):
    path = _with_copy(exchange_files["template"], tmp_path / "copy.xlsx")
    preview = _check(exchange_db, path, sheet="Báo cáo (2)")
    assert preview.fatal is None and preview.sheet == "Báo cáo (2)"
    apply_import(exchange_db, preview)
    with exchange_db.transaction() as session:
        assert _percent(session) == 90


def test_a_sheet_that_is_not_there_is_refused_naming_the_ones_that_are(exchange_files, exchange_db, tmp_path):
    path = _with_copy(exchange_files["template"], tmp_path / "copy.xlsx")
    preview = _check(exchange_db, path, sheet="Sheet1")
    message = preview.fatal.render()
    assert '"Sheet1"' in message and '"Báo cáo (2)"' in message and "_gpa" not in message


def test_an_identical_copy_or_a_renamed_report_is_simply_read(exchange_files, exchange_db, tmp_path):
    same = _with_copy(exchange_files["template"], tmp_path / "same.xlsx", copy_percent=40)  # a copy with the same values
    preview = _check(exchange_db, same)
    assert preview.fatal is None and preview.sheet == "Báo cáo"
    renamed = edit(exchange_files["template"], tmp_path / "renamed.xlsx", lambda b, s, rows: (setattr(s, "title", "BC 2024"), setattr(s.cell(rows["1.2"], 6), "value", 35)))
    preview = _check(exchange_db, renamed)
    assert preview.fatal is None and preview.sheet == "BC 2024"
    apply_import(exchange_db, preview)
    with exchange_db.transaction() as session:
        assert _percent(session) == 35


def test_a_sheet_without_task_codes_is_not_a_candidate(exchange_files, exchange_db, tmp_path):
    def notes(book, sheet, rows):
        sheet.cell(rows["1.2"], 6).value = 45
        other = book.create_sheet("Ghi chú")
        other["A1"] = "Mã nhiệm vụ"  # a header, but no task below it
        other["A2"] = "xem sheet Báo cáo"

    preview = _check(exchange_db, edit(exchange_files["template"], tmp_path / "notes.xlsx", notes))
    assert preview.fatal is None and preview.sheet == "Báo cáo"


def test_the_cli_takes_sheet_and_says_how_without_it(exchange_files, exchange_db, tmp_path):
    path = _with_copy(exchange_files["template"], tmp_path / "copy.xlsx")
    exchange_db.close()
    out = io.StringIO()
    assert main(["--db", str(exchange_db.path), "--lang", "vi", "import", str(path)], out, io.StringIO()) == 1
    assert "--sheet" in out.getvalue() and '"Báo cáo (2)"' in out.getvalue()
    out = io.StringIO()
    assert main(["--db", str(exchange_db.path), "import", "--sheet", "Báo cáo (2)", str(path)], out, io.StringIO()) == 0, out.getvalue()
    from gpa_desktop.storage.database import Database

    db = Database.open(exchange_db.path)
    with db.transaction() as session:
        assert _percent(session) == 90
    db.close()


def test_the_dialog_asks_which_sheet(qtbot, exchange_files, exchange_db, tmp_path, monkeypatch):
    from gpa_desktop.operations import Workspace
    from gpa_desktop.operations.plan import read_plan_only
    from gpa_desktop.ui import prompts
    from gpa_desktop.ui.import_dialog import ImportDialog

    first = _with_copy(exchange_files["template"], tmp_path / "first.xlsx")
    second = _with_copy(exchange_files["template"], tmp_path / "second.xlsx", copy_percent=95)
    asked = []
    answers = iter(["Báo cáo (2)", None])  # the second question is cancelled
    monkeypatch.setattr(prompts, "choose_item", lambda parent, title, label, items: asked.append((label, items)) or next(answers))
    ws = Workspace(exchange_db)
    dialog = ImportDialog(ws, read_plan_only(ws), [first, second])
    qtbot.addWidget(dialog)
    dialog.read_all()
    assert [items for _label, items in asked] == [["Báo cáo", "Báo cáo (2)"]] * 2 and "first.xlsx" in asked[0][0]
    assert dialog.previews[0].fatal is None and dialog.previews[0].sheet == "Báo cáo (2)"
    assert isinstance(dialog.previews[1].fatal, SheetChoice) and dialog.files.item(1).checkState() == Qt.CheckState.Unchecked
    dialog.apply()
    with exchange_db.transaction() as session:
        assert _percent(session) == 90
    assert "second.xlsx" in dialog.verdicts()[1] and '"Báo cáo (2)"' in dialog.verdicts()[1]


def test_a_workbook_with_two_possible_reports_in_the_way_of_an_export_is_never_replaced(exchange_files, exchange_db, tmp_path):
    from gpa_desktop.domain.errors import UserError
    from gpa_desktop.operations import Workspace
    from gpa_desktop.operations.exchange import export_templates, template_file_name

    folder = tmp_path / "out"
    folder.mkdir()
    in_the_way = _with_copy(exchange_files["template"], folder / template_file_name("STNMT", "2024"))
    kept = in_the_way.read_bytes()
    with pytest.raises(UserError, match="not in the database yet"):
        export_templates(Workspace(exchange_db), "2024", lambda code: folder / template_file_name(code, "2024"), agencies=["STNMT"], force=True)
    assert in_the_way.read_bytes() == kept
