"""ATTR003: disclosure_reason names its legal basis: which category of 条例第十四、十五、十六条."""

from __future__ import annotations

from collections.abc import Iterator

from gates.detect.basis import ARTICLE_TOPICS, CATEGORIES, read_basis
from gates.domain.rule import Context, Rule
from gates.model.finding import Finding
from gates.model.page import Page

_CN = {14: "第十四条", 15: "第十五条", 16: "第十六条", 0: "附件1 第三条第二项"}
_WITHHOLD_HELP = "；".join(f"条例{_CN[a]}：{ARTICLE_TOPICS[a]}" for a in (14, 15, 16))


def check(page: Page, ctx: Context) -> Iterator[Finding]:
    if page.is_index or page.disclosure not in ("依申请公开", "不予公开"):
        return
    reason = page.meta.get("disclosure_reason")
    if not isinstance(reason, str) or not reason.strip():
        return  # ATTR002 reports a missing reason
    line = page.key_line("disclosure_reason")
    basis = read_basis(reason)
    withheld = page.disclosure == "不予公开"
    if basis.empty:
        yield RULE.at(page, line, f"disclosure_reason 未写法律依据：须写明属于哪一类 ({_WITHHOLD_HELP})")
        return
    if withheld and not basis.articles and basis.category_articles <= {0}:
        yield RULE.at(page, line, f"不予公开须依据条例第十四、十五、十六条之一 ({_WITHHOLD_HELP})，"
                                  "“只涉及部分人和事”只能作为依申请公开的理由")
        return
    if basis.mismatched:
        said = "、".join(f"“{c}”({_CN[CATEGORIES[c]]})" for c in basis.categories if CATEGORIES[c])
        cited = "、".join(_CN[a] for a in sorted(basis.articles))
        yield RULE.at(page, line, f"disclosure_reason 所述类别 {said} 与引用的条例{cited}不一致", severity="warning")
    elif not basis.categories:
        cited = "、".join(_CN[a] for a in sorted(basis.articles))
        yield RULE.at(page, line, f"disclosure_reason 引用了条例{cited}，请写明属于其中哪一类信息", severity="warning")
    elif not basis.articles and withheld:
        articles = "、".join(_CN[a] for a in sorted(basis.category_articles - {0}))
        yield RULE.at(page, line, f"disclosure_reason 请注明条款依据，如“依据条例{articles}”", severity="warning")


RULE = Rule(
    code="ATTR003",
    name="reason-legal-basis",
    summary="disclosure_reason 须写明法律依据：属于条例第十四、十五、十六条的哪一类",
    article="1.4",
    why=("拟不公开的，要依法依规说明理由 (附件1 第四条)；不予公开信息的范围见附件1 第三条第三项，"
         "即条例第十四条 (国家秘密等)、第十五条 (商业秘密、个人隐私)、第十六条 (内部事务、过程性信息、执法案卷)。"),
    example="disclosure: 不予公开\ndisclosure_reason: 不宜公开",
    fix="写明类别和条款，例如：disclosure_reason: 属于讨论记录等过程性信息，依据条例第十六条不予公开。",
    check=check,
)
