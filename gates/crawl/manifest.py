"""The gated build's manifest (SPEC section 7): every output file, its sha256, and the approved source or
generator behind it. Written next to mkdocs.yml by the build, handed to `gates rescan --manifest`; never read
from the server being scanned, since a server that was tampered with would serve a matching one.

    {"version": 1, "commit": "<HEAD sha>",
     "files": {"news/a/index.html": {"sha256": "<hex>", "source": "content/news/a.md",
                                     "kind": "page" | "listing" | "generated" | "asset" | "theme"}}}
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

KINDS = ("page", "listing", "generated", "asset", "theme")
MAX_BYTES = 200_000_000
_HEX = re.compile(r"[0-9a-f]{64}")


class ManifestError(Exception):
    """The manifest cannot be used; str() is one Chinese line."""


@dataclass(frozen=True)
class Entry:
    sha256: str
    source: str | None
    kind: str


@dataclass(frozen=True)
class Manifest:
    commit: str
    files: dict[str, Entry]  # path relative to site/ (posix) -> entry
    verified: bool = True  # False: a preview build, whose sign-off chains were not verified


def read_manifest(path: Path) -> Manifest:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ManifestError(f"{path}: 构建清单过大")
        data = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        raise ManifestError(f"{path}: 构建清单不存在") from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ManifestError(f"{path}: 构建清单无法读取 ({exc.__class__.__name__})") from None
    return parse_manifest(data, str(path))


def parse_manifest(data: object, name: str = "gates-manifest.json") -> Manifest:
    if not isinstance(data, dict) or data.get("version") != 1:
        raise ManifestError(f"{name}: 不是第 1 版构建清单 (应有 \"version\": 1)")
    commit, files = data.get("commit"), data.get("files")
    if not isinstance(commit, str) or not isinstance(files, dict):
        raise ManifestError(f"{name}: 缺少 commit 或 files")
    out: dict[str, Entry] = {}
    for rel, raw in files.items():
        if not isinstance(rel, str) or not _safe(rel):
            raise ManifestError(f"{name}: 文件路径 {rel!r} 无效 (应为 site/ 下的相对路径)")
        if not isinstance(raw, dict):
            raise ManifestError(f"{name}: {rel}: 应为对象")
        digest, source, kind = raw.get("sha256"), raw.get("source"), raw.get("kind")
        if not isinstance(digest, str) or not _HEX.fullmatch(digest):
            raise ManifestError(f"{name}: {rel}: sha256 应为 64 位十六进制")
        if source is not None and not isinstance(source, str):
            raise ManifestError(f"{name}: {rel}: source 应为字符串或 null")
        if kind not in KINDS:
            raise ManifestError(f"{name}: {rel}: kind 应为 {'/'.join(KINDS)} 之一")
        out[rel] = Entry(digest, source, str(kind))
    return Manifest(commit, out, data.get("verified") is not False)


def _safe(rel: str) -> bool:
    path = PurePosixPath(rel)
    return bool(rel) and not path.is_absolute() and ".." not in path.parts and "\\" not in rel and "\x00" not in rel
