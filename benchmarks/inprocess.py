"""What the in-process benchmarks (bench_content, bench_freshness, bench_terms) share."""

from __future__ import annotations

import time
from collections.abc import Callable


def timed(fn: Callable[[], int]) -> tuple[float, int]:
    """Seconds one call takes, and what it returned (a count, so the work cannot be optimised away)."""
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out
