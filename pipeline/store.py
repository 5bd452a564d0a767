"""The SQLite dataset (any SQLAlchemy URL works): schema, one transaction per document, idempotent.

Column comments are the data dictionary: README, ``export``'s datapackage.json and the tests read them."""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DatabaseError, OperationalError, SQLAlchemyError

from pipeline import __version__, backends, config
from pipeline.entities.linking import EntityLinker
from pipeline.errors import StorageError, UsageError
from pipeline.money.currency import plain
from pipeline.records import Document

log = logging.getLogger(__name__)
metadata = MetaData()


def _owner(name: str, target: str, comment: str) -> Column[Any]:
    """The owning row's id; child rows go with their owner (ON DELETE CASCADE)."""
    return Column(name, Integer, ForeignKey(target, ondelete="CASCADE"), nullable=False, index=True, comment=comment)


runs = Table(
    "runs", metadata,
    Column("id", Integer, primary_key=True, comment="run number"),
    Column("started_at", String, nullable=False, comment="UTC start time, ISO 8601"),
    Column("finished_at", String, comment="UTC end time, ISO 8601 (NULL while running or if interrupted)"),
    Column("command", Text, nullable=False, comment="the command line of the run"),
    Column("pipeline_version", String, nullable=False, comment="version of this pipeline"),
    Column("models", Text, comment="JSON object: language -> model package==version (or blank:LANG) used"),
    Column("status", String, comment="running, ok (all stored), partial (some failed) or aborted"),
    Column("documents_seen", Integer, comment="input documents found"),
    Column("documents_stored", Integer, comment="documents added or replaced"),
    Column("documents_unchanged", Integer, comment="documents skipped because their content hash was known"),
    Column("documents_failed", Integer, comment="documents recorded in failures"),
    Column("mentions", Integer, comment="entity mentions stored by this run"),
    Column("dates", Integer, comment="dates stored by this run"),
    Column("amounts", Integer, comment="amounts stored by this run"),
    Column("roles", Integer, comment="roles stored by this run"),
)

documents = Table(
    "documents", metadata,
    Column("id", Integer, primary_key=True, comment="document id, stable across re-ingests of the same source"),
    Column("source", Text, nullable=False, unique=True,
           comment="path relative to the ingest root (forward slashes), or URL"),
    Column("content_sha256", String(64), nullable=False, index=True, comment="SHA-256 of the raw bytes"),
    Column("title", Text, comment="title (HTML metadata, or the first line of a plain-text release)"),
    Column("language", String(8), comment="ISO 639-1 code of the main language (langdetect)"),
    Column("language_confidence", Float, comment="langdetect probability of that language, 0-1"),
    Column("published", String, comment="publication date/time stated by the document, ISO 8601, may be partial"),
    Column("text", Text, nullable=False, comment="the extracted text; all offsets index into it"),
    Column("url", Text, comment="URL of the page, when known"),
    Column("extraction", String, comment="html (trafilatura main text) or text (plain file)"),
    Column("encoding", String, comment="character encoding the bytes were decoded with"),
    Column("ingested_at", String, comment="UTC time the rows were written"),
    Column("run_id", Integer, ForeignKey("runs.id"), index=True, comment="run that wrote the rows"),
)

paragraphs = Table(
    "paragraphs", metadata,
    _owner("document_id", "documents.id", "the document"),
    Column("idx", Integer, nullable=False, comment="paragraph number in the document, from 0"),
    Column("start_char", Integer, nullable=False, comment="offset of the first character in documents.text"),
    Column("end_char", Integer, nullable=False, comment="offset after the last character"),
    Column("language", String(8), comment="ISO 639-1 code of the paragraph (the document's when short)"),
    Column("language_confidence", Float, comment="langdetect probability, NULL when inherited"),
)

entities = Table(
    "entities", metadata,
    Column("id", Integer, primary_key=True, comment="entity id, stable across runs"),
    Column("name", Text, nullable=False, comment="canonical name (alias table name, else fullest form seen)"),
    Column("label", String(16), nullable=False, comment="PERSON, ORG or LOC"),
    Column("key", Text, nullable=False, unique=True,
           comment="linking key: alias:<id> from the alias table, else LABEL:folded name"),
)

