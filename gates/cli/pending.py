"""`gates pending [--me]`: pages waiting for a signature; with --me, those the current git user can sign now."""

from __future__ import annotations

import argparse

from gates.actions.status import StatusError, current_email, pending
from gates.cli.commands import SUMMARIES
from gates.cli.common import UsageError, add_root, add_today, open_site
from gates.model.dates import SHANGHAI


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("pending", help=SUMMARIES["pending"],
                       description="列出审签链未完整的页面 (等待最久的在前)，以及每页下一级审签和名册中可审签的人。")
    p.add_argument("--me", action="store_true",
                   help="只列出当前 git 用户 (user.email) 今天可以审签下一级的页面")
    add_today(p)
    add_root(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    site = open_site(args)
    try:
        email = current_email(site.root) if args.me else None
        found = pending(site.root, site.config, email, args.today)
    except StatusError as exc:
        raise UsageError(str(exc)) from None
    if not found:
        print("没有等待你审签的页面。" if args.me else "没有等待审签的页面。")
        return 0
    print(f"等待审签的页面 (共 {len(found)} 页，等待最久的在前)：")
    for state, since in found:
        waiting = since.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M") if since else "尚未提交"
        tiers = "；".join(f"{t.slot.label} ({t.slot.unit})：" + ("、".join(p.name for p in t.signable_by)
                         or "名册中今天无人可签") for t in state.next_tiers)
        stale = " [修改后审签已失效]" if state.stale else ""
        print(f"  {state.path}  {state.title}\n    最后提交 {waiting}  下一级 {tiers}{stale}")
    return 0
