from __future__ import annotations

import sys

from gates.cli import main

sys.exit(main())