aliases = Table(
    "aliases", metadata,
    _owner("entity_id", "entities.id", "the entity"),
    Column("alias", Text, nullable=False, comment="a surface form seen for the entity, as written"),
    Column("language", String(8), comment="language of the document it was seen in"),
    Column("alias_fold", Text, nullable=False, index=True, comment="folded form used for matching"),
    UniqueConstraint("entity_id", "alias", "language"),
)

mentions = Table(
    "mentions", metadata,
    Column("id", Integer, primary_key=True),
    _owner("document_id", "documents.id", "the document"),
    Column("entity_id", Integer, ForeignKey("entities.id"), index=True, comment="the entity mentioned"),
    Column("text", Text, nullable=False, comment="the mention as written: documents.text[start_char:end_char]"),
    Column("label", String(16), nullable=False, comment="PERSON, ORG or LOC"),
    Column("start_char", Integer, nullable=False, comment="offset into documents.text"),
    Column("end_char", Integer, nullable=False, comment="offset after the mention"),
    Column("method", String(16), nullable=False, comment="model (spaCy NER), gazetteer (alias table) or rule"),
    Column("model_label", String(16), comment="the model's own label (GPE, PER, ...), NULL for rules"),
)

dates = Table(
    "dates", metadata,
    Column("id", Integer, primary_key=True),
    _owner("document_id", "documents.id", "the document"),
    Column("text", Text, nullable=False, comment="the expression as written"),
    Column("value", String, nullable=False,
           comment="YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mm, XXXX-MM-DD (year unknown) or START/END"),
    Column("start_char", Integer, nullable=False, comment="offset into documents.text"),
    Column("end_char", Integer, nullable=False, comment="offset after the expression"),
    Column("kind", String(16), comment="date, datetime, month, year, range, partial or relative"),
)

amounts = Table(
    "amounts", metadata,
    Column("id", Integer, primary_key=True),
    _owner("document_id", "documents.id", "the document"),
    Column("text", Text, nullable=False, comment="the amount as written"),
    Column("value", String, nullable=False, comment="exact decimal as text, '.' as decimal point, no grouping"),
    Column("currency", String(3), nullable=False, comment="ISO 4217 code"),
    Column("start_char", Integer, nullable=False, comment="offset into documents.text"),
    Column("end_char", Integer, nullable=False, comment="offset after the amount"),
    Column("currency_basis", Text, comment="explicit, or why an ambiguous symbol ($, ¥) got its currency"),
    Column("range_id", Integer, comment="amounts of one range ('€2-3 million') share this number"),
)

roles = Table(
    "roles", metadata,
    Column("id", Integer, primary_key=True),
    _owner("document_id", "documents.id", "the document"),
    Column("person", Text, nullable=False, comment="fullest form of the person's name in the document"),
    Column("person_entity_id", Integer, ForeignKey("entities.id"), index=True, comment="entity of the person"),
    Column("role", Text, nullable=False, comment="the title as written (organisation split off when given apart)"),
    Column("organization", Text, comment="organisation or country the position belongs to, or NULL"),
    Column("organization_entity_id", Integer, ForeignKey("entities.id"), index=True,
           comment="entity of the organisation, when it is a recognised mention"),
    Column("status", String(16), comment="former, acting, outgoing, incoming, designate, when the text says so"),
    Column("since", String, comment="ISO date the text gives for the start of the position ('since 2019'), or NULL"),
    Column("until", String, comment="ISO date the text gives for its end ('until June 2021'), or NULL"),
    Column("start_char", Integer, nullable=False, comment="offset of the role statement in documents.text"),
    Column("end_char", Integer, nullable=False, comment="offset after it"),
)

failures = Table(
    "failures", metadata,
    Column("id", Integer, primary_key=True),
    Column("run_id", Integer, ForeignKey("runs.id"), index=True, comment="run in which it failed"),
    Column("source", Text, nullable=False, comment="the document's source (path or URL)"),
    Column("stage", String(32), nullable=False, comment="load, text, language, entities, dates, ... or store"),
    Column("error", Text, nullable=False, comment="readable reason"),
    Column("at", String, nullable=False, comment="UTC time, ISO 8601"),
)

