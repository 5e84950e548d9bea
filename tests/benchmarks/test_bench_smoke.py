"""The benchmark corpus and runner, for real: git repositories, the sample keys, `python -m gates` processes.

gates is driven through its command line only (its internal modules are moving), exactly as the
benchmarks drive it. The whole file stays under ~40 s on two cores: two 30-page corpora, two signed pages.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from benchmarks import corpus, personal

PROJECT = Path(__file__).resolve().parents[2]
PAGES = 30
SEED = 7
SIGNED = 2


def gates(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "gates", *args], cwd=root, capture_output=True, text=True,
                          env=corpus.gates_env(PROJECT), check=False)


def findings(root: Path, *args: str) -> list[dict[str, object]]:
    proc = gates(root, "check", "--format", "json", *args)
    assert proc.returncode in (0, 1), proc.stderr
    found: list[dict[str, object]] = json.loads(proc.stdout)["findings"]
    return found


def articles(root: Path) -> list[str]:
    listed = corpus.git(root, "ls-files", "content").split()
    return [p for p in listed if p.endswith(".md") and not p.endswith("/index.md") and p != "content/index.md"]


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    base = tmp_path_factory.mktemp("corpora")
    yield {
        "news": corpus.generate(base / "news", PAGES, "news", signed_share=SIGNED / PAGES, seed=SEED),
        "policy": corpus.generate(base / "policy", PAGES, "policy", seed=SEED),
    }


# ---- the repository ------------------------------------------------------------------------------------


def test_a_real_repository_rooted_in_a_principal_signed_roster(made: dict[str, Path]) -> None:
    root = made["news"]
    info = corpus.manifest(root)
    log = corpus.git(root, "log", "--reverse", "--format=%H %an").split("\n")[:-1]
    first, pages_commit = log[0].split()[0], log[1].split()[0]
    assert log[0].endswith("陈刚")  # the sample principal vouches for the roster
    assert "gpgsig -----BEGIN SSH SIGNATURE-----" in corpus.git(root, "cat-file", "commit", first)
    tracked = corpus.git(root, "ls-tree", "-r", "--name-only", first).split()
    assert {"site_config/roster.yml", "site_config/columns.yml", "mkdocs.yml", "content/index.md"} <= set(tracked)
    assert len(articles(root)) == PAGES
    assert corpus.git(root, "diff", "--name-only", first, pages_commit).count(".md") == PAGES
    assert len(log) == 2 + info["approvals"]
    assert corpus.git(root, "status", "--porcelain") == ""


def test_pages_parse_with_the_front_matter_of_spec_section_2(made: dict[str, Path]) -> None:
    for mix, root in made.items():
        sizes = []
        for path in articles(root):
            text = (root / path).read_text("utf-8")
            meta = yaml.safe_load(text[4:].split("\n---\n", 1)[0])
            assert {"title", "column", "unit", "disclosure", "status", "description"} <= set(meta)
            assert "written_date" in meta or path in corpus.manifest(root)["signed"]
            assert meta["column"] == path.split("/")[1]
            assert meta["disclosure"] in ("主动公开", "依申请公开", "不予公开")
            if meta["disclosure"] != "主动公开":
                assert re.search("第十[四五六]条", meta["disclosure_reason"])
            if meta["column"] == "policies":
                assert re.fullmatch(r"[\u4e00-\u9fff]+〔20\d\d〕[1-9]\d*号", meta["doc_number"])
            sizes.append(len(text.encode("utf-8")))
        middle = sorted(sizes)[len(sizes) // 2]
        assert (3000 < middle < 5500) if mix == "news" else (9000 < middle < 15000), (mix, middle)
    policy = "".join((made["policy"] / p).read_text("utf-8") for p in articles(made["policy"]))
    for quoted in ("保守国家秘密", "国家秘密的密级分为绝密、机密、秘密三级", "机密级事项", "工作秘密", "内部事务", "第一条"):
        assert quoted in policy


def test_planted_numbers_are_what_a_correct_detector_must_report() -> None:
    import random

    rng = random.Random(1)
    for _ in range(200):
        id18, card = personal.id_number(rng), personal.bank_card(rng)
        assert personal.id_check(id18[:17]) == id18[17] and len(id18) == 18
        assert personal.luhn_ok(card) and not personal.luhn_ok(card[:-1] + str((int(card[-1]) + 1) % 10))
    assert personal.id_check("11010519491231002") == "X"  # the GB 11643-1999 standard's own example
    assert personal.luhn_ok("4111111111111111")


# ---- the gates on the corpus ---------------------------------------------------------------------------


@pytest.mark.parametrize("mix", ["news", "policy"])
def test_content_gates_find_the_planted_numbers_and_nothing_else(made: dict[str, Path], mix: str) -> None:
    root = made[mix]
    planted = corpus.manifest(root)["planted"]
    assert planted, "every corpus of 10 pages or more plants numbers"
    expected = {(path, code) for path, numbers in planted.items() for code in numbers}
    pages = set(articles(root))
    found = [f for f in findings(root, "--stage", "content")
             if f["path"] in pages and f["severity"] in ("error", "warning")]
    seen = {(str(f["path"]), str(f["code"])) for f in found}
    assert expected <= seen, f"missed: {sorted(expected - seen)}"
    unexpected = [f for f in found if (f["path"], f["code"]) not in expected]
    # Policy pages quote the secrecy law constantly (国家秘密的密级分为绝密、机密、秘密三级): no mark may fire.
    assert not unexpected, unexpected[:5]


def _quotes_the_secrecy_law(root: Path, finding: dict[str, object]) -> bool:
    if finding["code"] != "SEC001":
        return False
    line = (root / str(finding["path"])).read_text("utf-8").split("\n")[int(str(finding["line"])) - 1]
    return "密级" in line and "★" not in line and ("绝密" in line or "机密" in line)


def test_signed_pages_pass_the_full_gate(made: dict[str, Path]) -> None:
    root = made["news"]
    info = corpus.manifest(root)
    assert len(info["signed"]) == SIGNED
    for path in info["signed"]:
        meta = yaml.safe_load((root / path).read_text("utf-8")[4:].split("\n---\n", 1)[0])
        assert meta["status"] == "published" and {"drafter", "section_head", "deputy"} <= set(meta["signers"])
    found = findings(root)
    assert not [f for f in found if str(f["code"]).startswith("SIGN")], found
    assert not [f for f in found if f["path"] in info["signed"]]
    # git agrees: every approval is signed by a key of the roster.
    allowed = root / ".git" / "allowed_signers"
    roster = yaml.safe_load((root / "site_config" / "roster.yml").read_text("utf-8"))
    allowed.write_text("".join(f"{p['email']} {p['signing_key']}\n" for p in roster["people"]), encoding="utf-8")
    verdicts = corpus.git(root, "-c", f"gpg.ssh.allowedSignersFile={allowed}", "log", "--format=%G?",
                          f"-n{info['approvals']}").split()
    assert verdicts == ["G"] * info["approvals"]


# ---- determinism ---------------------------------------------------------------------------------------


def test_same_seed_same_bytes(made: dict[str, Path], tmp_path: Path) -> None:
    again = corpus.generate(tmp_path / "again", PAGES, "policy", seed=SEED)
    assert corpus.git(again, "rev-parse", "HEAD") == corpus.git(made["policy"], "rev-parse", "HEAD")
    signed = corpus.generate(tmp_path / "signed", PAGES, "news", signed_share=SIGNED / PAGES, seed=SEED)
    before, after = corpus.manifest(made["news"]), corpus.manifest(signed)
    # Signing writes today's date, so the whole history repeats within a day; the pages always do.
    depth = f"HEAD~{before['approvals']}"
    assert corpus.git(signed, "rev-parse", depth) == corpus.git(made["news"], "rev-parse", depth)
    if before["signed_from"] == after["signed_from"]:
        assert corpus.git(signed, "rev-parse", "HEAD") == corpus.git(made["news"], "rev-parse", "HEAD")
    other = corpus.generate(tmp_path / "other", PAGES, "policy", seed=SEED + 1)
    assert corpus.git(other, "rev-parse", "HEAD") != corpus.git(made["policy"], "rev-parse", "HEAD")


# ---- the runner ----------------------------------------------------------------------------------------


def test_run_quick_prints_every_implemented_row(tmp_path: Path) -> None:
    out = tmp_path / "results.md"
    proc = subprocess.run([sys.executable, str(PROJECT / "benchmarks" / "run.py"), "--quick", "--out", str(out)],
                          cwd=PROJECT, capture_output=True, text=True, check=False, env=corpus.gates_env(PROJECT))
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    table = proc.stdout
    assert out.read_text("utf-8").strip() == table.strip()
    for row in ("| 1 | gates check / floor |", "| 2 | hook @", "| 2 | one page @", "| 3 | SIGN cold / git log",
                "| 3 | SIGN warm / git log", "| 6 | TERM alone", "| 4 | site build, ours cold / plain Material",
                "| 4 | one-page republish", "| 5 | gates rescan / LinkChecker, directory", "| 2 | one page @50 / pre-commit run, hook `true`",
                "| 2 | one page @50 / (hook `true` @50 − --no-verify @50)", "| 2 | hook `true` @"):
        assert row in table, row
    assert "failed" not in table
    assert "growth exponent" in table and "Not measured yet" not in table
    # Row 1 read backwards: gates with its text rules off, and what the target leaves those rules per page.
    assert "| 1 | gates check, text rules off / floor |" in table
    assert "## Row 1's budget for the text rules" in table
    budget = [line for line in table.splitlines() if line.startswith("| 100 | news |")]
    assert len(budget) == 1 and budget[0].count(" µs**") == 2, budget
    assert "| CPU | others |" in table


# ---- the site build (benchmarks/bench_site.py), at a tiny size ------------------------------------------


def test_bench_site_runs_all_four_builds_and_checks_the_incremental_output(tmp_path: Path) -> None:
    from benchmarks import bench_site

    result = bench_site.measure(12, 1, tmp_path)
    assert result["articles"] > 0 and set(result["medians"]) == {"plain", "ours", "incremental", "full"}
    assert all(len(times) == 1 and times[0] > 0 for times in result["times"].values())
    root = tmp_path / "site12"
    assert (root / "site-plain/search/search_index.json").is_file()  # the floor really built the site
    plain = (root / "mkdocs-plain.yml").read_text(encoding="utf-8")
    assert "- gates:" not in plain and "lang: zh" in plain and "not_in_nav" in plain
