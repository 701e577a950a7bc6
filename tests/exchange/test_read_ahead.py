"""The reader processes read the next files of a batch ahead (exchange.contained), each in a reader with
nothing else to do: an answer is the one a call of its own would have had, a file changed since is read
again, and a read ahead that failed or was not asked for costs the next file nothing."""

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


def _die(log: Path, name: str) -> None:  # noted, then the reader aborts
    _read(log, name)
    os.abort()


def reads(log: Path) -> list[tuple[int, str]]:
    return [(int(pid), name) for pid, name in (line.split() for line in log.read_text().splitlines())] if log.exists() else []


@pytest.fixture(params=[1, 2], ids=["one reader", "two readers"])
def reader(request):
    reader = contained._Reader(request.param)
    yield reader
    reader._stop()


@pytest.fixture
def readers():
    reader = contained._Reader(2)
    yield reader
    reader._stop()


def living(reader) -> set[int]:
    return {child.process.pid for child in reader.children if child.process is not None and child.process.is_alive()}


def call(reader, function, log, name, stamp=None, then=()):
    return reader.call(name, function, (log, name), 10.0, stamp, then)


def wait_for(log: Path, count: int) -> list[str]:
    deadline = time.monotonic() + 10
    while len(reads(log)) < count and time.monotonic() < deadline:
        time.sleep(0.01)
    return [name for _pid, name in reads(log)]


def test_the_next_file_is_read_before_it_is_asked_for_and_that_read_answers(reader, tmp_path):
    log = tmp_path / "reads"
    assert call(reader, _read, log, "a.xlsx", then=((_read, (log, "b.xlsx"), 1),)) == "read a.xlsx"
    assert sorted(wait_for(log, 2)) == ["a.xlsx", "b.xlsx"]  # b not asked for yet
    assert call(reader, _read, log, "b.xlsx", stamp=1) == "read b.xlsx"
    assert call(reader, _read, log, "c.xlsx") == "read c.xlsx"
    assert sorted(name for _pid, name in reads(log)) == ["a.xlsx", "b.xlsx", "c.xlsx"]  # b read once


def test_a_file_changed_since_it_was_read_ahead_is_read_again(reader, tmp_path):
    log = tmp_path / "reads"
    call(reader, _read, log, "a.xlsx", then=((_read, (log, "b.xlsx"), "as it was"),))
    wait_for(log, 2)
    assert call(reader, _read, log, "b.xlsx", stamp="rewritten") == "read b.xlsx"
    assert sorted(name for _pid, name in reads(log)) == ["a.xlsx", "b.xlsx", "b.xlsx"]


def test_a_read_ahead_not_asked_for_is_dropped(reader, tmp_path):
    log = tmp_path / "reads"
    call(reader, _read, log, "a.xlsx", then=((_read, (log, "b.xlsx"), None),))
    assert call(reader, _read, log, "c.xlsx") == "read c.xlsx"
    assert sorted(name for _pid, name in reads(log)) == ["a.xlsx", "b.xlsx", "c.xlsx"]


def test_a_file_the_reader_died_on_ahead_is_refused_as_it_would_be_and_the_next_file_reads(reader, tmp_path):
    log = tmp_path / "reads"
    call(reader, _read, log, "a.xlsx", then=((_die, (log, "deadly.xlsx"), None),))
    with pytest.raises(WorkbookRejected) as refused:
        call(reader, _die, log, "deadly.xlsx")
    assert refused.value.message == contained.NOT_READ_SAFELY
    assert call(reader, _read, log, "c.xlsx") == "read c.xlsx"
    pids = dict((name, pid) for pid, name in reads(log))
    assert pids["deadly.xlsx"] not in living(reader) and pids["c.xlsx"] != pids["deadly.xlsx"]  # read by another reader


def test_a_reader_dying_on_a_read_ahead_not_asked_for_costs_the_next_file_nothing(reader, tmp_path):
    log = tmp_path / "reads"
    call(reader, _read, log, "a.xlsx", then=((_die, (log, "deadly.xlsx"), None),))
    assert call(reader, _read, log, "c.xlsx") == "read c.xlsx"
    pids = dict((name, pid) for pid, name in reads(log))
    assert pids["deadly.xlsx"] not in living(reader) and pids["c.xlsx"] != pids["deadly.xlsx"]


def test_two_files_are_read_ahead_at_once_by_two_readers_each_answering_once(readers, tmp_path):
    log = tmp_path / "reads"
    ahead = ((_read, (log, "b.xlsx"), 1), (_read, (log, "c.xlsx"), 1))
    assert call(readers, _read, log, "a.xlsx", then=ahead) == "read a.xlsx"
    assert sorted(wait_for(log, 3)) == ["a.xlsx", "b.xlsx", "c.xlsx"]  # neither asked for yet
    assert call(readers, _read, log, "b.xlsx", stamp=1, then=ahead[1:] + ((_read, (log, "d.xlsx"), 1),)) == "read b.xlsx"
    assert call(readers, _read, log, "c.xlsx", stamp=1, then=((_read, (log, "d.xlsx"), 1),)) == "read c.xlsx"
    assert call(readers, _read, log, "d.xlsx", stamp=1) == "read d.xlsx"
    done = reads(log)
    assert sorted(name for _pid, name in done) == ["a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx"]  # each read once
    assert len({pid for pid, _name in done}) == 2


def test_a_reader_dying_on_one_file_read_ahead_costs_the_other_file_nothing(reader, tmp_path):
    log = tmp_path / "reads"
    ahead = ((_die, (log, "deadly.xlsx"), None), (_read, (log, "c.xlsx"), None))
    call(reader, _read, log, "a.xlsx", then=ahead)
    with pytest.raises(WorkbookRejected):
        call(reader, _die, log, "deadly.xlsx", then=ahead[1:])
    assert call(reader, _read, log, "c.xlsx") == "read c.xlsx"
    assert sorted(name for _pid, name in reads(log)) == ["a.xlsx", "c.xlsx", "deadly.xlsx"]  # c read once


def test_a_batch_read_in_another_order_drops_what_no_longer_comes(readers, tmp_path):
    log = tmp_path / "reads"
    call(readers, _read, log, "a.xlsx", then=((_read, (log, "b.xlsx"), None), (_read, (log, "c.xlsx"), None)))
    wait_for(log, 3)
    assert call(readers, _read, log, "a.xlsx") == "read a.xlsx"  # asked again (another sheet, say): both dropped
    assert call(readers, _read, log, "c.xlsx") == "read c.xlsx"
    assert [name for _pid, name in reads(log)][3:] == ["a.xlsx", "c.xlsx"]  # each read again, in turn
