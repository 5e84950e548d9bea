"""Small readers shared by several rules."""

from __future__ import annotations

import datetime as dt
import re

from gates.model import Page

ARTICLE_KEYS = ("title", "column", "unit", "disclosure", "status")
STATUSES = ("draft", "published", "withdrawn")
DATE_KEYS = ("date", "written_date", "review_due")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def raw_value(page: Page, key: str) -> str | None:
    """The text after `key:` on its own line, unquoted, as the editor typed it."""
    line_no = page.key_lines.get(key)
    if line_no is None:
        return None
    line = page.text.split("\n", line_no)[line_no - 1]
    value = line.split(":", 1)[1].split(" #", 1)[0].strip()
    return value.strip("'\"")


def as_date(value: object) -> dt.date | None:
    """A front matter value as a date, if it is one (PyYAML gives date objects for YYYY-MM-DD)."""
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
    return bool(_ISO_DATE.fullmatch(text)) and as_date(text) is not None


def is_article(page: Page) -> bool:
    """Articles carry the full front matter; home and column index pages only a title."""
    return not page.is_index
