"""The re-scan reads a data-label as the page shows it. Red team 13 found the Markdown reader blind to data-label
(test_rt13_catalog_data_label.py); both of the re-scan's region readers were too. A page published outside gates
(uploaded by hand, or built before the rule) with

    <table class="gates-catalog__table"><tbody><tr><td data-label="联系人13800138000">张三</td></tr></tbody></table>

shows 联系人13800138000：张三 on every phone (gates.css), and `gates rescan` must report it. The templates' own
catalog labels (索引号, 发文字号 …) are read as a part of their own and never join the cell's text.
"""

from __future__ import annotations

import pytest

from gates.crawl.content import content_document
from gates.model.document import HtmlDocument
from gates.rules.sec.scan import _scan

PAGE = "<html><body>\n<div data-gates-content>\n{x}\n</div><!-- /data-gates-content -->\n</body></html>"
READERS = [content_document, HtmlDocument.parse]
CELL = '<table class="gates-catalog__table"><tbody><tr><td data-label="{}">{}</td></tr></tbody></table>'


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize(("label", "kind"), [("联系人13800138000", "mobile"), ("身份证号11010519491231002X", "id18")])
def test_a_number_in_a_data_label(read, label: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    doc = read("a.html", PAGE.format(x=CELL.format(label, "张三")))
    assert kind in [h.kind for h, _ in _scan(doc).numbers]


@pytest.mark.parametrize("read", READERS)
def test_a_mark_in_a_data_label(read) -> None:  # type: ignore[no-untyped-def]
    doc = read("a.html", PAGE.format(x=CELL.format("说明：机密★1年", "张三")))
    assert [h.text for h, _ in _scan(doc).marks] != []


@pytest.mark.parametrize("read", READERS)
def test_the_label_never_joins_the_cell(read) -> None:  # type: ignore[no-untyped-def]
    # 1380013 before, 8000 in the cell: joined they would be a mobile number; a phone shows "1380013：8000"
    doc = read("a.html", PAGE.format(x=CELL.format("电话1380013", "8000")))
    assert [h.kind for h, _ in _scan(doc).numbers if h.kind == "mobile"] == []
    assert "电话1380013" not in doc.text  # read as a part of its own, out of the text's flow
    assert "电话1380013" in [part.text for part in doc.text_parts()][-1]


@pytest.mark.parametrize("read", READERS)
def test_the_templates_catalog_labels_fire_nothing(read) -> None:  # type: ignore[no-untyped-def]
    row = ('<table class="gates-catalog__table"><tbody><tr><td data-label="索引号">11500105768865765W/2025-04562</td>'
           '<td data-label="发文字号">江北府办〔2025〕184号</td><td data-label="发布日期">2025-10-27</td></tr></tbody></table>')
    doc = read("a.html", PAGE.format(x=row))
    scan = _scan(doc)
    assert scan.numbers == [] and scan.marks == []
