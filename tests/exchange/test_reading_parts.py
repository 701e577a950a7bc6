"""The read of a returned workbook unpacks each part it looks at once: the safety scan keeps the bytes
of the parts later steps read again (the sheet list, styles, the sheets) and hands them on."""

from __future__ import annotations

import collections
import zipfile

from gpa_desktop.exchange import reading
from gpa_desktop.exchange.reading import kept_part, read_workbook_here
from gpa_desktop.exchange.safety import check_workbook_file

LABELS = {"not_started": "Chưa thực hiện", "in_progress": "Đang thực hiện", "done": "Đã hoàn thành", "behind": "Chậm tiến độ"}


def _count_unpacking(monkeypatch) -> collections.Counter:
    opened: collections.Counter = collections.Counter()
    original = zipfile.ZipFile.open

    def counting(self, name, *args, **kwargs):
        opened[name.filename if isinstance(name, zipfile.ZipInfo) else name] += 1
        return original(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", counting)  # ZipFile.read opens the part too
    return opened


def test_each_part_is_unpacked_once(exchange_files, monkeypatch):
    opened = _count_unpacking(monkeypatch)
    result = read_workbook_here(exchange_files["filled"], LABELS)
    assert result.rows and result.sheet
    assert opened and max(opened.values()) == 1, opened
    with zipfile.ZipFile(exchange_files["filled"]) as package:
        names = package.namelist()
    assert {"xl/workbook.xml", "xl/styles.xml"} <= {n for n in names if kept_part(n)}


def test_the_checked_package_reads_kept_parts_as_the_file_holds_them(exchange_files):
    path = exchange_files["filled"]
    with zipfile.ZipFile(path) as package, check_workbook_file(path, keep=kept_part) as checked:
        assert checked.namelist() == package.namelist()
        for name in package.namelist():
            assert checked.read(name) == package.read(name)
            assert checked.open(name).read() == package.read(name)
            assert checked.kept(name) == kept_part(name)


def test_cell_facts_are_the_same_from_the_file_and_from_its_checked_package(exchange_files):
    path = exchange_files["filled"]
    with check_workbook_file(path, keep=kept_part) as checked:
        assert reading._cell_facts(checked, "Báo cáo") == reading._cell_facts(path, "Báo cáo")


def _grid(*rows):
    from gpa_desktop.exchange.layout import COLUMNS

    return [[c.header for c in COLUMNS], *rows]


def _row(code, status, results, difficulties=""):
    return [code, "", "", "", status, 50, results, difficulties, "", 1.5, ""]


def test_a_text_or_status_met_again_reads_and_is_reported_as_the_first_time(tmp_path):
    """A sheet's repeated texts and statuses are worked out once; each cell still gets its own findings."""
    from gpa_desktop.domain.reports import MAX_TEXT
    from gpa_desktop.exchange.reading import ReturnedWorkbook, _read_rows

    control, long = "Thiếu\x07 kinh phí", "x" * (MAX_TEXT + 1)
    decomposed = "Đa\u0303 xong"  # NFD: stored NFC
    grid = _grid(
        _row("1.1", " đang THỰC HIỆN ", control, decomposed),
        _row("1.2", " đang THỰC HIỆN ", control, decomposed),
        _row("1.3", "Đã hoàn thành", long),
        _row("1.4", "Đã hoàn thành", long),
        _row("1.5", "không có", "a"),
        _row("1.6", "không có", "a"),
        _row("1.7", 1.0, True),
        _row("1.8", "Chưa thực hiện", 1),
    )
    result = ReturnedWorkbook(None, None)
    texts = _read_rows(tmp_path / "x.xlsx", None, grid, LABELS, result)
    rows = {row.task: row.values for row in result.rows}
    assert rows["1.1"]["status"] == rows["1.2"]["status"] == "in_progress"
    assert rows["1.1"]["results"] == rows["1.2"]["results"] == "Thiếu kinh phí"
    assert rows["1.1"]["difficulties"] == rows["1.2"]["difficulties"] == "Đã xong"
    assert [w.row for w in result.warnings] == [2, 3]  # control characters removed, said for each cell
    assert sorted((e.row, e.column) for e in result.errors) == [
        (4, "G (Kết quả thực hiện)"), (5, "G (Kết quả thực hiện)"), (6, "E (Tình trạng)"), (7, "E (Tình trạng)"), (8, "E (Tình trạng)"),
    ]
    assert rows["1.8"]["results"] == "1"
    assert [(t.row, t.text) for t in texts if t.field == "results" and t.row > 5] == [(6, "a"), (7, "a"), (8, "True"), (9, "1")]


def test_a_read_workbook_crosses_a_process_boundary_as_it_is(exchange_files):
    import pickle

    result = read_workbook_here(exchange_files["filled"], LABELS)
    again = pickle.loads(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == result
    assert again.identity.digest() == result.identity.digest()
    assert [type(row) for row in again.rows] == [type(row) for row in result.rows]


def test_the_parsed_sheet_list_and_styles_are_remembered_only_for_small_parts(monkeypatch):
    """Parsed once for the same bytes (a batch from one export shares them); a huge part is not kept."""
    styles = (
        b'<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>'
        b'<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="9"/></cellXfs></styleSheet>'
    )

    class Package:
        def __init__(self, data):
            self.data = data

        def namelist(self):
            return ["xl/styles.xml"]

        def read(self, name):
            return self.data

    reading._percent_styles_in.cache_clear()
    assert reading._percent_styles(Package(styles)) == {1, 2}
    assert reading._percent_styles(Package(bytes(styles))) == {1, 2}
    assert reading._percent_styles_in.cache_info().hits == 1
    big = styles.replace(b"</styleSheet>", b" " * reading.MEMO_BYTES + b"</styleSheet>")
    assert reading._percent_styles(Package(big)) == {1, 2}
    assert reading._percent_styles_in.cache_info().currsize == 1


def test_a_formula_is_found_with_or_without_a_prefix():
    assert reading._has_formula(b'<c r="A1"><f>1+1</f><v>2</v></c>')
    assert reading._has_formula(b'<x:c r="A1"><x:f t="shared"/></x:c>')
    assert not reading._has_formula(b'<c r="A1" t="inlineStr"><is><t>f: <font></t></is></c><x:fo a=":f"/>')
