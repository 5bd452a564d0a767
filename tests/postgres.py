"""A throwaway PostgreSQL server for the tests (a pytest plugin, see conftest.py).

The session fixture creates a cluster with the server's own ``initdb`` in a temporary folder, starts it with
``pg_ctl`` on a free port of 127.0.0.1 and stops it at the end. As root the server binaries refuse to run, so
they run as the unprivileged ``postgres`` user (``runuser``). Without the binaries (Debian package
``postgresql``) the tests that need the server are skipped and say why."""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SERVER_USER = "postgres"
_databases = itertools.count(1)


def server_binaries() -> Path | None:
    """The bin folder of the newest installed PostgreSQL server, or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if not found and (initdb := shutil.which("initdb")):
        found = [initdb]
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    port: int
    bin: Path
    prefix: list[str]

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{SERVER_USER}@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        """A new empty database; its SQLAlchemy URL."""
        import psycopg

        name = f"test_{next(_databases)}"
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user={SERVER_USER} dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return self.url(name)


def _run(prefix: list[str], *command: str) -> None:
    done = subprocess.run([*prefix, *command], capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {done.stdout}{done.stderr}")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Server]:
    bin_dir = server_binaries()
    if bin_dir is None:
        pytest.skip("PostgreSQL server binaries not found (/usr/lib/postgresql/*/bin/initdb): "
                    "apt-get install postgresql, as .ci/run does")
    prefix: list[str] = []
    folder = Path(tempfile.mkdtemp(prefix="press-pg-"))
    if os.geteuid() == 0:
        try:
            user = pwd.getpwnam(SERVER_USER)
        except KeyError:
            pytest.skip(f"running as root and there is no {SERVER_USER!r} user to run the PostgreSQL server as")
        os.chown(folder, user.pw_uid, user.pw_gid)
        prefix = ["runuser", "-u", SERVER_USER, "--"]
    data, port = folder / "data", _free_port()
    _run(prefix, str(bin_dir / "initdb"), "-D", str(data), "-U", SERVER_USER, "--auth=trust", "-E", "UTF8",
         "--no-locale")
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60"
    _run(prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"), "-o", options,
         "-w", "-t", "60", "start")
    try:
        yield Server(port, bin_dir, prefix)
    finally:
        _run(prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop")
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def postgres_db(postgres_server: Server) -> str:
    """The URL of a fresh, empty database on the throwaway server."""
    return postgres_server.create_database()
