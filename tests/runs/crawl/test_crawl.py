"""Crawls against a local HTTP server (127.0.0.1) serving real press-release pages; no internet."""

from __future__ import annotations

import gzip
import hashlib
import sqlite3
import time
from pathlib import Path

import pytest
from werkzeug import Request, Response

from pipeline.runs.crawl.run import crawl, lock_path, run_lock
from tests.conftest import DATA, requires_en, run_cli

pytestmark = requires_en
PAGES = sorted((DATA / "html").glob("press-release_*.html"))


class Site:
    """A small press site: robots.txt, an RSS feed, a gzipped sitemap index, five releases, trouble spots."""

    def __init__(self, server):
        self.server = server
        self.pages = {f"/press/{p.stem}.html": p.read_bytes() for p in PAGES}
        self.hits: dict[str, int] = {}
        self.conditional: list[str] = []
        server.expect_request("/robots.txt").respond_with_data(
            "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
        server.expect_request("/private/secret.html").respond_with_data("<p>secret</p>", content_type="text/html")
        server.expect_request("/feed.xml").respond_with_handler(self.feed)
        server.expect_request("/sitemap.xml").respond_with_data(
            f"<?xml version='1.0'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
            f"<sitemap><loc>{self.url('/sitemap-1.xml.gz')}</loc></sitemap></sitemapindex>", content_type="text/xml")
        server.expect_request("/sitemap-1.xml.gz").respond_with_handler(self.sitemap)
        for path in self.pages:
            server.expect_request(path).respond_with_handler(self.page)
        self.extra_urls: list[str] = []

    def url(self, path: str) -> str:
        return self.server.url_for(path)

    def feed(self, request: Request) -> Response:
        items = "".join(f"<item><title>r</title><link>{self.url(p)}</link>"
                        f"<pubDate>Mon, 0{i + 1} Feb 2021 10:00:00 GMT</pubDate></item>"
                        for i, p in enumerate(list(self.pages)[:3]))
        return Response(f"<?xml version='1.0'?><rss version='2.0'><channel>{items}</channel></rss>",
                        content_type="application/rss+xml")

    def sitemap(self, request: Request) -> Response:
        paths = [*list(self.pages)[3:], "/private/secret.html", *self.extra_urls]
        body = "".join(f"<url><loc>{self.url(p)}</loc><lastmod>2024-01-0{i + 1}</lastmod></url>"
                       for i, p in enumerate(paths))
        xml = f"<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{body}</urlset>"
        return Response(gzip.compress(xml.encode()), content_type="application/x-gzip")

    def page(self, request: Request) -> Response:
        self.hits[request.path] = self.hits.get(request.path, 0) + 1
        body = self.pages[request.path]
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if request.headers.get("If-None-Match"):
            self.conditional.append(request.path)
            if request.headers["If-None-Match"] == etag:
                return Response(status=304, headers={"ETag": etag})
        return Response(body, content_type="text/html; charset=utf-8", headers={"ETag": etag})


@pytest.fixture
def site(httpserver):
    return Site(httpserver)


def sources_file(tmp_path: Path, site: Site, extra: str = "", **crawler: object) -> Path:
    settings = {"delay": 0.0, "retries": 2, "backoff": 0.05, "timeout": 1.0, "max_bytes": 2_000_000,
                "snapshot_dir": str(tmp_path / "snapshots"), "contact": "mailto:test@example.org", **crawler}
    lines = ["[crawler]"] + [f"{k} = {v!r}".replace("'", '"') for k, v in settings.items()]
    lines += ["", "[[source]]", 'name = "test-site"', "allow_private = true",
              f'feeds = ["{site.url("/feed.xml")}"]',
              f'sitemaps = ["{site.url("/sitemap.xml")}"]', extra]
    path = tmp_path / "sources.toml"
    path.write_text("\n".join(lines) + "\n")
    return path


def rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_first_crawl_stores_every_release_and_the_second_adds_nothing(site, tmp_path):
    db = tmp_path / "d.sqlite"
    first = crawl(sources_file(tmp_path, site), str(db), "test")
    assert (first.stored, first.failed, first.skipped) == (5, 0, 1)
    assert rows(db, "SELECT count(*) FROM documents")[0][0] == 5
    assert "/private/secret.html" not in [r.path for r, _ in site.server.log]  # robots.txt obeyed
    assert len(list((tmp_path / "snapshots" / "test-site").rglob("*.html.gz"))) == 5
    agents = {r.headers.get("User-Agent") for r, _ in site.server.log}
    assert all("press-pipeline" in a and "test@example.org" in a for a in agents)

    second = crawl(sources_file(tmp_path, site), str(db), "test")
    assert (second.stored, second.not_modified, second.failed) == (0, 5, 0)
    assert sorted(site.conditional) == sorted(site.pages)
    assert rows(db, "SELECT count(*) FROM documents")[0][0] == 5


def test_changed_page_is_replaced(site, tmp_path):
    db = tmp_path / "d.sqlite"
    crawl(sources_file(tmp_path, site), str(db), "test")
    path = next(iter(site.pages))
    url = site.url(path)
    before = rows(db, f"SELECT id, content_sha256 FROM documents WHERE source = '{url}'")[0]
    site.pages[path] = site.pages[path].replace(b"</p>", b" Funding of EUR 2.3 million was agreed.</p>", 1)
    summary = crawl(sources_file(tmp_path, site), str(db), "test")
    assert (summary.stored, summary.not_modified) == (1, 4)
    after = rows(db, f"SELECT id, content_sha256 FROM documents WHERE source = '{url}'")[0]
    assert after[0] == before[0] and after[1] != before[1]


def test_same_release_under_two_urls_is_one_document(site, tmp_path):
    path = next(iter(site.pages))
    site.pages["/press/copy.html"] = site.pages[path]
    site.server.expect_request("/press/copy.html").respond_with_handler(site.page)
    site.extra_urls.append("/press/copy.html")
    db = tmp_path / "d.sqlite"
    summary = crawl(sources_file(tmp_path, site), str(db), "test")
    assert (summary.stored, summary.duplicates) == (5, 1)
    linked = rows(db, "SELECT url, document_id FROM fetches WHERE document_id IS NOT NULL ORDER BY document_id")
    ids = {url.rsplit("/", 1)[-1]: doc for url, doc in linked}
    assert ids["copy.html"] == ids[path.rsplit("/", 1)[-1]]


def test_retries_then_success_and_failures_recorded(site, tmp_path, httpserver):
    state = {"429": 0, "503": 0, "404": 0}
    page = PAGES[0].read_bytes()

    def flaky(code: str, status: int, headers: dict[str, str]):
        def handler(request: Request) -> Response:
            state[code] += 1
            if code == "404" or state[code] == 1:
                return Response("busy", status=status, headers=headers)
            return Response(page.replace(b"</p>", f" Case {code}.</p>".encode(), 1), content_type="text/html")
        return handler

    httpserver.expect_request("/t/429.html").respond_with_handler(flaky("429", 429, {"Retry-After": "1"}))
    httpserver.expect_request("/t/503.html").respond_with_handler(flaky("503", 503, {}))
    httpserver.expect_request("/t/404.html").respond_with_handler(flaky("404", 404, {}))
    httpserver.expect_request("/t/loop-a.html").respond_with_data("", status=302,
                                                                  headers={"Location": "/t/loop-b.html"})
    httpserver.expect_request("/t/loop-b.html").respond_with_data("", status=302,
                                                                  headers={"Location": "/t/loop-a.html"})

    def slow(request: Request) -> Response:
        time.sleep(1.5)
        return Response("<p>late</p>", content_type="text/html")

    httpserver.expect_request("/t/slow.html").respond_with_handler(slow)
    httpserver.expect_request("/t/huge.html").respond_with_data(b"x" * (50 * 1024 * 1024), content_type="text/html")
    httpserver.expect_request("/t/report.html").respond_with_data(b"%PDF-1.4 binary", content_type="application/pdf")
    site.extra_urls += ["/t/429.html", "/t/503.html", "/t/404.html", "/t/loop-a.html", "/t/huge.html",
                        "/t/report.html", "/t/slow.html"]  # slow last: the test server answers one at a time
    db = tmp_path / "d.sqlite"
    started = time.monotonic()
    summary = crawl(sources_file(tmp_path, site, retries=1, concurrency=1), str(db), "test")
    assert time.monotonic() - started >= 1.0  # Retry-After: 1 was honoured
    assert summary.stored == 7 and summary.failed == 4 and summary.not_html == 1
    assert state == {"429": 2, "503": 2, "404": 1}  # 4xx is not retried
    errors = dict(rows(db, "SELECT url, error FROM fetches WHERE outcome IN ('failed', 'skipped')"))
    by_name = {url.rsplit("/", 1)[-1]: error for url, error in errors.items()}
    assert by_name["404.html"] == "HTTP 404"
    assert "redirect loop" in by_name["loop-a.html"]
    assert "timed out" in by_name["slow.html"]
    assert "max_bytes" in by_name["huge.html"]
    assert "not an HTML page (application/pdf)" in by_name["report.html"]  # skipped with its type, not failed
    assert len(rows(db, "SELECT * FROM failures WHERE stage = 'fetch'")) == 4


def test_since_skips_older_releases(site, tmp_path):
    db = tmp_path / "d.sqlite"
    summary = crawl(sources_file(tmp_path, site), str(db), "test", since="2021-02-02")
    assert summary.older >= 1  # the feed entry of 1 February 2021
    assert summary.stored <= 4


def test_page_and_time_budgets(site, tmp_path):
    summary = crawl(sources_file(tmp_path, site), str(tmp_path / "d.sqlite"), "test", max_pages=2)
    assert summary.fetched == 2
    later = crawl(sources_file(tmp_path, site), str(tmp_path / "e.sqlite"), "test", time_budget=1e-6)
    assert later.fetched == 0


def test_two_crawls_do_not_both_run(site, tmp_path):
    db = tmp_path / "d.sqlite"
    sources = sources_file(tmp_path, site)
    with run_lock(lock_path(str(db))):
        result = run_cli("crawl", "--sources", str(sources), "--db", str(db))
    assert result.returncode == 3
    assert "another crawl is running" in result.stderr
    assert run_cli("crawl", "--sources", str(sources), "--db", str(db)).returncode == 0


def test_minimal_sources_file_from_the_issue_is_valid(tmp_path):
    from pipeline.runs.crawl.sources import load_sources

    path = tmp_path / "s.toml"
    path.write_text('[[source]]\nname = "example"\nstart_urls = ["https://example.org/press/"]\n'
                    'sitemaps = ["https://example.org/sitemap.xml"]\nfeeds = []\ndelay = 1.0\n')
    settings, sources = load_sources(path)
    assert sources[0].delay == 1.0 and sources[0].sitemaps and settings.retries == 3


@pytest.mark.parametrize(("content", "message"), [
    ("[[source]]\nname = 'x'\n", "give start_urls, sitemaps or feeds"),
    ("[crawler]\nspeed = 3\n[[source]]\nname = 'x'\nfeeds = ['http://a']\n", "[crawler]: unknown key 'speed'"),
    ("[crawler]\ndelays = 3\n[[source]]\nname = 'x'\nfeeds = ['http://a']\n",
     "unknown key 'delays'; did you mean 'delay'?"),
    ("[[source]]\nname = 'x'\nfeeds = ['http://a']\nincludes = ['/press/']\n",
     "[[source]] #1 (x): unknown key 'includes'; did you mean 'include'?"),
    ("[crawlers]\n[[source]]\nname = 'x'\nfeeds = ['http://a']\n", "unknown key 'crawlers'; did you mean 'crawler'?"),
    ("[[sources]]\nname = 'x'\nfeeds = ['http://a']\n", "unknown key 'sources'; did you mean 'source'?"),
    ("[[source]]\nname = 'x'\nfeeds = ['http://a']\ninclude = ['(']\n", "bad include pattern"),
    ("not toml at all [", "cannot read the sources file"),
])
def test_bad_sources_files_are_usage_errors(tmp_path, content, message):
    path = tmp_path / "s.toml"
    path.write_text(content)
    result = run_cli("crawl", "--sources", str(path), "--db", str(tmp_path / "d.sqlite"))
    assert result.returncode == 2
    assert message in result.stderr


def test_ingest_and_crawl_at_the_same_time(site, tmp_path, corpus):
    import subprocess
    import sys

    from tests.conftest import ROOT

    db = tmp_path / "d.sqlite"
    crawl_proc = subprocess.Popen([sys.executable, "-m", "pipeline", "crawl", "--sources",
                                   str(sources_file(tmp_path, site)), "--db", str(db), "-q"], cwd=ROOT,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    ingest_result = run_cli("ingest", str(corpus), "--db", str(db), "--workers", "1", "-q")
    _, crawl_err = crawl_proc.communicate(timeout=300)
    assert ingest_result.returncode == 0, ingest_result.stderr
    assert crawl_proc.returncode == 0, crawl_err
    sources = [r[0] for r in rows(db, "SELECT source FROM documents")]
    assert len(sources) == len(set(sources)) == 10
    assert rows(db, "PRAGMA integrity_check")[0][0] == "ok"


def test_listing_pages_and_pagination(httpserver, tmp_path):
    pages = {f"/press/{p.stem}.html": p.read_bytes() for p in PAGES[:3]}
    for path, body in pages.items():
        httpserver.expect_request(path).respond_with_data(body, content_type="text/html")
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    first, second = list(pages)[:2], list(pages)[2:]
    httpserver.expect_request("/news", query_string="page=2").respond_with_data(  # the specific one first
        "".join(f'<a href="{p}">release</a>' for p in second), content_type="text/html")
    httpserver.expect_request("/news").respond_with_data(
        "".join(f'<a href="{p}">release</a>' for p in first) + '<a href="/about">About us</a>'
        '<a rel="next" href="/news?page=2">Next</a>', content_type="text/html")
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[crawler]\ndelay = 0.0\nsnapshot_dir = "{tmp_path / "snap"}"\n\n[[source]]\nname = "listing"\n'
                       'allow_private = true\n'
                       f'start_urls = ["{httpserver.url_for("/news")}"]\ninclude = ["/press/"]\n')
    summary = crawl(sources, str(tmp_path / "d.sqlite"), "test")
    assert (summary.stored, summary.failed) == (3, 0)
    assert "/about" not in [r.path for r, _ in httpserver.log]  # excluded by the include pattern


def test_per_host_delay_and_robots_crawl_delay(httpserver, tmp_path):
    body = PAGES[0].read_bytes()
    for i in range(3):
        httpserver.expect_request(f"/p{i}.html").respond_with_data(body.replace(b"</p>", f" Part {i}.</p>".encode(), 1),
                                                                   content_type="text/html")
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nCrawl-delay: 1\n",
                                                               content_type="text/plain")
    feed = "".join(f"<item><link>{httpserver.url_for(f'/p{i}.html')}</link></item>" for i in range(3))
    httpserver.expect_request("/feed.xml").respond_with_data(f"<rss><channel>{feed}</channel></rss>",
                                                             content_type="application/rss+xml")
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[crawler]\ndelay = 0.1\nconcurrency = 3\nsnapshot_dir = "{tmp_path / "snap"}"\n\n'
                       f'[[source]]\nname = "slow"\nallow_private = true\n'
                       f'feeds = ["{httpserver.url_for("/feed.xml")}"]\n')
    started = time.monotonic()
    summary = crawl(sources, str(tmp_path / "d.sqlite"), "test")
    elapsed = time.monotonic() - started
    assert summary.stored == 3
    assert elapsed >= 3.0  # feed + 3 pages to one host, one request a second (robots.txt Crawl-delay: 1)
