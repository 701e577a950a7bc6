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
