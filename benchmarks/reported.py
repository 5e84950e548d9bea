"""What a separate benchmark script hands to `benchmarks/run.py`: its ratios, as JSON.

Rows 4-6 (the site build, the re-scan against LinkChecker, TERM with 10,000 terms) are measured by their own
scripts, each interleaving its own sides in one run; given `--json PATH`, a script writes its ratios there and
run.py puts them in the one table.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True)
class Reported:
    comparison: str  # "A / B"
    pages: int
    mix: str
    a_seconds: float  # medians
    b_seconds: float
    target: float | None = None  # the ratio must stay at or below this
    a_peak_mib: float | None = None  # None: measured in-process
    b_peak_mib: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.a_seconds / self.b_seconds


def write(path: Path, reported: list[Reported]) -> None:
    path.write_text(json.dumps([asdict(r) for r in reported], ensure_ascii=False, indent=1), encoding="utf-8")


def read(path: Path) -> list[Reported]:
    return [Reported(**item) for item in json.loads(path.read_text(encoding="utf-8"))]
