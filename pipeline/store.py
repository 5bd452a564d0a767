"""The SQLite dataset (any SQLAlchemy URL works): schema, one transaction per document, idempotent.

Column comments are the data dictionary: README, ``export``'s datapackage.json and the tests read them."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import (
    DDL,
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
    bindparam,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError, SQLAlchemyError

from pipeline import __version__, backends
from pipeline.backends import masked, missing_driver
from pipeline.entities.linking import EntityLinker
from pipeline.errors import DatasetNotFound, StorageError, UsageError
from pipeline.events.families import FamilyLinker
from pipeline.locking import reader_url, sqlite_transactions
from pipeline.money.currency import plain
from pipeline.records import Document
from pipeline.text.published import precision

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
    Column("command", Text, nullable=False, comment="the command line of the run (database passwords masked)"),
    Column("pipeline_version", String, nullable=False, comment="version of this pipeline"),
    Column("models", Text, comment="JSON object: language -> model package==version (or blank:LANG) used"),
    Column("status", String, comment="running, ok (all stored), partial (some failed) or aborted"),
    Column("documents_seen", Integer, comment="input documents found"),
    Column("documents_stored", Integer, comment="documents added or replaced (new text)"),
    Column("documents_unchanged", Integer,
           comment="documents skipped because their source already held these bytes (or the server said 304)"),
    Column("documents_failed", Integer, comment="documents recorded in failures"),
    Column("documents_duplicate", Integer,
           comment="documents whose text was already stored: their origin was added to document_sources"),
    Column("documents_skipped", Integer, comment="crawl: release candidates not stored (robots.txt, not HTML, "
                                                 "not a release, older than --since); seen = the five counts"),
    Column("mentions", Integer, comment="entity mentions stored by this run"),
    Column("dates", Integer, comment="dates stored by this run"),
    Column("amounts", Integer, comment="amounts stored by this run"),
    Column("roles", Integer, comment="roles stored by this run"),
)

documents = Table(
    "documents", metadata,
    Column("id", Integer, primary_key=True, comment="document id, stable across re-ingests of the same source"),
    Column("source", Text, nullable=False, unique=True,
           comment="first origin of the document: folder name + path below it (forward slashes), or URL; "
                   "every origin is in document_sources"),
    Column("content_sha256", String(64), nullable=False, index=True,
           comment="SHA-256 of the raw bytes of the first origin"),
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
    Column("family_id", Integer, index=True,
           comment="translation family: the same number for the language versions of one release (the smallest "
                   "document id among them; the document's own id when it has no other version)"),
    Column("family_signal", String(16),
           comment="what linked the document to its family: alternate (hreflang link), release (a shared release "
                   "identifier), content (same day, amounts, dates and entities); NULL when alone"),
    Column("text_sha256", String(64), index=True,
           comment="SHA-256 of text (UTF-8): the identity of a document; identical text is one document"),
    Column("published_precision", String(8),
           comment="what published states: year, month, day or minute (NULL when there is no date)"),
)

document_sources = Table(
    "document_sources", metadata,
    Column("id", Integer, primary_key=True),
    _owner("document_id", "documents.id", "the document this origin holds"),
    Column("source", Text, nullable=False, unique=True,
           comment="an origin: folder name + path below it (forward slashes), or URL"),
    Column("url", Text, comment="URL of the page, when known"),
    Column("content_sha256", String(64), nullable=False, index=True,
           comment="SHA-256 of this origin's raw bytes (unchanged bytes are skipped before any processing)"),
    Column("first_seen", String, nullable=False, comment="UTC time the origin was first stored, ISO 8601"),
    Column("run_id", Integer, ForeignKey("runs.id"), index=True, comment="run that first stored the origin"),
)

schema_version = Table(
    "schema_version", metadata,
    Column("version", Integer, primary_key=True, comment="schema version (see pipeline/migrations.py)"),
    Column("applied_at", String, nullable=False, comment="UTC time the version was reached, ISO 8601"),
    Column("pipeline_version", String, nullable=False, comment="version of the pipeline that reached it"),
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

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True),
    _owner("document_id", "documents.id", "the document"),
    Column("type", String(16), nullable=False, comment="funding, agreement, project or meeting (gold/EVENTS.md)"),
    Column("amount_id", Integer, ForeignKey("amounts.id", ondelete="SET NULL"), index=True,
           comment="the amount of the act (funding granted, agreement's sum), or NULL"),
    Column("date_value", String, comment="date or period of the event itself, a value as in dates.value, or NULL"),
    Column("instrument", Text,
           comment="proper name of the fund, programme, project, loan, agreement or meeting, as written, or NULL"),
    Column("start_char", Integer, nullable=False, comment="offset of the evidence sentence in documents.text"),
    Column("end_char", Integer, nullable=False, comment="offset after it"),
    Column("method", String(16), nullable=False,
           comment="rule (trigger words and argument patterns), rule+carried (funder carried over from the "
                   "funding told before)"),
)

event_parties = Table(
    "event_parties", metadata,
    _owner("event_id", "events.id", "the event"),
    Column("entity_id", Integer, ForeignKey("entities.id"), index=True, comment="the party's entity"),
    Column("name", Text, nullable=False, comment="fullest form of the party's name in the document"),
    Column("role", String(16), nullable=False,
           comment="funder, recipient, partner (funding, agreement, project), organiser or participant (meeting)"),
)

family_keys = Table(
    "family_keys", metadata,
    _owner("document_id", "documents.id", "the document"),
    Column("kind", String(16), nullable=False,
           comment="url (the page's own URL), alternate (URL of another language version), release (release "
                   "identifier), figures (the content fingerprint: publication day, amounts, dates and figures), day "
                   "(publication day) or amount (one amount); day and amount find the candidates whose figures "
                   "are compared"),
    Column("key", Text, nullable=False, comment="the normalised value; documents sharing one are linked"),
    Index("ix_family_keys_kind_key", "kind", "key"),
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
           comment="stored, unchanged, not-modified, duplicate, older, not-release (a page that does not read "
                   "as an article), skipped (robots.txt, or not HTML: see content_type) or failed"),
    Column("content_type", Text, comment="content type of the response, or the type a skipped link's name "
                                         "gives (application/pdf, image/*, office files)"),
    Column("error", Text, comment="readable reason when the fetch or the extraction failed"),
    Column("fetched_at", String, nullable=False, comment="UTC time, ISO 8601"),
)

Index("ix_mentions_doc_start", mentions.c.document_id, mentions.c.start_char)
CHILD_TABLES = (events, family_keys, paragraphs, mentions, dates, amounts, roles)
EVENTS_FULL = """CREATE VIEW IF NOT EXISTS events_full AS
SELECT e.id AS event_id, e.document_id, d.source, d.language, d.published, d.family_id, e.type,
       a.value AS amount, a.currency, e.date_value, e.instrument, p.name AS party, p.role, p.entity_id,
       n.name AS entity, substr(d.text, e.start_char + 1, e.end_char - e.start_char) AS evidence, e.method
