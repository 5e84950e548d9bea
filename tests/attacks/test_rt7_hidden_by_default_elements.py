"""Red team 7: elements a browser hides with no attribute and no style sheet: `<audio>` without `controls` and a
`<dialog>` that is not open are `display: none` in every browser's own style sheet. Neither is in
`_HIDING_TAGS` (reader) or `VEILING_TAGS` (rendered pages), so their filler splits a number or a mark for SEC
while the page shows it whole. Python-Markdown passes both tags through.

Inputs: `身份证号1101<audio>填充</audio>0519491231002X。`, `机<dialog>x</dialog>密★5年`, and the same number on a
rendered page read by both region readers. Secure behaviour: SEC002 / SEC001.
"""

from __future__ import annotations

import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.sec.scan import _scan
from tests.conftest import Site

ID = "11010519491231002X"


def _codes(site: Site, body: str) -> list[str]:
    site.page("content/news/a.md", body=body)
    return [f.code for f in site.check()]


@pytest.mark.parametrize("tag", ["audio", "dialog"])
def test_number_split_by_an_element_hidden_by_default(site: Site, tag: str) -> None:
    assert "SEC002" in _codes(site, f"身份证号{ID[:4]}<{tag}>填充</{tag}>{ID[4:]}。\n")


@pytest.mark.parametrize("tag", ["audio", "dialog"])
def test_mark_split_by_an_element_hidden_by_default(site: Site, tag: str) -> None:
    assert "SEC001" in _codes(site, f"机<{tag}>x</{tag}>密★5年\n")


def test_control_a_template_is_taken_as_hidden(site: Site) -> None:
    assert "SEC002" in _codes(site, f"身份证号{ID[:4]}<template>填充</template>{ID[4:]}。\n")


@pytest.mark.parametrize("read", [content_document, HtmlDocument.parse])
def test_rendered_page_number_split_by_audio(read) -> None:  # type: ignore[no-untyped-def]
    html = ('<html><body>\n<div data-gates-content>\n'
            f'<p>身份证号{ID[:4]}<audio>填充</audio>{ID[4:]}。</p>\n</div><!-- /data-gates-content -->\n</body></html>')
    assert [hit.digits for hit, _ in _scan(read("a.html", html)).numbers] == [ID]
