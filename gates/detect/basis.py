"""Legal basis of a non-disclosure or on-request decision, read from the editor's free text.

条例 = 《中华人民共和国政府信息公开条例》(2019). Its 第十四、十五、十六条 list what may be withheld;
附件1 第三条(二) describes what is disclosed on request only. A reason may name an article, a category,
or (best) both; a category is mapped back to its article so the two can be cross-checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Category words → the 条例 article that covers them (0 = 附件1 第三条(二), on-request information).
CATEGORIES: dict[str, int] = {
    "国家秘密": 14, "法律、行政法规禁止公开": 14, "法律行政法规禁止公开": 14, "禁止公开": 14,
    "国家安全": 14, "公共安全": 14, "经济安全": 14, "社会稳定": 14,
    "商业秘密": 15, "个人隐私": 15, "第三方合法权益": 15, "第三人合法权益": 15,
    "内部事务": 16, "人事管理": 16, "后勤管理": 16, "内部工作流程": 16,
    "过程性信息": 16, "讨论记录": 16, "过程稿": 16, "磋商信函": 16, "请示报告": 16, "行政执法案卷": 16,
    "部分人和事": 0, "特定公民": 0, "特定对象": 0, "特殊作用": 0,
}
ARTICLE_TOPICS = {
    14: "国家秘密、法律行政法规禁止公开、危及三安全一稳定",
    15: "商业秘密、个人隐私等损害第三方合法权益",
    16: "内部事务信息、过程性信息、行政执法案卷",
    0: "只涉及部分人和事、对特定对象有特殊作用 (附件1 第三条第二项)",
}
_NUMERALS = {"十四": 14, "十五": 15, "十六": 16, "14": 14, "15": 15, "16": 16}
_ARTICLE = re.compile(r"第\s*(十四|十五|十六|14|15|16)\s*条")
_REGULATION = re.compile(r"条例|公开条例")


@dataclass(frozen=True)
class Basis:
    articles: frozenset[int]  # 14, 15, 16 cited explicitly
    categories: tuple[str, ...]  # category words found, in order

    @property
    def category_articles(self) -> frozenset[int]:
        return frozenset(CATEGORIES[c] for c in self.categories)

    @property
    def empty(self) -> bool:
        return not self.articles and not self.categories

    @property
    def mismatched(self) -> bool:
        """Both an article and categories are given, and no category belongs to any cited article."""
        cited = self.category_articles - {0}
        return bool(self.articles and cited and not (cited & self.articles))


def read_basis(text: object) -> Basis:
    if not isinstance(text, str):
        return Basis(frozenset(), ())
    articles = frozenset(_NUMERALS[m.group(1)] for m in _ARTICLE.finditer(text))
    # Longer category words first, so 法律、行政法规禁止公开 is not also counted as 禁止公开.
    rest = text
    found = []
    for word in sorted(CATEGORIES, key=len, reverse=True):
        if word in rest:
            found.append(word)
            rest = rest.replace(word, "")
    return Basis(articles, tuple(sorted(found, key=text.find)))


def cites_regulation(text: str) -> bool:
    return bool(_REGULATION.search(text))
