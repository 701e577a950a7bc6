"""Benchmark: Excel exchange at province scale on the synthetic 10x database (150 agencies, ~23,000 reports a period).

Each figure is a median of RUNS runs beside its floor, measured in the same run:
- export of the 150 agencies' reporting workbooks for one period, as `gpa-desktop export-template --all`
  does it — floor: dumping the data sheet's cells with openpyxl's write-only mode; and a second, fairer
  floor: the cells of every sheet the export writes (report, lists, help, the hidden identity), write-only,
  each file by the same atomic write (temporary file, fsync, rename, fsync of the folder);
- import of those 150 workbooks, filled as officers would, in one `gpa-desktop import` command (read,
  validate, preview, one backup, each file in its own transaction) — floor: the raw read, one backup and
  the same rows and change-log rows written by executemany (import_floor); the import's read-and-preview
  half (`import --dry-run`) is shown beside python-calamine reading every cell of every sheet of the files;
- export of the period summary (one row per task x agency) — floor: write-only dump of the same rows;
  and reading it back through the import's reader (every row validated) — floor: calamine.
Peak memory: the resident set of a child process doing only that step (calamine allocates outside
Python's tracemalloc), beside the same for the floor.
Run: PYTHONPATH=. python tests/bench/bench_exchange.py   (BENCH_ONLY=export for the export alone,
     BENCH_ONLY=import for the import's two figures alone)
"""

from __future__ import annotations

import io
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import Timing, alternated, goal_table, paired  # noqa: E402
from synthetic import synthetic_database  # noqa: E402

PERIOD = "2030"
RUNS = int(os.environ.get("BENCH_RUNS", "5"))


def export_all(db, folder: Path) -> int:
    """As `gpa-desktop export-template --all` does it (operations.export_templates): the plan and the
    period's reports read once, then each agency's workbook."""
    from gpa_desktop.exchange.template import export_template, template_file_name
    from gpa_desktop.storage.reports import period_values
    from gpa_desktop.storage.periods import period_row
    from gpa_desktop.storage.plan_store import read_plan

    with db.reading() as session:
        plan = read_plan(session)
        ends = period_row(session, PERIOD).ends_on
        agencies = sorted({d.agency for d in plan.duties(ends)})
        reports = period_values(session, PERIOD)
        for code in agencies:
            path = folder / template_file_name(code, PERIOD)
            export_template(session, code, PERIOD, path, db.installation_id, plan, reports=reports.get(code, {}))
    return len(agencies)


def export_all_closing(db_path: Path, folder: Path) -> int:
    from gpa_desktop.storage.database import Database

    db = Database.open(db_path)
    try:
        return export_all(db, folder)
    finally:
        db.close()


def raw_read(files: list[Path]) -> int:
    from python_calamine import CalamineWorkbook

    cells = 0
    for path in files:
        book = CalamineWorkbook.from_path(str(path))
        for name in book.sheet_names:
            cells += sum(len(row) for row in book.get_sheet_by_name(name).to_python())
    return cells


def import_command(db_path: Path, files: list[Path]) -> str:
    from gpa_desktop.cli import main

    out, err = io.StringIO(), io.StringIO()
    code = main(["--db", str(db_path), "import", *map(str, files)], out, err)
    assert code == 0, out.getvalue()[-2000:] + err.getvalue()
    return out.getvalue()


def preview_all(db_path: Path, files: list[Path]) -> str:
    """The import's read-and-preview half as an officer runs it: `gpa-desktop import --dry-run` (every file
    read in the reader processes, the next ones read ahead, validated, merged and shown; nothing written).
    What it showed, checked by shown_every_file after the timing."""
    from gpa_desktop.cli import main

    out, err = io.StringIO(), io.StringIO()
    code = main(["--db", str(db_path), "import", "--dry-run", *map(str, files)], out, err)
    assert code == 0, out.getvalue()[-2000:] + err.getvalue()
    return out.getvalue()


def shown_every_file(shown: str, files: list[Path]) -> None:
    assert all(f"{path.name}: " in shown for path in files), shown[-2000:]


