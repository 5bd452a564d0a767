"""A hostile web server on loopback: bad values, private addresses, robots.txt per RFC 9309, budgets, dripping."""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from pipeline.runs.crawl import addresses
from pipeline.runs.crawl.run import crawl
from tests.conftest import DATA, requires_en, run_cli

pytestmark = [requires_en, pytest.mark.usefixtures("time_bound")]
PAGE = sorted((DATA / "html").glob("press-release_*.html"))[0].read_bytes()


def page(n: int) -> bytes:
    return PAGE.replace(b"</title>", f" {n}</title>".encode()).replace(b"</p>", f" Release {n}.</p>".encode(), 1)


class Hostile:
    """A threaded http.server; ``routes`` maps a path (with query) to a handler writing the answer."""

    def __init__(self, host: str = "127.0.0.1"):
        self.routes: dict[str, Callable[[BaseHTTPRequestHandler], None]] = {}
        self.log: list[tuple[float, str]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                outer.log.append((time.monotonic(), self.path))
                route = outer.routes.get(self.path)
                if route is None:
                    return answer(404, b"not found")(self)
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    route(self)

            def log_message(self, *_args: object) -> None:
                pass

        self.server = ThreadingHTTPServer((host, 0), Handler)
        self.server.daemon_threads = True
        self.server.block_on_close = False
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.routes["/robots.txt"] = answer(404, b"")

    def url(self, path: str) -> str:
        return f"http://{self.server.server_address[0]}:{self.server.server_address[1]}{path}"

    def paths(self) -> list[str]:
        return [p for _, p in self.log]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def answer(status: int, body: bytes, ctype: str = "text/html", **headers: str):
    def handler(h: BaseHTTPRequestHandler) -> None:
        h.send_response(status)
        h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            h.send_header(key.replace("_", "-"), value)
        h.end_headers()
        h.wfile.write(body)
    return handler


def feed(server: Hostile, links: list[str]) -> Callable[[BaseHTTPRequestHandler], None]:
    items = "".join(f"<item><link>{link}</link></item>" for link in links)
    return answer(200, f"<rss><channel>{items}</channel></rss>".encode(), "application/rss+xml")


@pytest.fixture
def hostile():
    servers: list[Hostile] = []

    def make(host: str = "127.0.0.1") -> Hostile:
        servers.append(Hostile(host))
        return servers[-1]
    yield make
    for server in servers:
        server.close()


def sources(tmp_path: Path, *blocks: str, **crawler: object) -> Path:
    settings = {"delay": 0.0, "retries": 1, "backoff": 0.05, "timeout": 2.0, "max_retry_after": 5.0,
                "snapshot_dir": str(tmp_path / "snapshots"), "contact": "mailto:test@example.org", **crawler}
    lines = ["[crawler]"] + [f"{k} = {v!r}".replace("'", '"') for k, v in settings.items()]
    path = tmp_path / "sources.toml"
    path.write_text("\n".join(lines) + "\n\n" + "\n\n".join(blocks) + "\n")
    return path


def source(name: str, feed_url: str, extra: str = "allow_private = true") -> str:
    return f'[[source]]\nname = "{name}"\nfeeds = ["{feed_url}"]\n{extra}\n'


def failures(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT source, error FROM failures"))


def test_one_bad_value_never_stops_a_run(hostile, tmp_path):
    site = hostile()
    slug = "/press/" + "communiqué-de-presse-ééé-" * 12 + ".html"  # > 255 bytes as a file name before
    site.routes["/bad-redirect.html"] = answer(302, b"", Location="http://127.0.0.1:99999/x")
    site.routes["/v6-redirect.html"] = answer(302, b"", Location="http://[::1/x")
    site.routes["/nan.html"] = answer(429, b"busy", Retry_After="nan")
    site.routes[slug.replace("é", "%C3%A9")] = answer(200, page(1), "text/html; charset=utf-8")
    site.routes["/feed.xml"] = feed(site, ["http://127.0.0.1:99999/port.html", "http://[::1/v6.html",
                                           site.url("/bad-redirect.html"), site.url("/v6-redirect.html"),
                                           site.url("/nan.html"), site.url(slug)])
    site.routes["/later.xml"] = feed(site, [site.url("/later.html")])
    site.routes["/later.html"] = answer(200, page(2))
    db = tmp_path / "d.sqlite"
    summary = crawl(sources(tmp_path, source("first", site.url("/feed.xml")), source("later", site.url("/later.xml"))),
                    str(db), "test")
    assert summary.stored == 2  # the long non-ASCII slug and the later source's page
    reasons = failures(db)
    assert len(reasons) == 5, reasons
    assert all(reasons.values())
    assert "/later.html" in site.paths()


def test_snapshot_storage_faults_are_failures_and_the_run_goes_on(hostile, tmp_path, tmpfs):
    site = hostile()
    site.routes["/feed.xml"] = feed(site, [site.url(f"/p{i}.html") for i in range(2)])
    for i in range(2):
        site.routes[f"/p{i}.html"] = answer(200, page(i))
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x")
    summary = crawl(sources(tmp_path, source("s", site.url("/feed.xml")), snapshot_dir=str(a_file)),
                    str(tmp_path / "a.sqlite"), "test")
    assert (summary.failed, summary.stored) == (2, 0)
    assert all("cannot write the snapshot" in e for e in failures(tmp_path / "a.sqlite").values())
    full = tmpfs.mount("64k")
    (full / "filler").write_bytes(b"\0" * 60_000)
    with pytest.raises(OSError):
        (full / "more").write_bytes(b"\0" * 10_000)
    summary = crawl(sources(tmp_path, source("s", site.url("/feed.xml")), snapshot_dir=str(full)),
                    str(tmp_path / "b.sqlite"), "test")
    assert summary.failed == 2
    assert all("No space left" in e for e in failures(tmp_path / "b.sqlite").values())


@pytest.mark.parametrize(("block", "message"), [
    ('[[source]]\nname = ".."\nfeeds = ["http://127.0.0.1/f"]\n', "name is required"),
    ('[[source]]\nname = "x"\nfeeds = ["http://127.0.0.1/f"]\nlanguage = "../../../../etc/x"\n', "ISO 639"),
])
def test_names_and_languages_that_are_paths_are_refused(tmp_path, block, message):
    result = run_cli("crawl", "--sources", str(sources(tmp_path, block)), "--db", str(tmp_path / "d.sqlite"))
    assert result.returncode == 2 and message in result.stderr
    assert not (tmp_path / "snapshots").exists()


def test_language_codes_never_open_paths(tmp_path):
    from pipeline.resources.langdata import NEUTRAL, load_language

    (tmp_path / "evil.json").write_text("{}")
    assert load_language(str(tmp_path / "evil")).code == NEUTRAL


def test_only_public_addresses_unless_allowed(hostile, tmp_path, monkeypatch):
    """127.0.0.2 stands for the internet (taken as public here), 127.0.0.1 for an internal service."""
    real = addresses.is_public
    monkeypatch.setattr(addresses, "is_public", lambda a: a == "127.0.0.2" or real(a))
    internal, public = hostile("127.0.0.1"), hostile("127.0.0.2")
    internal.routes["/secret.html"] = answer(200, page(9))
    public.routes["/feed.xml"] = feed(public, [internal.url("/secret.html"), public.url("/jump.html"),
                                               public.url("/ok.html")])
    public.routes["/jump.html"] = answer(302, b"", Location=internal.url("/secret.html"))
    public.routes["/ok.html"] = answer(200, page(1))
    db = tmp_path / "d.sqlite"
    summary = crawl(sources(tmp_path, source("pub", public.url("/feed.xml"), "")), str(db), "test")
    assert summary.stored == 1 and summary.failed == 2
    assert internal.log == []  # not one request reached the internal server
    assert all("not a public address" in e for e in failures(db).values())
    monkeypatch.setattr("pipeline.runs.crawl.fetch.check_host", lambda host, port: None)  # a rebinding name
    summary = crawl(sources(tmp_path, source("pub", public.url("/feed.xml"), "")), str(tmp_path / "e.sqlite"),
                    "test")
    assert summary.stored == 1 and internal.log == []  # the connection's peer is checked as well
    direct = crawl(sources(tmp_path, source("internal", internal.url("/feed.xml"), "")), str(db), "test")
    assert direct.fetched == 0 and internal.log == []


@pytest.mark.parametrize(("robots", "fetched"), [
    (answer(503, b"down"), set()),  # 5xx: complete disallow
    (answer(404, b""), {"/press/a.html", "/press/public/b.html", "/x.php", "/press/c.html?print=1"}),  # 4xx: allow
    (answer(200, b"User-agent: *\nDisallow: /press/\nAllow: /press/public/\nDisallow: /*.php$\n"
                 b"Disallow: /*?print\n\nUser-agent: otherbot\nDisallow: /\n", "text/plain"),
     {"/press/public/b.html"}),
])
def test_robots_txt_per_rfc_9309(hostile, tmp_path, robots, fetched):
    site = hostile()
    site.routes["/robots.txt"] = robots
    paths = ["/press/a.html", "/press/public/b.html", "/x.php", "/press/c.html?print=1"]
    for i, path in enumerate(paths):
        site.routes[path] = answer(200, page(i))
    site.routes["/feed.xml"] = feed(site, [site.url(p) for p in paths])
    crawl(sources(tmp_path, f'[[source]]\nname = "r"\nstart_urls = []\nsitemaps = ["{site.url("/feed.xml")}"]\n'
                            f'feeds = ["{site.url("/feed.xml")}"]\nallow_private = true\n'), str(tmp_path / "d.sqlite"),
          "test")
    assert set(site.paths()) - {"/robots.txt", "/feed.xml"} == fetched


def test_robots_txt_timing_out_disallows_everything(hostile, tmp_path):
    site = hostile()

    def hang(h: BaseHTTPRequestHandler) -> None:
        time.sleep(4)
    site.routes["/robots.txt"] = hang
    site.routes["/feed.xml"] = feed(site, [site.url("/a.html")])
    site.routes["/a.html"] = answer(200, page(1))
    crawl(sources(tmp_path, source("r", site.url("/feed.xml")), timeout=1.0, retries=0), str(tmp_path / "d.sqlite"),
          "test")
    assert "/a.html" not in site.paths() and "/feed.xml" not in site.paths()


def test_crawl_delay_is_a_minimum_even_with_delay_0_and_retry_after_holds_the_host(hostile, tmp_path):
    site = hostile()
    site.routes["/robots.txt"] = answer(200, b"User-agent: *\nCrawl-delay: 1\n", "text/plain")
    busy = {"n": 0}

    def once_busy(h: BaseHTTPRequestHandler) -> None:
        busy["n"] += 1
        (answer(429, b"busy", Retry_After="3") if busy["n"] == 1 else answer(200, page(0)))(h)
    site.routes["/p0.html"] = once_busy
    for i in (1, 2):
        site.routes[f"/p{i}.html"] = answer(200, page(i))
    site.routes["/feed.xml"] = feed(site, [site.url(f"/p{i}.html") for i in range(3)])
    summary = crawl(sources(tmp_path, source("d", site.url("/feed.xml")), delay=0.0, concurrency=3),
                    str(tmp_path / "d.sqlite"), "test")
    assert summary.stored == 3
    times = [t for t, p in site.log if p != "/robots.txt"]
    gaps = [b - a for a, b in itertools.pairwise(times)]
    # Crawl-delay: 1 between any two requests to the host (without it they come milliseconds apart). The times are
    # taken in the server's handler threads, which a loaded machine may start late: a late first request shortens
    # the gap seen here, so the check allows scheduling jitter of a quarter second.
    assert min(gaps) >= 0.75, gaps
    first_429 = next(t for t, p in site.log if p == "/p0.html")
    assert all(t >= first_429 + 2.9 for t, p in site.log if t > first_429)  # Retry-After: 3 held the host


def test_a_dripping_body_fails_at_the_timeout(hostile, tmp_path):
    site = hostile()

    def drip(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", "100")
        h.end_headers()
        for _ in range(100):
            h.wfile.write(b"x")
            h.wfile.flush()
            time.sleep(1)
    site.routes["/drip.html"] = drip
    site.routes["/feed.xml"] = feed(site, [site.url("/drip.html")])
    db = tmp_path / "d.sqlite"
    started = time.monotonic()
    summary = crawl(sources(tmp_path, source("drip", site.url("/feed.xml")), timeout=3.0, retries=0), str(db),
                    "test")
    assert time.monotonic() - started < 10
    assert summary.failed == 1 and "timed out" in next(iter(failures(db).values()))


def test_budgets_hold_during_discovery_and_downloads(hostile, tmp_path):
    site = hostile()
    index = site.url("/sitemap.xml")
    nested = "".join(f"<sitemap><loc>{site.url(f'/s{i}.xml')}</loc></sitemap>" for i in range(50))
    site.routes["/sitemap.xml"] = answer(200, f"<sitemapindex><sitemap><loc>{index}</loc></sitemap>{nested}"
                                              "</sitemapindex>".encode(), "text/xml")
    for i in range(50):
        urls = "".join(f"<url><loc>{site.url(f'/p{i}-{j}.html')}</loc></url>" for j in range(20))
        site.routes[f"/s{i}.xml"] = answer(200, f"<urlset>{urls}</urlset>".encode(), "text/xml")
        for j in range(20):
            site.routes[f"/p{i}-{j}.html"] = answer(200, page(i * 100 + j))
    block = f'[[source]]\nname = "loop"\nsitemaps = ["{index}"]\nallow_private = true\n'
    summary = crawl(sources(tmp_path, block), str(tmp_path / "d.sqlite"), "test", max_pages=1, time_budget=2)
    assert summary.fetched <= 1
    assert site.paths().count("/sitemap.xml") == 1
    assert len(site.log) <= 4, site.paths()  # robots.txt, the index, one sitemap, one page
    begun = time.monotonic()
    crawl(sources(tmp_path, block, delay=0.5), str(tmp_path / "e.sqlite"), "test", time_budget=2)
    later = [t for t, _ in site.log if t >= begun]
    assert later and max(later) <= begun + 2.0  # no request started after the time budget
