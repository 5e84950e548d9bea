from __future__ import annotations

from gates.model.articles import cite, cite_long


def test_cite() -> None:
    assert cite("3.4") == "附件3 第四条"
    assert cite("2.10") == "附件2 第十条"
    assert cite("2.12") == "附件2 第十二条"
    assert cite_long("1.1") == "附件1 第一条（政府信息公开属性源头认定制度）"
    assert cite("GB/T 9704") == "GB/T 9704"
