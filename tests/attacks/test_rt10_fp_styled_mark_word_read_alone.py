"""Red team 10, false positive: what a possibly hidden span holds is read "on its own" (`ReaderText.hidden`, read
again by `_read` in rules/sec/scan.py), and a span holding nothing but 绝密 / 机密 / 秘密 / 内部资料 then reads as a
bare classification mark: SEC001, an error that blocks the merge. Policy pages quote the Law on Guarding State
Secrets and editors colour the three level names red (a `<span style="color:#c00">`, as pasted from WeChat or
Word), give them a class, or bold them on a page that has a small `<style>` for its table. The page shows the words
inside a sentence (国家秘密的密级分为绝密、机密、秘密三级), which the same sentence unstyled passes; no mark stands
anywhere, shown or hidden.

Inputs (Markdown body):
    国家秘密的密级分为<span style="color:#c00">绝密</span>、<span style="color:#c00">机密</span>、<span style="color:#c00">秘密</span>三级。
    国家秘密的密级分为**绝密**{: .red}、机密、秘密三级。
    <style>\\ntable td { padding: 4px; }\\n</style>\\n\\n国家秘密的密级分为**绝密**、**机密**、**秘密**三级。
    本文件不属于<span class="red">内部资料</span>，可以公开。
secure: no SEC001.
"""

from __future__ import annotations

import pytest

from tests.conftest import Site

RED = '<span style="color:#c00">{}</span>'
BODIES = [
    "根据《中华人民共和国保守国家秘密法》，国家秘密的密级分为" + "、".join(RED.format(w) for w in ("绝密", "机密", "秘密"))
    + "三级。\n",
    "国家秘密的密级分为**绝密**{: .red}、机密、秘密三级。\n",
    "<style>\ntable td { padding: 4px; }\n</style>\n\n国家秘密的密级分为**绝密**、**机密**、**秘密**三级。\n",
]
# (`本文件不属于内部资料，可以公开。` is a warning even written plainly: 内部资料 in running text is one, by design.)


@pytest.mark.parametrize("body", BODIES)
def test_styled_level_name_in_a_sentence(site: Site, body: str) -> None:
    site.page("content/news/a.md", body=body)
    assert [f.code for f in site.check() if f.code == "SEC001"] == []


@pytest.mark.parametrize("body", ["国家秘密的密级分为**绝密**、**机密**、**秘密**三级。\n",
                                  '<p style="text-indent:2em">国家秘密的密级分为<strong>绝密</strong>、机密、秘密三级。</p>\n'])
def test_control_bold_or_styled_paragraph(site: Site, body: str) -> None:
    site.page("content/news/a.md", body=body)
    assert [f.code for f in site.check() if f.code == "SEC001"] == []
