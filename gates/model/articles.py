"""Article references: "3.4" is how rules cite 附件3 第四条."""

from __future__ import annotations

ATTACHMENTS = {
    "1": "政府信息公开属性源头认定制度",
    "2": "政府信息公开审核制度",
    "3": "政府网站和政务新媒体信息发布制度",
}
_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    if n < 10:
        return _DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")


def cite(article: str) -> str:
    """'3.4' -> '附件3 第四条'; anything else is returned as written."""
    attachment, _, number = article.partition(".")
    if attachment in ATTACHMENTS and number.isdigit():
        return f"附件{attachment} 第{chinese_number(int(number))}条"
    return article


def cite_long(article: str) -> str:
    attachment = article.partition(".")[0]
    name = ATTACHMENTS.get(attachment)
    return f"{cite(article)}（{name}）" if name else article
