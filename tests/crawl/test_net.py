"""The address policy and the HTTP helpers of the re-scan, against real sockets on 127.0.0.1."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from gates.crawl.external import LinkCache, Verdict, check_all
from gates.crawl.net import Blocked, Fetcher, Policy, Throttle, is_internal, request, retry_after
from tests.webkit import Server, net_guard_fixture  # noqa: F401


@pytest.mark.parametrize("address", ["10.0.0.1", "172.16.5.4", "192.168.1.1", "127.0.0.1", "127.0.0.2",
                                     "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fd00::1",
                                     "::ffff:10.0.0.1", "224.0.0.1", "240.0.0.1", "2002:7f00:1::", "2002:a9fe:a9fe::",
                                     "fec0::1"])
def test_internal_addresses(address: str) -> None:
    assert is_internal(address)


@pytest.mark.parametrize("address", ["220.181.38.148", "59.110.12.3", "2400:3200::1", "::ffff:8.8.8.8", "2002:dcb5:2694::"])
def test_public_addresses(address: str) -> None:
    assert not is_internal(address)


def test_a_name_is_judged_by_what_it_resolves_to(net_guard: object) -> None:
    policy = Policy()
    with pytest.raises(Blocked):
        policy.address_for("localhost", 80)  # a real lookup: loopback, and not the scan's own target
    assert Policy(own=frozenset({"127.0.0.1"})).address_for("127.0.0.1", 80) == "127.0.0.1"
    with pytest.raises(Blocked):
        Policy(own=frozenset({"127.0.0.1"})).address_for("127.0.0.2", 80)
    assert Policy().trusting().address_for("127.0.0.1", 80) == "127.0.0.1"  # site_config's own feeds


def test_a_name_with_one_internal_answer_is_refused() -> None:
    """A hostile DNS answer (public and internal together) cannot slip through: a resolver that answers as
    such a name would, since no test may ask a real DNS server."""
    policy = Policy(resolver=lambda host, port: ["59.110.12.3", "10.0.0.7"])
    with pytest.raises(Blocked, match=r"10\.0\.0\.7"):
        policy.address_for("rebind.example", 80)


def test_retry_after_reads_seconds_and_dates() -> None:
    assert retry_after("120") == 120.0
    now = time.time()
    assert retry_after(email.utils.formatdate(now + 30, usegmt=True), now) == pytest.approx(30, abs=1)
    assert retry_after("soon") is None


@pytest.fixture(name="server")
def server_fixture() -> Iterator[Server]:
    server = Server()
    server.routes["/trickle"] = _trickle
    server.routes["/big"] = lambda h: h.send(200, b"x" * 5000)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def _trickle(handler: object) -> None:
    h = handler  # a server that sends its body a byte at a time, slower than the whole timeout
    h.send_response(200)  # type: ignore[attr-defined]
    h.send_header("Content-Length", "100")  # type: ignore[attr-defined]
    h.end_headers()  # type: ignore[attr-defined]
    for _ in range(100):
        h.wfile.write(b"x")  # type: ignore[attr-defined]
        h.wfile.flush()  # type: ignore[attr-defined]
        time.sleep(0.05)


def test_a_trickling_server_cannot_hold_a_worker_past_the_timeout(server: Server, net_guard: object) -> None:
    from gates.crawl.net import FetchError

    start = time.monotonic()
    with pytest.raises(FetchError, match="超时"):
        request(server.base + "trickle", Policy(own=frozenset({"127.0.0.1"})), timeout=1.0, max_bytes=1000)
    assert time.monotonic() - start < 2.5
    with pytest.raises(FetchError, match="过大"):
        request(server.base + "big", Policy(own=frozenset({"127.0.0.1"})), max_bytes=1000)


def test_the_cache_keeps_what_worked_within_its_window_and_never_a_failure(tmp_path: Path, server: Server,
                                                                           net_guard: object) -> None:
    server.routes["/ok"] = lambda h: h.send(200)
    server.routes["/gone"] = lambda h: h.send(404)
    fetcher = Fetcher(Policy(own=frozenset({"127.0.0.1"})), Throttle())
    path = tmp_path / "cache.json"
    urls = [server.base + "ok", server.base + "gone"]
    first = check_all(urls, fetcher, LinkCache.load(path, 3600))
    assert [first[u].ok for u in urls] == [True, False]
    hits = len(server.hits)
    second = check_all(urls, fetcher, LinkCache.load(path, 3600))
    assert second[urls[0]] == Verdict(True, cached=True)
    assert not second[urls[1]].ok
    assert server.paths()[hits:] == ["/gone", "/gone"]  # HEAD, then the one-byte GET: asked again
    later = LinkCache.load(path, 3600, now=time.time() + 7200)  # past the window: trusted no more
    assert not later.fresh(urls[0])


def test_a_dead_host_is_not_waited_for_once_per_link(net_guard: object) -> None:
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now: every connection is refused
    fetcher = Fetcher(Policy(own=frozenset({"127.0.0.1"})), Throttle())
    urls = [f"http://127.0.0.1:{port}/a{i}" for i in range(6)]
    verdicts = check_all(urls, fetcher, LinkCache(None, 0), workers=1)
    assert all(not v.ok for v in verdicts.values())
    assert sum("其他链接也无法连接" in v.reason for v in verdicts.values()) == 5


def test_the_site_being_rescanned_has_its_own_concurrency_limit() -> None:
    import threading

    throttle = Throttle(per_host=1, limits={"own.example": 3})
    running: dict[str, int] = {"own.example": 0, "other.example": 0}
    most: dict[str, int] = dict(running)
    lock = threading.Lock()

    def call(host: str) -> object:
        with lock:
            running[host] += 1
            most[host] = max(most[host], running[host])
        time.sleep(0.05)
        with lock:
            running[host] -= 1
        return None

    threads = [threading.Thread(target=throttle.run, args=(host, lambda host=host: call(host)))
               for host in ("own.example", "other.example") for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert most == {"own.example": 3, "other.example": 1}
