"""One feed over HTTP: a hard deadline for the whole exchange, a size limit, conditional requests.

urllib's own timeout applies to each socket operation, so a server that trickles one byte a second, or a name
lookup that hangs, would outlast it; the request therefore runs in a worker thread that the caller stops
waiting for at the deadline, and the body is read in pieces against the same deadline.
"""

from __future__ import annotations

import socket
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message

from gates import __version__

MAX_BYTES = 5 * 1024 * 1024  # a feed larger than this is not a feed a source publishes
_CHUNK = 64 * 1024
USER_AGENT = f"gates/{__version__} (feed check of a government website)"


class FetchError(Exception):
    """The feed could not be fetched; str() is the Chinese reason for the finding."""


@dataclass(frozen=True)
class Fetched:
    status: int  # 200, or 304 when the copy the caller holds is still current
    body: bytes
    content_type: str
    etag: str
    last_modified: str


class _WebOnly(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http and https: a feed must not send the checker to ftp: or file:."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if not newurl.lower().startswith(("http://", "https://")):
            raise FetchError(f"重定向到非 HTTP 地址 {newurl[:80]}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, timeout: float, etag: str = "", last_modified: str = "") -> Fetched:
    """GET url within `timeout` seconds in all. Raises FetchError with the reason."""
    box: dict[str, object] = {}

    def work() -> None:
        try:
            box["result"] = _get(url, timeout, etag, last_modified)
        except BaseException as exc:
            box["error"] = exc

    worker = threading.Thread(target=work, name="gates-feed", daemon=True)
    worker.start()
    worker.join(timeout + 0.5)
    if worker.is_alive():
        raise FetchError(f"{timeout:g} 秒内没有完成 (超时)")
    error = box.get("error")
    if isinstance(error, BaseException):
        raise _reason(error) from None
    result = box["result"]
    assert isinstance(result, Fetched)
    return result


def _get(url: str, timeout: float, etag: str, last_modified: str) -> Fetched:
    deadline = time.monotonic() + timeout
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": (
        "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5")})
    if etag:
        request.add_header("If-None-Match", etag)
    if last_modified:
        request.add_header("If-Modified-Since", last_modified)
    opener = urllib.request.build_opener(_WebOnly)
    try:
        response = opener.open(request, timeout=timeout)
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return Fetched(304, b"", "", etag, last_modified)
        raise
    with response:
        headers: Message = response.headers
        length = headers.get("Content-Length")
        if length and length.isdigit() and int(length) > MAX_BYTES:
            raise FetchError(f"内容过大 ({int(length) // 1024} KB，上限 {MAX_BYTES // 1024 // 1024} MB)")
        parts: list[bytes] = []
        size = 0
        while True:
            if time.monotonic() > deadline:
                raise TimeoutError()
            chunk = response.read1(_CHUNK) if hasattr(response, "read1") else response.read(_CHUNK)
            if not chunk:
                break
            size += len(chunk)
            if size > MAX_BYTES:
                raise FetchError(f"内容超过 {MAX_BYTES // 1024 // 1024} MB")
            parts.append(chunk)
        return Fetched(response.status, b"".join(parts), headers.get("Content-Type", ""),
                       headers.get("ETag", ""), headers.get("Last-Modified", ""))


def _reason(error: BaseException) -> FetchError:
    if isinstance(error, FetchError):
        return error
    if isinstance(error, urllib.error.HTTPError):
        return FetchError(f"服务器返回 HTTP {error.code}")
    if isinstance(error, (socket.timeout, TimeoutError)):
        return FetchError("超时")
    if isinstance(error, urllib.error.URLError):
        reason = error.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            return FetchError("超时")
        if isinstance(reason, socket.gaierror):
            return FetchError("域名无法解析")
        if isinstance(reason, ConnectionRefusedError):
            return FetchError("连接被拒绝")
        return FetchError(f"无法连接 ({reason})")
    if isinstance(error, (ConnectionError, OSError)):
        return FetchError(f"连接中断 ({error.__class__.__name__})")
    if isinstance(error, ValueError):
        return FetchError(f"地址无效 ({error})")
    return FetchError(f"读取失败 ({error.__class__.__name__})")