def import_floor(db_path: Path, files: list[Path]) -> int:
    """The physical work an import cannot avoid: the raw read of the same files (every cell of every
    sheet), one SQLite backup of the database, and the same report rows with one change-log row per
    changed field written with executemany in one transaction per file (WAL, synchronous=FULL)."""
    import sqlite3
    from datetime import datetime, timezone

    from python_calamine import CalamineWorkbook

    from gpa_desktop.exchange.layout import DATA_SHEET

    connection = sqlite3.connect(db_path, isolation_level=None)
    copy = sqlite3.connect(db_path.with_name("floor-backup.sqlite3"))
    connection.backup(copy)
    copy.close()
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    tasks = dict(connection.execute("SELECT code, id FROM task"))
    agencies = dict(connection.execute("SELECT code, id FROM agency"))
    period_id = connection.execute("SELECT id FROM reporting_period WHERE code = ?", (PERIOD,)).fetchone()[0]
    status_of = {label: code for code, label in connection.execute("SELECT code, label FROM status")}
    installation = connection.execute("SELECT value FROM app_meta WHERE key = 'installation_id'").fetchone()[0]
    batch = connection.execute("SELECT coalesce(max(batch), 0) FROM change_log").fetchone()[0]
    written = 0
    for path in files:
        book = CalamineWorkbook.from_path(str(path))
        sheets = {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}
        agency = path.stem.split("_")[1]  # BaoCao_<agency>_<period>.xlsx
        rows = sheets[DATA_SHEET]
        header = next(i for i, row in enumerate(rows) if row and row[0] == "Mã nhiệm vụ")
        now = datetime.now(timezone.utc).replace(tzinfo=None).isoformat(" ")
        values = [
            (status_of[row[4]], int(row[5]), row[6], now, tasks[row[0]], agencies[agency], period_id)
            for row in rows[header + 1:] if row and row[0]
        ]
        batch += 1
        connection.execute("BEGIN")
        old = {
            task_id: (report_id, status, percent, results)
            for report_id, task_id, status, percent, results in connection.execute(
                "SELECT id, task_id, status, percent, results FROM progress_report WHERE agency_id = ? AND period_id = ?",
                (agencies[agency], period_id),
            )
        }
        connection.executemany(  # a report nobody filed yet is created (the synthetic period has them all)
            "INSERT INTO progress_report (status, percent, results, updated_at, received_at, task_id, agency_id, period_id, "
            "difficulties, proposals, evidence, reporter, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', '', '', '', 0)",
            [(*v[:4], now, *v[4:]) for v in values if v[4] not in old],
        )
        connection.executemany(
            "UPDATE progress_report SET status = ?, percent = ?, results = ?, updated_at = ?, revision = revision + 1 "
            "WHERE task_id = ? AND agency_id = ? AND period_id = ?",
            values,
        )
        if len(old) < len(values):
            old = {
                task_id: (report_id, *old.get(task_id, (None, None, None, None))[1:])
                for report_id, task_id in connection.execute(
                    "SELECT id, task_id FROM progress_report WHERE agency_id = ? AND period_id = ?", (agencies[agency], period_id)
                )
            }
        log = []
        for status, percent, results, _now, task_id, _agency, _period in values:
            report_id, *before = old[task_id]
            for field, was, new in zip(("status", "percent", "results"), before, (status, percent, results)):
                if was != new:
                    log.append((batch, now, installation, "", f"import:{path.name}", "progress_report", report_id, f"{task_id}", field, repr(was), repr(new)))
        connection.executemany(
            "INSERT INTO change_log (batch, at, installation, actor, source, entity, entity_id, entity_key, field, old, new) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            log,
        )
        connection.execute("COMMIT")
        written += len(values)
    connection.close()
    return written


def read_summary(path: Path) -> int:
    from gpa_desktop.exchange.reading import read_workbook
    from gpa_desktop.exchange.summary_workbook import ALL_REPORTS

    labels = {"not_started": "Chưa thực hiện", "in_progress": "Đang thực hiện", "done": "Đã hoàn thành", "behind": "Chậm tiến độ"}
    book = read_workbook(path, labels, ALL_REPORTS)  # its group sheets could each be a report: name the whole one
    return len(book.rows) + len(book.errors)


