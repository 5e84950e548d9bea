"""Run rules over pages, one page at a time, so a 50,000-page site never sits in memory at once."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from gates.frontmatter import read_page
from gates.model import Finding, Page
from gates.rule import Context, Rule

CONTENT = "content"
ACCEPT_KEY = "accept"


@dataclass
class Result:
    findings: list[Finding] = field(default_factory=list)
    files: int = 0

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity == "warning")


def discover(root: Path, paths: Sequence[str] = ()) -> list[str]:
    """Markdown files to check, as sorted posix paths relative to root.

    With no paths, everything under content/. Only .md files are pages: images and attachments beside them
    are not, while a binary or mis-encoded file named .md gets its finding.
    """
    base = root.resolve()
    prefix = str(base) + os.sep
    found: set[str] = set()
    for target in list(paths) or [CONTENT]:
        full = Path(target) if os.path.isabs(target) else base / target
        if full.is_dir():
            # Resolve the folder once, then build names by string: resolving 50,000 files one by one is slow.
            top = str(full.resolve())
            for dirpath, dirnames, filenames in os.walk(top):
                dirnames[:] = [d for d in dirnames if not d.startswith(".")]
                for name in filenames:
                    if name.endswith(".md"):
                        found.add(_relative(prefix, os.path.join(dirpath, name)))
        elif full.is_file() and full.suffix == ".md":
            found.add(_relative(prefix, str(full.resolve())))
    return sorted(found)


def _relative(prefix: str, path: str) -> str:
    rel = path[len(prefix):] if path.startswith(prefix) else path
    return rel.replace(os.sep, "/")


def check_page(page: Page, rules: Sequence[Rule], ctx: Context) -> list[Finding]:
    findings: list[Finding] = []
    if page.readable:
        todo: Sequence[Rule] = rules
    else:
        # An unreadable page has no meta or body: only the rules that report its parse problem run.
        problems = {p.code for p in page.problems}
        todo = [r for r in rules if r.code in problems]
    for rule in todo:
        check = rule.check
        if check is None:
            continue
        # Calling check directly (not through Rule.run) saves a generator layer per rule per page; with
        # 25 rules on 50,000 pages that layer alone is a visible share of a run.
        mark = len(findings)
        try:
            findings.extend(check(page, ctx))
        except Exception as exc:
            # Front matter can hold any YAML shape; a rule that trips on one must not cost the editor the
            # other findings or show a traceback. The page still fails, so nothing unchecked gets through.
            # What the rule yielded before it failed is dropped: its findings for this page are not whole.
            del findings[mark:]
            findings.append(_crashed(rule, page, exc))
    if not findings:
        return findings  # nothing to accept
    return apply_accepts(page, findings, rules)


def _crashed(rule: Rule, page: Page, exc: Exception) -> Finding:
    return rule.at(page, 1, f"无法按规则 {rule.code} 检查此页 (头信息的写法不符合预期：{exc.__class__.__name__})；"
                            "请对照 gates explain " + rule.code + " 改正", severity="error")


def apply_accepts(page: Page, findings: list[Finding], rules: Iterable[Rule] | dict[str, Rule]) -> list[Finding]:
    """Turn findings an editor accepted in front matter (with a written reason) into visible notes."""
    entries = page.meta.get(ACCEPT_KEY) if page.readable else None
    if not isinstance(entries, list) or not entries:
        return findings
    # Built only here: few pages carry `accept`, so the other pages never pay for the lookup table.
    by_code = rules if isinstance(rules, dict) else {r.code: r for r in rules}
    out = []
    for finding in findings:
        entry = _matching_accept(entries, finding, by_code)
        if entry is None:
            out.append(finding)
        else:
            reason = str(entry.get("reason")).strip()
            out.append(replace(finding, severity="info", message=f"已接受（理由：{reason}）：{finding.message}"))
    return out


def _matching_accept(entries: list[object], finding: Finding, rules: dict[str, Rule]) -> dict[str, object] | None:
    rule = rules.get(finding.code)
    if rule is None or not rule.acceptable:
        return None
    for entry in entries:
        if not isinstance(entry, dict) or entry.get("code") != finding.code:
            continue
        if not str(entry.get("reason") or "").strip():
            continue  # an accept without a reason accepts nothing; FM rules report it
        # An accept names the exact text it keeps: a blanket accept would let a personal number added later
        # through silently.
        text = entry.get("text")
        if text is not None and finding.excerpt and _same_text(str(text), finding.excerpt):
            return entry
    return None


# Full-width digits and separators fold to ASCII, so an accept typed either way matches the page's number.
_SQUASH = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)}, " ": None, "-": None, "\u3000": None,
                         "\uff0d": None, "\u2014": None})


def _same_text(accepted: str, excerpt: str) -> bool:
    return accepted.translate(_SQUASH) == excerpt.translate(_SQUASH)


def run(ctx: Context, rules: Sequence[Rule], paths: Sequence[str] = ()) -> Result:
    result = Result()
    page_rules = [r for r in rules if r.check is not None]
    for relpath in discover(ctx.root, paths):
        result.files += 1
        page = read_page(ctx.root, relpath)
        result.findings.extend(check_page(page, page_rules, ctx))
    for rule in rules:
        if rule.check_repo is not None:
            result.findings.extend(rule.check_repo(ctx))
    return result


def iter_pages(ctx: Context, paths: Sequence[str] = ()) -> Iterator[Page]:
    for relpath in discover(ctx.root, paths):
        yield read_page(ctx.root, relpath)
