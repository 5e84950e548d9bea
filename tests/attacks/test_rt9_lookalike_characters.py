"""Red team 9: characters that look the same as the ones the detectors know. Mathematical digits (U+1D7CE-U+1D7FF,
bold, sans-serif, monospace) and segmented digits (U+1FBF0-U+1FBF9) are digits (Unicode Nd, NFKC folds them to
ASCII) and show as 11010519491231002X; the numbers regex knows only ASCII and full-width digits. The CJK
compatibility ideograph U+F9BE is canonically equivalent to 料 (NFC folds it) and drawn the same: 内部资\\uf9be
alone on its line shows 内部资料 and is no mark to find_marks.

Inputs (Markdown body):
    身份证号𝟏𝟏𝟎𝟏𝟎𝟓𝟏𝟗𝟒𝟗𝟏𝟐𝟑𝟏𝟎𝟎𝟐X。   (U+1D7CF…)   secure: SEC002
    身份证号𝟷𝟷𝟶𝟷𝟶𝟻𝟷𝟿𝟺𝟿𝟷𝟸𝟹𝟷𝟶𝟶𝟸X。   (U+1D7F7…)   secure: SEC002
    手机号𝟷𝟹𝟾𝟶𝟶𝟷𝟹𝟾𝟶𝟶𝟶。                        secure: SEC003 (mobile)
    内部资\\uf9be\\n\\n正文。                       secure: SEC001
"""

from __future__ import annotations

import unicodedata

import pytest

from tests.conftest import Site

ID = "11010519491231002X"


def _digits(text: str, zero: int) -> str:
    return "".join(chr(zero + int(c)) if c.isdigit() else c for c in text)


@pytest.mark.parametrize("zero", [0x1D7CE, 0x1D7E2, 0x1D7F6, 0x1FBF0])
def test_id_number_in_lookalike_digits(site: Site, zero: int) -> None:
    shown = _digits(ID, zero)
    assert unicodedata.normalize("NFKC", shown) == ID
    site.page("content/news/a.md", body=f"身份证号{shown}。\n")
    assert "SEC002" in [f.code for f in site.check()]


def test_mobile_in_lookalike_digits(site: Site) -> None:
    site.page("content/news/a.md", body=f"手机号{_digits('13800138000', 0x1D7F6)}。\n")
    assert any(f.code.startswith("SEC") for f in site.check())


def test_mark_with_compatibility_ideograph(site: Site) -> None:
    assert unicodedata.normalize("NFC", "内部资\uf9be") == "内部资料"
    site.page("content/news/a.md", body="内部资\uf9be\n\n正文。\n")
    assert "SEC001" in [f.code for f in site.check()]


def test_control_plain(site: Site) -> None:
    site.page("content/news/a.md", body="内部资料\n\n正文。\n")
    assert "SEC001" in [f.code for f in site.check()]
