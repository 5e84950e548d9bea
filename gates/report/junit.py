"""JUnit XML: one test case per checked file with findings, so any CI server can show them."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from gates.domain.rule import Rule
from gates.model.articles import cite
from gates.model.finding import Result


def render(result: Result, rules: Sequence[Rule]) -> str:
    findings = sorted(result.findings, key=lambda f: (f.path, f.line, f.code))
    by_path = {path: list(group) for path, group in itertools.groupby(findings, key=lambda f: f.path)}
    failed = sum(1 for group in by_path.values() if any(f.severity == "error" for f in group))
    passed = result.files - len(by_path)
    cases = str(len(by_path) + (1 if passed > 0 else 0))
    suites = ET.Element("testsuites", name="gates", tests=cases, failures=str(failed))
    suite = ET.SubElement(suites, "testsuite", name="gates check", tests=cases,
                          failures=str(failed), errors="0", skipped="0")
    for path, group in by_path.items():
        case = ET.SubElement(suite, "testcase", classname="gates", name=path)
        errors = [f for f in group if f.severity == "error"]
        if errors:
            failure = ET.SubElement(case, "failure", type=errors[0].code, message=errors[0].message)
            failure.text = "\n".join(f"{f.path}:{f.line}: {f.code} {f.message} [{cite(f.article)}]" for f in errors)
        others = [f for f in group if f.severity != "error"]
        if others:
            out = ET.SubElement(case, "system-out")
            out.text = "\n".join(f"{f.path}:{f.line}: {f.code} {f.severity} {f.message}" for f in others)
    if passed > 0:
        ET.SubElement(suite, "testcase", classname="gates", name=f"其余 {passed} 个文件")
    return ET.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"
