"""Where the releases are: RSS/Atom feeds, sitemaps (indexes and gzip too) and listing pages with
pagination. Each yields (URL, date or None); XML is parsed without entity expansion or network access."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from functools import cache
from urllib.parse import urljoin, urlsplit

from lxml import etree, html

from pipeline import config
from pipeline.config import DATA_DIR
from pipeline.errors import LoadError
from pipeline.resources.langdata import alternation
from pipeline.runs.crawl.fetch import Fetcher, FetchError, InvalidURL, normalize_url
from pipeline.runs.crawl.releases import under_listing
from pipeline.runs.crawl.sources import Source
from pipeline.text.decode import gunzip_limited

log = logging.getLogger(__name__)


@cache
def next_page_text() -> re.Pattern[str]:
    """The whole text of a link to a listing's next page ("Next", "Volgende pagina", "Page suivante »",
    "Nächste Seite", "›"), from ``pipeline/data/pagination.json``."""
    data = json.loads((DATA_DIR / "pagination.json").read_text(encoding="utf-8"))
    nexts = alternation([w for ws in data["next_words"].values() for w in ws])
    pages = alternation([w for ws in data["page_words"].values() for w in ws])
    symbols = "[" + "".join(re.escape(s) for s in data["next_symbols"]) + r"\s]*"
    return re.compile(rf"^{symbols}(?:(?:(?:{pages})\s+)?(?:{nexts})(?:\s+(?:{pages}))?)?{symbols}$", re.I)


def _is_next_page(text: str) -> bool:
    return bool(text.strip()) and next_page_text().match(text) is not None


@dataclass(frozen=True)
class Link:
    url: str
    date: str | None = None  # ISO date of the entry when the feed or sitemap states one
    via: str = ""  # feed, sitemap or listing
    must_read_as_article: bool = False  # found without include patterns, not in a feed: stored only if an article
    listing: str = ""  # the start URL of the listing it was found through
    error: str | None = None  # why the entry cannot be fetched (an invalid URL): recorded as its failure


@dataclass(frozen=True)
class Discovery:
    candidates: tuple[Link, ...]  # release candidates (see pipeline.runs.crawl.releases)
    listings: tuple[str, ...]  # listing and pagination pages fetched (followed, never stored)


def _link(href: str, base: str, date: str | None, via: str) -> Link:
    try:
        return Link(normalize_url(urljoin(base, href)), date, via)
    except (InvalidURL, ValueError) as exc:
        return Link(href[:500], date, via, error=str(exc))


def _xml(data: bytes) -> etree._Element | None:
    if data[:2] == b"\x1f\x8b":
        try:
            data = gunzip_limited(data)
        except LoadError:
            return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        return None


def _local(tag: object) -> str:
    return tag.split("}")[-1].lower() if isinstance(tag, str) else ""


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    if re.match(r"\d{4}-\d{2}-\d{2}", value):
        return value[:10]
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError):
        return None


def feed_links(data: bytes, base: str) -> list[Link]:
    """Entries of an RSS 2.0, RSS 1.0 or Atom feed."""
    root = _xml(data)
    if root is None:
        return []
    links = []
    for item in root.iter():
        if _local(item.tag) not in ("item", "entry"):
            continue
        url, date = None, None
        for child in item:
            name = _local(child.tag)
            if name == "link":
                href = child.get("href")
                if href and child.get("rel", "alternate") == "alternate":
                    url = href
                elif child.text and child.text.strip():
                    url = child.text.strip()
            elif name in ("pubdate", "published", "updated", "date") and not date:
                date = _iso_date(child.text)
        if url:
            links.append(_link(url, base, date, "feed"))
    return links


def sitemap_entries(data: bytes, base: str) -> tuple[list[Link], list[str]]:
    """(page links, nested sitemap URLs) of a sitemap or sitemap index."""
    root = _xml(data)
    if root is None:
        return [], []
    pages, nested = [], []
    for node in root:
        kind = _local(node.tag)
        loc = next((c.text.strip() for c in node if _local(c.tag) == "loc" and c.text), None)
        lastmod = next((c.text for c in node if _local(c.tag) == "lastmod"), None)
        if not loc:
            continue
        if kind == "sitemap":
            link = _link(loc, base, None, "sitemap")
            if link.error is None:
                nested.append(link.url)
        elif kind == "url":
            pages.append(_link(loc, base, _iso_date(lastmod), "sitemap"))
    return pages, nested


def page_links(data: bytes, base: str) -> tuple[list[str], str | None]:
    """(links on a listing page to the same host, the next page of the listing or None)."""
    try:
        tree = html.fromstring(data)
    except (etree.ParserError, ValueError):
        return [], None
    host = urlsplit(base).netloc
    links, next_page = [], None
    for anchor in tree.iter("a"):
        href = anchor.get("href")
        if not href or href.startswith(("mailto:", "javascript:", "#", "tel:")):
            continue
        link = _link(href, base, None, "listing")
        if link.error is not None:
            continue  # a broken link on a listing page is not a release
        url = link.url
        if urlsplit(url).netloc != host:
            continue
        rel = (anchor.get("rel") or "").lower()
        if next_page is None and ("next" in rel.split() or _is_next_page(anchor.text_content() or "")):
            next_page = url
        links.append(url)
    link_tag = tree.find(".//link[@rel='next']")
    if next_page is None and link_tag is not None and link_tag.get("href"):
        candidate = _link(link_tag.get("href"), base, None, "listing")
        next_page = candidate.url if candidate.error is None else None
    return links, next_page


def discover(source: Source, fetcher: Fetcher, max_listing_pages: int) -> Iterator[Link]:
    """Candidate release URLs of a source (deduplicated, filtered by the source's patterns)."""
    yield from find_candidates(source, fetcher, max_listing_pages).candidates


def find_candidates(source: Source, fetcher: Fetcher, max_listing_pages: int,
                    enough: Callable[[int], bool] = lambda _found: False) -> Discovery:
    """Release candidates of a source by the rule of :mod:`pipeline.runs.crawl.releases`, and the listing pages
    walked to find them. Discovery stops as soon as ``enough(number found)`` says so (the crawl's page or time
    budget); entries whose URL is invalid are candidates with their ``error``, recorded as failures."""
    seen: set[str] = set()
    listings: list[str] = []
    candidates = []
    for link in _all_links(source, fetcher, max_listing_pages, listings, lambda: enough(len(seen))):
        if link.error is not None:
            candidates.append(link)
        elif link.url in seen or link.url in listings or not source.wants(link.url):
            continue
        elif source.include or link.via != "listing" or under_listing(link.url, link.listing):
            seen.add(link.url)
            checked = not source.include and link.via != "feed"
            candidates.append(Link(link.url, link.date, link.via, checked, link.listing))
        if enough(len(seen)):
            break
    return Discovery(tuple(candidates), tuple(listings))


def _all_links(source: Source, fetcher: Fetcher, max_listing_pages: int, listings: list[str],
               stop: Callable[[], bool]) -> Iterator[Link]:
    """Every link found; the listing pages walked are appended to ``listings``."""
    fetched: set[str] = set()  # every feed, sitemap and listing page is fetched once (sitemaps listing themselves)

    def body(url: str) -> bytes | None:
        if stop() or url in fetched or len(fetched) >= config.MAX_DISCOVERY_FETCHES:
            return None
        fetched.add(url)
        return _body(fetcher, url, source)

    for feed in source.feeds:
        data = body(feed)
        if data is not None:
            yield from feed_links(data, feed)
    queue = [(s, 0) for s in source.sitemaps]
    while queue and not stop():
        url, depth = queue.pop(0)
        data = body(url)
        if data is None:
            continue
        pages, nested = sitemap_entries(data, url)
        yield from pages
        queue += [(n, depth + 1) for n in nested if depth + 1 <= config.MAX_SITEMAP_DEPTH and n not in fetched]
    for start in source.start_urls:
        try:
            page: str | None = normalize_url(start)
        except InvalidURL as exc:
            yield Link(start, None, "listing", error=str(exc))
            continue
        listing, followed = page or "", 0
        while page and followed < max_listing_pages and page not in listings:
            data = body(page)
            listings.append(page)
            if data is None:
                break
            links, following = page_links(data, page)
            followed += 1
            yield from (Link(u, None, "listing", listing=listing) for u in links if u not in (page, following))
            page = following


def _body(fetcher: Fetcher, url: str, source: Source) -> bytes | None:
    try:
        response = fetcher.get(url, delay=source.delay, allow_private=source.allow_private)
    except FetchError as exc:
        log.warning("%s: cannot fetch %s: %s", source.name, url, exc)
        return None
    if response.status != 200:
        log.warning("%s: %s answered HTTP %s", source.name, url, response.status)
        return None
    return response.body
