"""HTTP with manners: robots.txt (with crawl-delay), a per-host minimum delay, bounded response size,
retries with exponential backoff and jitter on timeouts, 429 and 5xx (honouring Retry-After), none on
other 4xx, manual redirects with loop detection. Counts everything in :class:`Stats` (scrapy style)."""

from __future__ import annotations

import email.utils
import logging
import random
import threading
import time
import urllib.robotparser
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit, urlunsplit

import urllib3

from pipeline.errors import PipelineError
from pipeline.runs.crawl.sources import Settings

log = logging.getLogger(__name__)
REDIRECTS = {301, 302, 303, 307, 308}
RETRY_STATUSES = {429, 500, 502, 503, 504}
TRACKING_PREFIXES = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid")


class FetchError(PipelineError):
    """A URL could not be fetched (after retries); the message is the readable reason."""

    stage = "fetch"

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Response:
    url: str  # as requested
    final_url: str
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


@dataclass
class Stats:
    counts: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def inc(self, key: str, n: int = 1) -> None:
        with self.lock:
            self.counts[key] += n


def normalize_url(url: str) -> str:
    """Lower-case scheme and host, no default port, no fragment, no tracking parameters."""
    parts = urlsplit(url.strip())
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port is None or (scheme, port) in {("http", 80), ("https", 443)} else f"{host}:{port}"
    query = "&".join(q for q in parts.query.split("&") if q and not q.lower().startswith(TRACKING_PREFIXES))
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def retry_after(value: str | None, cap: float) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or HTTP date), capped."""
    if not value:
        return None
    try:
        return min(max(float(value), 0.0), cap)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return min(max(when.timestamp() - time.time(), 0.0), cap)


class Fetcher:
    def __init__(self, settings: Settings, stats: Stats):
        self.settings = settings
        self.stats = stats
        self.http = urllib3.PoolManager(num_pools=20, maxsize=max(settings.concurrency, 1), retries=False,
                                        timeout=urllib3.Timeout(connect=settings.timeout, read=settings.timeout))
        self._robots: dict[str, urllib.robotparser.RobotFileParser] = {}
        self._next_slot: dict[str, float] = {}
        self._host_lock = threading.Lock()
        self._robots_lock = threading.Lock()

    # --- politeness ---------------------------------------------------------------------------------
    def robots(self, url: str) -> urllib.robotparser.RobotFileParser:
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        with self._robots_lock:
            if root not in self._robots:
                parser = urllib.robotparser.RobotFileParser()
                try:
                    response = self._request(f"{root}/robots.txt", {}, check_robots=False, delay=0.0)
                    lines = response.body.decode("utf-8", "replace").splitlines() if response.status == 200 else []
                except FetchError:
                    lines = []  # unreachable robots.txt: no rules known
                parser.parse(lines)
                self._robots[root] = parser
            return self._robots[root]

    def allowed(self, url: str) -> bool:
        return self.robots(url).can_fetch(self.settings.agent, url)

    def _wait_turn(self, url: str, delay: float) -> None:
        host = urlsplit(url).netloc
        crawl_delay = self.robots(url).crawl_delay(self.settings.agent) if delay else None
        gap = max(delay, float(crawl_delay or 0))
        with self._host_lock:
            now = time.monotonic()
            slot = max(now, self._next_slot.get(host, 0.0))
            self._next_slot[host] = slot + gap
        if slot > now:
            time.sleep(slot - now)

    # --- requests -----------------------------------------------------------------------------------
    def get(self, url: str, headers: dict[str, str] | None = None, delay: float | None = None) -> Response:
        """GET with redirects, retries and limits. Raises :class:`FetchError` with the reason."""
        if not self.allowed(url):
            self.stats.inc("robots_disallowed")
            raise FetchError("disallowed by robots.txt")
        return self._request(url, headers or {}, check_robots=True,
                             delay=self.settings.delay if delay is None else delay)

    def _request(self, url: str, headers: dict[str, str], check_robots: bool, delay: float) -> Response:
        seen = [url]
        current = url
        while True:
            response = self._with_retries(current, headers, delay)
            if response.status not in REDIRECTS:
                return Response(url, current, response.status, response.headers, response.body)
            location = response.headers.get("location")
            if not location:
                raise FetchError(f"redirect ({response.status}) without a Location header", response.status)
            current = normalize_url(urljoin(current, location))
            if current in seen:
                raise FetchError(f"redirect loop: {' -> '.join([*seen, current])}", response.status)
            if len(seen) > self.settings.max_redirects:
                raise FetchError(f"more than {self.settings.max_redirects} redirects", response.status)
            if check_robots and not self.allowed(current):
                raise FetchError("redirected to a URL disallowed by robots.txt")
            seen.append(current)

    def _with_retries(self, url: str, headers: dict[str, str], delay: float) -> Response:
        attempt = 0
        while True:
            self._wait_turn(url, delay)
            try:
                response = self._once(url, headers)
            except FetchError as exc:
                if exc.status is not None or attempt >= self.settings.retries:
                    raise
                wait = None
                reason = str(exc)
            else:
                if response.status not in RETRY_STATUSES or attempt >= self.settings.retries:
                    return response
                wait = retry_after(response.headers.get("retry-after"), self.settings.max_retry_after)
                reason = f"HTTP {response.status}"
            attempt += 1
            backoff = self.settings.backoff * 2 ** (attempt - 1) * (0.5 + random.random())
            pause = wait if wait is not None else backoff
            self.stats.inc("retries")
            log.info("retrying %s in %.1f s (%s)", url, pause, reason)
            time.sleep(pause)

    def _once(self, url: str, headers: dict[str, str]) -> Response:
        all_headers = {"User-Agent": self.settings.agent, "Accept-Encoding": "gzip, deflate", **headers}
        self.stats.inc("requests")
        try:
            raw = self.http.request("GET", url, headers=all_headers, preload_content=False, redirect=False)
        except urllib3.exceptions.TimeoutError as exc:
            self.stats.inc("timeouts")
            raise FetchError(f"timed out after {self.settings.timeout:g} s") from exc
        except urllib3.exceptions.HTTPError as exc:
            self.stats.inc("connection_errors")
            raise FetchError(f"connection failed: {exc}") from exc
        try:
            body = self._read_limited(raw)
        except FetchError:
            raw.close()  # drop the connection: the rest of an oversized body is never read
            raise
        raw.release_conn()
        self.stats.inc(f"status_{raw.status}")
        self.stats.inc("bytes", len(body))
        return Response(url, url, raw.status, {k.lower(): v for k, v in raw.headers.items()}, body)

    def _read_limited(self, raw: urllib3.BaseHTTPResponse) -> bytes:
        limit = self.settings.max_bytes
        declared = raw.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise FetchError(f"response of {int(declared):,} bytes is over the limit of {limit:,} (max_bytes)",
                             raw.status)
        chunks, size = [], 0
        try:
            for chunk in raw.stream(64 * 1024, decode_content=True):
                size += len(chunk)
                if size > limit:
                    raise FetchError(f"response is over the limit of {limit:,} bytes (max_bytes)", raw.status)
                chunks.append(chunk)
        except (urllib3.exceptions.TimeoutError, urllib3.exceptions.ProtocolError) as exc:
            raise FetchError(f"the response was cut off or timed out: {exc}") from exc
        return b"".join(chunks)


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"
