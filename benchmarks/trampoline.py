"""Fork, exec and wait4 one command; write "seconds peak_kib exit_code cpu_seconds busy_seconds" to a file (see
measure.py).

busy_seconds: CPU time the whole machine spent on anything while the command ran (from /proc/stat; -1 where
there is none). Less the command's own CPU time, it is what other work took from the run: a noisy neighbour.

Kept to os, sys and time so the process is as small as a Python can be (`python -S -I`): the kernel counts
the forking image's peak in the child's ru_maxrss, so this file's own size is the floor of every peak.
"""

import os
import sys
import time


def busy_ticks() -> int:
    """Clock ticks every CPU spent on anything but idling or waiting for a disk, since boot; -1 if unknown."""
    try:
        with open("/proc/stat") as handle:
            fields = handle.readline().split()
    except OSError:
        return -1
    if not fields or fields[0] != "cpu":
        return -1
    ticks = [int(f) for f in fields[1:]]
    return sum(ticks[:8]) - ticks[3] - ticks[4]  # user nice system idle iowait irq softirq steal


def main(result: str, argv: list[str]) -> int:
    before = busy_ticks()
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            os.execvp(argv[0], argv)
        finally:
            os._exit(127)  # exec failed: the command was not found or not executable
    _, status, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - start
    after = busy_ticks()
    busy = -1.0 if before < 0 or after < 0 else (after - before) / os.sysconf("SC_CLK_TCK")
    with open(result, "w") as handle:
        handle.write(f"{seconds:.6f} {usage.ru_maxrss} {os.waitstatus_to_exitcode(status)} "
                     f"{usage.ru_utime + usage.ru_stime:.6f} {busy:.3f}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
