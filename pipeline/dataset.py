"""Load the dataset into pandas: one DataFrame per table with proper dtypes, plus tidy joined views.

    from pipeline import dataset
    ds = dataset.load("out/press.sqlite")
    ds.mentions_full.groupby(["language", "entity"]).size()
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from sqlalchemy import Engine

from pipeline.store import connect, metadata

CATEGORIES = {"language", "label", "method", "model_label", "currency", "kind", "stage", "status", "extraction",
              "outcome", "source_name"}


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


def _typed(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    for column in frame.columns:
        if column in CATEGORIES:
            frame[column] = frame[column].astype("category")
        elif column in {"started_at", "finished_at", "ingested_at", "at", "fetched_at"}:
            frame[column] = pd.to_datetime(frame[column], utc=True, errors="coerce")
    if name == "documents":
        # published may be partial ("2017", "2017-05"): keep the text, add a datetime and the year
        frame["published_date"] = pd.to_datetime(frame["published"].str.slice(0, 10), format="mixed",
                                                 errors="coerce")
        frame["year"] = pd.to_numeric(frame["published"].str.slice(0, 4), errors="coerce").astype("Int64")
    if name == "amounts":
        frame["amount"] = pd.to_numeric(frame["value"], errors="coerce")  # float, for plotting; value stays exact
    return frame


def load_engine(engine: Engine) -> Dataset:
    tables = {}
    with engine.connect() as conn:
        for name in Dataset.__dataclass_fields__:
            table = metadata.tables[name]
            order = list(table.primary_key.columns)  # the same row order on every backend
            query = table.select().order_by(*order) if order else table.select()
            tables[name] = _typed(name, pd.read_sql_query(query, conn))
    return Dataset(**tables)


def load(path: str) -> Dataset:
    """All tables of the dataset at ``path`` (a SQLite file or a SQLAlchemy URL) as DataFrames."""
    return load_engine(connect(path, create=False))
