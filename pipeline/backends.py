"""Database backends: what differs between SQLite (the default, one file) and PostgreSQL (a server that several
ingest or crawl processes, on one or several machines, write to at once).

The schema and every query are plain SQLAlchemy Core and run on both; this module holds the few parts that are
not: URL spelling and the driver check, and the locks that keep concurrent writers from duplicating a document
or an entity on PostgreSQL. SQLite serialises writers itself (one write transaction at a time on the file)."""

from __future__ import annotations

import importlib.util
import logging
import re
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, Insert, Table, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from pipeline import config
from pipeline.errors import UsageError

log = logging.getLogger(__name__)

POSTGRES = "postgresql"
DRIVERS = {"psycopg": "psycopg"}  # SQLAlchemy driver name -> the module it imports
URL_ALIASES = ("postgres://", "postgresql://")  # spellings that mean the psycopg (version 3) driver


def normalise_url(db: str) -> str:
    """``db`` with the psycopg driver named when a PostgreSQL URL gives none (``postgresql://`` and the
    Heroku-style ``postgres://``); other URLs unchanged. Raises :class:`UsageError` for a bad URL or a
    PostgreSQL driver that is not supported or not installed."""
    for alias in URL_ALIASES:
        if db.startswith(alias):
            db = "postgresql+psycopg://" + db[len(alias):]
    try:
        url = make_url(db)
    except (ArgumentError, ValueError) as exc:
        raise UsageError("not a valid database URL") from exc
    if url.get_backend_name() == POSTGRES:
        driver = url.get_driver_name()
        if driver not in DRIVERS:
            raise UsageError(f"unsupported PostgreSQL driver {driver!r} in {url.render_as_string()}: "
                             f"write postgresql+psycopg://USER@HOST/DATABASE")
        if importlib.util.find_spec(DRIVERS[driver]) is None:
            raise UsageError(f"the PostgreSQL driver {DRIVERS[driver]} is not installed (make setup installs it)")
    return db


def is_postgres(bind: Engine | Connection) -> bool:
    return bind.dialect.name == POSTGRES


def insert_or_ignore(conn: Connection, table: Table) -> Insert:
    """An INSERT that skips rows breaking a unique key (ON CONFLICT DO NOTHING, on SQLite and PostgreSQL)."""
    from sqlalchemy.dialects import postgresql, sqlite

    if is_postgres(conn):
        return postgresql.insert(table).on_conflict_do_nothing()
    return sqlite.insert(table).on_conflict_do_nothing()


_COMPILED: dict[tuple[str, str, tuple[str, ...], bool], tuple[str, tuple[str, ...] | None]] = {}


def insert_many(conn: Connection, table: Table, rows: list[dict[str, Any]], ignore: bool = False) -> None:
    """Insert ``rows`` (dicts with the same keys) in one DBAPI ``executemany``, the INSERT compiled once per
    dialect, table and columns: SQLAlchemy's own execution costs a few hundredths of a millisecond per row in
    Python, which on a run's main process is CPU the workers lose. ``ignore``: skip rows breaking a unique key
    (as :func:`insert_or_ignore`). Only for columns without bind processing (integers, text, floats, NULL).
    A database error is raised as SQLAlchemy's, as through ``conn.execute``."""
    if not rows:
        return
    columns = tuple(rows[0])
    key = (conn.dialect.name, table.name, columns, ignore)
    if key not in _COMPILED:
        statement = insert_or_ignore(conn, table) if ignore else table.insert()
        compiled = statement.compile(dialect=conn.dialect, column_keys=list(columns))
        _COMPILED[key] = str(compiled), tuple(compiled.positiontup) if compiled.positional else None  # type: ignore[arg-type]
    sql, order = _COMPILED[key]
    params = [tuple(row[c] for c in order) for row in rows] if order is not None else rows
    cursor = conn.connection.cursor()
    try:
        cursor.executemany(sql, params)
    except conn.dialect.loaded_dbapi.Error as exc:
        raise DBAPIError.instance(sql, params, exc, conn.dialect.loaded_dbapi.Error) from exc
    finally:
        cursor.close()


def lock_writes(conn: Connection) -> None:
    """Serialise the writing of documents across processes and machines: on PostgreSQL a transaction-level
    advisory lock, held until this transaction commits or rolls back. Linking an entity reads then inserts
    (``entities.key`` and ``documents.source`` are unique): two writers doing it at once would both insert
    the same new entity or document; under the lock the second one sees the first one's committed rows.
    A no-op on SQLite, where the database file's own lock already admits one writer at a time."""
    if is_postgres(conn):
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": config.POSTGRES_WRITE_LOCK})


def create_schema(engine: Engine, create: Callable[[Engine], Any]) -> None:
    """Create the missing tables on PostgreSQL under a session-level advisory lock: two processes starting on
    an empty database at once would otherwise both find a table missing and one fail to create it."""
    with engine.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": config.POSTGRES_SCHEMA_LOCK})
        conn.commit()
        try:
            create(engine)
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": config.POSTGRES_SCHEMA_LOCK})
            conn.commit()
    log.debug("schema of %s checked", engine.url.render_as_string())


def masked(db: str) -> str:
    """``db`` fit to print: the password of a database URL replaced by ***."""
    if "://" not in db:
        return db
    try:
        return make_url(db).render_as_string(hide_password=True)
    except ArgumentError:
        return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", db)


DRIVER_PACKAGES = {"psycopg2": "psycopg2-binary", "psycopg": "psycopg[binary]", "pymysql": "PyMySQL",
                   "MySQLdb": "mysqlclient", "asyncpg": "asyncpg", "pg8000": "pg8000", "oracledb": "oracledb",
                   "pyodbc": "pyodbc", "pymssql": "pymssql", "duckdb_engine": "duckdb-engine"}


def missing_driver(db: str, exc: ImportError) -> str:
    """A readable message for a database URL whose driver (DBAPI module) is not installed."""
    module = (exc.name or "").split(".")[0]
    package = DRIVER_PACKAGES.get(module, module or "the database driver")
    scheme = masked(db).split("://", 1)[0]
    return (f"the driver for {scheme}:// ({masked(db)}) is not installed (module {module or '?'}): "
            f"pip install '{package}'")
