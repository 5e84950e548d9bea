"""Regenerate the rules part of docs/guide.md (everything after its marker heading) from the rule objects."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gates import rules  # noqa: E402  (after the path: runnable from a checkout)
from gates.cli.rules import as_guide  # noqa: E402

MARKER = "## 四、规则一览 (按族)\n\n"


def main() -> int:
    guide = ROOT / "docs" / "guide.md"
    head, found, _ = guide.read_text(encoding="utf-8").partition(MARKER)
    if not found:
        sys.exit(f"{guide}: marker heading {MARKER.strip()!r} not found")
    guide.write_text(head + MARKER + as_guide(rules.RULES), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
