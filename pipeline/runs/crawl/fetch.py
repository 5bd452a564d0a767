"""HTTP with manners: robots.txt (with crawl-delay), a per-host minimum delay, bounded response size,
retries with exponential backoff and jitter on timeouts, 429 and 5xx (honouring Retry-After), none on
other 4xx, manual redirects with loop detection. Counts everything in :class:`Stats` (scrapy style)."""

from __future__ import annotations

import email.utils
import logging
import math
import random
import re
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit, urlunsplit

import urllib3

from pipeline import config
from pipeline.errors import PipelineError
from pipeline.runs.crawl.addresses import ForbiddenAddress, check_host
from pipeline.runs.crawl.robots import Robots
from pipeline.runs.crawl.sources import Settings
from pipeline.runs.crawl.transport import Guard, pool_manager

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

    @property
    def charset(self) -> str | None:
        """The charset parameter of the Content-Type header, if any."""
        found = re.search(r";\s*charset\s*=\s*[\"']?([\w.:\-]+)", self.headers.get("content-type", ""), re.I)
        return found.group(1).lower() if found else None


@dataclass
class Stats:
    counts: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def inc(self, key: str, n: int = 1) -> None:
        with self.lock:
            self.counts[key] += n


class BudgetExhausted(FetchError):
    """The crawl's time budget ends before this request could start: it is not made (and not a failure)."""


class InvalidURL(FetchError):
    """A URL that cannot be requested (a bad port, a malformed IPv6 address, no host...)."""


def normalize_url(url: str) -> str:
    """Lower-case scheme and host, no default port, no fragment, no tracking parameters.
    Raises :class:`InvalidURL` for a URL that cannot be parsed."""
    try:
        parts = urlsplit(url.strip())
        scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
        port = parts.port
    except ValueError as exc:
        raise InvalidURL(f"invalid URL {url[:200]!r}: {exc}") from exc
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port is None or (scheme, port) in {("http", 80), ("https", 443)} else f"{host}:{port}"
    query = "&".join(q for q in parts.query.split("&") if q and not q.lower().startswith(TRACKING_PREFIXES))
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def retry_after(value: str | None, cap: float) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or HTTP date), capped."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return min(max(seconds, 0.0), cap) if math.isfinite(seconds) else (cap if seconds > 0 else None)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return min(max(when.timestamp() - time.time(), 0.0), cap)


