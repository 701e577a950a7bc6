"""Helpers for benchmarks: medians of repeated runs, and a printed table of figures beside their floors."""

from __future__ import annotations

import statistics
import time
import tracemalloc
from collections.abc import Callable


def median_seconds(action: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def peak_mib(action: Callable[[], object]) -> float:
    tracemalloc.start()
    action()
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def table(rows: list[tuple[str, float, str, float]]) -> str:
    """(measure, seconds, floor measure, floor seconds) → a table with the ratio."""
    lines = [f"{'measure':<46}{'median s':>10}   {'floor':<40}{'median s':>10}{'ratio':>8}"]
    for name, ours, floor_name, floor in rows:
        lines.append(f"{name:<46}{ours:>10.3f}   {floor_name:<40}{floor:>10.3f}{ours / floor:>7.1f}x")
    return "\n".join(lines)
