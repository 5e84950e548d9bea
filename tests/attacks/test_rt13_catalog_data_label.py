"""Red team 13: the site's own style sheet shows attribute text. gates.css (phones, max-width 44.9375em):
    .md-typeset .gates-catalog__table td::before { content: attr(data-label) "："; ... }
An article's content region sits in <article class="md-content__inner md-typeset">, so an editor who writes raw
HTML with the templates' own class, `<table class="gates-catalog__table">…<td data-label="…">`, has the value of
data-label shown before the cell on every phone. Neither reader reads data-label: a number or mark placed there
passes `gates check`. (The class is one of the templates' gates-* classes, so it is not even read as possibly
hiding.)

Inputs (Markdown body; Python-Markdown passes the raw HTML block through unchanged):
    <table class="gates-catalog__table"><tbody><tr><td data-label="联系人13800138000">张三</td></tr></tbody></table>
        a phone shows 联系人13800138000：张三          expected SEC003
    same with data-label="说明：机密★1年"               expected SEC001
"""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest

from tests.conftest import PROJECT, Site

CSS = PROJECT / "gates_mkdocs/templates/assets/stylesheets/gates.css"
TABLE = '<table class="gates-catalog__table"><tbody><tr><td data-label="{}">张三</td></tr></tbody></table>\n'


def test_the_style_sheet_shows_data_label() -> None:
    assert ".md-typeset .gates-catalog__table td::before { content: attr(data-label)" in Path(CSS).read_text("utf-8")


@pytest.mark.parametrize(("label", "code"), [("联系人13800138000", "SEC003"), ("说明：机密★1年", "SEC001")])
def test_data_label_in_the_catalog_table_class(site: Site, label: str, code: str) -> None:
    body = TABLE.format(label)
    assert markdown.markdown(body, extensions=["tables", "attr_list", "toc"]) == body.strip()
    site.page("content/news/a.md", body=body)
    assert code in [f.code for f in site.check()]


@pytest.mark.parametrize(("text", "code"), [("联系人13800138000", "SEC003"), ("说明：机密★1年", "SEC001")])
def test_control_in_the_cell(site: Site, text: str, code: str) -> None:
    site.page("content/news/a.md", body=f'<table class="gates-catalog__table"><tbody><tr><td>{text}</td></tr></tbody>'
                                          "</table>\n")
    assert code in [f.code for f in site.check()]
