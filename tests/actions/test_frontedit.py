"""Signing edits only the signers block, the status line and a missing date."""

from __future__ import annotations

from gates.actions import frontedit
from gates.domain.signoff import CO_DEPUTY, Slot

PAGE = """---
title: '关于开展检查的通知'   # 标题
status: draft
signers:
  drafter: {name: 旧名, date: 2026-01-01}

column: news
---
正文
"""


def test_replaces_signers_and_status_keeps_the_rest() -> None:
    signers = frontedit.signers_value({Slot("drafter", "qzfb"): ("王晓", "2026-11-25"),
                                       Slot(CO_DEPUTY, "fgw"): ("刘芳", "2026-11-25")})
    out = frontedit.edit(PAGE, signers, status="published", date="2026-11-25")
    assert out.splitlines() == [
        "---", "title: '关于开展检查的通知'   # 标题", "status: published", "signers:",
        '  drafter: {name: "王晓", date: 2026-11-25}', "  co_deputies:", '    fgw: {name: "刘芳", date: 2026-11-25}',
        "", "column: news", "date: 2026-11-25", "---", "正文",
    ]


def test_appends_signers_when_absent_and_keeps_crlf() -> None:
    text = "---\r\ntitle: 标题\r\nstatus: draft\r\n---\r\n正文\r\n"
    out = frontedit.edit(text, frontedit.signers_value({Slot("drafter", "qzfb"): ("王晓", "2026-11-25")}))
    assert out == "---\r\ntitle: 标题\r\nstatus: draft\r\nsigners:\r\n  drafter: {name: \"王晓\", date: 2026-11-25}\r\n---\r\n正文\r\n"
