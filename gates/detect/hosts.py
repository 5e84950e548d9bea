"""Which host a link goes to, and whether that host belongs to a configured list of domains.

A `domains` entry such as `cq.gov.cn` covers that host and every subdomain; an entry that starts with `www.`
covers only itself (a site's `www.` host says nothing about its other hosts). Matching walks whole labels from
the right, so `cq.gov.cn.evil.com` and `evilcq.gov.cn` are never `cq.gov.cn`.

The host is read as a browser reads it: `https://www.cq.gov.cn@evil.com/` goes to evil.com, and a backslash
is a path separator, so `https://evil.com\\@www.cq.gov.cn` goes to evil.com too.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar
from urllib.parse import unquote, urlsplit

T = TypeVar("T")

# Schemes that never leave the page for another host, or that are not web links at all.
_NOT_WEB = ("mailto:", "tel:", "sms:", "javascript:", "data:", "about:", "#")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_CONTROL = re.compile(r"[\x00-\x20\x7f]")
_NO_SLASHES = re.compile(r"^https?:(?!/)", re.IGNORECASE)


@dataclass(frozen=True)
class WebUrl:
    scheme: str  # http or https
    host: str  # lower-case ASCII (IDNA), no trailing dot
    port: int | None
    path: str
    query: str


def normalize_host(host: str) -> str:
    """Lower-case ASCII form of a host name: percent-escapes decoded (a browser does), IDNA for non-ASCII labels,
    full-width dots folded, no trailing dot."""
    host = (unquote(host) if "%" in host else host).strip().lower().replace("\u3002", ".").replace("\uff0e", ".").replace("\uff61", ".").rstrip(".")
    if host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


def web_url(url: str) -> WebUrl | None:
    """An absolute http(s) URL (or a protocol-relative //host link) as a browser resolves it; None otherwise."""
    text = url.strip().replace("\\", "/")
    if "&" in text:
        text = html.unescape(text)  # Markdown keeps a character reference in href; the browser decodes it
    if _CONTROL.search(text):
        return None
    if text.startswith("//"):
        text = "https:" + text
    elif _NO_SLASHES.match(text):
        # http:host/… : a browser on a page of another scheme reads it as http://host/… (fail closed: a host)
        text = text[:text.index(":") + 1] + "//" + text[text.index(":") + 1:]
    match = _SCHEME.match(text)
    if match is None or match.group(1).lower() not in ("http", "https"):
        return None
    try:
        parts = urlsplit(text)
        host, port = parts.hostname, parts.port
    except ValueError:  # a bad port or bracketed host: not a link a reader can follow
        return None
    if not host:
        return None
    return WebUrl(parts.scheme.lower(), normalize_host(host), port, parts.path, parts.query)


def link_host(url: str) -> str | None:
    """The host of a link that leaves the site: None for relative links, anchors, mailto:, tel: and the like.
    A non-web scheme that names a host (ftp://host) still leaves the site: its host is returned."""
    text = html.unescape(url).strip() if "&" in url else url.strip()
    lowered = text.lower()
    if not text or lowered.startswith(_NOT_WEB):
        return None
    if lowered.startswith("www."):
        # www.example.com written without a scheme: a reader (and most editors' intent) takes it as a host,
        # even where a Markdown renderer would make it a relative path.
        text = "http://" + text
    parsed = web_url(text)
    if parsed is not None:
        return parsed.host
    match = _SCHEME.match(text)
    if match is None:
        return None  # relative: a page of this site
    try:
        host = urlsplit(text.replace("\\", "/")).hostname
    except ValueError:
        return None
    return normalize_host(host) if host else None


def is_exact_entry(domain: str) -> bool:
    """`www.cq.gov.cn` names one host; `cq.gov.cn` names a domain and all its subdomains."""
    return domain.startswith("www.")


class HostSet(Generic[T]):
    """Domains with a value each (the source or list they come from), looked up by host label by label."""

    def __init__(self, entries: Iterable[tuple[str, T]]) -> None:
        self._exact: dict[str, T] = {}
        self._domains: dict[str, T] = {}
        for domain, value in entries:
            name = normalize_host(domain)
            target = self._exact if is_exact_entry(name) else self._domains
            target.setdefault(name, value)

    def __bool__(self) -> bool:
        return bool(self._exact or self._domains)

    def match(self, host: str) -> T | None:
        """The value of the entry that covers host, the most specific entry first."""
        name = normalize_host(host)
        found = self._exact.get(name)
        if found is not None:
            return found
        labels = name.split(".")
        for i in range(len(labels)):
            found = self._domains.get(".".join(labels[i:]))
            if found is not None:
                return found
        return None

    def covers(self, host: str) -> bool:
        return self.match(host) is not None


def same_document(a: str, b: str) -> bool:
    """Two URLs name the same document: http and https alike, host case, default port, fragment and a trailing
    slash ignored. Used to find a reprint's original among a feed's items."""
    key_a, key_b = document_key(a), document_key(b)
    return key_a is not None and key_a == key_b


def document_key(url: str) -> str | None:
    parsed = web_url(url)
    if parsed is None:
        return None
    port = "" if parsed.port in (None, 80, 443) else f":{parsed.port}"
    path = parsed.path.rstrip("/") or "/"
    return f"{parsed.host}{port}{path}" + (f"?{parsed.query}" if parsed.query else "")
