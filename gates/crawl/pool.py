"""Reading a built folder's pages in worker processes.

Reading a page (hashing it, finding its links and ids, running the content rules on its region) needs nothing
from the other pages, and is nearly all of a folder re-scan's time; the walk's own bookkeeping (which link
waits for which page, what is broken) is small. So the pages are read by forked workers, which inherit the
imported rules, the configuration and the crawler as they are, and only the results come back, merged in the
listing's order by the walk: the report is the same, finding for finding and in the same order, as a single
process makes.

The listing is cut into chunks. The walk writes chunk numbers into one pipe that every worker reads from (a
few bytes each, so each number goes to exactly one worker, whichever is free), a few chunks per worker ahead of
what it has merged; each worker writes each chunk's results, pickled, to its own pipe; the walk takes them as
they come and merges them in the listing's order. When none has come, the walk's own process reads the next
chunk not handed out instead of waiting: it is one of the `jobs` processes, so on two CPUs one worker and the
walk share the pages and no third process competes with them. No helper threads and no `multiprocessing`, whose
import and pool start-up were a tenth of a small folder's re-scan. A large site is never held in memory as
results waiting to be merged. A worker that fails, or dies, fails the whole re-scan: a missing chunk is never a clean one.
Forking needs no thread to be running in this process at that moment: the progress bar of a terminal is
refreshed by hand (gates.cli.rescan), and a folder is never fetched with threads.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import selectors
import signal
import struct
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, NoReturn, Protocol

from gates.crawl.source import Got

if TYPE_CHECKING:
    from concurrent.futures import Future


class Reader(Protocol):
    """What the workers need of the crawler (gates.crawl.crawler.Crawler), which imports this module."""

    jobs: int

    def read(self, got: Got) -> Any: ...

    def get(self, file: str) -> Got: ...


class WorkerFailed(Exception):
    """A worker process raised, or ended without its results: the re-scan cannot be complete."""


CHUNK = 16  # files a worker reads per chunk: about 10 ms of work; small, so the last chunks end together
IN_FLIGHT = 3  # chunks per worker handed out ahead of the merge
_TASK = struct.Struct("<I")  # a chunk's number: 4 bytes, so a pipe hands each one whole to a single reader
_HEADER = struct.Struct("<I?Q")  # (chunk, ok, length of the pickle that follows)


def available_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def read_all(crawler: Reader, files: Sequence[str]) -> Iterator[Any]:
    """crawler.read(crawler.get(file)) for every file, in order, read by crawler.jobs processes: this one and
    jobs - 1 workers. This one merges what the workers send back and, whenever it would otherwise wait for them,
    reads the next chunk not yet handed out itself: no CPU sits idle while the walk waits, and the chunks it
    reads are neither pickled nor sent."""
    chunks = [files[i:i + CHUNK] for i in range(0, len(files), CHUNK)]
    jobs = max(1, min(crawler.jobs - 1, len(chunks)))
    tasks_out, tasks_in = os.pipe()
    workers: dict[int, int] = {}  # result pipe -> worker pid
    finished = False
    try:
        for _ in range(jobs):
            readable, writable = os.pipe()
            pid = os.fork()
            if pid == 0:  # the worker: never returns
                for fd in (readable, tasks_in, *workers):
                    os.close(fd)
                _work(crawler, chunks, tasks_out, writable)
            os.close(writable)
            workers[readable] = pid
        os.close(tasks_out)
        tasks_out = -1
        yield from _gather(crawler, chunks, jobs, tasks_in, list(workers))
        finished = True
    finally:
        # Closing the chunk numbers' pipe ends the workers: each finds no number left, or a broken pipe.
        for fd in (tasks_in, tasks_out, *workers):
            if fd >= 0:
                os.close(fd)
        for pid in workers.values():
            if not finished:  # the walk stopped early: a worker may be in the middle of a chunk
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGTERM)
            os.waitpid(pid, 0)


def _gather(crawler: Reader, chunks: list[Sequence[str]], jobs: int, tasks: int, pipes: list[int]) -> Iterator[Any]:
    handed = 0  # chunks handed out, to a worker (their numbers written) or read here, in the listing's order
    sent = 0  # chunks handed to the workers and not yet back
    window = (jobs + 1) * IN_FLIGHT  # chunks handed out ahead of the merge: what `done` may hold
    done: dict[int, list[Any]] = {}
    with selectors.DefaultSelector() as ready:
        for fd in pipes:
            ready.register(fd, selectors.EVENT_READ)
        for k in range(len(chunks)):
            while k not in done:
                while handed < len(chunks) and handed < k + window and sent < jobs * IN_FLIGHT:
                    try:
                        os.write(tasks, _TASK.pack(handed))  # every worker kept a few chunks ahead
                    except BrokenPipeError:  # no worker is left to read the numbers
                        _why_they_ended(pipes)
                        raise WorkerFailed("读取页面的子进程意外退出") from None
                    handed += 1
                    sent += 1
                may_read = handed < len(chunks) and handed < k + window
                events = ready.select(0 if may_read else None)
                if not events:  # nothing has come back: read the next chunk here rather than wait
                    done[handed] = _read_files(crawler, chunks[handed])
                    handed += 1
                    continue
                for key, _events in events:
                    got = _receive(int(key.fd))
                    if got is None:
                        # A worker ends only when the walk closes the numbers' pipe: this one died, perhaps with a
                        # chunk in hand, which no other worker will read.
                        raise WorkerFailed("读取页面的子进程意外退出")
                    done[got[0]] = got[1]
                    sent -= 1
            yield from done.pop(k)


def _why_they_ended(pipes: list[int]) -> None:
    """Every worker has ended: raise the error one of them sent before it did, if any. (Reading cannot block
    here: an ended worker's pipe holds what it wrote, then its end.)"""
    for fd in pipes:
        while _receive(fd) is not None:
            pass


def _work(crawler: Reader, chunks: list[Sequence[str]], tasks: int, fd: int) -> NoReturn:
    def next_chunk() -> tuple[int, Callable[..., Any], tuple[Any, ...]] | None:
        task = _read_exactly(tasks, _TASK.size)
        if not task:
            return None
        (k,) = _TASK.unpack(task)
        return k, _read_files, (crawler, chunks[k])

    _worker_loop(fd, next_chunk)


def _worker_loop(fd: int, next_task: Callable[[], tuple[int, Callable[..., Any], tuple[Any, ...]] | None]) -> NoReturn:
    """A worker's life: each task's result to fd until the tasks end; a task that fails ends it (the walk then
    fails the re-scan)."""
    code = 0
    try:
        while (task := next_task()) is not None:
            k, work, args = task
            if not _reply(fd, k, work, *args):
                code = 1
                break
    except BaseException:  # the walk went away (a broken pipe) or this worker was stopped
        code = 1
    finally:
        # Never back into the caller's code, its atexit handlers or its buffered stdout: this is a copy of it.
        os._exit(code)


def _read_files(crawler: Reader, files: Sequence[str]) -> list[Any]:
    return [crawler.read(crawler.get(file)) for file in files]


def _reply(fd: int, k: int, work: Callable[..., Any], *args: Any) -> bool:
    """Run work(*args) and send its result (or the error it raised, which fails the re-scan) as chunk k; whether
    it ran."""
    try:
        body, ok = pickle.dumps(work(*args), pickle.HIGHEST_PROTOCOL), True
    except Exception as exc:  # told to the walk, which fails the re-scan with it
        body, ok = pickle.dumps(f"{exc.__class__.__name__}: {exc}"), False
    _write_all(fd, _HEADER.pack(k, ok, len(body)) + body)
    return ok


def _receive(fd: int) -> tuple[int, list[Any]] | None:
    """One chunk's results from a worker's pipe; None when the worker has ended."""
    header = _read_exactly(fd, _HEADER.size)
    if not header:
        return None
    if len(header) < _HEADER.size:
        raise WorkerFailed("读取页面的子进程意外退出")
    k, ok, size = _HEADER.unpack(header)
    body = _read_exactly(fd, size)
    if len(body) < size:
        raise WorkerFailed("读取页面的子进程意外退出")
    value = pickle.loads(body)
    if not ok:
        raise WorkerFailed(f"读取页面的子进程出错 ({value})")
    return k, value


def _read_exactly(fd: int, size: int) -> bytes:
    """size bytes from fd, fewer only at its end."""
    parts = []
    while size:
        part = os.read(fd, min(size, 1 << 20))
        if not part:
            break
        parts.append(part)
        size -= len(part)
    return b"".join(parts)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


class Readers:
    """Worker processes that read pages handed to them one at a time, for a live site: the pages come from the
    fetching threads of this process in no set order, so each is sent whole (its body pickled) to the worker
    with the fewest waiting, and its reading comes back as a Future, resolved by one thread of this process
    that reads every worker's pipe. Fetching stays here, with its throttle, address checks and robots.txt: a
    worker only reads what it is given.

    Made before any thread starts (it forks); close() ends the workers.
    """

    def __init__(self, crawler: Reader, jobs: int) -> None:
        import threading  # here: a folder's re-scan never starts a thread
        from collections import deque
        from concurrent.futures import Future, InvalidStateError

        self._future = Future
        self._resolved = InvalidStateError  # what a Future says when resolved twice: a death told by two threads
        self._tasks: list[int] = []  # each worker's task pipe (written here)
        self._results: list[int] = []  # each worker's result pipe (read by the collecting thread)
        self._pids: list[int] = []
        self._waiting: list[deque[Future[Any]]] = []  # each worker's tasks in the order it takes them
        self._failed: Exception | None = None
        try:
            for _ in range(jobs):
                task_out, task_in = os.pipe()
                result_out, result_in = os.pipe()
                pid = os.fork()
                if pid == 0:  # the worker: never returns
                    for fd in (task_in, result_out, *self._tasks, *self._results):
                        os.close(fd)
                    _serve(crawler, task_out, result_in)
                os.close(task_out)
                os.close(result_in)
                self._tasks.append(task_in)
                self._results.append(result_out)
                self._pids.append(pid)
                self._waiting.append(deque())
        except BaseException:
            self.close(stop=True)
            raise
        self._collector = threading.Thread(target=self._collect, name="gates-read-results", daemon=True)
        self._collector.start()

    def submit(self, got: Got) -> Future[Any]:
        """The worker's crawler.read(got), later."""
        future: Future[Any] = self._future()
        if self._failed is not None:
            future.set_exception(self._failed)
            return future
        w = min(range(len(self._tasks)), key=lambda i: len(self._waiting[i]))
        body = pickle.dumps(got, pickle.HIGHEST_PROTOCOL)
        self._waiting[w].append(future)  # before the write: the answer may come back at once
        try:
            _write_all(self._tasks[w], _HEADER.pack(0, True, len(body)) + body)
        except OSError:  # the worker is gone (the collecting thread may have failed this future already)
            with contextlib.suppress(self._resolved):
                future.set_exception(self._failed or WorkerFailed("读取页面的子进程意外退出"))
        return future

    def _collect(self) -> None:
        live = dict(zip(self._results, range(len(self._results)), strict=True))
        with selectors.DefaultSelector() as ready:
            for fd in live:
                ready.register(fd, selectors.EVENT_READ)
            while live:
                for key, _events in ready.select():
                    fd = int(key.fd)
                    w = live[fd]
                    try:
                        got = _receive(fd)
                    except WorkerFailed as exc:
                        got, self._failed = None, exc
                    if got is None:  # the worker has ended: at close(), or it died
                        ready.unregister(fd)
                        del live[fd]
                        failed = self._failed = self._failed or WorkerFailed("读取页面的子进程意外退出")
                        while self._waiting[w]:
                            with contextlib.suppress(self._resolved):
                                self._waiting[w].popleft().set_exception(failed)
                        continue
                    self._waiting[w].popleft().set_result(got[1])

    def close(self, stop: bool = False) -> None:
        """End the workers (each ends at the end of its task pipe; `stop`: at once) and wait for them."""
        for fd in self._tasks:
            os.close(fd)
        self._tasks = []
        if stop:  # the walk failed: what the workers still hold is of no use
            for pid in self._pids:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGTERM)
        collector = getattr(self, "_collector", None)
        if collector is not None:
            collector.join()
        for fd in self._results:
            os.close(fd)
        self._results = []
        for pid in self._pids:
            os.waitpid(pid, 0)
        self._pids = []


def _serve(crawler: Reader, tasks: int, fd: int) -> NoReturn:
    def next_page() -> tuple[int, Callable[..., Any], tuple[Any, ...]] | None:
        header = _read_exactly(tasks, _HEADER.size)
        if not header:
            return None
        _k, _ok, size = _HEADER.unpack(header)
        return 0, crawler.read, (pickle.loads(_read_exactly(tasks, size)),)

    _worker_loop(fd, next_page)
