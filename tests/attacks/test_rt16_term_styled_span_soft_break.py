"""Red team 16: `_not_wrapped` (gates/domain/wording.py) drops a wrong form when ANY of the reader's views, read
with its soft line breaks joined, shows the hit's first character but does not find the wrong form there. One of
those views is the one with possibly hidden content left out (a span with a class or a style attribute, which a
style sheet may hide). A wrong form split by such a span is found in the view with the span kept in place; the
view without the span shows 台湾 but not 总统, so the hit counts as "completed into something else" and is dropped
— as soon as the paragraph has a soft line break anywhere (none joins anything at the wrong form). Inputs
(Markdown body):

    台湾<span class="x">总统</span>选举结果已于昨日\\n公布。               expected TERM001, got nothing
    台湾<span style="color:red">政府</span>发言人称\\n将于明日答复。       expected TERM001, got nothing

A browser shows 台湾总统选举结果已于昨日 公布。 (the span is shown: no sheet hides it). `gates rescan` of the
built page reports TERM001 (both readers). Control: the same paragraph on one line is reported by `gates check`.
"""

from __future__ import annotations

import markdown
import pytest

from tests.conftest import Site

BODIES = ['台湾<span class="x">总统</span>选举结果已于昨日{nl}公布。',
          '台湾<span style="color:red">政府</span>发言人称{nl}将于明日答复。']


@pytest.mark.parametrize("nl", ["\n", ""])
@pytest.mark.parametrize("body", BODIES)
def test_wrong_form_in_a_styled_span(site: Site, body: str, nl: str) -> None:
    body = body.format(nl=nl)
    assert markdown.markdown(body, extensions=["tables", "attr_list", "toc"]) == f"<p>{body}</p>"
    site.page("content/news/a.md", body=body + "\n")
    assert "TERM001" in [f.code for f in site.check()]
