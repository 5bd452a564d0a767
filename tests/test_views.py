"""The SQL views and the full-text index: in every dataset, portable, kept in step with the documents."""

from __future__ import annotations

import os
import shutil
import sqlite3

import pandas as pd
import pytest
from sqlalchemy import create_engine
from sqlalchemy.dialects import postgresql

from pipeline import dataset, views
from pipeline.runs.ingest import ingest
from pipeline.store import connect, metadata
from tests.conftest import ROOT, requires_en


def rows(db, sql, *params):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def test_a_new_dataset_has_the_views_and_the_search_index(tmp_path):
    db = tmp_path / "new.sqlite"
    connect(str(db))
    names = {name for (name,) in rows(db, "SELECT name FROM sqlite_master WHERE type IN ('view', 'table', 'trigger')")}
    assert {"mentions_full", "roles_full", "amounts_full", views.FTS_TABLE} <= names
    assert set(views.FTS_TRIGGERS) <= names


def test_views_join_what_dataset_load_joins(senate_db):
    ds = dataset.load(str(senate_db))
    full = rows(senate_db, "SELECT id, entity, language, year FROM mentions_full ORDER BY id")
    assert len(full) == len(ds.mentions)
    pandas = ds.mentions_full.sort_values("id")
    assert [r[1] for r in full] == pandas["entity"].tolist()
    assert [r[3] for r in full] == [None if pd.isna(y) else int(y) for y in pandas["year"]]
    assert len(rows(senate_db, "SELECT * FROM roles_full")) == len(ds.roles)
    assert len(rows(senate_db, "SELECT * FROM amounts_full")) == len(ds.amounts)
    person = rows(senate_db, "SELECT person, person_entity FROM roles_full WHERE person_entity IS NOT NULL LIMIT 1")
    assert person and person[0][1]


def test_amounts_carry_the_organisations_of_their_sentence(senate_db):
    [(organisations, count)] = rows(senate_db, "SELECT organizations, organization_count FROM amounts_full "
                                               "WHERE currency = 'EUR'")
    # "... a project funded by the European Commission and the People's Republic of China for a total amount
    # of € 6,7 million euro."; the European Union of the sentences before it is not in the same sentence
    assert "European Commission" in organisations.split("; ")
    assert count == len(organisations.split("; "))
    alone = rows(senate_db, "SELECT count(*) FROM amounts_full WHERE organizations IS NULL")[0][0]
    assert alone > 0  # many amounts have no organisation in their sentence


def test_view_sql_is_portable_to_postgresql():
    class Postgres:
        dialect = postgresql.dialect()

    for name in views.VIEWS:
        sql = views.view_sql(name, Postgres)  # type: ignore[arg-type]
        assert "string_agg" in sql or name != "amounts_full"
        assert "group_concat" not in sql and "%" not in sql  # no driver-dependent escaping


def test_every_view_column_is_described():
    for name, columns in views.VIEW_COLUMNS.items():
        assert columns, name
        for column, kind, description in columns:
            assert description and kind in ("integer", "number", "string"), (name, column)


def test_search_finds_releases_and_keeps_up_with_replaced_documents(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    release = folder / "r.txt"
    release.write_text("Ministers discuss pensions\n\nThe ministers met in Brussels to discuss pensions.\n")
    db = str(tmp_path / "d.sqlite")
    ingest([str(folder)], db, "test", workers=1, progress=False)
    found = dataset.search("pensions", db)
    assert found["source"].tolist() == ["in/r.txt"] and "[pensions]" in found["snippet"][0]
    assert dataset.search("Ministers discuss", db)["title"].tolist() == ["Ministers discuss pensions"]
    release.write_text("Ministers discuss housing\n\nThe ministers met in Ghent to discuss housing.\n")
    ingest([str(folder)], db, "test", workers=1, progress=False)  # replaces the document's rows
    assert dataset.search("pensions", db).empty
    assert dataset.search("Ghent", db)["source"].tolist() == ["in/r.txt"]
    assert rows(db, f"SELECT count(*) FROM {views.FTS_TABLE}")[0][0] == 1
    assert len(dataset.search("secur*", db, raw=True)) == 0
    assert dataset.search('odd "quote U.S.', db).empty  # any text is a valid query
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("DELETE FROM documents")
    assert dataset.search("Ghent", db).empty


def test_search_ranks_the_senate_releases(senate_db):
    found = dataset.search("Social Security", str(senate_db), limit=5)
    assert len(found) == 5 and list(found["rank"]) == sorted(found["rank"])
    assert all("[social]" in s.lower() or "[security]" in s.lower() for s in found["snippet"])


@pytest.mark.parametrize("how", ["open for writing", "search"])
def test_a_dataset_made_without_the_index_gets_it(senate_db, tmp_path, how):
    db = tmp_path / "old.sqlite"
    shutil.copy(senate_db, db)
    with sqlite3.connect(db) as conn:  # as a dataset made before the index existed
        for trigger in views.FTS_TRIGGERS:
            conn.execute(f"DROP TRIGGER {trigger}")
        conn.execute(f"DROP TABLE {views.FTS_TABLE}")
        conn.execute("DROP VIEW amounts_full")
        conn.execute("DROP VIEW roles_full")
        conn.execute("CREATE VIEW roles_full AS SELECT id FROM roles")  # an older definition
    if how == "open for writing":
        connect(str(db))
    expected = rows(senate_db, "SELECT count(*) FROM documents WHERE text LIKE '%Social%'")[0][0]
    assert len(dataset.search("Social", str(db))) == expected
    if how == "open for writing":
        assert len(rows(db, "SELECT * FROM amounts_full")) == len(rows(db, "SELECT * FROM amounts"))
        columns = [c[1] for c in rows(db, "PRAGMA table_info(roles_full)")]
        assert "person_entity" in columns


PG_URL = os.environ.get("PRESS_PIPELINE_TEST_PG_URL")  # e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test


@requires_en
@pytest.mark.skipif(not PG_URL, reason="no PostgreSQL server given (set PRESS_PIPELINE_TEST_PG_URL to an empty "
                                       "database the test may fill)")
def test_the_views_work_in_postgresql(tmp_path):
    engine = create_engine(PG_URL)  # type: ignore[arg-type]
    with engine.begin() as conn:  # start from an empty database
        for name in views.VIEWS:
            conn.exec_driver_sql(f"DROP VIEW IF EXISTS {name}")
    metadata.drop_all(engine)
    ingest([str(ROOT / "raw")], PG_URL, "test", workers=1, progress=False)  # type: ignore[arg-type]
    connect(PG_URL)  # opening again keeps the views (CREATE OR REPLACE)
    with engine.connect() as conn:
        eur = conn.exec_driver_sql("SELECT organizations, year FROM amounts_full WHERE currency = 'EUR'").one()
        assert "European Commission" in eur[0].split("; ")
        years = {r[0] for r in conn.exec_driver_sql("SELECT DISTINCT year FROM mentions_full")}
        assert 2017 in years
        count = conn.exec_driver_sql("SELECT count(*) FROM roles_full WHERE person_entity IS NOT NULL").scalar()
        assert count and count > 0
    found = dataset.search("Sociale Zekerheid", PG_URL)  # type: ignore[arg-type]
    assert found["language"].tolist() == ["nl"]
