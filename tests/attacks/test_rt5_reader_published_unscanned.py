"""Red team 5: text published in the page (in its HTML source, or shown on hover) that the SEC rules never read.

Red team 4's fix reads the content of hidden elements "on its own" because "it is still published in the
page's source" (ReaderText.hidden, gates/rules/sec/scan.py). Three places escape that:

- A hidden element inside a hidden element: scan.py reads `reader_text(content).text` of the outer one, and
  the inner one's content lands in that second ReaderText's `hidden`, which nobody reads.
- A hidden element inside Markdown link text: `_token` replaces `[text](url)` by `reader_text(text).text`
  and drops its `hidden` list.
- A link's or image's title (`[联系我们](https://www.gov.cn "…")`): `_AT_LINK` keeps only the link text, the
  title is dropped. Python-Markdown writes it into `title="…"`, which the browser shows as a tooltip on hover.

Secure behaviour: SEC002 for each, as for `<span hidden>身份证 11010519491231002X</span>`.
"""

from __future__ import annotations

import pytest

from gates.rules.sec import sec002_id_number
from tests.conftest import Site, codes

ID = "身份证 11010519491231002X"
BODIES = [
    f"<span hidden><span hidden>{ID}</span></span>",
    f"<template><span hidden>{ID}</span></template>",
    f"[<span hidden>{ID}</span>](contact.html)",
    f'[联系我们](https://www.gov.cn "{ID}")',
    f'![办事大厅](hall.png "{ID}")',
]


def test_the_control_in_one_hidden_element_is_found(site: Site) -> None:
    path = site.page("content/news/a.md", body=f"<span hidden>{ID}</span>\n")
    assert "SEC002" in codes(site.check(path, rules=[sec002_id_number.RULE]))


@pytest.mark.parametrize("body", BODIES)
def test_a_published_id_number_is_found(site: Site, body: str) -> None:
    path = site.page("content/news/a.md", body=body + "\n")
    assert "SEC002" in codes(site.check(path, rules=[sec002_id_number.RULE]))
