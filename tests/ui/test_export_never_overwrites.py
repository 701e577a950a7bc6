"""Exporting reporting workbooks never replaces a file without being told to, and never one holding
values the database does not have (a filled workbook sent back but not imported yet)."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

from gpa_desktop.cli import main
from gpa_desktop.operations import Workspace
from gpa_desktop.operations.exchange import TemplatesInTheWay, export_templates, import_files, template_file_name
from gpa_desktop.domain.errors import UserError


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def fill(path, percent=60):
    """An officer fills every row's progress and saves the workbook under the same name."""
    book = load_workbook(path)
    sheet = book["Báo cáo"]
    header = next(r for r in range(1, 20) if sheet.cell(r, 1).value == "Mã nhiệm vụ")
    column = next(c for c in range(1, sheet.max_column + 1) if sheet.cell(header, c).value == "Tiến độ (%)")
    for r in range(header + 1, sheet.max_row + 1):
        if sheet.cell(r, 1).value:
            sheet.cell(r, column).value = percent
    book.save(path)


def two_agencies(ws, folder, **kwargs):
    return export_templates(ws, "2024", lambda code: folder / template_file_name(code, "2024"), agencies=["STC", "SXD"], **kwargs)


def test_an_existing_workbook_is_replaced_only_when_asked_to(db, tmp_path):
    ws = Workspace(db)
    two_agencies(ws, tmp_path)
    stc = tmp_path / template_file_name("STC", "2024")
    stc.write_bytes(b"the officer's own notes")  # another file of the same name
    with pytest.raises(TemplatesInTheWay) as refused:
        two_agencies(ws, tmp_path)
    assert sorted(f.name for f in refused.value.files) == sorted(template_file_name(c, "2024") for c in ("STC", "SXD"))
    assert stc.read_bytes() == b"the officer's own notes"  # checked before anything was written
    two_agencies(ws, tmp_path, force=True)
    assert stc.read_bytes()[:2] == b"PK"


def test_a_filled_workbook_not_yet_imported_is_never_replaced(db, tmp_path):
    ws = Workspace(db)
    two_agencies(ws, tmp_path)
    stc = tmp_path / template_file_name("STC", "2024")
    fill(stc)
    filled = stc.read_bytes()
    for force in (False, True):
        with pytest.raises(UserError) as refused:
            two_agencies(ws, tmp_path, force=force)
        assert not isinstance(refused.value, TemplatesInTheWay) and stc.name in refused.value.render()
        assert stc.read_bytes() == filled
    import_files(ws, [stc])  # once imported, its values are in the database: it may be replaced
    two_agencies(ws, tmp_path, force=True)
    assert stc.read_bytes() != filled


def test_the_command_line_wants_force(db_path, tmp_path):
    folder = tmp_path / "out"
    assert run("--db", str(db_path), "export-template", "--all", str(folder), "--period", "2024")[0] == 0
    code, out, err = run("--db", str(db_path), "export-template", "--all", str(folder), "--period", "2024")
    assert code == 1 and out == "" and "--force" in err and err.count("\n") == 1
    code, out, err = run("--db", str(db_path), "export-template", "--all", str(folder), "--period", "2024", "--force")
    assert code == 0, err
    one = folder / template_file_name("STC", "2024")
    fill(one)
    code, out, err = run("--db", str(db_path), "export-template", "--agency", "STC", "--period", "2024", "-o", str(one), "--force")
    assert code == 1 and str(one) in err and err.count("\n") == 1


def test_the_window_asks_listing_the_files(window, tmp_path, monkeypatch):
    from gpa_desktop.ui import prompts

    asked, told = [], []
    monkeypatch.setattr(prompts, "choose_folder", lambda *args, **kwargs: str(tmp_path))
    monkeypatch.setattr(prompts, "show_written", lambda parent, title, text, path: told.append(text))
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: told.append(text))
    window.action_export_template.trigger()
    written = sorted(tmp_path.glob("*.xlsx"))
    assert len(written) > 30 and asked == []
    stc = tmp_path / template_file_name("STC", "2024")
    stc.write_bytes(b"x")
    monkeypatch.setattr(prompts, "ask_yes_no", lambda parent, title, text: asked.append(text) or False)
    window.action_export_template.trigger()
    assert len(asked) == 1 and stc.name in asked[0] and stc.read_bytes() == b"x"  # No: nothing replaced
    monkeypatch.setattr(prompts, "ask_yes_no", lambda parent, title, text: asked.append(text) or True)
    window.action_export_template.trigger()
    assert stc.read_bytes()[:2] == b"PK"
    fill(stc)
    told.clear()
    window.action_export_template.trigger()
    assert len(asked) == 2  # not even asked: a filled workbook is refused outright
    assert told and stc.name in told[-1] and load_workbook(stc)  # refused, named, kept
