"""Text typed in an old Vietnamese encoding (TCVN3, VNI): found by the text itself, shown converted,
converted only when the officer says so; held back, the file changes nothing."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from openpyxl import load_workbook
from openpyxl.styles import Font

from gpa_desktop.cli import main
from gpa_desktop.domain.legacy_text import TCVN3, VNI, encode
from gpa_desktop.exchange.importer import LegacyTextHeld, apply_import, preview_import
from gpa_desktop.exchange.legacy import CONVERT, KEEP
from gpa_desktop.storage.reports import read_reports

from .helpers import db_digest, edit, patch_part, read_in_this_process, rows_by_code

RESULTS, DIFFICULTIES, PROPOSALS, EVIDENCE = 7, 8, 9, 11  # columns of the text fields
DONE = "Đã hoàn thành kiểm kê khí nhà kính tại các huyện, thị xã"
HARD = "Thiếu kinh phí, chưa có hướng dẫn của Bộ"


def _preview(db, path, **kw):
    with db.transaction() as session:
        return preview_import(session, path, **kw)


def _cli(db, *argv):
    out, err = io.StringIO(), io.StringIO()
    db.close()
    code = main(["--db", str(db.path), "--lang", "vi", *argv], out, err)
    return code, out.getvalue(), err.getvalue()


def _stored(db, task):
    with db.transaction() as session:
        return next((r.values for r in read_reports(session, "2024", task_code=task) if r.agency == "STNMT"), None)


def _fill(template: Path, target: Path, cells: dict[tuple[str, int], str], font: str | None = None) -> Path:
    def change(book, sheet, rows):
        for (task, column), text in cells.items():
            sheet.cell(rows[task], column).value = text
            sheet.cell(rows[task], column).data_type = "s"
            if font:
                sheet.cell(rows[task], column).font = Font(name=font)

    return edit(template, target, change)


def _rich_text(template: Path, target: Path, task: str, column: int, runs: list[tuple[str, str]]) -> Path:
    """The cell written as inline rich text, each run in its own font (what Excel keeps of a paste)."""
    row = rows_by_code(load_workbook(template)["Báo cáo"])[task]
    ref = f"{'ABCDEFGHIJK'[column - 1]}{row}"
    body = "".join(
        f'<r><rPr><rFont val="{font}"/><sz val="11"/></rPr><t xml:space="preserve">{escape(text)}</t></r>' for text, font in runs
    )

    def change(xml: bytes) -> bytes:
        cell = re.compile(rb'<c r="%s"[^>]*?(/>|>.*?</c>)' % ref.encode(), re.DOTALL)
        assert cell.search(xml), ref
        return cell.sub(f'<c r="{ref}" t="inlineStr"><is>{body}</is></c>'.encode(), xml, count=1)

    return patch_part(template, target, "xl/worksheets/sheet1.xml", change)


@pytest.mark.parametrize("encoding", [TCVN3, VNI])
def test_a_plain_text_cell_in_an_old_encoding_is_held_back_shown_converted_and_converted_on_request(
    encoding, exchange_files, exchange_db, tmp_path
):
    path = _fill(exchange_files["template"], tmp_path / f"{encoding}.xlsx", {
        ("1.2", RESULTS): encode(DONE, encoding), ("1.2", DIFFICULTIES): HARD, ("13.1", RESULTS): "Done, see the minutes",
    })
    before = db_digest(exchange_db.path)
    held = _preview(exchange_db, path)
    assert isinstance(held.fatal, LegacyTextHeld) and "not imported" in held.fatal.render()
    [cell] = held.legacy
    assert (cell.task, cell.field, cell.encodings, cell.converted) == ("1.2", "results", (encoding,), DONE)
    assert cell.original == encode(DONE, encoding) and cell.column.startswith("G ") and not cell.partly
    with pytest.raises(LegacyTextHeld):
        apply_import(exchange_db, held)
    assert db_digest(exchange_db.path) == before  # nothing written, not even a receipt

    converted = _preview(exchange_db, path, legacy=CONVERT)
    assert converted.fatal is None and converted.errors == []
    assert any(encoding.upper() in w.render() and w.row == cell.row for w in converted.warnings)
    apply_import(exchange_db, converted)
    stored = _stored(exchange_db, "1.2")
    assert stored.results == DONE and stored.difficulties == HARD
    assert _stored(exchange_db, "13.1").results == "Done, see the minutes"


def test_kept_as_written_when_the_officer_says_so(exchange_files, exchange_db, tmp_path):
    legacy = encode(DONE, TCVN3)
    path = _fill(exchange_files["template"], tmp_path / "keep.xlsx", {("1.2", RESULTS): legacy})
    kept = _preview(exchange_db, path, legacy=KEEP)
    assert kept.fatal is None and [c.converted for c in kept.legacy] == [DONE]
    assert any("taken as written" in w.render() for w in kept.warnings)
    apply_import(exchange_db, kept)
    assert _stored(exchange_db, "1.2").results == legacy


@pytest.mark.parametrize("font", [None, ".VnTime", "VNI-Times"])  # an old font on Unicode text: what is written counts
def test_unicode_english_numbers_and_text_without_diacritics_are_not_flagged(font, exchange_files, exchange_db, tmp_path):
    path = _fill(exchange_files["template"], tmp_path / "plain.xlsx", {
        ("1.2", RESULTS): DONE, ("1.2", DIFFICULTIES): "Khong co kho khan", ("1.2", PROPOSALS): "See the attached report",
        ("1.2", EVIDENCE): "Số 12/BC-STNMT ngày 15/03/2024", ("13.1", RESULTS): "café, São Paulo, 25°C ± 2, § 3",
        ("13.1", DIFFICULTIES): "bụi mịn 2,5 µm" if font is None else "Đã xong",  # µ shows as "à" in .VnTime: asked then
    }, font=font)
    preview = _preview(exchange_db, path)
    assert preview.fatal is None and preview.legacy == [] and preview.errors == []
    assert not any("TCVN3" in w.render() for w in preview.warnings)


def test_a_short_text_in_an_old_font_is_told_by_the_font(exchange_files, exchange_db, tmp_path):
    """"phè" reads both ways ("phố" in TCVN3); in a cell shown in .VnTime, the font says which."""
    plain = _fill(exchange_files["template"], tmp_path / "plain.xlsx", {("1.2", EVIDENCE): "phè"})
    assert _preview(exchange_db, plain).legacy == []
    in_font = _fill(exchange_files["template"], tmp_path / "font.xlsx", {("1.2", EVIDENCE): "phè"}, font=".VnTime")
    assert [c.converted for c in _preview(exchange_db, in_font).legacy] == ["phố"]


def test_a_legacy_run_in_a_unicode_cell_is_converted_alone(exchange_files, exchange_db, tmp_path):
    """"Các việc: " typed in Unicode, then "đã hoàn thành" pasted from a TCVN3 document: converting the
    whole cell would turn "Các" into "Cỏc"; only the .VnTime run is converted."""
    path = _rich_text(exchange_files["template"], tmp_path / "rich.xlsx", "1.2", RESULTS, [
        ("Các việc: ", "Times New Roman"), (encode("đã hoàn thành", TCVN3), ".VnTime"),
    ])
    before = db_digest(exchange_db.path)
    held = _preview(exchange_db, path)
    [cell] = held.legacy
    assert cell.original == "Các việc: " + encode("đã hoàn thành", TCVN3)
    assert cell.converted == "Các việc: đã hoàn thành" and cell.partly
    assert db_digest(exchange_db.path) == before
    apply_import(exchange_db, _preview(exchange_db, path, legacy=CONVERT))
    assert _stored(exchange_db, "1.2").results == "Các việc: đã hoàn thành"


def test_a_legacy_run_told_by_its_text_alone(exchange_files, exchange_db, tmp_path):
    """Runs in fonts that say nothing (both Arial): the VNI run is still recognised and converted alone."""
    path = _rich_text(exchange_files["template"], tmp_path / "rich-vni.xlsx", "13.1", DIFFICULTIES, [
        ("Khó khăn: ", "Arial"), (encode("thiếu kinh phí thực hiện", VNI), "Arial"),
    ])
    [cell] = _preview(exchange_db, path).legacy
    assert cell.converted == "Khó khăn: thiếu kinh phí thực hiện" and cell.encodings == (VNI,) and cell.partly


def test_a_mixed_workbook_through_the_command_line(exchange_files, exchange_db, tmp_path):
    """TCVN3, VNI, a rich-text cell and Unicode in one file: the CLI shows each conversion and says how
    to choose, writes nothing; with --convert-legacy every legacy cell is converted, the rest untouched."""
    base = _fill(exchange_files["template"], tmp_path / "base.xlsx", {
        ("1.2", RESULTS): encode(DONE, TCVN3), ("1.2", DIFFICULTIES): encode(HARD, VNI), ("1.2", PROPOSALS): "Đề nghị bổ sung kinh phí",
        ("13.1", RESULTS): "Đang thực hiện theo kế hoạch",
    })
    path = _rich_text(base, tmp_path / "mixed.xlsx", "13.1", EVIDENCE, [
        ("Văn bản số 15, ", "Times New Roman"), (encode("kèm theo báo cáo tổng hợp", TCVN3), ".VnTime"),
    ])
    before = db_digest(exchange_db.path)
    code, out, err = _cli(exchange_db, "import", str(path))
    assert code == 1 and err == ""
    assert db_digest(exchange_db.path) == before
    assert f"→ {DONE[:57]}" in out and "→ Thiếu kinh phí" in out and "→ Văn bản số 15, kèm theo báo cáo" in out
    assert "--convert-legacy" in out and "--keep-legacy-text" in out
    assert out.count("    ~ ") == 3

    code, out, err = _cli(exchange_db, "import", "--convert-legacy", str(path))
    assert code == 0 and err == "", out
    assert "đã nhận" not in out  # the held-back check left no receipt: the same file goes in now
    first, second = _stored(exchange_db, "1.2"), _stored(exchange_db, "13.1")
    assert (first.results, first.difficulties, first.proposals) == (DONE, HARD, "Đề nghị bổ sung kinh phí")
    assert (second.results, second.evidence) == ("Đang thực hiện theo kế hoạch", "Văn bản số 15, kèm theo báo cáo tổng hợp")


def test_the_two_choices_cannot_be_given_together(exchange_files, exchange_db):
    with pytest.raises(SystemExit) as stopped:
        _cli(exchange_db, "import", "--convert-legacy", "--keep-legacy-text", str(exchange_files["filled"]))
    assert stopped.value.code == 2


def _as_shared_strings(source: Path, target: Path) -> Path:
    """Every inline string of the data sheet moved into a shared-strings part, runs and fonts kept: how
    Excel writes a workbook (openpyxl writes inline strings)."""
    inline = re.compile(rb'<c r="([A-Z]+\d+)"([^>]*?) t="inlineStr"><is>(.*?)</is></c>', re.DOTALL)
    strings: list[bytes] = []

    def to_shared(match) -> bytes:
        strings.append(match.group(3))
        return b'<c r="%s"%s t="s"><v>%d</v></c>' % (match.group(1), match.group(2), len(strings) - 1)

    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = inline.sub(to_shared, data)
            elif item.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml" Id="rId99"/></Relationships>')
            elif item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            new.writestr(item.filename, data)
        body = b"".join(b"<si>%s</si>" % text for text in strings)
        new.writestr("xl/sharedStrings.xml", b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>' % (len(strings), len(strings), body))
    return target


def _mixed_rich(exchange_files, tmp_path) -> Path:
    base = _fill(exchange_files["template"], tmp_path / "base.xlsx", {("1.2", RESULTS): encode(DONE, VNI), ("13.1", RESULTS): HARD})
    return _rich_text(base, tmp_path / "rich.xlsx", "1.2", EVIDENCE, [
        ("Các văn bản: ", "Times New Roman"), (encode("báo cáo số 5", TCVN3), ".VnTime"),
    ])


def test_shared_strings_with_rich_runs_as_excel_writes_them(exchange_files, exchange_db, tmp_path):
    path = _as_shared_strings(_mixed_rich(exchange_files, tmp_path), tmp_path / "shared.xlsx")
    with zipfile.ZipFile(path) as package:
        assert b"<rFont val=\".VnTime\"/>" in package.read("xl/sharedStrings.xml")
        assert b"inlineStr\"><is>" not in package.read("xl/worksheets/sheet1.xml")
    cells = {c.field: c for c in _preview(exchange_db, path).legacy}
    assert set(cells) == {"results", "evidence"}
    assert cells["results"].converted == DONE and not cells["results"].partly
    assert cells["evidence"].converted == "Các văn bản: báo cáo số 5" and cells["evidence"].partly


@pytest.mark.slow
def test_a_libreoffice_resave_keeps_the_runs_apart(exchange_files, exchange_db, tmp_path):
    from .conftest import libreoffice_resave

    path = libreoffice_resave(_mixed_rich(exchange_files, tmp_path), tmp_path / "libreoffice")
    cells = {c.field: c.converted for c in _preview(exchange_db, path).legacy}
    assert cells == {"results": DONE, "evidence": "Các văn bản: báo cáo số 5"}


def test_a_file_far_larger_than_a_report_says_how_much_went_unchecked(exchange_files, exchange_db, tmp_path, monkeypatch):
    from gpa_desktop.exchange import legacy

    read_in_this_process(monkeypatch)  # where the patched budget holds
    monkeypatch.setattr(legacy, "CHECK_BUDGET", len(DONE) + 5)  # room for the first cell only
    path = _fill(exchange_files["template"], tmp_path / "big.xlsx", {("1.2", RESULTS): DONE, ("13.1", RESULTS): encode(HARD, VNI)})
    preview = _preview(exchange_db, path)
    assert preview.legacy == [] and preview.fatal is None
    assert [w.params for w in preview.warnings if "too large" in w.message] == [{"count": 1}]


def test_a_dry_run_with_conversion_shows_the_converted_values_and_writes_nothing(exchange_files, exchange_db, tmp_path):
    path = _fill(exchange_files["template"], tmp_path / "dry.xlsx", {("1.2", RESULTS): encode(DONE, TCVN3)})
    before = db_digest(exchange_db.path)
    code, out, _err = _cli(exchange_db, "import", "--dry-run", "--convert-legacy", str(path))
    assert code == 0 and f"→ {DONE[:57]}" in out and "TCVN3" in out and "--keep-legacy-text" not in out
    assert db_digest(exchange_db.path) == before
