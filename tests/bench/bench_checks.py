"""Benchmark: what checking a database for damage costs, on the synthetic 10× database (~100 MB).

quick_check runs at every open (storage.backup.check_sound) and on every backup's copy (so before imports
and upgrades); integrity_check when a backup is offered or restored.
Floor: reading the file's bytes once (from the OS cache, as the checks do after the first run).
Run: PYTHONPATH=. python tests/bench/bench_checks.py
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from common import median_seconds, table  # noqa: E402  (run from tests/bench)
from synthetic import synthetic_database  # noqa: E402

from gpa_desktop.storage.backup import check_sound
from gpa_desktop.storage.database import Database


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = synthetic_database(Path(folder) / "bench.sqlite3")
        print(f"{path.stat().st_size / 1e6:.0f} MB")

        def read_all() -> None:
            path.read_bytes()

        def open_close() -> None:
            Database.open(path).close()

        floor = median_seconds(read_all)
        print(
            table(
                [
                    ("quick_check (every open)", median_seconds(lambda: check_sound(path)), "reading the file once", floor),
                    ("integrity_check (a backup offered or restored)", median_seconds(lambda: check_sound(path, full=True)), "reading the file once", floor),
                    ("Database.open + close (with quick_check)", median_seconds(open_close), "reading the file once", floor),
                ]
            )
        )


if __name__ == "__main__":
    main()
