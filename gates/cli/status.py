"""`gates status PATH`: where a page stands in its sign-off chain, and which gates it fails, in Chinese."""

from __future__ import annotations

import argparse
from pathlib import Path

from gates.actions.status import PageStatus, StatusError, Tier, page_status
from gates.cli.commands import SUMMARIES
from gates.cli.common import UsageError, add_root, add_today, open_site
from gates.report.text import LABEL as SEVERITY_LABELS

STATUS_LABELS = {"draft": "草稿 (draft)", "published": "已发布 (published)", "withdrawn": "已撤回 (withdrawn)"}


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("status", help=SUMMARIES["status"],
                       description="按审签链列出页面各级审签 (审签人、日期、签名是否有效)、下一级可由名册中哪些人审签、"
                                   "修改是否使已有审签失效，以及页面未通过的检查。")
    p.add_argument("path", metavar="PATH", help="页面，如 content/news/2026-11-26-1.md")
    add_today(p)
    add_root(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    site = open_site(args)
    relpath = site_path(site.root, args.path)
    try:
        state = page_status(site.root, site.config, relpath, args.today)
    except StatusError as exc:
        raise UsageError(str(exc)) from None
    print(render(state))
    return 1 if any(f.severity == "error" for f in state.findings) else 0


def site_path(root: Path, given: str) -> str:
    """PATH as typed (relative to where the user stands, or to the site) as a path under the site's content/."""
    here = Path.cwd().resolve()
    base = here if here.is_relative_to(root.resolve()) else root.resolve()
    full = Path(given) if Path(given).is_absolute() else base / given
    if not full.exists():
        full = root / given
    try:
        rel = full.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        raise UsageError(f"{given} 不在站点仓库 {root} 中") from None
    if not rel.startswith("content/") or not rel.endswith(".md") or not full.is_file():
        raise UsageError(f"{given} 不是 content/ 下的页面 (.md 文件)")
    return rel


def render(state: PageStatus) -> str:
    lines = [f"{state.path}", f"  标题：{state.title}", f"  状态：{STATUS_LABELS.get(state.status, state.status)}"
             f"    单位：{state.unit}"]
    if state.chain_error:
        lines.append(f"  审签链：无法确定 ({state.chain_error})")
    else:
        lines.append("  审签链 (当前内容)：")
        lines += [f"    {_tier_line(t)}" for t in state.tiers]
        if state.complete:
            lines.append("  审签链已完整。")
        else:
            nxt = state.next_tiers
            names = "；".join(f"{t.slot.label} ({t.slot.unit})：" + ("、".join(f"{p.name} <{p.email}>"
                              for p in t.signable_by) or "名册中今天无人可签") for t in nxt)
            lines.append(f"  下一步：{names}")
            lines.append("    审签人运行 gates sign " + state.path)
    if state.stale:
        lines.append("  注意：审签后页面内容被修改，针对旧内容的审签已失效，须按审签链重新审签。")
    problems = [a for a in state.records if not a.valid]
    for a in problems:
        lines.append(f"  无效的审签记录：提交 {a.short} {a.name} ({a.day.isoformat()})：{a.problem}")
    if state.findings:
        lines.append(f"  检查未通过 ({len(state.findings)} 项)：")
        lines += [f"    {f.code} {SEVERITY_LABELS.get(f.severity, f.severity)} 第 {f.line} 行：{f.message}"
                  for f in state.findings]
    else:
        lines.append("  全部检查通过。")
    return "\n".join(lines)


def _tier_line(tier: Tier) -> str:
    head = f"{tier.slot.label:<6} ({tier.slot.unit})"
    if tier.approval is not None:
        a = tier.approval
        return f"✓ {head} {a.name} {a.day.isoformat()} 签名有效 (提交 {a.short})"
    return f"✗ {head} 待审签：{tier.why_missing or '没有审签记录'}"
