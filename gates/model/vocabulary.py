"""The front-matter vocabulary, each key once: its Chinese label, where it is required and what it may hold.

Rules, `gates sign`, the site and the scaffolding commands all read keys, labels and allowed values from
here, so the gates and the site can never come to disagree about what a key means or what is public.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Disclosure = Literal["主动公开", "依申请公开", "不予公开"]
Status = Literal["draft", "published", "withdrawn"]
# The four tiers of a sign-off chain, and the 复查专人 (3.8) who signs re-check records and never a page.
ChainRole = Literal["drafter", "section_head", "deputy", "principal"]
Role = Literal["drafter", "section_head", "deputy", "principal", "rechecker"]

PUBLIC: Disclosure = "主动公开"
STATUSES: tuple[Status, ...] = ("draft", "published", "withdrawn")
CHAIN_ROLES: tuple[ChainRole, ...] = ("drafter", "section_head", "deputy", "principal")
RECHECKER: Role = "rechecker"
ROLES: tuple[Role, ...] = (*CHAIN_ROLES, RECHECKER)
CHAIN_ROLE_LABELS: dict[str, str] = {"drafter": "经办人员", "section_head": "科室负责人", "deputy": "分管领导",
                                     "principal": "主要领导"}
ROLE_LABELS: dict[str, str] = {**CHAIN_ROLE_LABELS, RECHECKER: "复查专人"}
IMPORTANCE = ("normal", "important")

# Disclosure values as written in front matter, folded to the Chinese term of art.
DISCLOSURE_ALIASES: dict[str, Disclosure] = {
    "主动公开": "主动公开",
    "依申请公开": "依申请公开",
    "不予公开": "不予公开",
    "proactive": "主动公开",
    "on_request": "依申请公开",
    "withheld": "不予公开",
}

# 索引号: 统一社会信用代码 (18 characters, no I O S V Z) / year - five-digit sequence.
INDEX_NUMBER = re.compile(r"([0-9A-HJ-NPQRTUWXY]{18})/((?:19|20)\d{2})-(\d{5})")


@dataclass(frozen=True)
class Key:
    name: str
    label: str  # the Chinese name an editor knows it by
    required: bool = False  # on every article (index pages carry only `title`)
    date: bool = False  # a YYYY-MM-DD date (FM007)


KEYS: tuple[Key, ...] = (
    Key("title", "标题", required=True),
    Key("column", "栏目", required=True),
    Key("unit", "发布单位", required=True),
    Key("disclosure", "公开属性", required=True),
    Key("disclosure_reason", "不公开理由"),
    Key("partial", "部分公开"),
    Key("status", "状态", required=True),
    Key("date", "发布日期", date=True),
    Key("time", "发布时间"),
    Key("written_date", "成文日期", date=True),
    Key("doc_number", "发文字号"),
    Key("index_number", "索引号"),
    Key("topic", "主题分类"),
    Key("genre", "体裁分类"),
    Key("validity", "有效性"),
    Key("importance", "重要程度"),
    Key("sensitive", "敏感信息"),
    Key("consulted", "征求意见记录"),
    Key("co_units", "共同制作单位"),
    Key("source", "来源"),
    Key("channel", "发布渠道"),
    Key("signers", "审签记录"),
    Key("review_due", "复审日期", date=True),
    Key("accept", "有意保留"),
    Key("keywords", "关键词"),
    Key("description", "摘要"),
    Key("withdrawn", "撤回"),
    Key("withdrawal", "撤回说明"),
    Key("change_note", "更正说明"),
    Key("related", "相关文件"),
)

BY_NAME: dict[str, Key] = {k.name: k for k in KEYS}
KNOWN_KEYS: tuple[str, ...] = tuple(k.name for k in KEYS)
DATE_KEYS: tuple[str, ...] = tuple(k.name for k in KEYS if k.date)
ARTICLE_KEYS: tuple[str, ...] = tuple(k.name for k in KEYS if k.required)


def label(key: str) -> str:
    found = BY_NAME.get(key)
    return found.label if found is not None else key


def disclosure_of(value: object) -> Disclosure | None:
    """The disclosure attribute a front-matter value names, folded to its Chinese form; None if none."""
    return DISCLOSURE_ALIASES.get(value) if isinstance(value, str) else None
