"""Red team 8: `_hidden_spans` marks a span possibly hidden only when `_SPANS` recognises it, but attr_list gives
`{: hidden}` to whatever inline element stands before it, and `_ATTR_LIST` takes the list out of the reader view
after any `*_~)`]`. Spans Python-Markdown makes that `_SPANS` does not recognise (or pairs wrongly) keep their
content in the reader view, so the filler splits the number the page shows whole:

    身份证号1101![填充](https://www.example.gov.cn/a.png){: hidden}0519491231002X。  image (span keyed at `!`, never a
                                                                               candidate; the `!` also stays)
    身份证号1101[填充][1]{: hidden}0519491231002X。  + `[1]: https://…`        reference link (not in _SPANS)
    身份证号1101[填充]{: hidden}0519491231002X。     + `[填充]: https://…`      shortcut reference link
    身份证号1101<https://www.example.gov.cn/>{: hidden}0519491231002X。        autolink (`>` not in the lookbehind,
                                                                               so `{: hidden}` even stays as text)
    身份证号1101**填*充***{: hidden}0519491231002X。                            nested emphasis paired wrongly
    身份证号1101*填**充***{: hidden}0519491231002X。                            likewise
Secure behaviour: SEC002 for each (and SEC001 for the mark 机![x](…){: hidden}密★5年).
"""

from __future__ import annotations

import markdown
import pytest

from tests.conftest import Site

ID = "11010519491231002X"
DEF = "\n\n[1]: https://www.example.gov.cn/\n[填充]: https://www.example.gov.cn/\n"
FILLERS = {
    "image": ("![填充](https://www.example.gov.cn/a.png){: hidden}",
              '<img alt="填充" hidden src="https://www.example.gov.cn/a.png" />'),
    "reference": ("[填充][1]{: hidden}", '<a hidden href="https://www.example.gov.cn/">填充</a>'),
    "shortcut": ("[填充]{: hidden}", '<a hidden href="https://www.example.gov.cn/">填充</a>'),
    "autolink": ("<https://www.example.gov.cn/>{: hidden}",
                 '<a hidden href="https://www.example.gov.cn/">https://www.example.gov.cn/</a>'),
    "strong-em": ("**填*充***{: hidden}", "<strong hidden>填<em>充</em></strong>"),
    "em-strong": ("*填**充***{: hidden}", "<em hidden>填<strong>充</strong></em>"),
}


def _body(filler: str) -> str:
    return f"身份证号{ID[:4]}{filler}{ID[4:]}。{DEF}"


@pytest.mark.parametrize("kind", FILLERS)
def test_the_build_hides_the_filler(kind: str) -> None:
    filler, shown = FILLERS[kind]
    html = markdown.markdown(_body(filler), extensions=["tables", "attr_list", "toc"])
    assert f"{ID[:4]}{shown}{ID[4:]}" in html


@pytest.mark.parametrize("kind", FILLERS)
def test_number_split_by_hidden_span(site: Site, kind: str) -> None:
    site.page("content/news/a.md", body=_body(FILLERS[kind][0]))
    assert "SEC002" in [f.code for f in site.check()]


def test_mark_split_by_hidden_image(site: Site) -> None:
    site.page("content/news/a.md", body="机![x](https://www.example.gov.cn/a.png){: hidden}密★5年\n")
    assert "SEC001" in [f.code for f in site.check()]


@pytest.mark.parametrize("filler", ["*填充*{: hidden}", "[填充](#){: hidden}", "***填*充**{: hidden}"])
def test_control_recognised_spans(site: Site, filler: str) -> None:
    site.page("content/news/a.md", body=_body(filler))
    assert "SEC002" in [f.code for f in site.check()]
