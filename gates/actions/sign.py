"""`gates sign`: record the current git user's approval of one page's current content as one SSH-signed
commit. Every refusal is a Refusal with a Chinese message, raised before anything is written."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gates import engine
from gates import rules as rule_registry
from gates.actions import frontedit
from gates.config import Person, SiteConfig, normalize_key
from gates.domain.approvals import Approval, Chain, Index, evaluate
from gates.domain.signoff import (
    RANKS,
    ChainError,
    Decision,
    PageHashes,
    Slot,
    Trailers,
    commit_message,
    consulted_problem,
    content_hash,
    required_chain,
)
from gates.gitrecord import approvals, history
from gates.model import dates
from gates.model.dates import parse_date as as_date
from gates.model.files import write_atomic
from gates.model.frontmatter import parse_page
from gates.model.links import attachment_digests
from gates.model.page import Page
from gates.model.vocabulary import CHAIN_ROLES, ROLE_LABELS


class Refusal(Exception):
    """gates sign will not sign; str() is the Chinese message, and nothing has been changed."""


@dataclass(frozen=True)
class Signed:
    commit: str
    slot: Slot
    published: bool


@dataclass(frozen=True)
class Identity:
    name: str
    email: str
    signing_key: str  # as configured: a key file path, or key::<public key>


def sign(root: Path, relpath: str, config: SiteConfig, role: str | None = None,
         today: dt.date | None = None, now: dt.datetime | None = None, start: Start | None = None) -> Signed:
    """`now` (Asia/Shanghai) is when the signature is made: its day is `today` and, at 签发, its time is the
    page's 发布时间; both default to the district's clock. `start`: the signature starts a withdrawal (gates
    withdraw) and approves the edited text it carries, written in the same commit."""
    moment = now or dt.datetime.now(dates.SHANGHAI)
    try:
        return _sign(root, relpath, config, role, today or moment.date(), moment.strftime("%H:%M"), start)
    except history.HistoryUnavailable as exc:
        raise Refusal(str(exc)) from None


@dataclass(frozen=True)
class Start:
    """A withdrawal being started: the page text with `status: withdrawn` and its explanation, and whether it is
    an urgent takedown (3.8)."""

    text: str
    urgent: bool = False


def _sign(root: Path, relpath: str, config: SiteConfig, role: str | None, today: dt.date, clock: str,
          start: Start | None = None) -> Signed:
    relpath = page_path(root, relpath)
    me = identity(root)
    person = _roster_person(config, me, root)
    _require_clean(root, relpath)
    raw = start.text.encode("utf-8") if start is not None else (root / relpath).read_bytes()
    page = parse_page(relpath, raw)
    if not page.readable:
        raise Refusal(f"{relpath} 无法解析：{page.problems[0].message}")
    try:
        slots = required_chain(page.meta, config)
    except ChainError as exc:
        raise Refusal(str(exc)) from None
    index = approvals.build(root)
    if index.unavailable:
        raise Refusal(index.unavailable)
    hashes = PageHashes.of(page.meta, page.body, attachment_digests(root, relpath, page.body))
    unit = str(page.meta["unit"])
    history_of_page = index.approvals.get(relpath, [])
    withdrawing = page.status == "withdrawn"
    chain = evaluate(relpath, unit, hashes, slots, history_of_page, withdrawing=withdrawing)
    if start is not None:
        slot = _starting_slot(person, unit, role, today, start.urgent)
        final = start.urgent
    else:
        slot = _choose_slot(chain, person, role, today)
        _check_order(chain, slot, person)
        final = all(s in chain.filled for s in chain.slots if s != slot)
    _check_consulted(page, slot, today)
    # A page whose editor set `status: withdrawn` asks for a withdrawal: the same chain decides it (3.8).
    decision: Decision | None = ("withdrawn" if withdrawing else "published") if final else None
    publish = _publish_date(page, today, history_of_page) if decision == "published" else None
    withdrawn = today if decision == "withdrawn" else None
    # 签发 fixes the 索引号 (kept when the page has one, else the unit's next) and the 发布时间, and binds both.
    number = _index_number(page, config, today, index) if decision == "published" else None
    clock_at = clock if decision == "published" else None
    # A correction's 签发 dates its change note (the newest entry) and binds that date.
    changed = _change_date(page, today, history_of_page) if decision == "published" else None
    entries = {} if start is not None else {s: (a.name, a.day.isoformat()) for s, a in chain.filled.items()}
    entries[slot] = (person.name, today.isoformat())
    new_text = _new_text(page, entries, publish, withdrawn, number, clock_at, changed)
    _content_gates(root, config, relpath, new_text, today)
    trailers = Trailers(relpath, slot.grant_role, slot.unit, hashes.v2, publish, decision, withdrawn,
                        index_number=number, time=clock_at, change_date=changed,
                        urgent=start is not None and start.urgent, initiated=start is not None)
    commit = _commit(root, relpath, new_text, commit_message(trailers, person.name), me)
    return Signed(commit, slot, final)


def _starting_slot(person: Person, unit: str, role: str | None, today: dt.date, urgent: bool) -> Slot:
    """Anyone holding a role for the page's unit starts a withdrawal, as its drafter tier; an urgent takedown
    is signed at the initiator's own tier, which must be section head or above."""
    held = [r for r in CHAIN_ROLES if person.holds(r, unit, today)]
    if not held:
        raise Refusal(f"{person.name} 在 {today.isoformat()} 不持有 {unit} 的任何审签角色，不能发起撤回")
    if not urgent:
        return Slot("drafter", unit)
    senior = [r for r in held if RANKS[r] >= RANKS["section_head"] and (role is None or r == role)]
    if not senior:
        raise Refusal(f"紧急撤回须由科室负责人及以上发起；{person.name} 在 {today.isoformat()} 只持有"
                      f"{'、'.join(ROLE_LABELS[r] for r in held)}角色 (可不加 --urgent 按审签链撤回)")
    return Slot(max(senior, key=lambda r: RANKS[r]), unit)


