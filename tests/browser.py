"""The ``browse`` server and headless Chromium (Debian package ``chromium``) for the tests, with a trap for
network requests.

Every request the browser makes, whatever the host, goes to a local proxy that records it and answers
nothing: a page that loads nothing from the network leaves the trap empty. Nothing leaves the machine."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
         "--disable-default-apps", "--hide-scrollbars", "--mute-audio", "--no-pings", "--disable-domain-reliability",
         "--disable-client-side-phishing-detection", "--disable-breakpad", "--no-default-browser-check",
         "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,Translate,MediaRouter,AutofillServerCommunication")


# Chromium's own background calls, made whatever the page (updates, sign-in, clock), which its flags do not
# all silence; they reach only the trap. Anything else in the trap was asked for by the page.
BROWSER_OWN_HOSTS = ("update.googleapis.com", "accounts.google.com", "clients2.google.com")


def _host(request_line: str) -> str:
    target = request_line.split(" ")[1] if " " in request_line else ""
    return target.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]


class NetworkTrap:
    """A proxy on 127.0.0.1 that records the first line of each request and closes the connection."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.idle_connections = 0
        self._server = socket.socket()
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(16)
        self._server.settimeout(0.2)
        self.port = self._server.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(1)
                try:
                    data = conn.recv(4096)
                except OSError:
                    data = b""
                if data:
                    self.requests.append(data.split(b"\r\n", 1)[0].decode("latin-1"))
                else:  # Chromium preconnects to its proxy speculatively: a socket that sends nothing is no request
                    self.idle_connections += 1

    def page_requests(self) -> list[str]:
        """The requests that did not come from the browser's own background services."""
        return [r for r in self.requests if _host(r) not in BROWSER_OWN_HOSTS]

    def __enter__(self) -> NetworkTrap:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._server.close()


def run_chromium(page: Path, profile: Path, trap: NetworkTrap, *extra: str) -> subprocess.CompletedProcess[str]:
    """Open ``page`` (a local file) in headless Chromium, all traffic through the trap."""
    assert CHROMIUM, "chromium is not installed"
    args = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", f"--proxy-server=http://127.0.0.1:{trap.port}",
            "--proxy-bypass-list=<-loopback>", *extra, page.resolve().as_uri()]
    return subprocess.run(args, capture_output=True, text=True, timeout=120)


def dump_dom(page: Path, profile: Path, trap: NetworkTrap) -> str:
    result = run_chromium(page, profile, trap, "--dump-dom", "--virtual-time-budget=3000")
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def screenshot(page: Path, profile: Path, trap: NetworkTrap, target: Path, size: str = "1100,5400") -> Path:
    result = run_chromium(page, profile, trap, f"--screenshot={target.resolve()}", f"--window-size={size}",
                          "--virtual-time-budget=3000")
    assert result.returncode == 0 and target.is_file(), result.stderr[-2000:]
    return target


STARTUP_S = 60  # a cold Datasette start on a loaded machine takes a few seconds


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def get_json(base: str, path: str) -> object:
    with urllib.request.urlopen(base + path, timeout=30) as response:
        return json.load(response)


@contextmanager
def browse_server(db: Path) -> Iterator[str]:
    """``python -m pipeline browse`` serving ``db`` on a free loopback port (its base URL); stopped with
    SIGTERM (then SIGKILL) afterwards."""
    root = Path(__file__).resolve().parent.parent
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "pipeline", "browse", "--db", str(db), "--port", str(port)],
                               cwd=root, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_S
        while True:
            try:
                get_json(base, "/-/versions.json")
                break
            except (urllib.error.URLError, ConnectionError):
                assert process.poll() is None, process.stdout.read() if process.stdout else ""
                assert time.monotonic() < deadline, "Datasette did not start"
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
