"""Red team 9: `_ATTR_LIST` (and `_SPAN_ATTR`) read an attribute list as `\\{:?[^{}\\n]*\\}`, but Python-Markdown's
attr_list takes everything up to the LAST `}` of the line (`\\{\\:?[ ]*([^\\}\\n ][^\\n]*)\\}`) and its scanner reads
quoted values with braces in them. A quoted `{` stops the reader's pattern (no list, so the span is not possibly
hidden and the filler stays in both readings); a quoted `}` ends it early (the span is dropped, but the rest of the
list, `" hidden}`, stays between the digits). Either way the page shows the number whole:
`<em hidden title="{">填充</em>`.

Inputs (Markdown body):
    身份证号1101*填充*{: title="{" hidden}0519491231002X。    secure: SEC002
    身份证号1101*填充*{: title="}" hidden}0519491231002X。    secure: SEC002
    台湾*填充*{: title="{" hidden}政府                        secure: TERM001
"""

from __future__ import annotations

import re

import markdown
import pytest

from tests.conftest import Site

ID = "11010519491231002X"
LISTS = ['{: title="{" hidden}', '{: title="}" hidden}', "{: data-x='{' hidden}"]


@pytest.mark.parametrize("attrs", LISTS)
def test_the_build_hides_the_filler(attrs: str) -> None:
    html = markdown.markdown(f"身份证号{ID[:4]}*填充*{attrs}{ID[4:]}。", extensions=["tables", "attr_list", "toc"])
    assert re.search(rf"<em [^>]*\bhidden\b[^>]*>填充</em>{ID[4:]}", html) and "hidden}" not in html


@pytest.mark.parametrize("attrs", LISTS)
def test_number_split_by_span_with_brace_in_attribute(site: Site, attrs: str) -> None:
    site.page("content/news/a.md", body=f"身份证号{ID[:4]}*填充*{attrs}{ID[4:]}。\n")
    assert "SEC002" in [f.code for f in site.check()]


def test_term_split_by_span_with_brace_in_attribute(site: Site) -> None:
    site.page("content/news/a.md", body='台湾*填充*{: title="{" hidden}政府\n')
    assert "TERM001" in [f.code for f in site.check()]


def test_control_plain_attribute_list(site: Site) -> None:
    site.page("content/news/a.md", body=f'身份证号{ID[:4]}*填充*{{: title="x" hidden}}{ID[4:]}。\n')
    assert "SEC002" in [f.code for f in site.check()]
