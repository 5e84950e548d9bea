"""Red team 2: two published pages share one 索引号, and both CI steps pass.

SPEC section 2: a 索引号 "once on the publishing branch never changes and is never reused". `gates sign`
(actions/sign.py `_index_number`) takes the number *as written* when the page already has one, and
`index_number` is outside the content hash. So the drafter writes another published page's number into the
draft after the lower tiers approved (no approval goes stale); the 签发 binds it in its trailer, SIGN003 is
satisfied, and no rule compares 索引号 across pages. Two reviewers on two branches get the same number the same
way when both sign the unit's "next" number before either branch is merged.

Setup uses the reviewers' keys only as an honest history has them: each tier runs `gates sign` once.
Secure behaviour: `gates sign` refuses a number already bound to another page, or `gates check` reports it.
"""

from __future__ import annotations

from gates.actions.sign import Refusal
from tests.signkit import Repo, keys_fixture, repo_fixture  # noqa: F401

NUMBER = "11500105768865765W/2026-00001"


def test_a_published_index_number_is_not_reused_by_another_page(repo: Repo) -> None:
    first = repo.page("content/news/first.md", index_number=NUMBER)
    repo.sign_chain(first, "wang", "li", "zhang")
    assert f"index_number: {NUMBER}" in repo.read(first)

    second = repo.page("content/news/second.md", title="关于开展春季植树活动的通知")
    repo.sign_chain(second, "wang", "li")
    # The drafter adds the number after two approvals; the content hash does not cover it.
    repo.write(second, repo.read(second).replace("status: draft", f"status: draft\nindex_number: {NUMBER}"))
    repo.commit_all("补索引号", "wang")
    refused = False
    try:
        repo.sign(second, "zhang")
    except Refusal:  # the secure outcome
        refused = True
    if refused:
        return
    assert "status: published" in repo.read(second)
    found = [f for f in repo.check(codes_prefix="") if f.severity == "error" and f.path in (first, second)]
    assert found, "two published pages carry the same 索引号 and gates check is clean"
