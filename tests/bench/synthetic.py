"""A synthetic database ten times the real plan, for benchmarks.

650 tasks (each real task and nine copies of it, coded "1.2", "1.2.1" … "1.2.9"), 150 concrete
agencies (the plan's 38 and 112 more: 15 join "Các Sở, ban ngành có liên quan", the rest are
spread over the copies as direct coordinators), 16 periods (2023–2030 and the half-years
2023-H1 … 2026-H2) and every expected report present — about 23,000 reports a period.

Built with plain SQL on a copy of a freshly created database, so the schema is the app's own;
the result is cached per generator version in the system temp folder.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from gpa_desktop.domain.periods import parse_period
from gpa_desktop.exchange.seal import new_private_key
from gpa_desktop.storage.backup import backup_database
from gpa_desktop.storage.database import SCHEMA_HEAD, Database
from gpa_desktop.storage.plan_store import read_plan

VERSION = 2  # bump when the generator changes; the schema revision is part of the cache name too
TASK_COPIES = 10
AGENCIES = 150
PERIODS = [str(y) for y in range(2023, 2031)] + [f"{y}-H{h}" for y in range(2023, 2027) for h in (1, 2)]
STATUSES = ["not_started", "in_progress", "done", "behind"]


def synthetic_database(target: Path) -> Path:
    """A private copy of the cached synthetic database at *target*."""
    cache = Path(tempfile.gettempdir()) / f"gpa-synthetic-v{VERSION}-schema{SCHEMA_HEAD}.sqlite3"
    if not cache.exists():
        partial = cache.with_suffix(".building")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
        _build(partial)
        backup_database(partial, cache)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
    return backup_database(cache, target)


def _build(path: Path) -> None:
    Database.open(path).close()
    rng = random.Random(20251)
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys=ON")
    with con:
        # the installation's sealing key, as a first export makes it: templates exported from this
        # database come back sealed here, so an import reads them as the real exchange does
        con.execute("INSERT INTO app_meta (key, value) VALUES ('signing_key', ?)", (new_private_key(),))
        ids = dict(con.execute("SELECT code, id FROM agency"))
        concrete = [c for c, in con.execute("SELECT code FROM agency WHERE kind != 'collective' ORDER BY position")]
        position = con.execute("SELECT max(position) FROM agency").fetchone()[0]
        extra = []
        for n in range(1, AGENCIES - len(concrete) + 1):
            code = f"XA{n:03d}"
            kind = "department" if n <= 15 else "district"
            name = f"Sở thử nghiệm số {n}" if n <= 15 else f"UBND xã thử nghiệm số {n}"
            cur = con.execute(
                "INSERT INTO agency (code, name, kind, active, position) VALUES (?, ?, ?, 1, ?)",
                (code, name, kind, position + n),
            )
            ids[code] = cur.lastrowid
            extra.append(code)
        con.executemany(
            "INSERT INTO collective_member (collective_id, member_id, valid_from) VALUES (?, ?, '2023-01-01')",
            [(ids["SBN_LQ"], ids[c]) for c in extra[:15]],
        )
        spread = extra[15:]
        tasks = con.execute("SELECT id, group_id, code, position, deadline FROM task ORDER BY id").fetchall()
        for task_id, group_id, code, pos, deadline in tasks:
            activities = con.execute("SELECT position, text FROM activity WHERE task_id=?", (task_id,)).fetchall()
            assignments = con.execute(
                "SELECT agency_id, role, note, position FROM assignment WHERE task_id=?", (task_id,)
            ).fetchall()
            for copy in range(1, TASK_COPIES):
                new = con.execute(
                    "INSERT INTO task (group_id, code, position, deadline, revision) VALUES (?, ?, ?, ?, 1)",
                    (group_id, f"{code}.{copy}", pos * TASK_COPIES + copy, deadline),
                ).lastrowid
                con.executemany(
                    "INSERT INTO activity (task_id, position, text) VALUES (?, ?, ?)", [(new, p, t) for p, t in activities]
                )
                con.executemany(
                    "INSERT INTO assignment (task_id, agency_id, role, note, position, valid_from)"
                    " VALUES (?, ?, ?, ?, ?, '2023-01-01')",
                    [(new, a, r, n, p) for a, r, n, p in assignments],
                )
                taken = {a for a, *_ in assignments}
                picks = [c for c in rng.sample(spread, 3) if ids[c] not in taken]
                con.executemany(
                    "INSERT INTO assignment (task_id, agency_id, role, note, position, valid_from)"
                    " VALUES (?, ?, 'coordinating', NULL, ?, '2023-01-01')",
                    [(new, ids[c], 100 + i) for i, c in enumerate(picks)],
                )
            con.execute("UPDATE task SET position=? WHERE id=?", (pos * TASK_COPIES, task_id))
    con.close()

    db = Database.open(path)
    with db.transaction() as session:
        duties = read_plan(session).duties()
    db.close()

    con = sqlite3.connect(path)
    with con:
        agency_ids = dict(con.execute("SELECT code, id FROM agency"))
        task_ids = dict(con.execute("SELECT code, id FROM task"))
        for code in PERIODS:
            period = parse_period(code)
            exists = con.execute("SELECT id FROM reporting_period WHERE code=?", (code,)).fetchone()
            if exists:
                period_id = exists[0]
            else:
                period_id = con.execute(
                    "INSERT INTO reporting_period (code, kind, year, number, starts_on, ends_on, due_on, cutoff_on)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (code, period.kind.value, period.year, period.number, period.starts_on.isoformat(),
                     period.ends_on.isoformat(), period.default_due_on.isoformat(), period.ends_on.isoformat()),
                ).lastrowid
            base = datetime.combine(period.default_due_on, datetime.min.time())
            rows = []
            for duty in duties:
                received = base - timedelta(days=rng.randint(-5, 20), hours=rng.randint(0, 23))
                percent = rng.randint(0, 100)
                rows.append(
                    (task_ids[duty.task], agency_ids[duty.agency], period_id, rng.choice(STATUSES), percent,
                     f"Kết quả thực hiện nhiệm vụ {duty.task} kỳ {code}: đạt {percent}% khối lượng.",
                     "Thiếu kinh phí." if percent < 30 else "", "Đề nghị bổ sung nguồn lực." if percent < 30 else "",
                     round(rng.uniform(0, 500), 1), f"Số {rng.randint(1, 99):02d}/BC-{duty.agency}", "Cán bộ",
                     received.isoformat(sep=" "), received.isoformat(sep=" "), 1)
                )
            con.executemany(
                "INSERT INTO progress_report (task_id, agency_id, period_id, status, percent, results, difficulties,"
                " proposals, budget, evidence, reporter, received_at, updated_at, revision)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
    con.close()


if __name__ == "__main__":
    import sys
    import time

    started = time.perf_counter()
    out = synthetic_database(Path(sys.argv[1] if len(sys.argv) > 1 else "synthetic.sqlite3"))
    con = sqlite3.connect(out)
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("task", "agency", "reporting_period", "progress_report")}
    print(out, counts, f"{time.perf_counter() - started:.1f}s")
