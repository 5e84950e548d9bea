from __future__ import annotations

from gates.cli import run

run()