fetches = Table(
    "fetches", metadata,
    Column("id", Integer, primary_key=True),
    Column("run_id", Integer, ForeignKey("runs.id"), index=True, comment="crawl run that made the request"),
    Column("source_name", Text, comment="name of the source in sources.toml"),
    Column("url", Text, nullable=False, index=True, comment="URL requested (normalised)"),
    Column("final_url", Text, comment="URL after redirects"),
    Column("status", Integer, comment="HTTP status of the last attempt (NULL when no response)"),
    Column("etag", Text, comment="ETag header, sent back as If-None-Match next time"),
    Column("last_modified", Text, comment="Last-Modified header, sent back as If-Modified-Since"),
    Column("sha256", String(64), comment="SHA-256 of the body"),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="SET NULL"), index=True,
           comment="the document this page is (also when it duplicates one stored under another URL)"),
    Column("outcome", String(16),
           comment="stored, unchanged, not-modified, duplicate, older, skipped (robots.txt) or failed"),
    Column("error", Text, comment="readable reason when the fetch or the extraction failed"),
    Column("fetched_at", String, nullable=False, comment="UTC time, ISO 8601"),
)

Index("ix_mentions_doc_start", mentions.c.document_id, mentions.c.start_char)
CHILD_TABLES = (paragraphs, mentions, dates, amounts, roles)


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def database_url(db: str) -> str:
    """A SQLAlchemy URL for ``db``: a URL as given, or a SQLite file path (its folder is created)."""
    if "://" in db:
        return backends.normalise_url(db)
    path = Path(db)
    if path.is_dir():
        raise UsageError(f"--db must be a file or URL, not a folder: {db}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot create the folder of the database {db}: {exc.strerror}") from exc
    return f"sqlite:///{path}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={config.SQLITE_BUSY_TIMEOUT_S * 1000}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _create_schema(engine: Engine) -> None:
    """Create the missing tables, holding an exclusive lock on the database file meanwhile: two processes
    opening a new database at once (a crawl and an ingest) would otherwise both find a table missing and
    one of them fail to create it. A database that cannot be opened for writing is only checked."""
    if backends.is_postgres(engine):
        backends.create_schema(engine, metadata.create_all)
        return
    path = engine.url.database
    if engine.dialect.name != "sqlite" or not path or path == ":memory:":
        metadata.create_all(engine)
        return
    try:
        handle = open(path, "ab")  # noqa: SIM115 - closed by the "with" below
    except OSError:
        metadata.create_all(engine)
        return
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # a BSD lock: independent of SQLite's own POSIX locks
        try:
            metadata.create_all(engine)
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def connect(db: str, create: bool = True) -> Engine:
    """An engine on the dataset; the schema is created on first use."""
    url = database_url(db)
    try:
        engine = create_engine(url)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        if create:
            _create_schema(engine)
        else:
            with engine.connect() as conn:
                conn.execute(select(func.count()).select_from(documents))
    except (DatabaseError, OperationalError) as exc:
        raise UsageError(f"cannot open the database {db}: {exc.orig}") from exc
    except SQLAlchemyError as exc:
        raise UsageError(f"cannot open the database {db}: {exc}") from exc
    return engine


