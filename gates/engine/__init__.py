"""Run rules over pages, one page at a time, so a 50,000-page site never sits in memory at once; then each
rule's finish, once, for what looks across pages."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace

from gates.domain.rule import Context, Rule, RunScope
from gates.engine import split
from gates.engine.accept import apply_accepts
from gates.engine.discover import discover
from gates.model.finding import Finding, Result
from gates.model.frontmatter import read_page
from gates.model.page import Page

__all__ = ["Result", "apply_accepts", "check_page", "discover", "iter_pages", "run"]


def check_page(page: Page, rules: Sequence[Rule], ctx: Context) -> list[Finding]:
    return check_with(page, [(rule, rule.page_check) for rule in rules if rule.page_check is not None], ctx)


PageChecks = Sequence[tuple[Rule, Callable[[Page, Context], Iterable[Finding]]]]


def check_with(page: Page, checks: PageChecks, ctx: Context) -> list[Finding]:
    """Every check over one page; `checks` is made once per run (a 50,000-page run calls this 50,000 times)."""
    findings: list[Finding] = []
    if page.readable:
        todo = checks
    else:
        # An unreadable page has no meta or body: only the rules that report its parse problem run.
        problems = {p.code for p in page.problems}
        todo = [c for c in checks if c[0].code in problems]
    for rule, check in todo:
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
    if page.status == "withdrawn":
        findings = _as_info(findings, page.line_of(page.body_offset) if page.has_front_matter else 1)
    return apply_accepts(page, findings, [rule for rule, _ in checks])


# A page being taken down must be easy to take down (SPEC section 4): what its text says no longer blocks,
# while its front matter and its sign-off still have to be right.
_STILL_BLOCKING = ("FM", "SIGN")


def _as_info(findings: list[Finding], body_line: int) -> list[Finding]:
    """Findings in the body become notes: the stub shows none of it. Findings in the title, the explanation
    or other front matter the stub does show keep their severity."""
    return [f if f.code.startswith(_STILL_BLOCKING) or f.severity == "info" or f.line < body_line
            else replace(f, severity="info", message=f"(已撤回页面，仅提示) {f.message}") for f in findings]


def _crashed(rule: Rule, page: Page, exc: Exception) -> Finding:
    return rule.at(page, 1, f"无法按规则 {rule.code} 检查此页 (头信息的写法不符合预期：{exc.__class__.__name__})；"
                            "请对照 gates explain " + rule.code + " 改正", severity="error")


def run(ctx: Context, rules: Sequence[Rule], paths: Sequence[str] = (), jobs: int = 1) -> Result:
    """Every rule over the pages under paths (all of content/ by default), then each rule's finish. With
    jobs > 1 and enough pages, the pages are split between that many processes (engine/split.py), with the
    same result."""
    result = Result()
    ctx.state(RunScope).paths = tuple(paths)
    page_rules = [r for r in rules if r.page_check is not None]
    checks = [(rule, check) for rule in page_rules if (check := rule.page_check) is not None]
    relpaths = discover(ctx.root, paths)
    result.files = len(relpaths)

    def check_pages(some: Sequence[str]) -> list[Finding]:
        found: list[Finding] = []
        for relpath in some:
            found.extend(check_with(read_page(ctx.root, relpath), checks, ctx))
        return found

    if jobs > 1 and len(relpaths) >= split.MIN_PAGES:
        if any(r.stage == "signoff" for r in page_rules):
            ctx.approvals()  # read history once, here, rather than once in every process
        result.findings.extend(split.run_split(ctx, relpaths, check_pages, jobs))
    else:
        result.findings.extend(check_pages(relpaths))
    # finish runs after every page has been through every rule: cross-page rules rely on that order.
    for rule in rules:
        if rule.finish is not None:
            result.findings.extend(rule.finish(ctx))
    return result


def iter_pages(ctx: Context, paths: Sequence[str] = ()) -> Iterator[Page]:
    for relpath in discover(ctx.root, paths):
        yield read_page(ctx.root, relpath)
