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


class Timing:
    """Seconds of repeated runs of one measure: quoted as the median with the min–max beside it."""

    def __init__(self, times: list[float]) -> None:
        self.times = times

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    def __str__(self) -> str:
        return f"{_seconds(self.median)} ({_seconds(min(self.times))}–{_seconds(max(self.times))})"


def _seconds(value: float) -> str:
    return f"{value * 1000:.1f} ms" if value < 0.1 else f"{value:.3f} s"


def paired(ours: Callable[[], object], floor: Callable[[], object], runs: int = 5) -> tuple[Timing, Timing]:
    """Time *ours* and its *floor* alternately, *runs* times each: on a shared, loaded machine a
    figure means something only beside a floor measured in the same moments."""
    a, b = alternated((ours, floor), runs)
    return a, b


def alternated(actions: tuple[Callable[[], object], ...], runs: int = 5) -> list[Timing]:
    """Time each of *actions* in turn, *runs* rounds: a figure and its floors in the same moments."""
    times: list[list[float]] = [[] for _ in actions]
    for _ in range(runs):
        for action, spent in zip(actions, times):
            started = time.perf_counter()
            action()
            spent.append(time.perf_counter() - started)
    return [Timing(t) for t in times]


def goal_table(rows: list[tuple[str, Timing, str, Timing | None, str]]) -> str:
    """(work, its timing, floor, the floor's timing or None, goal) → the issue's table in Markdown,
    medians with min–max beside them."""
    lines = ["| work | now | floor | ratio | goal |", "|---|---|---|---|---|"]
    for work, ours, floor_name, floor, goal in rows:
        if floor is None:
            lines.append(f"| {work} | {ours} | {floor_name} | — | {goal} |")
        else:
            lines.append(f"| {work} | {ours} | {floor_name}, {floor} | {ours.median / floor.median:.1f}× | {goal} |")
    return "\n".join(lines)