FROM events e JOIN documents d ON d.id = e.document_id
LEFT JOIN amounts a ON a.id = e.amount_id
LEFT JOIN event_parties p ON p.event_id = e.id
LEFT JOIN entities n ON n.id = p.entity_id"""
event.listen(metadata, "after_create", DDL(EVENTS_FULL).execute_if(dialect="sqlite"))
event.listen(metadata, "after_create", DDL(EVENTS_FULL.replace("CREATE VIEW IF NOT EXISTS", "CREATE OR REPLACE VIEW")
                                           .replace("substr(", "substring(")).execute_if(dialect="postgresql"))


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def database_url(db: str, write: bool = True) -> str:
    """A SQLAlchemy URL for ``db``: a URL as given, or a SQLite file path (its folder is created for writers;
    readers of a file on read-only storage get a read-only URL)."""
    if "://" in db:
        try:
            url = make_url(db)
        except ArgumentError as exc:
            raise UsageError(f"not a valid database URL: {masked(db)}") from exc
        if url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"):
            raise UsageError(f"{masked(db)} is an in-memory database: nothing would be kept (give a file)")
        return backends.normalise_url(db)
    path = Path(db)
    if path.is_dir():
        raise UsageError(f"--db must be a file or URL, not a folder: {db}")
    if not write:
        return reader_url(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot create the folder of the database {db}: {exc.strerror}") from exc
    return f"sqlite:///{path}"


def _create_all(engine: Engine) -> None:
    """The tables (created, or migrated from an older schema, in one transaction: with SQLite a BEGIN IMMEDIATE
    one, so that concurrent creators wait for each other), then the views and the full-text index."""
    from pipeline import views  # imports this module
    from pipeline.migrations import migrate  # imports this module

    def create(bind: Engine) -> None:
        migrate(bind)
        views.install(bind)

    if backends.is_postgres(engine):
        backends.create_schema(engine, create)  # under an advisory lock: concurrent creators wait
    else:
        create(engine)


def _needs_migration(engine: Engine) -> bool:
    from pipeline.migrations import SCHEMA_VERSION, current_version  # imports this module

    with engine.connect() as conn:
        return 0 < current_version(conn) < SCHEMA_VERSION


def connect(db: str, create: bool = True) -> Engine:
    """An engine on the dataset. ``create``: a writer's engine, the schema created on first use and an older one
    migrated. Otherwise a reader's (read-only storage works); a missing SQLite file is a
    :class:`DatasetNotFound` (and nothing is created), and a dataset of an older schema is migrated first when
    it can be written. See :mod:`pipeline.locking` for how concurrent processes share the file."""
    if not create and "://" not in db and not Path(db).is_file():
        raise DatasetNotFound(f"no dataset at {db} (run `python -m pipeline ingest` first)")
    url = database_url(db, write=create)
    try:
        engine = create_engine(url)
        if engine.dialect.name == "sqlite":
            sqlite_transactions(engine, write=create)
        if create:
            _create_all(engine)
        else:
            if _needs_migration(engine) and "mode=ro" not in url:
                connect(db, create=True).dispose()
            with engine.connect() as conn:
                conn.execute(select(func.count()).select_from(documents))
    except (ModuleNotFoundError, ImportError) as exc:
        raise UsageError(missing_driver(db, exc)) from exc
    except (DatabaseError, OperationalError) as exc:
        raise UsageError(f"cannot open the database {masked(db)}: {exc.orig}") from exc
    except SQLAlchemyError as exc:
        raise UsageError(f"cannot open the database {masked(db)}: {_hide(str(exc), db)}") from exc
    return engine


def text_sha256(text: str) -> str:
    """The identity of a document: SHA-256 of its stored text, UTF-8 encoded."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# statements of every document, built once (building a SQLAlchemy statement costs more than running it on SQLite)
