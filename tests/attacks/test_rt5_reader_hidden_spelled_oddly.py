"""Red team 5: hiding markup that `_hidden_element` (gates/detect/reader.py) does not recognise, so the filler
inside it joins the text around it in the reader view and splits a number or mark the browser shows whole.

Each spelling below was rendered with Python-Markdown (tables, attr_list, toc, as mkdocs.yml) and opened in
headless Chromium: the page shows 联系电话 13800138000。 (for the CSS ones the comma is laid out with zero
size or zero opacity, like the font-size:0 / opacity:0 the fix handles).

- `<span hidden/>`: "/>" on a non-void HTML element is ignored by browsers, the span is open and hidden; the
  reader treats any tag ending in "/>" as empty.
- `<span/hidden>`: a "/" between attributes is whitespace to a browser; the reader's regex wants \\s before
  `hidden`.
- `style="display&#58;none"`: attribute values are entity-decoded before CSS sees them.
- `style="display:/**/none"`: a CSS comment.
- `style="font:0/0 a"`: the font shorthand sets font-size 0 (the classic image-replacement idiom).
- `style="opacity:.0"`: a number without its leading zero.
- `<span hidden><!--</span>-->,</span>`: the reader's end-tag search does not skip comments.
- `<canvas width=0 height=0>,</canvas>`: fallback content of a canvas is not rendered.

Secure behaviour: SEC003 (and SEC001 for the mark) as for the plain text.
"""

from __future__ import annotations

import pytest

from gates.rules.sec import sec001_secrecy_mark, sec003_mobile
from tests.conftest import Site, codes

HIDERS = [
    "<span hidden/>{}</span>",
    "<span/hidden>{}</span>",
    '<span style="display&#58;none">{}</span>',
    '<span style="display:/**/none">{}</span>',
    '<span style="font:0/0 a">{}</span>',
    '<span style="opacity:.0">{}</span>',
    "<span hidden><!--</span>-->{}</span>",
    "<canvas width=0 height=0>{}</canvas>",
]


def test_the_control_with_plain_hidden_is_found(site: Site) -> None:
    path = site.page("content/news/a.md", body="联系电话 1380013<span hidden>,</span>8000。\n")
    assert "SEC003" in codes(site.check(path, rules=[sec003_mobile.RULE]))


@pytest.mark.parametrize("hider", HIDERS)
def test_a_mobile_split_by_oddly_spelled_hidden_text_is_found(site: Site, hider: str) -> None:
    path = site.page("content/news/a.md", body="联系电话 1380013" + hider.format(",") + "8000。\n")
    assert "SEC003" in codes(site.check(path, rules=[sec003_mobile.RULE]))


@pytest.mark.parametrize("hider", HIDERS)
def test_a_mark_split_by_oddly_spelled_hidden_text_is_found(site: Site, hider: str) -> None:
    path = site.page("content/news/a.md", body="机" + hider.format("，") + "密★1年\n")
    assert "SEC001" in codes(site.check(path, rules=[sec001_secrecy_mark.RULE]))
