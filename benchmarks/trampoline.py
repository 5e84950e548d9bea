"""Fork, exec and wait4 one command; write "seconds peak_kib exit_code" to a file (see measure.py).

Kept to os, sys and time so the process is as small as a Python can be (`python -S -I`): the kernel counts
the forking image's peak in the child's ru_maxrss, so this file's own size is the floor of every peak.
"""

import os
import sys
import time


def main(result: str, argv: list[str]) -> int:
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            os.execvp(argv[0], argv)
        finally:
            os._exit(127)  # exec failed: the command was not found or not executable
    _, status, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - start
    with open(result, "w") as handle:
        handle.write(f"{seconds:.6f} {usage.ru_maxrss} {os.waitstatus_to_exitcode(status)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
