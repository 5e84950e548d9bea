"""Benchmark: verify sign-off for a synthetic site of 5,000 published pages and 15,000 signed approvals.

    .venv/bin/python benchmarks/bench_signoff.py [--pages 5000] [--baseline 1000] [--keep DIR]

The repository is written straight into .git/objects (loose objects, then one `git repack`), because 15,000
`git commit -S` runs would take far longer than what is being measured. Every approval commit is a real
SSH signature (SSHSIG, ed25519, namespace "git") over the real commit object, exactly as `git commit -S`
with gpg.format=ssh makes it, and each changes its page's signers block like `gates sign` does.

Printed: the one-pass index build cold (no cache) and warm (cache in .git/gates), the full SIGN rule run
over every page, and `git log --show-signature` (one ssh-keygen per commit) over the newest --baseline
commits of the same history, side by side per commit.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import hashlib
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gates import engine
from gates.actions.check import context
from gates.config import load_config
from gates.domain.signoff import Trailers, commit_message, content_hash
from gates.gitrecord import approvals
from gates.model.frontmatter import parse_page
from gates.rules import select

PROJECT = Path(__file__).resolve().parent.parent
TIERS = (("drafter", "王晓", "wangxiao@example.gov.cn"), ("section_head", "李明", "liming@example.gov.cn"),
         ("deputy", "张华", "zhanghua@example.gov.cn"))
PRINCIPAL = ("principal", "陈刚", "chengang@example.gov.cn")
COLUMNS = ("news", "notices", "wechat")  # review: publishing -> three tiers each
BUCKET = 50  # pages per folder, as a site grouping pages by month would have


def s(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


class Keys:
    def __init__(self) -> None:
        self.private = {email: Ed25519PrivateKey.generate() for _, _, email in (*TIERS, PRINCIPAL)}

    def public_blob(self, email: str) -> bytes:
        raw = self.private[email].public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return s(b"ssh-ed25519") + s(raw)

    def public_text(self, email: str) -> str:
        return "ssh-ed25519 " + base64.b64encode(self.public_blob(email)).decode()

    def sshsig(self, email: str, payload: bytes) -> bytes:
        signed = b"SSHSIG" + s(b"git") + s(b"") + s(b"sha512") + s(hashlib.sha512(payload).digest())
        sig = self.private[email].sign(signed)
        blob = (b"SSHSIG" + struct.pack(">I", 1) + s(self.public_blob(email)) + s(b"git") + s(b"") + s(b"sha512")
                + s(s(b"ssh-ed25519") + s(sig)))
        text = base64.b64encode(blob).decode()
        lines = ["-----BEGIN SSH SIGNATURE-----", *(text[i:i + 70] for i in range(0, len(text), 70)),
                 "-----END SSH SIGNATURE-----"]
        return "\n".join(lines).encode()


class ObjectWriter:
    """Loose objects written directly: sha1 of '<type> <size>\\0<data>', zlib-compressed, fanned out."""

    def __init__(self, git_dir: Path) -> None:
        self.objects = git_dir / "objects"

    def put(self, kind: str, data: bytes) -> str:
        full = f"{kind} {len(data)}\0".encode() + data
        oid = hashlib.sha1(full).hexdigest()
        path = self.objects / oid[:2] / oid[2:]
        if not path.exists():
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(zlib.compress(full, 1))
        return oid

    def tree(self, entries: dict[str, tuple[str, str]]) -> str:
        # git sorts tree entries by name, with directories compared as if they ended in "/".
        def key(item: tuple[str, tuple[str, str]]) -> bytes:
            name, (mode, _) = item
            return name.encode() + (b"/" if mode == "40000" else b"")
        data = b"".join(f"{mode} {name}".encode() + b"\0" + bytes.fromhex(oid)
                        for name, (mode, oid) in sorted(entries.items(), key=key))
        return self.put("tree", data)


def roster(keys: Keys) -> str:
    lines = ["units:", "  - {id: qzfb, name: 江北区人民政府办公室}", "people:"]
    for role, name, email in (*TIERS, PRINCIPAL):
        lines += [f"  - name: {name}", f"    email: {email}", f'    signing_key: "{keys.public_text(email)}"',
                  "    outsourced: false", "    roles:", f"      - {{role: {role}, unit: qzfb, from: 2024-01-01}}"]
    return "\n".join(lines) + "\n"


def page_text(column: str, n: int, signers: list[tuple[str, str]], published: bool) -> str:
    lines = ["---", f"title: 工作动态第 {n} 期", f"column: {column}", "unit: qzfb", "disclosure: 主动公开",
             f"status: {'published' if published else 'draft'}"]
    if signers:
        lines.append("signers:")
        lines += [f"  {role}: {{name: \"{name}\", date: 2025-03-01}}" for role, name in signers]
    if published:
        lines.append("date: 2025-03-01")
    lines += ["---", f"区政府办公室第 {n} 期工作动态正文。" * 5, ""]
    return "\n".join(lines)


def build(root: Path, pages: int) -> int:
    subprocess.run(["git", "init", "-q", "-b", "main", str(root)], check=True)
    git_dir = root / ".git"
    out = ObjectWriter(git_dir)
    keys = Keys()
    config = {name: ("100644", out.put("blob", (PROJECT / "site_config" / name).read_bytes()))
              for name in ("columns.yml", "site.yml") if (PROJECT / "site_config" / name).exists()}
    config["roster.yml"] = ("100644", out.put("blob", roster(keys).encode()))
    # folders: column -> bucket -> {file: blob}
    tree: dict[str, dict[str, dict[str, str]]] = {c: {} for c in COLUMNS}
    where = []
    for n in range(pages):
        column, bucket = COLUMNS[n % len(COLUMNS)], f"b{(n // len(COLUMNS)) // BUCKET:03d}"
        name = f"p{n:05d}.md"
        tree[column].setdefault(bucket, {})[name] = out.put("blob", page_text(column, n, [], False).encode())
        where.append((column, bucket, name))
    bucket_ids = {(c, b): out.tree({k: ("100644", v) for k, v in files.items()})
                  for c, buckets in tree.items() for b, files in buckets.items()}
    column_ids = {c: out.tree({b: ("40000", bucket_ids[(c, b)]) for b in buckets}) for c, buckets in tree.items()}

    def root_tree() -> str:
        content = out.tree({c: ("40000", oid) for c, oid in column_ids.items()})
        return out.tree({"content": ("40000", content), "site_config": ("40000", out.tree(config))})

    stamp = int(dt.datetime(2025, 3, 1, 0, tzinfo=dt.UTC).timestamp())  # 08:00 in +0800
    ident = f"陈刚 <chengang@example.gov.cn> {stamp} +0800"
    parent = out.put("commit", f"tree {root_tree()}\nauthor {ident}\ncommitter {ident}\n\n初始化站点\n".encode())
    commits = 1
    for n, (column, bucket, name) in enumerate(where):
        path = f"content/{column}/{bucket}/{name}"
        draft = page_text(column, n, [], False)
        meta_page = parse_page(path, draft.encode())
        digest = content_hash(meta_page.meta, meta_page.body)
        signed: list[tuple[str, str]] = []
        for i, (role, person, email) in enumerate(TIERS):
            signed.append((role, person))
            final = i == len(TIERS) - 1
            text = page_text(column, n, signed, final)
            tree[column][bucket][name] = out.put("blob", text.encode())
            bucket_ids[(column, bucket)] = out.tree({k: ("100644", v) for k, v in tree[column][bucket].items()})
            column_ids[column] = out.tree({b: ("40000", bucket_ids[(column, b)]) for b in tree[column]})
            stamp += 1  # all on 2025-03-01 local time, the date the pages carry
            who = f"{person} <{email}> {stamp} +0800"
            # The final tier's commit names its decision, as `gates sign` writes it (the ledger reads it).
            message = commit_message(Trailers(path, role, "qzfb", digest, dt.date(2025, 3, 1) if final else None,
                                              "published" if final else None), person)
            head = f"tree {root_tree()}\nparent {parent}\nauthor {who}\ncommitter {who}\n"
            payload = (head + "\n" + message).encode()
            armored = keys.sshsig(email, payload).decode().split("\n")
            sig_header = "gpgsig " + "\n ".join(armored) + "\n"
            parent = out.put("commit", (head + sig_header + "\n" + message).encode())
            commits += 1
        # The working tree is the final state: write it as the checkout would.
        file = root / path
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(page_text(column, n, signed, True), encoding="utf-8")
    (root / "site_config").mkdir()
    for name in config:
        src = PROJECT / "site_config" / name
        (root / "site_config" / name).write_text(roster(keys) if name == "roster.yml" else src.read_text("utf-8"),
                                                 encoding="utf-8")
    (git_dir / "refs" / "heads" / "main").write_text(parent + "\n")
    subprocess.run(["git", "-C", str(root), "repack", "-adq"], check=True)
    subprocess.run(["git", "-C", str(root), "prune-packed"], check=True)
    subprocess.run(["git", "-C", str(root), "read-tree", "HEAD"], check=True)
    allowed = root.parent / "allowed_signers"
    allowed.write_text("".join(f"{email} {keys.public_text(email)}\n" for _, _, email in (*TIERS, PRINCIPAL)))
    return commits


def timed(label: str, fn: object) -> float:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    took = time.perf_counter() - start
    print(f"  {label:<58} {took:8.2f} s")
    return took


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--baseline", type=int, default=1000, help="commits for git log --show-signature (0: all)")
    parser.add_argument("--keep", type=Path, help="build the repository here and keep it")
    args = parser.parse_args()
    os.environ["GIT_CONFIG_GLOBAL"] = os.devnull
    os.environ["GIT_CONFIG_NOSYSTEM"] = "1"
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-signoff-"))
    root = work / "site"
    print(f"building {args.pages} pages in {root} ...")
    start = time.perf_counter()
    commits = build(root, args.pages)
    print(f"  built {commits} commits ({commits - 1} signed approvals) in {time.perf_counter() - start:.1f} s")
    print(f"machine: {os.cpu_count()} CPUs; python {sys.version.split()[0]}")

    rules = select(["SIGN"])
    config = load_config(root)

    def full_check() -> None:
        result = engine.run(context(root, config), rules)
        assert result.errors == 0, result.findings[:3]
        assert result.files == args.pages

    cache = root / ".git" / "gates"
    print("gates (one git log + one git cat-file, in-process ed25519):")
    index: list[approvals.Index] = []
    cold_index = timed("index build, cold (no cache)", lambda: index.append(approvals.build(root)))
    assert sum(len(v) for v in index[0].approvals.values()) == commits - 1
    shutil.rmtree(cache, ignore_errors=True)
    cold = timed(f"gates check SIGN rules, {args.pages} pages, cold", full_check)
    warm = timed(f"gates check SIGN rules, {args.pages} pages, warm cache", full_check)
    warm_index = timed("index build, warm cache", lambda: approvals.build(root))
    # What any gates check pays before a SIGN rule runs: discovering, reading and parsing every page.
    read_only = timed(f"engine alone: read + parse {args.pages} pages (FM001 only)",
                      lambda: engine.run(context(root, config), select(["FM001"])))

    n = args.baseline or commits
    n = min(n, commits)
    allowed = root.parent / "allowed_signers"
    base = ["git", "-C", str(root), "-c", "gpg.format=ssh", "-c", f"gpg.ssh.allowedSignersFile={allowed}",
            "log", "--show-signature", f"-n{n}", "--format=%H %G?"]
    print(f"baseline: git log --show-signature over the newest {n} commits (one ssh-keygen per commit):")
    outputs: list[str] = []
    took = timed(f"git log --show-signature -n{n}",
                 lambda: outputs.append(subprocess.run(base, capture_output=True, text=True, check=True).stdout))
    good = sum(1 for line in outputs[0].splitlines() if line.endswith(" G"))
    per_git = took / n
    per_cold = cold_index / (commits - 1)
    per_warm = warm_index / (commits - 1)
    print(f"  baseline verified {good}/{n} signatures as good")
    print("per commit:")
    print(f"  git log --show-signature  {per_git * 1e3:8.3f} ms")
    print(f"  gates index, cold         {per_cold * 1e3:8.3f} ms   ({per_git / per_cold:6.1f}x faster)")
    print(f"  gates index, warm         {per_warm * 1e3:8.3f} ms   ({per_git / per_warm:6.1f}x faster)")
    print(f"projected git log --show-signature over all {commits} commits: {per_git * commits:.1f} s "
          f"(measured on {n})")
    print(f"sign-off share of the check (total minus reading pages): cold {cold - read_only:.2f} s, "
          f"warm {warm - read_only:.2f} s")
    print(f"targets: cold check {cold:.2f} s (< 10 s: {'ok' if cold < 10 else 'MISSED'}), "
          f"warm check {warm:.2f} s (< 2 s: {'ok' if warm < 2 else 'MISSED'})")
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
