"""One crawl run: discover release candidates, fetch them (bounded concurrency, polite), keep releases only
(pipeline.runs.crawl.releases), snapshot them with their metadata, deduplicate, process, store.

Incremental: conditional GET with the ETag/Last-Modified of the last fetch; an unchanged body (same
SHA-256) is not processed again; the same release under a second URL is linked to the stored document.
A lock file next to the dataset keeps two crawls from running at once."""

from __future__ import annotations

import fcntl
import logging
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline import config
from pipeline.errors import CrawlLocked, PipelineError, StorageError
from pipeline.records import RawDocument
from pipeline.runs.bookkeeping import Tally, finish, process_limited
from pipeline.runs.bookkeeping import progress as bar
from pipeline.runs.crawl.discover import Link, find_candidates
from pipeline.runs.crawl.fetch import BudgetExhausted, Fetcher, FetchError, Response, Stats
from pipeline.runs.crawl.releases import non_html_type, not_an_article
from pipeline.runs.crawl.snapshots import snapshot_path, write_snapshot
from pipeline.runs.crawl.sources import Settings, Source, load_sources
from pipeline.store import Store, connect, now

log = logging.getLogger(__name__)
HTML_TYPES = {"text/html", "application/xhtml+xml", ""}


@dataclass
class CrawlSummary(Tally):
    """A crawl's tally: ``seen`` release candidates = stored + unchanged + duplicates + skipped + failed;
    unchanged counts the not-modified ones, skipped those disallowed by robots.txt, not HTML, not releases
    or older than --since."""

    fetched: int = 0
    not_modified: int = 0
    robots: int = 0
    not_html: int = 0
    not_releases: int = 0
    older: int = 0
    listings: int = 0
    stats: dict[str, int] = field(default_factory=dict)

    def skip(self, why: str) -> None:
        self.skipped += 1
        setattr(self, why, getattr(self, why) + 1)

    def line(self) -> str:
        return (f"{self.seen} release candidates: {self.stored} stored, {self.unchanged} unchanged "
                f"({self.not_modified} not modified), {self.duplicates} duplicates, {self.skipped} skipped "
                f"({self.robots} robots.txt, {self.not_html} not HTML, {self.not_releases} not releases, "
                f"{self.older} older), {self.failed} failed; {self.listings} listing pages followed; "
                f"{self.rows_line()}; {self.stats.get('requests', 0)} requests, {self.stats.get('retries', 0)} "
                f"retries, {self.stats.get('bytes', 0) / 1e6:.1f} MB; {self.seconds:.1f} s")


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


