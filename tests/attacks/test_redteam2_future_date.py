"""Red team 2: one unsigned commit dated in the far future stops all later publication, and `gates check`
passes on the commit that does it.

Effective dates (gitrecord/timeline.py) only ever move forward along history, and a commit dated a day or more
before a parent's effective date is backdated (SIGN007: its approval is invalid). Nothing bounds a date from
above. So an editor with push rights commits anything with `GIT_COMMITTER_DATE=2099-01-01`: `gates check` is
clean (that commit backdates nothing), CI merges it, and from then on every honest approval, made today, is
"dated before its parent": no page can be published again until the publishing branch's history is rewritten,
and the error names the reviewers, not the culprit.

Setup uses the reviewers' keys only as an honest history has them (`gates sign`, once each).
Secure behaviour: the future-dated commit is itself an error when it arrives, or later honest approvals count.
"""

from __future__ import annotations

from gates.actions.sign import Refusal
from tests.signkit import Repo, keys_fixture, repo_fixture  # noqa: F401

FUTURE = "2099-01-01T10:00:00+08:00"


def test_a_far_future_commit_date_is_refused_or_harmless(repo: Repo) -> None:
    repo.write("content/news/index.md", "---\ntitle: 工作动态\n---\n")
    repo.commit_all("栏目首页", "mallory", date=FUTURE)
    flagged_on_arrival = [f for f in repo.check(codes_prefix="") if f.severity == "error"]

    page = repo.page("content/news/a.md")
    refusal = ""
    try:
        repo.sign_chain(page, "wang", "li", "zhang")
    except Refusal as exc:
        refusal = str(exc)
    later = [f for f in repo.check() if f.severity == "error" and f.path == page]
    assert flagged_on_arrival or (not refusal and not later), (
        f"the future-dated commit passed gates check, then honest sign-off failed: {refusal or later}")