# ---- who is signing ---------------------------------------------------------------------------------


def page_path(root: Path, relpath: str) -> str:
    # A relative path is relative to where the user stands when that is inside the site, else to the site.
    here = Path.cwd().resolve()
    base = here if here.is_relative_to(root.resolve()) else root
    full = (base / relpath).resolve() if not Path(relpath).is_absolute() else Path(relpath).resolve()
    if not full.exists():
        full = (root / relpath).resolve()
    try:
        rel = full.relative_to(root.resolve()).as_posix()
    except ValueError:
        raise Refusal(f"{relpath} 不在站点仓库 {root} 中") from None
    if not rel.startswith("content/") or not rel.endswith(".md") or not full.is_file():
        raise Refusal(f"{relpath} 不是 content/ 下的页面 (.md 文件)")
    if "\n" in rel or rel.strip() != rel:
        raise Refusal(f"{relpath}: 文件名含换行或首尾空格，无法写入审签记录")
    if full.name == "index.md":
        raise Refusal(f"{rel} 是栏目首页，不需要审签")
    return rel


def _git_config(root: Path, key: str) -> str:
    out = history.git(root, ["config", "--get", key], check=False)
    return out.decode("utf-8", "replace").strip()


def identity(root: Path) -> Identity:
    email = _git_config(root, "user.email")
    if not email:
        raise Refusal("未配置 git user.email，无法确认审签人 (git config user.email 你的邮箱)")
    key = _git_config(root, "user.signingkey")
    if not key:
        raise Refusal("未配置 git user.signingkey (应为名册中你的公钥对应的私钥文件路径)")
    return Identity(_git_config(root, "user.name"), email, key)


def public_key(signing_key: str, root: Path) -> str:
    """The public half of git's user.signingkey: key::<pubkey>, a literal public key, or a key file path."""
    if signing_key.startswith("key::"):
        return normalize_key(signing_key[5:])
    if signing_key.startswith("ssh-"):
        return normalize_key(signing_key)
    path = Path(signing_key).expanduser()
    path = path if path.is_absolute() else root / path
    for candidate in (path, Path(f"{path}.pub")):
        try:
            data = candidate.read_bytes()
        except OSError:
            continue
        if data.startswith(b"ssh-"):
            return normalize_key(data.decode("ascii", "replace"))
        derived = _from_private(data)
        if derived:
            return derived
    raise Refusal(f"无法读取签名密钥 {signing_key} (user.signingkey 应为 ed25519 私钥文件路径)")


def _from_private(data: bytes) -> str | None:
    from cryptography.hazmat.primitives import serialization

    try:
        key = serialization.load_ssh_private_key(data, password=None)
    except (ValueError, TypeError):
        return None
    raw = key.public_key().public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH)
    return normalize_key(raw.decode("ascii"))


def _roster_person(config: SiteConfig, me: Identity, root: Path) -> Person:
    person = config.roster.by_email(me.email)
    if person is None:
        raise Refusal(f"审签人 {me.email} 不在名册 site_config/roster.yml 中，不能审签")
    if person.outsourced:
        raise Refusal(f"{person.name} 是外包运维人员账号，不能审签任何层级 (附件3 第七条)")
    if public_key(me.signing_key, root) != person.signing_key:
        raise Refusal(f"签名密钥 {me.signing_key} 不是名册中 {person.name} 的公钥，不能代他人审签")
    return person


def _require_clean(root: Path, relpath: str) -> None:
    status = history.git(root, ["status", "--porcelain", "--untracked-files=all", "--", relpath])
    if status.strip():
        raise Refusal(f"{relpath} 有未提交的修改，请先提交内容 (审签针对已提交的内容)")


