"""Benchmark: the whole 2025 reorganisation workbook with 135 communes (invented names, test data):
preview (every row tried on a scratch copy) and apply (one transaction), beside their floors —
reading the workbook and the plan alone, and inserting the same communes and memberships with plain SQL.

Run: PYTHONPATH=. python tests/bench/bench_reorganisation.py
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from openpyxl import load_workbook

from gpa_desktop.exchange.reorganisation import read_changes_workbook
from gpa_desktop.operations import Workspace
from gpa_desktop.operations.reorganisation import apply_changes, export_changes, preview_changes
from gpa_desktop.storage.backup import backup_database
from gpa_desktop.storage.plan_store import read_plan

from common import median_seconds, table  # noqa: E402  (run from tests/bench)

COMMUNES = "\n".join(f"Xã Thử Nghiệm {i}" for i in range(1, 136))  # invented, not Resolution 1664/NQ-UBTVQH15's


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        base = folder / "base.sqlite3"
        ws = Workspace.open(base)
        export_changes(ws, folder / "c.xlsx")
        ws.close()
        book = load_workbook(folder / "c.xlsx")
        sheet = book["Thay đổi"]
        for r in range(5, sheet.max_row + 1):
            if sheet.cell(r, 1).value in ("Thành lập mới", "Thành viên nhóm"):
                sheet.cell(r, 3).value = COMMUNES
            if sheet.cell(r, 1).value:
                sheet.cell(r, 6).value = "Xác nhận"
        book.save(folder / "f.xlsx")

        ws = Workspace.open(base)
        preview = preview_changes(ws, folder / "f.xlsx")
        assert preview.ok and len(preview.changes) == 10
        def read_only() -> None:
            read_changes_workbook(folder / "f.xlsx")
            with ws.reading() as session:
                read_plan(session)

        rows = [("preview (read, resolve, try on a copy, compare)", median_seconds(lambda: preview_changes(ws, folder / "f.xlsx")),
                 "the workbook and the plan read", median_seconds(read_only))]
        ws.close()
        runs = iter(range(100))

        def timed_apply() -> float:
            """Only the apply: the copy and its preview are made first, untimed."""
            run = Workspace.open(backup_database(base, folder / f"run{next(runs)}.sqlite3"))
            try:
                checked = preview_changes(run, folder / "f.xlsx")
                started = time.perf_counter()
                apply_changes(run, checked)
                return time.perf_counter() - started
            finally:
                run.close()

        def timed_floor() -> float:
            connection = sqlite3.connect(backup_database(base, folder / f"run{next(runs)}.sqlite3"))
            started = time.perf_counter()
            with connection:
                for i in range(135):
                    cursor = connection.execute(
                        "INSERT INTO agency (code, name, kind, active, position) VALUES (?, ?, 'commune', 1, ?)", (f"XA{i}", f"Xã {i}", 1000 + i)
                    )
                    connection.execute("INSERT INTO collective_member (collective_id, member_id, valid_from) VALUES (1, ?, '2025-07-01')", (cursor.lastrowid,))
            elapsed = time.perf_counter() - started
            connection.close()
            return elapsed

        rows.append(("apply (one transaction, one batch)", statistics.median(timed_apply() for _ in range(3)),
                     "135 communes and memberships, plain SQL", statistics.median(timed_floor() for _ in range(3))))
        print(table(rows))


if __name__ == "__main__":
    main()