def child(step: str, *args: str) -> None:
    """One step alone in this process; prints its peak resident set in MiB."""
    from gpa_desktop.storage.database import Database

    if step == "export":
        db = Database.open(Path(args[0]))
        export_all(db, Path(args[1]))
        db.close()
    elif step == "dump":
        dump(Path(args[0]), Path(args[1]))
    elif step == "import":
        import_command(Path(args[0]), sorted(Path(args[1]).glob("*.xlsx")))
    elif step == "raw":
        raw_read(sorted(Path(args[0]).glob("*.xlsx")))
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across exec
    status = Path("/proc/self/status").read_text() if Path("/proc/self/status").exists() else ""
    hwm = next((line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")), None)
    print(int(hwm) / 1024 if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def dump(db_path: Path, folder: Path) -> None:
    """The floor of the export: the same cells, openpyxl write-only, no styles, checks or identity."""
    from openpyxl import Workbook

    from gpa_desktop.exchange.template import template_content
    from gpa_desktop.storage.database import Database
    from gpa_desktop.storage.periods import period_row
    from gpa_desktop.storage.plan_store import read_plan

    db = Database.open(db_path)
    with db.reading() as session:
        plan = read_plan(session)
        ends = period_row(session, PERIOD).ends_on
        for code in sorted({d.agency for d in plan.duties(ends)}):
            content = template_content(session, plan, code, PERIOD, db.installation_id)
            book = Workbook(write_only=True)
            sheet = book.create_sheet()
            for row in content.rows:
                v = row.values
                sheet.append([
                    row.duty.task, row.task_text, row.duty.role.value, row.deadline,
                    *((v.status, v.percent, v.results, v.difficulties, v.proposals, v.budget, v.evidence) if v else ()),
                ])
            book.save(folder / f"{code}.xlsx")
    db.close()


def sheets_written(folder: Path) -> dict[str, list[tuple[str, list[tuple]]]]:
    """Every sheet's cell values of the exported workbooks in *folder*, by agency: what the fair floor writes."""
    from openpyxl import load_workbook

    out = {}
    for path in sorted(folder.glob("*.xlsx")):
        book = load_workbook(path, read_only=True)
        out[path.name] = [(sheet.title, list(sheet.iter_rows(values_only=True))) for sheet in book.worksheets]
        book.close()
    return out


def fair_dump(db_path: Path, folder: Path, sheets: dict[str, list[tuple[str, list[tuple]]]]) -> None:
    """The fair floor of the export: the same read as dump(), then every sheet's cells as the export wrote
    them (no styles, checks, row heights or sealing), write-only, and the same atomic write per file."""
    from openpyxl import Workbook

    from gpa_desktop.exchange.template import template_content, template_file_name
    from gpa_desktop.storage.database import Database
    from gpa_desktop.storage.files import atomic_write
    from gpa_desktop.storage.periods import period_row
    from gpa_desktop.storage.plan_store import read_plan

    db = Database.open(db_path)
    with db.reading() as session:
        plan = read_plan(session)
        ends = period_row(session, PERIOD).ends_on
        for code in sorted({d.agency for d in plan.duties(ends)}):
            template_content(session, plan, code, PERIOD, db.installation_id)
            name = template_file_name(code, PERIOD)
            book = Workbook(write_only=True)
            for title, rows in sheets[name]:
                sheet = book.create_sheet(title)
                for row in rows:
                    sheet.append(row)
            with atomic_write(folder / name) as temp:
                book.save(temp)
    db.close()


def peak_of(step: str, *args) -> float:
    result = subprocess.run(
        [sys.executable, __file__, "--child", step, *map(str, args)], capture_output=True, text=True, check=True
    )
    return float(result.stdout.strip().splitlines()[-1])


def fill(templates: Path, filled: Path) -> tuple[list[Path], int]:
    """Every agency fills every row: a status, a percent and a sentence (what an import then writes)."""
    from openpyxl import load_workbook

    filled.mkdir()
    rows = 0
    for path in sorted(templates.glob("*.xlsx")):
        book = load_workbook(path)
        sheet = book["Báo cáo"]
        for r in range(5, sheet.max_row + 1):
            if sheet.cell(r, 1).value:
                sheet.cell(r, 5).value = "Đang thực hiện"
                sheet.cell(r, 6).value = 55
                sheet.cell(r, 7).value = "Đã triển khai theo kế hoạch, đạt hơn một nửa khối lượng."
                rows += 1
        book.save(filled / path.name)
    return sorted(filled.glob("*.xlsx")), rows


def main() -> None:
    from openpyxl import Workbook

    from gpa_desktop.exchange.summary_workbook import summary_rows, write_summary_workbook
    from gpa_desktop.storage.backup import backup_database
    from gpa_desktop.storage.database import Database

    folder = Path(tempfile.mkdtemp(prefix="gpa-bench-exchange-"))
    pristine = synthetic_database(folder / "pristine.sqlite3")
    work = folder / "work.sqlite3"
    backup_database(pristine, work)
    db = Database.open(work)
    templates, floor_dir = folder / "templates", folder / "floor"
    templates.mkdir()
    floor_dir.mkdir()
    agencies = export_all(db, templates)
    db.close()
    sheets = sheets_written(templates)
    fair_dir = folder / "fair-floor"
    fair_dir.mkdir()
    only = os.environ.get("BENCH_ONLY")
    export_rows = []
    if only != "import":
        export_t, dump_t, fair_t = alternated(
            (lambda: export_all_closing(work, templates), lambda: dump(work, floor_dir), lambda: fair_dump(work, fair_dir, sheets)), RUNS
        )
        print(f"export: {export_t}, floor {dump_t}, fair floor {fair_t}", flush=True)
        export_rows = [
            (f"export {agencies} reporting workbooks", export_t, "openpyxl write-only dump of the data sheet's cells", dump_t, "≤ 1.5×"),
            ("— the same export beside a fairer floor", export_t, "every sheet's cells, write-only, by the same atomic write", fair_t, "—"),
        ]
    if only == "export":  # the export alone (the import takes many minutes)
        print(goal_table(export_rows))
        return

    files, rows_total = fill(templates, folder / "filled")
    previews: list[str] = []
    preview_t, raw_t = paired(lambda: previews.append(preview_all(work, files)), lambda: raw_read(files), RUNS)
    shown_every_file(previews[-1], files)

    def fresh() -> None:
        shutil.rmtree(work.parent / "backups", ignore_errors=True)
        backup_database(pristine, work)  # every run imports into the same untouched database

    import_times, floor_times, outputs = [], [], []
    for _ in range(RUNS):
        for action, times in ((lambda: outputs.append(import_command(work, files)), import_times), (lambda: import_floor(work, files), floor_times)):
            fresh()
            started = time.perf_counter()
            action()
            times.append(time.perf_counter() - started)
        print(f"import run: {import_times[-1]:.2f} s, floor {floor_times[-1]:.2f} s", flush=True)
    import_t, import_floor_t = Timing(import_times), Timing(floor_times)
    output = outputs[-1]
    assert output.count("Đã nhập: ghi") + output.count("Applied:") == len(files), output[-1500:]
    fresh()
    import_rows = [
        (f"import of {agencies} filled workbooks, one command", import_t, "raw read + one backup + executemany writes", import_floor_t, "≤ 2×"),
        ("— read + validate + preview alone", preview_t, "calamine read of every cell", raw_t, "≤ 3×"),
    ]
    if only == "import":
        print(goal_table(import_rows))
        return

    db = Database.open(work)
    with db.transaction() as session:
        lines, _completeness, _due = summary_rows(session, PERIOD)
    summary_path = folder / "summary.xlsx"

    def summary() -> None:
        with db.transaction() as session:
            write_summary_workbook(session, PERIOD, summary_path)

    def summary_floor() -> None:  # the same cells: every row on the first sheet and again on its group's sheet
        book = Workbook(write_only=True)
        for rows in (lines, sorted(lines, key=lambda line: int(line[0]))):
            sheet = book.create_sheet()
            for line in rows:
                sheet.append(list(line))
        book.save(folder / "summary-floor.xlsx")

    summary_t, summary_floor_t = paired(summary, summary_floor, RUNS)
    db.close()
    summary_read_t, summary_raw_t = paired(lambda: read_summary(summary_path), lambda: raw_read([summary_path]), RUNS)
    assert read_summary(summary_path) >= len(lines)

    backup_database(pristine, work)
    shutil.rmtree(floor_dir)
    floor_dir.mkdir()
    peaks = {
        "export": peak_of("export", work, templates),
        "dump": peak_of("dump", work, floor_dir),
        "raw": peak_of("raw", folder / "filled"),
        "import": peak_of("import", work, folder / "filled"),
    }

    print(f"{agencies} agency workbooks, {rows_total} filled rows; summary of {len(lines)} rows; median of {RUNS} runs (min–max)")
    print(
        goal_table(
            [
                *import_rows,
                *export_rows,
                (f"export the period summary ({len(lines)} rows)", summary_t, "write-only dump, same rows ×2", summary_floor_t, "—"),
                ("read + validate the summary (import reader)", summary_read_t, "calamine read of every cell", summary_raw_t, "—"),
            ]
        )
    )
    print(
        "peak resident memory of a process doing only that (MiB): "
        f"export {peaks['export']:.0f} vs dump {peaks['dump']:.0f}; import {peaks['import']:.0f} vs calamine read {peaks['raw']:.0f}"
    )
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(*sys.argv[2:])
    else:
        main()
