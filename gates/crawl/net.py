"""HTTP for the re-scan, on the standard library, with the guards a scanner of hostile pages needs.

A URL found on a scanned page (or in a redirect) is resolved first and its addresses checked: private,
loopback, link-local and other special ranges are refused before any connection is made, unless the address
belongs to the scan's own target. The connection then goes to the very address that was checked (the DNS
answer is not asked for twice), so a name cannot pass the check and then resolve elsewhere.
"""

from __future__ import annotations

import email.utils
import http.client
import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from gates import __version__

USER_AGENT = f"gates-rescan/{__version__}"
_SHARED = ipaddress.ip_network("100.64.0.0/10")  # carrier-grade NAT: not "private" to ipaddress, yet internal


class Blocked(Exception):
    """The URL may not be fetched; str() says why, in Chinese."""


class FetchError(Exception):
    """The fetch failed (no answer, timeout, too large, bad TLS); str() says why, in Chinese."""


Resolver = Callable[[str, int], list[str]]


def system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def is_internal(address: str) -> bool:
    """An address a public web page has no business sending a scanner to."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.is_site_local:
            return True  # fec0::/10: deprecated, still routed inside some networks
        # An IPv4 address carried inside an IPv6 one (mapped, 6to4) is judged as itself.
        inner = ip.ipv4_mapped or ip.sixtofour
        if inner is not None:
            ip = inner
    return (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_reserved
            or ip.is_unspecified or (isinstance(ip, ipaddress.IPv4Address) and ip in _SHARED))


@dataclass(frozen=True)
class Policy:
    """Which addresses may be connected to: public ones, plus the scan's own target (`own`).

    `trusted` is for URLs from the signed site_config/ (account and source feeds), which may name any host.
    """

    own: frozenset[str] = frozenset()
    trusted: bool = False
    resolver: Resolver = system_resolver

    def address_for(self, host: str, port: int) -> str:
        """The address to connect to, after the check; Blocked when the host may not be reached."""
        try:
            addresses = [str(ipaddress.ip_address(host.strip("[]")))]
        except ValueError:
            try:
                addresses = self.resolver(host, port)
            except (OSError, UnicodeError) as exc:
                raise FetchError(f"域名无法解析 ({host}: {exc.__class__.__name__})") from None
        if not addresses:
            raise FetchError(f"域名无法解析 ({host})")
        if not self.trusted:
            for address in addresses:
                if address not in self.own and is_internal(address):
                    # One internal answer is enough to refuse: a name that resolves both ways is a trap.
                    raise Blocked(f"指向内网、本机或保留地址 ({address})，出于安全未访问")
        return addresses[0]

    def trusting(self) -> Policy:
        return Policy(self.own, True, self.resolver)


@dataclass(frozen=True)
class Response:
    url: str
    status: int
    headers: dict[str, str]  # lower-case names
    body: bytes = b""

    def header(self, name: str) -> str:
        return self.headers.get(name.lower(), "")


class _PinnedHTTP(http.client.HTTPConnection):
    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._address = address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        # The certificate is checked against the host name, not the address we pinned.
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # type: ignore[attr-defined]


def request(url: str, policy: Policy, method: str = "GET", headers: dict[str, str] | None = None,
            timeout: float = 10.0, max_bytes: int = 0) -> Response:
    """One request, no redirects followed. Reads at most max_bytes of the body (0: none), within `timeout`
    seconds in all, so a server that trickles bytes cannot hold a worker."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"不支持的地址 {url}")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise FetchError(f"端口无效 ({url})") from None
    address = policy.address_for(parts.hostname, port)
    kind = _PinnedHTTPS if parts.scheme == "https" else _PinnedHTTP
    conn = kind(parts.hostname, port, address, timeout)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    deadline = time.monotonic() + timeout
    try:
        conn.request(method, target, headers={"User-Agent": USER_AGENT, "Accept": "*/*", **(headers or {})})
        raw = conn.getresponse()
        body = _read(raw, max_bytes, deadline) if method != "HEAD" and max_bytes else b""
        return Response(url, raw.status, {k.lower(): v for k, v in raw.getheaders()}, body)
    except TimeoutError:
        raise FetchError(f"超时 ({timeout:g} 秒内无响应)") from None
    except ssl.SSLError as exc:
        raise FetchError(f"HTTPS 证书或加密错误 ({exc.reason or exc.__class__.__name__})") from None
    except (OSError, http.client.HTTPException) as exc:
        raise FetchError(f"无法连接 ({exc.__class__.__name__})") from None
    finally:
        conn.close()


def _read(raw: http.client.HTTPResponse, max_bytes: int, deadline: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise TimeoutError
        chunk = raw.read1(min(65536, max_bytes - size + 1))
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"文件过大 (超过 {max_bytes / 1e6:g} MB)，未读完")
        chunks.append(chunk)


def retry_after(value: str, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date; None when unreadable."""
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


@dataclass
class Throttle:
    """Per-host politeness shared by every worker: at most `per_host` requests at once to one host, at least
    `interval` seconds between their starts, and a pause for the whole host after a 429."""

    per_host: int = 2
    interval: float = 0.0
    # Hosts allowed another number of requests at once: the site being re-scanned, named by the operator.
    limits: dict[str, int] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _slots: dict[str, threading.Semaphore] = field(default_factory=dict)
    _next: dict[str, float] = field(default_factory=dict)

    def _slot(self, host: str) -> threading.Semaphore:
        with self._lock:
            found = self._slots.get(host)
            if found is None:
                found = self._slots[host] = threading.Semaphore(self.limits.get(host, self.per_host))
            return found

    def run(self, host: str, call: Callable[[], Response]) -> Response:
        with self._slot(host):
            while True:
                with self._lock:
                    now = time.monotonic()
                    start = max(now, self._next.get(host, 0.0))
                    self._next[host] = start + self.interval
                if start <= now:
                    break
                time.sleep(start - now)
            return call()

    def pause(self, host: str, seconds: float) -> None:
        with self._lock:
            self._next[host] = max(self._next.get(host, 0.0), time.monotonic() + seconds)


@dataclass(frozen=True)
class Fetcher:
    """Requests with the throttle and the 429 backoff every part of the re-scan shares."""

    policy: Policy
    throttle: Throttle
    timeout: float = 10.0
    retries: int = 2  # after a 429
    max_wait: float = 30.0  # the longest Retry-After honoured; a longer one is reported, not waited for

    def fetch(self, url: str, method: str = "GET", headers: dict[str, str] | None = None, max_bytes: int = 0,
              policy: Policy | None = None) -> Response:
        host = (urlsplit(url).netloc or "").lower()
        for attempt in range(self.retries + 1):
            response = self.throttle.run(host, lambda: request(url, policy or self.policy, method, headers,
                                                               self.timeout, max_bytes))
            if response.status != 429:
                return response
            wait = retry_after(response.header("retry-after")) if response.header("retry-after") else None
            wait = 2.0 ** attempt if wait is None else wait
            if attempt == self.retries or wait > self.max_wait:
                return response
            self.throttle.pause(host, wait)
        return response


def redirect_target(response: Response) -> str | None:
    if response.status in (301, 302, 303, 307, 308):
        return response.header("location") or None
    return None
