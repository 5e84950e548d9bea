"""Red team 7: `gates check` reads what a hidden element holds on its own ("hidden from readers, yet in the
published source": detect/reader.py), so `<template>身份证号…</template>` is SEC002 in a Markdown page. On a
rendered page (`gates rescan`) both region readers skip <template> and <noscript> content altogether
(content.py `_SKIP`; the parser's reader likewise): an ID number published there re-scans clean. (<noscript> is
shown to every reader with scripts off.)

Input (content region of a built page): `<template>身份证号11010519491231002X</template>` and the same in
<noscript>. Secure behaviour: the number read, as `gates check` reads it.
"""

from __future__ import annotations

import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.sec.scan import _scan
from tests.conftest import Site

ID = "11010519491231002X"


def _page(inner: str) -> str:
    return ('<html><body>\n<div data-gates-content>\n'
            f'<p>通知。</p>\n{inner}\n</div><!-- /data-gates-content -->\n</body></html>')


def test_control_gates_check_reads_template_content(site: Site) -> None:
    site.page("content/news/a.md", body=f"通知。\n\n<template>身份证号{ID}</template>\n")
    assert "SEC002" in [f.code for f in site.check()]


@pytest.mark.parametrize("read", [content_document, HtmlDocument.parse])
@pytest.mark.parametrize("tag", ["template", "noscript"])
def test_rendered_page_reads_what_a_skipped_element_holds(read, tag: str) -> None:  # type: ignore[no-untyped-def]
    doc = read("a.html", _page(f"<{tag}>身份证号{ID}</{tag}>"))
    assert [hit.digits for hit, _ in _scan(doc).numbers] == [ID]
