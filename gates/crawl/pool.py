"""Reading a built folder's pages in worker processes.

Reading a page (hashing it, finding its links and ids, running the content rules on its region) needs nothing
from the other pages, and is nearly all of a folder re-scan's time; the walk's own bookkeeping (which link
waits for which page, what is broken) is small. So the pages are read by forked workers, which inherit the
imported rules, the configuration and the crawler as they are, and only the results come back, merged in the
listing's order by the walk: the report is the same, finding for finding and in the same order, as a single
process makes.

At most a few chunks per worker are in flight, so a large site is never held in memory as results waiting to be
merged. Forking needs no thread to be running in this process at that moment: the progress bar of a terminal
is refreshed by hand (gates.cli.rescan), and a folder is never fetched with threads.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from gates.crawl.source import Got

if TYPE_CHECKING:
    from multiprocessing.pool import AsyncResult


class Reader(Protocol):
    """What the workers need of the crawler (gates.crawl.crawler.Crawler), which imports this module."""

    jobs: int

    def read(self, got: Got) -> Any: ...

    def get(self, file: str) -> Got: ...

CHUNK = 32  # files a worker reads per task: about 10-20 ms of work, so the round trips cost little
IN_FLIGHT = 3  # chunks per worker submitted ahead of the merge

# The crawler the forked workers read with: set before the fork, inherited, never sent through a pipe.
_CRAWLER: Reader | None = None


def available_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def read_all(crawler: Reader, files: Sequence[str]) -> Iterator[Any]:
    """crawler.read(source.get(file)) for every file, in order, read by crawler.jobs worker processes."""
    import multiprocessing  # here: a small site, or a live one, never starts a worker

    global _CRAWLER
    _CRAWLER = crawler
    try:
        context = multiprocessing.get_context("fork")
        with context.Pool(crawler.jobs) as workers:
            pending: deque[AsyncResult[list[Any]]] = deque()
            chunks = (files[i:i + CHUNK] for i in range(0, len(files), CHUNK))
            for chunk in chunks:
                pending.append(workers.apply_async(_read_chunk, (chunk,)))
                while len(pending) >= crawler.jobs * IN_FLIGHT:
                    yield from pending.popleft().get()
            while pending:
                yield from pending.popleft().get()
            workers.close()
            workers.join()
    finally:
        _CRAWLER = None


def _read_chunk(files: Sequence[str]) -> list[Any]:
    crawler = _CRAWLER
    assert crawler is not None, "a worker runs only in a process forked by read_all"
    return [crawler.read(crawler.get(file)) for file in files]
