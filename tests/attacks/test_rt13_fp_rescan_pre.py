"""Red team 13, false positive: a re-scan reads the text of a rendered <pre> (a Markdown indented code block:
<pre><code>…</code></pre>) or <textarea> with soft_breaks. In the rendered text the tags are gone, so nothing
tells soft_breaks the block keeps its newlines (its <pre> rule looks for the tag in the source), and two lines of
code are joined. A browser shows them on two lines. `gates check` of the same Markdown source finds nothing
(red team 12's indented-code fix); the re-scan of the built page reports a mobile number.

Inputs (the built region, both region readers):
    <pre><code>张三1380013\\n8000\\n</code></pre>     (Markdown: `    张三1380013\\n    8000`)   got: a mobile
    <textarea>张三1380013\\n8000</textarea>                                                got: a mobile
Expected: no number.
"""

from __future__ import annotations

import markdown
import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.sec.scan import _scan
from tests.conftest import Site

PAGE = "<html><body>\n<div data-gates-content>\n{x}\n</div><!-- /data-gates-content -->\n</body></html>"
READERS = [content_document, HtmlDocument.parse]


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize("region", [markdown.markdown("    张三1380013\n    8000\n", extensions=["tables"]),
                                    "<textarea>张三1380013\n8000</textarea>"])
def test_rescan_of_pre_lines(read, region: str) -> None:  # type: ignore[no-untyped-def]
    assert "\n8000" in region
    assert [h.kind for h, _ in _scan(read("a.html", PAGE.format(x=region))).numbers] == []


def test_control_check_of_the_source(site: Site) -> None:
    head = "---\ntitle: 关于开展冬季安全生产检查的通知\ncolumn: news\nunit: qzfb\ndisclosure: 主动公开\nstatus: draft\n---\n"
    (site.root / "content/news").mkdir(parents=True)
    (site.root / "content/news/a.md").write_text(head + "    张三1380013\n    8000\n", encoding="utf-8")
    assert [f.code for f in site.check("content/news/a.md") if f.code[:2] == "SE"] == []