class Fetcher:
    """One per crawl. ``deadline`` (time.monotonic) is the run's time budget: no request starts after it."""

    def __init__(self, settings: Settings, stats: Stats, deadline: float | None = None):
        self.settings = settings
        self.stats = stats
        self.deadline = deadline
        self.http = pool_manager(num_pools=20, maxsize=max(settings.concurrency, 1), retries=False,
                                 timeout=urllib3.Timeout(connect=settings.timeout, read=settings.timeout))
        self._robots: dict[str, Robots] = {}
        self._next_slot: dict[str, float] = {}
        self._held: dict[str, float] = {}  # host -> no request before this time (Retry-After)
        self._host_lock = threading.Lock()
        self._robots_lock = threading.Lock()

    # --- politeness ---------------------------------------------------------------------------------
    def robots(self, url: str, allow_private: bool = False) -> Robots:
        """The robots.txt rules of ``url``'s host, fetched once (RFC 9309 status rules, see robots.py)."""
        root = origin(url)
        with self._robots_lock:
            if root not in self._robots:
                try:
                    response = self._request(f"{root}/robots.txt", {}, check_robots=False, delay=0.0,
                                             allow_private=allow_private)
                    rules = Robots.from_response(response.status, response.body)
                except FetchError as exc:
                    log.warning("robots.txt of %s unreachable (%s): nothing there is fetched", root, exc)
                    rules = Robots.from_response(None, b"")
                self._robots[root] = rules
            return self._robots[root]

    def allowed(self, url: str, allow_private: bool = False) -> bool:
        """Whether robots.txt allows ``url`` (a URL refused for its address is left to get() to refuse)."""
        try:
            self._check_address(url, allow_private)
        except InvalidURL:
            return True
        try:
            return self.robots(url, allow_private).allowed(self.settings.agent, url)
        except InvalidURL:
            return False

    def _wait_turn(self, url: str, delay: float) -> None:
        """Wait for this host's next slot: ``delay``, at least robots.txt's Crawl-delay (capped), and any
        Retry-After the host asked for. Raises :class:`FetchError` rather than wait past the time budget."""
        host = urlsplit(url).netloc
        rules = self._robots.get(origin(url))  # known before any page request (robots.txt itself: not yet)
        crawl_delay = (rules.crawl_delay(self.settings.agent) if rules else None) or 0.0
        gap = max(delay, min(crawl_delay, config.MAX_CRAWL_DELAY_S))
        while True:
            with self._host_lock:
                now = time.monotonic()
                slot = max(now, self._next_slot.get(host, 0.0), self._held.get(host, 0.0))
                if self.deadline is not None and slot >= self.deadline:
                    raise BudgetExhausted("time budget exhausted before the request")
                self._next_slot[host] = slot + gap
            if slot > now:
                time.sleep(slot - now)
            if self._held.get(host, 0.0) <= time.monotonic():  # no Retry-After arrived while waiting
                return

    def _hold_host(self, url: str, seconds: float) -> None:
        """No request to ``url``'s host for ``seconds`` (a Retry-After concerns the whole host)."""
        host = urlsplit(url).netloc
        with self._host_lock:
            self._held[host] = max(self._held.get(host, 0.0), time.monotonic() + seconds)

    # --- requests -----------------------------------------------------------------------------------
    def get(self, url: str, headers: dict[str, str] | None = None, delay: float | None = None,
            allow_private: bool = False) -> Response:
        """GET with redirects, retries and limits. Raises :class:`FetchError` with the reason."""
        self._check_address(url, allow_private)
        if not self.allowed(url, allow_private):
            self.stats.inc("robots_disallowed")
            raise FetchError("disallowed by robots.txt")
        return self._request(url, headers or {}, check_robots=True,
                             delay=self.settings.delay if delay is None else delay, allow_private=allow_private)

    def _request(self, url: str, headers: dict[str, str], check_robots: bool, delay: float,
                 allow_private: bool) -> Response:
        seen = [url]
        current = url
        while True:
            response = self._with_retries(current, headers, delay, allow_private)
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
            self._check_address(current, allow_private)
            if check_robots and not self.allowed(current, allow_private):
                raise FetchError("redirected to a URL disallowed by robots.txt")
            seen.append(current)

    def _with_retries(self, url: str, headers: dict[str, str], delay: float, allow_private: bool) -> Response:
        attempt = 0
        while True:
            self._wait_turn(url, delay)
            try:
                response = self._once(url, headers, allow_private)
            except FetchError as exc:
                if exc.status is not None or attempt >= self.settings.retries or isinstance(exc, InvalidURL):
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
            self._hold_host(url, pause)

    def _check_address(self, url: str, allow_private: bool) -> None:
        """Refuse a URL that is not http(s), or whose host is not public (unless the source allows it)."""
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError as exc:
            raise InvalidURL(f"invalid URL {url[:200]!r}: {exc}") from exc
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise InvalidURL(f"not an http(s) URL: {url[:200]}")
        if not allow_private:
            try:
                check_host(parts.hostname, port or (443 if parts.scheme == "https" else 80))
            except ForbiddenAddress as exc:
                self.stats.inc("forbidden_addresses")
                raise InvalidURL(str(exc)) from exc

    def _once(self, url: str, headers: dict[str, str], allow_private: bool) -> Response:
        self._check_address(url, allow_private)
        all_headers = {"User-Agent": self.settings.agent, "Accept-Encoding": "gzip, deflate", **headers}
        with Guard(allow_private, self.settings.timeout) as guard:
            self.stats.inc("requests")
            try:
                raw = self.http.request("GET", url, headers=all_headers, preload_content=False, redirect=False)
                body = self._read_limited(raw)
            except ForbiddenAddress as exc:
                self.stats.inc("forbidden_addresses")
                raise InvalidURL(str(exc)) from exc
            except FetchError:
                raw.close()  # drop the connection: the rest of the body is never read
                if guard.expired:
                    raise self._timed_out() from None
                raise
            except urllib3.exceptions.TimeoutError as exc:
                raise self._timed_out() from exc
            except urllib3.exceptions.HTTPError as exc:
                if guard.expired:
                    raise self._timed_out() from exc
                self.stats.inc("connection_errors")
                raise FetchError(f"connection failed: {exc}") from exc
            if guard.expired:
                raw.close()
                raise self._timed_out()
        raw.release_conn()
        self.stats.inc(f"status_{raw.status}")
        self.stats.inc("bytes", len(body))
        return Response(url, url, raw.status, {k.lower(): v for k, v in raw.headers.items()}, body)

    def _timed_out(self) -> FetchError:
        self.stats.inc("timeouts")
        return FetchError(f"timed out after {self.settings.timeout:g} s (the whole request, timeout)")

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
