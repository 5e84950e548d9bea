"""benchmarks/probe_native.py, for real: a small policy corpus, one round, and the pass checked against str.count."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks import corpus, probe_native
from gates.config import load_config


def test_the_pass_finds_every_fixed_string_where_it_stands(tmp_path: Path) -> None:
    root = corpus.generate(tmp_path / "policy", 12, "policy", seed=3)
    strings = probe_native.fixed_strings(load_config(root))
    assert {"机密", "秘密", "扫码领取"} <= set(strings)
    body = "各单位应当保守国家秘密。密级：机密★1年\n扫码领取优惠券，机密\n".encode()
    found: list[int] = []
    db = probe_native.database(strings, every_class_hit=True)
    db.scan(body, match_event_handler=lambda pattern, *_: found.append(pattern))
    for word in ("机密", "秘密", "扫码领取"):
        assert found.count(strings.index(word)) == body.count(word.encode()), word
    newline = len(strings) + probe_native.CLASSES.index(r"\n")
    assert found.count(newline) == 2
    once: list[int] = []
    probe_native.database(strings, every_class_hit=False).scan(body, match_event_handler=lambda p, *_: once.append(p))
    assert once.count(newline) == 1 and once.count(strings.index("机密")) == 2


def test_the_probe_prints_every_side_against_parsing(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    root = corpus.generate(tmp_path / "policy", 20, "policy", seed=4)
    out = tmp_path / "probe.json"
    assert probe_native.main([str(root), "--rounds", "1", "--json", str(out), "--mix", "policy"]) == 0
    printed = capsys.readouterr().out
    for side in ("| parse |", "| text rules |", "| presence |", "| all |"):
        assert side in printed
    result = json.loads(out.read_text("utf-8"))
    assert result["pages"] >= 20 and all(v > 0 for v in result["us_per_page"].values())
    assert result["over_parse"]["parse"] == 1.0
    assert 0 < result["candidates_per_page"]["presence"] <= result["candidates_per_page"]["all"]