_TWIN = (select(documents.c.id).where(documents.c.text_sha256 == bindparam("sha"))
         .order_by(documents.c.id).limit(1))
_ORIGIN = select(document_sources).where(document_sources.c.source == bindparam("src"))
_ORIGINS = select(func.count()).select_from(document_sources).where(document_sources.c.document_id == bindparam("doc"))
_INSERT = {table: insert(table) for table in metadata.tables.values()}
_AMOUNT_IDS = select(amounts.c.id).where(amounts.c.document_id == bindparam("doc")).order_by(amounts.c.id)


def _origins(conn: Connection, document_id: int) -> int:
    return int(conn.execute(_ORIGINS, {"doc": document_id}).scalar() or 0)


def _repoint(conn: Connection, document_id: int, leaving: str) -> None:
    """A source left the document: drop the document when no origin is left (its text is nowhere any more,
    as a replaced document's old text), else let ``documents.source`` name its earliest remaining origin."""
    first = conn.execute(select(document_sources.c.source).where(document_sources.c.document_id == document_id)
                         .order_by(document_sources.c.id).limit(1)).scalar()
    if first is None:
        conn.execute(update(fetches).where(fetches.c.document_id == document_id).values(document_id=None))
        conn.execute(delete(documents).where(documents.c.id == document_id))
    else:
        conn.execute(update(documents).where(documents.c.id == document_id, documents.c.source == leaving)
                     .values(source=first))


