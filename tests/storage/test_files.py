"""Files the app writes appear whole or not at all, and a failed write says why in one plain sentence."""

from __future__ import annotations

import errno
import os
from datetime import date
from pathlib import Path

import pytest

from gpa_desktop.domain.errors import UserError
from gpa_desktop.domain.reports import ReportValues
from gpa_desktop.reports.data import ReportOptions
from gpa_desktop.storage import files
from gpa_desktop.storage.files import atomic_write, file_error
from gpa_desktop.storage.reports import save_report

EARLIER = b"%PDF-1.4 the earlier, good file\n"


class Interrupted(Exception):
    pass


def test_a_completed_write_replaces_the_target_after_flushing_it(tmp_path, monkeypatch):
    target = tmp_path / "out.bin"
    target.write_bytes(EARLIER)
    synced = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd))[1])
    with atomic_write(target) as temp:
        assert temp.parent == tmp_path and temp.name.startswith(".out.bin.") and temp.name.endswith(".part")
        temp.write_bytes(b"new")
        assert target.read_bytes() == EARLIER, "the earlier file stays until the new one is complete"
    assert target.read_bytes() == b"new"
    assert len(synced) >= 1 + (os.name != "nt"), "the file (and on POSIX its folder) went to disk before the rename counted"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.bin"]


def test_a_failed_write_leaves_the_earlier_file_and_no_temporary_file(tmp_path):
    target = tmp_path / "out.bin"
    target.write_bytes(EARLIER)
    with pytest.raises(Interrupted):
        with atomic_write(target) as temp:
            temp.write_bytes(b"half")
            raise Interrupted
    assert target.read_bytes() == EARLIER
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


def test_a_new_file_gets_the_usual_permissions_not_the_temporary_files(tmp_path):
    if os.name == "nt":
        pytest.skip("POSIX permissions")
    mask = os.umask(0o022)
    try:
        with atomic_write(tmp_path / "new.pdf") as temp:
            temp.write_bytes(b"x")
    finally:
        os.umask(mask)
    assert (tmp_path / "new.pdf").stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize(
    ("code", "message"),
    [
        (errno.ENOSPC, files.DISK_FULL), (errno.EDQUOT, files.DISK_FULL), (errno.EROFS, files.READ_ONLY_MEDIUM),
        (errno.EACCES, files.NO_PERMISSION), (errno.EPERM, files.NO_PERMISSION), (errno.ENOENT, files.NO_FOLDER),
        (errno.EISDIR, files.IS_FOLDER), (errno.ENAMETOOLONG, files.NAME_TOO_LONG), (errno.EIO, files.NOT_WRITTEN),
    ],
)
def test_each_failure_has_its_own_sentence_without_the_systems_english(code, message):
    error = file_error(OSError(code, os.strerror(code)), "/x/y.pdf")
    assert isinstance(error, UserError) and error.message == message
    assert os.strerror(code) not in error.render()
    assert "/x/y.pdf" in error.render()


def test_a_missing_file_to_read_is_not_called_read_only():
    error = file_error(FileNotFoundError(errno.ENOENT, "No such file or directory"), "a.xlsx", reading=True)
    assert error.message == files.NOT_FOUND and "No such file" not in error.render()


def test_a_missing_folder_is_named_as_such(tmp_path):
    (tmp_path / "file").write_text("")
    with pytest.raises(UserError) as caught:
        with atomic_write(tmp_path / "file" / "sub" / "x.pdf"):
            pass
    assert caught.value.message in (files.NO_FOLDER, files.NOT_WRITTEN)
    assert "Not a directory" not in caught.value.render()


# Each writer, interrupted half-way: the earlier file of that name survives, nothing half-written is left.

def _pdf_agency(db, target, boom):
    from gpa_desktop.reports.agency_report import build_agency_report

    def page(_n):
        raise boom

    with db.transaction() as session:
        build_agency_report(session, "STNMT", "2024", ReportOptions(issued_on=date(2025, 1, 5)), target, page)


def _pdf_province(db, target, boom):
    from gpa_desktop.reports.province_report import build_province_report

    def page(n):
        if n == 2:
            raise boom

    with db.transaction() as session:
        build_province_report(session, "2024", ReportOptions(issued_on=date(2025, 1, 5)), target, page)


def _save_breaks(monkeypatch, boom):
    """openpyxl writes the first bytes of the package, then the disk gives out (its writer, through
    Workbook.save or the export's own save_book alike)."""
    from openpyxl.writer.excel import ExcelWriter

    real = ExcelWriter.save

    def broken(self):
        real(self)
        with open(self._archive.filename, "r+b") as handle:
            handle.truncate(100)
        raise boom

    monkeypatch.setattr(ExcelWriter, "save", broken)


def _plan_listing(db, target, boom, monkeypatch):
    from reportlab.platypus import BaseDocTemplate

    from gpa_desktop.reports.plan_listing import build_plan_listing
    from gpa_desktop.storage.plan_store import read_plan

    real = BaseDocTemplate.handle_pageEnd

    def page_end(self):
        real(self)
        Path(self.filename).write_bytes(b"%PDF-1.4 half")
        raise boom

    monkeypatch.setattr(BaseDocTemplate, "handle_pageEnd", page_end)
    with db.transaction() as session:
        plan = read_plan(session)
    build_plan_listing(plan, target)


