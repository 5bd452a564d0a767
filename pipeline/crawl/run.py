"""One crawl run: discover, fetch (bounded concurrency, polite), snapshot, deduplicate, process, store.

Incremental: conditional GET with the ETag/Last-Modified of the last fetch; an unchanged body (same
SHA-256) is not processed again; the same release under a second URL is linked to the stored document.
A lock file next to the dataset keeps two crawls from running at once."""

from __future__ import annotations

import fcntl
import gzip
import logging
import re
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pipeline.crawl.discover import Link, discover
from pipeline.crawl.fetch import BudgetExhausted, Fetcher, FetchError, Response, Stats
from pipeline.crawl.sources import Settings, Source, load_sources
from pipeline.errors import CrawlLocked, PipelineError, StorageError
from pipeline.process import process
from pipeline.records import RawDocument
from pipeline.store import Store, connect

log = logging.getLogger(__name__)
HTML_TYPES = {"text/html", "application/xhtml+xml", ""}
DEFAULT_LISTING_PAGES = 5


@dataclass
class CrawlSummary:
    fetched: int = 0
    stored: int = 0
    not_modified: int = 0
    unchanged: int = 0
    duplicates: int = 0
    older: int = 0
    skipped: int = 0
    failed: int = 0
    seconds: float = 0.0
    stats: dict[str, int] = field(default_factory=dict)

    def line(self) -> str:
        return (f"{self.fetched} pages: {self.stored} stored, {self.not_modified} not modified, {self.unchanged} "
                f"unchanged, {self.duplicates} duplicates, {self.older} older, {self.skipped} skipped (robots.txt), "
                f"{self.failed} failed; "
                f"{self.stats.get('requests', 0)} requests, {self.stats.get('retries', 0)} retries, "
                f"{self.stats.get('bytes', 0) / 1e6:.1f} MB; {self.seconds:.1f} s")

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


def lock_path(db: str) -> Path:
    return Path(f"{db}.crawl.lock") if "://" not in db else Path("out") / ".crawl.lock"


