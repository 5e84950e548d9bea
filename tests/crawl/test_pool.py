"""A built folder read by worker processes gives the report one process gives: same findings, same order."""

from __future__ import annotations

import os
import time
from collections import Counter
from typing import Any

import pytest

from gates.crawl import crawler, pool
from tests.detect.helpers import make_id
from tests.rescankit import Published, page_html, published_fixture  # noqa: F401


def many_problems(published: Published, pages: int) -> None:
    """Pages that each carry findings of several kinds, linking each other, so the order of merging shows."""
    articles = [f"news/a{i:03d}/" for i in range(pages)]
    published.home(*articles)
    for i in range(pages):
        body = [f'<p id="p{i}">第{i}篇。</p>',
                f'<p><a href="../a{(i + 1) % pages:03d}/#p{(i + 1) % pages}">下一篇</a></p>',
                f'<p><a href="../a{(i + 2) % pages:03d}/#nowhere{i}">缺少的锚点</a></p>',
                f'<p><a href="../gone{i % 7}/">已删除</a> <a href="#self{i}">本页锚点</a></p>']
        if i % 3 == 0:
            body.append(f"<p>身份证号 {make_id(f'5001051980{(i % 12) + 1:02d}1{i % 10}301')}</p>")
        if i % 4 == 0:
            body.append("<p>联系电话：13800138000</p>")
        published.write(f"news/a{i:03d}/index.html", page_html(f"第{i}篇", "\n".join(body),
                                                               pubdate=None if i % 5 == 0 else "2026-03-20 09:00"))
    published.write("assets/site.css", "body{}")
    published.manifest()
    published.write("news/extra.html", page_html("多出的页面", "<p>无</p>"))


def test_worker_processes_report_exactly_what_one_process_does(published: Published,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    many_problems(published, 40)
    monkeypatch.setattr(pool, "CHUNK", 3)  # many chunks, so their order matters
    used: list[int] = []
    read_all = pool.read_all

    def spy(*args: Any) -> Any:
        used.append(args[0].jobs)
        return read_all(*args)

    monkeypatch.setattr(pool, "read_all", spy)
    monkeypatch.setattr(crawler, "_POOL_MIN", 1)  # the folder is small: lower the threshold
    one = published.scan(jobs=1)
    assert used == []
    two = published.scan(jobs=2)
    assert used == [2]
    found = Counter(f.code for f in one.result.findings)
    assert {"SEC002", "SEC003", "LINK001", "LINK002", "LINK004", "PUB002"} <= set(found), found
    assert found["LINK002"] > 20 and found["SEC002"] > 5
    assert two.result.findings == one.result.findings  # the same findings, in the same order
    assert (two.pages, two.files, two.unchecked, two.notes) == (one.pages, one.files, one.unchecked, one.notes)


def test_a_small_folder_is_read_in_this_process(published: Published, monkeypatch: pytest.MonkeyPatch) -> None:
    many_problems(published, 5)
    monkeypatch.setattr(pool, "read_all", lambda *args: pytest.fail("no worker for a few files"))
    assert published.scan(jobs=2).pages == 8  # home, listing, 5 articles, the extra page


class _Reader:
    """A stand-in for the crawler: reads a file as its name, upper-cased; some files break the worker."""

    def __init__(self, jobs: int, exits: str = "", raises: str = "", seconds: float = 0.0) -> None:
        self.jobs, self.exits, self.raises, self.seconds = jobs, exits, raises, seconds
        self.walk = os.getpid()  # the walk's own process, which reads chunks too

    def get(self, file: str) -> Any:
        return file

    def read(self, got: Any) -> str:
        if got == self.exits:
            assert os.getpid() != self.walk, "the file meant to kill a worker was read by the walk itself"
            os._exit(3)  # the worker dies (as if killed) in the middle of a chunk
        if got == self.raises or (self.raises == "*walk*" and os.getpid() == self.walk):
            raise ValueError(f"cannot read {got}")
        time.sleep(self.seconds)
        return str(got).upper() + ("" if os.getpid() == self.walk else "+")


def test_results_come_back_in_the_listing_order_whatever_worker_read_them(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pool, "CHUNK", 2)
    files = [f"f{i:03d}" for i in range(101)]
    assert [r.rstrip("+") for r in pool.read_all(_Reader(3), files)] == [f.upper() for f in files]


def test_the_walk_reads_chunks_itself_while_it_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    # jobs 2 is this process and one worker: on two CPUs no third process competes for them.
    monkeypatch.setattr(pool, "CHUNK", 2)
    files = [f"f{i:03d}" for i in range(40)]
    read = list(pool.read_all(_Reader(2, seconds=0.002), files))
    assert [r.rstrip("+") for r in read] == [f.upper() for f in files]
    by_worker = sum(r.endswith("+") for r in read)
    assert 0 < by_worker < len(files), by_worker


@pytest.mark.parametrize("broken", ["exits", "raises"])
def test_a_worker_that_fails_or_dies_fails_the_scan(monkeypatch: pytest.MonkeyPatch, broken: str) -> None:
    monkeypatch.setattr(pool, "CHUNK", 2)
    files = [f"f{i:03d}" for i in range(60)]
    with pytest.raises(pool.WorkerFailed) as failed:
        # f003 is in the first chunks, which are always a worker's (the walk reads only while it waits)
        list(pool.read_all(_Reader(2, **{broken: "f003"}), files))  # never a hang, never a shorter report
    assert ("ValueError: cannot read f003" in str(failed.value)) == (broken == "raises")


def test_a_chunk_the_walk_fails_to_read_itself_fails_the_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pool, "CHUNK", 2)
    reader = _Reader(2, seconds=0.002)
    reader.raises = "*walk*"  # every file the walk's own process reads
    with pytest.raises(ValueError, match="cannot read"):
        list(pool.read_all(reader, [f"f{i:03d}" for i in range(40)]))


def test_a_walk_stopped_early_leaves_no_worker_behind(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pool, "CHUNK", 2)
    forked: list[int] = []
    fork = os.fork

    def spy() -> int:
        pid = fork()
        if pid:
            forked.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", spy)
    results = pool.read_all(_Reader(3), [f"f{i:03d}" for i in range(200)])
    assert next(results).rstrip("+") == "F000"
    results.close()
    assert len(forked) == 2  # jobs - 1 workers: the walk's own process is the other reader
    for pid in forked:
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # already waited for: no worker is left running, or a zombie


def test_live_readers_answer_each_page_handed_to_them() -> None:
    readers = pool.Readers(_Reader(2), 2)
    try:
        futures = [readers.submit(f"p{i}") for i in range(40)]  # type: ignore[arg-type]
        assert [f.result(timeout=30) for f in futures] == [f"P{i}+" for i in range(40)]
    finally:
        readers.close()


def test_a_live_reader_that_dies_fails_what_it_held_and_what_comes_after() -> None:
    readers = pool.Readers(_Reader(1, exits="p3"), 1)
    try:
        futures = [readers.submit(f"p{i}") for i in range(6)]  # type: ignore[arg-type]
        assert [f.result(timeout=30) for f in futures[:3]] == ["P0+", "P1+", "P2+"]
        for future in futures[3:]:
            with pytest.raises(pool.WorkerFailed):
                future.result(timeout=30)  # never a hang, never a page silently left unread
        with pytest.raises(pool.WorkerFailed):
            readers.submit("p9").result(timeout=30)  # type: ignore[arg-type]
    finally:
        readers.close()
