"""Engines: where the per-document function of an ingest runs. Each yields the results in input order, with a
bounded number of documents in flight (memory does not grow with the corpus); the caller (the one writer)
stores them.

- ``local``: in this process, or over a pool of worker processes on this machine (``--workers N``).
- ``dask``: on a Dask cluster: a local one started for the run (``--engine dask --workers N``) or an existing
  one on several machines (``--scheduler tcp://HOST:PORT``). The client reads each file and sends its bytes, so
  the workers need no shared disk; each worker process loads the models once and keeps them.

The per-document function is given by the caller (``process_file(item, data)``): it turns every failure into
a result, so that failures are recorded exactly alike whatever the engine."""

from __future__ import annotations

import ctypes
import logging
import os
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import AbstractContextManager, nullcontext
from typing import Any, TypeVar

from pipeline import config
from pipeline.errors import PipelineError, TimeLimitExceeded, UsageError
from pipeline.text.decode import InputFile, read_bytes
from pipeline.workers import die_with_parent

log = logging.getLogger(__name__)
R = TypeVar("R")
ENGINES = ("local", "dask")


def results(func: Callable[..., R], unreadable: Callable[[InputFile, PipelineError], R], items: Sequence[InputFile],
            engine: str = "local", workers: int = config.DEFAULT_WORKERS,
            scheduler: str | None = None) -> Iterator[R]:
    """``func(item)`` for every item, in input order, on the chosen engine. ``unreadable`` makes the result of a
    file the client cannot read (dask engine: files are read here, before they are sent)."""
    if engine == "dask":
        return dask(func, unreadable, items, workers, scheduler)
    if engine != "local":
        raise UsageError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")
    return local(func, items, workers)


def local(func: Callable[..., R], items: Sequence[InputFile], workers: int) -> Iterator[R]:
    """In-process, or over a bounded pool of worker processes when there are enough documents."""
    if workers <= 1 or len(items) < config.MIN_DOCS_PER_WORKER * 2:
        yield from map(func, items)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=die_with_parent, initargs=(os.getpid(),)) as pool:
        pending: deque[Future[R]] = deque()
        for item in items:
            pending.append(pool.submit(func, item))
            if len(pending) >= workers * config.IN_FLIGHT_PER_WORKER:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _cluster(workers: int, scheduler: str | None) -> AbstractContextManager[Any]:
    if scheduler:
        return nullcontext(scheduler)
    from distributed import LocalCluster

    return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                        scheduler_kwargs={"dashboard": False}, silence_logs=logging.ERROR)


def dask(func: Callable[..., R], unreadable: Callable[[InputFile, PipelineError], R], items: Sequence[InputFile],
         workers: int, scheduler: str | None) -> Iterator[R]:
    """On a Dask cluster; at most IN_FLIGHT_PER_WORKER documents per worker thread are submitted at a time."""
    try:
        from distributed import Client
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise UsageError("the dask engine needs the distributed package (make setup installs it)") from exc
    if not log.isEnabledFor(logging.DEBUG):  # the scheduler's and client's news are not the user's
        logging.getLogger("distributed").setLevel(logging.WARNING)
    with _cluster(workers, scheduler) as cluster:
        try:
            client = Client(cluster, timeout=config.DASK_CONNECT_TIMEOUT_S)
        except OSError as exc:
            raise UsageError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from exc
        with client:
            threads = sum(client.nthreads().values()) or 1
            log.info("dask: %d worker threads", threads)
            pending: deque[Any] = deque()
            for item in items:
                try:
                    data = read_bytes(item.path)
                except PipelineError as exc:
                    pending.append(unreadable(item, exc))
                else:
                    pending.append(client.submit(on_worker, func, item, data, pure=False))
                while len(pending) >= threads * config.IN_FLIGHT_PER_WORKER:
                    yield _take(pending)
            while pending:
                yield _take(pending)


def _take(pending: deque[Any]) -> Any:
    head = pending.popleft()
    if not hasattr(head, "result") or not hasattr(head, "release"):
        return head
    result = head.result()
    head.release()
    return result


def on_worker(func: Callable[..., R], item: InputFile, data: bytes) -> R:
    """Runs on a Dask worker: ``func(item, data)`` under the per-document time limit. Dask runs tasks in threads,
    where the SIGALRM of the process pool cannot reach, so the limit is a timer raising in the task's thread."""
    with thread_time_limit(config.MAX_SECONDS_PER_DOCUMENT):
        return func(item, data)


class _Expired(TimeLimitExceeded):
    def __init__(self) -> None:
        super().__init__(f"processing took longer than {config.MAX_SECONDS_PER_DOCUMENT:g} s "
                         "(MAX_SECONDS_PER_DOCUMENT)")


class thread_time_limit:
    """Raise :class:`TimeLimitExceeded` in the current thread when the block runs longer than ``seconds``
    (delivered between two Python instructions, like a signal handler)."""

    def __init__(self, seconds: float):
        self.seconds, self.lock, self.done = seconds, threading.Lock(), False
        self.thread_id = threading.get_ident()
        self.timer = threading.Timer(seconds, self._expire)
        self.timer.daemon = True

    def _expire(self) -> None:
        with self.lock:
            if not self.done:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.thread_id), ctypes.py_object(_Expired))

    def __enter__(self) -> None:
        if self.seconds > 0:
            self.timer.start()

    def __exit__(self, *_exc: object) -> None:
        with self.lock:
            self.done = True
        self.timer.cancel()
