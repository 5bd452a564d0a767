"""An ingest run: find files, skip unchanged ones by hash (before any NLP), process the rest (in
worker processes when there are enough), store each document in its own transaction, record failures."""

from __future__ import annotations

import logging
import signal
import sys
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import config
from pipeline.errors import PipelineError, StorageError, TimeLimitExceeded
from pipeline.process import process
from pipeline.records import Document
from pipeline.runs import engines
from pipeline.store import Store, connect
from pipeline.text.decode import InputFile, discover, load_file

log = logging.getLogger(__name__)



@dataclass(frozen=True)
class Failure:
    source: str
    stage: str
    error: str


@dataclass
class Summary:
    seen: int = 0
    stored: int = 0
    unchanged: int = 0
    failed: int = 0
    mentions: int = 0
    dates: int = 0
    amounts: int = 0
    roles: int = 0
    seconds: float = 0.0
    models: dict[str, str] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        return {"documents_seen": self.seen, "documents_stored": self.stored,
                "documents_unchanged": self.unchanged, "documents_failed": self.failed,
                "mentions": self.mentions, "dates": self.dates, "amounts": self.amounts, "roles": self.roles}

    def line(self) -> str:
        return (f"{self.seen} documents: {self.stored} stored, {self.unchanged} unchanged, {self.failed} failed; "
                f"{self.mentions} entity mentions, {self.dates} dates, {self.amounts} amounts, {self.roles} roles; "
                f"{self.seconds:.1f} s")

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`TimeLimitExceeded` when the block runs longer than ``seconds`` (main thread, Unix)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGALRM"):
        yield
        return

    def expire(_signum: int, _frame: object) -> None:
        raise TimeLimitExceeded(f"processing took longer than {seconds:g} s (MAX_SECONDS_PER_DOCUMENT)")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def process_file(item: InputFile, data: bytes | None = None) -> Document | Failure:
    """Load and process one file (``data``: its bytes, when read already); any failure is returned, never
    raised (runs in worker processes)."""
    try:
        with time_limit(config.MAX_SECONDS_PER_DOCUMENT):
            return process(load_file(item) if data is None else load_file(item, data))
    except PipelineError as exc:
        return Failure(item.source, exc.stage, str(exc))
    except Exception as exc:  # never let one document stop the run
        log.exception("unexpected error on %s", item.source)
        return Failure(item.source, "internal", f"{type(exc).__name__}: {exc}")


def _changed(items: list[InputFile], known: dict[str, str], summary: Summary,
             failed: list[Failure]) -> list[InputFile]:
    """Files whose bytes differ from the stored version (hash check, no NLP)."""
    out = []
    for item in items:
        if item.source in known:
            try:
                sha256 = load_file(item).sha256
            except PipelineError as exc:
                failed.append(Failure(item.source, exc.stage, str(exc)))
                continue
            if sha256 == known[item.source]:
                summary.unchanged += 1
                continue
        out.append(item)
    return out


def unreadable(item: InputFile, exc: PipelineError) -> Failure:
    """The failure of a file that could not be read (as process_file records it)."""
    return Failure(item.source, exc.stage, str(exc))


def _progress(results: Iterable[Document | Failure], total: int, enabled: bool) -> Iterable[Document | Failure]:
    if not enabled or not sys.stderr.isatty():
        return results
    from tqdm import tqdm

    return tqdm(results, total=total, unit="doc", desc="ingest", file=sys.stderr)


def ingest(paths: Sequence[str | Path], db: str, command: str, workers: int = config.DEFAULT_WORKERS,
           progress: bool = True, engine: str = "local", scheduler: str | None = None) -> Summary:
    """Ingest files and folders into the dataset at ``db``; see the module docstring."""
    started = time.perf_counter()
    items = discover(paths)
    store = Store(connect(db))
    summary = Summary(seen=len(items))
    run_id = store.start_run(command)
    failed: list[Failure] = []
    try:
        todo = _changed(items, store.known_hashes(), summary, failed)
        for failure in failed:
            _record(store, run_id, failure, summary)
        results = engines.results(process_file, unreadable, todo, engine, workers, scheduler)
        for result in _progress(results, len(todo), progress):
            if isinstance(result, Failure):
                _record(store, run_id, result, summary)
            else:
                _store(store, run_id, result, summary)
    except (StorageError, KeyboardInterrupt):
        summary.seconds = time.perf_counter() - started
        _finish(store, run_id, "aborted", summary)
        raise
    summary.seconds = time.perf_counter() - started
    _finish(store, run_id, "partial" if summary.failed else "ok", summary)
    return summary


def _store(store: Store, run_id: int, doc: Document, summary: Summary) -> None:
    store.save(doc, run_id)
    summary.stored += 1
    summary.mentions += len(doc.mentions)
    summary.dates += len(doc.dates)
    summary.amounts += len(doc.amounts)
    summary.roles += len(doc.roles)
    if doc.language:
        summary.models.setdefault(doc.language, doc.models[0] if doc.models else "")


def _record(store: Store, run_id: int, failure: Failure, summary: Summary) -> None:
    log.warning("failed: %s [%s] %s", failure.source, failure.stage, failure.error)
    store.record_failure(run_id, failure.source, failure.stage, failure.error)
    summary.failed += 1


def _finish(store: Store, run_id: int, status: str, summary: Summary) -> None:
    try:
        store.finish_run(run_id, status, summary.counts(), summary.models)
    except StorageError:
        log.error("could not record the end of run %s", run_id)