# ---- which slot -------------------------------------------------------------------------------------


def _holds(person: Person, slot: Slot, day: dt.date) -> bool:
    return person.holds(slot.grant_role, slot.unit, day)


def _choose_slot(chain: Chain, person: Person, role: str | None, today: dt.date) -> Slot:
    mine = [s for s, a in chain.filled.items() if a.email.lower() == person.email.lower()]
    open_slots = [s for s in chain.slots if s not in chain.filled]
    if role is not None:
        matching = [s for s in chain.slots if s.grant_role == role]
        if not matching:
            raise Refusal(f"本页的审签链中没有{ROLE_LABELS[role]}这一级")
        held = [s for s in matching if _holds(person, s, today)]
        if not held:
            units = "、".join(sorted({s.unit for s in matching}))
            raise Refusal(f"{person.name} 在 {today.isoformat()} 不持有 {units} 的{ROLE_LABELS[role]}角色"
                          " (见名册 from/until)，不能审签")
        todo = [s for s in held if s not in chain.filled]
        if not todo:
            raise Refusal(f"本页当前内容的{held[0].label}已审签，无需重复审签")
        return todo[0]
    todo = [s for s in open_slots if _holds(person, s, today)]
    if todo:
        return todo[0]
    if mine:
        raise Refusal(f"{person.name} 已以{mine[0].label}身份审签本页当前内容，无需重复审签")
    if not open_slots:
        raise Refusal("本页当前内容的审签链已完整，无需再审签")
    wanted = "、".join(f"{s.unit} {s.label}" for s in open_slots)
    raise Refusal(f"{person.name} 在 {today.isoformat()} 不持有本页尚缺的审签角色 ({wanted})")


def _check_order(chain: Chain, slot: Slot, person: Person) -> None:
    for s, a in chain.filled.items():
        if a.email.lower() == person.email.lower():
            who = "经办人员不能审签自己经办的页面" if s.role == "drafter" else "同一人不能审签两级"
            raise Refusal(f"{person.name} 已以{s.label}身份审签本页，{who} (三审须由三个人完成)")
    for s in chain.slots:
        if s.rank < slot.rank and s not in chain.filled:
            why = chain.missing.get(s, "")
            raise Refusal(f"次序错误：{slot.label}须在{s.label}审签之后审签 ({s.label}：{why})")


def _check_consulted(page: Page, slot: Slot, today: dt.date) -> None:
    if page.meta.get("sensitive") is not True or slot.rank < RANKS["section_head"]:
        return
    problem = consulted_problem(page.meta.get("consulted"), today)
    if problem:
        raise Refusal(f"敏感信息须先征求保密、宣传或网信部门意见后才能审签 (附件2 第七条)：{problem}")


def _publish_date(page: Page, today: dt.date, earlier: list[Approval]) -> dt.date:
    raw = page.meta.get("date")
    if raw is None:
        return today
    day = as_date(raw)
    if day is None:
        raise Refusal(f"发布日期 date {raw!r} 不是有效日期")
    # `date` is the first publication: a corrected re-publication keeps the date an earlier 签发 fixed.
    first = [a.trailers.publish_date for a in earlier if a.valid and a.trailers.publish_date is not None]
    if day < today and day not in first:
        raise Refusal(f"发布日期 date {day.isoformat()} 早于签发日期 {today.isoformat()}，不能倒签发稿日期")
    return day


# ---- writing --------------------------------------------------------------------------------------


def _index_number(page: Page, config: SiteConfig, today: dt.date, index: Index) -> str | None:
    """The page's 索引号: as written, or the unit's next for the year of 签发, after every number bound so far
    (never reused: a number once bound stays taken). None when the unit has no 统一社会信用代码 in the roster."""
    written = page.meta.get("index_number")
    if isinstance(written, str) and written.strip():
        holder = next((a for found in index.approvals.values() for a in found if a.valid and a.trailers.final
                       and a.trailers.index_number == written.strip() and a.trailers.path != page.path), None)
        if holder is not None:
            raise Refusal(f"索引号 {written.strip()} 已由 {holder.trailers.path} 签发使用 (提交 {holder.short})："
                          "删去 index_number 后重新签发，由 gates sign 分配新号")
        return written.strip()
    unit = config.roster.units.get(str(page.meta.get("unit")))
    if unit is None or not unit.credit_code:
        return None
    prefix = f"{unit.credit_code}/{today.year}-"
    taken = [int(a.trailers.index_number[len(prefix):]) for found in index.approvals.values() for a in found
             if a.trailers.index_number and a.trailers.index_number.startswith(prefix)]
    return f"{prefix}{max(taken, default=0) + 1:05d}"


