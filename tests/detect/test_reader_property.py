"""The reader view's shortcut (two scans that say no markup can hide anything) agrees with the markup walk it
skips: whenever the walk would find markup that matters, the shortcut does not skip it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from gates.detect import browsers, find_marks, find_numbers, reader, softbreaks

ALPHABET = "\uff38{}:\uf9be\U0001d7cf机密秘绝★1年0123456789Xx第一条的和 \n*_~`<>&;#[]()\\!-\u200b\ufeff\u00ad\U000e0041\U0001d173\U0001f600"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_the_shortcut_never_skips_markup_that_matters(text: str) -> None:
    walked = any(reader._matters(text, start) for start in reader._candidates(text))
    assert reader._may_matter(text) == walked, text  # the shortcut decides as the markup walk would


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET + "扫码领取ab_", max_size=40))
def test_the_wording_shortcut_never_skips_markup_that_matters(text: str) -> None:
    walked = any(reader._matters(text, start, words=True) for start in reader._candidates(text))
    assert reader._may_matter(text, words=True) == walked, text


def test_examples() -> None:
    assert reader.reader_text("机**密★1年").text == "机密★1年"
    assert reader.reader_text("**第一条** 保守国家秘密").text == "**第一条** 保守国家秘密"
    assert reader.reader_text("机\u200b密").text == "机密"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET + "扫码领取ab_", max_size=40))
def test_the_words_reading_is_the_full_walk_in_words_mode(text: str) -> None:
    # reader_text(words=True) may answer with the detectors' reading when no emphasis stands inside a word
    reader._RECENT.clear()
    got = reader.reader_text(text, words=True)
    walked = reader._read(text, True, True)
    assert (got.text, got.hidden, got.dropped) == (walked.text, walked.hidden, walked.dropped), text
    assert [got.source_offset(i) for i in range(len(got.text))] == \
        [walked.source_offset(i) for i in range(len(walked.text))], text


def test_a_reference_link_shows_its_text() -> None:
    assert reader.reader_text("到店即可[扫][1][码领取][]礼品", words=True).text == "到店即可扫码领取礼品"
    assert reader.reader_text("[11010][a][519491231002X][b]").text == "11010519491231002X"


LINES_ALPHABET = "机密★1年0123456789Xx第一条的 \n\t>-*+#|=_`~:.)<pre>扫码领取ab"


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=LINES_ALPHABET, max_size=60), st.booleans())
def test_the_soft_break_shortcut_never_skips_a_soft_break(text: str, br_hidden: bool) -> None:
    # soft_breaks judges only the newlines its regex finds: judging every newline finds no more
    every = [i for i, ch in enumerate(text) if ch == "\n"]
    assert softbreaks._soft_breaks(text, br_hidden) == softbreaks._soft_breaks(text, br_hidden, every), text


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=LINES_ALPHABET + "\uff11\uff38", max_size=60))
def test_line_joins_skip_only_joins_the_detectors_cannot_read(text: str) -> None:
    # line_joins answers None for the detectors when no soft break stands between two characters a mark or a number
    # is made of; the joined reading it skipped (the words one joins every soft break) finds no number it does not
    reader._RECENT.clear()
    seen = reader.reader_text(text)
    if softbreaks.line_joins(seen, text) is None:
        forced = softbreaks.line_joins(seen, text, words=True)
        if forced is not None:
            assert {h.digits for h in find_numbers(forced.text)} <= {h.digits for h in find_numbers(seen.text)}, text
            assert {m.text for m in find_marks(forced.text) if m.category == "level"} \
                <= {m.text for m in find_marks(seen.text)}, text


def test_line_join_examples() -> None:
    for text, joined in [("机\n密★1年", "机密★1年"), ("> 机\n> 密★1年", "> 机密★1年"), ("- 机\n  密★1年", "- 机密★1年"),
                         ("手机1380013\n8000。", "手机1380013 8000。"), ("**机\n密**★1年", "机密★1年"),
                         ("ab \n  cd 12\n34", "ab cd 12 34")]:
        got = softbreaks.line_joins(reader.reader_text(text), text, words=True)
        assert got is not None and got.text == joined, text
        assert [text[got.source_offset(i)] for i in range(len(got.text)) if got.text[i] != " "] == \
            [ch for ch in got.text if ch != " "], text  # every character maps back to itself
    for text in ("## 机\n密★1年", "- 机\n- 密★1年", "| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |",
                 "说明\n\n    1380013\n    8000", "<pre>\n1\n2\n</pre>", "机  \n密", "机\n===\n密", "机\n\n密", "机\n> 密"):
        assert softbreaks.line_joins(reader.reader_text(text), text, words=True) is None, text


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["<svg>", "</svg>", "<math>", "<mi>", "</mi>", "<p>", "<foreignObject>", "<![CDATA[",
                                 "]]>", "<!--", "-->", ">", "机", "1", " "]), max_size=20).map("".join))
def test_foreign_cdata_keeps_every_offset(text: str) -> None:
    # a real CDATA section's markers become as many zero-width spaces: nothing else changes, nothing moves
    out = browsers.foreign_cdata(text)
    assert len(out) == len(text), text
    at = 0
    while (at := out.find("\u200b", at)) != -1:  # each blanked stretch is one whole marker of the source
        marker = "<![CDATA[" if text.startswith("<![CDATA[", at) else "]]>"
        assert text.startswith(marker, at) and out[at:at + len(marker)] == "\u200b" * len(marker), text
        at += len(marker)
    assert all(a == b for a, b in zip(text, out, strict=True) if b != "\u200b"), text


def test_foreign_cdata_examples() -> None:
    shown = {"<svg><text><![CDATA[机密]]></text></svg>": "机密", "<math><mi><![CDATA[机密]]></mi></math>": "机密",
             "<svg><foreignObject><![CDATA[机密]]></foreignObject></svg>": "机密"}
    for text, inner in shown.items():
        assert reader.reader_text(text, drop=False).text == inner, text
    bogus = ["台湾<![CDATA[>政府]]>", "<svg></svg>台湾<![CDATA[>政府]]>", "<svg><p>台湾<![CDATA[>政府]]></svg>",
             "<svg><foreignObject><div>台湾<![CDATA[>政府]]></div></foreignObject></svg>", "<!-- <svg> -->台湾<![CDATA[>政府]]>"]
    for text in bogus:
        assert "台湾政府" in reader.reader_text(text, drop=False).text, text


def test_style_sheets_that_may_hide_a_br() -> None:
    may = ["<style>br{display:none}</style>", "<style>td BR { display: none }</style>", "<style>*{float:left}</style>",
           "<style>p :empty{display:none}</style>", "<style>#a{position:absolute}</style>",
           "<style>b\\72{display:none}</style>", "<style>br{disp\\6c ay:none}</style>", "<style>br{content:''}</style>",
           "<style>@import url(x.css);</style>", '<link rel="stylesheet" href="x.css">', "<style>br{all:unset}</style>",
           "<style>@media print { br { display: none } }</style>", "<style>br{display:none}", "<style>td { br {display:none"]
    cannot = ["<style>td { padding: 4px 8px; }</style>", "<style>.note{color:red} p{margin:0}</style>",
              "<style>/* br */ td{x:y}</style>", "<style>@media print { td { color: red } }</style>",
              "<style>abbr, bra { display: none }</style>", "<style>* { box-sizing: border-box; margin: 0 }</style>",
              "<style>br { color: red } td { display: none }</style>", "<style>p:first-child { font-weight: bold }</style>"]
    assert [t for t in may if not browsers.sheet_may_hide_br(t)] == []
    assert [t for t in cannot if browsers.sheet_may_hide_br(t)] == []
