"""Red team 10: the reader reads a Markdown image `![alt](src)` as its alt text shown in the line (`_AT_LINK`
matches from the `[`, keeps the alt and leaves the `!`), but a browser shows an image that loads as the picture,
never its alt: `1101<img alt="填充" src="/images/dot.png">0519491231002X` is 11010519491231002X to innerText and, with
a one-pixel transparent dot.png (or any small picture), to the eye. FM015 even asks for the alt text, so the filler
is what a careful page has. The same image written as HTML is read as nothing (SEC002 found): only the Markdown
form lets the number through.

Inputs (Markdown body):
    身份证号1101![填充](/images/dot.png)0519491231002X。                secure: SEC002
    身份证号1101![填充][p]0519491231002X。\\n\\n[p]: /images/dot.png    secure: SEC002
    台湾![填充](/images/dot.png)政府                                     secure: TERM001
"""

from __future__ import annotations

import markdown
import pytest

from tests.conftest import Site

ID = "11010519491231002X"
IMAGES = ["![填充](/images/dot.png)", "![填充][p]"]
REFS = "\n\n[p]: /images/dot.png\n"


@pytest.mark.parametrize("image", IMAGES)
def test_the_build_makes_an_image(image: str) -> None:
    html = markdown.markdown(f"身份证号{ID[:4]}{image}{ID[4:]}。{REFS}", extensions=["tables", "attr_list", "toc"])
    assert f'{ID[:4]}<img alt="填充" src="/images/dot.png" />{ID[4:]}' in html


@pytest.mark.parametrize("image", IMAGES)
def test_number_split_by_image(site: Site, image: str) -> None:
    site.page("content/news/a.md", body=f"身份证号{ID[:4]}{image}{ID[4:]}。{REFS}")
    assert "SEC002" in [f.code for f in site.check()]


def test_term_split_by_image(site: Site) -> None:
    site.page("content/news/a.md", body="台湾![填充](/images/dot.png)政府\n")
    assert "TERM001" in [f.code for f in site.check()]


def test_control_html_image(site: Site) -> None:
    site.page("content/news/a.md", body=f'身份证号{ID[:4]}<img alt="填充" src="/images/dot.png">{ID[4:]}。\n')
    assert "SEC002" in [f.code for f in site.check()]
