"""Time one whole process and read its peak memory the way the kernel accounts for it.

os.wait4 returns a child's rusage when it is reaped; on Linux its ru_maxrss is the largest resident set of
the child and of every descendant it waited for (a git commit's hook, the hook's gates process), in KiB.
One catch: at exec the kernel also counts the peak of the memory image being replaced, i.e. the parent
that forked. Forked straight from the runner (a Python with PyYAML loaded), every process would seem to
need at least the runner's ~25 MiB. So the runner starts trampoline.py, a small Python (`python -S -I`,
about 8 MiB), that forks and execs the command, waits for it with wait4, and writes
"seconds peak_kib exit_code" to a result file: the /usr/bin/time -v approach, without needing GNU time.
Its own start-up is outside the timed span; its size is the floor of every peak reported.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

TRAMPOLINE = Path(__file__).resolve().parent / "trampoline.py"


@dataclass(frozen=True)
class Sample:
    seconds: float
    peak_kib: int
    returncode: int
    cpu_seconds: float = 0.0  # the command's own CPU time, its descendants' included
    busy_seconds: float = -1.0  # CPU time the machine spent on anything meanwhile; -1: not known (no /proc/stat)

    def others(self) -> float | None:
        """How many cores other work kept busy, on average, while the command ran; None if not known."""
        if self.busy_seconds < 0 or self.seconds <= 0:
            return None
        return max(0.0, self.busy_seconds - self.cpu_seconds) / self.seconds


def run(argv: Sequence[str], cwd: Path, env: dict[str, str], output: Path) -> Sample:
    """Run argv to completion; its stdout goes to output, its stderr to output + ".err".

    Files, not pipes: a pipe nobody reads while the child runs would stall a child that writes a lot.
    """
    result = Path(f"{output}.rusage")
    result.unlink(missing_ok=True)
    with open(output, "wb") as out, open(f"{output}.err", "wb") as err:
        code = subprocess.call([sys.executable, "-S", "-I", str(TRAMPOLINE), str(result), *argv], cwd=cwd, env=env,
                               stdout=out, stderr=err, stdin=subprocess.DEVNULL)
    if not result.exists():
        raise OSError(f"the measuring trampoline failed (exit {code}) for {' '.join(argv)}")
    seconds, peak, returncode, cpu, busy = result.read_text().split()
    return Sample(float(seconds), int(peak), int(returncode), float(cpu), float(busy))
