"""SIGN004: a change to site_config/ or the build configuration counts only when a principal of the owner unit,
in the roster trusted before it, signed it."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.model.finding import Finding


def finish(ctx: Context) -> Iterator[Finding]:
    idx = ctx.approvals()
    if idx.unavailable:
        return  # SIGN006 reports it once, when a page needs history
    for problem in idx.config_problems:
        yield RULE.on(problem.path, 1, f"{problem.path} 的修改 (提交 {problem.commit[:10]}) 未获认可：{problem.reason}；"
                                       "站点配置 (名册、栏目等) 和构建配置 (mkdocs.yml、overrides/、hooks/、"
                                       "pre-commit 与 CI 配置、版本锁定) 的修改须由修改前名册中主办单位的主要领导签名提交")


RULE = Rule(
    code="SIGN004",
    name="config-signed",
    summary="site_config/ (名册等) 和构建配置的修改须由修改前名册中主办单位的主要领导用其公钥签名提交",
    article="2.3",
    why="“谁主管、谁审批、谁负责” (附件2 第三条)：名册决定谁能审签，能写仓库的人若能自行改名册，审签就失去意义。"
        "构建配置决定哪些内容会发布到网站、检查是否运行，同样须受保护。第一个提交中的名册是信任根，此后每次修改"
        "都须由当时名册中主办单位 (site.yml 的 owner_unit) 的主要领导签名；合并提交不能把配置回退到旧的状态。",
    example="名册中加入一个新的分管领导，或从 mkdocs.yml 中删去 gates 插件，提交没有签名或由经办人员签名。",
    fix="撤销该修改，或由主要领导以 git -c gpg.format=ssh commit -S 重新提交该修改 (其公钥须在修改前的名册中)。",
    stage="signoff",
    finish=finish,
)
