"""Which pages are releases. A crawl stores releases only:

- with ``include`` patterns, a discovered URL is a release candidate when it matches one (and no ``exclude``);
- without patterns, feed entries are candidates; a link from a listing page (or a sitemap entry) is one when
  it stays under the listing's path (``/press/`` for ``/press/`` or ``/press/index.html``; any path for a
  sitemap) and is no page of the listing itself;
- a candidate found without patterns is stored only when the fetched page reads as an article: trafilatura
  finds at least MIN_ARTICLE_CHARS of main text, of which at most MAX_LINK_TEXT_SHARE lies in links;
- listing and pagination pages are followed, never stored; links whose name gives a non-HTML type (PDF,
  images, office files) are recorded as skipped with that type and never fetched."""

from __future__ import annotations

import logging
import posixpath
from urllib.parse import urlsplit

from lxml import etree

from pipeline import config

log = logging.getLogger(__name__)


def non_html_type(url: str) -> str | None:
    """The content type a link's file name gives when it is not a web page (``report.pdf``), else None."""
    name = urlsplit(url).path.lower()
    suffix = posixpath.splitext(name)[1]
    return config.NON_HTML_SUFFIXES.get(suffix)


def listing_base(listing: str) -> str:
    """The path a listing's releases lie under: ``/press/`` for ``/press/``, ``/press`` or ``/press/index.html``."""
    path = urlsplit(listing).path or "/"
    if path.endswith("/"):
        return path
    last = path.rsplit("/", 1)[-1]
    return path.rsplit("/", 1)[0] + "/" if "." in last else path + "/"


def under_listing(url: str, listing: str) -> bool:
    """Same host, below the listing's path, and not the listing page itself."""
    a, b = urlsplit(url), urlsplit(listing)
    if a.netloc != b.netloc:
        return False
    base = listing_base(listing)
    return a.path.startswith(base) and a.path.rstrip("/") != base.rstrip("/")


def not_an_article(body: bytes, url: str | None = None) -> str | None:
    """Why a fetched page does not read as a release (too little main text, mostly links), or None."""
    import trafilatura

    try:
        xml = trafilatura.extract(body, url=url, output_format="xml", include_links=True, include_comments=False,
                                  include_tables=True)
    except Exception as exc:  # trafilatura/lxml raise many kinds of errors on hostile markup
        return f"no main text ({type(exc).__name__})"
    if not xml:
        return "no main text"
    try:
        root = etree.fromstring(xml.encode("utf-8"))
    except etree.XMLSyntaxError:
        return "no main text"
    main = root.find("main")
    main = main if main is not None else root
    total = len(" ".join("".join(main.itertext()).split()))
    links = sum(len(" ".join("".join(ref.itertext()).split())) for ref in main.iter("ref"))
    if total < config.MIN_ARTICLE_CHARS:
        return f"{total} characters of main text, under {config.MIN_ARTICLE_CHARS} (MIN_ARTICLE_CHARS)"
    if links > config.MAX_LINK_TEXT_SHARE * total:
        return (f"a listing: {links / total:.0%} of its main text is links (over MAX_LINK_TEXT_SHARE "
                f"{config.MAX_LINK_TEXT_SHARE:.0%})")
    return None
