"""benchmarks/measure.py: a whole process's time, peak memory, CPU time, and what other work took meanwhile."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from benchmarks import measure
from benchmarks.run import BUSY, Group, Measured

SPIN = "import time\nend = time.perf_counter() + {s}\nwhile time.perf_counter() < end: pass"


def spin(tmp_path: Path, seconds: float) -> measure.Sample:
    return measure.run([sys.executable, "-c", SPIN.format(s=seconds)], tmp_path, {}, tmp_path / "out.txt")


def test_a_busy_process_reports_its_own_cpu_time(tmp_path: Path) -> None:
    sample = spin(tmp_path, 0.4)
    assert sample.returncode == 0 and sample.seconds >= 0.4
    assert sample.cpu_seconds >= 0.3  # it spun on a core all along (the tick is 10 ms)
    assert sample.busy_seconds >= sample.cpu_seconds - 0.05  # the machine saw at least that much work


def test_a_neighbour_on_another_core_is_seen_and_the_targets_are_not_judged(tmp_path: Path) -> None:
    neighbour = subprocess.Popen([sys.executable, "-c", SPIN.format(s=3)])
    try:
        sample = spin(tmp_path, 0.8)
    finally:
        neighbour.kill()
        neighbour.wait()
    others = sample.others()
    assert others is not None and others > BUSY  # the neighbour kept a core busy the whole time
    measured = Measured(Group(1, "t", 1, "news", [], []), {"a": [sample]})
    assert measured.busy().startswith("not judged: other work used")


def test_an_unknown_machine_load_is_not_a_busy_one() -> None:
    sample = measure.Sample(1.0, 1000, 0, 0.5, -1.0)
    assert sample.others() is None
    assert Measured(Group(1, "t", 1, "news", [], []), {"a": [sample]}).busy() == ""