def _template(db, target, boom, monkeypatch):
    from gpa_desktop.exchange.template import export_template

    _save_breaks(monkeypatch, boom)
    with db.transaction() as session:
        export_template(session, "STNMT", "2024", target, db.installation_id)


def _summary(db, target, boom, monkeypatch):
    from gpa_desktop.exchange.summary_workbook import write_summary_workbook

    _save_breaks(monkeypatch, boom)
    with db.transaction() as session:
        write_summary_workbook(session, "2024", target)


def _plan_workbook(db, target, boom, monkeypatch):
    from gpa_desktop.exchange.plan_workbook import write_plan_workbook
    from gpa_desktop.storage.plan_store import read_plan

    _save_breaks(monkeypatch, boom)
    with db.transaction() as session:
        plan = read_plan(session)
    write_plan_workbook(plan, target)


def _feedback(db, target, boom, monkeypatch):
    from openpyxl import Workbook

    from gpa_desktop.exchange.feedback import write_feedback
    from gpa_desktop.exchange.reading import Problem

    source = target.parent / "returned.xlsx"
    Workbook().save(source)
    _save_breaks(monkeypatch, boom)
    problem = Problem(message="Sai.", params={}, sheet="Sheet", row=5, column="F")
    write_feedback(source, [problem], target.parent)


def _reorganisation(db, target, boom, monkeypatch):
    from gpa_desktop.operations import Workspace
    from gpa_desktop.operations.reorganisation import export_changes

    _save_breaks(monkeypatch, boom)
    export_changes(Workspace(db), target)


def _backup(db, target, boom, monkeypatch):
    from gpa_desktop.storage.backup import backup_database

    def progress(done, total):  # after the first step of pages: the copy is under way
        next(target.parent.glob(f".{target.name}.*.part")).write_bytes(b"SQLite format 3\x00 half")
        raise boom

    backup_database(db.path, target, progress)


WRITERS = {
    "agency report": lambda db, target, boom, mp: _pdf_agency(db, target, boom),
    "province report": lambda db, target, boom, mp: _pdf_province(db, target, boom),
    "plan listing": _plan_listing,
    "template": _template,
    "summary": _summary,
    "plan workbook": _plan_workbook,
    "feedback": _feedback,
    "reorganisation workbook": _reorganisation,
    "backup": _backup,
}


@pytest.mark.parametrize("writer", WRITERS)
@pytest.mark.parametrize("failure", ["disk full", "cancelled"])
def test_an_interrupted_writer_keeps_the_earlier_file(db, tmp_path, monkeypatch, writer, failure):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / ("returned-phan-hoi.xlsx" if writer == "feedback" else f"{writer.replace(' ', '-')}.out")
    target.write_bytes(EARLIER)
    boom = OSError(errno.ENOSPC, "No space left on device") if failure == "disk full" else Interrupted()
    with pytest.raises((UserError, Interrupted)) as caught:
        WRITERS[writer](db, target, boom, monkeypatch)
    if failure == "disk full":
        assert isinstance(caught.value, UserError) and caught.value.message == files.DISK_FULL
    assert target.read_bytes() == EARLIER
    assert sorted(p.name for p in folder.iterdir() if p.name != "returned.xlsx") == [target.name], "no half file left"


def test_a_report_takes_its_name_only_once_its_code_is_recorded(db, tmp_path, monkeypatch):
    from gpa_desktop.operations import Workspace
    from gpa_desktop.operations.issue import ReportKind, issue_report
    from gpa_desktop.reports.verify import verify
    from gpa_desktop.storage import issued_reports

    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "r.pdf"
    target.write_bytes(EARLIER)
    ws = Workspace(db)
    with db.transaction() as session:
        save_report(session, "1.2", "STNMT", "2024", ReportValues(percent=40))
    seen = []
    real = issued_reports.record_issued

    def record_then_fail(session, *args, **kwargs):
        real(session, *args, **kwargs)
        seen.append(target.read_bytes())
        raise Interrupted  # the transaction rolls back: no code, so no file

    monkeypatch.setattr(issued_reports, "record_issued", record_then_fail)
    with pytest.raises(Interrupted):
        issue_report(ws, ReportKind.AGENCY, target, period="2024", agency="STNMT", options=ReportOptions(issued_on=date(2025, 1, 5)))
    assert seen == [EARLIER], "the PDF was complete, but not under its name before the code was committed"
    assert target.read_bytes() == EARLIER and len(list(target.parent.iterdir())) == 1
    monkeypatch.setattr(issued_reports, "record_issued", real)
    issued = issue_report(ws, ReportKind.AGENCY, target, period="2024", agency="STNMT", options=ReportOptions(issued_on=date(2025, 1, 5)))
    assert target.read_bytes().startswith(b"%PDF") and target.read_bytes() != EARLIER
    with db.transaction() as session:
        assert verify(session, issued.code).unchanged
