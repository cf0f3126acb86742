"""Shared helpers for benchmarks: timing, percentiles and a uniform report line."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")


def percentile(samples: Sequence[float], pct: float) -> float:
    """Return the `pct` percentile (0-100) of `samples` by nearest rank."""
    if not samples:
        raise ValueError("no samples")
    ordered = sorted(samples)
    rank = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def time_calls(fn: Callable[[], T], repeat: int) -> list[float]:
    """Call `fn` `repeat` times and return each call's wall time in seconds."""
    out: list[float] = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def summary(name: str, samples: Sequence[float], unit: float = 1e-3, label: str = "ms") -> str:
    """Return one report line: median, p99 and count, in `label` units."""
    return (
        f"{name}: median {statistics.median(samples) / unit:.3f} {label}, "
        f"p99 {percentile(samples, 99) / unit:.3f} {label}, n={len(samples)}"
    )


def worst_under(bar_seconds: float, samples: Sequence[float]) -> int:
    """Print whether every sample is under the bar; return the exit status (0 when it is)."""
    worst = max(samples)
    verdict = "ok" if worst < bar_seconds else "FAIL"
    print(
        f"bar: every run under {bar_seconds * 1000:.0f} ms: worst {worst * 1000:.1f} ms: {verdict}"
    )
    return 0 if worst < bar_seconds else 1
