"""Engines: where the per-document function of an ingest runs. Each yields the results in input order, with a
bounded number of documents in flight (memory does not grow with the corpus); the caller (the one writer)
stores them.

- ``local``: in this process, or over a pool of worker processes on this machine (``--workers N``).
- ``dask``: on a Dask cluster: a local one started for the run (``--engine dask --workers N``) or an existing
  one on several machines (``--scheduler tcp://HOST:PORT``). The client reads each file and sends its bytes, so
  the workers need no shared disk; each worker process loads the models once and keeps them.

The function is given by the caller (``process_files(items, data)``, over a chunk of DOCS_PER_TASK documents, so
that the statistical model reads several documents' paragraphs in one batch): it turns every failure into a
result, one per document, and applies the per-document time limit, so that failures are recorded exactly alike
whatever the engine."""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import AbstractContextManager, nullcontext
from typing import Any, TypeVar

from pipeline import config
from pipeline.errors import PipelineError, UsageError
from pipeline.text.decode import InputFile, read_bytes
from pipeline.workers import die_with_parent

log = logging.getLogger(__name__)
R = TypeVar("R")
T = TypeVar("T")
ENGINES = ("local", "dask")


def results(func: Callable[..., list[R]], unreadable: Callable[[InputFile, PipelineError], R],
            items: Sequence[InputFile], engine: str = "local", workers: int = config.DEFAULT_WORKERS,
            scheduler: str | None = None) -> Iterator[R]:
    """The results of ``func(chunk)`` over chunks of DOCS_PER_TASK items, one per item, in input order, on the
    chosen engine. ``unreadable`` makes the result of a file the client cannot read (dask engine: files are read
    here, before they are sent)."""
    if engine == "dask":
        return dask(func, unreadable, items, workers, scheduler)
    if engine != "local":
        raise UsageError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")
    return local(func, items, workers)


def chunks(items: Sequence[T], size: int = config.DOCS_PER_TASK) -> Iterator[list[T]]:
    """Consecutive chunks of ``size`` items (the last one shorter)."""
    for start in range(0, len(items), size):
        yield list(items[start:start + size])


def local(func: Callable[..., list[R]], items: Sequence[InputFile], workers: int) -> Iterator[R]:
    """In-process, or over a bounded pool of worker processes when there are enough documents."""
    if workers <= 1 or len(items) < config.MIN_DOCS_PER_WORKER * 2:
        for chunk in chunks(items):
            yield from func(chunk)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=die_with_parent, initargs=(os.getpid(),)) as pool:
        pending: deque[Future[list[R]]] = deque()
        for chunk in chunks(items):
            pending.append(pool.submit(func, chunk))
            if len(pending) >= workers * config.TASKS_IN_FLIGHT_PER_WORKER:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _cluster(workers: int, scheduler: str | None) -> AbstractContextManager[Any]:
    if scheduler:
        return nullcontext(scheduler)
    from distributed import LocalCluster

    return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                        scheduler_kwargs={"dashboard": False}, silence_logs=logging.ERROR)


def dask(func: Callable[..., list[R]], unreadable: Callable[[InputFile, PipelineError], R],
         items: Sequence[InputFile], workers: int, scheduler: str | None) -> Iterator[R]:
    """On a Dask cluster; at most TASKS_IN_FLIGHT_PER_WORKER chunks per worker thread are submitted at a time."""
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
            yield from _submitted(client, func, unreadable, items, threads * config.TASKS_IN_FLIGHT_PER_WORKER)


def _submitted(client: Any, func: Callable[..., list[R]], unreadable: Callable[[InputFile, PipelineError], R],
               items: Sequence[InputFile], window: int) -> Iterator[R]:
    """Read each file, send chunks of DOCS_PER_TASK files' bytes, and yield results in input order with at most
    ``window`` chunks in flight; a file that cannot be read closes the chunk before it and is its own result."""
    pending: deque[Any] = deque()
    chunk: list[InputFile] = []
    data: list[bytes] = []

    def send() -> None:
        if chunk:
            pending.append(client.submit(func, list(chunk), list(data), pure=False))
            chunk.clear()
            data.clear()

    for item in items:
        try:
            read = read_bytes(item.path)
        except PipelineError as exc:
            send()
            pending.append([unreadable(item, exc)])
        else:
            chunk.append(item)
            data.append(read)
            if len(chunk) >= config.DOCS_PER_TASK:
                send()
        while len(pending) >= window:
            yield from _take(pending)
    send()
    while pending:
        yield from _take(pending)


def _take(pending: deque[Any]) -> list[Any]:
    head = pending.popleft()
    if isinstance(head, list):
        return head
    result: list[Any] = head.result()
    head.release()
    return result
