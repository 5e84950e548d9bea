"""`gates explain CODE`: what a rule checks, the article it enforces, an example, and the fix."""

from __future__ import annotations

import argparse
import sys

from gates import rules as registry
from gates.cli.commands import SUMMARIES
from gates.cli.common import UsageError
from gates.cli.rules import SEVERITY, STAGE
from gates.domain.rule import Rule
from gates.model.articles import cite, cite_long


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("explain", help=SUMMARIES["explain"],
                       description="显示规则的检查内容、依据条款、示例和改法；给出规则族 (如 SEC) 时列出该族全部规则。")
    p.add_argument("code", metavar="CODE", help="规则代码 (如 FM003) 或规则族 (如 SEC)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    rule = registry.by_code(args.code)
    if rule is None:
        family = [r for r in registry.RULES if r.family == args.code.strip().upper()]
        if family:
            sys.stdout.write(as_family(family))
            return 0
        raise UsageError(f"没有规则或规则族 {args.code!r} (规则族：{'、'.join(registry.family_names())}；"
                         "运行 gates rules 查看全部规则)")
    example = "\n".join("    " + line for line in rule.example.splitlines())
    sys.stdout.write(
        f"{rule.code} {rule.name}\n"
        f"{rule.summary}\n\n"
        f"级别：{SEVERITY[rule.severity]}    阶段：{STAGE[rule.stage]}"
        + ("    可用 accept 豁免 (须写理由)" if rule.acceptable else "") + "\n"
        f"依据：{cite_long(rule.article)}\n\n"
        f"为什么：{rule.why}\n\n"
        f"示例 (会触发)：\n{example}\n\n"
        f"怎么改：{rule.fix}\n"
    )
    return 0


def as_family(family: list[Rule]) -> str:
    lines = [f"{family[0].family} 族规则 (共 {len(family)} 条)：", ""]
    lines += [f"{r.code:<8} {SEVERITY[r.severity]}  {cite(r.article):<10} {r.summary}" for r in family]
    return "\n".join(lines) + f"\n\n运行 gates explain {family[0].code} 查看某条规则的详情。\n"
