"""Benchmark: signing the 1,650-page province report (synthetic 10x database) on a SoftHSM2 token,
beside building the same report unsigned (the floor: what the officer waits for anyway).

Signing is one incremental update: pyHanko reads the file's cross-reference table, writes the
signature field, the stamp and a placeholder, hashes the whole file once and has the token sign
that digest (one RSA-2048 operation). Both are timed in the same run, interleaved.

Run: PYTHONPATH=. python tests/bench/bench_signing.py [--runs N] [--period 2024]
(needs softhsm2; the token is made in a temporary folder)

02/12/2026, 5 runs each, on a shared 2-core machine (busy: bench_reports measured the build at 16.0 s
on a quieter day): 1,650 pages, 3.7 MiB; signing 0.27 s median (1.34, 0.33, 0.15, 0.26, 0.27 s: the
first loads pyHanko), building 31.1 s median (31.1, 33.6, 40.2, 29.9, 31.1 s): signing adds 0.9 %.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import table  # noqa: E402
from synthetic import synthetic_database  # noqa: E402


def main() -> None:
    from gpa_desktop.reports.data import ReportOptions
    from gpa_desktop.reports.province_report import build_province_report
    from gpa_desktop.reports.signing import TokenChoice, open_token
    from gpa_desktop.storage.database import Database
    from tests.softhsm import PIN, available, make_hsm

    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--period", default="2024")
    args = parser.parse_args()
    if available():
        sys.exit(available())

    folder = Path(tempfile.mkdtemp())
    hsm = make_hsm(folder / "softhsm")
    db = Database.open(synthetic_database(folder / "bench.sqlite3"))
    options = ReportOptions(issued_on=date(2025, 1, 5), signer_name="Nguyễn Văn An")
    unsigned, signed = folder / "province.pdf", folder / "province-signed.pdf"
    pages = {}

    def build() -> float:
        started = time.perf_counter()
        with db.transaction() as session:
            pages["report"] = build_province_report(session, args.period, options, unsigned)[1]
        return time.perf_counter() - started

    builds, signs = [], []
    with open_token(TokenChoice(library=hsm.library, token_label="GPA Test"), PIN) as token:
        for _ in range(args.runs):  # interleaved: both see the same machine state
            builds.append(build())
            started = time.perf_counter()
            token.sign(unsigned, signed)
            signs.append(time.perf_counter() - started)
    size_unsigned, size_signed = unsigned.stat().st_size, signed.stat().st_size
    db.close()
    shutil.rmtree(folder)
    print(
        f"province report {args.period}: {pages['report']} pages, {size_unsigned / 2**20:.1f} MiB unsigned, "
        f"+{(size_signed - size_unsigned) / 1024:.0f} KiB signed; {args.runs} runs each "
        f"(build {', '.join(f'{b:.1f}' for b in builds)} s; sign {', '.join(f'{s:.2f}' for s in signs)} s)"
    )
    sign_s, build_s = statistics.median(signs), statistics.median(builds)
    print(table([("signing it on the token (PAdES B-B)", sign_s, "building it unsigned", build_s)]))
    print(f"signing adds {sign_s / build_s:.1%} to building")


if __name__ == "__main__":
    main()
