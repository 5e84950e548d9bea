"""Red team: a principal's page approval launders an unsigned change to the protected configuration.

The trust walk (gitrecord/trust.py) trusts a commit's whole protected state whenever the commit is signed by
a principal of the owner unit and that state differs from the trusted one, whether or not the commit itself
changed any protected file. `gates sign` by the principal commits only the page (一事一审) and warns about
nothing, so an editor pushes an unsigned change to site_config/ or mkdocs.yml, waits for the principal to
sign any page on top of it, and the change is trusted from then on: SIGN004 disappears.

Setup uses the principal's key only the way a real history has it: 陈刚 approving an ordinary page with
`gates sign`. Secure behaviour: the unsigned roster change stays reported (SIGN004), and approvals by the
person it added do not count.
"""

from __future__ import annotations

from pathlib import Path

from tests.signkit import PEOPLE, Repo, codes, keys_fixture, repo_fixture, roster_text  # noqa: F401


def test_a_principal_approving_a_page_does_not_sign_an_unrelated_roster_change(repo: Repo,
                                                                               keys: dict[str, Path]) -> None:
    # The editor (王晓, drafter key only) adds an outsider as 分管领导 in an unsigned commit.
    (repo.root / "site_config" / "roster.yml").write_text(roster_text(keys, [*PEOPLE, "mallory"]), encoding="utf-8")
    repo.commit_all("名册：格式整理", "wang")
    assert "SIGN004" in codes(repo.check())

    # Business as usual: an important page goes through its chain; the principal signs it last.
    page = repo.page("content/news/important.md", importance="important")
    repo.sign_chain(page, "wang", "li", "zhang", "chen")

    found = repo.check()
    assert "SIGN004" in codes(found), "the principal's page approval made the unsigned roster change trusted"

    # What the laundering buys: the outsider now approves as 分管领导.
    other = repo.page("content/news/other.md")
    repo.sign(other, "wang")
    repo.sign(other, "li")
    repo.approval(other, "mallory", "deputy")
    repo.write(other, repo.read(other).replace("status: draft", "status: published\ndate: 2099-01-01"))
    repo.commit_all("发布", "wang")
    sign001 = [f for f in repo.check() if f.code == "SIGN001" and f.path == other]
    assert sign001, "an approval by a person only an unsigned roster change named was accepted"
