"""Red team 6: a terms.yml shape that makes the wording matcher's DFA blow up (the process aborts).

detect/phrases.py now builds the ahocorasick-rs automaton as a DFA whenever the list (wrong forms, allowed
contexts and their full-width spellings) holds at most 1,000 patterns, whatever their length. A DFA costs a
row of transitions (up to 256 four-byte entries) for every byte of every pattern: about 1 KB of memory per
byte of terms.yml, where the previous matcher (pyahocorasick, a trie) cost some 50 bytes. A 6.8 MB terms.yml
(one term whose `allow` lists 900 correct phrases of 2,500 characters) makes `gates check` ask Rust for several GB; under a
2 GB address-space limit (a small CI runner) Rust's allocator aborts the whole process with SIGABRT
("memory allocation of N bytes failed"): no finding, no traceback, no report. The config is signed, but the
brief asks that a config shape never crash the check; the pyahocorasick matcher (eba9c03) built the same
list in ~330 MB and found the term. (Measured: 1,000 phrases of 1,000 characters, 1.5 GB now against 150 MB.)

Secure behaviour: the check finishes under the limit (the finding for the page is reported), as it did
before this session; a list that cannot be built is a clear configuration error.
"""

from __future__ import annotations

import os
import random
import resource
import subprocess
import sys

from tests.conftest import Site

LIMIT = 2 * 1024**3  # bytes of address space


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT, LIMIT))


def _run(site: Site) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GATES_CACHE_KEY_FILE": str(site.root / "cache-mac.key")}
    return subprocess.run([sys.executable, "-m", "gates", "check", "--format", "json", "content/news/a.md"],
                          cwd=site.root, env=env, capture_output=True, text=True, preexec_fn=_limit, timeout=300)


def _long_terms(site: Site, chars: int) -> None:
    rng = random.Random(6)
    allow = ["台湾政府" + "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(chars)) for _ in range(900)]
    text = "terms:\n  - wrong: 台湾政府\n    right: 台湾当局\n    level: error\n    allow:\n" + \
        "".join(f"      - {a}\n" for a in allow)
    (site.root / "site_config" / "terms.yml").write_text(text, encoding="utf-8")


def test_control_a_short_list_reports_the_term(site: Site) -> None:
    _long_terms(site, 10)
    site.page("content/news/a.md", body="台湾政府表示\n")
    done = _run(site)
    assert done.returncode >= 0, done.stderr[-500:]
    assert "TERM001" in done.stdout


def test_a_long_signed_term_list_does_not_abort_the_check(site: Site) -> None:
    _long_terms(site, 2_500)  # one term, 900 allowed contexts of 2,500 characters: a 6.8 MB terms.yml
    site.page("content/news/a.md", body="台湾政府表示\n")
    done = _run(site)
    assert done.returncode >= 0, f"killed by signal {-done.returncode}: {done.stderr[-300:]}"
    assert "TERM001" in done.stdout
