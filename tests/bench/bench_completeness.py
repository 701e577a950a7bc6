"""Benchmark: the completeness matrix (150 agencies × 16 periods) on the synthetic 10× database.

Floor: one plain SQL count of the same report rows grouped by period and agency.
Run: PYTHONPATH=. python tests/bench/bench_completeness.py
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from gpa_desktop.storage.database import Database
from gpa_desktop.storage.completeness import completeness_matrix

from synthetic import PERIODS, synthetic_database  # noqa: E402  (run from tests/bench)

RUNS = 5


def median_seconds(action) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(synthetic_database(Path(folder) / "bench.sqlite3"))

        def matrix():
            with db.transaction() as session:
                result = completeness_matrix(session, PERIODS)
            assert sum(c.received for c in result) > 300_000

        def floor():
            with db.transaction() as session:
                session.execute(
                    text(
                        "SELECT period_id, agency_id, count(*), sum(received_at <= due_on) FROM progress_report "
                        "JOIN reporting_period ON reporting_period.id = period_id GROUP BY period_id, agency_id"
                    )
                ).all()

        ours, base = median_seconds(matrix), median_seconds(floor)
        db.close()
    print(f"{'measure':<44}{'median s':>10}")
    print(f"{'completeness matrix, 150 agencies x 16 periods':<44}{ours:>10.3f}")
    print(f"{'floor: SQL count of the same rows':<44}{base:>10.3f}")
    print(f"{'ratio':<44}{ours / base:>10.1f}x")


if __name__ == "__main__":
    main()
