"""PostgreSQL as a backend, against a real throwaway server (tests/postgres.py): the same dataset as SQLite for
ingest, crawl, eval, export, stats and dataset.load, and concurrent writer processes that never duplicate an
entity or a document."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import select

from pipeline import dataset
from pipeline.backends import normalise_url
from pipeline.errors import UsageError
from pipeline.runs.crawl.run import crawl
from pipeline.runs.ingest import ingest
from pipeline.store import connect, metadata
from tests.conftest import DATA, ROOT, requires_en, run_cli

# columns that differ between two runs whatever the backend: clock times and the command line
VOLATILE = {"started_at", "finished_at", "ingested_at", "at", "fetched_at", "command", "first_seen", "applied_at"}


def snapshot(db: str) -> dict[str, list[tuple]]:
    """Every row of every table (volatile columns left out), in id order."""
    engine = connect(db, create=False)
    out = {}
    with engine.connect() as conn:
        for name, table in metadata.tables.items():
            columns = [c for c in table.columns if c.name not in VOLATILE]
            out[name] = [tuple(row) for row in conn.execute(select(*columns).order_by(*columns))]
    engine.dispose()
    return out


def test_postgres_urls_name_the_psycopg_driver():
    assert normalise_url("postgresql://me@db.example/press") == "postgresql+psycopg://me@db.example/press"
    assert normalise_url("postgres://me@db.example/press") == "postgresql+psycopg://me@db.example/press"
    assert normalise_url("postgresql+psycopg://me@h/p") == "postgresql+psycopg://me@h/p"
    assert normalise_url("sqlite:///x.sqlite") == "sqlite:///x.sqlite"
    with pytest.raises(UsageError, match="unsupported PostgreSQL driver"):
        normalise_url("postgresql+pg8000://me@h/p")
    with pytest.raises(UsageError, match="not a valid database URL"):
        normalise_url("postgresql+psycopg://me@h:port/p")


@requires_en
def test_ingest_gives_the_same_dataset_on_postgres_as_on_sqlite(postgres_db, tmp_path):
    lite = str(tmp_path / "d.sqlite")
    for db in (lite, postgres_db):
        summary = ingest([str(ROOT / "raw")], db, "test", workers=1, progress=False)
        assert (summary.stored, summary.failed) == (5, 0)
    expected = snapshot(lite)
    assert expected["documents"] and expected["entities"] and expected["mentions"]
    assert snapshot(postgres_db) == expected  # same rows, same ids

    again = ingest([str(ROOT / "raw")], postgres_db, "test", workers=1, progress=False)
    assert (again.stored, again.unchanged) == (0, 5)

    frames_pg, frames_lite = dataset.load(postgres_db), dataset.load(lite)
    for name in ("documents", "mentions", "entities", "aliases", "dates", "amounts", "roles", "paragraphs"):
        pg, lite_frame = (getattr(f, name).drop(columns=list(VOLATILE), errors="ignore")
                          for f in (frames_pg, frames_lite))
        pd.testing.assert_frame_equal(pg, lite_frame, check_dtype=False)
    assert len(frames_pg.mentions_full) == len(frames_lite.mentions_full)


@requires_en
def test_cli_eval_export_stats_on_postgres(postgres_db, tmp_path):
    lite = str(tmp_path / "d.sqlite")
    for db in (lite, postgres_db):
        assert run_cli("ingest", str(ROOT / "raw"), "--db", db, "--quiet").returncode == 0
    gold = str(DATA / "gold" / "seeds.jsonl")
    scores = [json.loads(run_cli("eval", "--gold", gold, "--db", db, "--json").stdout) for db in (lite, postgres_db)]
    assert scores[0] == scores[1] and scores[0]
    stats = [run_cli("stats", "--db", db).stdout for db in (lite, postgres_db)]
    assert stats[0].splitlines()[0] == stats[1].splitlines()[0] and "documents 5" in stats[0]
    for db, folder in ((lite, "lite"), (postgres_db, "pg")):
        done = run_cli("export", "--format", "csv", "--out", str(tmp_path / folder), "--db", db)
        assert done.returncode == 0, done.stderr
    for name in ("documents", "entities", "mentions", "roles"):
        pg = pd.read_csv(tmp_path / "pg" / f"{name}.csv").drop(columns=["ingested_at"], errors="ignore")
        sqlite = pd.read_csv(tmp_path / "lite" / f"{name}.csv").drop(columns=["ingested_at"], errors="ignore")
        pd.testing.assert_frame_equal(pg, sqlite)


@requires_en
def test_crawl_gives_the_same_dataset_on_postgres(postgres_db, tmp_path, httpserver):
    from tests.runs.crawl.test_crawl import Site, sources_file

    site = Site(httpserver)
    lite = str(tmp_path / "d.sqlite")
    for db in (lite, postgres_db):
        summary = crawl(sources_file(tmp_path, site), db, "test")
        assert (summary.stored, summary.failed) == (5, 0)
    expected, got = snapshot(lite), snapshot(postgres_db)
    for name in ("documents", "entities", "mentions", "dates", "amounts", "roles"):
        assert got[name] == expected[name], name


def test_unreachable_postgres_is_a_usage_error(postgres_server):
    done = run_cli("stats", "--db", postgres_server.url("no_such_database"))
    assert done.returncode == 2 and "cannot open the database" in done.stderr


def _writers(corpora: list[Path], db: str) -> list[subprocess.CompletedProcess[str]]:
    procs = [subprocess.Popen([sys.executable, "-m", "pipeline", "ingest", str(c), "--db", db, "--workers", "1",
                               "--quiet"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for c in corpora]
    return [subprocess.CompletedProcess(p.args, p.wait(timeout=600), *p.communicate()) for p in procs]


@requires_en
@pytest.mark.slow
def test_concurrent_writers_never_duplicate_an_entity_or_a_document(postgres_db, tmp_path):
    """Three ingest processes at once on overlapping corpora: the same files (same sources) and copies of
    the same releases under other names, so that all three link the same entities at the same time."""
    corpora = []
    for i in range(3):
        corpus = tmp_path / f"c{i}"
        shutil.copytree(ROOT / "raw", corpus)
        for path in sorted(corpus.glob("*.txt"))[: i + 2]:
            shutil.copy(path, corpus / f"copy-{i}-{path.name}")
        corpora.append(corpus)
    for done in _writers(corpora, postgres_db):
        assert done.returncode == 0, done.stderr
    got = snapshot(postgres_db)
    sources = {f"{c.name}/{p.name}" for c in corpora for p in c.glob("*.txt")}  # the identity rule
    assert sorted(row[2] for row in got["document_sources"]) == sorted(sources)  # each origin once
    texts = {p.read_bytes() for c in corpora for p in c.glob("*.txt")}
    assert len(got["documents"]) == len(texts)  # each distinct release once, however many copies

    lite = str(tmp_path / "seq.sqlite")
    for corpus in corpora:  # the same corpora, one after the other
        ingest([str(corpus)], lite, "test", workers=1, progress=False)
    sequential = snapshot(lite)
    keys = [row[3] for row in got["entities"]]
    assert len(keys) == len(set(keys))
    assert sorted(keys) == sorted(row[3] for row in sequential["entities"])  # no entity twice, none missing
    names = [(row[1], row[2]) for row in got["entities"]]
    assert len(names) == len(set(names))
    assert len(got["mentions"]) == len(sequential["mentions"])


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_insert_many_writes_rows_skips_or_refuses_duplicates(backend, tmp_path, request):
    from sqlalchemy import func
    from sqlalchemy.exc import IntegrityError

    from pipeline.backends import insert_many
    from pipeline.store import entities

    db = str(tmp_path / "rows.sqlite") if backend == "sqlite" else request.getfixturevalue("postgres_db")
    engine = connect(db)
    rows = [dict(name="European Commission", label="ORG", key="ORG:european commission"),
            dict(name="Commission européenne", label="ORG", key="ORG:commission europeenne")]
    with engine.begin() as conn:
        insert_many(conn, entities, rows)
        insert_many(conn, entities, rows[:1], ignore=True)  # its key is taken: skipped
        insert_many(conn, entities, [])
    with pytest.raises(IntegrityError), engine.begin() as conn:
        insert_many(conn, entities, rows[1:])  # raised as SQLAlchemy's, as conn.execute raises it
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(entities)).scalar() == 2
        assert {r.name for r in conn.execute(select(entities.c.name))} == {r["name"] for r in rows}
    engine.dispose()
