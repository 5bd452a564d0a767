"""Load the dataset into pandas: one DataFrame per table with proper dtypes, plus tidy joined views.

    from pipeline import dataset
    ds = dataset.load("out/press.sqlite")
    ds.mentions_full.groupby(["language", "entity"]).size()
    dataset.search("social security")          # full-text search of titles and texts, best first
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

import pandas as pd
from sqlalchemy import Engine, Float, Integer
from sqlalchemy.exc import SQLAlchemyError

from pipeline import config
from pipeline.store import connect, metadata

CATEGORIES = {"language", "label", "method", "model_label", "currency", "kind", "stage", "status", "extraction",
              "outcome", "source_name", "published_precision", "content_type",
              "type", "role", "family_signal"}
TIMESTAMPS = {"started_at", "finished_at", "ingested_at", "at", "fetched_at", "first_seen", "applied_at"}
DAY_KNOWN = ("day", "minute")  # published_date is set only when the document states the day


@dataclass
class Dataset:
    documents: pd.DataFrame
    paragraphs: pd.DataFrame
    entities: pd.DataFrame
    aliases: pd.DataFrame
    mentions: pd.DataFrame
    dates: pd.DataFrame
    amounts: pd.DataFrame
    roles: pd.DataFrame
    runs: pd.DataFrame
    failures: pd.DataFrame
    fetches: pd.DataFrame
    document_sources: pd.DataFrame  # every origin of each document (documents counts releases, not copies)
    schema_version: pd.DataFrame
    events: pd.DataFrame
    event_parties: pd.DataFrame
    family_keys: pd.DataFrame

    @property
    def mentions_full(self) -> pd.DataFrame:
        """Mentions with their document (source, language, published, year) and canonical entity name."""
        docs = self.documents[["id", "source", "language", "published", "published_date", "year", "title"]]
        docs = docs.rename(columns={"id": "document_id"})
        ents = self.entities[["id", "name"]].rename(columns={"id": "entity_id", "name": "entity"})
        out = self.mentions.merge(docs, on="document_id", how="left").merge(ents, on="entity_id", how="left")
        return out

    @property
    def roles_full(self) -> pd.DataFrame:
        """Roles with their document's source, language and publication date."""
        docs = self.documents[["id", "source", "language", "published_date", "year"]]
        return self.roles.merge(docs.rename(columns={"id": "document_id"}), on="document_id", how="left")


    @property
    def events_full(self) -> pd.DataFrame:
        """One row per event party: the event (type, amount, currency, date, instrument, evidence) with its
        document (source, language, year, family) and the party's canonical entity; events without a party
        keep one row."""
        docs = self.documents[["id", "source", "language", "published_date", "year", "family_id", "text"]]
        out = self.events.rename(columns={"id": "event_id"}).merge(
            docs.rename(columns={"id": "document_id"}), on="document_id", how="left")
        money = self.amounts[["id", "value", "currency", "amount"]].rename(columns={"id": "amount_id"})
        out = out.merge(money, on="amount_id", how="left")
        out["evidence"] = [t[s:e] if isinstance(t, str) else None
                           for t, s, e in zip(out["text"], out["start_char"], out["end_char"], strict=True)]
        parties = self.event_parties.rename(columns={"name": "party"})
        ents = self.entities[["id", "name"]].rename(columns={"id": "entity_id", "name": "entity"})
        out = out.drop(columns=["text"]).merge(parties, on="event_id", how="left")
        return out.merge(ents, on="entity_id", how="left")


def _typed(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Schema types: nullable integers as Int64 (never floats), timestamps as UTC datetimes, codes as
    categories; documents get published_date (NaT unless the day is known) and year."""
    table = metadata.tables[name]
    for column in frame.columns:
        kind = table.c[column].type if column in table.c else None
        if column in CATEGORIES:
            frame[column] = frame[column].astype("category")
        elif column in TIMESTAMPS:
            frame[column] = pd.to_datetime(frame[column], utc=True, errors="coerce", format="ISO8601")
        elif isinstance(kind, Integer):
            frame[column] = frame[column].astype("Int64")
        elif isinstance(kind, Float):
            frame[column] = frame[column].astype("Float64")
    if name == "documents":
        # published may be partial ("2017", "2017-05"): keep the text and its precision, invent no day
        day = frame["published"].where(frame["published_precision"].astype("string").isin(DAY_KNOWN))
        frame["published_date"] = pd.to_datetime(day.str.slice(0, 10), format="%Y-%m-%d", errors="coerce")
        frame["year"] = pd.to_numeric(frame["published"].str.slice(0, 4), errors="coerce").astype("Int64")
    if name == "amounts":
        frame["amount"] = pd.to_numeric(frame["value"], errors="coerce")  # float, for plotting; value stays exact
    return frame


def load_engine(engine: Engine) -> Dataset:
    """Every table, read in one transaction: one consistent snapshot even while an ingest writes."""
    tables = {}
    with engine.connect() as conn, conn.begin():
        for name in Dataset.__dataclass_fields__:
            table = metadata.tables[name]
            order = list(table.primary_key.columns)  # the same row order on every backend
            query = table.select().order_by(*order) if order else table.select()
            tables[name] = _typed(name, pd.read_sql_query(query, conn))
    return Dataset(**tables)


def load(path: str) -> Dataset:
    """All tables of the dataset at ``path`` (a SQLite file or a SQLAlchemy URL) as DataFrames."""
    return load_engine(connect(path, create=False))


def search(query: str, db: str = config.DEFAULT_DB, *, limit: int = config.SEARCH_LIMIT,
           raw: bool = False) -> pd.DataFrame:
    """Documents whose title or text holds every word of ``query`` (SQLite FTS5, best match first): columns
    id, source, title, language, published, snippet (the match in [brackets]) and rank (BM25, lower is
    better). ``raw=True`` takes FTS5 query syntax (``social OR security``, ``"social security"``, ``secur*``).
    A dataset made before the search index existed gets it here, when the file can be written."""
    from pipeline import views

    engine = connect(db, create=False)
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            missing = not views.has_fts(conn)
        if missing:
            with contextlib.suppress(SQLAlchemyError):  # read-only: search without the index
                views.install(engine)
    with engine.connect() as conn:
        rows = views.search(conn, query, limit, raw)
    return pd.DataFrame(rows, columns=["id", "source", "title", "language", "published", "snippet", "rank"])