@contextmanager
def run_lock(path: Path) -> Iterator[None]:
    """Exclusive, non-blocking: a second crawl on the same dataset stops at once with CrawlLocked."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise CrawlLocked(f"another crawl is running on this dataset (lock file {path})") from exc
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


SLUG_BYTES = 80  # bytes of the URL path kept in a snapshot's file name (a name may have 255 bytes)


def snapshot_path(folder: Path, source: str, url: str, sha: str) -> Path:
    """Where the raw page is kept: always inside ``folder``, every name well under 255 bytes."""
    parts = urlsplit(url)
    slug = re.sub(r"[^\w.\-]+", "_", parts.path.strip("/")) or "index"
    slug = slug.encode("utf-8")[-SLUG_BYTES:].decode("utf-8", "ignore").lstrip(".") or "index"
    host = re.sub(r"[^\w.\-]+", "_", parts.netloc)[:100].lstrip(".") or "host"
    path = folder / source / host / f"{slug}-{sha[:12]}.html.gz"
    if not path.resolve().is_relative_to(folder.resolve()):
        raise ValueError(f"snapshot path {path} would leave the snapshot folder")
    return path


class Crawler:
    def __init__(self, store: Store, settings: Settings, run_id: int, since: str | None, max_pages: int | None,
                 deadline: float | None, snapshots: Path):
        self.store, self.settings, self.run_id = store, settings, run_id
        self.since, self.max_pages, self.deadline, self.snapshots = since, max_pages, deadline, snapshots
        self.stats = Stats()
        self.fetcher = Fetcher(settings, self.stats, deadline)
        self.summary = CrawlSummary()

    def out_of_budget(self) -> bool:
        if self.max_pages is not None and self.summary.fetched >= self.max_pages:
            return True
        return self.deadline is not None and time.monotonic() > self.deadline

    def crawl_source(self, source: Source) -> None:
        links = []
        for link in discover(source, self.fetcher, source.max_pages or DEFAULT_LISTING_PAGES, self.enough_links):
            if link.error is not None:
                self.fail({"source_name": source.name, "url": link.url}, link.error, "discover")
            elif self.since and link.date and link.date < self.since:
                self.summary.older += 1
            else:
                links.append(link)
        workers = max(1, source.concurrency or self.settings.concurrency)
        with ThreadPoolExecutor(max_workers=workers) as pool:
            pending: list[tuple[Link, dict[str, Any], Future[Response]]] = []
            for link in links:
                if self.out_of_budget():
                    break
                if not self.fetcher.allowed(link.url, source.allow_private):
                    self.summary.skipped += 1
                    self.store.record_fetch(self.run_id, source_name=source.name, url=link.url, outcome="skipped",
                                            error="disallowed by robots.txt")
                    continue
                previous = self.store.last_fetch(link.url)
                headers = {}
                if previous is not None and previous.etag:
                    headers["If-None-Match"] = previous.etag
                if previous is not None and previous.last_modified:
                    headers["If-Modified-Since"] = previous.last_modified
                future = pool.submit(self.fetcher.get, link.url, headers, source.delay, source.allow_private)
                pending.append((link, {"previous": previous}, future))
                self.summary.fetched += 1
                if len(pending) >= workers * 2:
                    self.handle(source, *pending.pop(0))
            for item in pending:
                self.handle(source, *item)

    def enough_links(self, found: int) -> bool:
        """Whether discovery can stop: the time budget is spent, or the page budget is covered."""
        if self.max_pages is not None and found >= self.max_pages - self.summary.fetched:
            return True
        return self.deadline is not None and time.monotonic() > self.deadline

    def handle(self, source: Source, link: Link, context: dict[str, Any], future: Future[Response]) -> None:
        """Store or record one fetched page; nothing about one page stops the run."""
        try:
            self._handle(source, link, context, future)
        except StorageError:
            raise
        except Exception as exc:  # a bug or a library failure on a hostile page: record it, go on
            log.exception("unexpected error on %s", link.url)
            self.fail({"source_name": source.name, "url": link.url}, f"{type(exc).__name__}: {exc}", "internal")

    def _handle(self, source: Source, link: Link, context: dict[str, Any], future: Future[Response]) -> None:
        previous = context["previous"]
        record: dict[str, Any] = {"source_name": source.name, "url": link.url}
        try:
            response = future.result()
        except BudgetExhausted:
            self.summary.fetched -= 1  # never requested
            return None
        except FetchError as exc:
            return self.fail(record, str(exc), "fetch", exc.status)
        record.update(final_url=response.final_url, status=response.status,
                      etag=response.headers.get("etag"), last_modified=response.headers.get("last-modified"))
        if response.status == 304 and previous is not None:
            self.summary.not_modified += 1
            record.update(sha256=previous.sha256, document_id=previous.document_id, outcome="not-modified",
                          etag=record["etag"] or previous.etag, last_modified=record["last_modified"] or
                          previous.last_modified)
            return self.store.record_fetch(self.run_id, **record)
        if response.status != 200:
            return self.fail(record, f"HTTP {response.status}", "fetch", response.status)
        if response.content_type not in HTML_TYPES:
            return self.fail(record, f"not an HTML page (content type {response.content_type})", "fetch")
        self.keep(source, record, response, previous)

    def keep(self, source: Source, record: dict[str, Any], response: Response, previous: Any) -> None:
        raw = RawDocument(source=record["url"], data=response.body, url=response.final_url, kind="html",
                          language_hint=source.language, charset=response.charset)
        sha = raw.sha256
        record["sha256"] = sha
        try:  # before extraction: nothing is lost if it fails
            path = snapshot_path(self.snapshots, source.name, record["url"], sha)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(gzip.compress(response.body))
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            return self.fail(record, f"cannot write the snapshot in {self.snapshots}: {reason}", "snapshot")
        if previous is not None and previous.sha256 == sha:
            self.summary.unchanged += 1
            return self.store.record_fetch(self.run_id, outcome="unchanged", document_id=previous.document_id,
                                           **record)
        twin = self.store.document_with_hash(sha)
        if twin is not None:
            self.summary.duplicates += 1
            return self.store.record_fetch(self.run_id, outcome="duplicate", document_id=twin, **record)
        try:
            doc = process(raw)
        except PipelineError as exc:
            return self.fail(record, str(exc), exc.stage)
        if self.since and doc.published and doc.published[:10] < self.since:
            self.summary.older += 1
            return self.store.record_fetch(self.run_id, outcome="older", **record)
        doc_id = self.store.save(doc, self.run_id)
        self.summary.stored += 1
        self.store.record_fetch(self.run_id, outcome="stored", document_id=doc_id, **record)

    def fail(self, record: dict[str, Any], error: str, stage: str, status: int | None = None) -> None:
        log.warning("failed: %s [%s] %s", record["url"], stage, error)
        self.summary.failed += 1
        record.setdefault("status", status)
        self.store.record_fetch(self.run_id, outcome="failed", error=error, **record)
        self.store.record_failure(self.run_id, record["url"], stage, error)


def crawl(sources_file: Path, db: str, command: str, since: str | None = None, max_pages: int | None = None,
          time_budget: float | None = None, snapshots: Path | None = None) -> CrawlSummary:
    """Crawl every source of ``sources_file`` into the dataset at ``db``."""
    started = time.monotonic()
    settings, sources = load_sources(sources_file)
    store = Store(connect(db))
    with run_lock(lock_path(db)):
        run_id = store.start_run(command)
        crawler = Crawler(store, settings, run_id, since, max_pages,
                          started + time_budget if time_budget else None,
                          snapshots or Path(settings.snapshot_dir))
        status = "aborted"
        try:
            for source in sources:
                if crawler.out_of_budget():
                    log.warning("page or time budget reached: stopping before source %s", source.name)
                    break
                crawler.crawl_source(source)
            status = "partial" if crawler.summary.failed else "ok"
        finally:
            summary = crawler.summary
            summary.seconds = time.monotonic() - started
            summary.stats = dict(crawler.stats.counts)
            counts = {"documents_seen": summary.fetched, "documents_stored": summary.stored,
                      "documents_unchanged": summary.not_modified + summary.unchanged + summary.duplicates,
                      "documents_failed": summary.failed}
            store.finish_run(run_id, status, counts, {})
    return summary
