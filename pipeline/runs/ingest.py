"""An ingest run: find files, skip unchanged ones by hash (before any NLP), process the rest (in
worker processes when there are enough), store each document in its own transaction (identical text is one
document with several origins), record failures. Bookkeeping shared with crawl: pipeline.runs.bookkeeping."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from pipeline import config
from pipeline.entities.recognize import analyse_paragraphs
from pipeline.errors import PipelineError, StorageError
from pipeline.process import Prepared, Stages, complete, prepare
from pipeline.records import Document
from pipeline.runs import engines
from pipeline.runs.bookkeeping import Failure, Tally, finish, record_failure
from pipeline.runs.bookkeeping import progress as bar
from pipeline.runs.limits import time_limit
from pipeline.store import Store, connect
from pipeline.text.decode import InputFile, discover, load_file

log = logging.getLogger(__name__)
T = TypeVar("T")



class Summary(Tally):
    """An ingest run's tally; ``seen`` = stored + unchanged + duplicates + failed."""

    def line(self) -> str:
        return f"{self.seen} documents: {self.outcomes_line()}; {self.rows_line()}; {self.seconds:.1f} s"


def process_files(items: Sequence[InputFile], data: Sequence[bytes] | None = None) -> list[Document | Failure]:
    """Load and process several files (``data``: their bytes, when read already), one result per file in order;
    any failure is returned, never raised (runs in worker processes). Each document's own stages run within
    MAX_SECONDS_PER_DOCUMENT; the statistical model reads all their paragraphs in one batch, and should that
    batch fail or run past the limit, each document is analysed alone as :func:`pipeline.process.process` does."""
    prepared = [_guarded(item.source, _prepared, item, None if data is None else data[i])
                for i, item in enumerate(items)]
    ready = [p for p in prepared if not isinstance(p, Failure)]
    parsed = iter(_analyses([p for p, _ in ready]))
    return [p if isinstance(p, Failure) else _guarded(p[0].raw.source, _completed, *p, next(parsed))
            for p in prepared]


def _guarded(source: str, func: Callable[..., T], *args: object) -> T | Failure:
    try:
        return func(*args)
    except PipelineError as exc:
        return Failure(source, exc.stage, str(exc))
    except Exception as exc:  # never let one document stop the run
        log.exception("unexpected error on %s", source)
        return Failure(source, "internal", f"{type(exc).__name__}: {exc}")


def _prepared(item: InputFile, data: bytes | None) -> tuple[Prepared, float]:
    """The document prepared for the model, and the seconds it took."""
    started = time.perf_counter()
    with time_limit(config.MAX_SECONDS_PER_DOCUMENT):
        raw = load_file(item, data)
        return prepare(raw, Stages(raw.source)), time.perf_counter() - started


def _analyses(prepared: list[Prepared]) -> list[list[Any] | None]:
    """The model's analyses of the paragraphs of every prepared document, or None for each (it then analyses
    its own paragraphs) when the batch fails or runs past the per-document limit."""
    try:
        with time_limit(config.MAX_SECONDS_PER_DOCUMENT):
            return analyse_paragraphs([(p.paragraphs, p.language) for p in prepared])
    except Exception as exc:  # a batch failure must not fail the documents: each is analysed alone
        log.warning("the model's batch of %d documents failed (%s): analysing each alone", len(prepared), exc)
        return [None] * len(prepared)


def _completed(prepared: Prepared, seconds: float, parsed: list[Any] | None) -> Document:
    """The remaining stages, within what is left of the document's time limit."""
    left = max(config.MAX_SECONDS_PER_DOCUMENT - seconds, config.MIN_SECONDS_LEFT)
    with time_limit(left):
        return complete(prepared, Stages(prepared.raw.source), parsed)


def _changed(items: list[InputFile], store: Store, run_id: int, summary: Summary,
             failed: list[Failure]) -> list[InputFile]:
    """Files to process: a source whose bytes are unchanged is skipped, and bytes already stored under
    another origin only add that origin (hash checks, no NLP)."""
    known, by_bytes = store.known_hashes(), store.known_bytes()
    out = []
    for item in items:
        if item.source in known or by_bytes:
            try:
                sha256 = load_file(item).sha256
            except PipelineError as exc:
                failed.append(Failure(item.source, exc.stage, str(exc)))
                continue
            if known.get(item.source) == sha256:
                summary.unchanged += 1
                continue
            if sha256 in by_bytes and item.source not in known:
                summary.outcome(store.add_origin(by_bytes[sha256], item.source, item.url, sha256, run_id))
                continue
        out.append(item)
    return out


def unreadable(item: InputFile, exc: PipelineError) -> Failure:
    """The failure of a file that could not be read (as process_files records it)."""
    return Failure(item.source, exc.stage, str(exc))


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
        todo = _changed(items, store, run_id, summary, failed)
        for failure in failed:
            record_failure(store, run_id, failure, summary)
        results = engines.results(process_files, unreadable, todo, engine, workers, scheduler)
        for result in bar(results, len(todo), "ingest", "doc", progress):
            if isinstance(result, Failure):
                record_failure(store, run_id, result, summary)
            else:
                _store(store, run_id, result, summary)
    except (StorageError, KeyboardInterrupt):
        summary.seconds = time.perf_counter() - started
        finish(store, run_id, "aborted", summary)
        raise
    summary.seconds = time.perf_counter() - started
    finish(store, run_id, "partial" if summary.failed else "ok", summary)
    return summary


def _store(store: Store, run_id: int, doc: Document, summary: Summary) -> None:
    _, outcome = store.store(doc, run_id)
    if outcome == "stored":
        summary.extracted(doc)
    else:
        summary.outcome(outcome)
