"""A reader on a phone: the built sample site served on 127.0.0.1 and opened in real headless Chromium."""

from __future__ import annotations

import functools
import http.server
import re
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PROJECT

PHONE = "390,844"


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    assert found, "Chromium is needed for the browser tests: apt-get install chromium (scripts/dev.py test does it)"
    return found


@pytest.fixture(scope="module")
def served(demo_site: Path) -> Iterator[str]:
    site = demo_site
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def browse(url: str, *extra: str) -> str:
    """The DOM after Chromium has loaded the page and run its scripts, at phone size."""
    with tempfile.TemporaryDirectory() as profile:
        proc = subprocess.run(
            [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", f"--window-size={PHONE}", "--virtual-time-budget=3000", *extra, url],
            capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def test_article_renders_with_its_disclosure_table(served: str) -> None:
    dom = browse(f"{served}/policies/2026-02-27-zhengwu-gongkai-yaodian/", "--dump-dom")
    assert "江北区2026年政务公开工作要点" in dom
    assert "江北府办发〔2026〕12号" in dom and "11500105768865765W/2026-00012" in dom
    assert 'name="SiteIDCode" content="5001050001"' in dom
    assert "网站标识码" in dom  # the footer


def test_column_page_lists_articles_newest_first(served: str) -> None:
    dom = browse(f"{served}/news/", "--dump-dom")
    dates = re.findall(r'<time class="gates-list__date" datetime="(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})', dom)
    published = [p for p in (PROJECT / "content" / "news").glob("*.md") if "\nstatus: published" in p.read_text("utf-8")]
    assert len(dates) == len(published) >= 5
    assert dates == sorted(dates, reverse=True)


def test_withheld_page_is_not_served(served: str) -> None:
    dom = browse(f"{served}/notices/2026-03-11-yishenqing-dafu/", "--dump-dom")
    assert "404" in dom and "GUANYINQIAO-DAFU-5520" not in dom


def test_phone_screenshot_is_drawn(served: str, tmp_path: Path) -> None:
    shot = tmp_path / "article.png"
    browse(f"{served}/news/", f"--screenshot={shot}")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (390, 844)
