"""Red team 10, false positive: a number labelled as a thing's identifier (合同编号, 快递单号: `_THING_LABELS` veto the
bank-card reading) is read again "on its own" when it sits in a possibly hidden span, and alone it has no label:
6212262026112505 (a contract number that happens to pass Luhn with a 62 prefix, one in ten does) is SEC004, an
error that blocks the merge. The span is a red `<span style="color:#c00">` (as pasted from WeChat), or bold in a
table on a page with a small `<style>`; written plainly the same line passes. The page shows 合同编号：6212262026112505.

Inputs (Markdown body):
    合同编号：<span style="color:#c00">6212262026112505</span>
    | 序号 | 快递单号 |\\n|---|---|\\n| 1 | <span style="color:#c00">6212262026112505</span> |
    <style>\\ntd { padding: 4px; }\\n</style>\\n\\n| 序号 | 快递单号 |\\n|---|---|\\n| 1 | **6212262026112505** |
secure: no SEC finding.
"""

from __future__ import annotations

import pytest

from tests.conftest import Site

N = "6212262026112505"
BODIES = [
    f'合同编号：<span style="color:#c00">{N}</span>\n',
    f'| 序号 | 快递单号 |\n|---|---|\n| 1 | <span style="color:#c00">{N}</span> |\n',
    f"<style>\ntd {{ padding: 4px; }}\n</style>\n\n| 序号 | 快递单号 |\n|---|---|\n| 1 | **{N}** |\n",
]


@pytest.mark.parametrize("body", BODIES)
def test_labelled_number_in_a_styled_span(site: Site, body: str) -> None:
    site.page("content/news/a.md", body=body)
    assert [f.code for f in site.check() if f.code.startswith("SEC")] == []


def test_control_plain(site: Site) -> None:
    site.page("content/news/a.md", body=f"合同编号：{N}\n")
    assert [f.code for f in site.check() if f.code.startswith("SEC")] == []
