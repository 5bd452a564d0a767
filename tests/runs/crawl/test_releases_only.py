"""A crawl stores releases only: a loopback site with a home, about and contact page, a paginated listing,
a PDF link and five real releases (tests/data/html) gives exactly five documents."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.conftest import DATA, RAW, requires_en, run_cli

pytestmark = requires_en
PAGES = sorted((DATA / "html").glob("press-release_*.html"))
NAV = '<nav><a href="/">Home</a> <a href="/about.html">About us</a> <a href="/contact.html">Contact</a></nav>'


def page(body: str, title: str) -> str:
    return f"<html><head><title>{title}</title></head><body>{NAV}<main>{body}</main></body></html>"


def entry(path: str, n: int) -> str:
    return f'<li><a href="{path}">Press release number {n} of the office</a> <span>12 March 2024</span></li>'


@pytest.fixture
def press_site(httpserver):
    releases = [f"/press/2024/{p.stem}.html" for p in PAGES]
    for path, source in zip(releases, PAGES, strict=True):
        httpserver.expect_request(path).respond_with_data(source.read_bytes(), content_type="text/html")
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nAllow: /\n", content_type="text/plain")
    httpserver.expect_request("/").respond_with_data(page(
        '<h1>Welcome</h1><p>The press office.</p><a href="/press/">Press releases</a>', "Home"),
        content_type="text/html")
    httpserver.expect_request("/about.html").respond_with_data(page(
        "<h1>About us</h1><p>" + "We publish the news of the institution. " * 6 + "</p>", "About"),
        content_type="text/html")
    httpserver.expect_request("/contact.html").respond_with_data(page(
        "<h1>Contact</h1><p>Press office, Rue Wiertz 60, Brussels. Phone +32 2 284 21 11.</p>", "Contact"),
        content_type="text/html")
    httpserver.expect_request("/press/annual-report.pdf").respond_with_data(b"%PDF-1.4 report",
                                                                            content_type="application/pdf")
    second = "".join(entry(p, i + 4) for i, p in enumerate(releases[3:]))
    httpserver.expect_request("/press/", query_string="page=2").respond_with_data(page(
        f'<h1>Press releases</h1><ul>{second}</ul><a href="/press/">Previous</a> <a href="/press/">1</a>',
        "Press releases, page 2"), content_type="text/html")
    first = "".join(entry(p, i + 1) for i, p in enumerate(releases[:3]))
    httpserver.expect_request("/press/").respond_with_data(page(
        f'<h1>Press releases</h1><ul>{first}</ul><p><a href="/press/annual-report.pdf">Annual report (PDF)</a></p>'
        '<a href="/press/?page=2">2</a> <a rel="next" href="/press/?page=2">Next</a>', "Press releases"),
        content_type="text/html")
    return httpserver


def sources(tmp_path: Path, server, extra: str = "") -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(f'[crawler]\ndelay = 0.0\ncontact = "mailto:test@example.org"\n\n[[source]]\nname = "office"\n'
                    f'allow_private = true\nstart_urls = ["{server.url_for("/press/")}"]\nlanguage = "en"\n{extra}')
    return path


def rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def raw_listing() -> list[str]:
    return sorted(str(p.relative_to(RAW)) for p in RAW.rglob("*"))


def test_crawl_of_a_press_site_stores_its_five_releases_only(press_site, tmp_path):
    raw_before = raw_listing()
    db = tmp_path / "out" / "d.sqlite"
    first = run_cli("crawl", "--sources", str(sources(tmp_path, press_site)), "--db", str(db), cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert rows(db, "SELECT count(*) FROM documents")[0][0] == 5
    urls = {r[0] for r in rows(db, "SELECT source FROM documents")}
    assert urls == {press_site.url_for(f"/press/2024/{p.stem}.html") for p in PAGES}
    requested = [r.path for r, _ in press_site.log]
    assert "/press/annual-report.pdf" not in requested  # a PDF link is never fetched
    assert not {"/", "/about.html", "/contact.html"} & set(requested)  # outside the listing's path
    assert rows(db, "SELECT outcome, content_type FROM fetches WHERE url LIKE '%.pdf'") == [
        ("skipped", "application/pdf")]
    assert raw_listing() == raw_before  # nothing written under raw/
    snapshots = sorted((tmp_path / "out" / "snapshots").rglob("*.html.gz"))
    assert len(snapshots) == 5 and all(p.with_name(p.name[:-8] + ".json").is_file() for p in snapshots)
    # the summary's categories add up; the run records its counts and models
    assert "6 release candidates: 5 stored" in first.stdout and "1 skipped (0 robots.txt, 1 not HTML" in first.stdout
    run = rows(db, "SELECT documents_seen, documents_stored, documents_unchanged, documents_duplicate, "
                   "documents_skipped, documents_failed, models FROM runs")[0]
    assert run[0] == sum(run[1:6]) == 6 and '"en"' in run[6]

    second = run_cli("crawl", "--sources", str(sources(tmp_path, press_site)), "--db", str(db), cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    assert rows(db, "SELECT count(*) FROM documents")[0][0] == 5
    assert "5 unchanged" in second.stdout and "0 stored" in second.stdout
    assert "/press/annual-report.pdf" not in [r.path for r, _ in press_site.log]

    one = run_cli("ingest", str(PAGES[0]), "--db", str(db), cwd=tmp_path)
    assert one.returncode == 0, one.stderr
    assert rows(db, "SELECT count(*) FROM documents")[0][0] == 5
    origins = rows(db, f"SELECT d.source FROM document_sources s JOIN documents d ON d.id = s.document_id "
                       f"WHERE s.source = 'html/{PAGES[0].name}'")
    assert origins == [(press_site.url_for(f"/press/2024/{PAGES[0].stem}.html"),)]

    replay = tmp_path / "replay.sqlite"
    again = run_cli("ingest", str(tmp_path / "out" / "snapshots"), "--db", str(replay), cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert {r[0] for r in rows(replay, "SELECT source FROM documents")} == urls
    assert rows(replay, "SELECT count(*) FROM documents WHERE url IS NULL")[0][0] == 0


def test_dry_run_lists_what_would_be_fetched_and_fetches_listings_only(press_site, tmp_path):
    db = tmp_path / "d.sqlite"
    result = run_cli("crawl", "--sources", str(sources(tmp_path, press_site)), "--db", str(db), "--dry-run",
                     cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert sum(line.startswith("fetch ") for line in lines) == 5
    assert sum(line.startswith("listing ") for line in lines) == 2
    assert any(line.startswith("skip ") and ".pdf" in line and "application/pdf" in line for line in lines)
    assert {r.path for r, _ in press_site.log} == {"/robots.txt", "/press/"}
    assert not db.exists() and not (tmp_path / "out").exists()


def test_include_patterns_decide_without_the_article_test(press_site, tmp_path):
    db = tmp_path / "d.sqlite"
    extra = 'include = ["/press/2024/press-release_2019"]\n'
    result = run_cli("crawl", "--sources", str(sources(tmp_path, press_site, extra)), "--db", str(db), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert rows(db, "SELECT count(*) FROM documents")[0][0] == 1


@pytest.fixture
def no_robots(httpserver):
    """The site has no robots.txt (404: everything allowed, RFC 9309); an unknown path would answer 500, which
    disallows the whole host."""
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    return httpserver


@pytest.mark.usefixtures("no_robots")
def test_a_page_that_reads_as_a_listing_is_followed_not_stored(httpserver, tmp_path):
    links = "".join(entry(f"/news/item-{i}.html", i) for i in range(12))
    httpserver.expect_request("/news/archive.html").respond_with_data(page(f"<h1>Archive</h1><ul>{links}</ul>",
                                                                           "Archive"), content_type="text/html")
    httpserver.expect_request("/news/").respond_with_data(page('<a href="/news/archive.html">Archive</a>', "News"),
                                                          content_type="text/html")
    path = tmp_path / "s.toml"
    start = httpserver.url_for("/news/")
    path.write_text(f'[crawler]\ndelay = 0.0\n\n[[source]]\nname = "n"\nstart_urls = ["{start}"]\n'
                    'allow_private = true\n')
    db = tmp_path / "d.sqlite"
    result = run_cli("crawl", "--sources", str(path), "--db", str(db), "--snapshots", str(tmp_path / "s"))
    assert result.returncode == 0, result.stderr
    assert rows(db, "SELECT count(*) FROM documents")[0][0] == 0
    outcome, error = rows(db, "SELECT outcome, error FROM fetches")[0]
    assert outcome == "not-release" and "listing" in error
    assert "1 not releases" in result.stdout


@pytest.mark.usefixtures("no_robots")
def test_a_response_that_is_not_html_is_skipped_and_not_fetched_again(httpserver, tmp_path):
    httpserver.expect_request("/docs/download").respond_with_data(b"%PDF-1.4", content_type="application/pdf")
    feed = f"<rss><channel><item><link>{httpserver.url_for('/docs/download')}</link></item></channel></rss>"
    httpserver.expect_request("/feed.xml").respond_with_data(feed, content_type="application/rss+xml")
    path = tmp_path / "s.toml"
    path.write_text(f'[crawler]\ndelay = 0.0\n\n[[source]]\nname = "f"\nfeeds = ["{httpserver.url_for("/feed.xml")}"]'
                    '\nallow_private = true\n')
    db = tmp_path / "d.sqlite"
    for _ in range(2):
        result = run_cli("crawl", "--sources", str(path), "--db", str(db), "--snapshots", str(tmp_path / "s"))
        assert result.returncode == 0, result.stderr
        assert "1 skipped (0 robots.txt, 1 not HTML" in result.stdout
    assert [r.path for r, _ in httpserver.log].count("/docs/download") == 1
    assert rows(db, "SELECT DISTINCT outcome, content_type FROM fetches") == [("skipped", "application/pdf")]


@pytest.mark.usefixtures("no_robots")
def test_a_crawled_page_over_the_time_limit_is_a_failure_and_the_crawl_goes_on(httpserver, tmp_path, monkeypatch):
    import time as clock

    from pipeline import config
    from pipeline.runs import bookkeeping
    from pipeline.runs.crawl.run import crawl

    for i, source in enumerate(PAGES[:2]):
        httpserver.expect_request(f"/p{i}.html").respond_with_data(source.read_bytes(), content_type="text/html")
    feed = "".join(f"<item><link>{httpserver.url_for(f'/p{i}.html')}</link></item>" for i in range(2))
    httpserver.expect_request("/feed.xml").respond_with_data(f"<rss><channel>{feed}</channel></rss>",
                                                             content_type="application/rss+xml")
    path = tmp_path / "s.toml"
    path.write_text(f'[crawler]\ndelay = 0.0\n\n[[source]]\nname = "f"\nfeeds = ["{httpserver.url_for("/feed.xml")}"]'
                    '\nallow_private = true\n')
    from pipeline.records import RawDocument

    original = bookkeeping.process
    original(RawDocument("warm-up.html", PAGES[1].read_bytes(), kind="html"))  # models loaded before the clock runs

    def slow(raw):
        if raw.source.endswith("/p0.html"):
            clock.sleep(8)
        return original(raw)

    monkeypatch.setattr(config, "MAX_SECONDS_PER_DOCUMENT", 6)
    monkeypatch.setattr(bookkeeping, "process", slow)
    db = tmp_path / "d.sqlite"
    summary = crawl(path, str(db), "test", snapshots=tmp_path / "s")
    assert (summary.stored, summary.failed, summary.seen) == (1, 1, 2)
    assert rows(db, "SELECT stage FROM failures") == [("time-limit",)]
