"""How processes share one SQLite dataset: SQLite's own locks only, explicit transactions, read-only opening.

Never open and close the database file ourselves: on POSIX, closing *any* descriptor of a file drops every
fcntl lock the process holds on it, SQLite's included (https://sqlite.org/howtocorrupt.html, 2.2). A writer
whose locks were dropped looks absent to the others, so the last reader to close checkpoints and deletes the
WAL the writer is still appending to, and its later commits are lost.

- Writers begin every transaction with ``BEGIN IMMEDIATE``: the write lock is taken at the start (waiting up
  to the busy timeout), so two ingests never fail on upgrading a read transaction to a write one, and the
  schema check-and-create of a new dataset is one locked transaction (no "table already exists" race).
- Readers begin a deferred transaction, so every table of one ``dataset.load`` comes from one snapshot.
- A dataset on read-only storage is opened read-only (``mode=ro``; ``immutable`` when its WAL files cannot
  exist), so stats, export and load work on a CD, a read-only mount or a shared archive."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, event

from pipeline import config


def _pragmas(dbapi_connection: Any, write: bool) -> None:
    dbapi_connection.isolation_level = None  # pysqlite's own BEGIN handling off: ours below
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(config.SQLITE_BUSY_TIMEOUT_S * 1000)}")
    if write:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def sqlite_transactions(engine: Engine, write: bool) -> None:
    """Pragmas on every new connection and explicit transactions: IMMEDIATE for writers, deferred for readers."""
    begin = "BEGIN IMMEDIATE" if write else "BEGIN"

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        _pragmas(dbapi_connection, write)

    def on_begin(conn: Any) -> None:
        conn.exec_driver_sql(begin)

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", on_begin)


def writable(path: Path) -> bool:
    """Whether a process could write the database file and its WAL files next to it."""
    folder = path.parent if str(path.parent) else Path(".")
    return os.access(path, os.W_OK) and os.access(folder, os.W_OK | os.X_OK)


def reader_url(path: Path) -> str:
    """The URL to read the SQLite file at ``path``: plain when writable, else read-only (immutable when there
    is no WAL file, which then cannot be created: nobody can be writing to it)."""
    if writable(path):
        return f"sqlite:///{path}"
    wal = Path(f"{path}-wal")
    flags = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    return f"sqlite:///file:{quote(str(path.resolve()))}?{flags}&uri=true"
