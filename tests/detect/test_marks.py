from __future__ import annotations

import pytest

from gates.detect.marks import find_marks


def found(text: str) -> list[tuple[str, str]]:
    return [(h.severity, h.text) for h in find_marks(text)]


@pytest.mark.parametrize(("text", "shown"), [
    ("机密★1年\n\n各镇人民政府：", "机密★1年"),
    ("秘密★长期", "秘密★长期"),
    ("绝密★启用前", "绝密★启用前"),
    ("秘密 ★ 一年", "秘密 ★ 一年"),
    ("**机密**", "机密"),
    ("# 秘密", "秘密"),
    ("【机密】", "机密"),
    ("| 密级 | 秘密 |", "秘密"),
    ("密级：机密", "密级 机密"),
    ("内部资料 注意保存", "内部资料 注意保存"),
    ("内部资料，注意保存", "内部资料 注意保存"),
    ("（内部资料）", "内部资料"),
    ("此件为内部资料，请勿外传", "内部资料"),
])
def test_marks_that_are_errors(text: str, shown: str) -> None:
    assert found(text) == [("error", shown)]


@pytest.mark.parametrize("text", [
    "会议传达学习了有关内部资料",
    "涉密文件一律不得外传",
])
def test_marks_that_are_warnings(text: str) -> None:
    assert [s for s, _ in found(text)] == ["warning"]


@pytest.mark.parametrize("text", [
    "要切实保守国家秘密，不得泄露商业秘密和个人隐私",
    "依法确定为国家秘密的政府信息不予公开",
    "机密文件管理要求：各单位要严格执行保密制度",  # the word, not the mark
    "请申请人注意保存缴费凭证",
    "本刊为内部资料性出版物，准印证号：渝内字123号",
    "绝密行动纪录片展映",
    "",
])
def test_ordinary_text_is_not_a_mark(text: str) -> None:
    assert found(text) == []


def test_one_finding_per_cell() -> None:
    assert len(find_marks("内部资料 注意保存 请勿外传")) == 1
