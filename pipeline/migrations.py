"""Schema versions and migrations: opening a dataset made by an earlier release brings it to the current
schema. Columns and tables are only ever added (the contract: extend, never break).

Versions: 1 is the schema of pipeline 0.1.0 (no ``schema_version`` table); 2 adds ``document_sources``,
``documents.text_sha256``, ``documents.published_precision``, ``fetches.content_type`` and
``schema_version``; 3 adds ``events``, ``event_parties``, ``family_keys``, the ``events_full`` view and
``documents.family_id`` / ``family_signal``; 4 replaces the ``content`` rows of ``family_keys`` (the exact
day, amounts and dates of the first content signal) by the fingerprint rows (``figures``, ``day``, ``amount``)
the linker reads now, computed from the stored text, amounts and dates. A migration adds the missing tables
and columns, then fills the new columns of old rows."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from decimal import Decimal

from sqlalchemy import Connection, Engine, delete, func, insert, inspect, select, text, update

from pipeline import __version__
from pipeline.events.families import content_fingerprint, fingerprint_keys
from pipeline.records import DateValue, Money
from pipeline.store import (
    amounts,
    dates,
    document_sources,
    documents,
    family_keys,
    metadata,
    now,
    schema_version,
)
from pipeline.text.published import precision

log = logging.getLogger(__name__)
SCHEMA_VERSION = 4


def current_version(conn: Connection) -> int:
    """0 for an empty database, 1 for a dataset of pipeline 0.1.0, else the recorded version."""
    tables = set(inspect(conn).get_table_names())
    if "documents" not in tables:
        return 0
    if "schema_version" not in tables:
        return 1
    return int(conn.execute(select(func.max(schema_version.c.version))).scalar() or 1)


def migrate(engine: Engine) -> int:
    """Create or upgrade the schema in one transaction; returns the version found before."""
    with engine.begin() as conn:
        found = current_version(conn)
        if found == SCHEMA_VERSION:
            return found
        if found > SCHEMA_VERSION:
            log.warning("the dataset has schema version %s, newer than this pipeline's %s", found, SCHEMA_VERSION)
            return found
        metadata.create_all(conn)
        _add_columns(conn)
        for version in range(max(found, 1) + 1, SCHEMA_VERSION + 1):
            if found:
                log.info("migrating the dataset to schema version %s", version)
                STEPS[version](conn)
        conn.execute(insert(schema_version).values(version=SCHEMA_VERSION, applied_at=now(),
                                                   pipeline_version=__version__))
    return found


def _add_columns(conn: Connection) -> None:
    """ALTER TABLE ... ADD COLUMN for every column of the schema a table lacks, and its index."""
    inspector = inspect(conn)
    for table in metadata.sorted_tables:
        have = {c["name"] for c in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name in have:
                continue
            kind = column.type.compile(dialect=conn.dialect)
            conn.execute(text(f'ALTER TABLE "{table.name}" ADD COLUMN "{column.name}" {kind}'))
        indexes = {i["name"] for i in inspect(conn).get_indexes(table.name)}
        for index in table.indexes:
            if index.name not in indexes:
                index.create(conn)


def _to_2(conn: Connection) -> None:
    """Every document gets its text hash, the precision of its date and its one origin."""
    rows = conn.execute(select(documents.c.id, documents.c.text, documents.c.published, documents.c.source,
                               documents.c.url, documents.c.content_sha256, documents.c.ingested_at,
                               documents.c.run_id)).all()
    known = set(conn.execute(select(document_sources.c.source)).scalars())
    for row in rows:
        conn.execute(update(documents).where(documents.c.id == row.id).values(
            text_sha256=hashlib.sha256(row.text.encode("utf-8")).hexdigest(),
            published_precision=precision(row.published)))
        if row.source not in known:
            conn.execute(insert(document_sources).values(
                document_id=row.id, source=row.source, url=row.url, content_sha256=row.content_sha256,
                first_seen=row.ingested_at or now(), run_id=row.run_id))


def _to_3(conn: Connection) -> None:
    """Every document is its own translation family until a later release links it (no signal, so NULL)."""
    conn.execute(update(documents).where(documents.c.family_id.is_(None)).values(family_id=documents.c.id))


def _to_4(conn: Connection) -> None:
    """Every document without a fingerprint gets the fingerprint keys of the current linker (computed from its
    stored text, amounts and dates) in place of the old ``content`` key, so that documents ingested later can be
    linked to it; families already given stay as they were."""
    keyed = select(family_keys.c.document_id).where(family_keys.c.kind == "figures")
    todo = conn.execute(select(documents.c.id, documents.c.text, documents.c.published)
                        .where(documents.c.id.not_in(keyed))).all()
    for doc in todo:
        found_amounts = [Money(r.start_char, r.end_char, r.text, value=Decimal(r.value), currency=r.currency)
                         for r in conn.execute(select(amounts).where(amounts.c.document_id == doc.id))]
        found_dates = [DateValue(r.start_char, r.end_char, r.text, value=r.value)
                       for r in conn.execute(select(dates).where(dates.c.document_id == doc.id))]
        rows = fingerprint_keys(content_fingerprint(doc.text, doc.published, found_amounts, found_dates))
        if rows:
            conn.execute(insert(family_keys), [dict(document_id=doc.id, kind=k, key=v) for k, v in rows])
    conn.execute(delete(family_keys).where(family_keys.c.kind == "content"))
    log.info("family keys: %d documents given the content fingerprint", len(todo))


STEPS: dict[int, Callable[[Connection], None]] = {2: _to_2, 3: _to_3, 4: _to_4}
