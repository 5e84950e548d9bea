"""The command line contract: exit codes 0/1/2, one stderr line for bad config or arguments."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from gates.cli import main
from tests.conftest import PROJECT, Site


def gates(site: Site, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "gates", *args], cwd=site.root, capture_output=True, text=True,
                          check=False)


def test_missing_disclosure_json_exit_1(site: Site) -> None:
    site.page("content/news/a.md", disclosure=None)
    proc = gates(site, "check", "--format", "json")
    assert proc.returncode == 1, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["findings"][0]["path"] == "content/news/a.md"
    assert doc["findings"][0]["code"].startswith(("FM", "ATTR"))
    assert doc["summary"]["errors"] == 1


def test_clean_content_exit_0(site: Site) -> None:
    site.page("content/news/a.md")
    proc = gates(site, "check", "--stage", "content")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 个错误" in proc.stdout


def test_bad_config_is_one_line_exit_2(site: Site) -> None:
    (site.root / "site_config" / "columns.yml").write_text("columns:\n  - {id: a}\n", encoding="utf-8")
    proc = gates(site, "check")
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert len(proc.stderr.strip().splitlines()) == 1 and "columns.yml" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_bad_arguments_exit_2(site: Site, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--format", "yaml", "--root", str(site.root)]) == 2
    assert main(["check", "--select", "NOPE", "--root", str(site.root)]) == 2
    assert main(["explain", "XX999"]) == 2
    assert main([]) == 2
    err = capsys.readouterr().err
    assert "NOPE" in err and "XX999" in err


def test_named_paths_and_select(site: Site, capsys: pytest.CaptureFixture[str]) -> None:
    site.page("content/news/a.md", disclosure=None)
    site.page("content/news/b.md", doc_number="x")
    root = str(site.root)
    assert main(["check", "--root", root, "content/news/b.md", "--format", "json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert {f["path"] for f in doc["findings"]} == {"content/news/b.md"}
    assert main(["check", "--root", root, "--select", "FM", "--ignore", "FM008", "--format", "json"]) == 0
    capsys.readouterr()


def test_every_format_from_the_command_line(site: Site) -> None:
    site.page("content/news/a.md", disclosure=None)
    for fmt in ("text", "json", "github", "sarif", "junit", "gitlab"):
        proc = gates(site, "check", "--format", fmt)
        assert proc.returncode == 1 and proc.stdout, fmt


def test_rules_and_explain(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    assert "FM008" in out and "附件" in out
    assert main(["explain", "fm008"]) == 0
    out = capsys.readouterr().out
    assert "〔2022〕37号" in out and "依据" in out and "怎么改" in out


def test_rules_page_is_generated_from_the_rules(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "--format", "markdown"]) == 0
    generated = capsys.readouterr().out
    on_disk = (PROJECT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert on_disk == generated, "docs/rules.md is stale: run `gates rules --format markdown > docs/rules.md`"


def test_guide_rules_part_is_generated_from_the_rules() -> None:
    from gates import rules
    from gates.cli.rules import as_guide

    guide = (PROJECT / "docs" / "guide.md").read_text(encoding="utf-8")
    _, found, tail = guide.partition("## 四、规则一览 (按族)\n\n")
    assert found, "docs/guide.md lost its rules heading"
    assert tail == as_guide(rules.RULES), "docs/guide.md is stale: run `make rules-doc`"
    assert all(f"| {r.code} |" in tail for r in rules.RULES)


def test_a_path_that_does_not_exist_is_a_usage_error(site: Site, capsys: pytest.CaptureFixture[str]) -> None:
    # A mistyped path must not check nothing and pass (red team 4).
    site.page("content/news/a.md", disclosure=None)
    root = str(site.root)
    assert main(["check", "--root", root, "content/news/typo.md"]) == 2
    assert main(["check", "--root", root, ""]) == 2
    assert main(["check", "--root", root, "content/news/a.md"]) == 1
    err = capsys.readouterr().err
    assert err.count("路径不存在") == 2 and "Traceback" not in err


def test_the_process_exits_with_mains_code_and_its_output_whole(tmp_path: object) -> None:
    # `python -m gates` leaves through os._exit (gates.cli.run): what main() printed must still all arrive.
    done = subprocess.run([sys.executable, "-m", "gates", "rules", "--format", "json"], capture_output=True,
                          text=True, cwd=tmp_path, check=False)
    assert done.returncode == 0 and done.stdout.rstrip().endswith("]"), done.stdout[-200:]
    usage = subprocess.run([sys.executable, "-m", "gates", "check", "--no-such-option"], capture_output=True,
                           text=True, cwd=tmp_path, check=False)
    assert usage.returncode == 2 and "参数错误" in usage.stderr
