"""Bytes on disk -> Page. Every way a file can fail to be a page becomes a Finding, never an exception."""

from __future__ import annotations

import re
from pathlib import Path

from gates.model import yamlio
from gates.model.finding import Finding
from gates.model.page import Page

FENCE = "---"
# A top-level key at column 0; front matter is flat at the top, nested below. Searched for after a newline
# (the text gets one in front) rather than with ^ and re.MULTILINE: a literal first character lets the
# regex engine jump from newline to newline instead of trying a match at every character.
_KEY = re.compile(r"\n([A-Za-z_][\w-]*)\s*:")

_DOCUMENT_END = re.compile(r"(?m)^\.\.\.[ \t]*$")

# Bounds, so that no page can make a run slow or large: real policy pages are tens of KB, front matter a few.
MAX_BYTES = 8 * 1024 * 1024
MAX_FRONT_MATTER = 64 * 1024

# Codes and articles of the parse problems; their documentation lives in gates/rules/fm00{1,2}_*.py.
ENCODING = ("FM001", "3.1")
YAML = ("FM002", "3.1")


def _problem(code_article: tuple[str, str], path: str, line: int, message: str) -> Finding:
    code, article = code_article
    return Finding(code, "error", path, line, message, article)


def decode(path: str, data: bytes) -> tuple[str | None, Finding | None]:
    if len(data) > MAX_BYTES:
        return None, _problem(ENCODING, path, 1, f"文件过大 ({len(data) // 1024 // 1024} MB)：页面不应超过 "
                                                 f"{MAX_BYTES // 1024 // 1024} MB，大的材料请作为附件链接")
    # The whole file, not a prefix: a NUL hidden after the first kilobytes is binary content all the same.
    if b"\x00" in data:
        return None, _problem(ENCODING, path, 1, "文件是二进制内容，不是 Markdown 文本；请移出 content/ 或改存为 UTF-8 文本")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, _problem(ENCODING, path, line,
                              f"第 {line} 行含有非 UTF-8 编码的字节 (可能是 GBK)；请以 UTF-8 编码另存")
    if text.startswith("\ufeff"):
        text = text[1:]
    return text, None


# A key typed with a Chinese input method: `title：通知`. YAML reads it as text and fails a line or two later,
# so the error it gives points at the wrong line and says nothing of the colon.
_FULLWIDTH_KEY = re.compile(r"^[ \t]*(?:- )?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*：", re.MULTILINE)


def _fullwidth_colon(page: Page, raw: str) -> bool:
    """Report a key followed by a full-width colon, at its own line; whether there was one."""
    match = _FULLWIDTH_KEY.search(raw)
    if match is None:
        return False
    at = raw.count("\n", 0, match.start()) + 2
    page.problems.append(_problem(YAML, page.path, at, f"第 {at} 行 {match.group(1)} 后是全角冒号“：”："
                                  f"键后须用半角冒号加空格，写成 {match.group(1)}: …"))
    return True


def parse_page(path: str, data: bytes) -> Page:
    text, problem = decode(path, data)
    if text is None:
        assert problem is not None
        return Page(path=path, text="", problems=[problem])
    text = text.replace("\r\n", "\n")
    page = Page(path=path, text=text, body=text)
    if not (text.startswith(FENCE + "\n") or text == FENCE):
        page.problems.append(_problem(YAML, path, 1, "缺少 YAML 头信息：文件须以 --- 开头，以 --- 结束"))
        return page
    end = text.find("\n" + FENCE, len(FENCE))
    while end != -1 and text[end + 1 + len(FENCE): end + 2 + len(FENCE)] not in ("\n", ""):
        end = text.find("\n" + FENCE, end + 1)
    if end == -1:
        page.problems.append(_problem(YAML, path, 1, "YAML 头信息没有结束的 --- 行"))
        return page
    raw = text[len(FENCE) + 1: end + 1]
    stray = _DOCUMENT_END.search(raw)
    if stray is not None:
        # YAML ends a document at `...`; other tools (MkDocs among them) end front matter there, and would
        # show what follows as the page. One reading for everyone: such a line is refused.
        at = raw.count("\n", 0, stray.start()) + 2
        page.problems.append(_problem(YAML, path, at, f"头信息中不能有单独的 ... 行 (第 {at} 行)：头信息只以 --- 结束"))
        return page
    body_start = min(len(text), end + 1 + len(FENCE) + 1)
    page.body = text[body_start:]
    page.body_offset = body_start
    page.has_front_matter = True
    if len(raw) > MAX_FRONT_MATTER:
        page.problems.append(_problem(YAML, path, 1, f"YAML 头信息过长 (超过 {MAX_FRONT_MATTER // 1024} KB)：正文请写在 --- 之后"))
        return page
    try:
        meta = yamlio.load(raw)
    except yamlio.YAMLError as exc:
        if _fullwidth_colon(page, raw):
            return page
        line = yamlio.error_line(exc)
        at = (line + 2) if line is not None else 1  # +1 for 1-based, +1 for the opening fence
        why = str(exc) if isinstance(exc, yamlio.Refused) else "检查冒号、缩进和引号"
        page.problems.append(_problem(YAML, path, at, f"YAML 头信息格式错误 (第 {at} 行附近)：{why}"))
        return page
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        if _fullwidth_colon(page, raw):
            return page
        page.problems.append(_problem(YAML, path, 2, "YAML 头信息应为 键: 值 的映射"))
        return page
    # Keys are nearly always strings already; only copy the mapping when one is not (e.g. `2024: x`).
    page.meta = meta if all(type(k) is str for k in meta) else {str(k): v for k, v in meta.items()}
    # Count newlines only between consecutive keys, not from the top for each key (quadratic in keys).
    key_lines = page.key_lines
    line, pos = 2, 0  # +1 for 1-based, +1 for the opening fence
    # In "\n" + raw, a match starts at the newline before its key: that offset is the key's offset in raw.
    for match in _KEY.finditer("\n" + raw):
        start = match.start()
        line += raw.count("\n", pos, start)
        pos = start
        key_lines.setdefault(match.group(1), line)
    return page


def read_page(root: Path, relpath: str) -> Page:
    try:
        data = (root / relpath).read_bytes()
    except OSError as exc:
        return Page(path=relpath, text="", problems=[
            _problem(ENCODING, relpath, 1, f"无法读取文件 ({exc.__class__.__name__})")])
    return parse_page(relpath, data)
