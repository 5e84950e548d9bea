from __future__ import annotations

import pytest

from gates.detect.marks import find_marks

# Every not-a-mark case holds at least one of these, so it reaches the classifier instead of the shortcut.
_MARK_WORDS = ("绝密", "机密", "秘密", "内部", "注意保存", "外传", "翻印")


def found(text: str) -> list[tuple[str, str]]:
    return [(h.severity, h.text) for h in find_marks(text)]


# ---- marks that must be reported as errors -----------------------------------------------------------

@pytest.mark.parametrize(("text", "shown"), [
    ("机密★1年\n\n各镇人民政府：", "机密★1年"),
    ("机密★5年", "机密★5年"),
    ("秘密★长期", "秘密★长期"),
    ("绝密★启用前", "绝密★启用前"),
    ("秘密★1年\n\n各街道办事处，区政府各部门：\n\n现将有关事项通知如下。", "秘密★1年"),
    ("秘密 ★ 一年", "秘密 ★ 一年"),
    ("机密☆十年", "机密☆十年"),
    ("秘密★关于调整值班安排的通知", "秘密★"),
    ("**机密**", "机密"),
    ("# 秘密", "秘密"),
    ("【机密】", "机密"),
    ("（秘密）", "秘密"),
    ("秘密 1年", "秘密 1年"),
    ("| 密级 | 秘密 |", "秘密"),
    ("| 密级：机密 | 编号：001 |", "密级 机密"),
    ("密级：机密", "密级 机密"),
    ("密级：机密\u3000保密期限：1年", "密级 机密"),
    ("密级：秘密级", "密级 秘密级"),
    ("文件密级：绝密", "密级 绝密"),
    ("内部资料 注意保存", "内部资料 注意保存"),
    ("内部资料，注意保存", "内部资料 注意保存"),
    ("（内部资料）", "内部资料"),
    ("此件为内部资料，请勿外传", "内部资料"),
])
def test_marks_that_are_errors(text: str, shown: str) -> None:
    assert found(text) == [("error", shown)]


@pytest.mark.parametrize(("text", "shown"), [
    # A real mark at the top of a page that goes on to quote the law is still found, and only it.
    ("机密★1年\n\n国家秘密的密级分为绝密、机密、秘密三级。", "机密★1年"),
    ("| 密级 | 秘密 |\n\n机密级、秘密级事项的保密期限由定密责任人确定。", "秘密"),
    ("绝密★启用前\n\n- 绝密\n- 机密\n- 秘密", "绝密★启用前"),
])
def test_a_mark_among_policy_text(text: str, shown: str) -> None:
    assert found(text) == [("error", shown)]


@pytest.mark.parametrize("text", [
    "会议传达学习了有关内部资料",
    "涉密文件一律不得外传",
])
def test_marks_that_are_warnings(text: str) -> None:
    assert [s for s, _ in found(text)] == ["warning"]


# ---- text that speaks of secrecy but carries no mark ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "要切实保守国家秘密，不得泄露商业秘密和个人隐私",
    "依法确定为国家秘密的政府信息不予公开",
    "机密文件管理要求：各单位要严格执行保密制度",  # the word, not the mark
    "请申请人注意保存缴费凭证",
    "请注意保存凭证",
    "本刊为内部资料性出版物，准印证号：渝内字123号",
    "绝密行动纪录片展映",
    "保守国家秘密",
    "企业应当依法保护商业秘密",
    "工作秘密虽不属于国家秘密，但同样不得擅自公开",
])
def test_ordinary_text_is_not_a_mark(text: str) -> None:
    assert any(word in text for word in _MARK_WORDS)
    assert found(text) == []


@pytest.mark.parametrize("text", [
    # The levels named as levels (X级) or listed one after another (绝密、机密、秘密).
    "机密级、秘密级事项",
    "机密级、秘密级事项的保密期限由定密责任人依法确定。",
    "国家秘密的密级分为绝密、机密、秘密三级。",
    "第十三条　国家秘密的密级分为绝密、机密、秘密三级。",
    "按照绝密、机密、秘密三个等级进行标注",
    "绝密级、机密级、秘密级",
    "绝密、机密、秘密",
    "秘密、机密、绝密",
    "（一）绝密级；（二）机密级；（三）秘密级。",
    "密级分为“绝密”、“机密”、“秘密”三级",
    "国家秘密的密级应当根据泄露后可能造成的损害程度，确定为绝密、机密或者秘密。",
    "绝密级国家秘密是最重要的国家秘密，泄露会使国家安全和利益遭受特别严重的损害。",
    "机密级国家秘密是重要的国家秘密，秘密级国家秘密是一般的国家秘密。",
    "**绝密级**国家秘密由中央国家机关确定。",
    "国家秘密的保密期限，除另有规定外，绝密级不超过三十年，机密级不超过二十年，秘密级不超过十年。",
    "秘密级以上的涉密载体应当存放在符合要求的保密柜中。",
    "机密级及以上涉密人员出境应当按规定审批。",
    "问：机密级事项的保密期限一般是多久？",
    "机密、秘密级文件的复制须经本机关主管领导批准。",
    "不得在非涉密信息系统中处理机密、秘密信息。",
    "涉密载体应当标明密级和保密期限，绝密、机密、秘密载体应当分别存放。",
    "本次培训重点讲解了定密、解密程序以及绝密、机密级载体的管理要求。",
    # The levels as a Markdown list or table in a page that explains the law.
    "国家秘密分为三级：\n\n- 绝密\n- 机密\n- 秘密\n",
    "| 密级 | 绝密 | 机密 | 秘密 |",
    "| 密级 | 保密期限 |\n| --- | --- |\n| 绝密 | 30年 |\n| 机密 | 20年 |\n| 秘密 | 10年 |",
    # 定密, 知悉范围, 保密期限 and the like in running text.
    "机关、单位应当在国家秘密产生的同时，确定密级、保密期限和知悉范围。",
    "定密责任人应当依照保密事项范围确定密级，秘密事项的知悉范围应当限定在最小范围。",
    "秘密事项的知悉范围应当限定在最小范围",
    "任何单位和个人不得非法获取、持有国家秘密载体，不得私自销毁秘密载体。",
    "对泄露秘密、造成严重后果的，依法追究法律责任。",
    "属于秘密的事项不得在政府网站公开，机密信息不得通过互联网传递。",
    "《中华人民共和国保守国家秘密法》对国家秘密的密级、保密期限作了规定。",
    "保密工作坚持积极防范、突出重点、依法管理的方针，既确保国家秘密安全，又便利信息资源合理利用。",
    "不得在私人交往和通信中涉及国家秘密，不得将商业秘密、工作秘密作为政府信息公开。",
    "解密后的秘密信息，经审查可以依法公开。",
    "### 三、密级的确定\n\n密级确定后，绝密、机密、秘密事项均应标注国家秘密标志。",
    "请各位代表注意保存会议材料",
])
def test_policy_text_is_not_a_mark(text: str) -> None:
    assert any(word in text for word in _MARK_WORDS)
    assert found(text) == []


def test_one_finding_per_cell() -> None:
    assert len(find_marks("内部资料 注意保存 请勿外传")) == 1


def test_a_long_line_of_quoted_levels_is_not_a_mark() -> None:
    line = "国家秘密的密级分为绝密、机密、秘密三级，机密级、秘密级事项应当保守国家秘密。" * 500
    assert find_marks(line) == []
