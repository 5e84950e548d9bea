"""The one date parser: front matter, config and trailers all speak YYYY-MM-DD, as FM007 enforces."""

from __future__ import annotations

import datetime as dt
import re

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_date(value: object) -> dt.date | None:
    """A value as a date, if it is one: a date object (PyYAML gives those for YYYY-MM-DD) or YYYY-MM-DD text."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def is_iso_date_text(text: str) -> bool:
    return bool(_ISO_DATE.fullmatch(text)) and parse_date(text) is not None


# The district's clock (SPEC section 4): roles, rosters and publication days are judged in Asia/Shanghai,
# whatever time zone the machine that runs the gates is set to. China keeps no daylight saving time.
SHANGHAI = dt.timezone(dt.timedelta(hours=8), "Asia/Shanghai")


def today() -> dt.date:
    return dt.datetime.now(SHANGHAI).date()
