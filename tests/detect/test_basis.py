from __future__ import annotations

from gates.detect.basis import read_basis


def test_article_and_category() -> None:
    basis = read_basis("属于讨论记录等过程性信息，依据《政府信息公开条例》第十六条不予公开")
    assert basis.articles == {16}
    assert basis.categories == ("过程性信息", "讨论记录") or set(basis.categories) == {"过程性信息", "讨论记录"}
    assert not basis.mismatched


def test_arabic_article_numbers() -> None:
    assert read_basis("条例第15条 个人隐私").articles == {15}


def test_mismatch() -> None:
    assert read_basis("涉及个人隐私，依据条例第十四条").mismatched


def test_nothing() -> None:
    assert read_basis("不宜公开").empty
    assert read_basis(None).empty
    assert read_basis(12).empty