def attach(conn: Connection, document_id: int, source: str, url: str | None, sha256: str, run_id: int) -> str:
    """Make ``source`` an origin of ``document_id``: "unchanged" when it already is, else "duplicate" (a new
    origin, or one that moves here from the document it held before)."""
    origin = conn.execute(select(document_sources).where(document_sources.c.source == source)).first()
    if origin is not None and origin.document_id == document_id:
        conn.execute(update(document_sources).where(document_sources.c.id == origin.id).values(
            content_sha256=sha256, url=url or origin.url))
        return "unchanged"
    if origin is not None:
        conn.execute(update(document_sources).where(document_sources.c.id == origin.id).values(
            document_id=document_id, content_sha256=sha256, url=url or origin.url))
        _repoint(conn, origin.document_id, source)
        return "duplicate"
    conn.execute(insert(document_sources).values(document_id=document_id, source=source, url=url,
                                                 content_sha256=sha256, first_seen=now(), run_id=run_id))
    return "duplicate"
def _hide(message: str, db: str) -> str:
    """``message`` without the password of ``db``, wherever a library quoted it."""
    password = make_url(db).password if "://" in db else None
    return message.replace(str(password), "***") if password else message


class Store:
    """Writes runs, documents and failures. Each document is written in one transaction."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.linker = EntityLinker(entities, aliases)
        self.families = FamilyLinker(documents, family_keys, mentions)

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
        """source -> raw-bytes hash of every stored origin (read once per run: no per-file query)."""
        with self._begin() as conn:
            return {row.source: row.content_sha256 for row in conn.execute(
                select(document_sources.c.source, document_sources.c.content_sha256))}

    def known_bytes(self) -> dict[str, int]:
        """raw-bytes hash -> document of every stored origin: the same bytes under a new name need no NLP."""
        with self._begin() as conn:
            return {row.content_sha256: row.document_id for row in conn.execute(
                select(document_sources.c.content_sha256, document_sources.c.document_id))}

    def last_fetch(self, url: str) -> Any:
        """The latest successful fetch of ``url`` (for conditional requests), or None."""
        with self._begin() as conn:
            return conn.execute(select(fetches).where(fetches.c.url == url, fetches.c.sha256.is_not(None))
                                .order_by(fetches.c.id.desc()).limit(1)).first()

    def known_non_html(self, url: str) -> str | None:
        """The content type of ``url`` when an earlier crawl skipped it as not HTML (it is not fetched again)."""
        with self._begin() as conn:
            return conn.execute(select(fetches.c.content_type).where(
                fetches.c.url == url, fetches.c.outcome == "skipped", fetches.c.content_type.is_not(None))
                .order_by(fetches.c.id.desc()).limit(1)).scalar()

    def document_with_hash(self, sha256: str) -> int | None:
        """The document one of whose origins had exactly these raw bytes."""
        with self._begin() as conn:
            found = conn.execute(select(document_sources.c.document_id).where(
                document_sources.c.content_sha256 == sha256).limit(1)).scalar()
            return int(found) if found is not None else None

    def add_origin(self, document_id: int, source: str, url: str | None, sha256: str, run_id: int) -> str:
        """Record ``source`` as one more origin of a stored document (same bytes seen under another name):
        "duplicate", or "unchanged" when it already was one."""
        with self._begin() as conn:
            return attach(conn, document_id, source, url, sha256, run_id)

    def record_fetch(self, run_id: int, **values: Any) -> None:
        with self._begin() as conn:
            conn.execute(insert(fetches).values(run_id=run_id, fetched_at=now(), **values))

    def record_failure(self, run_id: int, source: str, stage: str, error: str) -> None:
        with self._begin() as conn:
            conn.execute(insert(failures).values(run_id=run_id, source=source, stage=stage, error=error[:2000],
                                                 at=now()))

    def save(self, doc: Document, run_id: int) -> int:
        """Insert or replace a document with all its rows, atomically. Returns the document id."""
        return self.store(doc, run_id)[0]

    def store(self, doc: Document, run_id: int) -> tuple[int, str]:
        """(document id, outcome) for one processed document, in one transaction: "stored" (new text, or
        the changed text of a source), "duplicate" (its text is already a document: the source becomes one
        more origin of it) or "unchanged" (the source already holds this text). On PostgreSQL the transaction
        holds an advisory lock, so that concurrent writers never store one text or one entity twice."""
        try:
            with self._begin() as conn:
                backends.lock_writes(conn)
                self.linker.catch_up(conn)
                sha = text_sha256(doc.text)
                twin = conn.execute(_TWIN, {"sha": sha}).scalar()
                if twin is not None:
                    return int(twin), attach(conn, int(twin), doc.source, doc.url, doc.sha256, run_id)
                doc_id = self._upsert_document(conn, doc, run_id, sha)
                entity_ids = self.linker.resolve_all(conn, doc.entities, doc.language)
                self._insert_children(conn, doc, doc_id, entity_ids)
                self.families.link(conn, doc, doc_id, entity_ids)
        except BaseException:
            self.linker.reset()
            raise
        return doc_id, "stored"

    @contextmanager
    def _begin(self) -> Iterator[Connection]:
        """One transaction; any database error rolls it back and becomes a :class:`StorageError`."""
        try:
            with self.engine.begin() as conn:
                yield conn
        except (OperationalError, DatabaseError) as exc:
            raise StorageError(f"cannot write to the database: {exc.orig}") from exc

    def _upsert_document(self, conn: Connection, doc: Document, run_id: int, sha: str) -> int:
        """A new text: it replaces the document of its source when that source was its only origin (the id
        stays), else it is a new document and the source moves to it."""
        values = dict(source=doc.source, content_sha256=doc.sha256, title=doc.title, language=doc.language,
                      language_confidence=doc.language_confidence, published=doc.published, text=doc.text,
                      url=doc.url, extraction=doc.extraction, encoding=doc.encoding, ingested_at=now(),
                      run_id=run_id, text_sha256=sha, published_precision=precision(doc.published))
        origin = conn.execute(_ORIGIN, {"src": doc.source}).first()
        if origin is not None and _origins(conn, origin.document_id) == 1:
            existing = origin.document_id
            for table in CHILD_TABLES:
                conn.execute(delete(table).where(table.c.document_id == existing))
            conn.execute(update(documents).where(documents.c.id == existing).values(**values))
            conn.execute(update(document_sources).where(document_sources.c.id == origin.id).values(
                url=doc.url, content_sha256=doc.sha256))
            return int(existing)
        if origin is not None:
            conn.execute(delete(document_sources).where(document_sources.c.id == origin.id))
            _repoint(conn, origin.document_id, doc.source)
        doc_id = int(conn.execute(_INSERT[documents], values).inserted_primary_key[0])  # type: ignore[index]
        conn.execute(_INSERT[document_sources], dict(document_id=doc_id, source=doc.source, url=doc.url,
                                                     content_sha256=doc.sha256, first_seen=now(), run_id=run_id))
        return doc_id

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
            backends.insert_many(conn, table, values)
        self._insert_events(conn, doc, doc_id, entity_ids)

    def _insert_events(self, conn: Connection, doc: Document, doc_id: int, entity_ids: list[int]) -> None:
        """Events and their parties; an event's amount is the row of ``amounts`` written for it above."""
        if not doc.events:
            return
        amount_ids = list(conn.execute(_AMOUNT_IDS, {"doc": doc_id}).scalars()) if doc.amounts else []
        parties = []
        for e in doc.events:
            event_id = conn.execute(_INSERT[events], dict(
                document_id=doc_id, type=e.type, amount_id=amount_ids[e.amount] if e.amount is not None else None,
                date_value=e.date_value, instrument=e.instrument, start_char=e.start, end_char=e.end,
                method=e.method)).inserted_primary_key[0]  # type: ignore[index]
            parties += [dict(event_id=event_id, entity_id=entity_ids[p.entity] if p.entity is not None else None,
                             name=p.name, role=p.role) for p in e.parties]
        backends.insert_many(conn, event_parties, parties)
