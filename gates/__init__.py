"""gates: publishing gates for a district government's website and new-media accounts."""

from __future__ import annotations

__version__ = "0.1.0"
