"""The reader process reads the next file of a batch ahead (exchange.contained): its answer is the one a
call of its own would have had, a file changed since is read again, and a read ahead that failed or was
not asked for costs the next file nothing."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from gpa_desktop.exchange import contained
from gpa_desktop.exchange.safety import WorkbookRejected


def _read(log: Path, name: str) -> str:  # in the reader process: each read noted with the reader's pid
    with log.open("a") as out:
        out.write(f"{os.getpid()} {name}\n")
    return f"read {name}"


def _die(log: Path, name: str) -> None:
    os.abort()


def reads(log: Path) -> list[tuple[int, str]]:
    return [(int(pid), name) for pid, name in (line.split() for line in log.read_text().splitlines())] if log.exists() else []


@pytest.fixture
def reader():
    reader = contained._Reader()
    yield reader
    reader._stop()


def call(reader, function, log, name, stamp=None, then=None):
    return reader.call(name, function, (log, name), 10.0, stamp, then)


def wait_for(log: Path, count: int) -> list[str]:
    deadline = time.monotonic() + 10
    while len(reads(log)) < count and time.monotonic() < deadline:
        time.sleep(0.01)
    return [name for _pid, name in reads(log)]


def test_the_next_file_is_read_before_it_is_asked_for_and_that_read_answers(reader, tmp_path):
    log = tmp_path / "reads"
    assert call(reader, _read, log, "a.xlsx", then=(_read, (log, "b.xlsx"), 1)) == "read a.xlsx"
    assert wait_for(log, 2) == ["a.xlsx", "b.xlsx"]  # not asked for yet
    assert call(reader, _read, log, "b.xlsx", stamp=1) == "read b.xlsx"
    assert call(reader, _read, log, "c.xlsx") == "read c.xlsx"
    assert [name for _pid, name in reads(log)] == ["a.xlsx", "b.xlsx", "c.xlsx"]  # b read once


def test_a_file_changed_since_it_was_read_ahead_is_read_again(reader, tmp_path):
    log = tmp_path / "reads"
    call(reader, _read, log, "a.xlsx", then=(_read, (log, "b.xlsx"), "as it was"))
    wait_for(log, 2)
    assert call(reader, _read, log, "b.xlsx", stamp="rewritten") == "read b.xlsx"
    assert [name for _pid, name in reads(log)] == ["a.xlsx", "b.xlsx", "b.xlsx"]


def test_a_read_ahead_not_asked_for_is_dropped(reader, tmp_path):
    log = tmp_path / "reads"
    call(reader, _read, log, "a.xlsx", then=(_read, (log, "b.xlsx"), None))
    assert call(reader, _read, log, "c.xlsx") == "read c.xlsx"
    assert [name for _pid, name in reads(log)] == ["a.xlsx", "b.xlsx", "c.xlsx"]


def test_a_file_the_reader_died_on_ahead_is_refused_as_it_would_be_and_the_next_file_reads(reader, tmp_path):
    log = tmp_path / "reads"
    call(reader, _read, log, "a.xlsx", then=(_die, (log, "deadly.xlsx"), None))
    with pytest.raises(WorkbookRejected) as refused:
        call(reader, _die, log, "deadly.xlsx")
    assert refused.value.message == contained.NOT_READ_SAFELY
    assert call(reader, _read, log, "c.xlsx") == "read c.xlsx"
    (first, _a), (second, _c) = reads(log)
    assert first != second  # a fresh reader


def test_a_reader_dying_on_a_read_ahead_not_asked_for_costs_the_next_file_nothing(reader, tmp_path):
    log = tmp_path / "reads"
    call(reader, _read, log, "a.xlsx", then=(_die, (log, "deadly.xlsx"), None))
    assert call(reader, _read, log, "c.xlsx") == "read c.xlsx"
    (first, _a), (second, _c) = reads(log)
    assert first != second