class Crawler:
    def __init__(self, store: Store, settings: Settings, run_id: int, since: str | None, max_pages: int | None,
                 deadline: float | None, snapshots: Path, progress: bool = False):
        self.store, self.settings, self.run_id = store, settings, run_id
        self.since, self.max_pages, self.deadline, self.snapshots = since, max_pages, deadline, snapshots
        self.progress = progress
        self.stats = Stats()
        self.fetcher = Fetcher(settings, self.stats, deadline)
        self.summary = CrawlSummary()

    def out_of_budget(self) -> bool:
        if self.max_pages is not None and self.summary.fetched >= self.max_pages:
            return True
        return self.deadline is not None and time.monotonic() > self.deadline

    def crawl_source(self, source: Source) -> None:
        found = find_candidates(source, self.fetcher, source.max_pages or config.DEFAULT_LISTING_PAGES,
                                self.enough_links)
        self.summary.listings += len(found.listings)
        workers = max(1, source.concurrency or self.settings.concurrency)
        with ThreadPoolExecutor(max_workers=workers) as pool:
            pending: list[tuple[Link, dict[str, Any], Future[Response]]] = []
            for link in bar(found.candidates, len(found.candidates), source.name, "page", self.progress):
                if self.out_of_budget():
                    break
                self.summary.seen += 1
                record: dict[str, Any] = {"source_name": source.name, "url": link.url}
                if link.error is not None:
                    self.fail(record, link.error, "discover")
                    continue
                if self.since and link.date and link.date < self.since:
                    self.summary.skip("older")
                    continue
                kind = non_html_type(link.url) or self.store.known_non_html(link.url)
                if kind:
                    self.skip(record, "not_html", f"not an HTML page ({kind})", content_type=kind)
                    continue
                if not self.fetcher.allowed(link.url, source.allow_private):
                    self.skip(record, "robots", "disallowed by robots.txt")
                    continue
                previous = self.store.last_fetch(link.url)
                future = pool.submit(self.fetcher.get, link.url, conditional(previous), source.delay,
                                     source.allow_private)
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
            self.summary.seen -= 1
            return None
        except FetchError as exc:
            return self.fail(record, str(exc), "fetch", exc.status)
        record.update(final_url=response.final_url, status=response.status, content_type=response.content_type,
                      etag=response.headers.get("etag"), last_modified=response.headers.get("last-modified"))
        if response.status == 304 and previous is not None:
            record.update(sha256=previous.sha256, document_id=previous.document_id, outcome="not-modified",
                          etag=record["etag"] or previous.etag, last_modified=record["last_modified"] or
                          previous.last_modified)
            if previous.document_id is None:
                self.summary.skip("not_releases")
            else:
                self.summary.unchanged += 1
                self.summary.not_modified += 1
            return self.store.record_fetch(self.run_id, **record)
        if response.status != 200:
            return self.fail(record, f"HTTP {response.status}", "fetch", response.status)
        if response.content_type not in HTML_TYPES:
            return self.skip(record, "not_html", f"not an HTML page ({response.content_type})")
        self.keep(source, link, record, response, previous)

    def keep(self, source: Source, link: Link, record: dict[str, Any], response: Response, previous: Any) -> None:
        raw = RawDocument(source=record["url"], data=response.body, url=response.final_url, kind="html",
                          language_hint=source.language, charset=response.charset)
        sha = record["sha256"] = raw.sha256
        if previous is not None and previous.sha256 == sha and previous.document_id is not None:
            self.summary.unchanged += 1
            return self.store.record_fetch(self.run_id, outcome="unchanged", document_id=previous.document_id,
                                           **record)
        twin = self.store.document_with_hash(sha)
        if twin is not None:
            if not self.snapshot(source, record, response):
                return None
            outcome = self.store.add_origin(twin, record["url"], response.final_url, sha, self.run_id)
            self.summary.outcome(outcome)
            return self.store.record_fetch(self.run_id, outcome=outcome, document_id=twin, **record)
        reason = not_an_article(response.body, response.final_url) if link.must_read_as_article else None
        if reason:
            return self.skip(record, "not_releases", reason, outcome="not-release")
        if not self.snapshot(source, record, response):  # before extraction: nothing is lost if it fails
            return None
        try:
            doc = process_limited(raw)
        except PipelineError as exc:
            return self.fail(record, str(exc), exc.stage)
        if self.since and doc.published and doc.published[:10] < self.since:
            self.summary.skip("older")
            return self.store.record_fetch(self.run_id, outcome="older", **record)
        doc_id, outcome = self.store.store(doc, self.run_id)
        if outcome == "stored":
            self.summary.extracted(doc)
        else:
            self.summary.outcome(outcome)
        self.store.record_fetch(self.run_id, outcome=outcome, document_id=doc_id, **record)

    def snapshot(self, source: Source, record: dict[str, Any], response: Response) -> bool:
        """Keep the page and its metadata; False (the page recorded as failed) when that cannot be done."""
        meta = {k: record.get(k) for k in ("url", "final_url", "status", "content_type", "etag", "last_modified",
                                           "sha256", "source_name")}
        try:
            path = snapshot_path(self.snapshots, source.name, record["url"], record["sha256"])
            write_snapshot(path, response.body, {**meta, "language": source.language, "fetched_at": now()})
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.fail(record, f"cannot write the snapshot in {self.snapshots}: {reason}", "snapshot")
            return False
        return True

    def skip(self, record: dict[str, Any], why: str, reason: str, outcome: str = "skipped",
             content_type: str | None = None) -> None:
        """A candidate not stored, counted as skipped under ``why`` and recorded with its reason."""
        self.summary.skip(why)
        if content_type:
            record["content_type"] = content_type
        self.store.record_fetch(self.run_id, outcome=outcome, error=reason, **record)

    def fail(self, record: dict[str, Any], error: str, stage: str, status: int | None = None) -> None:
        log.warning("failed: %s [%s] %s", record["url"], stage, error)
        self.summary.failed += 1
        record.setdefault("status", status)
        self.store.record_fetch(self.run_id, outcome="failed", error=error, **record)
        self.store.record_failure(self.run_id, record["url"], stage, error)


def conditional(previous: Any) -> dict[str, str]:
    """If-None-Match / If-Modified-Since from the last fetch of a URL."""
    headers = {}
    if previous is not None and previous.etag:
        headers["If-None-Match"] = previous.etag
    if previous is not None and previous.last_modified:
        headers["If-Modified-Since"] = previous.last_modified
    return headers


def crawl(sources_file: Path, db: str, command: str, since: str | None = None, max_pages: int | None = None,
          time_budget: float | None = None, snapshots: Path | None = None, progress: bool = False) -> CrawlSummary:
    """Crawl every source of ``sources_file`` into the dataset at ``db``."""
    started = time.monotonic()
    settings, sources = load_sources(sources_file)
    store = Store(connect(db))
    with run_lock(lock_path(db)):
        run_id = store.start_run(command)
        crawler = Crawler(store, settings, run_id, since, max_pages,
                          started + time_budget if time_budget else None,
                          snapshots or Path(settings.snapshot_dir), progress)
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
            finish(store, run_id, status, summary)
    return summary


@dataclass(frozen=True)
class Planned:
    action: str  # listing, fetch, skip
    url: str
    note: str


def plan(sources_file: Path) -> list[Planned]:
    """``crawl --dry-run``: what a crawl would fetch and store, fetching only robots.txt, feeds, sitemaps and
    listing pages (nothing is written)."""
    settings, sources = load_sources(sources_file)
    fetcher = Fetcher(settings, Stats())
    out: list[Planned] = []
    for source in sources:
        found = find_candidates(source, fetcher, source.max_pages or config.DEFAULT_LISTING_PAGES)
        out += [Planned("listing", url, f"{source.name}: followed, never stored") for url in found.listings]
        for link in found.candidates:
            kind = non_html_type(link.url)
            if kind:
                out.append(Planned("skip", link.url, f"{source.name}: not HTML ({kind})"))
            elif not fetcher.allowed(link.url):
                out.append(Planned("skip", link.url, f"{source.name}: disallowed by robots.txt"))
            elif link.must_read_as_article:
                out.append(Planned("fetch", link.url, f"{source.name}: {link.via}; stored if it reads as an article"))
            else:
                why = "matches include" if source.include else "feed entry"
                out.append(Planned("fetch", link.url, f"{source.name}: {link.via}, {why}; stored"))
    return out
