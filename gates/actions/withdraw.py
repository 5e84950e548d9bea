"""`gates withdraw`: take a published page down (附件3 第八条) as a publication decision of its own.

The initiator's one commit edits the page (`status: withdrawn`, `withdrawal: {reason}`) and is their signed
approval of that text, through the signing code of `gates sign`: it fills the drafter tier, and the page's
chain finishes the decision. An urgent takedown by a section head or above is a completed decision at once;
its explanation is then approved from the initiator's tier up (SPEC section 4).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from gates.actions import frontedit
from gates.actions.sign import Refusal, Signed, Start, page_path, sign
from gates.config import SiteConfig
from gates.model.frontmatter import parse_page

MAX_REASON = 500  # a public explanation, not a report


def withdraw(root: Path, relpath: str, config: SiteConfig, reason: str, urgent: bool = False,
             role: str | None = None, today: dt.date | None = None, now: dt.datetime | None = None) -> Signed:
    """Start the withdrawal of a published page; Refusal (Chinese) when not allowed, with nothing changed."""
    explanation = " ".join(reason.split())
    if not explanation:
        raise Refusal("撤回须写明面向公众的撤回说明 (--reason)")
    if len(explanation) > MAX_REASON:
        raise Refusal(f"撤回说明过长 ({len(explanation)} 字)，请控制在 {MAX_REASON} 字以内")
    rel = page_path(root, relpath)
    page = parse_page(rel, (root / rel).read_bytes())
    if not page.readable:
        raise Refusal(f"{rel} 无法解析：{page.problems[0].message}")
    if page.status == "withdrawn":
        raise Refusal(f"{rel} 已是撤回状态；修改撤回说明请编辑 withdrawal.reason 后用 gates sign 审签")
    if page.status != "published":
        raise Refusal(f"{rel} 尚未发布 (status: {page.status})，无需撤回")
    try:
        text = frontedit.withdrawal_text(page.text, explanation)
    except frontedit.EditError as exc:
        raise Refusal(str(exc)) from None
    return sign(root, rel, config, role=role, today=today, now=now, start=Start(text, urgent))
