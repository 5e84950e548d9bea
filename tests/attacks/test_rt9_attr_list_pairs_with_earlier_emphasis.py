"""Red team 9: `_hidden_spans` finds the span an attr list hides with `finditer` over the whole paragraph, and the
emphasis form is lazy but starts at the FIRST `*` it can: in `**说明**：…1101**填充**{: hidden}0519…` the match runs from
the bold heading's opening `**` to the hidden span's closing `**`, so the reader drops `说明**：身份证号1101**填充` as
one "possibly hidden" span (taking 1101 with it) and the kept reading holds the filler. Neither reading, nor the
dropped text read on its own, shows 11010519491231002X; Python-Markdown pairs the emphasis correctly
(`<strong>说明</strong>：身份证号1101<strong hidden>填充</strong>0519491231002X`), so the page shows the number.
Editors bold a label before the text all the time (**联系人**：…, **第一条**), so nothing odd is needed.

Inputs (Markdown body):
    **说明**：身份证号1101**填充**{: hidden}0519491231002X。     secure: SEC002
    *说明*：身份证号1101*填充*{: hidden}0519491231002X。         secure: SEC002
    *说明*：机*x*{: hidden}密★5年                               secure: SEC001
    **注意**：扫码**好礼**{: hidden}领取                          secure: AD002 (扫码领取)
    *注意*台湾*填充*{: hidden}政府                               secure: TERM001 (台湾政府)
"""

from __future__ import annotations

import markdown
import pytest

from tests.conftest import Site

ID = "11010519491231002X"
BODIES = {
    "strong": (f"**说明**：身份证号{ID[:4]}**填充**{{: hidden}}{ID[4:]}。\n", "SEC002"),
    "em": (f"*说明*：身份证号{ID[:4]}*填充*{{: hidden}}{ID[4:]}。\n", "SEC002"),
    "mark": ("*说明*：机*x*{: hidden}密★5年\n", "SEC001"),
    "ad": ("**注意**：扫码**好礼**{: hidden}领取\n", "AD002"),
    "term": ("*注意*台湾*填充*{: hidden}政府\n", "TERM001"),
}


def test_the_build_pairs_the_emphasis_and_hides_only_the_filler() -> None:
    html = markdown.markdown(BODIES["strong"][0], extensions=["tables", "attr_list", "toc"])
    assert f"<strong>说明</strong>：身份证号{ID[:4]}<strong hidden>填充</strong>{ID[4:]}" in html


@pytest.mark.parametrize("kind", BODIES)
def test_hidden_span_after_earlier_emphasis(site: Site, kind: str) -> None:
    body, code = BODIES[kind]
    site.page("content/news/a.md", body=body)
    assert code in [f.code for f in site.check()]


def test_control_without_earlier_emphasis(site: Site) -> None:
    site.page("content/news/a.md", body=f"说明：身份证号{ID[:4]}**填充**{{: hidden}}{ID[4:]}。\n")
    assert "SEC002" in [f.code for f in site.check()]
