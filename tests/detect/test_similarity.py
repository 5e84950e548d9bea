from __future__ import annotations

import random
import time

from gates.detect.similarity import coverage, html_text, markdown_text, similarity

ORIGINAL = ("3月23日，全市优化营商环境大会召开。会议总结去年全市优化营商环境工作，部署今年重点任务。\n"
            "会议强调，要聚焦经营主体需求，深化“高效办成一件事”改革，持续降低制度性交易成本。\n"
            "会议要求，各区县、各部门要压实工作责任，强化协同联动，确保各项任务落地见效。")


def test_same_text_in_different_markup_is_identical() -> None:
    markdown = ("**3月23日**，全市优化营商环境大会召开。会议总结去年全市优化营商环境工作，部署今年重点任务。\n\n"
                "> 会议强调，要聚焦经营主体需求，深化“高效办成一件事”改革，持续降低制度性交易成本。\n\n"
                "- 会议要求，各区县、各部门要压实工作责任，强化协同联动，确保各项任务落地见效。\n")
    html = "<p><b>3月23日</b>，全市优化营商环境大会召开。会议总结去年全市优化营商环境工作，部署今年重点任务。</p>" \
           "<p>会议强调，要聚焦经营主体需求，深化&ldquo;高效办成一件事&rdquo;改革，持续降低制度性交易成本。</p>" \
           "<p>会议要求，各区县、各部门要压实工作责任，强化协同联动，确保各项任务落地见效。</p>"
    assert similarity(markdown_text(markdown), html_text(html)) == 1.0
    assert similarity(ORIGINAL, ORIGINAL.replace("，", ",")) == 1.0  # punctuation is not content


def test_attribution_line_costs_little_and_a_rewrite_costs_much() -> None:
    assert similarity(ORIGINAL + "\n（本文转载自重庆市人民政府网站）", ORIGINAL) > 0.9
    rewritten = ("3月23日，全区优化营商环境大会召开。区长在会上讲话，总结我区去年工作成绩。\n"
                 "会议要求各街道加大招商引资力度，全年引进项目不少于100个。")
    assert similarity(rewritten, ORIGINAL) < 0.6


def test_markdown_links_keep_their_text() -> None:
    assert markdown_text("详见[《通知》](https://a.cn/x)![图](a.png)") == "详见《通知》"


def test_summary_coverage() -> None:
    summary = "3月23日，全市优化营商环境大会召开。会议总结去年全市优化营商环境工作……[详细]"
    assert coverage(summary, ORIGINAL) == 1.0
    assert coverage("编者按：今日发布。" + summary, ORIGINAL) > 0.75
    assert coverage("区政府召开常务会议，研究部署安全生产工作。", ORIGINAL) < 0.5
    assert coverage("", ORIGINAL) == 1.0


def test_long_texts_changed_everywhere_stay_fast_and_close() -> None:
    rng = random.Random(2)
    chars = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行"
    text = "".join("".join(rng.choice(chars) for _ in range(rng.randint(20, 60))) + "。" for _ in range(300))
    changed = "".join(ch if i % 41 else rng.choice(chars) for i, ch in enumerate(text))
    start = time.perf_counter()
    ratio = similarity(text, changed)
    assert 0.9 < ratio < 1.0
    assert time.perf_counter() - start < 5  # a generous bound: difflib alone takes seconds here