class Store:
    """Writes runs, documents and failures. Each document is written in one transaction."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.linker = EntityLinker(entities, aliases)

    def start_run(self, command: str) -> int:
        with self._begin() as conn:
            result = conn.execute(insert(runs).values(
                started_at=now(), command=command, pipeline_version=__version__, status="running"))
            return int(result.inserted_primary_key[0])  # type: ignore[index]

    def finish_run(self, run_id: int, status: str, counts: dict[str, int], models: dict[str, str]) -> None:
        with self._begin() as conn:
            conn.execute(update(runs).where(runs.c.id == run_id).values(
                finished_at=now(), status=status, models=json.dumps(models, sort_keys=True), **counts))

    def known_hashes(self) -> dict[str, str]:
        """source -> content hash of every stored document (read once per run: no per-file query)."""
        with self._begin() as conn:
            return {row.source: row.content_sha256 for row in conn.execute(
                select(documents.c.source, documents.c.content_sha256))}

    def last_fetch(self, url: str) -> Any:
        """The latest successful fetch of ``url`` (for conditional requests), or None."""
        with self._begin() as conn:
            return conn.execute(select(fetches).where(fetches.c.url == url, fetches.c.sha256.is_not(None))
                                .order_by(fetches.c.id.desc()).limit(1)).first()

    def document_with_hash(self, sha256: str) -> int | None:
        with self._begin() as conn:
            found = conn.execute(select(documents.c.id).where(documents.c.content_sha256 == sha256).limit(1)).scalar()
            return int(found) if found is not None else None

    def record_fetch(self, run_id: int, **values: Any) -> None:
        with self._begin() as conn:
            conn.execute(insert(fetches).values(run_id=run_id, fetched_at=now(), **values))

    def record_failure(self, run_id: int, source: str, stage: str, error: str) -> None:
        with self._begin() as conn:
            conn.execute(insert(failures).values(run_id=run_id, source=source, stage=stage, error=error[:2000],
                                                 at=now()))

    def save(self, doc: Document, run_id: int) -> int:
        """Insert or replace a document with all its rows, atomically. Returns the document id."""
        try:
            with self._begin() as conn:
                backends.lock_writes(conn)
                self.linker.catch_up(conn)
                doc_id = self._upsert_document(conn, doc, run_id)
                entity_ids = [self.linker.resolve(conn, ref, doc.language) for ref in doc.entities]
                self._insert_children(conn, doc, doc_id, entity_ids)
        except BaseException:
            self.linker.reset()
            raise
        return doc_id

    @contextmanager
    def _begin(self) -> Iterator[Connection]:
        """One transaction; any database error rolls it back and becomes a :class:`StorageError`."""
        try:
            with self.engine.begin() as conn:
                yield conn
        except (OperationalError, DatabaseError) as exc:
            raise StorageError(f"cannot write to the database: {exc.orig}") from exc

    def _upsert_document(self, conn: Connection, doc: Document, run_id: int) -> int:
        values = dict(source=doc.source, content_sha256=doc.sha256, title=doc.title, language=doc.language,
                      language_confidence=doc.language_confidence, published=doc.published, text=doc.text,
                      url=doc.url, extraction=doc.extraction, encoding=doc.encoding, ingested_at=now(),
                      run_id=run_id)
        existing = conn.execute(select(documents.c.id).where(documents.c.source == doc.source)).scalar()
        if existing is None:
            return int(conn.execute(insert(documents).values(**values)).inserted_primary_key[0])  # type: ignore[index]
        for table in CHILD_TABLES:
            conn.execute(delete(table).where(table.c.document_id == existing))
        conn.execute(update(documents).where(documents.c.id == existing).values(**values))
        return int(existing)

    def _insert_children(self, conn: Connection, doc: Document, doc_id: int, entity_ids: list[int]) -> None:
        def ent(index: int | None) -> int | None:
            return entity_ids[index] if index is not None else None

        rows: dict[Table, list[dict[str, Any]]] = {
            paragraphs: [dict(document_id=doc_id, idx=p.idx, start_char=p.start, end_char=p.end,
                              language=p.language, language_confidence=p.confidence) for p in doc.paragraphs],
            mentions: [dict(document_id=doc_id, entity_id=ent(m.entity), text=m.text, label=m.label,
                            start_char=m.start, end_char=m.end, method=m.method, model_label=m.model_label)
                       for m in doc.mentions],
            dates: [dict(document_id=doc_id, text=d.text, value=d.value, start_char=d.start, end_char=d.end,
                         kind=d.kind) for d in doc.dates],
            amounts: [dict(document_id=doc_id, text=a.text, value=plain(a.value), currency=a.currency,
                           start_char=a.start, end_char=a.end, currency_basis=a.currency_basis,
                           range_id=a.range_id) for a in doc.amounts],
            roles: [dict(document_id=doc_id, person=r.person, person_entity_id=ent(r.person_entity), role=r.role,
                         organization=r.organization, organization_entity_id=ent(r.organization_entity),
                         status=r.status, since=r.since, until=r.until, start_char=r.start, end_char=r.end)
                   for r in doc.roles],
        }
        for table, values in rows.items():
            if values:
                conn.execute(insert(table), values)