def _change_date(page: Page, today: dt.date, earlier: list[Approval]) -> dt.date | None:
    """The newest change_note's date: kept when an earlier 签发 bound it (that note was published then), else today."""
    notes = page.meta.get("change_note")
    if not isinstance(notes, list) or not notes:
        return None
    if not isinstance(notes[-1], dict) or not str(notes[-1].get("note") or "").strip():
        raise Refusal("change_note 的每一条应写成 {date, note}，最新一条须有 note (更正说明)")
    day = as_date(notes[-1].get("date"))
    bound = {a.trailers.change_date for a in earlier if a.valid and a.trailers.change_date is not None}
    return day if day is not None and day in bound else today


def _new_text(page: Page, entries: dict[Slot, tuple[str, str]], publish: dt.date | None,
              withdrawn: dt.date | None, number: str | None = None, clock: str | None = None,
              changed: dt.date | None = None) -> str:
    signers = frontedit.signers_value(entries)
    try:
        text = frontedit.edit(page.text, signers, status="published" if publish else None,
                              date=publish.isoformat() if publish else None, index_number=number, time=clock)
        if withdrawn is not None:
            text = frontedit.set_withdrawal_date(text, page.meta.get("withdrawal"), withdrawn.isoformat())
        if changed is not None:
            text = frontedit.set_change_date(text, page.meta.get("change_note"), changed.isoformat())
    except frontedit.EditError as exc:
        raise Refusal(str(exc)) from None
    check = parse_page(page.path, text.encode("utf-8"))
    # The edit must change nothing the approvals bind, and must say exactly what we meant.
    if (not check.readable or content_hash(check.meta, check.body) != content_hash(page.meta, page.body)
            or _normalise(check.meta.get("signers")) != signers):
        raise Refusal("无法安全改写头信息中的 signers 块，请检查其缩进和格式")
    return text


def _normalise(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _normalise(v) for k, v in value.items()}
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _content_gates(root: Path, config: SiteConfig, relpath: str, text: str, today: dt.date) -> None:
    page = parse_page(relpath, text.encode("utf-8"))
    ctx = rule_registry.context(root, config, today)
    findings = engine.check_page(page, rule_registry.select(stages=("content",)), ctx)
    errors = [f for f in findings if f.severity == "error"]
    if errors:
        listed = "；".join(f"{f.code} 第 {f.line} 行 {f.message}" for f in errors[:5])
        more = f" 等 {len(errors)} 项" if len(errors) > 5 else ""
        raise Refusal(f"{relpath} 未通过内容检查，不能审签：{listed}{more}")


def _commit(root: Path, relpath: str, text: str, message: str, me: Identity) -> str:
    # Empty when the tier's signers entry is already written (the initiator of an urgent withdrawal approving
    # the explanation they wrote): the approval is the commit, not the change.
    path = root / relpath
    original = path.read_bytes()
    write_atomic(path, text.encode("utf-8"))
    env = dict(os.environ, LC_ALL="C")
    proc = subprocess.run(
        ["git", "-c", "gpg.format=ssh", "-c", f"user.signingkey={me.signing_key}", "-c", "commit.gpgsign=true",
         "commit", "-S", "--quiet", "--cleanup=strip", "--allow-empty", "-F", "-", "--only", "--", relpath],
        cwd=root, input=message.encode("utf-8"), capture_output=True, env=env, check=False)
    if proc.returncode != 0:
        write_atomic(path, original)
        raise Refusal(f"git 提交失败，页面已恢复原样：{commit_failure(proc.stderr, me.signing_key)}")
    return history.git(root, ["rev-parse", "HEAD"]).decode("ascii").strip()


def commit_failure(stderr: bytes, signing_key: str) -> str:
    """Why git could not commit, in the signer's terms. git's last line ("failed to write commit object") hides
    ssh-keygen's reason above it; the common one is a key file others can read, which ssh-keygen ignores."""
    text = stderr.decode("utf-8", "replace")
    lines = [line.strip(" @?") for line in text.strip().splitlines() if line.strip(" @?")]
    if "UNPROTECTED PRIVATE KEY FILE" in text or "are too open" in text:
        mode = re.search(r"Permissions (0[0-7]+)", text)
        shown = f" (当前权限 {mode.group(1)})" if mode else ""
        return (f"私钥文件 {signing_key} 的权限过宽{shown}，ssh-keygen 拒绝使用别人也能读取的私钥 "
                f"(UNPROTECTED PRIVATE KEY FILE)；请运行 chmod 600 {signing_key} 后重试")
    if "No private key found" in text or "No such file" in text:
        return f"找不到私钥文件 {signing_key} (git config user.signingkey 应为你的 ed25519 私钥文件路径)"
    useful = [line for line in lines if not line.startswith("fatal: failed to write commit object")]
    return "；".join(useful[-2:]) if useful else (lines[-1] if lines else "未知原因")
