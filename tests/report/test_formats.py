"""Every output format, parsed as what it claims to be."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from gates.model.finding import Finding, Result
from gates.report import FORMATS
from gates.rules import RULES

RESULT = Result(
    findings=[
        Finding("FM003", "error", "content/news/a.md", 1, "缺少必填项 unit (发布单位)", "3.1"),
        Finding("FM009", "warning", "content/news/a.md", 4, "索引号 'x' 格式不规范", "3.6"),
        Finding("FM008", "error", "content/policies/b.md", 6, "发文字号 <错误>, 含逗号: 冒号", "3.2"),
    ],
    files=5,
)


def test_json_is_the_spec_contract() -> None:
    doc = json.loads(FORMATS["json"](RESULT, RULES))
    assert set(doc) == {"findings", "summary"}
    assert doc["summary"] == {"files": 5, "errors": 2, "warnings": 1}
    assert set(doc["findings"][0]) == {"code", "severity", "path", "line", "message", "article"}
    assert doc["findings"][0]["code"] == "FM003"


def test_sarif_parses_and_links_rules() -> None:
    doc = json.loads(FORMATS["sarif"](RESULT, RULES))
    assert doc["version"] == "2.1.0"
    run = doc["runs"][0]
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert len(run["results"]) == 3
    for item in run["results"]:
        assert rule_ids[item["ruleIndex"]] == item["ruleId"]
        assert item["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1
    assert {r["level"] for r in run["results"]} == {"error", "warning"}


def test_junit_parses_with_one_failure_per_failing_file() -> None:
    root = ET.fromstring(FORMATS["junit"](RESULT, RULES))
    suite = root.find("testsuite")
    assert suite is not None
    cases = suite.findall("testcase")
    assert int(suite.get("tests", "0")) == len(cases)
    assert int(suite.get("failures", "0")) == 2 == len(suite.findall("testcase/failure"))
    assert any(c.get("name") == "content/policies/b.md" for c in cases)


def test_github_annotations_escape_properties() -> None:
    lines = FORMATS["github"](RESULT, RULES).splitlines()
    assert lines[0].startswith("::error file=content/news/a.md,line=1,title=FM003::")
    assert lines[1].startswith("::warning ")
    assert "%2C" not in lines[2].split("::")[2]  # the message part keeps its commas


def test_text_has_article_and_summary() -> None:
    out = FORMATS["text"](RESULT, RULES)
    assert "content/news/a.md:1: FM003 错误" in out and "[附件3 第一条]" in out
    assert out.rstrip().endswith("运行 gates explain <代码> 查看规则说明和改法")


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_empty_result_renders(fmt: str) -> None:
    assert FORMATS[fmt](Result(files=3), RULES)


def test_gitlab_code_quality_shape() -> None:
    """GitLab's Code Quality report: a JSON array of issues with description, check_name, a fingerprint unique per
    issue, a severity from GitLab's five, and location.path with lines.begin."""
    twice = Result(findings=[*RESULT.findings,
                             Finding("FM009", "warning", "content/news/a.md", 9, "索引号 'x' 格式不规范", "3.6"),
                             Finding("SEC003", "info", "content/news/c.md", 0, "已接受：公开的服务电话", "1.2")],
                   files=5)
    issues = json.loads(FORMATS["gitlab"](twice, RULES))
    assert isinstance(issues, list) and len(issues) == 5
    for issue in issues:
        assert {"description", "check_name", "fingerprint", "severity", "location"} <= set(issue)
        assert isinstance(issue["description"], str) and issue["description"]
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert isinstance(issue["location"]["path"], str)
        assert isinstance(issue["location"]["lines"]["begin"], int) and issue["location"]["lines"]["begin"] >= 1
    assert len({i["fingerprint"] for i in issues}) == 5  # the same message twice in one file still differs
    by_code = {i["check_name"]: i["severity"] for i in issues}
    assert by_code == {"FM003": "blocker", "FM008": "blocker", "FM009": "minor", "SEC003": "info"}
    first = issues[0]
    assert first["location"] == {"path": "content/news/a.md", "lines": {"begin": 1}}
    assert first["description"].startswith("FM003 缺少必填项 unit") and "[附件3 第一条]" in first["description"]


def test_gitlab_fingerprints_survive_moved_lines() -> None:
    before = json.loads(FORMATS["gitlab"](RESULT, RULES))
    moved = Result(findings=[Finding(f.code, f.severity, f.path, f.line + 3, f.message, f.article)
                             for f in RESULT.findings], files=5)
    after = json.loads(FORMATS["gitlab"](moved, RULES))
    assert [i["fingerprint"] for i in before] == [i["fingerprint"] for i in after]
