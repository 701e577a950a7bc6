"""Benchmark: Excel exchange at province scale on the synthetic 10x database (150 agencies, ~23,000 reports a period).

Each figure is a median of RUNS runs beside its floor, measured in the same run:
- export of the 150 agencies' reporting workbooks for one period, as `gpa-desktop export-template --all`
  does it — floor: dumping the same cells with openpyxl's write-only mode;
- import of those 150 workbooks, filled as officers would, in one `gpa-desktop import` command (read,
  validate, preview, one backup, each file in its own transaction) — floor: python-calamine reading
  every cell of every sheet of the same files; the import's read-and-preview half is shown too;
- export of the period summary (one row per task x agency) — floor: write-only dump of the same rows;
  and reading it back through the import's reader (every row validated) — floor: calamine.
Peak memory: the resident set of a child process doing only that step (calamine allocates outside
Python's tracemalloc), beside the same for the floor.
Run: PYTHONPATH=. python tests/bench/bench_exchange.py
"""

from __future__ import annotations

import io
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import median_seconds, table  # noqa: E402
from synthetic import synthetic_database  # noqa: E402

PERIOD = "2030"
RUNS = 3


def export_all(db, folder: Path) -> int:
    from gpa_desktop.exchange.template import export_template, template_file_name
    from gpa_desktop.storage.periods import ensure_period
    from gpa_desktop.storage.plan_store import read_plan

    with db.transaction() as session:
        plan = read_plan(session)
        ends = ensure_period(session, PERIOD).ends_on
        agencies = sorted({d.agency for d in plan.duties(ends)})
        for code in agencies:
            export_template(session, code, PERIOD, folder / template_file_name(code, PERIOD), db.installation_id, plan)
    return len(agencies)


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


def preview_all(db_path: Path, files: list[Path]) -> None:
    from gpa_desktop.exchange.importer import preview_import
    from gpa_desktop.storage.database import Database
    from gpa_desktop.storage.plan_store import read_plan

    db = Database.open(db_path)
    with db.transaction() as session:
        plan = read_plan(session)
        for path in files:
            preview = preview_import(session, path, plan=plan)
            assert preview.fatal is None and not preview.errors
    db.close()


def read_summary(path: Path) -> int:
    from gpa_desktop.exchange.reading import read_workbook

    labels = {"not_started": "Chưa thực hiện", "in_progress": "Đang thực hiện", "done": "Đã hoàn thành", "behind": "Chậm tiến độ"}
    book = read_workbook(path, labels)
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
    from gpa_desktop.storage.periods import ensure_period
    from gpa_desktop.storage.plan_store import read_plan

    db = Database.open(db_path)
    with db.transaction() as session:
        plan = read_plan(session)
        ends = ensure_period(session, PERIOD).ends_on
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
    export_s = median_seconds(lambda: export_all(db, templates), RUNS)
    db.close()
    dump_s = median_seconds(lambda: dump(work, floor_dir), RUNS)
    print(f"export: {export_s:.2f} s, floor {dump_s:.2f} s", flush=True)

    files, rows_total = fill(templates, folder / "filled")
    raw_s = median_seconds(lambda: raw_read(files), RUNS)
    preview_s = median_seconds(lambda: preview_all(work, files), RUNS)

    import_times = []
    for _ in range(RUNS):
        shutil.rmtree(work.parent / "backups", ignore_errors=True)
        backup_database(pristine, work)  # every run imports into the same untouched database
        started = time.perf_counter()
        output = import_command(work, files)
        import_times.append(time.perf_counter() - started)
        print(f"import run: {import_times[-1]:.2f} s", flush=True)
    import_s = sorted(import_times)[len(import_times) // 2]
    assert output.count("Đã nhập: ghi") + output.count("Applied:") == len(files), output[-1500:]

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

    summary_s = median_seconds(summary, RUNS)
    summary_floor_s = median_seconds(summary_floor, RUNS)
    db.close()
    summary_read_s = median_seconds(lambda: read_summary(summary_path), RUNS)
    summary_raw_s = median_seconds(lambda: raw_read([summary_path]), RUNS)
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

    print(f"{agencies} agency workbooks, {rows_total} filled rows; summary of {len(lines)} rows; medians of {RUNS} runs")
    print(
        table(
            [
                (f"export {agencies} reporting workbooks", export_s, "openpyxl write-only dump, same cells", dump_s),
                (f"import {agencies} filled workbooks, one command", import_s, "calamine read of every cell", raw_s),
                ("  of which read + validate + preview", preview_s, "calamine read of every cell", raw_s),
                (f"export the period summary ({len(lines)} rows)", summary_s, "openpyxl write-only dump, same rows x2", summary_floor_s),
                ("read + validate the summary (import reader)", summary_read_s, "calamine read of every cell", summary_raw_s),
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
