from __future__ import annotations

from tests.conftest import Site, codes


def test_mark_at_the_top_of_a_document(site: Site) -> None:
    site.page("content/notices/a.md", body="机密★1年\n\n各镇人民政府、街道办事处：\n\n现将有关事项通知如下。\n")
    findings = [f for f in site.check() if f.code == "SEC001"]
    assert len(findings) == 1
    assert findings[0].severity == "error"
    assert findings[0].line == 8  # 6 front matter lines + fence, first body line
    assert "机密★1年" in findings[0].message
    assert findings[0].article == "2.2"


def test_mark_in_the_title(site: Site) -> None:
    site.page("content/notices/a.md", title="秘密★关于调整值班安排的通知")
    [finding] = [f for f in site.check() if f.code == "SEC001"]
    assert "标题" in finding.message and finding.line == 2


def test_internal_material_mark(site: Site) -> None:
    site.page("content/news/a.md", body="内部资料　注意保存\n\n会议纪要\n")
    assert codes(site.check()) == ["SEC001"]


def test_secrecy_words_in_ordinary_text(site: Site) -> None:
    site.page("content/news/a.md", body=(
        "我区召开保密工作会议，强调要切实保守国家秘密，防止商业秘密和个人隐私泄露。\n"
        "请各申请人注意保存缴费凭证。本刊为内部资料性出版物。\n"
    ))
    assert site.check() == []


def test_mentioning_internal_material_is_a_warning(site: Site) -> None:
    site.page("content/news/a.md", body="会议传达学习了上级下发的内部资料。\n")
    [finding] = site.check()
    assert (finding.code, finding.severity) == ("SEC001", "warning")


def test_cannot_be_accepted(site: Site) -> None:
    site.page("content/news/a.md", body="机密★1年\n",
              accept="[{code: SEC001, text: 机密★1年, reason: 已解密}]")
    found = site.check()
    assert ("SEC001", "error") in [(f.code, f.severity) for f in found]
    assert "FM012" in codes(found)
